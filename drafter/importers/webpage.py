"""Lines from a report's web page, with the standard library's HTML parser.

Headings become headings, list items bullets (numbered items keep their number,
as "3. "), and footnote references in <sup> are dropped. Navigation, scripts,
forms and the site's footer are skipped: only the report's own text is kept.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from drafter.importers.lines import Line

SKIPPED = {
    "script",
    "style",
    "noscript",
    "nav",
    "footer",
    "form",
    "svg",
    "button",
    "template",
    "select",
    "aside",
}
BLOCKS = {
    "p", "div", "li", "td", "th", "dt", "dd", "blockquote", "section", "article", "main",
    "br", "tr", "table", "ul", "ol", "figcaption", "caption", "summary", "details", "header",
    "h1", "h2", "h3", "h4", "h5", "h6", "title", "body", "hr",
}  # fmt: skip
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_SPACES = re.compile(r"\s+")
_VOID = {"br", "hr", "img", "meta", "link", "input", "wbr"}


class ReportPage(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[Line] = []
        self.meta: dict[str, str] = {}
        self.times: list[str] = []
        self.title = ""
        self.h1 = ""
        self._text: list[str] = []
        self._skip = 0
        self._sup = 0
        self._sup_text: list[str] = []
        self._in_title = False
        self._heading: str | None = None
        self._lists: list[list[int | None]] = []  # per open list: [next number] or [None]
        self._item_fresh = False
        self._item_prefix = ""
        self._in_item = 0

    # --- structure ----------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = attributes.get("name") or attributes.get("property") or attributes.get("itemprop")
            if key and "content" in attributes:
                self.meta[key.casefold()] = attributes["content"]
            return
        if tag == "time" and attributes.get("datetime"):
            self.times.append(attributes["datetime"])
        if self._skip or tag in SKIPPED:
            if tag in SKIPPED and tag not in _VOID:
                self._skip += 1
            return
        if tag == "sup":
            self._sup += 1
            self._sup_text = []
            return
        if tag in BLOCKS:
            self._flush()
        if tag == "title":
            self._in_title = True
        elif tag in HEADINGS:
            self._heading = tag
        elif tag in ("ul", "ol"):
            # A list lettered or in roman numerals ("(a)", "ii.") holds the parts of
            # one finding, not findings of its own: its items are bullets.
            numbered = tag == "ol" and attributes.get("type", "1") == "1"
            self._lists.append([_list_number(attributes.get("start"), 1) if numbered else None])
        elif tag == "li":
            self._in_item += 1
            self._item_fresh = True
            current = self._lists[-1] if self._lists else [None]
            if current[0] is not None:
                current[0] = _list_number(attributes.get("value"), current[0])
                self._item_prefix = f"{current[0]}. "
                current[0] += 1
            else:
                self._item_prefix = ""

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag in SKIPPED:
                self._skip -= 1
            return
        if tag == "sup":
            self._sup = max(0, self._sup - 1)
            text = "".join(self._sup_text).strip()
            # Footnote references are numbers (or "[3]"); an ordinal's "st" is kept.
            if text and not re.fullmatch(r"[\[\(]?[\d,\s\-–]+[\]\)]?", text):
                self._text.append(text)
            return
        if tag in BLOCKS:
            self._flush()
        if tag == "title":
            self._in_title = False
        elif tag in HEADINGS:
            self._heading = None
        elif tag in ("ul", "ol") and self._lists:
            self._lists.pop()
        elif tag == "li":
            self._in_item = max(0, self._in_item - 1)
            self._item_fresh = False

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._sup:
            self._sup_text.append(data)
            return
        self._text.append(data)

    def _flush(self) -> None:
        text = _SPACES.sub(" ", "".join(self._text)).strip()
        self._text = []
        if not text:
            return
        if self._in_title:
            self.title = self.title or text
            return
        if self._heading == "h1" and not self.h1:
            self.h1 = text
        if self._in_item and self._item_fresh:
            self._item_fresh = False
            if self._item_prefix:
                self.lines.append(Line(self._item_prefix + text, para_start=True))
            else:
                self.lines.append(Line(text, para_start=True, bullet=True))
            return
        continuation = bool(self._in_item)
        self.lines.append(
            Line(text, para_start=not continuation, heading=self._heading is not None)
        )


def _list_number(value: str | None, default: int) -> int:
    """An ``<ol start>`` or ``<li value>`` as a number, if it is a plain one.

    A page may say anything there ("²", "-3", a thousand digits); only what HMICFRS
    could print as a finding's number counts, else the list's own count goes on.
    """
    value = (value or "").strip()
    return int(value) if re.fullmatch(r"[0-9]{1,3}", value) else default


def read_html(text: str) -> ReportPage:
    page = ReportPage()
    page.feed(text)
    page.close()
    page._flush()
    return page
