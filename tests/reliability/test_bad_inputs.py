"""A catalogue of bad inputs across every command.

Each row is one command line run in a scratch folder (the current folder during the
run) holding the files the row names. Every row must end with:

- the documented exit status (2 for bad input, 1 for "not ready", per each
  command's --help);
- a message on standard error naming the problem and what to do (the row's
  fragment), and no traceback;
- every file in the folder exactly as it was (same bytes, same mode), and no file
  added (a failed save leaves nothing behind).

tests/test_bad_drafts.py gives the exact wording for ~30 broken drafts through
check and render; this catalogue takes the same kinds of fault through the other
commands, and adds the faults of the file system, templates and import sources.
"""

from __future__ import annotations

import builtins
import errno
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from bigdraft import tree_digest

from drafter.cli import command_modules

REPO = Path(__file__).resolve().parents[2]
NORTHMOOR = (REPO / "drafts" / "northmoor-peel-2026-fictional.toml").read_text("utf-8")
WILTSHIRE = (REPO / "drafts" / "wiltshire-prevent-2020.toml").read_text("utf-8")
#: The reference draft before anyone signed it: valid and ready for sign-off.
READY = WILTSHIRE[: WILTSHIRE.index("[workflow]")].rstrip() + "\n"

ROOT = os.geteuid() == 0


def _blank_pdf() -> bytes:
    """A one-page PDF with no text at all, as a scanned report looks to an importer."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    return bytes(pdf.output())


BLANK_PDF = _blank_pdf()


def _raw_pdf(content: bytes, filters: str) -> bytes:
    """A one-page PDF whose content stream is ``content`` under ``filters`` (tests/importers)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "raw_pdf", REPO / "tests" / "importers" / "raw_pdf.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.pdf(content, filters=filters)


def broken(old: str, new: str, base: str = NORTHMOOR) -> str:
    assert old in base, f"the example draft has no {old!r}"
    return base.replace(old, new, 1)


@dataclass(frozen=True)
class Case:
    args: tuple[str, ...]
    status: int
    #: Must appear in standard error.
    fragment: str
    #: Files to create first: name -> text or bytes; a name ending in "/" is a folder.
    files: dict[str, str | bytes] = field(default_factory=dict)
    #: A fault injected while the command runs: "full-disk", "read-only",
    #: "unreadable:NAME" or "locked:NAME" (another drafter holds the draft's lock).
    fault: str | None = None
    #: Files made specially before the run: name -> "fifo" (a named pipe) or
    #: "read-only" (the file's write bits removed).
    special: dict[str, str] = field(default_factory=dict)


D = {"draft.toml": NORTHMOOR}
R = {"ready.toml": READY}
TEMPLATE_DIR = "mine/"

