"""`drafter check`, `drafter new` and `drafter render`: exact output and exit statuses."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import NORTHMOOR, WILTSHIRE

from drafter import store
from drafter.model import Decision, ReportKind, Role, Workflow
from drafter.render.text_formats import render_text

Cli = Callable[..., object]

NORTHMOOR_PROBLEMS = """\
  findings[3].decision: Cause of concern 2 has no decision yet
  findings[4].decision: Recommendation 3 has no decision yet
  findings[6].decision: Recommendation 5 has no decision yet
  findings[7].decision: Recommendation 6 has no decision yet
  findings[8].decision: Recommendation 7 has no decision yet
  findings[10].decision: Area for improvement 2 has no decision yet
  noted[0].addressee: the noted group for "College of Policing" has no noted findings; remove it or mark its findings as noted
"""


# --- drafter check -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "deadline"),
    [
        ("2026-11-01", "due 10 December 2026, 39 days left"),
        ("2026-12-09", "due 10 December 2026, 1 day left"),
        ("10 December 2026", "due 10 December 2026, which is today"),
        ("11/12/2026", "due 10 December 2026, overdue by 1 day"),
        ("2027-01-01", "due 10 December 2026, overdue by 22 days"),
    ],
)
def test_check_fictional_example(cli: Cli, northmoor: Path, today: str, deadline: str) -> None:
    result = cli("check", northmoor, "--today", today)
    assert (result.status, result.err) == (1, "")
    assert result.out == (
        f"{northmoor}: not ready for sign-off, 7 problems; {deadline}\n" + NORTHMOOR_PROBLEMS
    )


def without_notes(err: str) -> str:
    """Standard error less the notes that do not bar sign-off (the reference's Cc line
    misspells its Chief Constable: tests/test_cc_names.py)."""
    return "".join(line for line in err.splitlines(True) if not line.startswith("drafter: note: "))


def test_check_reference_is_ready(cli: Cli, wiltshire: Path) -> None:
    result = cli("check", wiltshire, "--today", "2026-11-01")
    assert (result.status, without_notes(result.err)) == (0, "")
    assert result.out == (
        f"{wiltshire}: published 30 April 2020, within the statutory "
        "deadline of 3 May 2020; signed by both\n"
    )


def test_check_ready_but_not_yet_published(cli: Cli, wiltshire: Path) -> None:
    draft = store.load(wiltshire)
    store.save(replace(draft, workflow=Workflow()), wiltshire)
    result = cli("check", wiltshire, "--today", "2020-04-01")
    assert (result.status, result.out, without_notes(result.err)) == (
        0,
        f"{wiltshire}: ready for sign-off; due 3 May 2020, 32 days left\n",
        "",
    )


def test_check_published_late(cli: Cli, wiltshire: Path) -> None:
    draft = store.load(wiltshire)
    workflow = replace(draft.workflow, published=dt.date(2020, 5, 5))
    store.save(replace(draft, workflow=workflow), wiltshire)
    result = cli("check", wiltshire, "--today", "2020-06-01")
    assert (result.status, result.out) == (
        0,
        f"{wiltshire}: published 5 May 2020, 2 days after the statutory deadline; signed by both\n",
    )


def test_check_says_what_is_true_past_sign_off(cli: Cli, wiltshire: Path) -> None:
    """Found by last session's adversary: a published response was "ready for
    sign-off", which invites signing it again."""
    draft = store.load(wiltshire)
    unpublished = replace(draft, workflow=replace(draft.workflow, published=None))
    store.save(unpublished, wiltshire)
    result = cli("check", wiltshire, "--today", "2020-04-30")
    assert (result.status, result.out) == (
        0,
        f"{wiltshire}: signed off by both, not yet published; due 3 May 2020, 3 days left\n",
    )
    chief_only = [s for s in draft.workflow.signoffs if s.role is Role.CHIEF]
    store.save(replace(unpublished, workflow=Workflow(signoffs=chief_only)), wiltshire)
    result = cli("check", wiltshire, "--today", "2020-04-30")
    assert (result.status, result.out) == (
        0,
        f"{wiltshire}: ready for sign-off; due 3 May 2020, 3 days left\n",
    )
    # Published, then edited: the signatures no longer hold, and that is the news.
    findings = list(draft.findings)
    findings[0] = replace(findings[0], response=findings[0].response + " Edited.")
    store.save(replace(draft, report=replace(draft.report, findings=findings)), wiltshire)
    result = cli("check", wiltshire, "--today", "2020-06-01")
    assert result.status == 1
    assert result.out.splitlines()[0] == (
        f"{wiltshire}: published 30 April 2020, within the statutory deadline of 3 May 2020; "
        "changed since: in review, no signature holds for this text; 2 problems"
    )


