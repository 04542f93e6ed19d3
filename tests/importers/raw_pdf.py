"""PDFs written object by object, for the faults fpdf2 will not make.

A page's content stream may be given any filter and any bytes (a damaged
FlateDecode stream, JBIG2 data where text should be), and extra objects may be
added; the cross-reference table is always right, so pypdf reads what is there.
"""

from __future__ import annotations

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
TEXT = (
    b"BT /F1 13 Tf 72 760 Td (Recommendation 1) Tj ET "
    b"BT /F1 10 Tf 72 740 Td (By 31 March 2027, the force should act.) Tj ET"
)


def pdf(
    content: bytes,
    *,
    filters: str = "",
    resources: bytes = b"<< /Font << /F1 5 0 R >> >>",
    extra: tuple[bytes, ...] = (),
) -> bytes:
    """A one-page PDF whose page draws ``content`` (stored under ``filters``)."""
    stream_dict = b"<< /Length %d " % len(content)
    if filters:
        stream_dict += b"/Filter " + filters.encode("ascii") + b" "
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources " + resources + b" >>",
        stream_dict + b">>\nstream\n" + content + b"\nendstream",
        FONT,
        *extra,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
