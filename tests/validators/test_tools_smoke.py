"""Smoke tests proving each validator helper runs the real tool and can both pass and fail."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.validators import tools

GOOD_HTML = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Test release</title>
<style>body { font-family: sans-serif; color: #111; background: #fff; }</style></head>
<body><main><h1>Test release</h1>
<p>Hello, <a href="https://example.org/">example link</a>.</p>
<img src="https://example.org/tracker.png" alt="A remote image that must be blocked">
</main></body></html>
"""

BAD_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Broken</title></head>
<body><img src="x.png"><p>Text</p></body></html>
"""

XHTML = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
<head><title>Test release</title></head>
<body><main><h1>Test release</h1><p>Hello.</p>{extra}</main></body></html>
"""

NAV = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
<head><title>Contents</title></head>
<body><nav epub:type="toc" role="doc-toc" id="toc"><h1>Contents</h1>
<ol><li><a href="text.xhtml">Test release</a></li></ol></nav></body></html>
"""

OPF = """<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="en">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="uid">urn:uuid:12345678-1234-5678-1234-567812345678</dc:identifier>
<dc:title>Test release</dc:title><dc:language>en</dc:language>
<meta property="dcterms:modified">2024-01-01T00:00:00Z</meta>
<meta property="schema:accessMode">textual</meta>
<meta property="schema:accessModeSufficient">textual</meta>
<meta property="schema:accessibilityFeature">structuralNavigation</meta>
<meta property="schema:accessibilityFeature">tableOfContents</meta>
<meta property="schema:accessibilityHazard">none</meta>
<meta property="schema:accessibilitySummary">Plain text with headings.</meta>
<meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="text" href="text.xhtml" media-type="application/xhtml+xml"/>{extra}
</manifest>
<spine><itemref idref="text"/></spine></package>
"""


def _write(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` as UTF-8 and return ``path``."""
    path.write_text(text, encoding="utf-8")
    return path


def make_epub(path: Path, *, broken: bool = False) -> Path:
    """Write a minimal EPUB 3; the broken one lists a missing file and an image without alt."""
    missing = '\n<item id="gone" href="missing.xhtml" media-type="application/xhtml+xml"/>'
    members = {
        "META-INF/container.xml": (
            '<?xml version="1.0"?><container version="1.0" '
            'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
            '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
            "</rootfiles></container>"
        ),
        "OEBPS/content.opf": OPF.format(extra=missing if broken else ""),
        "OEBPS/nav.xhtml": NAV,
        "OEBPS/text.xhtml": XHTML.format(extra='<img src="x.png"/>' if broken else ""),
    }
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        for name, text in members.items():
            zf.writestr(name, text, compress_type=zipfile.ZIP_DEFLATED)
    return path


def test_axe_passes_accessible_page_and_blocks_network(tmp_path: Path, browser: tools.Browser) -> None:
    """An accessible page has no axe violations, and its remote image is never fetched."""
    page = _write(tmp_path / "good.html", GOOD_HTML)
    assert browser.axe(page) == []
    assert browser.axe(page, viewport_width=320, color_scheme="dark") == []
    assert any(url.startswith("https://example.org/") for url in browser.blocked)


def test_axe_flags_broken_page(tmp_path: Path, browser: tools.Browser) -> None:
    """A page without lang and with an image lacking alt fails axe."""
    ids = {v["id"] for v in browser.axe(_write(tmp_path / "bad.html", BAD_HTML))}
    assert {"html-has-lang", "image-alt"} <= ids


def test_axe_violations_standalone(tmp_path: Path) -> None:
    """The one-shot helper launches its own browser."""
    assert tools.axe_violations(_write(tmp_path / "bad.html", BAD_HTML))