def test_check_lists_every_kind_of_problem(cli: Cli, northmoor: Path) -> None:
    """Accepted without a response, not accepted without reasons, empty comments, no date."""
    draft = store.load(northmoor)
    findings = list(draft.findings)
    findings[1] = replace(findings[1], response="")
    findings[2] = replace(findings[2], response="  ")
    findings[5] = replace(findings[5], response="")
    findings[6] = replace(findings[6], decision=Decision.NOTE)
    findings[8] = replace(findings[8], decision=Decision.NOTE, addressee="")
    response = replace(
        draft.response,
        chief=replace(draft.response.chief, comments=""),
        noted=[replace(draft.response.noted[0], statement="")],
    )
    draft = replace(
        draft,
        report=replace(draft.report, findings=findings[:9], published=None),
        response=response,
    )
    store.save(draft, northmoor)
    result = cli("check", northmoor)
    assert result.status == 1
    assert result.out == (
        f"{northmoor}: not ready for sign-off, 9 problems; no statutory deadline: the "
        "report's publication date is not set\n"
        "  response.chief.comments: the Chief Constable's comments are empty\n"
        "  findings[1].response: Recommendation 1 is accepted but gives no response saying "
        "what will be done (s.55(5B))\n"
        "  findings[2].response: Recommendation 2 is partially accepted but gives no response "
        "saying what will be done and why not the rest\n"
        "  findings[3].decision: Cause of concern 2 has no decision yet\n"
        "  findings[4].decision: Recommendation 3 has no decision yet\n"
        "  findings[5].response: Recommendation 4 is not accepted but gives no reasons "
        "(s.55(5B) requires them)\n"
        "  findings[7].decision: Recommendation 6 has no decision yet\n"
        "  findings[8].response: Recommendation 7 is noted, but it has no addressee and no "
        "response of its own; add the body it is addressed to, with a noted group for that "
        "body, or a response\n"
        '  noted[0].statement: the noted group for "College of Policing" has no statement\n'
    )


def test_check_worst_status_wins(cli: Cli, wiltshire: Path, northmoor: Path) -> None:
    assert cli("check", wiltshire, "--today", "2026-11-01").status == 0
    assert cli("check", wiltshire, northmoor, "--today", "2026-11-01").status == 1
    bad = wiltshire.parent / "bad.toml"
    bad.write_text("format = 1\n", encoding="utf-8")
    result = cli("check", wiltshire, northmoor, bad, "--today", "2026-11-01")
    assert result.status == 2
    assert (
        without_notes(result.err) == f"drafter: {bad}: report: is missing; add a [report] table\n"
    )


def test_check_bad_today(cli: Cli, wiltshire: Path) -> None:
    result = cli("check", wiltshire, "--today", "31/02/2026")
    assert result.status == 2
    assert result.err.endswith(
        "drafter check: error: argument --today: '31/02/2026' is not a date; write it as "
        "2024-03-31 or 31 March 2024 (day before month, as in the UK)\n"
    )


# --- drafter new ---------------------------------------------------------------------------

NEW_ARGS = [
    "--title",
    "PEEL 2025: An inspection of Kent Police",
    "--published",
    "12 June 2025",
    "--kind",
    "peel",
    "--area",
    "Kent",
    "--force",
    "Kent Police",
    "--commissioner-name",
    "Matthew Scott",
    "--chief-title",
    "Chief Constable",
    "--cc",
    "HM Inspector of Constabulary",
    "--cc",
    "Chief Constable, Kent Police",
]


