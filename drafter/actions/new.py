"""Create a draft: from typed details, a report file, or what an import found.

One implementation for ``drafter new``, ``drafter import -o``, the picker's form
and the import's last step. Details not given come from the office profile, then
drafter's defaults. Nothing is written unless the draft is one the loader reads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from drafter import store
from drafter.errors import AlreadyExists, BadFileName, MissingField, UnknownChoice, UsageError
from drafter.model import Draft, Finding, Report, ReportKind
from drafter.profile import load_profile, new_response, office_profile
from drafter.safe_text import unsafe_characters
from drafter.store.atomic import make_folder_for


@dataclass(frozen=True)
class Details:
    """The response's details; None means not given (the profile's, else the default)."""

    area: str | None = None
    force: str | None = None
    force_short: str | None = None
    commissioner_title: str | None = None
    commissioner_name: str | None = None
    chief_title: str | None = None
    chief_name: str | None = None
    cc: list[str] | None = None


@dataclass(frozen=True)
class NewDraft:
    """What a new draft starts from. Report fields given here win over ``report``'s."""

    path: Path
    #: The report as found (by an import, or in a report file); None when typed.
    report: Report | None = None
    title: str = ""
    published: dt.date | None = None
    kind: ReportKind | None = None
    url: str = ""
    #: Findings the writer reviewed after an import, added to the report's.
    findings: tuple[Finding, ...] = ()
    details: Details = field(default_factory=Details)
    #: The office profile to fill details from; None: found from ``path``'s folder.
    profile: Path | None = None


def report_kind(text: str) -> ReportKind:
    """The ReportKind named ``text`` ("peel", "thematic"...); UnknownChoice if none."""
    try:
        return ReportKind(text)
    except ValueError:
        raise UnknownChoice("kind", text, [k.value for k in ReportKind]) from None


def starting_report(new: NewDraft) -> Report:
    """The report the draft starts from, with what was given laid over what was found."""
    title = new.title.strip()
    if new.report is None:
        if not title:
            raise MissingField("title")
        return Report(
            title=title,
            published=new.published,
            kind=new.kind,
            url=new.url,
            findings=list(new.findings),
        )
    return replace(
        new.report,
        title=title or new.report.title,
        published=new.published or new.report.published,
        kind=new.kind or new.report.kind,
        url=new.url or new.report.url,
        findings=[*new.report.findings, *new.findings],
    )


def check_file_name(name: str) -> None:
    """Refuse a draft's file name that is not a plain name; BadFileName says why.

    The one rule for both front ends: the editor's form checks the name typed
    there (a name, never a path: "grey water/../../escape" would make stray folders
    and write outside drafts/), the command line the last part of its FILE (a path,
    which may climb folders). Control characters (safe_text's one definition, the
    invisible ones that turn text around included) would act on a terminal whenever
    the name is printed.
    """
    for part in ("/", "\\", ".."):
        if part in name:
            raise BadFileName(name, part)
    if name.startswith("."):
        raise BadFileName(name, ".")
    unsafe = unsafe_characters(name, one_line=True)
    if unsafe:
        raise BadFileName(name, unsafe[0])


def create_draft(new: NewDraft) -> Draft:
    """Write the new draft at ``new.path`` atomically and return it.

    Raises AlreadyExists (never overwrites), MissingField (title, area, force),
    BadFileName for a file name that is not a plain name, UsageError for a name not
    ending in .toml, DraftError for details the loader
    would refuse, and ProfileError for a broken office profile.
    """
    path = new.path
    check_file_name(path.name)
    if path.is_dir():
        raise UsageError(f"{path} is a folder; give a file name ending in .toml")
    if path.exists():
        raise AlreadyExists(path)
    if path.suffix != ".toml":
        raise UsageError(f"{path}: a draft file name must end in .toml")
    profile = load_profile(new.profile) if new.profile else office_profile(path.parent)
    report = starting_report(new)
    details = new.details
    for name, given, fallback in (
        ("area", details.area, profile.area),
        ("force", details.force, profile.force),
    ):
        value = given if given is not None else fallback
        if not value.strip():
            raise MissingField(name, given=given is not None)
    draft = Draft(
        report=report,
        response=new_response(
            profile,
            area=details.area,
            force=details.force,
            force_short=details.force_short,
            commissioner_title=details.commissioner_title,
            commissioner_name=details.commissioner_name,
            chief_title=details.chief_title,
            chief_name=details.chief_name,
            cc=details.cc,
        ),
    )
    # Refuse anything the loader would refuse, before writing a byte.
    store.loads(store.dumps(draft), path)
    make_folder_for(path)
    store.save(draft, path)
    return draft
