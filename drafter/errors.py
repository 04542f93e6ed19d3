"""Typed errors, and the exit statuses of the command line, in one place.

Every problem the user can cause has a class and an exit status. Errors carry
structured fields (which field, which role) so that each front end can word its
own hint: the CLI names an option, the editor a key or a button. ``str(error)``
is a plain statement of the problem without such a hint. The CLI prints it and
exits with ``error.exit_status``; nothing the user does should ever reach them as
a traceback.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path


class ExitStatus(IntEnum):
    """What ``drafter`` returns to the shell, documented in the README."""

    OK = 0
    #: Valid input, but the draft is not ready (check), would change (fmt --check),
    #: differs (diff), or cannot be signed or published yet.
    NOT_READY = 1
    #: drafter diff: the two versions differ (as diff(1) and git diff --exit-code).
    DIFFERENT = 1
    #: drafter merge: a conflict is left in the draft (git stops the merge there).
    CONFLICT = 1
    #: Bad input: a file that is not a valid draft, arguments that make no sense.
    INVALID = 2
    #: A bug in drafter: a crash report was written.
    INTERNAL = 70
    #: Stopped by Ctrl+C (128 + SIGINT), as shells report it.
    INTERRUPTED = 130


class DrafterError(Exception):
    """Base of every error drafter reports to the user."""

    exit_status = ExitStatus.INVALID


class DraftError(DrafterError):
    """A draft file that cannot be read or is not a valid draft.

    Formats as ``path:line:col: field: message`` with the parts that are known.
    """

    def __init__(
        self,
        message: str,
        *,
        path: Path | str | None = None,
        line: int | None = None,
        column: int | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        self.column = column
        self.field = field
        super().__init__(str(self))

    def located(self, path: Path | str, line: int | None, column: int | None) -> DraftError:
        return DraftError(self.message, path=path, line=line, column=column, field=self.field)

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        field = f"{self.field}: " if self.field else ""
        return f"{where}{field}{self.message}"


class ProfileError(DrafterError):
    """An office profile that cannot be read or holds a mistake; names file, line and key
    (drafter.profile), or what the letter's reference pattern gives for a draft."""


class SaveError(DrafterError):
    """A draft or output that could not be written; the old file is untouched."""


class TemplateProblem(DrafterError):
    """A template that is missing, broken, or refers to something a draft lacks."""


