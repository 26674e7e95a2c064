"""PDF writer: tag repairs, metadata, fetcher restrictions and reproducibility (real WeasyPrint + pikepdf)."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pikepdf
import pytest

from pressconv.checks.pdf_structure import check_pdf_structure, structure_outline
from pressconv.diagnostics import Reporter
from pressconv.resources import default_resources
from pressconv.writers._pdf_fetcher import FETCH_REFUSED
from pressconv.writers.pdf import PdfMetadata, PdfWriter, html_to_pdf
from tests.fixtures.releases import BLUE_PNG, TIMESTAMP, context, long_release, seed_shaped_release

HAND_PAGE = Path(__file__).with_name("pdf_test_page.html")


def _hand_page_html() -> str:
    """The hand-written test page with our print.css inlined, like the HTML writer's print variant."""
    css = default_resources().read_style("print.css")
    return HAND_PAGE.read_text(encoding="utf-8").replace("/*PRINT_CSS*/", css).replace("PNG_DATA", BLUE_PNG)


@pytest.fixture(scope="module")
def seed_pdf() -> bytes:
    return PdfWriter().render(seed_shaped_release(), context())


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return PdfWriter().render(long_release(), context())


@pytest.fixture(scope="module")
def hand_pdf() -> bytes:
    ctx = context()
    return html_to_pdf(_hand_page_html(), ctx, PdfMetadata(title="Testseite", language="de-DE", timestamp=TIMESTAMP))


def _raw_weasyprint(html: str) -> bytes:
    from weasyprint import HTML

    base = default_resources().style_path("print.css").parent.as_uri() + "/"
    data: bytes = HTML(string=html, base_url=base).write_pdf(pdf_variant="pdf/ua-1")
    return data


def test_writer_declares_itself() -> None:
    assert (PdfWriter.name, PdfWriter.extension, PdfWriter.media_type) == ("pdf", "pdf", "application/pdf")
    assert PdfWriter.requires == ("weasyprint", "pikepdf")


def test_importing_the_writer_does_not_import_weasyprint() -> None:
    code = "import sys, pressconv.writers.pdf; print('weasyprint' in sys.modules, 'pikepdf' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False False"


@pytest.mark.parametrize("name", ["seed_pdf", "long_pdf", "hand_pdf"])
def test_structure_checks_pass(name: str, request: pytest.FixtureRequest) -> None:
    data: bytes = request.getfixturevalue(name)
    assert [str(f) for f in check_pdf_structure(data)] == []


def test_checks_catch_what_weasyprint_gets_wrong() -> None:
    """The raw WeasyPrint output has the known gaps; the checks must see them (else they prove nothing)."""
    codes = {f.code for f in check_pdf_structure(_raw_weasyprint(_hand_page_html()))}
    assert {"pdf.content-outside-tree", "pdf.parent-tree-orphans", "pdf.link-contents-url"} <= codes
    assert "pdf.split-paragraph" in codes


def test_seed_quotations_language_and_links(seed_pdf: bytes) -> None:
    outline = structure_outline(seed_pdf)
    kinds = [kind for kind, _ in outline]
    assert kinds.count("H1") == 1 and kinds[kinds.index("H1")] == "H1"
    quotes = [text for kind, text in outline if kind in ("Quote", "BlockQuote")]
    assert len(quotes) == 3
    assert "Der Preis bestätigt" in quotes[0] and "Digitalisierung wird" in quotes[1]
    assert "Mannschaftsspiel" in quotes[2]
    assert "Figure" not in kinds  # the decorative image is an Artifact (#2550)
    with pikepdf.open(io.BytesIO(seed_pdf)) as pdf:
        langs = [str(e.Lang) for e in _struct_elements(pdf) if "/Lang" in e]
        assert "en" in langs
        contents = [str(a.Contents) for p in pdf.pages for a in p.obj.get("/Annots", [])]
    assert "Seite auf dortmund.de" in contents and "Stiftung Lebendige Stadt" in contents


def test_hand_page_blocks(hand_pdf: bytes) -> None:
    outline = structure_outline(hand_pdf)
    kinds = [kind for kind, _ in outline]
    assert kinds.count("Table") == 1  # one table although it spans pages (#2902)
    assert kinds.count("THead") == 1  # the repeated header row is an Artifact
    assert "BlockQuote" in kinds and "Quote" in kinds and "Caption" in kinds
    assert not any(text.startswith(("Seite ", "Testorganisation")) for kind, text in outline if kind == "P")


