"""The spelling dictionary: Hunspell's C library through Enchant (pyenchant), loaded once.

British English (``en_GB``, Debian's hunspell-en-gb) unless ``DRAFTER_DICTIONARY``
names another: the language tag of an installed Hunspell dictionary (``en_AU``,
``cy_GB``) or the path of a ``.dic`` file with its ``.aff`` beside it. Enchant opens a
dictionary in a few tens of milliseconds (spylls, in pure Python, took about a
second), so a cold ``drafter check --spelling`` costs little more than ``check``.
Each word's answer and suggestions are remembered for the life of the process (the
TUI checks as the officer types).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import threading
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.errors import DrafterError

if TYPE_CHECKING:
    from types import ModuleType

    from enchant import Broker, Dict

#: The environment variable that picks another dictionary: a tag or a .dic file.
ENVIRONMENT = "DRAFTER_DICTIONARY"
DEFAULT = "en_GB"
SUGGESTIONS = 3
#: Where a dictionary named by path is linked for Enchant to find (it takes tags only).
_LINKED = "enchant"


class DictionaryMissing(DrafterError):
    """The spelling dictionary, or the Enchant library that reads it, is not installed."""


def chosen() -> str:
    """The dictionary asked for: ``DRAFTER_DICTIONARY`` when set, else British English."""
    return os.environ.get(ENVIRONMENT, "").strip() or DEFAULT


def described() -> str:
    """The dictionary in use, as a message names it: "the British English dictionary"."""
    name = chosen()
    if name == DEFAULT:
        return "the British English dictionary"
    return f"the dictionary {Path(name).stem if os.sep in name else name}"


def dictionary(choice: str | Path | None = None) -> Dict:
    """The Hunspell dictionary ``choice`` names (a tag or a .dic path; default: chosen())."""
    return _open(str(choice) if choice is not None else chosen())


#: Dictionaries opened in this process, by the name chosen() gave.
_opened: dict[str, Dict] = {}
#: Held while a dictionary opens, so that one preload() started is waited for, not repeated.
_opening = threading.Lock()


def _open(name: str, broker: Broker | None = None) -> Dict:
    found = _opened.get(name)
    if found is None:
        with _opening:
            found = _opened.get(name)
            if found is None:
                found = _opened[name] = _load(name, broker)
    return found


def preload(choice: str | Path | None = None) -> None:
    """Start Hunspell reading the dictionary in the background; the first check waits.

    Reading en_GB (1.2 MB) is about 30 ms of C that runs without Python's lock, so a
    caller with other work to do first (loading and checking the draft, working out
    the readability score) has it done alongside, on another core. Everything in
    Python (importing pyenchant, which sets environment variables) is done here, so
    that the thread runs C alone. A dictionary that cannot be opened is left for the
    first check to report, where callers expect it.
    """
    name = str(choice) if choice is not None else chosen()
    if name in _opened:
        return
    try:
        broker = _broker(name)
    except DrafterError:
        return
    # Not a daemon: the interpreter waits for it at exit, rather than ending while
    # Hunspell is still inside its load.
    thread = threading.Thread(target=_open_quietly, args=(name, broker), name="drafter-dictionary")
    thread.start()


def _open_quietly(name: str, broker: Broker) -> None:
    # A failure here is the caller's to report: its own _open() tries again and raises.
    with contextlib.suppress(Exception):
        _open(name, broker)


def _broker(name: str) -> Broker:
    """An Enchant broker that asks Hunspell first for the dictionary ``name``."""
    tag = _tag(name)
    broker = _enchant().Broker()
    # Debian orders aspell first for English; drafter's dictionaries are Hunspell's.
    broker.set_ordering(tag, "hunspell")
    return broker


def _enchant() -> ModuleType:
    """pyenchant, or a DictionaryMissing naming what is missing and how to install it:
    the Python package, or the C library the package loads."""
    _point_at_library()
    try:
        import enchant
    except ModuleNotFoundError as error:
        if error.name != "enchant":
            raise
        raise DictionaryMissing(
            "the Python package pyenchant is not installed; install it with: "
            f"{sys.executable} -m pip install pyenchant"
        ) from None
    except ImportError:  # pyenchant is installed, the C library it loads is not
        raise DictionaryMissing(
            "the Enchant spelling library (libenchant) is not installed; "
            "install it with: sudo apt-get install libenchant-2-2"
        ) from None
    return enchant


def _load(name: str, broker: Broker | None = None) -> Dict:
    enchant = _enchant()
    try:
        found = (broker or _broker(name)).request_dict(_tag(name))
    except enchant.errors.Error:
        raise DictionaryMissing(_missing(name, _is_path(name))) from None
    if not _opened:
        atexit.register(_leave_to_the_system)
    return found


def _leave_to_the_system() -> None:
    """At exit, leave the open dictionaries' memory to the operating system.

    Otherwise pyenchant's finalisers free them: Hunspell releases its tables entry by
    entry, 10 to 30 ms of every ``check --spelling`` spent after the work is done.
    pyenchant frees nothing whose C pointer (``_this``, its documented attribute) is None.
    """
    for found in _opened.values():
        found._broker._this = None
        found._this = None


def _is_path(name: str) -> bool:
    return os.sep in name or name.endswith(".dic") or (os.altsep or os.sep) in name


@cache
def _tag(name: str) -> str:
    """The tag Enchant knows the dictionary ``name`` by: a path's is linked once per process."""
    return _link(Path(name)) if _is_path(name) else name