class MissingReference(TemplateProblem):
    """The reference .docx for Word output is not there; ``path`` is the file sought."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        super().__init__(f"{self.path}: no such file (a reference document is a Word .docx file)")


class TooLongForPdf(DrafterError):
    """One text of the draft is longer than a PDF is laid out for; ``subject`` names it
    ("Recommendation 3's response"), ``length`` and ``limit`` are in characters."""

    def __init__(self, subject: str, length: int, limit: int) -> None:
        self.subject, self.length, self.limit = subject, length, limit
        super().__init__(
            f"{subject} is {length:,} characters long, more than a PDF is laid out for "
            f"({limit:,}); check where it ends (an import can run one finding on into the "
            "rest of the report), or render it to Word or HTML"
        )


class UsageError(DrafterError):
    """Arguments that do not make sense together, or a file that should not be overwritten."""


class NotReady(DrafterError):
    """The draft is valid but not in a state for what was asked (sign, publish).

    ``path`` is the draft's file when the refusal came from one on disk.
    """

    exit_status = ExitStatus.NOT_READY

    def __init__(self, message: str, *, path: Path | str | None = None) -> None:
        self.message = message
        self.path = Path(path) if path is not None else None
        super().__init__(str(self))

    def located(self, path: Path | str) -> NotReady:
        """The same refusal (of the same class, with the same fields) naming ``path``."""
        # Not copy.copy: it would call __init__ again with the message as its argument.
        located = type(self).__new__(type(self))
        located.__dict__.update(self.__dict__)
        located.path = Path(path)
        located.args = (str(located),)
        return located

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path is not None else self.message


class NoSigner(NotReady):
    """A signature without the name of the person signing."""

    def __init__(self, *, path: Path | str | None = None) -> None:
        super().__init__("the name of the person signing is empty", path=path)


class NotReadyToSign(NotReady):
    """A draft with problems (``drafter check``'s) that a signature cannot vouch for.

    ``problems`` are (field, message) pairs, in the order check lists them.
    """

    def __init__(self, problems: list[tuple[str, str]], *, path: Path | str | None = None) -> None:
        self.problems = problems
        count = len(problems)
        listed = "".join(f"\n  {field}: {message}" for field, message in problems)
        head = f"not ready for sign-off, {count} problem{'s' if count != 1 else ''}"
        self.head = head
        self.listed = listed
        super().__init__(f"{head}:{listed}", path=path)


@dataclass(frozen=True)
class Unsigned:
    """One signature that stands between a draft and sign-off."""

    #: The role, as drafter.model.Role names it: "commissioner" or "chief".
    role: str
    #: True when the role has not signed at all; False when its signature is stale.
    missing: bool
    #: What is wrong, in plain words without a hint: "the Chief Constable has not signed".
    text: str


class NotSignedOff(NotReady):
    """Publication refused: a signature is missing or stale (``unsigned`` says which)."""

    def __init__(self, unsigned: list[Unsigned], *, path: Path | str | None = None) -> None:
        self.unsigned = unsigned
        reasons = "; ".join(u.text for u in unsigned) or "the draft is not signed off"
        super().__init__(f"cannot publish: {reasons}", path=path)


class DateBeforeReport(NotReady):
    """A date (``field``: "date") that falls before the report itself was published.

    A refusal like NotReady's (the editor handles both alike), but a wrong date is bad
    input, exit 2, as `drafter progress` says of the same mistake."""

    exit_status = ExitStatus.INVALID

    def __init__(self, message: str, *, field: str, path: Path | str | None = None) -> None:
        self.field = field
        super().__init__(message, path=path)


class DateBeforeSignature(DateBeforeReport):
    """A publication date (``field``: "date") before the response was signed, or before
    it was first published: a response is published once signed, and published again
    only after it was first published."""


class DateInFuture(NotReady):
    """A date (``field``: "date") after today: a signature or publication yet to happen;
    bad input, exit 2, as DateBeforeReport."""

    exit_status = ExitStatus.INVALID

    def __init__(self, message: str, *, field: str, path: Path | str | None = None) -> None:
        self.field = field
        super().__init__(message, path=path)


class BadFileName(UsageError):
    """A draft's file name that is not a plain name (drafter.actions.new.check_file_name).

    ``name`` is the name as given; ``part`` what makes it not one: "/" or "\\" (a
    folder), "..", "." (a leading dot: a hidden file) or the control character.
    """

    def __init__(self, name: str, part: str) -> None:
        self.name = name
        self.part = part
        super().__init__(f"{name} is not a file name for a draft: {self.why}; choose another name")

    @property
    def why(self) -> str:
        if self.part in ("/", "\\", ".."):
            return f'it holds "{self.part}", which would put the draft in another folder'
        if self.part == ".":
            return 'it starts with ".", which hides the file'
        return f"it holds a control character ({self.part})"


class AlreadyExists(UsageError):
    """A file that would be written over; drafter never replaces a draft."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        super().__init__(f"{self.path} already exists")


class MissingField(UsageError):
    """A detail a new draft needs was not given and nothing supplied it.

    ``field`` is the draft's own name for it ("title", "area", "force"); ``given``
    says whether it was given empty (rather than not at all); ``source`` names the
    report an import could not find it in.
    """

    def __init__(self, field: str, *, given: bool = False, source: str | None = None) -> None:
        self.field = field
        self.given = given
        self.source = source
        found = f" (none found in {source})" if source else ""
        super().__init__(f"the draft needs the {field}{found}")


class UnknownChoice(UsageError):
    """A value that is not one of a fixed set, such as a report kind."""

    def __init__(self, field: str, value: str, choices: list[str]) -> None:
        self.field = field
        self.value = value
        self.choices = choices
        super().__init__(f"{field} {value!r} is not one of {', '.join(choices)}")


class ProgressRefused(UsageError):
    """A progress update that cannot be recorded as asked; nothing was written.

    Subclasses carry the structured fields; ``path`` is the draft's file once known.
    """

    path: Path | None = None

    def located(self, path: Path | str) -> ProgressRefused:
        self.path = Path(path)
        return self

    def __str__(self) -> str:
        message = super().__str__()
        return f"{self.path}: {message}" if self.path is not None else message


class UnknownFinding(ProgressRefused):
    """A finding the draft does not have, or a number that fits more than one kind.

    ``known`` lists the draft's findings as people write them (R3, AFI2, CoC1);
    ``ambiguous`` the ones a bare number could mean.
    """

    def __init__(
        self, reference: str, known: Sequence[str], *, ambiguous: Sequence[str] = ()
    ) -> None:
        self.reference = reference
        self.known = list(known)
        self.ambiguous = list(ambiguous)
        if len(self.ambiguous) > 1:
            message = f"{reference!r} could be {' or '.join(self.ambiguous)}"
        else:
            shown = ", ".join(self.known[:12]) + (", …" if len(self.known) > 12 else "")
            message = f"there is no finding {reference!r} in this draft (it has {shown or 'none'})"
        super().__init__(message)


class NotAnAction(ProgressRefused):
    """Progress on a finding that was not accepted: nothing was promised, so nothing to track."""

    def __init__(self, finding: str, decision: str | None) -> None:
        self.finding = finding
        self.decision = decision
        what = f"is {decision.lower()}" if decision else "has no decision"
        super().__init__(
            f"{finding} {what}; progress is recorded only on findings accepted or "
            "partially accepted"
        )


class ProgressDate(ProgressRefused):
    """A date before the report's publication (``bound`` is that date) or after today."""

    def __init__(self, date: dt.date, bound: dt.date, *, before: bool) -> None:
        self.date = date
        self.bound = bound
        self.before = before
        when = (
            f"before the report was published ({bound.isoformat()})"
            if before
            else f"after today ({bound.isoformat()})"
        )
        super().__init__(f"the date {date.isoformat()} is {when}")


class CorrectionRefused(UsageError):
    """A correction to a draft's findings or noted groups that would make it invalid.

    ``field`` names what is wrong, as the draft file names it ("number", "cause",
    "addressee"); nothing was changed.
    """

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(message)
