"""Habits of the command line: -V, tab completion, and a draft read from standard input."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import NORTHMOOR

from drafter import __version__

DRAFTER = Path(sys.executable).parent / "drafter"


def test_dash_capital_v_prints_the_version(cli) -> None:
    for flag in ("-V", "--version"):
        result = cli(flag)
        assert (result.status, result.out) == (0, f"drafter {__version__}\n")


@pytest.mark.parametrize("shell", ["bash", "zsh", "tcsh"])
def test_completion_names_every_command(cli, shell: str) -> None:
    result = cli("completion", shell)
    assert result.status == 0 and result.err == ""
    for command in ("render", "check", "git-setup", "completion"):
        assert command in result.out


def test_an_unknown_shell_is_refused(cli) -> None:
    result = cli("completion", "fish")
    assert result.status == 2 and "choose from 'bash', 'zsh', 'tcsh'" in result.err


def complete(words: list[str], cwd: Path) -> list[str]:
    """What bash offers on tab after ``words`` (the last one being typed)."""
    script = subprocess.run(
        [DRAFTER, "completion", "bash"], capture_output=True, text=True, check=True
    ).stdout
    typed = " ".join(f"'{w}'" for w in words)
    probe = (
        f"{script}\nCOMP_WORDS=({typed}); COMP_CWORD={len(words) - 1}; "
        "_shtab_drafter; printf '%s\\n' \"${COMPREPLY[@]}\""
    )
    done = subprocess.run(
        ["bash", "-c", probe], capture_output=True, text=True, cwd=cwd, check=True
    )
    return done.stdout.split()


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_bash_completes_commands_formats_and_drafts(tmp_path: Path) -> None:
    shutil.copy(NORTHMOOR, tmp_path / "kent.toml")
    assert complete(["drafter", "ren"], tmp_path) == ["render"]
    assert complete(["drafter", "render", "--to", ""], tmp_path) == [
        "docx", "html", "md", "pdf", "txt",
    ]  # fmt: skip
    assert complete(["drafter", "render", "ke"], tmp_path) == ["kent.toml"]


def test_render_reads_a_draft_from_standard_input(
    cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(NORTHMOOR.read_bytes()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    from_stdin = cli("render", "-", "--to", "txt")
    assert from_stdin.status == 0, from_stdin.err
    assert from_stdin.out == cli("render", NORTHMOOR, "--to", "txt").out


def test_render_from_standard_input_names_it_in_a_mistake(
    cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"format = 2\ntitle = \n")))
    result = cli("render", "-")
    assert result.status == 2
    assert result.err.startswith("drafter: <standard input>:2:") and "Traceback" not in result.err


def test_render_dash_in_a_pipe() -> None:
    done = subprocess.run(
        [DRAFTER, "render", "-", "--to", "md"],
        input=NORTHMOOR.read_bytes(),
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"> **DRAFT")
