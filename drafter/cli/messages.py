"""The command line's wording of typed errors: hints that name its options.

Actions raise errors with structured fields (drafter.errors) and plain messages;
here the CLI says what to type. The editor words the same errors its own way.
"""

from __future__ import annotations

from drafter.errors import (
    AlreadyExists,
    DateBeforeReport,
    DateInFuture,
    DrafterError,
    MissingField,
    MissingReference,
    NoSigner,
    NotReady,
    NotReadyToSign,
    NotSignedOff,
    UnknownChoice,
)

#: Where the office profile sets a detail a new draft needs.
_PROFILE_KEYS = {"area": "area", "force": "[force] name"}


def sign_hint(role: str) -> str:
    """How to sign for ``role`` from the command line."""
    return f"`drafter sign --role {role}`"


def worded(error: DrafterError) -> str:
    """``error`` as the command line tells it, after ``drafter: ``."""
    if isinstance(error, NotReady):
        where = f"{error.path}: " if error.path is not None else ""
        return where + _refusal(error)
    match error:
        case MissingField(field="title", source=None):
            return (
                "--title is required (the report's title), unless the draft starts "
                "from a report file given with --from-report"
            )
        case MissingField(field="title", source=source):
            return f"no title found in {source}; give one with --title"
        case MissingField(field=field, given=True):
            return f"--{field} must not be empty"
        case MissingField(field=field) if field in _PROFILE_KEYS:
            return (
                f"the draft needs the {field}: give --{field}, or set {_PROFILE_KEYS[field]} "
                "in the office profile, drafter.toml (see docs/profile.md)"
            )
        case AlreadyExists(path=path):
            return (
                f"{path} already exists; choose another name, or open it with `drafter edit {path}`"
            )
        case MissingReference(path=path):
            return f"{path}: no such file; check the --reference-docx path (a Word .docx file)"
        case UnknownChoice(field=field, value=value, choices=choices):
            return f"--{field} {value!r} is not one of {', '.join(choices)}"
    return str(error)


def _refusal(error: NotReady) -> str:
    """A NotReady's message with the command line's hint, without its path."""
    from drafter.workflow.signoff import reasons_text

    match error:
        case NoSigner():
            return f"{error.message}; give it with --name"
        case NotReadyToSign(head=head, listed=listed):
            return f"{head} (see `drafter check`):{listed}"
        case NotSignedOff(unsigned=unsigned) if unsigned:
            return f"cannot publish: {reasons_text(unsigned, sign_hint)}"
        case DateBeforeReport(field=field) | DateInFuture(field=field):
            return f"{error.message}; check --{field}"
    return error.message
