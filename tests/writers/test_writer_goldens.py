"""Every writer's output for a handful of fixtures, compared with reviewed golden files.

A change in any writer (template, stylesheet, labels, XML parts, PDF tagging) shows up here as a
readable diff; ``make accept`` rewrites the goldens after review, as for the parser goldens. The
fixtures are hand-built (tests/fixtures/releases.py), so parser work never changes these files, and
rendered with the fixed test timestamp, so nothing in them is volatile.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pressconv.api import render
from pressconv.model import Release
from tests.conftest import check_golden
from tests.fixtures.releases import context, english_release, every_kind_release, seed_release
from tests.writers.normalise import pdf_outline, pretty_html, pretty_xml, zip_member

GOLDEN = Path(__file__).resolve().parent / "golden"

FIXTURES: dict[str, Callable[[], Release]] = {
    "every-kind": every_kind_release,
    "seed": seed_release,
    "english": english_release,
}


def _render(fmt: str, release: Release) -> bytes:
    """The output as ``pressconv.api.render`` makes it (the easy summary goes through its transform)."""
    return render(release, fmt, ctx=context())


def _html(release: Release) -> str:
    return pretty_html(_render("html", release).decode("utf-8"))


def _docx(release: Release) -> str:
    return pretty_xml(zip_member(_render("docx", release), "word/document.xml"))


def _epub_package(release: Release) -> str:
    return pretty_xml(zip_member(_render("epub", release), "EPUB/content.opf"), drop_layout_whitespace=True)


def _epub_nav(release: Release) -> str:
    return pretty_xml(zip_member(_render("epub", release), "EPUB/nav.xhtml"), drop_layout_whitespace=True)


def _pdf(release: Release) -> str:
    return pdf_outline(_render("pdf", release))


# Golden file suffix -> how the output is turned into reviewable text.
VIEWS: dict[str, Callable[[Release], str]] = {
    "html": _html,
    "docx-document.xml": _docx,
    "epub-package.opf": _epub_package,
    "epub-nav.xhtml": _epub_nav,
    "pdf-structure.txt": _pdf,
}
CASES = [(fixture, view) for fixture in FIXTURES for view in VIEWS]


@pytest.mark.parametrize(("fixture", "view"), CASES, ids=[f"{f}.{v}" for f, v in CASES])
def test_writer_output_matches_golden(fixture: str, view: str) -> None:
    check_golden(VIEWS[view](FIXTURES[fixture]()), GOLDEN / f"{fixture}.{view}")


def test_easy_summary_matches_golden() -> None:
    """The Leichte-Sprache summary of the seed (a German release with quotations and links)."""
    check_golden(pretty_html(_render("easy", seed_release()).decode("utf-8")), GOLDEN / "seed.easy.html")


@pytest.mark.parametrize("fixture", list(FIXTURES))
def test_pretty_html_keeps_every_character_but_layout_whitespace(fixture: str) -> None:
    """The HTML view may only move whitespace: without any whitespace it equals the page."""
    page = _render("html", FIXTURES[fixture]()).decode("utf-8")
    assert "".join(pretty_html(page).split()) == "".join(page.split())


def test_pretty_xml_keeps_every_text_node() -> None:
    """The DOCX view keeps each w:t text, spaces included (xml:space="preserve" runs)."""
    from lxml import etree

    raw = zip_member(_render("docx", every_kind_release()), "word/document.xml")
    pretty = pretty_xml(raw).encode("utf-8")
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    texts = etree.fromstring(raw).xpath("//w:t/text()", namespaces=ns)
    assert texts and etree.fromstring(pretty).xpath("//w:t/text()", namespaces=ns) == texts


@pytest.mark.parametrize("member", ["EPUB/content.opf", "EPUB/nav.xhtml"])
def test_pretty_epub_parts_keep_every_text(member: str) -> None:
    """The EPUB views drop only whitespace between elements: all text stays, in order."""
    from lxml import etree

    raw = zip_member(_render("epub", every_kind_release()), member)
    pretty = pretty_xml(raw, drop_layout_whitespace=True).encode("utf-8")

    def texts(data: bytes) -> list[str]:
        return [t for t in etree.fromstring(data).itertext() if t.strip()]

    assert texts(pretty) == texts(raw)


def test_golden_folder_has_no_stale_files() -> None:
    """Every golden file belongs to a case, so a renamed fixture cannot leave an unchecked file."""
    expected = {f"{fixture}.{view}" for fixture, view in CASES} | {"seed.easy.html"}
    assert {path.name for path in GOLDEN.iterdir()} <= expected