def _point_at_library() -> None:
    """Tell pyenchant where Enchant is, where it is where Debian and Fedora put it.

    Otherwise pyenchant asks ``ctypes.util.find_library``, which runs ldconfig in a
    subprocess: about 50 ms of every cold ``check --spelling``.
    """
    if sys.platform != "linux" or "PYENCHANT_LIBRARY_PATH" in os.environ:
        return
    import sysconfig

    multiarch = sysconfig.get_config_var("MULTIARCH") or ""
    for folder in (f"/usr/lib/{multiarch}", "/usr/lib64", "/usr/lib"):
        library = Path(folder) / "libenchant-2.so.2"
        if library.is_file():
            os.environ["PYENCHANT_LIBRARY_PATH"] = str(library)
            return


def _missing(name: str, is_path: bool) -> str:
    if is_path:
        return (
            f"the dictionary {name} cannot be read (it needs a .dic file with its .aff "
            f"beside it); set {ENVIRONMENT} to another, or unset it for British English"
        )
    if name == DEFAULT:
        return (
            "the British English dictionary is not installed; "
            "install it with: sudo apt-get install hunspell-en-gb"
        )
    return (
        f"no Hunspell dictionary for {name!r} is installed ({ENVIRONMENT}); install one "
        "(Debian: hunspell-xx), or set it to the path of a .dic file"
    )


def _link(path: Path) -> str:
    """Make the .dic and .aff at ``path`` visible to Enchant; return the tag to ask for.

    Enchant finds Hunspell dictionaries by tag in its configuration folder's
    ``hunspell`` subfolder, so the pair is linked (or copied, where links are not
    allowed) into a private folder that ``ENCHANT_CONFIG_DIR`` then points at.
    """
    import hashlib
    import shutil

    from platformdirs import user_cache_path

    dic = path.with_suffix(".dic")
    aff = path.with_suffix(".aff")
    if not (dic.is_file() and aff.is_file()):
        raise DictionaryMissing(_missing(str(path), True))
    # One folder per dictionary, so two drafters with different ones never meet.
    key = hashlib.sha256(str(dic.resolve()).encode()).hexdigest()[:16]
    folder = user_cache_path("drafter") / _LINKED / key
    (folder / "hunspell").mkdir(parents=True, exist_ok=True)
    # A tag Enchant accepts: letters, digits and underscores.
    tag = "".join(c if c.isalnum() else "_" for c in dic.stem) or "custom"
    for source in (dic, aff):
        target = folder / "hunspell" / f"{tag}{source.suffix}"
        temporary = target.with_name(f".{target.name}.{os.getpid()}")
        temporary.unlink(missing_ok=True)
        try:
            temporary.symlink_to(source.resolve())
        except OSError:
            shutil.copyfile(source, temporary)
        os.replace(temporary, target)  # atomic: another process sees old or new
    os.environ["ENCHANT_CONFIG_DIR"] = str(folder)
    return tag


def known(word: str) -> bool:
    return _known(chosen(), word)


def suggestions(word: str) -> tuple[str, ...]:
    """Up to three corrections, best first (Hunspell's own order)."""
    return _suggestions(chosen(), word)


@lru_cache(maxsize=65536)
def _known(name: str, word: str) -> bool:
    return bool(_open(name).check(word))


@lru_cache(maxsize=4096)
def _suggestions(name: str, word: str) -> tuple[str, ...]:
    return _first(_open(name).suggest(word), word)


def _first(candidates: Iterable[str], word: str) -> tuple[str, ...]:
    found: list[str] = []
    for candidate in candidates:
        if candidate != word and candidate not in found:
            found.append(candidate)
        if len(found) == SUGGESTIONS:
            break
    return tuple(found)
