"""The draft lock: one read-change-write at a time on each draft file.

Every command that reads a draft, changes it and writes it back (sign, publish, fmt,
the editor's save) holds this lock from before the read to after the write, so two
of them at once (the commissioner and the chief officer signing together) never
lose each other's change: the second waits, then reads what the first wrote.

The lock is an advisory ``flock`` on a file in drafter's state folder (0600, in a
folder of 0700), keyed by the draft's real path, so a symbolic link and its target
share one lock and nothing is added beside the draft (or to git). It records who
holds it (user, host, process, what for), so a command that gives up waiting can
say who it waited for. The kernel drops a lock when its holder dies, killed or not:
a crash never leaves a draft locked.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import getpass
import hashlib
import os
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import SaveError

#: How long a save waits for another to finish before giving up. A save takes
#: milliseconds; this covers a 10 MB draft on a slow disk.
WAIT_SECONDS = 10.0
_POLL_SECONDS = 0.02


def state_folder() -> Path:
    """drafter's private state folder (recovery files, locks), made 0700 if new."""
    from platformdirs import user_state_path

    return user_state_path("drafter")


def private_folder(folder: Path) -> Path:
    """Make ``folder`` (and its missing parents) with mode 0700; tighten it if it is ours."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        info = folder.stat()
        if info.st_uid == os.geteuid() and info.st_mode & 0o077:
            folder.chmod(0o700)
    return folder


def lock_path(draft: Path | str) -> Path:
    key = hashlib.sha256(os.path.realpath(draft).encode("utf-8")).hexdigest()[:24]
    return state_folder() / "locks" / f"{key}.lock"


@dataclass(frozen=True)
class Holder:
    """Who holds a lock, as it wrote itself into the lock file."""

    user: str
    host: str
    pid: int
    purpose: str

    def __str__(self) -> str:
        return f"{self.purpose} by {self.user} on {self.host} (process {self.pid})"

    @classmethod
    def me(cls, purpose: str) -> Holder:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):
            user = str(os.geteuid())
        return cls(user, socket.gethostname(), os.getpid(), purpose)

    @classmethod
    def parse(cls, text: str) -> Holder | None:
        parts = text.rstrip("\n").split("\t")
        if len(parts) != 4 or not parts[2].isdigit():
            return None
        return cls(parts[0], parts[1], int(parts[2]), parts[3])

    def line(self) -> str:
        return "\t".join((self.user, self.host, str(self.pid), self.purpose)) + "\n"


def open_lock_file(where: Path) -> int:
    """Open (creating, 0600) a lock file in a private folder."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        private_folder(where.parent)
        fd = os.open(where, flags, 0o600)
    except OSError as exc:
        raise SaveError(
            f"cannot take the lock {where}: {exc.strerror or exc}; drafter keeps its locks "
            "in your state folder (XDG_STATE_HOME): check that it is a folder you may write to"
        ) from None
    with contextlib.suppress(OSError):
        os.fchmod(fd, 0o600)
    return fd


def holder_of(fd: int) -> Holder | None:
    with contextlib.suppress(OSError):
        return Holder.parse(os.pread(fd, 4096, 0).decode("utf-8", "replace"))
    return None


def try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
            return False
        raise
    return True


def claim(fd: int, purpose: str) -> None:
    """Write who now holds the lock (only after taking it)."""
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.pwrite(fd, Holder.me(purpose).line().encode("utf-8"), 0)


@contextlib.contextmanager
def draft_lock(
    draft: Path | str, *, purpose: str = "a save", timeout: float | None = None
) -> Iterator[None]:
    """Hold ``draft``'s lock for the block, waiting up to ``timeout`` seconds for it
    (by default WAIT_SECONDS).

    Raises SaveError, naming the holder, when it stays taken that long.
    """
    timeout = WAIT_SECONDS if timeout is None else timeout
    where = lock_path(draft)
    fd = open_lock_file(where)
    try:
        deadline = time.monotonic() + timeout
        while not try_lock(fd):
            if time.monotonic() >= deadline:
                holder = holder_of(fd)
                who = f" ({holder})" if holder else ""
                raise SaveError(
                    f"cannot save {draft}: another drafter is saving it{who} and has not "
                    f"finished after {timeout:g} seconds; try again in a moment; the file "
                    "was not changed"
                )
            time.sleep(_POLL_SECONDS)
        claim(fd, purpose)
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


class Hold:
    """An editor's claim on a draft for as long as it is open (released when it closes
    or dies). A second editor that finds the draft held opens it read-only, and can
    name who holds it."""

    def __init__(self, fd: int | None, held_by: Holder | None) -> None:
        self._fd = fd
        #: Who else holds the draft; None when this hold is ours.
        self.held_by = held_by

    @classmethod
    def take(cls, where: Path, purpose: str) -> Hold:
        fd = open_lock_file(where)
        if try_lock(fd):
            claim(fd, purpose)
            return cls(fd, None)
        holder = holder_of(fd) or Holder("someone", "this computer", 0, purpose)
        os.close(fd)
        return cls(None, holder)

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            os.close(fd)


@contextlib.contextmanager
def folder_lock(draft: Path | str) -> Iterator[None]:
    """Hold an flock on ``draft``'s folder for one compare-and-write.

    The draft lock is in each account's own state folder, so it keeps one person's
    drafter processes apart, not two people's (the commissioner's and the chief
    officer's accounts signing at once). Every account that can write the draft can
    open its folder, so this lock is shared by all; it is held for milliseconds (the
    last read and the write), and it adds nothing beside the draft. A folder that
    cannot be opened is written without it.
    """
    try:
        fd = os.open(Path(draft).resolve().parent, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        yield
        return
    try:
        deadline = time.monotonic() + WAIT_SECONDS
        while not try_lock(fd):
            if time.monotonic() >= deadline:
                raise SaveError(
                    f"cannot save {draft}: another drafter is saving in its folder and has "
                    f"not finished after {WAIT_SECONDS:g} seconds; try again in a moment; "
                    "the file was not changed"
                )
            time.sleep(_POLL_SECONDS)
        yield
    finally:
        os.close(fd)
