"""Every layout's HTML passes axe-core in headless Chromium: WCAG 2.2 A and AA, best practice.

Public bodies must publish accessible documents (WCAG 2.2 AA). axe-core and
puppeteer-core come from npm (tests/accessibility/package.json, installed by
`bash .ci/setup --test` with `npm ci`), Chromium from Debian's `chromium` package;
nothing is downloaded while the test runs. One browser checks every page.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from drafter import store
from drafter.model import Status
from drafter.profile_letter import Letter
from drafter.render.layouts import LAYOUTS
from drafter.render.text_formats import render_text

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
EXAMPLES = sorted((REPO / "drafts").glob("*.toml"))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
LETTERHEAD = Letter(
    office="Office of the Police and Crime Commissioner",
    address=("Police Headquarters", "London Road"),
    telephone="01380 734022",
    email="opcc@example.gov.uk",
    website="www.example.gov.uk",
    reference="OPCC/{year}/HMICFRS",
)


def _tools_or_skip() -> str:
    node = shutil.which("node")
    missing = [
        what
        for what, there in (
            ("node", node),
            ("Debian's chromium", Path(CHROMIUM).exists()),
            ("axe-core and puppeteer-core", (HERE / "node_modules" / "axe-core").is_dir()),
        )
        if not there
    ]
    if missing:
        reason = f"{', '.join(missing)} missing: run `bash .ci/setup --test`"
        if os.environ.get("CI"):
            pytest.fail(reason)  # CI installs them: missing there is a broken setup
        pytest.skip(reason)
    assert node is not None
    return node


def made_by_drafter_new(cli, folder: Path) -> Path:
    path = folder / "kent.toml"
    result = cli(
        "new", path, "--title", "PEEL 2025: An inspection of Kent Police",
        "--published", "12 June 2025", "--area", "Kent", "--force", "Kent Police",
    )  # fmt: skip
    assert result.status == 0, result.err
    return path


@pytest.mark.slow
def test_every_layout_passes_axe(cli, tmp_path: Path) -> None:
    node = _tools_or_skip()
    drafts = {p.stem: store.load(p) for p in [*EXAMPLES, made_by_drafter_new(cli, tmp_path)]}
    signed = store.load(EXAMPLES[0])
    signed.workflow.status = Status.PUBLISHED  # no DRAFT marking, no watermark
    drafts["published"] = signed
    pages = []
    for name, draft in drafts.items():
        for layout in LAYOUTS:
            page = tmp_path / f"{name}.{layout}.html"
            page.write_text(render_text(draft, "html", layout=layout), encoding="utf-8")
            pages.append(str(page))
    # the letter on an office's letterhead, with its reference, date and sign-offs
    for name in ("wiltshire-prevent-2020", "northmoor-peel-2026-fictional"):
        page = tmp_path / f"{name}.letterhead.html"
        letter = render_text(drafts[name], "html", layout="letter", letter=LETTERHEAD)
        page.write_text(letter, encoding="utf-8")
        pages.append(str(page))
    done = subprocess.run(
        [node, str(HERE / "axe.mjs"), *pages],
        cwd=HERE,
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, "CHROMIUM": CHROMIUM},
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    assert sorted(results) == sorted(pages), "axe did not look at every page"
    violations = [
        f"{Path(page).name}: {v['id']} ({v['help']}) at {', '.join(v['nodes'][:3])}"
        for page, found in results.items()
        for v in found
    ]
    assert not violations, "\n".join(violations)
