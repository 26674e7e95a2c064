"""Release text is data: markup, template syntax, entities and CSS stay inert text in every format,
and only http, https, mailto and tel links exist in any output.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from lxml import html as lxml_html

from pressconv.api import render
from pressconv.checks.text_preserved import extract_text
from tests.fixtures.releases import JINJA_EXPR, MARKERS, SAFE_SCHEMES, UNSAFE_URLS, hostile_release

FORMATS = ("html", "easy", "pdf", "epub", "docx", "json")
_EVENT_ATTRIBUTE = re.compile(r"^on[a-z]+$")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The hostile release rendered once in every format, written to files for the extractors."""
    folder = tmp_path_factory.mktemp("hostile")
    release = hostile_release()
    written: dict[str, Path] = {}
    for fmt in FORMATS:
        extension = {"easy": "html"}.get(fmt, fmt)
        path = folder / f"{fmt}.{extension}"
        path.write_bytes(render(release, fmt))
        written[fmt] = path
    return written


def _check_markup_tree(root: Any, where: str) -> list[str]:
    """Return the hrefs of a parsed (X)HTML tree after asserting that nothing in it is active."""
    hrefs: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = etree.QName(element).localname.lower()
        assert tag not in ("svg", "iframe", "object", "embed", "base", "meta-refresh"), f"{where}: <{tag}>"
        if tag == "script":
            # Only the JSON-LD block may exist, and it must still be valid JSON (no broken-out text).
            assert element.get("type") == "application/ld+json", f"{where}: executable <script>"
            json.loads(element.text or "")
        if tag == "img":
            assert not (element.get("src") or "").strip().lower().startswith(("javascript", "data:text")), where
        if tag == "style":
            css = element.text or ""
            assert "badbad" not in css, f"{where}: release text reached a stylesheet"
            assert "alert" not in css, f"{where}: release text reached a stylesheet"
        for name, value in element.attrib.items():
            local = etree.QName(name).localname.lower() if name.startswith("{") else name.lower()
            assert not _EVENT_ATTRIBUTE.match(local), f"{where}: event handler {local}={value!r} on <{tag}>"
            if local == "style":
                assert "alert" not in value and "expression" not in value, f"{where}: style={value!r}"
        if tag == "a" and element.get("href") is not None:
            hrefs.append(element.get("href") or "")
    return hrefs


def _html_hrefs(data: bytes, where: str) -> list[str]:
    root = lxml_html.document_fromstring(data.decode("utf-8"))
    return _check_markup_tree(root, where)


def _epub_hrefs(data: bytes) -> list[str]:
    hrefs: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.endswith((".xhtml", ".opf", ".ncx", ".xml")):
                # Well-formed XML or the reading system refuses the book (and a parse error here
                # means an escape was missed).
                root = etree.fromstring(archive.read(name))
                if name.endswith(".xhtml"):
                    hrefs += _check_markup_tree(root, name)
    return hrefs


def _docx_targets(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                etree.fromstring(archive.read(name))
        rels = etree.fromstring(archive.read("word/_rels/document.xml.rels"))
    return [r.get("Target") or "" for r in rels if r.get("TargetMode") == "External"]


def _pdf_uris(path: Path) -> list[str]:
    import pikepdf

    uris: list[str] = []
    with pikepdf.open(path) as pdf:
        catalog = pdf.Root
        assert "/OpenAction" not in catalog or "/JS" not in str(catalog.get("/OpenAction")), "PDF OpenAction"
        names = catalog.get("/Names")
        assert names is None or "/JavaScript" not in names, "document-level JavaScript in the PDF"
        for page in pdf.pages:
            for annotation in page.obj.get("/Annots", []):
                action = annotation.get("/A")
                if action is None:
                    continue
                kind = str(action.get("/S"))
                assert kind in ("/URI", "/GoTo"), f"PDF link action {kind}"
                if kind == "/URI":
                    uris.append(str(action.URI))
    return uris


def _link_targets(fmt: str, path: Path) -> list[str]:
    data = path.read_bytes()
    if fmt in ("html", "easy"):
        return _html_hrefs(data, fmt)
    if fmt == "epub":
        return _epub_hrefs(data)
    if fmt == "docx":
        return _docx_targets(data)
    if fmt == "pdf":
        return _pdf_uris(path)
    return []


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "json"])
def test_only_safe_link_schemes(fmt: str, outputs: dict[str, Path]) -> None:
    targets = _link_targets(fmt, outputs[fmt])
    external = [t for t in targets if (not t.startswith("#") and ":" in t.split("/")[0]) or t.startswith("//")]
    bad = [t for t in external if not t.strip().lower().startswith(SAFE_SCHEMES)]
    assert not bad, f"{fmt}: unsafe link targets {bad}"
    # Internal links (EPUB navigation, skip links) are relative: never a scheme-less host or backslash.
    for target in targets:
        assert not target.startswith(("//", "\\")), f"{fmt}: {target!r}"
    if fmt != "easy":
        assert any(t.startswith("https://www.example.org/a") for t in targets), f"{fmt}: safe link lost"


# The easy page is a summary of key facts: its inertness is covered by the markup and link tests.
@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "easy"])
def test_payloads_are_inert_visible_text(fmt: str, outputs: dict[str, Path]) -> None:
    text = extract_text(outputs[fmt])
    for marker in MARKERS:
        assert marker.lower() in text.lower(), f"{fmt}: payload text {marker!r} was dropped (not shown as text)"
    # Template syntax is printed, never evaluated (Jinja2 autoescape and no second rendering pass).
    assert JINJA_EXPR.replace(" ", "") in text.replace(" ", "") or "{{" in text, f"{fmt}: {JINJA_EXPR} evaluated"
    # Entities written in the release are text: "&lt;b&gt;" must not turn into a <b> element.
    assert "&lt;b&gt;" in text or "lt;b" in text, f"{fmt}: an entity in the text was decoded as markup"


def test_unsafe_urls_shown_as_text(outputs: dict[str, Path]) -> None:
    # The link text of a refused link stays readable; the URL itself is just not clickable.
    text = extract_text(outputs["html"])
    for number in range(len(UNSAFE_URLS)):
        assert f"Verweis{number}" in text


def test_html_has_no_template_evaluation(outputs: dict[str, Path]) -> None:
    page = outputs["html"].read_text(encoding="utf-8")
    assert "LOOPLOOPLOOP" not in page
    assert "{{ 7*7 }}" in page or "{{ 7*7 }}" in page.replace("&#123;", "{").replace("&#125;", "}")
