"""The size and face of a Word document's body text: the Normal style's.

The table estimates in drafter.render.docx.tables (how wide a column must be for its
longest word, how many lines a row takes) are measured for 11pt Arial, drafter's own
look. A reference document (``--reference-docx``) may set a larger size or a wider
face for its body text, and the estimates scale with it, or Word would break a word
like "improvement" in the middle of a narrow column.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from lxml import etree

import drafter.render.docx.styles as styles

#: The size the table estimates are measured for, in points.
BASE_SIZE = 11.0
#: How much wider than Arial a face sets the same words, measured in bold with the
#: installed fonts of the same widths (Liberation Mono for Courier New). A face not
#: listed is taken to be as wide as Arial: the narrower ones (Calibri, Times New Roman)
#: then get a little room to spare, never too little.
WIDER_THAN_ARIAL = {
    "courier new": 1.16,
    "liberation mono": 1.16,
    "cousine": 1.16,
    "dejavu sans": 1.2,
    "dejavu serif": 1.19,
}
_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main"


@dataclass(frozen=True)
class BodyFont:
    #: In points.
    size: float = BASE_SIZE
    #: The face's name, "" when the document names none.
    name: str = styles.FONT

    @property
    def width_scale(self) -> float:
        """How much wider than 11pt Arial the body text sets the same words."""
        return self.size / BASE_SIZE * WIDER_THAN_ARIAL.get(self.name.casefold(), 1.0)

    @property
    def height_scale(self) -> float:
        """How much taller than 11pt Arial a line of the body text is."""
        return self.size / BASE_SIZE


def body_font(word: WordDocument) -> BodyFont:
    """The Normal style's size and face, as Word resolves them: the style's own, else
    the style it is based on, else the document's defaults; a face may name the
    theme's body or heading font. 11pt where nothing sets a size."""
    chain: list[BaseOxmlElement] = []
    style = word.styles[styles.BODY]
    while style is not None:
        if style.element.rPr is not None:
            chain.append(style.element.rPr)
        style = style.base_style
    default = word.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if default is not None:
        chain.append(default)
    size = next((_half_points(r_pr) for r_pr in chain if _half_points(r_pr)), 0) / 2
    return BodyFont(size or BASE_SIZE, _face(word, chain))


def _half_points(r_pr: BaseOxmlElement) -> int:
    sz = r_pr.find(qn("w:sz"))
    value = sz.get(qn("w:val"), "") if sz is not None else ""
    return int(value) if value.isdigit() else 0


def _face(word: WordDocument, chain: list[BaseOxmlElement]) -> str:
    for r_pr in chain:
        fonts = r_pr.find(qn("w:rFonts"))
        if fonts is None:
            continue
        if fonts.get(qn("w:ascii")):
            return fonts.get(qn("w:ascii"))
        theme = fonts.get(qn("w:asciiTheme"))
        if theme:
            return _theme_face(word, theme)
    return ""


def _theme_face(word: WordDocument, theme: str) -> str:
    """The typeface the theme gives for ``theme`` ("minorHAnsi": its body font)."""
    try:
        part = word.part.part_related_by(RT.THEME)
    except KeyError:
        return ""
    return _theme_faces(part.blob).get("major" if theme.startswith("major") else "minor", "")


@lru_cache(maxsize=8)
def _theme_faces(blob: bytes) -> dict[str, str]:
    try:
        root = etree.fromstring(blob)
    except etree.XMLSyntaxError:
        return {}
    faces = {}
    for kind in ("major", "minor"):
        latin = root.find(f".//{{{_DRAWING}}}{kind}Font/{{{_DRAWING}}}latin")
        if latin is not None:
            faces[kind] = latin.get("typeface", "")
    return faces
