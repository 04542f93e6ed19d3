"""One open draft: what is on disk, what is unsaved, and the recovery file.

No Textual here. The editor calls ``snapshot`` on the app's thread (the model is
only ever changed there) and hands the text to ``write``, which may run in a worker
thread because it touches nothing but files. ``SaveState`` is the one record of where
the edits are (made, saved, kept for recovery) and of when the next save is due.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

from drafter import store
from drafter.errors import DrafterError, DraftError, SaveError
from drafter.model import Draft
from drafter.store.comments import comment_lines
from drafter.store.lock import Hold, Holder, draft_lock, private_folder

RECOVERY_HEADER = "# drafter recovery file: unsaved edits to "

#: Autosave happens at the latest this long after the first unsaved edit.
MAX_UNSAVED = 10.0

#: The recovery file is kept once typing has paused this long (or half the autosave's
#: pause, if that is shorter)...
RECOVERY_QUIET = 1.0

#: ...and, while typing goes on, when the oldest edit not in it is this old (or a third
#: of MAX_UNSAVED, if that is shorter). Keeping it encodes the whole draft on the app's
#: thread, so not at every tick: a key that lands on it waits for it.
RECOVERY_EVERY = 3.0


def recovery_folder() -> Path:
    """Where unsaved edits are kept between a crash and the next start."""
    from platformdirs import user_state_path

    return user_state_path("drafter") / "recovery"


def recovery_path_for(path: Path, folder: Path) -> Path:
    """The recovery file of a draft, keyed by the draft's absolute path."""
    key = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:20]
    return folder / f"{key}.toml"


#: Recovery files hold unsaved text of drafts that may be private: owner only.
PRIVATE_FILE = 0o600


def take_hold(recovery: Path) -> Hold:
    """Hold the draft whose recovery file is ``recovery`` for this editor, if no other
    editor holds it (then the Hold names that one).

    A state folder that cannot be written raises SaveError, naming it: every save
    takes its lock there too, so an editor opened anyway could save nothing, and
    stopped at the first keystroke when it tried to keep a recovery copy."""
    return Hold.take(recovery.with_suffix(".hold"), "drafter edit")


class ChangedOnDisk(DrafterError):
    """The draft changed on disk since it was loaded or saved: a save would lose that."""


@dataclass(frozen=True)
class DiskState:
    """Enough about the file on disk to tell whether someone else changed it."""

    mtime_ns: int
    size: int
    digest: str

    @classmethod
    def of(cls, path: Path) -> DiskState | None:
        try:
            stat = path.stat()
            data = path.read_bytes()
        except OSError:
            return None
        return cls(stat.st_mtime_ns, stat.st_size, hashlib.sha256(data).hexdigest())


@dataclass(frozen=True)
class Recovered:
    text: str
    saved_at: dt.datetime


@dataclass
class SaveState:
    """Where the edits are, numbered one by one, and the clock of the next save.

    ``generation`` counts the edits made; ``saved_generation`` is the last one the file
    on disk holds; ``recovery_asked`` the last one handed to a recovery write and
    ``recovery_generation`` the last one that write finished with (recovery writes run
    in worker threads, so the two differ while one is under way).
    """

    generation: int = 0
    saved_generation: int = 0
    recovery_asked: int = 0
    recovery_generation: int = 0
    #: A save is being written in a worker thread.
    saving: bool = False
    first_unsaved: float = 0.0
    last_edit: float = 0.0
    first_unkept: float = 0.0
    save_started: float = 0.0

    @property
    def dirty(self) -> bool:
        return self.generation > self.saved_generation

    def edited(self, now: float) -> None:
        if not self.dirty:
            self.first_unsaved = now
        if not self.dirty or self.recovery_asked == self.generation:
            # Until now every edit was saved or kept: this one starts the wait for
            # the next recovery write.
            self.first_unkept = now
        self.last_edit = now
        self.generation += 1

    def all_saved(self) -> None:
        """The file on disk holds every edit (it was reloaded)."""
        self.saved_generation = self.generation

    def due(self, now: float, autosave_seconds: float) -> str | None:
        """What the clock asks for now: "save", "keep" (the recovery file) or None."""
        if not self.dirty:
            return None
        quiet = now - self.last_edit >= autosave_seconds
        if quiet or now - self.first_unsaved >= max(MAX_UNSAVED, autosave_seconds):
            return "save"
        if self.recovery_asked != self.generation and self.recovery_due(now, autosave_seconds):
            return "keep"
        return None

    def recovery_due(self, now: float, autosave_seconds: float) -> bool:
        """Whether to keep the recovery file now: after a pause, or if typing goes on."""
        quiet = min(RECOVERY_QUIET, autosave_seconds / 2)
        every = min(RECOVERY_EVERY, MAX_UNSAVED / 3)
        return now - self.last_edit >= quiet or now - self.first_unkept >= every

    def save_began(self, now: float) -> int:
        """A save of every edit so far starts; returns the edit number it holds."""
        self.saving = True
        self.save_started = now
        return self.generation

    def save_ended(self, generation: int) -> None:
        """A save finished; the file holds every edit up to ``generation``."""
        self.saving = False
        if generation != self.generation:
            # The edits typed during the save are newer than it: the next forced save is
            # MAX_UNSAVED after they began, not at every tick while typing goes on.
            self.first_unsaved = self.save_started

    def save_failed(self, now: float) -> None:
        """A save could not be made: the next forced one is MAX_UNSAVED from now."""
        self.saving = False
        self.first_unsaved = now


