"""Accessibility checks of a DOCX: document language, core title, real heading styles, image alt text."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile

from pressconv.checks.base import Issue

__all__ = ["check_docx"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_DC = "http://purl.org/dc/elements/1.1/"
# Office 2019+ marks decorative images with this extension (MS-ODRAWXML 2.3.19).
_DECORATIVE = "http://schemas.microsoft.com/office/drawing/2017/decorative"


def _xml(archive: zipfile.ZipFile, name: str) -> ET.Element | None:
    try:
        return ET.fromstring(archive.read(name))
    except (KeyError, ET.ParseError):
        return None


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


def _languages(styles: ET.Element | None, document: ET.Element) -> set[str]:
    found: set[str] = set()
    for root in (styles, document):
        if root is None:
            continue
        for lang in root.iter(_w("lang")):
            value = lang.get(_w("val"))
            if value:
                found.add(value)
    return found


def _heading_styles(styles: ET.Element | None) -> dict[str, str]:
    """Map style ids to names for Title and Heading 1–9 (ids are localised; names are not)."""
    result: dict[str, str] = {}
    if styles is None:
        return result
    for style in styles.iter(_w("style")):
        name_element = style.find(_w("name"))
        name = (name_element.get(_w("val")) or "").lower() if name_element is not None else ""
        if name == "title" or name.startswith("heading "):
            result[style.get(_w("styleId"), "")] = name
    return result


def check_docx(data: bytes) -> list[Issue]:
    """Return the accessibility problems of one DOCX (empty when it passes)."""
    from pressconv.checks._archive import open_output

    archive = open_output(data, "docx", "a DOCX")
    if isinstance(archive, Issue):
        return [archive]
    with archive:
        document = _xml(archive, "word/document.xml")
        if document is None:
            return [Issue("docx.no-document", "word/document.xml is missing or broken")]
        styles = _xml(archive, "word/styles.xml")
        core = _xml(archive, "docProps/core.xml")
    issues: list[Issue] = []
    # PDF/UA and WCAG 2.4.2 via the converted PDF: the title comes from the core properties.
    title = "".join(e.text or "" for e in core.iter(f"{{{_DC}}}title")) if core is not None else ""
    if not title.strip():
        issues.append(Issue("docx.no-title", "the core properties have no title (docProps/core.xml dc:title)"))
    if not _languages(styles, document):
        issues.append(Issue("docx.no-lang", "no document language (w:lang) in the styles or the text (WCAG 3.1.1)"))
    headings = _heading_styles(styles)
    used = [headings[p.get(_w("val"), "")] for p in document.iter(_w("pStyle")) if p.get(_w("val"), "") in headings]
    if not any(name.startswith("heading ") or name == "title" for name in used):
        issues.append(Issue("docx.no-headings", "no paragraph uses a Title or Heading style (WCAG 1.3.1)"))
    without_alt = 0
    for properties in document.iter(f"{{{_WP}}}docPr"):
        decorative = any(
            element.tag == f"{{{_DECORATIVE}}}decorative" and element.get("val") in ("1", "true")
            for element in properties.iter()
        )
        if not decorative and not (properties.get("descr") or "").strip():
            without_alt += 1
    if without_alt:
        issues.append(Issue("docx.img-no-alt", f"{without_alt} image(s) without alt text or decorative mark"))
    return issues