CASES: dict[str, Case] = {
    # --- check ----------------------------------------------------------------------
    "check: malformed TOML": Case(
        ("check", "draft.toml"), 2, "draft.toml:4:9: not valid TOML",
        {"draft.toml": broken('title = "PEEL', 'title = PEEL')},
    ),
    "check: a folder": Case(
        ("check", "drafts"), 2, "drafts: is a folder, not a draft; give the path of a .toml file",
        {"drafts/": ""},
    ),
    "check: unreadable file": Case(
        ("check", "draft.toml"), 2, "draft.toml: cannot be read: permission denied",
        D, fault="unreadable:draft.toml",
    ),
    "check: impossible --today": Case(
        ("check", "draft.toml", "--today", "31/02/2026"), 2,
        "'31/02/2026' is not a date; write it as 2024-03-31", D,
    ),
    "check: missing file": Case(
        ("check", "nosuch.toml"), 2, "nosuch.toml: no such file; check the path, or create it",
    ),
    # --- render ---------------------------------------------------------------------
    "render: unknown decision": Case(
        ("render", "draft.toml"), 2, '"maybe" is not one of accept, partially-accept',
        {"draft.toml": broken('decision = "accept"', 'decision = "maybe"')},
    ),
    "render: missing layout": Case(
        ("render", "draft.toml", "--layout", "nosuch"), 2, "no layout named 'nosuch'; the layouts are standard,", D,
    ),
    "render: layout name leaving the folder": Case(
        ("render", "draft.toml", "--layout", "../../etc/passwd"), 2, "is not a layout name", D,
    ),
    "render: broken user template": Case(
        ("render", "draft.toml", "--templates", "mine"), 2,
        "standard.md.j2:1: the template is broken",
        {**D, "mine/standard.md.j2": "{% for x in %}"},
    ),
    "render: user template using what a draft lacks": Case(
        ("render", "draft.toml", "--templates", "mine"), 2,
        "uses something a draft does not have",
        {**D, "mine/standard.md.j2": "{{ doc.no_such_thing }}"},
    ),
    "render: missing template folder": Case(
        ("render", "draft.toml", "--templates", "nosuch"), 2,
        "nosuch: no such folder of templates; check the --templates path", D,
    ),
    "render: output over the draft": Case(
        ("render", "draft.toml", "-o", "draft.toml", "--to", "md"), 2,
        "draft.toml is the draft being read; choose another output file", D,
    ),
    "render: unknown output format": Case(
        ("render", "draft.toml", "-o", "out.docs"), 2, "cannot tell the format from 'out.docs'", D,
    ),
    "render: read-only folder": Case(
        ("render", "draft.toml", "-o", "out.html"), 2,
        "cannot save out.html: permission denied", D, fault="read-only",
    ),
    "render: full disk": Case(
        ("render", "draft.toml", "-o", "out.md"), 2,
        "cannot save out.md: the disk is full; free some space and save again", D,
        fault="full-disk",
    ),
    "render docx: full disk": Case(
        ("render", "draft.toml", "-o", "out.docx"), 2, "the disk is full", D, fault="full-disk",
    ),
    "render pdf: newer format": Case(
        ("render", "draft.toml", "-o", "out.pdf"), 2, "written by a newer version of drafter",
        {"draft.toml": broken("format = 2", "format = 7")},
    ),
    "render docx: output is a folder": Case(
        ("render", "draft.toml", "-o", "out.docx"), 2, "it is a folder", {**D, "out.docx/": ""},
    ),
    # --- new ------------------------------------------------------------------------
    "new: file exists": Case(
        ("new", "draft.toml", "--title", "T", "--area", "A", "--force", "F Police"), 2,
        "draft.toml already exists; choose another name", D,
    ),
    "new: not a .toml name": Case(
        ("new", "draft.txt", "--title", "T", "--area", "A", "--force", "F Police"), 2,
        "draft.txt: a draft file name must end in .toml",
    ),
    "new: unknown kind": Case(
        ("new", "n.toml", "--title", "T", "--area", "A", "--force", "F", "--kind", "peal"), 2,
        "--kind 'peal' is not one of peel, thematic",
    ),
    "new: impossible date": Case(
        ("new", "n.toml", "--title", "T", "--area", "A", "--force", "F",
         "--published", "2026-02-30"), 2, "'2026-02-30' is not a date",
    ),
    "new: empty title": Case(
        ("new", "n.toml", "--title", "  ", "--area", "A", "--force", "F"), 2,
        "--title is required (the report's title)",
    ),
    "new: read-only folder": Case(
        ("new", "n.toml", "--title", "T", "--area", "A", "--force", "F"), 2,
        "cannot save n.toml: permission denied", fault="read-only",
    ),
    "new: full disk": Case(
        ("new", "n.toml", "--title", "T", "--area", "A", "--force", "F"), 2,
        "cannot save n.toml: the disk is full", fault="full-disk",
    ),
    # --- fmt ------------------------------------------------------------------------
    "fmt: unknown key": Case(
        ("fmt", "draft.toml"), 2, 'report.knd: unknown key "knd"; did you mean "kind"?',
        {"draft.toml": broken("kind = \"peel\"", "knd = \"peel\"")},
    ),
    "fmt: wrong type": Case(
        ("fmt", "draft.toml"), 2, "report.published: must be a date such as 2024-03-31",
        {"draft.toml": broken("published = 2026-10-16", 'published = "16 October 2026"')},
    ),
    "fmt: full disk while rewriting": Case(
        ("fmt", "draft.toml"), 2, "cannot save draft.toml: the disk is full",
        {"draft.toml": NORTHMOOR + "\n\n# a comment fmt would drop\n"}, fault="full-disk",
    ),
    "fmt: read-only folder": Case(
        ("fmt", "draft.toml"), 2, "cannot save draft.toml: permission denied",
        {"draft.toml": NORTHMOOR + "\n\n# a comment fmt would drop\n"}, fault="read-only",
    ),
    "fmt: not UTF-8": Case(
        ("fmt", "draft.toml"), 2, "is not UTF-8 text (byte 0xe9); save it as UTF-8",
        {"draft.toml": broken("Northmoor and Dale", "Northmoor and Dalé").encode("latin-1",
                                                                                 "replace")},
    ),
    # --- sign -----------------------------------------------------------------------
    "sign: duplicate finding numbers": Case(
        ("sign", "draft.toml", "--role", "chief", "--name", "X"), 2, "appears twice",
        {"draft.toml": broken('number = "2"\nkind = "recommendation"',
                              'number = "1"\nkind = "recommendation"')},
    ),
    "sign: not ready": Case(
        ("sign", "draft.toml", "--role", "chief", "--name", "X"), 1,
        "not ready for sign-off", D,
    ),
    "sign: unknown role": Case(
        ("sign", "ready.toml", "--role", "pcc", "--name", "X"), 2, "invalid choice: 'pcc'", R,
    ),
    "sign: unreadable": Case(
        ("sign", "ready.toml", "--role", "chief", "--name", "X"), 2,
        "cannot be read: permission denied", R, fault="unreadable:ready.toml",
    ),
    "sign: full disk": Case(
        ("sign", "ready.toml", "--role", "chief", "--name", "X", "--date", "2020-04-20"), 2,
        "cannot save ready.toml: the disk is full", R, fault="full-disk",
    ),
    # --- publish --------------------------------------------------------------------
    "publish: not signed off": Case(
        ("publish", "ready.toml"), 1,
        "cannot publish: the Police and Crime Commissioner has not signed", R,
    ),
    "publish: empty file": Case(
        ("publish", "draft.toml"), 2, "draft.toml: is empty; a draft starts with `format = 2`",
        {"draft.toml": ""},
    ),
    "publish: impossible date in the file": Case(
        ("publish", "draft.toml"), 2, "this date does not exist; check the day and the month",
        {"draft.toml": broken("published = 2026-10-16", "published = 2026-02-30")},
    ),
    # --- status ---------------------------------------------------------------------
    "status: no such file or folder": Case(
        ("status", "nosuch"), 2, "nosuch: no such file or folder; give draft files, or the folder",
    ),
    # --- diff -----------------------------------------------------------------------
    "diff: one draft without --from": Case(
        ("diff", "draft.toml"), 2, "give two drafts to compare (OLD NEW)", D,
    ),
    "diff: --to without --from": Case(
        ("diff", "draft.toml", "draft.toml", "--to", "HEAD"), 2, "--to needs --from", D,
    ),
    "diff: outside git": Case(
        ("diff", "draft.toml", "--from", "HEAD"), 2, "is not in a git repository", D,
    ),
    "diff: newer format": Case(
        ("diff", "draft.toml", "new.toml"), 2, "upgrade drafter to open it",
        {**D, "new.toml": broken("format = 2", "format = 3")},
    ),
    "diff: a folder": Case(
        ("diff", "draft.toml", "drafts"), 2, "is a folder, not a draft", {**D, "drafts/": ""},
    ),
    # --- textconv, git-setup ----------------------------------------------------------
    "textconv: missing file": Case(
        ("textconv", "nosuch.toml"), 2, "nosuch.toml: cannot be read",
    ),
    "git-setup: outside git": Case(
        ("git-setup",), 2, "is not in a git repository; run this inside the repository",
    ),
    # --- completion -------------------------------------------------------------------
    "completion: a shell it does not know": Case(
        ("completion", "fish"), 2, "invalid choice: 'fish' (choose from 'bash', 'zsh', 'tcsh')",
    ),
    # --- merge ----------------------------------------------------------------------
    "merge: missing file": Case(
        ("merge", "draft.toml", "nosuch.toml", "draft.toml"), 2,
        "nosuch.toml: no such file", D,
    ),
    "merge: a folder": Case(
        ("merge", "draft.toml", "drafts", "draft.toml"), 2, "is a folder, not a draft",
        {**D, "drafts/": ""},
    ),
    # --- edit -----------------------------------------------------------------------
    "edit: malformed TOML": Case(
        ("edit", "draft.toml"), 2, "not valid TOML",
        {"draft.toml": broken("[response]", "[response")},
    ),
    "edit: a folder": Case(
        ("edit", "drafts"), 2, "is a folder, not a draft", {"drafts/": ""},
    ),
    "edit: newer format": Case(
        ("edit", "draft.toml"), 2, "written by a newer version of drafter",
        {"draft.toml": broken("format = 2", "format = 3")},
    ),
    # --- import -------------------------------------------------------------------
    "import: empty source": Case(
        ("import", "report.txt"), 2, "report.txt is empty; nothing was imported",
        {"report.txt": ""},
    ),
    "import: not a PDF": Case(
        ("import", "report.pdf"), 2, "report.pdf is named .pdf but is not a PDF",
        {"report.pdf": bytes(range(256)) * 8},
    ),
    "import: truncated PDF": Case(
        ("import", "report.pdf"), 2, "report.pdf is not a readable PDF",
        {"report.pdf": b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog"},
    ),
    "import: scanned PDF without text": Case(
        ("import", "report.pdf", "-o", "new.toml", "--area", "A", "--force", "F"), 2,
        "has 1 page but no text (it looks like a scan", {"report.pdf": BLANK_PDF},
    ),
    "import: PDF with JBIG2 data pypdf cannot decode": Case(
        ("import", "report.pdf"), 2,
        "report.pdf uses JBIG2 image compression that drafter cannot decode here",
        {"report.pdf": _raw_pdf(b"\x00\x01\x02\x03", "/JBIG2Decode")},
    ),
    "import: PDF with a damaged compressed stream": Case(
        ("import", "report.pdf"), 2, "report.pdf has a damaged compressed stream on page 1",
        {"report.pdf": _raw_pdf(b"x\x9c" + bytes(range(200, 255)) * 3, "/FlateDecode")},
    ),
    "import: web page whose list numbering is not a plain number": Case(
        ("import", "report.html"), 2, "no recommendations, causes of concern or areas for",
        {"report.html": '<html><body><ol start="²"><li>News of the report.</li></ol>'},
    ),
    "import: web page without findings": Case(
        ("import", "report.html"), 2, "no recommendations, causes of concern or areas for",
        {"report.html": "<html><body><p>News: the report is out.</p></body></html>"},
    ),
    "import: text without findings": Case(
        ("import", "report.txt"), 2, "check that the text includes the report's recommendations",
        {"report.txt": "Minutes of the meeting.\nNothing to see.\n"},
    ),
    "import: missing source": Case(
        ("import", "nosuch.pdf"), 2, "nosuch.pdf: no such file; check the path",
    ),
    "import: a folder as source": Case(
        ("import", "reports"), 2, "reports is a folder; give the report's PDF, web page or text",
        {"reports/": ""},
    ),
    "import: over an existing draft": Case(
        ("import", "report.txt", "-o", "draft.toml", "--area", "A", "--force", "F"), 2,
        "draft.toml already exists and this file would replace it; choose another name",
        {**D, "report.txt": "Recommendation 1\nBy 31 March 2027, the force should act.\n"},
    ),
    "import: over its own source": Case(
        ("import", "draft.toml", "-o", "draft.toml", "--area", "A", "--force", "F"), 2,
        "draft.toml already exists", D,
    ),
    "import: --report-only without -o": Case(
        ("import", "report.txt", "--report-only"), 2, "--report-only needs -o FILE",
        {"report.txt": "Recommendation 1\nBy 31 March 2027, the force should act.\n"},
    ),
    "new: broken report file": Case(
        ("new", "n.toml", "--from-report", "report.toml", "--area", "A", "--force", "F"), 2,
        "report.toml: report: is missing; add a [report] table",
        {"report.toml": "format = 1\ntitle = 3\n"},
    ),
    # --- odd files and odd text (issue 14) ------------------------------------------
    "check: a named pipe": Case(
        ("check", "pipe.toml"), 2, "pipe.toml: is not a regular file", special={"pipe.toml": "fifo"},
    ),
    "textconv: a named pipe": Case(
        ("textconv", "pipe.toml"), 2, "pipe.toml: is not a regular file",
        special={"pipe.toml": "fifo"},
    ),
    "fmt: a read-only draft": Case(
        ("fmt", "draft.toml"), 2, "cannot save draft.toml: the file is read-only",
        {"draft.toml": NORTHMOOR + "\n\n"}, special={"draft.toml": "read-only"},
    ),
    "sign: a read-only draft": Case(
        ("sign", "ready.toml", "--role", "chief", "--name", "X"), 2,
        "cannot save ready.toml: the file is read-only", R, special={"ready.toml": "read-only"},
    ),
    "sign: another drafter holds the draft": Case(
        ("sign", "ready.toml", "--role", "chief", "--name", "X"), 2,
        "another drafter is saving it (drafter sign by", R, fault="locked:ready.toml",
    ),
    "sign: control characters in a response": Case(
        ("sign", "ready.toml", "--role", "chief", "--name", "X"), 1, "holds control characters",
        {"ready.toml": broken('response = """\n', 'response = """\n\\u001b[2K', READY)},
    ),
    "sign: the state folder is a file": Case(
        ("sign", "ready.toml", "--role", "chief", "--name", "X"), 2,
        "drafter keeps its locks in your state folder (XDG_STATE_HOME)", R,
        fault="state-folder-is-a-file",
    ),
    "new: a far date": Case(
        ("new", "x.toml", "--title", "T", "--published", "9999-12-31", "--area", "A",
         "--force", "F"), 2, "drafter takes dates from 1990 to 2100",
    ),
    "check: a far date in the file": Case(
        ("check", "draft.toml"), 2, "9999-10-16 is out of range",
        {"draft.toml": broken("published = 2026-10-16", "published = 9999-10-16")},
    ),
    "fmt: nested thousands deep": Case(
        ("fmt", "draft.toml"), 2, "nested too deeply",
        {"draft.toml": "format = 2\nx = " + "[" * 5000 + "]" * 5000 + "\n"},
    ),
    "progress: a response not yet published": Case(
        ("progress", "draft.toml", "R1", "--status", "planned"), 1,
        "the response is not published yet", D,
    ),
    "actions: missing folder": Case(
        ("actions", "nosuch"), 2, "nosuch: no such file or folder",
    ),
    # --- usage ----------------------------------------------------------------------
    "unknown command": Case(("publsh", "draft.toml"), 2, "invalid choice: 'publsh'", D),
}  # fmt: skip


def inject(fault: str | None, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if fault is None:
        return
    if fault == "full-disk":

        def full(fd: int) -> None:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(os, "fsync", full)
    elif fault == "read-only":
        real_open = os.open

        def refuse(path: str | os.PathLike[str], flags: int, *args: int, **kwargs: int) -> int:
            if (
                flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
                and Path(path).resolve().parent == folder.resolve()
            ):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", refuse)
        monkeypatch.setattr(builtins, "open", _refusing_builtin_open(folder))
    elif fault == "state-folder-is-a-file":
        state = folder.parent / "state-file"
        state.write_text("not a folder")
        monkeypatch.setenv("XDG_STATE_HOME", str(state))
    elif fault.startswith("locked:"):
        from drafter.store import lock

        fd = lock.open_lock_file(lock.lock_path(folder / fault.split(":", 1)[1]))
        assert lock.try_lock(fd)
        lock.claim(fd, "drafter sign")
        monkeypatch.setattr(lock, "WAIT_SECONDS", 0.2)
    elif fault.startswith("unreadable:"):
        target = (folder / fault.split(":", 1)[1]).resolve()
        if not ROOT:
            target.chmod(0)
            return
        # root reads any file whatever its mode: simulate what chmod 000 does to others.
        real_read = Path.read_bytes

        def read_bytes(self: Path) -> bytes:
            if self.resolve() == target:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
            return real_read(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
        real_open = os.open

        def open_(path: str | os.PathLike[str], flags: int, *args: int, **kwargs: int) -> int:
            if Path(path).resolve() == target:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", open_)
    else:
        raise AssertionError(f"unknown fault {fault}")


def _refusing_builtin_open(folder: Path) -> Callable[..., object]:
    real = builtins.open

    def refuse(file: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        writing = any(c in mode for c in "wax+")
        if writing and isinstance(file, str | os.PathLike) and _inside(file, folder):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(file))
        return real(file, mode, *args, **kwargs)  # type: ignore[call-overload]

    return refuse


def _inside(path: str | os.PathLike[str], folder: Path) -> bool:
    return Path(path).resolve().parent == folder.resolve()


def test_catalogue_covers_every_command() -> None:
    covered = {case.args[0] for case in CASES.values()}
    missing = set(command_modules()) - covered
    assert not missing, f"no bad input for: {', '.join(sorted(missing))}"
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_bad_input(
    case: Case, cli: Callable, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    for name, content in case.files.items():
        path = folder / name
        if name.endswith("/"):
            path.mkdir(parents=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    for name, kind in case.special.items():
        if kind == "fifo":
            os.mkfifo(folder / name)
        elif kind == "read-only":
            (folder / name).chmod(0o444)
        else:
            raise AssertionError(f"unknown special file {kind}")
    monkeypatch.chdir(folder)
    before = tree_digest(folder)
    with monkeypatch.context() as faulty:
        inject(case.fault, folder, faulty)
        result = cli(*case.args)
    for path in folder.rglob("*"):
        if not path.is_symlink() and path.stat().st_mode & 0o777 == 0:
            path.chmod(0o644)  # undo a real chmod 000 before hashing
    after = tree_digest(folder)

    assert "Traceback" not in result.err
    assert "stopped on an unexpected problem" not in result.err, result.err
    assert case.fragment in result.err, result.err
    assert result.status == case.status, result.err
    assert after == before, "a file was changed, added or removed"
