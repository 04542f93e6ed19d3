"""Saving files: all or nothing, and through the path rather than over it.

A save writes a temporary file beside the target, fsyncs it and renames it over the
target in one step, so a reader, a crash or a full disk never sees half a file. It
writes *through* the path as careful editors do (Vim's ``backupcopy=auto``): a
symbolic link is followed and its target saved; the owner, group and mode are kept;
a file with several hard links, or one whose owner a rename could not keep, is
written in place (after a copy of the old bytes is kept beside it); and nothing that
is not a regular file is ever replaced. A file without write permission is refused,
even for root: its owner meant it to stay as it is.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import time
from pathlib import Path

from drafter.errors import SaveError


def resolved(path: Path) -> Path:
    """The file a save of ``path`` writes: the end of its chain of symbolic links."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def make_folder_for(path: Path) -> None:
    """Make the folder ``path`` will be written in, with its parents: a new repository
    has no drafts/ or reports/ yet, and every command that starts a file makes it."""
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = "a file has that name" if isinstance(exc, FileExistsError) else _reason(exc)
        raise SaveError(
            f"cannot save {path}: the folder {Path(path).parent} cannot be made ({reason})"
        ) from None


def write_atomic(
    path: Path, data: bytes, *, devices: bool = False, mode: int | None = None
) -> None:
    """Write ``data`` to ``path`` so that ``path`` is always either old or new, never partial.

    ``mode``: the file's mode whatever it had (0600 for private files); by default an
    existing file keeps its own and a new one follows the umask.

    ``devices``: a character device or FIFO (``-o /dev/stdout``) is written to, as a
    shell redirection would; otherwise anything but a regular file is refused.
    """
    given = Path(path)
    path = resolved(given)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        info: os.stat_result | None = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise SaveError(f"cannot save {given}: {_reason(exc)}; the file was not changed") from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise SaveError(
                f"cannot save {given}: it is a folder; give a file name ending in .toml"
            )
        if not stat.S_ISREG(info.st_mode):
            if devices and (stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
                _write_to_device(given, path, data)
                return
            raise SaveError(
                f"cannot save {given}: it is not a regular file ({_kind(info.st_mode)}); "
                "give the path of an ordinary file"
            )
        if not _writable(path, info):
            raise SaveError(
                f"cannot save {given}: the file is read-only; make it writable "
                f"(chmod u+w {given}) if it should change; the file was not changed"
            )
        if info.st_nlink > 1 or not _can_keep_owner(info):
            _write_in_place(given, path, data)
            return
    _replace(given, path, folder, data, info, mode)


def _replace(
    given: Path,
    path: Path,
    folder: Path,
    data: bytes,
    info: os.stat_result | None,
    mode: int | None,
) -> None:
    if mode is None:
        mode = stat.S_IMODE(info.st_mode) if info is not None else _new_file_mode()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except FileNotFoundError:
        raise SaveError(f"cannot save {given}: the folder {folder} does not exist") from None
    except OSError as exc:
        raise SaveError(f"cannot save {given}: {_reason(exc)}; the file was not changed") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if info is not None and (info.st_uid, info.st_gid) != _owner_of(handle.fileno()):
                os.fchown(handle.fileno(), info.st_uid, info.st_gid)
            os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise SaveError(f"cannot save {given}: {_reason(exc)}; the file was not changed") from None
    _fsync_folder(folder)
    _remove_stale_temporaries(path)


def _write_in_place(given: Path, path: Path, data: bytes) -> None:
    """Overwrite the file itself (its inode), keeping a copy of the old bytes until done.

    Used where a rename would split hard links or change the owner. A crash part-way
    leaves ``.NAME.XXXXXXXX.bak`` beside it holding the old version in full.
    """
    folder = path.parent if str(path.parent) else Path(".")
    try:
        old = path.read_bytes()
        if old == data:
            return
        fd, backup = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".bak", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(old)
            os.fsync(handle.fileno())
    except OSError as exc:
        raise SaveError(f"cannot save {given}: {_reason(exc)}; the file was not changed") from None
    try:
        with open(path, "r+b") as handle:
            handle.write(data)
            handle.truncate()
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        try:
            with open(path, "r+b") as handle:
                handle.write(old)
                handle.truncate()
                os.fsync(handle.fileno())
        except OSError:
            raise SaveError(
                f"cannot save {given}: {_reason(exc)}; the old version is kept in {backup}"
            ) from None
        with contextlib.suppress(OSError):
            os.unlink(backup)
        raise SaveError(f"cannot save {given}: {_reason(exc)}; the file was not changed") from None
    with contextlib.suppress(OSError):
        os.unlink(backup)


def _write_to_device(given: Path, path: Path, data: bytes) -> None:
    try:
        with open(path, "wb") as handle:
            handle.write(data)
    except OSError as exc:
        raise SaveError(f"cannot write {given}: {_reason(exc)}") from None


def _writable(path: Path, info: os.stat_result) -> bool:
    if os.geteuid() == 0:
        # root may write anything; a file with no write bit at all says "leave me be".
        return bool(info.st_mode & 0o222)
    return os.access(path, os.W_OK)


def _can_keep_owner(info: os.stat_result) -> bool:
    """A replacement is owned by whoever saves it; only root can give it back."""
    if os.geteuid() == 0:
        return True
    return info.st_uid == os.geteuid() and info.st_gid in (os.getegid(), *os.getgroups())


def _owner_of(fd: int) -> tuple[int, int]:
    info = os.fstat(fd)
    return info.st_uid, info.st_gid


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


#: A temporary file this old was left by a save that was killed; a save under way
#: elsewhere (the editor's autosave beside a `drafter fmt`) never takes this long.
STALE_SECONDS = 3600


def _remove_stale_temporaries(path: Path) -> None:
    import glob  # for its escape() alone; commands that only read start without it

    now = time.time()
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > STALE_SECONDS:
                leftover.unlink()


def _new_file_mode() -> int:
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
