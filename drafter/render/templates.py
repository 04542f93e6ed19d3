"""Finding and loading the Jinja2 templates: the shipped ones and the user's own.

Templates are named ``LAYOUT.FORMAT.j2`` (``standard.md.j2``). A folder of the
user's own templates overrides any shipped template by name; because a template
from someone else is code, any environment that can see user templates is a
SandboxedEnvironment.
"""

from __future__ import annotations

import re
import traceback
from pathlib import Path
from typing import Any, NoReturn

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from drafter.errors import DrafterError, TemplateProblem
from drafter.render import text

_LAYOUT_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def shipped_folder() -> Path:
    """The templates shipped with drafter: inside the installed package, or the checkout's."""
    installed = Path(__file__).resolve().parent.parent / "templates"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent.parent / "templates"


def check_layout_name(layout: str) -> str:
    if not _LAYOUT_NAME.match(layout):
        raise TemplateProblem(
            f"{layout!r} is not a layout name; use lower-case letters, digits and hyphens "
            "(see `drafter render --list-layouts`)"
        )
    return layout


class UserSandbox(SandboxedEnvironment):
    """The sandbox for user templates, which turns any error they raise into a TemplateProblem.

    A template from someone else can raise more than Jinja2's own errors (the
    sandbox's "range too big" is an OverflowError; ``"%s %s"|format(x)`` a TypeError);
    those are the template's fault, not a bug in drafter, so they are reported as such.
    """

    # Arithmetic is the one way left to exhaust the machine from inside the sandbox:
    # {{ 9**9**9 }} runs for ever and {{ "a" * 10**10 }} fills the memory.
    intercepted_binops = frozenset({"*", "**"})
    MAX_EXPONENT = 256
    MAX_REPEAT = 1_000_000

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and abs(right) > self.MAX_EXPONENT:
            raise SecurityError(f"a power above {self.MAX_EXPONENT} is not allowed in a template")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(times, int)
                    and len(seq) * times > self.MAX_REPEAT
                ):
                    raise SecurityError(
                        f"repeating text or a list past {self.MAX_REPEAT:,} items is not allowed "
                        "in a template"
                    )
        return super().call_binop(context, operator, left, right)

    def handle_exception(self, source: str | None = None) -> NoReturn:
        from jinja2.debug import rewrite_traceback_stack

        error = rewrite_traceback_stack(source=source)
        if isinstance(error, jinja2.TemplateError | DrafterError) or not isinstance(
            error, Exception
        ):
            raise error
        frames = [
            f for f in traceback.extract_tb(error.__traceback__) if f.filename.endswith(".j2")
        ]
        where = f"{frames[-1].filename}:{frames[-1].lineno}: " if frames else ""
        raise TemplateProblem(
            f"{where}the template failed: {type(error).__name__}: {str(error).rstrip('.')}; "
            "fix the template, "
            "or render without --templates to use the shipped ones"
        ) from None


def _autoescape(name: str | None) -> bool:
    return bool(name) and name.endswith((".html.j2", ".htm.j2", ".xml.j2"))  # type: ignore[union-attr]


def environment(user_folder: Path | None = None) -> jinja2.Environment:
    folders = [shipped_folder()]
    cls: type[jinja2.Environment] = jinja2.Environment
    if user_folder is not None:
        if not user_folder.is_dir():
            raise TemplateProblem(
                f"{user_folder}: no such folder of templates; check the --templates path"
            )
        folders.insert(0, user_folder)
        cls = UserSandbox
    env = cls(
        loader=jinja2.FileSystemLoader([str(f) for f in folders]),
        undefined=jinja2.StrictUndefined,
        autoescape=_autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        blocks=text.blocks,
        paragraphs=text.paragraphs,
        one_line=text.one_line,
        md=text.md_escape,
        md_blocks=text.md_blocks,
        md_cell=text.md_cell,
        wrap=text.wrap,
    )
    env.globals.update(text_table=text.text_table)
    return env


def load_template(env: jinja2.Environment, name: str) -> jinja2.Template:
    try:
        return env.get_template(name)
    except jinja2.TemplateNotFound as exc:
        raise TemplateProblem(
            f"no template named {exc.name!r}; the shipped templates are in {shipped_folder()}"
        ) from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateProblem(
            f"{exc.filename or exc.name}:{exc.lineno}: the template is broken: {exc.message}"
        ) from None


def available_layouts(user_folder: Path | None = None) -> list[str]:
    folders = [shipped_folder()] + ([user_folder] if user_folder else [])
    names = set()
    for folder in folders:
        for path in folder.glob("*.*.j2"):
            layout = path.name.split(".", 1)[0]
            if _LAYOUT_NAME.match(layout):
                names.add(layout)
    return sorted(names)
