"""Where a Word document starts: python-docx's template, or the user's reference document."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import OpcError
from docx.oxml.ns import qn
from lxml import etree

from drafter.errors import MissingReference, TemplateProblem


def blank() -> WordDocument:
    """python-docx's template, without what it says about itself rather than the response.

    Gone: the application properties (they name "Microsoft Macintosh Word" and a
    one-page, empty document), an empty bibliography part, the revision ids of the
    template's own editing, and the Japanese East Asian theme language; and, as for a
    reference document, the preview picture and the mark that spelling was checked.
    """
    word = _without_thumbnail(docx.Document())
    _drop_relationships(word.part.package.rels, RT.EXTENDED_PROPERTIES)
    _drop_relationships(word.part.rels, RT.CUSTOM_XML)
    settings = word.settings.element
    for rsids in settings.findall(qn("w:rsids")):
        settings.remove(rsids)
    for language in settings.findall(qn("w:themeFontLang")):
        language.set(qn("w:val"), "en-GB")
        for script in ("w:eastAsia", "w:bidi"):
            language.attrib.pop(qn(script), None)
    return word


def _without_thumbnail(word: WordDocument) -> WordDocument:
    """Drop the package's preview picture (it shows the template, not this response),
    and the mark that tells Word spelling and grammar were already checked."""
    _drop_relationships(word.part.package.rels, RT.THUMBNAIL)
    settings = word.settings.element
    for proof in settings.findall(qn("w:proofState")):
        settings.remove(proof)
    return word


def _drop_relationships(rels, reltype: str) -> None:  # type: ignore[no-untyped-def]
    for r_id, rel in list(rels.items()):
        if rel.reltype == reltype:
            del rels[r_id]


def open_reference(path: Path) -> WordDocument:
    """The reference document with its body emptied; styles, headers and footers kept."""
    if not path.is_file():
        raise MissingReference(path)
    try:
        word = docx.Document(str(path))
    except (OpcError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise TemplateProblem(
            f"{path}: drafter cannot read this as a Word document ({exc}); "
            "open it in Word and save it as a Word Document (.docx), then try again"
        ) from None
    except OSError as exc:
        raise TemplateProblem(
            f"{path}: cannot read the reference document: {exc.strerror}"
        ) from None
    body = word.element.body
    for child in list(body):
        # The body's last sectPr holds the page set-up and the links to the headers
        # and footers (the logo): keep it, drop the reference's own text.
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return _without_thumbnail(word)