class Session:
    def __init__(
        self,
        path: Path,
        draft: Draft,
        recovery: Path,
        *,
        loaded_text: str | None = None,
        hold: Hold | None = None,
    ) -> None:
        self.path = Path(path)
        # While another editor holds the draft this one is read-only: it never saves,
        # and never writes, offers or removes the recovery file (the holder's own).
        self._hold = hold or Hold(None, None)
        self.draft = draft
        self.recovery_file = recovery
        self.disk = DiskState.of(self.path)
        # The canonical text of what we last loaded or saved is only needed to compare
        # with a recovery file, which is rare: encoding the draft at every start is not.
        self._saved_text: str | None = None if loaded_text is not None else store.dumps(draft)
        self._loaded_text = loaded_text
        # The editor numbers its edits; the state says which edit the draft on disk and
        # the recovery file hold, so a recovery file is never left older than the draft.
        # Recovery writes run in worker threads, hence the lock.
        self._recovery_lock = threading.Lock()
        self.state = SaveState()

    @classmethod
    def open(cls, path: Path, recovery_dir: Path | None = None) -> Session:
        """Load a draft; a bad file raises DraftError before any screen appears."""
        path = Path(path)
        text = store.read_text(path)
        draft = store.loads(text, path)
        folder = recovery_dir if recovery_dir is not None else recovery_folder()
        recovery = recovery_path_for(path, folder)
        return cls(path, draft, recovery, loaded_text=text, hold=take_hold(recovery))

    @property
    def held_by(self) -> Holder | None:
        """The other editor that holds this draft (so this one is read-only), or None."""
        return self._hold.held_by

    def take_hold(self) -> bool:
        """Read-only: hold the draft now if the other editor has let it go; True if so."""
        if self.held_by is None:
            return True
        try:
            hold = take_hold(self.recovery_file)
        except SaveError:
            return False
        if hold.held_by is not None:
            return False
        self._hold = hold
        return True

    def close(self) -> None:
        """Let another editor take the draft (also done by the system if this one dies)."""
        self._hold.release()

    @property
    def had_bom(self) -> bool:
        """The file, as last read, began with a byte-order mark: saving drops it."""
        return (self._loaded_text or "").startswith(store.BOM)

    def comments(self) -> list[int]:
        """The lines of the file, as last read, that hold comments: saving drops them."""
        return comment_lines(self._loaded_text or "")

    @property
    def saved_text(self) -> str:
        """The canonical text of what we last loaded or saved."""
        if self._saved_text is None:
            # Worked out from the text as loaded: the draft may have been edited since.
            self._saved_text = store.dumps(store.loads(self._loaded_text or "", self.path))
        return self._saved_text

    @saved_text.setter
    def saved_text(self, text: str) -> None:
        self._saved_text = text

    # --- the draft ----------------------------------------------------------------

    def snapshot(self) -> str:
        return store.dumps(self.draft)

    def problem_with(self, text: str) -> str | None:
        """Why ``text`` must not be saved (the loader would refuse it), or None."""
        try:
            store.loads(text, self.path)
        except DraftError as error:
            return str(error)
        return None

    # --- the file on disk ---------------------------------------------------------

    def changed_on_disk(self) -> bool:
        """True when the file's bytes differ from what we last loaded or saved."""
        try:
            stat = self.path.stat()
        except OSError:
            return self.disk is not None
        if self.disk is not None and (stat.st_mtime_ns, stat.st_size) == (
            self.disk.mtime_ns,
            self.disk.size,
        ):
            return False
        now = DiskState.of(self.path)
        if now is not None and self.disk is not None and now.digest == self.disk.digest:
            # Touched but not changed: remember the new time and carry on.
            self.disk = now
            return False
        return True

    def write(self, text: str) -> bool:
        """Write ``text`` atomically; False (nothing written) when it is already on disk.

        Under the draft's lock, the file is first compared again with what was last
        loaded or saved: a `drafter sign` that finished a moment ago raises
        ChangedOnDisk instead of being saved over.
        """
        if self.held_by is not None:
            raise SaveError(
                f"{self.path.name} is open read-only (it is open in {self.held_by}): "
                "your edits here are not saved"
            )
        data = text.encode("utf-8")
        wrote = False
        with draft_lock(self.path, purpose="the editor's save"):
            if self.changed_on_disk():
                raise ChangedOnDisk(f"{self.path.name} changed on disk; not saved over it")
            try:
                current = self.path.read_bytes()
            except OSError:
                current = None
            if current != data:
                store.write_atomic(self.path, data)
                wrote = True
            self.disk = DiskState.of(self.path)
        self.saved_text = text
        return wrote

    def reload(self) -> None:
        """Replace the draft with the file on disk (raises DraftError if it is invalid)."""
        text = store.read_text(self.path)
        self.draft = store.loads(text, self.path)
        self._loaded_text = text
        self.saved_text = store.dumps(self.draft)
        self.disk = DiskState.of(self.path)

    def adopt_disk(self, text: str) -> None:
        """The file's ``text``, as read for a merge, becomes what was last saved.

        Should the file have changed again since it was read, it is not marked as
        seen, so the editor asks again rather than save over the newer version.
        """
        self._loaded_text = text
        self.saved_text = store.dumps(store.loads(text, self.path))
        now = DiskState.of(self.path)
        if now is not None and now.digest == hashlib.sha256(text.encode("utf-8")).hexdigest():
            self.disk = now

    def accept_disk(self) -> None:
        """Treat the file on disk as seen, so that saving over it is allowed."""
        self.disk = DiskState.of(self.path)

    # --- recovery -----------------------------------------------------------------

    #: Edits kept by an earlier session are offered and not yet restored or discarded
    #: (the question was put off): the recovery file is theirs, and nothing here
    #: writes over it or removes it. They are offered again at the next start.
    recovery_waiting = False

    def keep_for_recovery(self, text: str, generation: int | None = None) -> None:
        """Keep unsaved edits (edit number ``generation``) in the recovery file.

        Edits the draft on disk already holds are not kept: a recovery write that
        finishes after a later save must not put older text back.
        """
        header = f"{RECOVERY_HEADER}{self.path.resolve()}\n"
        if self.held_by is not None or self.recovery_waiting:
            return
        with self._recovery_lock:
            if generation is not None and generation <= self.state.saved_generation:
                return
            private_folder(self.recovery_file.parent)
            store.write_atomic(
                self.recovery_file, (header + text).encode("utf-8"), mode=PRIVATE_FILE
            )
            if generation is not None:
                self.state.recovery_generation = generation

    def settle_recovery(self, saved_generation: int) -> None:
        """The draft on disk now holds every edit up to ``saved_generation``: drop a
        recovery file that holds nothing newer."""
        with self._recovery_lock:
            state = self.state
            state.saved_generation = max(state.saved_generation, saved_generation)
            if (
                self.held_by is None
                and not self.recovery_waiting
                and state.recovery_generation <= state.saved_generation
            ):
                _remove(self.recovery_file)

    def recovered(self) -> Recovered | None:
        """Unsaved edits left by an earlier session, if they differ from the file."""
        if self.held_by is not None:
            return None
        try:
            text = self.recovery_file.read_text(encoding="utf-8")
            saved_at = dt.datetime.fromtimestamp(self.recovery_file.stat().st_mtime)
        except (OSError, UnicodeDecodeError):
            return None
        if text.startswith(RECOVERY_HEADER):
            text = text.split("\n", 1)[1] if "\n" in text else ""
        if text == self.saved_text:
            self.forget_recovery()
            return None
        return Recovered(text, saved_at)

    def restore(self, recovered: Recovered) -> None:
        """Take the recovered edits as the draft (unsaved until the next save)."""
        self.draft = store.loads(recovered.text, self.recovery_file)

    def forget_recovery(self) -> None:
        if self.held_by is not None or self.recovery_waiting:
            return
        with self._recovery_lock:
            _remove(self.recovery_file)


def _remove(recovery_file: Path) -> None:
    """Remove a recovery file that is no longer needed. One that cannot be removed (a
    state folder that cannot be written) is left: the next start compares it with the
    draft and drops it if it holds nothing newer."""
    with contextlib.suppress(OSError):
        recovery_file.unlink(missing_ok=True)
