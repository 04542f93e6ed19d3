"""Atomic file writes: a reader, a crash or a full disk never sees half a file."""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import tempfile
import time
from pathlib import Path

from drafter.errors import SaveError


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that ``path`` is always either old or new, never partial.

    The temporary file lives in the same folder so that the final rename stays on one
    file system (and so is atomic); it is fsynced before the rename, and the folder
    after it, so a power cut cannot leave an empty file behind the new name.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise SaveError(f"cannot save {path}: it is a folder; give a file name ending in .toml")
    mode = _mode_for(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except FileNotFoundError:
        raise SaveError(f"cannot save {path}: the folder {folder} does not exist") from None
    except OSError as exc:
        raise SaveError(f"cannot save {path}: {_reason(exc)}; the file was not changed") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise SaveError(f"cannot save {path}: {_reason(exc)}; the file was not changed") from None
    _fsync_folder(folder)
    _remove_stale_temporaries(path)


#: A temporary file this old was left by a save that was killed; a save under way
#: elsewhere (the editor's autosave beside a `drafter fmt`) never takes this long.
STALE_SECONDS = 3600


def _remove_stale_temporaries(path: Path) -> None:
    now = time.time()
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > STALE_SECONDS:
                leftover.unlink()


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_folder(folder: Path) -> None:
    # Not every platform or file system lets a folder be opened or fsynced.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full; free some space and save again"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied; check that you may write to that folder"
    if exc.errno == errno.EROFS:
        return "the file system is read-only"
    return exc.strerror or str(exc)
