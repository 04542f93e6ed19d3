"""PDF output: the layout's HTML rendering laid out on A4 pages by WeasyPrint.

The PDF is tagged (PDF/UA-1: headings, tables and reading order are marked for
screen readers) and in British English. Page size, page numbers and the DRAFT
marking on every page come from the print rules in the layout's CSS
(templates/standard.css), so the PDF says exactly what the HTML says.

Nothing is fetched from the network or the disk while rendering: a template that
refers to an image or stylesheet by URL is refused with a message, because a
response must not depend on (or reveal its drafting to) another server. Only
``data:`` URIs, which carry their content inline, are allowed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter.dates import long_date
from drafter.errors import TemplateProblem, TooLongForPdf
from drafter.model import Draft
from drafter.profile_letter import Letter
from drafter.render import pdf_tags
from drafter.render.document import build, office
from drafter.render.templates import shipped_folder
from drafter.render.text_formats import render_text

if TYPE_CHECKING:
    import weasyprint
    import weasyprint.urls

LANGUAGE = "en-GB"

#: The longest one text (a finding, a response, a set of comments) laid out as a PDF.
#: WeasyPrint lays out 80,000 characters in one table cell in about 9 seconds, 330,000
#: in 30, and longer faster than the text grows: a two-million-character finding (a
#: bad import) ran for over ten minutes. No response needs a tenth of this.
LONGEST_TEXT = 100_000

#: Tagged, accessible PDF (WeasyPrint sets the PDF version and tags for the variant).
PDF_OPTIONS: dict[str, Any] = {"pdf_variant": "pdf/ua-1", "pdf_tags": True}


def render_pdf(
    draft: Draft,
    *,
    layout: str | None = None,
    templates: Path | None = None,
    as_at: dt.date | None = None,
    letter: Letter | None = None,
) -> bytes:
    """``draft`` as a PDF in ``layout``, from that layout's HTML template."""
    import weasyprint
    from weasyprint.urls import FatalURLFetchingError

    _refuse_what_is_too_long(draft)
    document = build(draft, as_at, letter)
    html = render_text(draft, "html", layout=layout, templates=templates, document=document)
    # Relative references resolve against the templates folder, so that they too
    # reach the fetcher and are refused by name rather than silently dropped.
    base = (templates or shipped_folder()).resolve().as_uri() + "/"
    page = weasyprint.HTML(string=html, base_url=base, url_fetcher=offline_fetcher())
    try:
        laid_out = page.render(**PDF_OPTIONS)
    except FatalURLFetchingError as refused:
        raise TemplateProblem(
            f"the {layout or draft.response.layout!r} template refers to {refused}; drafter "
            "fetches nothing from the network or the disk when it makes a PDF. Put the "
            "image or stylesheet in the template as a data: URI instead"
        ) from None
    _set_metadata(laid_out, draft, document.title)
    pdf: bytes = laid_out.write_pdf(finisher=pdf_tags.finish, **PDF_OPTIONS)
    return pdf


def _set_metadata(laid_out: weasyprint.Document, draft: Draft, title: str) -> None:
    metadata = laid_out.metadata
    # A user's template may leave these out; a PDF/UA file must have a title and language.
    metadata.title = metadata.title or title
    metadata.lang = metadata.lang or LANGUAGE
    metadata.authors = [office(draft)]


def offline_fetcher() -> weasyprint.urls.URLFetcher:
    """A WeasyPrint URL fetcher that serves ``data:`` URIs and refuses every other URL."""
    from weasyprint.urls import FatalURLFetchingError, URLFetcher

    class OfflineFetcher(URLFetcher):
        def fetch(self, url: str, headers: Any = None) -> Any:
            if not url.lower().startswith("data:"):
                # Fatal: WeasyPrint stops rather than carry on without the resource.
                raise FatalURLFetchingError(url)
            return super().fetch(url, headers)

    return OfflineFetcher(allowed_protocols={"data"})


def _refuse_what_is_too_long(draft: Draft) -> None:
    response = draft.response
    texts = [
        (f"the {response.commissioner.possessive} comments", response.commissioner.comments),
        (f"the {response.chief.possessive} comments", response.chief.comments),
        ("the report's title", draft.report.title),
        *((f"the statement for {group.addressee}", group.statement) for group in response.noted),
    ]
    for finding in draft.findings:
        texts += [
            (f"{finding.title}'s text", finding.text),
            (f"{finding.title}'s response", finding.response),
            *(
                (f"{finding.title}'s update of {long_date(u.date)}", u.note)
                for u in finding.progress
            ),
        ]
    for subject, text in texts:
        if len(text) > LONGEST_TEXT:
            raise TooLongForPdf(subject, len(text), LONGEST_TEXT)
