"""The rendered Markdown, reshaped for Textual's Markdown widget.

The standard layout writes GFM tables whose cells hold several paragraphs joined
by ``<br><br>``. The widget shows such cells as one long line with the tags in
it, so for the preview only each table row becomes a quoted finding followed by
its response paragraphs. The file the writer renders is never changed.
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
                left = _paragraphs(cells[0]) if cells else []
                right = _paragraphs(cells[1]) if len(cells) > 1 else []
                for n, paragraph in enumerate(left):
                    if n:
                        out.append(">")
                    out.append(f"> {paragraph}")
                out.append("")
                out += [p + "\n" for p in right] or ["*No response yet.*\n"]
                out.append("---")
                out.append("")
                i += 1
            continue
        out.append(line)
        i += 1
    return "\n".join(out)
