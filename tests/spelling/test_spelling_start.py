"""What keeps a cold `drafter check --spelling` quick, without changing what it finds.

The dictionary opens in the background while the draft is loaded and checked, its
memory is left to the operating system at exit, and pyphen's parsed hyphenation
patterns are kept between runs (bench/RESULTS.md has the figures).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyphen
import pytest
from conftest import REPO

from drafter.spelling import dictionary as spelling_dictionary
from drafter.spelling import readability
from drafter.spelling.dictionary import DictionaryMissing, dictionary, preload

EN_GB = pyphen.LANGUAGES["en_GB"]


def made_up_dictionary(folder: Path, name: str = "xx_TEST") -> Path:
    """A made-up language whose only words are these: Hunspell reads it as any other."""
    (folder / f"{name}.aff").write_text("SET UTF-8\n", encoding="utf-8")
    (folder / f"{name}.dic").write_text("2\ngwaith\nheddlu\n", encoding="utf-8")
    return folder / f"{name}.dic"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("ENCHANT_CONFIG_DIR", raising=False)
    return tmp_path / "cache" / "drafter"


def test_kept_hyphenation_patterns_are_pyphens_own(cache: Path) -> None:
    own = pyphen.HyphDict(EN_GB).patterns
    made = readability._parsed_patterns(EN_GB, pyphen.__version__)
    (kept,) = cache.glob("hyphenation-*.marshal")
    read_back = readability._parsed_patterns(EN_GB, pyphen.__version__)
    assert made == own and read_back == own
    assert all(type(v) is tuple and type(v[1]) is tuple for v in read_back.values())
    assert kept.stat().st_size > 0


def test_a_damaged_copy_of_the_patterns_is_parsed_again(cache: Path) -> None:
    readability._parsed_patterns(EN_GB, pyphen.__version__)
    (kept,) = cache.glob("hyphenation-*.marshal")
    for damage in (b"", b"\x00garbage", kept.read_bytes()[:100]):
        kept.write_bytes(damage)
        assert readability._parsed_patterns(EN_GB, pyphen.__version__) == (
            pyphen.HyphDict(EN_GB).patterns
        )


def test_preload_opens_the_dictionary_once(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = made_up_dictionary(tmp_path)
    loads = []
    real_load = spelling_dictionary._load

    def counted(name: str, *args: object):  # type: ignore[no-untyped-def]
        if name == str(path):  # not another test's dictionary, still opening
            loads.append(name)
        return real_load(name, *args)

    monkeypatch.setattr(spelling_dictionary, "_load", counted)
    preload(path)
    found = dictionary(path)  # waits for the background opening rather than repeating it
    assert found.check("heddlu") and not found.check("police")
    assert loads == [str(path)]
    preload(path)  # already open: nothing more to do
    assert dictionary(path) is found and loads == [str(path)]


def test_preload_leaves_a_missing_dictionary_to_the_check(tmp_path: Path, cache: Path) -> None:
    missing = tmp_path / "nowhere" / "en_XX.dic"
    preload(missing)  # says nothing: the check that needs it says what is wrong
    with pytest.raises(DictionaryMissing, match=r"en_XX\.dic cannot be read"):
        dictionary(missing)


EXIT_PROBE = """
import os
from enchant import _enchant
from drafter.spelling.dictionary import dictionary

real = _enchant.broker_free_dict
# Written straight to the file descriptor: this may run as the interpreter ends.
_enchant.broker_free_dict = lambda *args, write=os.write: (write(1, b"freed\\n"), real(*args))
assert dictionary().check("organisation")
os.write(1, b"checked\\n")
"""


def test_at_exit_the_dictionary_is_left_to_the_system() -> None:
    """pyenchant would free Hunspell's tables entry by entry as the process ends."""
    done = subprocess.run(
        [sys.executable, "-c", EXIT_PROBE],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "checked\n"