def test_long_release_is_merged(long_pdf: bytes) -> None:
    outline = structure_outline(long_pdf)
    paragraphs = [text for kind, text in outline if kind == "P" and text.startswith("Abschnitt")]
    assert len(paragraphs) == 13  # twelve body paragraphs plus the one repeated in the about section
    assert all(text.endswith("endet.") for text in paragraphs)
    assert [kind for kind, _ in outline].count("Table") == 1
    with pikepdf.open(io.BytesIO(long_pdf)) as pdf:
        assert len(pdf.pages) > 3


def test_metadata(seed_pdf: bytes) -> None:
    with pikepdf.open(io.BytesIO(seed_pdf)) as pdf:
        assert str(pdf.Root.Lang) == "de-DE"
        assert str(pdf.docinfo.Title) == "Dortmund als „Digitalste Stadt“ ausgezeichnet"
        assert str(pdf.docinfo.Author) == "Stadt Dortmund"
        assert str(pdf.docinfo.CreationDate).startswith("D:20180920120000")
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
        assert "/Outlines" in pdf.Root  # bookmarks from headings
        xmp = pdf.Root.Metadata.read_bytes().decode()
    assert 'pdfuaid:part="1"' in xmp or "<pdfuaid:part>1</pdfuaid:part>" in xmp
    assert "Digitalste Stadt" in xmp and "2018-09-20T12:00:00Z" in xmp


def test_english_footer() -> None:
    from pressconv.writers.pdf import _page_footer_css

    assert '"Page " counter(page) " of " counter(pages)' in _page_footer_css("en-GB")
    assert '"Seite " counter(page) " von " counter(pages)' in _page_footer_css("de-DE")


def test_byte_identical_for_same_timestamp(seed_pdf: bytes) -> None:
    assert PdfWriter().render(seed_shaped_release(), context()) == seed_pdf


