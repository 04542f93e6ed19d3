"""The import contract between drafter's layers, read from the source with ast.

Layers, one way: model (no I/O) <- store <- the domain (render, importers, review,
workflow, check...) <- actions <- cli, tui (LAYERS below). Textual belongs to
drafter/tui alone. No runtime import circle anywhere in drafter. (That `drafter render` and `drafter check` do not load
Textual, python-docx or WeasyPrint at run time is proved in a subprocess by
tests/test_import_hygiene.py.)
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import REPO

PACKAGE = REPO / "drafter"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base.pop()
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(source: str, module: str, *, is_package: bool = False) -> list[tuple[str, bool]]:
    """Every module ``source`` imports, with whether the import runs when it is imported.

    An import inside a function runs only when the function is called; one under
    ``if TYPE_CHECKING:`` never runs. Everything else runs at import time.
    """
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, at_import: bool) -> None:
        for child in ast.iter_child_nodes(node):
            runs = at_import
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                runs = False
            if isinstance(child, ast.Import):
                found.extend((alias.name, at_import) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                target = _resolve(child, module, is_package)
                found.append((target, at_import))
                # "from drafter import store" imports drafter.store
                found.extend((f"{target}.{alias.name}", at_import) for alias in child.names)
            if isinstance(child, ast.If) and _is_type_checking(child):
                for stmt in child.body:
                    visit(ast.Module(body=[stmt], type_ignores=[]), False)
                for stmt in child.orelse:
                    visit(ast.Module(body=[stmt], type_ignores=[]), runs)
                continue
            visit(child, runs)

    visit(ast.parse(source), True)
    return found


def source_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def drafter_imports(path: Path) -> list[str]:
    module = module_name(path)
    found = imports(path.read_text(encoding="utf-8"), module, is_package=path.name == "__init__.py")
    return sorted({name for name, _ in found if name == "drafter" or name.startswith("drafter.")})


def _within(name: str, *packages: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def _files_in(*packages: str) -> list[Path]:
    return [p for p in source_files() if _within(module_name(p), *packages)]


def test_the_source_is_found() -> None:
    names = {module_name(p) for p in source_files()}
    assert {"drafter.model", "drafter.store", "drafter.store.schema", "drafter.cli"} <= names


def test_model_imports_nothing_from_drafter() -> None:
    assert drafter_imports(PACKAGE / "model.py") == []


@pytest.mark.parametrize("path", _files_in("drafter.store"), ids=module_name)
def test_store_imports_only_model_errors_and_store(path: Path) -> None:
    wrong = [
        name
        for name in drafter_imports(path)
        if name != "drafter"
        and not _within(name, "drafter.model", "drafter.errors", "drafter.store")
    ]
    assert wrong == []


#: Every part of drafter, lowest layer first. A module may import from its own layer
#: and those below it, never from one above (docs/architecture.md draws them).
LAYERS: list[set[str]] = [
    # foundations: dataclasses and rules with no I/O, typed errors, dates, safe text
    {"drafter", "drafter.model", "drafter.errors", "drafter.dates", "drafter.safe_text"},
    # drafts on disk: TOML, validation, atomic writes
    {"drafter.store"},
    # the domain: what drafter knows how to do with a draft
    {
        "drafter.render",
        "drafter.importers",
        "drafter.review",
        "drafter.workflow",
        "drafter.git",
        "drafter.spelling",
        "drafter.check",
        "drafter.portfolio",
        "drafter.profile",
        "drafter.profile_letter",
        "drafter.tracking",
        "drafter.action_list",
        "drafter.import_corrections",
    },
    # the use cases both front ends call
    {"drafter.actions"},
    # the two front ends, and ``python -m drafter``
    {"drafter.cli", "drafter.tui", "drafter.__main__"},
]

#: Imports that the layers alone would allow but that must not be: (from, to).
FORBIDDEN = [
    ("drafter.tui", "drafter.cli"),
    ("drafter.cli", "drafter.tui"),  # but for ``drafter edit``, which opens the editor
    ("drafter.render", "drafter.review"),
    ("drafter.render", "drafter.importers"),
    ("drafter.importers", "drafter.store"),
]
EXCEPTIONS = {("drafter.cli.commands.edit", "drafter.tui")}


def layer_of(module: str) -> int | None:
    """The layer of ``module``: that of the longest part of LAYERS it falls within."""
    best: tuple[int, int] | None = None
    for layer, parts in enumerate(LAYERS):
        for part in parts:
            within = module == part or (part != "drafter" and module.startswith(part + "."))
            if within and (best is None or len(part) > best[0]):
                best = (len(part), layer)
    return best[1] if best else None


def test_every_module_has_a_layer() -> None:
    """A new package or module must be placed in LAYERS before it is used."""
    assert [m for m in map(module_name, source_files()) if layer_of(m) is None] == []


@pytest.mark.parametrize("path", source_files(), ids=module_name)
def test_imports_only_go_down_the_layers(path: Path) -> None:
    here = layer_of(module_name(path))
    assert here is not None
    upward = []
    for name in drafter_imports(path):
        there = layer_of(name)
        if there is not None and there > here:
            upward.append(f"{name} (layer {there})")
    assert upward == [], f"{module_name(path)} (layer {here}) imports upwards"


@pytest.mark.parametrize(("source", "target"), FORBIDDEN, ids=lambda p: p)
def test_forbidden_imports(source: str, target: str) -> None:
    wrong = [
        f"{module_name(path)} -> {name}"
        for path in _files_in(source)
        for name in drafter_imports(path)
        if _within(name, target)
        and not any(_within(module_name(path), m) and _within(name, t) for m, t in EXCEPTIONS)
    ]
    assert wrong == []


def test_layer_of_takes_the_most_specific_part() -> None:
    assert layer_of("drafter.model") == 0
    assert layer_of("drafter.store.schema") == 1
    assert layer_of("drafter.render.docx.page") == 2
    assert layer_of("drafter.actions.sign") == 3
    assert layer_of("drafter.tui.app") == 4
    assert layer_of("drafter.nowhere") is None
    assert layer_of("textual") is None


@pytest.mark.parametrize(
    "path",
    [p for p in source_files() if not _within(module_name(p), "drafter.tui")],
    ids=module_name,
)
def test_only_the_tui_imports_textual_at_module_level(path: Path) -> None:
    found = imports(
        path.read_text(encoding="utf-8"), module_name(path), is_package=path.name == "__init__.py"
    )
    assert [name for name, at_import in found if at_import and _within(name, "textual")] == []


def test_nothing_outside_the_tui_imports_the_tui_at_module_level() -> None:
    """The CLI opens the TUI from inside a command's run(), never when it starts."""
    wrong = []
    for path in source_files():
        if _within(module_name(path), "drafter.tui"):
            continue
        found = imports(
            path.read_text(encoding="utf-8"),
            module_name(path),
            is_package=path.name == "__init__.py",
        )
        wrong += [
            f"{module_name(path)}: {n}"
            for n, at_import in found
            if at_import and _within(n, "drafter.tui")
        ]
    assert wrong == []


