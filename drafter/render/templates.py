"""Finding and loading the Jinja2 templates: the shipped ones and the user's own.

Templates are named ``LAYOUT.FORMAT.j2`` (``standard.md.j2``). A folder of the
user's own templates overrides any shipped template by name; because a template
from someone else is code, any environment that can see user templates is a
SandboxedEnvironment (drafter/render/sandbox.py, imported only for them).
"""

from __future__ import annotations

import contextlib
import functools
import re
from pathlib import Path

import jinja2
import jinja2.bccache

from drafter.errors import TemplateProblem
from drafter.render import prose
from drafter.render.plan_columns import plan_columns

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


#: HTML and XML templates are autoescaped, whoever wrote them; Markdown and text are not.
_autoescape = jinja2.select_autoescape(
    enabled_extensions=("html.j2", "htm.j2", "xml.j2"), disabled_extensions=(), default=False
)


def environment(user_folder: Path | None = None) -> jinja2.Environment:
    """The Jinja2 environment for the shipped templates, or the user's over them.

    One environment per folder for the life of the process, so its compiled
    templates are reused (the editor's preview renders after every pause in
    typing); Jinja2 still notices a template file that changes.
    """
    if user_folder is not None and not user_folder.is_dir():
        raise TemplateProblem(
            f"{user_folder}: no such folder of templates; check the --templates path"
        )
    return _environment(user_folder.resolve() if user_folder is not None else None)


@functools.cache
def _environment(user_folder: Path | None) -> jinja2.Environment:
    folders = [shipped_folder()]
    cls: type[jinja2.Environment] = jinja2.Environment
    bytecode_cache = None
    if user_folder is not None:
        from drafter.render.sandbox import UserSandbox  # only for the user's own templates

        folders.insert(0, user_folder)
        cls = UserSandbox
    else:
        # Compiling the shipped templates is most of a render's time in a fresh
        # process; the compiled code is kept between runs. Not for the sandbox:
        # its compiled code differs, and the cache does not tell the two apart.
        bytecode_cache = _bytecode_cache()
    env = cls(
        loader=jinja2.FileSystemLoader([str(f) for f in folders]),
        bytecode_cache=bytecode_cache,
        undefined=jinja2.StrictUndefined,
        autoescape=_autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        blocks=prose.blocks,
        paragraphs=prose.paragraphs,
        one_line=prose.one_line,
        md=prose.md_escape,
        md_blocks=prose.md_blocks,
        md_cell=prose.md_cell,
        wrap=prose.wrap,
    )
    env.globals.update(text_table=prose.text_table, plan_columns=plan_columns)
    return env


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    # Jinja2's own folder for the user in the temporary folder (made 0700, refused if
    # someone else owns it). Not platformdirs' cache folder: importing platformdirs is
    # about 3 ms of a 100 ms render (bench/RESULTS.md). Compiled code is valid only for
    # the Jinja2 that wrote it, so its version is in each file's name.
    try:
        return _QuietBytecodeCache(pattern=f"drafter-jinja2-{jinja2.__version__}-%s.cache")
    except (OSError, RuntimeError):
        return None  # no safe folder: that only costs the compile time


class _QuietBytecodeCache(jinja2.FileSystemBytecodeCache):
    """A cache that cannot be written (full disk, read-only home) is no reason to fail."""

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


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
