"""Installs match what was tested: the lock, Textual's bound, and the Textual names drafter uses.

The lock (requirements/lock*.txt) is written by `bash .ci/lock` from pyproject.toml
and is what `bash .ci/setup` installs; when a test here fails after a dependency
changed, run `bash .ci/lock` and commit what it writes.
"""

from __future__ import annotations

import ast
import importlib
import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
LOCK = ROOT / "requirements" / "lock.txt"
LOCK_TEST = ROOT / "requirements" / "lock-test.txt"
REGENERATE = "the lock is out of date with pyproject.toml: run `bash .ci/lock` and commit it"


def pins(lock: Path) -> dict[str, tuple[str, Marker | None]]:
    """{name: (version, marker)} of a lock written by uv pip compile."""
    found = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        requirement = line.split("#", 1)[0].strip()
        if not requirement:
            continue
        parsed = Requirement(requirement)
        (specifier,) = parsed.specifier
        assert specifier.operator == "==", f"{lock.name}: {line!r} is not pinned"
        found[canonicalize_name(parsed.name)] = (specifier.version, parsed.marker)
    return found


@pytest.mark.parametrize(
    ("lock", "declared"),
    [
        (LOCK, PYPROJECT["dependencies"]),
        (LOCK_TEST, PYPROJECT["dependencies"] + PYPROJECT["optional-dependencies"]["test"]),
    ],
    ids=["lock.txt", "lock-test.txt"],
)
def test_the_lock_pins_every_dependency_within_its_range(lock: Path, declared: list[str]) -> None:
    pinned = pins(lock)
    for line in declared:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{name} is not in {lock.name}; {REGENERATE}"
        assert requirement.specifier.contains(pinned[name][0], prereleases=True), (
            f"{lock.name} pins {name}=={pinned[name][0]}, outside {requirement.specifier}; "
            f"{REGENERATE}"
        )


def test_the_installed_versions_are_the_locked_ones() -> None:
    """What runs these tests is what the lock says (bash .ci/setup --test installs it)."""
    wrong = []
    for name, (pinned, marker) in pins(LOCK_TEST).items():
        if marker is not None and not marker.evaluate():
            continue
        try:
            installed = version(name)
        except PackageNotFoundError:
            installed = "not installed"
        if installed != pinned:
            wrong.append(f"{name}: {installed}, locked {pinned}")
    assert not wrong, "run `bash .ci/setup --test`: " + "; ".join(wrong)


def test_textual_has_an_upper_bound_on_its_major_version() -> None:
    (textual,) = [
        Requirement(r) for r in PYPROJECT["dependencies"] if Requirement(r).name == "textual"
    ]
    upper = [s for s in textual.specifier if s.operator == "<"]
    assert upper, "Textual breaks its API between major versions: bound it (textual>=8,<9)"
    (bound,) = upper
    assert bound.version.split(".")[1:] in ([], ["0"]), "the bound is a major version"


def textual_names() -> set[tuple[str, str]]:
    """(module, name) for every name drafter and its tests take from Textual.

    ``from textual.x import Y`` gives (textual.x, Y); ``from textual import events``
    followed by ``events.Key`` gives (textual.events, Key) too.
    """
    found: set[tuple[str, str]] = set()
    for path in [*(ROOT / "drafter").rglob("*.py"), *(ROOT / "tests").rglob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules: dict[str, str] = {}  # local name -> Textual module
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("textual"):
                assert node.module is not None
                for alias in node.names:
                    found.add((node.module, alias.name))
                    modules[alias.asname or alias.name] = f"{node.module}.{alias.name}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("textual."):
                        found.add((alias.name, ""))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in modules
            ):
                found.add((modules[node.value.id], node.attr))
    return found


def test_every_textual_name_drafter_uses_is_in_the_installed_textual() -> None:
    names = textual_names()
    assert ("textual.app", "App") in names and len(names) > 50
    missing = []
    for module_name, name in sorted(names):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            # ``from textual import events`` is (textual, events): a submodule
            parent, _, child = module_name.rpartition(".")
            try:
                module = getattr(importlib.import_module(parent), child)
            except (ImportError, AttributeError):
                missing.append(module_name)
                continue
            if not hasattr(module, "__dict__"):
                continue  # an attribute of a class or function, not of a module
        if name and not hasattr(module, name):
            try:
                importlib.import_module(f"{module_name}.{name}")
            except ImportError:
                missing.append(f"{module_name}.{name}")
    assert not missing, f"Textual {version('textual')} lacks: {', '.join(missing)}"
