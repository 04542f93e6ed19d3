"""Printing fixture reports as PDFs, line by line, the way HMICFRS lays them out.

fpdf2 prints each line where it is told, so a test decides exactly where a line
breaks, where a word is hyphenated and where a page ends.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

FONTS = Path("/usr/share/fonts/truetype/dejavu")


class Report(FPDF):
    """A report page: running header at the top, a page number at the foot."""

    def __init__(self, header: str, footer: str = "Page {n}", *, unicode: bool = True) -> None:
        super().__init__(format="A4")
        self.running = header
        self.foot = footer
        self.body = "DejaVu" if unicode else "Helvetica"
        if unicode:
            self.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
            self.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(False)
        self.set_margins(20, 20, 20)
        self.add_page()

    def header(self) -> None:
        self.set_font(self.body, "", 8)
        self.set_xy(20, 8)
        self.cell(0, 5, self.running, align="C")
        self.set_xy(20, 22)

    def footer(self) -> None:
        self.set_font(self.body, "", 8)
        self.set_xy(20, 285)
        self.cell(0, 5, self.foot.format(n=self.page_no()), align="C")

    def cover(self, text: str) -> None:
        self.set_font(self.body, "B", 18)
        self.cell(0, 10, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def heading(self, text: str) -> None:
        self.set_font(self.body, "B", 13)
        self.ln(2)
        self.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def para(self, *lines: str, indent: float = 0) -> None:
        """A paragraph, one printed line per argument; "^4" prints a footnote number 4."""
        self.set_font(self.body, "", 10)
        for line in lines:
            self.set_x(20 + indent)
            self._line(line)
            self.ln(5)
        self.ln(3)

    def bullets(self, *items: tuple[str, ...]) -> None:
        self.set_font(self.body, "", 10)
        for item in items:
            for i, line in enumerate(item):
                self.set_x(24)
                if i == 0:
                    self.cell(5, 5, "•")
                else:
                    self.set_x(29)
                self._line(line)
                self.ln(5)
        self.ln(3)

    def _line(self, line: str) -> None:
        head, _, note = line.partition("^")
        number, _, tail = note.partition(" ") if note else ("", "", "")
        self.write(5, head)
        if number:
            self.set_font(self.body, "", 6)
            self.char_vpos = "SUP"
            self.write(5, number)
            self.char_vpos = "LINE"
            self.set_font(self.body, "", 10)
            if tail:
                self.write(5, " " + tail)
