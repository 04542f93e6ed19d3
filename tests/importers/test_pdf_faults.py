"""A PDF that cannot be read is named for what is really wrong with it.

JBIG2 data that pypdf has no decoder for is not encryption, and a compressed
stream that does not inflate is not a scan; each message says so and points to
the report's web page, which holds the same findings.
"""

from __future__ import annotations

import zlib

import pytest
from raw_pdf import TEXT, pdf

from drafter.importers import ImportProblem, import_report

IMAGE = (
    b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /BitsPerComponent 1 "
    b"/ColorSpace /DeviceGray /Filter /JBIG2Decode /Length 4 >>\nstream\n\x00\x01\x02\x03\nendstream"
)


def problem(data: bytes) -> str:
    with pytest.raises(ImportProblem) as caught:
        import_report(data, name="report.pdf")
    return str(caught.value)


def test_the_raw_pdf_helper_makes_a_readable_report() -> None:
    assert [f.text for f in import_report(pdf(TEXT)).findings] == [
        "By 31 March 2027, the force should act."
    ]
    compressed = import_report(pdf(zlib.compress(TEXT), filters="/FlateDecode"))
    assert len(compressed.findings) == 1


def test_jbig2_data_is_not_called_encrypted() -> None:
    message = problem(pdf(b"\x00\x01\x02\x03", filters="/JBIG2Decode"))
    assert "encrypted PDF" not in message
    assert message.startswith(
        "report.pdf uses JBIG2 image compression that drafter cannot decode here"
    )
    assert "it is not encrypted" in message
    assert "Import the report's web page instead (saved as HTML)" in message


def test_a_damaged_compressed_stream_is_not_called_a_scan() -> None:
    message = problem(pdf(b"x\x9c" + bytes(range(200, 255)) * 3, filters="/FlateDecode"))
    assert "looks like a scan" not in message
    assert message.startswith(
        "report.pdf has a damaged compressed stream on page 1 (its FlateDecode data does "
        "not decode), so its text cannot be read; it is not a scan."
    )
    assert "import the report's web page instead (saved as HTML)" in message


def test_a_real_scan_is_still_a_scan() -> None:
    scan = pdf(
        b"q 500 0 0 700 40 60 cm /Im1 Do Q",
        resources=b"<< /XObject << /Im1 6 0 R >> >>",
        extra=(IMAGE,),
    )
    assert "has 1 page but no text (it looks like a scan" in problem(scan)


def test_text_beside_a_jbig2_image_imports() -> None:
    page = pdf(
        TEXT + b" q 100 0 0 100 0 0 cm /Im1 Do Q",
        resources=b"<< /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >>",
        extra=(IMAGE,),
    )
    assert len(import_report(page).findings) == 1
