"""The office profile: the details every draft of one office shares, in ``drafter.toml``.

An office keeps ``drafter.toml`` at the root of its drafts repository; drafter finds
it by walking up from the draft's folder (or the current one), stopping at the root
of the repository, and falls back to ``drafter.toml`` in the user's config folder.
``drafter new`` fills a new draft's details from it, the .docx renderer takes its
reference document's styles from it, the letter layout its letterhead (see
drafter.profile_letter), and the spelling check accepts its words.
The keys are documented in docs/profile.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from drafter.errors import DraftError, ProfileError
from drafter.model import Officer, Response
from drafter.profile_letter import Letter, read_letter
from drafter.store import parse
from drafter.store.fields import FieldError, Table

PROFILE_NAME = "drafter.toml"

_LAYOUT_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Profile:
    """What an office's drafts share. Empty strings and tuples where the profile is silent."""

    #: The file it came from; None for the empty profile used when there is none.
    path: Path | None = None
    area: str = ""
    force: str = ""
    force_short: str = ""
    commissioner_title: str = ""
    commissioner_name: str = ""
    chief_title: str = ""
    chief_name: str = ""
    cc: tuple[str, ...] = ()
    layout: str = ""
    #: A .docx whose styles rendered Word documents use, resolved against the profile's folder.
    reference_docx: Path | None = None
    #: Extra words the spelling check accepts: names of people, places and local units.
    words: tuple[str, ...] = ()
    #: The folders that hold drafts, relative to the repository's root (git-setup).
    drafts: tuple[str, ...] = ()
    #: The letter layout's letterhead, reference, salutation and close (``[letter]``).
    letter: Letter = field(default_factory=Letter)


def user_profile_path() -> Path:
    """``drafter.toml`` in the user's config folder (``~/.config/drafter`` on Linux)."""
    from platformdirs import user_config_path

    return user_config_path("drafter", appauthor=False) / PROFILE_NAME


def find_profile(start: Path | None = None) -> Path | None:
    """The profile that applies at ``start`` (a file or folder; default the current folder).

    Looks in ``start`` and each folder above it, stopping after the root of the git
    repository holding it, then in the user's config folder.
    """
    folder = Path(start) if start is not None else Path.cwd()
    folder = folder.resolve()
    # a draft that does not exist yet (``drafter new``): start from what does
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        if (candidate / PROFILE_NAME).is_file():
            return candidate / PROFILE_NAME
        if (candidate / ".git").exists():
            break
    fallback = user_profile_path()
    return fallback if fallback.is_file() else None


def office_profile(start: Path | None = None) -> Profile:
    """The profile that applies at ``start``, or an empty Profile when there is none."""
    path = find_profile(start)
    return load_profile(path) if path is not None else Profile()


class ProfileReader:
    """Office profiles read once, and again only when the file changes.

    For the editor's preview, which asks at every pause in typing: a file whose
    modification time and size are as they were is not read again, so a profile
    changed or mended during a session still shows at the next pause. A profile with
    a mistake is remembered too, and its error raised again until the file changes.
    """

    def __init__(self) -> None:
        self._known: dict[Path, tuple[tuple[int, int], Profile | ProfileError]] = {}

    def at(self, start: Path) -> Profile:
        """The profile that applies at ``start``, as office_profile. Raises ProfileError."""
        path = find_profile(start)
        if path is None:
            return Profile()
        try:
            # stat before reading: a change made while it is read has a newer time
            stat = path.stat()
        except OSError:
            return load_profile(path)  # gone since it was found: says so
        key = (stat.st_mtime_ns, stat.st_size)
        known = self._known.get(path)
        if known is None or known[0] != key:
            try:
                known = (key, load_profile(path))
            except ProfileError as error:
                known = (key, error)
            self._known[path] = known
        if isinstance(known[1], ProfileError):
            raise known[1].with_traceback(None)
        return known[1]


def load_profile(path: Path) -> Profile:
    path = Path(path)
    try:
        source = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise ProfileError(f"{path}: is not UTF-8 text; save it as UTF-8 and try again") from None
    except OSError as exc:
        raise ProfileError(
            f"{path}: cannot be read: {exc.strerror or exc}; check the path "
            "(office profiles are described in docs/profile.md)"
        ) from None
    return loads_profile(source, path)


def loads_profile(source: str, path: Path) -> Profile:
    """Parse a profile's text; every mistake is reported with file, line, column and key."""
    try:
        return parse(
            source,
            path,
            lambda raw: _decode(raw, path),
            what="an office profile",
            doc="docs/profile.md",
            versioned=False,
        )
    except DraftError as exc:
        if _is_draft(source):
            raise ProfileError(
                f"{path} is a draft, not an office profile; give the office profile, "
                "drafter.toml (docs/profile.md describes it)"
            ) from None
        raise ProfileError(str(exc)) from None


