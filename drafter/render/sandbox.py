"""The sandbox a user's own templates run in: a template from someone else is code."""

from __future__ import annotations

import traceback
from typing import Any, NoReturn

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from drafter.errors import DrafterError, TemplateProblem


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