def test_fetcher_refuses_local_files_network_and_attachments(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-0xC0FFEE", encoding="utf-8")
    html = (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>T</title>'
        f'<link rel="attachment" href="{secret.as_uri()}">'
        f'<link rel="stylesheet" href="{secret.as_uri()}">'
        '<style>body { background: url("http://127.0.0.1:9/bg.png"); }</style></head><body>'
        f'<h1>Titel</h1><p><img src="{secret.as_uri()}" alt="Bild"> <img src="file:///etc/passwd" alt="pw">'
        f' <a rel="attachment" href="{secret.as_uri()}">Anhang</a></p></body></html>'
    )
    reporter = Reporter()
    ctx = context(reporter=reporter)
    data = html_to_pdf(html, ctx, PdfMetadata(title="T", language="de-DE", timestamp=TIMESTAMP))
    refused = [d.message for d in reporter.diagnostics if d.code == FETCH_REFUSED]
    assert any("secret.txt" in m for m in refused)
    assert any("/etc/passwd" in m for m in refused)
    assert any("http://127.0.0.1:9/bg.png" in m for m in refused)
    assert b"TOPSECRET" not in _inflated(data) and b"root:" not in _inflated(data)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert "/Names" not in pdf.Root or "/EmbeddedFiles" not in pdf.Root.Names
        subtypes = {str(a.Subtype) for p in pdf.pages for a in p.obj.get("/Annots", [])}
    assert "/FileAttachment" not in subtypes


def test_fetcher_serves_bundled_fonts() -> None:
    from pressconv.writers._pdf_fetcher import make_url_fetcher

    reporter = Reporter()
    fonts = default_resources().fonts_dir()
    fetcher = make_url_fetcher(default_resources().allowed_roots(), reporter)
    font = fonts / "AtkinsonHyperlegible-Regular.ttf"
    assert fetcher.fetch(font.as_uri()).read()[:4] == b"\x00\x01\x00\x00"
    with pytest.raises(ValueError, match="refused"):
        fetcher.fetch((fonts / ".." / ".." / "pyproject.toml").as_uri())
    assert reporter.diagnostics and reporter.diagnostics[0].code == FETCH_REFUSED


def test_fonts_are_the_bundled_ones(seed_pdf: bytes) -> None:
    with pikepdf.open(io.BytesIO(seed_pdf)) as pdf:
        names = {str(font.get("/BaseFont")) for page in pdf.pages for font in page.obj.Resources.get("/Font", {}).values()}
    assert names and all("Atkinson-Hyperlegible" in name for name in names), names


def _struct_elements(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    out: list[pikepdf.Dictionary] = []
    stack = [pdf.Root.StructTreeRoot]
    while stack:
        node = stack.pop()
        kids = node.get("/K")
        items = list(kids) if isinstance(kids, pikepdf.Array) else ([kids] if kids is not None else [])
        for kid in items:
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                out.append(kid)
                stack.append(kid)
    return out


def _inflated(data: bytes) -> bytes:
    """The PDF with every Flate stream decompressed, to search for leaked file contents."""
    chunks = [data]
    for match in re.finditer(rb"stream\r?\n", data):
        try:
            chunks.append(zlib.decompressobj().decompress(data[match.end() : match.end() + 2_000_000]))
        except zlib.error:
            continue
    return b"".join(chunks)


def test_source_date_epoch_sets_dates_and_keeps_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    from pressconv.api import make_context

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1537444800")  # 2018-09-20 12:00:00 UTC
    release = seed_shaped_release()
    first = PdfWriter().render(release, make_context(release))
    second = PdfWriter().render(release, make_context(release))
    assert first == second
    with pikepdf.open(io.BytesIO(first)) as pdf:
        assert str(pdf.docinfo.ModDate).startswith("D:20180920120000")


def test_bullets_across_pages_keep_label_and_body() -> None:
    """Bullets hang inside their item (print.css, issue 15 #5); the tag fixer gives each its LBody.

    One list over several pages stays one L, every item one LI with exactly Lbl then LBody, and
    the bodies hold the items' text in order: the structure the outside markers had.
    """
    from pressconv.api import parse

    head = "Stadt baut Radwege\n\nBerlin, 12.03.2024\n\nDie Stadt baut Radwege.\n\n"
    text = head + "".join(f"- Punkt {i} der Liste\n" for i in range(90))
    data = PdfWriter().render(parse(text.encode(), path="bullets.txt").release, context())
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) > 1
        lists = [e for e in _struct_elements(pdf) if e.S == "/L"]
        assert len(lists) == 1
        items = list(lists[0].K)
        assert len(items) == 90 and all(item.S == "/LI" for item in items)
        assert all([str(kid.S) for kid in item.K] == ["/Lbl", "/LBody"] for item in items)
        assert all(kid.P.objgen == item.objgen for item in items for kid in item.K)
    outline = structure_outline(data)
    assert [t for kind, t in outline if kind == "LBody"] == [f"Punkt {i} der Liste" for i in range(90)]
    assert {t for kind, t in outline if kind == "Lbl"} == {"•"}
    assert [str(f) for f in check_pdf_structure(data)] == []


def test_characters_without_a_glyph_are_a_warning_not_silent_boxes() -> None:
    # ISO 14289-1 7.21.8: no .notdef glyph in a PDF/UA file. Private-use characters have no glyph in
    # any font a machine may have, so the test holds whatever fonts are installed.
    html = (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>T</title></head><body>'
        "<h1>Titel</h1><p>Zeichen \ue000 und noch einmal \ue000 im Text.</p></body></html>"
    )
    reporter = Reporter()
    html_to_pdf(html, context(reporter=reporter), PdfMetadata(title="T", language="de-DE", timestamp=TIMESTAMP))
    missing = [d for d in reporter.diagnostics if d.code == "pdf.missing-glyphs"]
    assert len(missing) == 1 and missing[0].level == "warning"
    assert missing[0].message.startswith("1 character has no glyph") and "7.21.8" in missing[0].message
    assert not [d for d in reporter.diagnostics if d.code == "pdf.engine" and "notdef" in d.message]
    plain = Reporter()
    html_to_pdf(
        html.replace("\ue000", "ä"),
        context(reporter=plain),
        PdfMetadata(title="T", language="de-DE", timestamp=TIMESTAMP),
    )
    assert not [d for d in plain.diagnostics if d.code == "pdf.missing-glyphs"]