def _is_draft(source: str) -> bool:
    """Whether ``source`` is a draft (it has ``format =`` and ``[report]``), given by
    mistake where a profile belongs: "unknown key format" would not say so."""
    import tomllib

    try:
        raw = tomllib.loads(source)
    except tomllib.TOMLDecodeError:
        return False
    return "format" in raw and isinstance(raw.get("report"), dict)


def _decode(raw: dict, path: Path) -> Profile:
    root = Table(raw, ())
    force = root.table("force")
    commissioner = root.table("commissioner")
    chief = root.table("chief")
    letter = read_letter(root.table("letter"))
    layout = root.text("layout").strip()
    if layout and not _LAYOUT_NAME.match(layout):
        raise FieldError(
            ("layout",),
            f"{layout!r} is not a layout name; see `drafter render --list-layouts`",
        )
    reference = root.text("reference-docx").strip()
    if reference and not reference.lower().endswith(".docx"):
        raise FieldError(("reference-docx",), "must name a Word document ending in .docx")
    words = [word for entry in root.texts("words") for word in entry.split()]
    drafts = tuple(_drafts_folder(entry) for entry in root.texts("drafts"))
    profile = Profile(
        path=path,
        area=root.text("area").strip(),
        force=force.text("name").strip() if force else "",
        force_short=force.text("short").strip() if force else "",
        commissioner_title=commissioner.text("title").strip() if commissioner else "",
        commissioner_name=commissioner.text("name").strip() if commissioner else "",
        chief_title=chief.text("title").strip() if chief else "",
        chief_name=chief.text("name").strip() if chief else "",
        cc=tuple(c.strip() for c in root.texts("cc") if c.strip()),
        layout=layout,
        reference_docx=(path.parent / reference).resolve() if reference else None,
        words=tuple(words),
        drafts=drafts,
        letter=letter,
    )
    for table in (force, commissioner, chief):
        if table is not None:
            table.finish()
    root.finish()
    return profile


_FOLDER = re.compile(r"[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*")


def _drafts_folder(entry: str) -> str:
    """A drafts folder as git-setup writes it into .gitattributes: relative, plain names."""
    folder = entry.strip().strip("/")
    if not _FOLDER.fullmatch(folder) or ".." in folder.split("/"):
        raise FieldError(
            ("drafts",),
            f"{entry!r} is not a folder inside the repository; write it relative to the "
            'repository\'s root with letters, digits, ".", "_", "-" and "/" ("drafts/2026")',
        )
    return folder


#: Titles a new draft takes when neither an option nor the profile gives one.
COMMISSIONER = "Police and Crime Commissioner"
CHIEF = "Chief Constable"
_FORCE_SUFFIXES = (" Police Service", " Constabulary", " Police")


def short_name(force: str) -> str:
    """'Wiltshire Police' -> 'Wiltshire', as the response table's heading needs."""
    for suffix in _FORCE_SUFFIXES:
        if force.endswith(suffix) and len(force) > len(suffix):
            return force[: -len(suffix)]
    return force


def _pick(given: str | None, profile: str, default: str) -> str:
    if given is not None:
        return given.strip()
    return profile or default


def new_response(
    profile: Profile,
    *,
    area: str | None = None,
    force: str | None = None,
    force_short: str | None = None,
    commissioner_title: str | None = None,
    commissioner_name: str | None = None,
    chief_title: str | None = None,
    chief_name: str | None = None,
    cc: list[str] | None = None,
) -> Response:
    """The response details of a new draft: what was given (None = not given) wins,
    then the office profile, then drafter's defaults. Callers check area and force."""
    area = (area if area is not None else profile.area).strip()
    force_given = force is not None
    force = (force if force is not None else profile.force).strip()
    if not force_short:
        force_short = (
            profile.force_short if not force_given and profile.force_short else short_name(force)
        )
    return Response(
        area=area,
        force=force,
        force_short=force_short.strip(),
        commissioner=Officer(
            title=_pick(commissioner_title, profile.commissioner_title, COMMISSIONER),
            name=_pick(commissioner_name, profile.commissioner_name, ""),
        ),
        chief=Officer(
            title=_pick(chief_title, profile.chief_title, CHIEF),
            name=_pick(chief_name, profile.chief_name, ""),
        ),
        cc=cc if cc is not None else list(profile.cc),
        layout=profile.layout or "standard",
    )