def test_browser_measurements(tmp_path: Path, browser: tools.Browser) -> None:
    """Scroll width, text, computed style and screenshots come from the real renderer."""
    page = _write(tmp_path / "good.html", GOOD_HTML)
    assert browser.scroll_width(page, width=320) <= 320
    assert "Test release" in browser.inner_text(page)
    assert browser.computed_style(page, "body", "color") == "rgb(17, 17, 17)"
    png = browser.screenshot(page, tmp_path / "shot.png", "dark")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_vnu_batch(tmp_path: Path) -> None:
    """vnu checks several files in one run: the good page is clean, the broken one is not."""
    good = _write(tmp_path / "good.html", GOOD_HTML)
    bad = _write(tmp_path / "bad.html", BAD_HTML)
    css = _write(tmp_path / "bad.css", "body { colr: red; }\n")
    result = tools.vnu_messages([good, bad, css])
    assert result[good] == []
    assert any("alt" in m["message"] for m in result[bad])
    assert any(m.get("subType") == "warning" and "lang" in m["message"] for m in result[bad])
    assert result[css]


def test_epubcheck_batch(tmp_path: Path) -> None:
    """EPUBCheck passes a minimal valid EPUB 3 and reports errors for a broken one."""
    good = make_epub(tmp_path / "good.epub")
    bad = make_epub(tmp_path / "bad.epub", broken=True)
    result = tools.epubcheck_messages([good, bad])
    assert result[good] == []
    assert {m["ID"] for m in result[bad]} >= {"RSC-001", "RSC-007"}
    assert all(m["severity"] in {"FATAL", "ERROR", "WARNING"} for m in result[bad])


def test_ace(tmp_path: Path) -> None:
    """Ace runs axe inside Chromium on the EPUB and reports the image without alt."""
    good = tools.ace_violations(make_epub(tmp_path / "good.epub"))
    assert good == []
    bad = tools.ace_violations(make_epub(tmp_path / "bad.epub", broken=True))
    assert any(v["rule"] == "image-alt" for v in bad)


def test_pdfua_weasyprint(tmp_path: Path) -> None:
    """WeasyPrint's PDF/UA-1 output passes page-validation; an untagged PDF fails it."""
    import weasyprint

    html = weasyprint.HTML(string=GOOD_HTML.replace("https://example.org/tracker.png", ""))
    ua = tmp_path / "ua.pdf"
    html.write_pdf(ua, pdf_variant="pdf/ua-1")
    plain = tmp_path / "plain.pdf"
    html.write_pdf(plain)
    assert tools.pdfua_failures(ua) == []
    rules = {f["rule_id"] for f in tools.pdfua_failures(plain)}
    assert "PDFUA1-TAGGED-DOCUMENT-001" in rules
    info = tools.pdfinfo(ua)
    assert info["Tagged"] == "yes"
    assert info["Title"] == "Test release"
    assert "Test release" in tools.pdftotext(ua)
    assert "Test release" in tools.pdfinfo_struct_text(ua)
    assert tools.qpdf_check(ua)[0] == 0


def test_libreoffice_and_pandoc(tmp_path: Path) -> None:
    """A DOCX made by pandoc converts to a tagged PDF/UA-flagged PDF; pandoc reads it back."""
    import subprocess

    html = _write(tmp_path / "doc.html", GOOD_HTML)
    docs = []
    for name in ("one", "two"):
        docx = tmp_path / f"{name}.docx"
        subprocess.run(["pandoc", str(html), "-o", str(docx)], check=True, timeout=60)
        docs.append(docx)
    assert "Test release" in tools.pandoc_plain(docs[0], "docx")
    pdfs = tools.libreoffice_to_pdf_many(docs, tmp_path / "out")
    assert [p.name for p in pdfs] == ["one.pdf", "two.pdf"]
    assert tools.pdfinfo(pdfs[0])["Tagged"] == "yes"
    assert "pdfuaid:part>1<" in tools.pdfinfo_meta(pdfs[0])
    single = tools.libreoffice_to_pdf(docs[0], tmp_path / "single")
    assert "Test release" in tools.pdftotext(single)


def test_missing_tool_raises(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A missing program is a clear error, never a silent skip."""
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(RuntimeError, match="qpdf"):
        tools.qpdf_check(tmp_path / "x.pdf")
