"""The rendered Markdown, reshaped for Textual's Markdown widget.

The standard layout writes GFM tables whose cells hold several paragraphs joined
by ``<br><br>``. The widget shows such cells as one long line with the tags in
it, so for the preview only each table row becomes a block: in a two-column table
the quoted finding followed by its response paragraphs; in a wider one (the action
plan) each filled cell under its column's name. The file the writer renders is
never changed.
"""

from __future__ import annotations

import re

_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_BREAK = re.compile(r"<br\s*/?>", re.I)


def _cells(line: str) -> list[str]:
    inner = line.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    return [cell.strip().replace("\\|", "|") for cell in _CELL_SPLIT.split(inner)]


def _paragraphs(cell: str) -> list[str]:
    return [p.strip() for p in _BREAK.split(cell) if p.strip()]


def _is_rule(line: str) -> bool:
    return bool(re.fullmatch(r"\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?", line.strip()))


def _two_columns(cells: list[str]) -> list[str]:
    left = _paragraphs(cells[0]) if cells else []
    right = _paragraphs(cells[1]) if len(cells) > 1 else []
    out: list[str] = []
    for n, paragraph in enumerate(left):
        if n:
            out.append(">")
        out.append(f"> {paragraph}")
    out.append("")
    out += [p + "\n" for p in right] or ["*No response yet.*\n"]
    return out


def _labelled(headings: list[str], cells: list[str]) -> list[str]:
    out: list[str] = []
    for heading, cell in zip(headings, cells, strict=False):
        paragraphs = _paragraphs(cell)
        if not paragraphs:
            continue
        out.append(f"**{heading}:** {paragraphs[0]}\n" if heading else f"{paragraphs[0]}\n")
        out += [p + "\n" for p in paragraphs[1:]]
    return out or ["*Nothing in this row yet.*\n"]


def for_preview(markdown: str) -> str:
    lines = markdown.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.lstrip().startswith("|") and i + 1 < len(lines) and _is_rule(lines[i + 1]):
            headings = _cells(line)
            out.append(f"#### {' · '.join(h for h in headings if h)}")
            out.append("")
            i += 2
            while i < len(lines) and lines[i].lstrip().startswith("|"):
                cells = _cells(lines[i])
                out += _two_columns(cells) if len(headings) <= 2 else _labelled(headings, cells)
                out.append("---")
                out.append("")
                i += 1
            continue
        out.append(line)
        i += 1
    return "\n".join(out)
