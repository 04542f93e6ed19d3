"""Prose as blocks, and escaping it for each output format.

A draft's narrative is plain text, one paragraph or list item a line. Each format
must show it as text: a response starting with "1." or holding ``*``, ``#``, ``<``
or ``|`` must never turn into a list, emphasis, heading, tag or table cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_UNORDERED = re.compile(r"^\s*[-•*–·▪◦]\s+")


@dataclass(frozen=True)
class Block:
    """A paragraph of narrative, or one item of a list."""

    text: str
    #: True for an item of a bulleted list ("- review ..." / "• review ...").
    item: bool = False


def blocks(text: str) -> list[Block]:
    """Split narrative into paragraphs and list items; blank lines only separate."""
    out = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        if _UNORDERED.match(line):
            out.append(Block(_UNORDERED.sub("", line, count=1).strip(), item=True))
        else:
            out.append(Block(" ".join(stripped.split("\t")) if "\t" in stripped else stripped))
    return out


def paragraphs(text: str) -> list[str]:
    return [b.text for b in blocks(text)]


def one_line(text: str) -> str:
    return " ".join(text.split())


# --- Markdown -------------------------------------------------------------------

# Characters that can start inline structure anywhere on a line (CommonMark allows a
# backslash before any ASCII punctuation, so over-escaping is harmless); "$" because
# GitHub and pandoc read "$x$" as TeX maths.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~&$])")
# Structure that only counts at the start of a line: headings, quotes, lists,
# numbered lists ("1." or "1)"), thematic breaks and setext underlines.
_MD_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+(?=[.)]))")


def md_escape(text: str) -> str:
    """Escape one paragraph so Markdown shows it exactly as text."""
    text = one_line(text)
    text = _MD_INLINE.sub(r"\\\1", text)
    return _MD_LINE_START.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match[str]) -> str:
    lead, token = match.group(1), match.group(2)
    if token.isdigit():
        # "2020." must stay visible as digits; escape the full stop or bracket after them
        return f"{lead}{token}\\"
    return f"{lead}\\{token}"


def md_blocks(text: str) -> str:
    """Narrative as Markdown paragraphs and bullet lists."""
    out: list[str] = []
    previous_item = False
    for block in blocks(text):
        if block.item:
            out.append(("" if previous_item else "\n") + f"- {md_escape(block.text)}")
        else:
            out.append(f"\n{md_escape(block.text)}")
        previous_item = block.item
    return "\n".join(out).strip("\n")


def md_cell(text: str) -> str:
    """Narrative inside a pipe-table cell: paragraphs joined by line breaks."""
    parts = []
    for block in blocks(text):
        escaped = md_escape(block.text)
        parts.append(f"• {escaped}" if block.item else escaped)
    return "<br><br>".join(parts)


# --- plain text -----------------------------------------------------------------


def wrap(text: str, width: int = 78, indent: str = "") -> str:
    """Narrative wrapped for a plain-text page, paragraphs separated by blank lines."""
    import textwrap  # plain text alone wraps: Markdown and HTML start without it

    out = []
    for block in blocks(text):
        if block.item:
            out.append(
                textwrap.fill(
                    block.text,
                    width,
                    initial_indent=indent + "  • ",
                    subsequent_indent=indent + "    ",
                    break_long_words=True,
                    break_on_hyphens=False,
                )
            )
        else:
            out.append(
                textwrap.fill(
                    block.text,
                    width,
                    initial_indent=indent,
                    subsequent_indent=indent,
                    break_on_hyphens=False,
                )
            )
    return "\n\n".join(out)


def display_width(text: str) -> int:
    """Columns a terminal gives ``text``: wide (East Asian, emoji) characters take two,
    combining marks and zero-width characters none (Rich's table of cell widths)."""
    from rich.cells import cell_len

    return cell_len(text)


def wrap_columns(text: str, columns: int, **options: Any) -> list[str]:
    """textwrap.wrap, but fitting ``columns`` on screen rather than characters."""
    import textwrap

    width = columns
    while True:
        lines = textwrap.wrap(text, width, **options)
        if width <= 1 or all(display_width(line) <= columns for line in lines):
            return lines
        width -= 1


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - display_width(text))


def text_table(table: Any, width: int = 78) -> str:
    """A two-column table drawn with box characters, each cell wrapped to its column.

    ``table`` has ``left_heading``, ``right_heading`` and ``rows`` of ``label``,
    ``left`` and ``right`` (drafter.render.document.Table).
    """
    header = (table.left_heading, table.right_heading)
    rows = [((f"{row.label}\n" if row.label else "") + row.left, row.right) for row in table.rows]
    inner = width - 7  # "│ " + " │ " + " │"
    left_width = inner // 2
    right_width = inner - left_width

    def cell_lines(text: str, w: int) -> list[str]:
        lines: list[str] = []
        for i, block in enumerate(blocks(text)):
            if i:
                lines.append("")
            if block.item:
                lines += wrap_columns(
                    block.text,
                    w,
                    initial_indent="• ",
                    subsequent_indent="  ",
                    break_on_hyphens=False,
                )
            else:
                lines += wrap_columns(block.text, w, break_on_hyphens=False)
        return lines or [""]

    def rule(left: str, mid: str, right: str) -> str:
        return f"{left}{'─' * (left_width + 2)}{mid}{'─' * (right_width + 2)}{right}"

    def row(a: str, b: str) -> list[str]:
        la, lb = cell_lines(a, left_width), cell_lines(b, right_width)
        height = max(len(la), len(lb))
        la += [""] * (height - len(la))
        lb += [""] * (height - len(lb))
        return [
            f"│ {pad(x, left_width)} │ {pad(y, right_width)} │" for x, y in zip(la, lb, strict=True)
        ]

    out = [rule("┌", "┬", "┐"), *row(*header), rule("╞", "╪", "╡").replace("─", "═")]
    for i, (a, b) in enumerate(rows):
        if i:
            out.append(rule("├", "┼", "┤"))
        out += row(a, b)
    out.append(rule("└", "┴", "┘"))
    return "\n".join(out)