def test_new_creates_a_loadable_draft(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "kent" / "kent-peel-2025.toml"
    result = cli("new", path, *NEW_ARGS)
    assert (result.status, result.out, result.err) == (0, f"created {path}\n", "")
    draft = store.load(path)
    assert draft.report.title == "PEEL 2025: An inspection of Kent Police"
    assert draft.report.published.isoformat() == "2025-06-12"  # type: ignore[union-attr]
    assert draft.report.kind is ReportKind.PEEL
    assert draft.report.deadline.isoformat() == "2025-08-06"  # type: ignore[union-attr]
    response = draft.response
    assert (response.area, response.force, response.force_short) == ("Kent", "Kent Police", "Kent")
    assert (response.commissioner.title, response.commissioner.name) == (
        "Police and Crime Commissioner",
        "Matthew Scott",
    )
    assert response.chief.title == "Chief Constable"
    assert response.cc == ["HM Inspector of Constabulary", "Chief Constable, Kent Police"]
    assert draft.findings == []
    assert path.read_text(encoding="utf-8") == store.dumps(draft)


def test_new_refuses_to_overwrite(cli: Cli, wiltshire: Path) -> None:
    before = wiltshire.read_bytes()
    result = cli("new", wiltshire, *NEW_ARGS)
    assert (result.status, result.out) == (2, "")
    assert result.err == (
        f"drafter: {wiltshire} already exists; choose another name, or open it with "
        f"`drafter edit {wiltshire}`\n"
    )
    assert wiltshire.read_bytes() == before


def test_new_on_a_folder_says_it_is_a_folder(cli: Cli, tmp_path: Path) -> None:
    """Not "already exists; open it with `drafter edit`", which then refuses a folder."""
    folder = tmp_path / "drafts.toml"
    folder.mkdir()
    result = cli("new", folder, *NEW_ARGS)
    assert (result.status, result.out) == (2, "")
    assert result.err == f"drafter: {folder} is a folder; give a file name ending in .toml\n"


def test_a_usage_mistake_is_two_lines_not_a_screen_of_options(cli: Cli, tmp_path: Path) -> None:
    """The line that matters is not buried under nine lines of every option."""
    result = cli("new", tmp_path / "x.toml", "--published", "29 Feb 2023")
    assert result.status == 2
    assert result.err.splitlines() == [
        "usage: drafter new [options] FILE (`drafter new --help` lists them)",
        "drafter new: error: argument --published: '29 Feb 2023' is not a date; write it as "
        "2024-03-31 or 31 March 2024 (day before month, as in the UK)",
    ]
    # a short usage is argparse's own, whole
    result = cli("check")
    assert result.err == (
        "usage: drafter check [-h] [--today DATE] [--spelling] DRAFT [DRAFT ...]\n"
        "drafter check: error: the following arguments are required: DRAFT\n"
    )


def test_new_bad_date(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    args = [a if a != "12 June 2025" else "30 February 2025" for a in NEW_ARGS]
    result = cli("new", path, *args)
    assert result.status == 2
    assert result.err.endswith(
        "drafter new: error: argument --published: '30 February 2025' is not a date; write it "
        "as 2024-03-31 or 31 March 2024 (day before month, as in the UK)\n"
    )
    assert not path.exists()


def test_new_needs_a_toml_name(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    result = cli("new", path, *NEW_ARGS)
    assert (result.status, result.err) == (
        2,
        f"drafter: {path}: a draft file name must end in .toml\n",
    )
    assert list(tmp_path.iterdir()) == []


# --- drafter render --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_render_to_standard_output(cli: Cli, wiltshire: Path, fmt: str) -> None:
    result = cli("render", wiltshire, "--to", fmt)
    assert (result.status, result.err) == (0, "")
    assert result.out == render_text(store.load(WILTSHIRE), fmt)


@pytest.mark.parametrize(
    ("name", "fmt"), [("out.md", "md"), ("out.HTML", "html"), ("out.txt", "txt")]
)
def test_render_to_a_file_by_its_ending(cli: Cli, northmoor: Path, name: str, fmt: str) -> None:
    output = northmoor.parent / name
    result = cli("render", northmoor, "-o", output)
    assert (result.status, result.out, result.err) == (0, "", "")
    assert output.read_text(encoding="utf-8") == render_text(store.load(NORTHMOOR), fmt)
    assert sorted(p.name for p in northmoor.parent.iterdir()) == sorted([northmoor.name, name])


def test_render_replaces_an_output_atomically(
    cli: Cli, northmoor: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = northmoor.parent / "response.md"
    output.write_text("the previous rendering\n", encoding="utf-8")

    def interrupted(src: str, dst: str) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", interrupted)
    result = cli("render", northmoor, "-o", output)
    assert (result.status, result.err) == (
        2,
        f"drafter: cannot save {output}: Input/output error; the file was not changed\n",
    )
    assert output.read_text(encoding="utf-8") == "the previous rendering\n"
    assert sorted(p.name for p in northmoor.parent.iterdir()) == sorted(
        [northmoor.name, "response.md"]
    )


def test_render_refuses_to_write_over_the_draft(cli: Cli, wiltshire: Path) -> None:
    before = wiltshire.read_bytes()
    result = cli("render", wiltshire, "--to", "md", "-o", wiltshire)
    assert (result.status, result.out) == (2, "")
    assert result.err == (
        f"drafter: {wiltshire} is the draft being read; choose another output file\n"
    )
    assert wiltshire.read_bytes() == before


def test_render_refuses_the_draft_without_a_format(cli: Cli, wiltshire: Path) -> None:
    """Said before the format is guessed from the name, which would hide the mistake."""
    before = wiltshire.read_bytes()
    result = cli("render", wiltshire, "-o", wiltshire)
    assert (result.status, result.out) == (2, "")
    assert result.err == (
        f"drafter: {wiltshire} is the draft being read; choose another output file\n"
    )
    assert wiltshire.read_bytes() == before


def test_render_refuses_the_draft_by_another_name(cli: Cli, wiltshire: Path) -> None:
    link = wiltshire.parent / "link.md"
    link.symlink_to(wiltshire)
    before = wiltshire.read_bytes()
    result = cli("render", wiltshire, "-o", link)
    assert result.status == 2
    assert result.err == f"drafter: {link} is the draft being read; choose another output file\n"
    assert wiltshire.read_bytes() == before


def test_render_into_a_missing_folder(cli: Cli, wiltshire: Path) -> None:
    output = wiltshire.parent / "nowhere" / "out.md"
    result = cli("render", wiltshire, "-o", output)
    assert (result.status, result.err) == (
        2,
        f"drafter: cannot save {output}: the folder {output.parent} does not exist\n",
    )


# --- templates -------------------------------------------------------------------------------


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    folder = tmp_path / "my-templates"
    folder.mkdir()
    return folder


def test_user_template_overrides_the_shipped_one_by_name(
    cli: Cli, wiltshire: Path, templates: Path
) -> None:
    (templates / "standard.md.j2").write_text(
        "{{ doc.title }}\n{{ doc.report_line }}\n{% for t in doc.tables %}{{ t.rows|length }} rows\n{% endfor %}",
        encoding="utf-8",
    )
    result = cli("render", wiltshire, "--templates", templates)
    assert (result.status, result.err) == (0, "")
    assert result.out == (
        "RESPONSE OF THE POLICE AND CRIME COMMISSIONER OF WILTSHIRE AND SWINDON TO THE HMICFRS "
        "REPORT\nCounter-terrorism policing - An inspection of the police's contribution to the "
        "government's Prevent programme (March 2020)\n2 rows\n"
    )


def test_user_folder_can_override_an_included_file(
    cli: Cli, wiltshire: Path, templates: Path
) -> None:
    """The HTML page includes standard.css by name; the user's copy wins."""
    (templates / "standard.css").write_text("body { color: purple; }\n", encoding="utf-8")
    result = cli("render", wiltshire, "--to", "html", "--templates", templates)
    assert result.status == 0
    assert "<style>\nbody { color: purple; }\n</style>" in result.out
    assert "<h1>RESPONSE OF THE POLICE AND CRIME COMMISSIONER" in result.out


def test_shipped_templates_still_used_where_not_overridden(
    cli: Cli, wiltshire: Path, templates: Path
) -> None:
    (templates / "standard.txt.j2").write_text("text only\n", encoding="utf-8")
    result = cli("render", wiltshire, "--to", "md", "--templates", templates)
    assert result.out == render_text(store.load(WILTSHIRE), "md")


def test_missing_layout(cli: Cli, wiltshire: Path) -> None:
    result = cli("render", wiltshire, "--layout", "nosuch")
    assert (result.status, result.out) == (2, "")
    assert result.err.startswith(
        "drafter: there is no layout named 'nosuch'; the layouts are standard, letter, "
    )


def test_broken_template(cli: Cli, wiltshire: Path, templates: Path) -> None:
    (templates / "standard.md.j2").write_text("# {{ doc.title }}\n{% if %}\n", encoding="utf-8")
    result = cli("render", wiltshire, "--templates", templates)
    assert (result.status, result.out) == (2, "")
    assert result.err == (
        f"drafter: {templates / 'standard.md.j2'}:2: the template is broken: Expected an "
        "expression, got 'end of statement block'\n"
    )


def test_template_using_what_a_draft_lacks(cli: Cli, wiltshire: Path, templates: Path) -> None:
    (templates / "standard.md.j2").write_text("{{ doc.signature }}\n", encoding="utf-8")
    result = cli("render", wiltshire, "--templates", templates)
    assert (result.status, result.out) == (2, "")
    assert result.err == (
        "drafter: template 'standard.md.j2' uses something a draft does not have: "
        "'drafter.render.document.Document object' has no attribute 'signature'\n"
    )


def test_user_templates_are_sandboxed(cli: Cli, wiltshire: Path, templates: Path) -> None:
    (templates / "standard.md.j2").write_text(
        "{{ ''.__class__.__mro__[1].__subclasses__() }}\n", encoding="utf-8"
    )
    result = cli("render", wiltshire, "--templates", templates)
    assert (result.status, result.out) == (2, "")
    assert result.err == (
        "drafter: template 'standard.md.j2' failed: access to attribute '__class__' of 'str' "
        "object is unsafe.\n"
    )


def test_missing_template_folder(cli: Cli, wiltshire: Path, tmp_path: Path) -> None:
    result = cli("render", wiltshire, "--templates", tmp_path / "none")
    assert (result.status, result.err) == (
        2,
        f"drafter: {tmp_path / 'none'}: no such folder of templates; check the --templates path\n",
    )


def test_render_leaves_the_draft_alone(cli: Cli, northmoor: Path) -> None:
    before = northmoor.read_bytes()
    shutil.copystat(NORTHMOOR, northmoor)
    stamp = northmoor.stat().st_mtime_ns
    for fmt in ("md", "html", "txt"):
        assert cli("render", northmoor, "--to", fmt).status == 0
    assert northmoor.read_bytes() == before
    assert northmoor.stat().st_mtime_ns == stamp


@pytest.fixture
def fresh_templates() -> Iterator[None]:
    """A new Jinja2 environment (as in a new process) before the test, and after it."""
    from drafter.render import templates

    templates._environment.cache_clear()
    yield
    templates._environment.cache_clear()


WILTSHIRE_START = "# RESPONSE OF THE POLICE AND CRIME COMMISSIONER"


def test_render_survives_an_unwritable_template_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_templates: None
) -> None:
    """The compiled-template cache is a speed-up only: a full disk there changes nothing."""
    import jinja2

    from drafter.render import templates

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(jinja2.bccache.tempfile, "NamedTemporaryFile", full)
    monkeypatch.setattr(
        templates, "_bytecode_cache", lambda: templates._QuietBytecodeCache(str(tmp_path))
    )
    assert render_text(store.load(WILTSHIRE), "md").startswith(WILTSHIRE_START)


def test_compiled_templates_are_kept_for_the_next_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_templates: None
) -> None:
    """The shipped templates' compiled code is kept in Jinja2's own folder for the
    user (0700), named for the Jinja2 version, and a new environment (as in the next
    process) renders from it without compiling anything."""
    import tempfile

    import jinja2

    from drafter.render import templates

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    first = render_text(store.load(WILTSHIRE), "md")
    folder = tmp_path / f"_jinja2-cache-{os.getuid()}"
    assert list(folder.glob(f"drafter-jinja2-{jinja2.__version__}-*.cache"))
    assert folder.stat().st_mode & 0o777 == 0o700

    def no_compiling(*args: object, **kwargs: object) -> None:
        raise AssertionError("a kept template was compiled again")

    monkeypatch.setattr(jinja2.Environment, "_parse", no_compiling)
    templates._environment.cache_clear()
    assert render_text(store.load(WILTSHIRE), "md") == first


def test_render_without_a_safe_template_cache(
    monkeypatch: pytest.MonkeyPatch, fresh_templates: None
) -> None:
    """No safe folder for the cache (Jinja2 refuses one someone else owns): render anyway."""
    import jinja2.bccache

    from drafter.render import templates

    def unsafe(self: object) -> str:
        raise RuntimeError("Cannot determine safe temp directory.")

    monkeypatch.setattr(jinja2.bccache.FileSystemBytecodeCache, "_get_default_cache_dir", unsafe)
    assert templates._bytecode_cache() is None
    assert render_text(store.load(WILTSHIRE), "md").startswith(WILTSHIRE_START)


def test_render_reads_the_office_profile_only_for_what_shows_it(cli: Cli, northmoor: Path) -> None:
    """The standard layout in Markdown shows nothing from the profile, so a mistake in
    it does not stop that render; the letter layout, which shows its letterhead, stops
    on it with where it is."""
    (northmoor.parent / "drafter.toml").write_text('[letter]\nofice = "x"\n', encoding="utf-8")
    assert cli("render", northmoor, "--to", "md").status == 0
    for argv in (["--layout", "letter"], ["--to", "docx", "-o", northmoor.with_suffix(".docx")]):
        result = cli("render", northmoor, *argv)
        assert result.status == 2 and 'unknown key "ofice"' in result.err


def test_every_command_module_is_in_the_command_table() -> None:
    """COMMANDS is the one list; a command module left out of it would never run."""
    from drafter.cli import COMMANDS
    from drafter.cli import commands as package

    modules = {p.stem for p in Path(package.__file__).parent.glob("*.py")} - {"__init__"}
    assert sorted(COMMANDS.values()) == sorted(modules)
