"""The Word styles a response uses, the house look, and British English.

Everything in the body is formatted through named styles, so a reference document
restyles it all. Styles a reference document lacks are copied from python-docx's
default template; drafter's own two styles (the DRAFT marking and the Cc list) are
created when missing, so an office can restyle those too.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import cache

import docx
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt, RGBColor

LANGUAGE = "en-GB"

BODY = "Normal"
TABLE = "Table Grid"
BULLET = "List Bullet"
#: drafter's own paragraph styles.
MARKING = "Draft Marking"
CC = "Copy Recipients"

HEADINGS = ("Heading 1", "Heading 2", "Heading 3", "Heading 4")
FONT = "Arial"
MARKING_RED = RGBColor(0xB0, 0x00, 0x20)


def heading(level: int) -> str:
    return f"Heading {min(max(level, 1), 9)}"


@dataclass(frozen=True)
class BulletStyle:
    name: str
    #: Text put before each item when the style has no Word numbering of its own.
    prefix: str


def bullet_style(word: WordDocument) -> BulletStyle:
    style = word.styles[BULLET]
    numbered = style.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None
    return BulletStyle(BULLET, "" if numbered else "• ")


def prepare(word: WordDocument, *, house_style: bool) -> None:
    """Make sure every style the builders use exists; apply the house look if asked."""
    for name in (BODY, *HEADINGS, TABLE):
        _ensure(word, name)
    if not _has(word, BULLET):
        # The template's bullet refers to a numbering definition the reference
        # document may not have: copy the style without it and prefix a bullet.
        _ensure(word, BULLET)
        p_pr = word.styles[BULLET].element.find(qn("w:pPr"))
        num_pr = p_pr.find(qn("w:numPr")) if p_pr is not None else None
        if num_pr is not None:
            p_pr.remove(num_pr)
        fmt = word.styles[BULLET].paragraph_format
        fmt.left_indent, fmt.first_line_indent = Cm(0.63), Cm(-0.63)
    _own_styles(word)
    if house_style:
        _house_style(word)
    set_language(word, LANGUAGE)


def _has(word: WordDocument, name: str) -> bool:
    try:
        word.styles[name]
    except KeyError:
        return False
    return True


@cache
def _template() -> WordDocument:
    """python-docx's own template, only ever read from: styles are copied out of it."""
    return docx.Document()


def _ensure(word: WordDocument, name: str) -> None:
    """Copy style ``name`` and the styles it depends on from python-docx's template."""
    if _has(word, name):
        return
    default = _template()
    wanted = [default.styles[name].element]
    present = {s.get(qn("w:styleId")) for s in word.styles.element.findall(qn("w:style"))}
    by_id = {s.get(qn("w:styleId")): s for s in default.styles.element.findall(qn("w:style"))}
    while wanted:
        element = wanted.pop()
        style_id = element.get(qn("w:styleId"))
        if style_id in present:
            continue
        word.styles.element.append(copy.deepcopy(element))
        present.add(style_id)
        for tag in ("w:basedOn", "w:link", "w:next"):
            ref = element.find(qn(tag))
            if ref is not None and ref.get(qn("w:val")) in by_id:
                wanted.append(by_id[ref.get(qn("w:val"))])


def _own_styles(word: WordDocument) -> None:
    if not _has(word, MARKING):
        style = word.styles.add_style(MARKING, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = word.styles[BODY]
        style.font.bold = True
        style.font.color.rgb = MARKING_RED
        fmt = style.paragraph_format
        fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fmt.space_after = Pt(12)
    if not _has(word, CC):
        style = word.styles.add_style(CC, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = word.styles[BODY]
        style.paragraph_format.space_after = Pt(0)
        # The list reads as one block: never leave its last line alone on a page.
        style.paragraph_format.keep_with_next = True


def _house_style(word: WordDocument) -> None:
    """The look of the standard layout without a reference document: Arial, black headings."""
    _font(word.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}"))
    normal = word.styles[BODY]
    _font(normal.element.get_or_add_rPr())
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.line_spacing = 1.15
    sizes = {"Heading 1": 14, "Heading 2": 12, "Heading 3": 11, "Heading 4": 11}
    for name, size in sizes.items():
        style = word.styles[name]
        _font(style.element.get_or_add_rPr())
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False  # the template's Heading 4 is italic
        style.font.color.rgb = RGBColor(0, 0, 0)
        fmt = style.paragraph_format
        fmt.keep_with_next = True
        fmt.space_before = Pt({"Heading 3": 18, "Heading 4": 12}.get(name, 0))
        fmt.space_after = Pt(18 if name == "Heading 2" else 8)
        if name in ("Heading 1", "Heading 2"):
            fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _font(r_pr: BaseOxmlElement | None) -> None:
    """Set Arial, dropping theme fonts, which Word would otherwise prefer."""
    if r_pr is None:
        return
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attribute in ("asciiTheme", "hAnsiTheme", "cstheme", "eastAsiaTheme"):
        fonts.attrib.pop(qn(f"w:{attribute}"), None)
    for attribute in ("ascii", "hAnsi", "cs"):
        fonts.set(qn(f"w:{attribute}"), FONT)


_R_PR_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


def set_language(word: WordDocument, language: str) -> None:
    """Make ``language`` the language of the document defaults and of every style.

    Word's spelling checker and hyphenation follow w:lang; a reference document made
    on an American-English install would otherwise check "organise" as a mistake.
    """
    styles = word.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    r_pr_default = defaults.find(qn("w:rPrDefault"))
    if r_pr_default is None:
        r_pr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, r_pr_default)
    r_pr = r_pr_default.find(qn("w:rPr"))
    if r_pr is None:
        r_pr = OxmlElement("w:rPr")
        r_pr_default.append(r_pr)
    _set_lang(r_pr, language)
    _set_lang(word.styles[BODY].element.get_or_add_rPr(), language)
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), language)
    settings = word.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), language)


def _set_lang(r_pr: BaseOxmlElement, language: str) -> None:
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.insert_element_before(lang, *_R_PR_AFTER_LANG)
    lang.set(qn("w:val"), language)
