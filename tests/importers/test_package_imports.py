"""drafter/importers imports without a circle: its modules name each other in full.

A module that reaches a sibling through the package face (``from drafter.importers
import cleaning``) makes the face and the module import each other; the order in
which Python then runs them decides whether a name exists yet. Only imports run
when a module is loaded count (those under ``TYPE_CHECKING`` and inside functions
do not).
"""

from __future__ import annotations

import ast
from pathlib import Path

import drafter.importers

PACKAGE = "drafter.importers"
FOLDER = Path(drafter.importers.__file__).parent


def _module_name(path: Path) -> str:
    return PACKAGE if path.name == "__init__.py" else f"{PACKAGE}.{path.stem}"


def _load_time_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    found: list[ast.Import | ast.ImportFrom] = []

    def walk(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.Import | ast.ImportFrom):
                found.append(node)
            elif isinstance(node, ast.If):
                if "TYPE_CHECKING" not in ast.unparse(node.test):
                    walk(node.body)
                walk(node.orelse)
            elif isinstance(node, ast.Try):
                walk(node.body)
                for handler in node.handlers:
                    walk(handler.body)

    walk(tree.body)
    return found


def edges() -> dict[str, set[str]]:
    modules = {_module_name(p) for p in FOLDER.glob("*.py")}
    graph: dict[str, set[str]] = {}
    for path in FOLDER.glob("*.py"):
        here = _module_name(path)
        targets: set[str] = set()
        for node in _load_time_imports(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
                continue
            base = node.module or ""
            targets.add(base)
            targets.update(f"{base}.{alias.name}" for alias in node.names)
        graph[here] = {t for t in targets if t in modules and t != here}
    return graph


def test_no_import_circle_inside_the_importers() -> None:
    graph = edges()
    circles = []

    def visit(node: str, path: list[str]) -> None:
        for target in sorted(graph[node]):
            if target in path:
                circles.append(" -> ".join([*path[path.index(target) :], target]))
            else:
                visit(target, [*path, target])

    for start in sorted(graph):
        visit(start, [start])
    assert circles == []


def test_the_pipeline_module_is_named_for_what_it_holds() -> None:
    assert (FOLDER / "pipeline.py").exists()
    assert not (FOLDER / "result.py").exists()
    assert drafter.importers.import_report.__module__ == "drafter.importers.pipeline"
