"""The README's promises hold: its set-up commands are CI's, and every test it names exists."""

from __future__ import annotations

import re

from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_exactly_two_set_up_commands_and_ci_runs_the_second() -> None:
    block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert block is not None and README.index("```sh") < README.index("\n## ")
    commands = block.group(1).strip().split("\n")
    assert len(commands) == 2
    assert commands[0].startswith("bash .ci/setup && ")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.split("\n")


def test_every_test_the_readme_names_exists() -> None:
    named = re.findall(r"`((?:tests/[\w/]+/)?(test_\w+\.py)(?:::(test_\w+))?)`", README)
    bare = re.findall(r"`(?:\w+\.py::)?(test_\w+)`", README)
    assert len(named) >= 10
    sources = {p.name: p.read_text(encoding="utf-8") for p in (REPO / "tests").rglob("test_*.py")}
    for _, filename, function in named:
        assert filename in sources, filename
        if function:
            assert f"def {function}(" in sources[filename], f"{filename}::{function}"
    everything = "\n".join(sources.values())
    for function in bare:
        assert f"def {function}(" in everything, function


def test_every_linked_doc_exists() -> None:
    for link in re.findall(r"\]\(((?:docs|bench)/[^)#]+)\)", README):
        assert (REPO / link).is_file(), link


def test_the_main_screen_shown_is_the_captured_one() -> None:
    screen = (REPO / "docs" / "main-screen.txt").read_text(encoding="utf-8").rstrip("\n")
    assert f"```text\n{screen}\n```" in README
