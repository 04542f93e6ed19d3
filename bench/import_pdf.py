"""How long `drafter import` takes to read a 100-page report PDF.

    .venv/bin/python bench/import_pdf.py            # prints the figures
    .venv/bin/python bench/import_pdf.py --runs 3

The PDF is generated here with fpdf2, in the style of a national HMICFRS report:
a running header and page numbers on every page, 40 lines of body text a page,
and a numbered recommendation every other page (50 in all), some with bullet
lists, some broken across a page. ``measure()`` returns the figures for a bench
runner; the script prints them. This is a bench, not a test: nothing is asserted
beyond the number of findings, which must be right for the time to mean anything.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PAGES = 100
LINES_PER_PAGE = 40
BODY = (
    "Forces told us that demand had grown in every year of the inspection period, and that "
    "the number of officers with the right training had not kept pace with it. We examined "
    "case files, interviewed officers and staff, and spoke to victims and partner agencies "
    "about the service they received from the police."
)
ADDRESSEES = ("chief constables", "the College of Policing", "the Home Office", "the NPCC lead")
LEADS = ("By 31 March 2025, ", "With immediate effect, ", "Within six months, ", "")


def _body_lines(page: int, count: int) -> list[str]:
    lines = []
    words_in = BODY.split()
    start = page * 7
    for i in range(count):
        words = [words_in[(start + i * 11 + j) % len(words_in)] for j in range(13)]
        lines.append(" ".join(words))
    return lines


def generate(path: Path, pages: int = PAGES) -> int:
    """Write the report to ``path``; return how many recommendations it holds."""
    from fpdf import FPDF

    class Report(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", "", 8)
            self.set_xy(20, 8)
            self.cell(0, 5, "A national inspection of demand (bench report)", align="C")
            self.set_xy(20, 20)

        def footer(self) -> None:
            self.set_font("Helvetica", "", 8)
            self.set_xy(20, 285)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(20, 20, 20)
    number = 0
    for page in range(pages):
        pdf.add_page()
        lines = _body_lines(page, LINES_PER_PAGE if page % 2 else LINES_PER_PAGE - 12)
        pdf.set_font("Helvetica", "", 10)
        for i, line in enumerate(lines):
            if i % 8 == 0:
                pdf.ln(2)
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        if page % 2 == 0:
            number += 1
            addressee = ADDRESSEES[number % len(ADDRESSEES)]
            lead = LEADS[number % len(LEADS)]
            subject = addressee if lead else addressee[0].upper() + addressee[1:]
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 13)
            pdf.cell(0, 7, f"Recommendation {number}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 10)
            pdf.ln(1)
            pdf.cell(
                0,
                6,
                f"{lead}{subject} should review how they manage demand",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.cell(
                0, 6, "and report what they find to the public:", new_x="LMARGIN", new_y="NEXT"
            )
            pdf.ln(2)
            for item in ("in each force area;", "in each year; and", "for each kind of crime."):
                pdf.cell(0, 6, f"-  {item}", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return number


def measure(runs: int = 5) -> dict[str, float]:
    """Figures in seconds (and counts): generate once, import ``runs`` times."""
    from drafter.importers import import_report

    with tempfile.TemporaryDirectory(prefix="drafter-bench-") as folder:
        path = Path(folder) / "national.pdf"
        started = time.perf_counter()
        expected = generate(path)
        generated = time.perf_counter() - started
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            result = import_report(path)
            times.append(time.perf_counter() - started)
        if len(result.findings) != expected:
            raise SystemExit(f"bench report: found {len(result.findings)} of {expected} findings")
    return {
        "pages": float(PAGES),
        "findings": float(expected),
        "generate_s": generated,
        "import_median_s": statistics.median(times),
        "import_best_s": min(times),
        "import_ms_per_page": statistics.median(times) / PAGES * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="imports to time (default: 5)")
    figures = measure(parser.parse_args().runs)
    for key, value in figures.items():
        print(
            f"{key:>20}: {value:.3f}"
            if key.endswith(("_s", "_page"))
            else f"{key:>20}: {value:.0f}"
        )


if __name__ == "__main__":
    main()