# --- the checker itself ---------------------------------------------------------------


def test_checker_sees_module_level_and_deferred_imports() -> None:
    source = """
import os
from textual.app import App
from . import schema
from ..model import Draft
if TYPE_CHECKING:
    from drafter.tui import Editor
else:
    import json

class Thing:
    import docx

def run():
    import weasyprint
    from drafter.cli import main
"""
    assert imports(source, "drafter.store.thing") == [
        ("os", True),
        ("textual.app", True),
        ("textual.app.App", True),
        ("drafter.store", True),
        ("drafter.store.schema", True),
        ("drafter.model", True),
        ("drafter.model.Draft", True),
        ("drafter.tui", False),
        ("drafter.tui.Editor", False),
        ("json", True),
        ("docx", True),
        ("weasyprint", False),
        ("drafter.cli", False),
        ("drafter.cli.main", False),
    ]


def test_relative_imports_in_a_package_resolve_from_the_package() -> None:
    assert imports("from .fields import Table", "drafter.store", is_package=True) == [
        ("drafter.store.fields", True),
        ("drafter.store.fields.Table", True),
    ]


# --- no import circle -----------------------------------------------------------------


class _DropTypeChecking(ast.NodeTransformer):
    """Leaves out what runs only for a type checker: ``if TYPE_CHECKING:`` bodies."""

    def visit_If(self, node: ast.If) -> ast.AST | list[ast.stmt]:
        if _is_type_checking(node):
            return [self.visit(stmt) for stmt in node.orelse]
        return self.generic_visit(node)


def runtime_imports(source: str, module: str, *, is_package: bool = False) -> set[str]:
    """Every module ``source`` imports at run time: when loaded or when a function runs."""
    tree = _DropTypeChecking().visit(ast.parse(source))
    return {name for name, _ in imports(ast.unparse(tree), module, is_package=is_package)}


def runtime_graph() -> dict[str, set[str]]:
    """Module -> the drafter modules it imports at run time (TYPE_CHECKING aside).

    ``from drafter.render.docx import styles`` counts as importing the package face
    (drafter.render.docx) as well as the module: Python runs the face first, so a
    face that imports the module back makes a circle.
    """
    modules = {module_name(p): p for p in source_files()}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found = runtime_imports(
            path.read_text(encoding="utf-8"), name, is_package=path.name == "__init__.py"
        )
        graph[name] = {t for t in found if t in modules and t != name}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_runtime_import_circle_inside_drafter() -> None:
    assert circles(runtime_graph()) == []


def test_runtime_imports_count_functions_but_not_type_checking() -> None:
    source = """
from drafter.render.docx import styles
if TYPE_CHECKING:
    from drafter.tui.app import DrafterApp
def run():
    from drafter.render.docx import page
"""
    assert runtime_imports(source, "drafter.render.docx.writer") == {
        "drafter.render.docx",
        "drafter.render.docx.styles",
        "drafter.render.docx.page",
    }


def test_the_circle_finder_finds_a_circle_through_a_package_face() -> None:
    graph = {
        "drafter.render.docx": {"drafter.render.docx.page"},
        "drafter.render.docx.page": {"drafter.render.docx", "drafter.render.docx.styles"},
        "drafter.render.docx.styles": set(),
    }
    assert circles(graph) == [["drafter.render.docx", "drafter.render.docx.page"]]
    assert circles({"a": {"b"}, "b": set()}) == []
