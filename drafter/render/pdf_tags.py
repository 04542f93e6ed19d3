"""What drafter adds to WeasyPrint's tagged PDF, before it is written.

WeasyPrint 70 tags the HTML (headings, paragraphs, lists, tables) for PDF/UA-1, and
draws backgrounds (the DRAFT watermark) as artifacts. Two things it leaves undone
are done here, on the PDF's objects, by ``finish`` (WeasyPrint's ``finisher``):

- a table header cell (TH) gets its /Scope, Column or Row; WeasyPrint links each
  data cell to its header cells by ID but writes no scope;
- the page's margin boxes (the running DRAFT header, "Page N of M") are marked as
  pagination artifacts. WeasyPrint tags their text but leaves it out of the
  structure tree, "an artifact there being PDF 2.0 only": content that is neither
  in the tree nor an artifact.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pydyf
    import weasyprint

#: Where a table's header cell sits -> what it heads, as the templates' scope says:
#: a header row's cells (scope="col") head their columns, a body row's first cell
#: (scope="row") its row.
_SCOPES = {"/THead": "/Column", "/TFoot": "/Column", "/TBody": "/Row"}


def finish(_document: weasyprint.Document, pdf: pydyf.PDF) -> None:
    """WeasyPrint's finisher: complete the tags of ``pdf`` before it is written."""
    objects = _Objects(pdf)
    header_scopes(objects)
    margin_boxes_as_artifacts(objects)


class _Objects:
    """The PDF's objects by number, and its structure elements."""

    def __init__(self, pdf: pydyf.PDF) -> None:
        import pydyf

        self.pdf = pdf
        self.by_number = {obj.number: obj for obj in pdf.objects if obj.number is not None}
        self.elements = [
            obj
            for obj in self.by_number.values()
            if isinstance(obj, pydyf.Dictionary) and obj.get("Type") == "/StructElem"
        ]

    def get(self, reference: object) -> Any:
        """The object a reference (b"12 0 R") names, or None."""
        if not isinstance(reference, bytes):
            return None
        return self.by_number.get(int(reference.split()[0]))


def header_scopes(objects: _Objects) -> None:
    """Give each table header cell (TH) its /Scope: Column in a header row, Row in a
    body row."""
    import pydyf

    for element in objects.elements:
        if element.get("S") != "/TH":
            continue
        row = objects.get(element.get("P"))
        group = objects.get(row.get("P")) if row is not None else None
        scope = _SCOPES.get(group.get("S", "")) if group is not None else None
        if scope is not None:
            attributes = element.setdefault("A", pydyf.Dictionary({"O": "/Table"}))
            attributes["Scope"] = scope


def margin_boxes_as_artifacts(objects: _Objects) -> None:
    """Mark the text no structure element in the tree holds as a pagination artifact.

    Only the margin boxes' text is left out of the tree: each page's marked content
    with such an MCID becomes /Artifact, and its entry in the parent tree null.
    """
    import pydyf

    root = objects.get(objects.pdf.catalog.get("StructTreeRoot"))
    if root is None:
        return
    in_tree: set[int] = set()
    todo = [root]
    while todo:
        for kid in todo.pop().get("K", ()):
            element = objects.get(kid)
            if element is not None and element.number not in in_tree:
                in_tree.add(element.number)
                todo.append(element)
    outside = {
        (element["Pg"], mcid)
        for element in objects.elements
        if element.number not in in_tree
        for mcid in element.get("K", ())
        if isinstance(mcid, int)
    }
    if not outside:
        return
    pages = objects.pdf.page_references
    for page_reference in pages:
        stream = objects.get(objects.get(page_reference)["Contents"]).stream
        for i, item in enumerate(stream[1:-1], start=1):
            if (
                isinstance(item, pydyf.Dictionary)
                and (page_reference, item.get("MCID")) in outside
                and stream[i + 1] == b"BDC"
            ):
                stream[i - 1] = "/Artifact"
                stream[i] = pydyf.Dictionary({"Type": "/Pagination"})
    parents = objects.get(root.get("ParentTree"))
    numbers = parents["Nums"] if parents is not None else []
    for page, mcids in zip(numbers[::2], numbers[1::2], strict=True):
        if isinstance(page, int) and isinstance(mcids, list):
            for mcid in range(len(mcids)):
                if (pages[page], mcid) in outside:
                    mcids[mcid] = b"null"
