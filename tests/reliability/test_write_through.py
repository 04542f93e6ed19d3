"""Saves write through: to a symbolic link's target, keeping owner, mode and hard links.

Issue 14, items 2, 5 and 11: a save used to replace the path (a symlink became a
plain file, a hard link was split, another user's file came back owned by the
saver, a device given to `render -o` was replaced), a draft without write
permission was rewritten, and a FIFO given as a draft hung `check`.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from drafter.errors import DraftError, SaveError
from drafter.store import read_text
from drafter.store.atomic import write_atomic

REPO = Path(__file__).resolve().parents[2]
NORTHMOOR = REPO / "drafts" / "northmoor-peel-2026-fictional.toml"
ROOT = os.geteuid() == 0


def _messy(folder: Path) -> Path:
    """A valid draft not in canonical form, so that `fmt` rewrites it."""
    target = folder / "real.toml"
    target.write_text(NORTHMOOR.read_text("utf-8") + "\n\n\n", encoding="utf-8")
    return target


def test_fmt_through_a_symlink_changes_the_target_and_keeps_the_link(tmp_path, cli) -> None:
    target = _messy(tmp_path)
    link = tmp_path / "link.toml"
    link.symlink_to(target.name)

    result = cli("fmt", link)

    assert result.status == 0, result.err
    assert link.is_symlink(), "the symbolic link was replaced by a plain file"
    assert target.read_text("utf-8") == NORTHMOOR.read_text("utf-8")


def test_sign_through_a_symlink_signs_the_target(tmp_path, cli) -> None:
    wiltshire = (REPO / "drafts" / "wiltshire-prevent-2020.toml").read_text("utf-8")
    target = tmp_path / "real.toml"
    target.write_text(wiltshire[: wiltshire.index("[workflow]")].rstrip() + "\n", "utf-8")
    link = tmp_path / "link.toml"
    link.symlink_to(target)

    result = cli("sign", link, "--role", "chief", "--name", "Kier Pritchard")

    assert result.status == 0, result.err
    assert link.is_symlink()
    assert "Kier Pritchard" in target.read_text("utf-8")


def test_a_save_keeps_hard_links_and_mode(tmp_path: Path) -> None:
    first = tmp_path / "a.toml"
    first.write_bytes(b"old\n")
    first.chmod(0o640)
    second = tmp_path / "b.toml"
    os.link(first, second)

    write_atomic(first, b"new\n")

    assert second.read_bytes() == b"new\n", "the hard link was split"
    assert os.path.samefile(first, second)
    assert stat.S_IMODE(first.stat().st_mode) == 0o640


@pytest.mark.skipif(not ROOT, reason="only root can give a file to another user")
def test_a_save_keeps_the_owner_and_group(tmp_path: Path) -> None:
    draft = tmp_path / "a.toml"
    draft.write_bytes(b"old\n")
    os.chown(draft, 4321, 4322)

    write_atomic(draft, b"new\n")

    info = draft.stat()
    assert (info.st_uid, info.st_gid) == (4321, 4322)
    assert draft.read_bytes() == b"new\n"


def test_a_read_only_draft_is_refused_even_for_root(tmp_path, cli) -> None:
    draft = _messy(tmp_path)
    before = draft.read_bytes()
    draft.chmod(0o444)

    result = cli("fmt", draft)

    assert result.status == 2
    assert "read-only" in result.err and "chmod" in result.err, result.err
    assert draft.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["real.toml"]


def test_a_save_never_replaces_what_is_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    with pytest.raises(SaveError, match="not a regular file"):
        write_atomic(fifo, b"new\n")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_render_onto_a_device_writes_to_it_and_keeps_it(tmp_path, cli) -> None:
    null = tmp_path / "null"
    null.symlink_to("/dev/null")

    result = cli("render", NORTHMOOR, "-o", null)

    assert result.status == 0, result.err
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode), "/dev/null was replaced"
    assert null.is_symlink()


def test_a_fifo_as_a_draft_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    done: list[str] = []

    def read() -> None:
        try:
            read_text(fifo)
        except DraftError as error:
            done.append(str(error))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(5)
    if reader.is_alive():
        # Unblock the reader so the test run can end.
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a FIFO hung")
    assert done and "not a regular file" in done[0]


def test_check_of_a_fifo_exits_2_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    drafter = shutil.which("drafter", path=str(Path(sys.executable).parent))
    assert drafter
    try:
        result = subprocess.run(
            [drafter, "check", str(fifo)], capture_output=True, text=True, timeout=20
        )
    except subprocess.TimeoutExpired:
        pytest.fail("drafter check hung on a FIFO")
    assert result.returncode == 2
    assert "not a regular file" in result.stderr
