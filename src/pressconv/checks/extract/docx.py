"""The text of a DOCX output: paragraphs, image descriptions and external link targets."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from pressconv.checks._archive import open_archive

__all__ = ["docx_text"]


def docx_text(data: bytes) -> str:
    """The paragraphs of ``word/document.xml``, then image descriptions and hyperlink targets."""
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with open_archive(data) as archive:
        document = ET.fromstring(archive.read("word/document.xml"))
        try:
            relationships = ET.fromstring(archive.read("word/_rels/document.xml.rels"))
        except KeyError:
            relationships = ET.Element("none")
    paragraphs: list[str] = []
    for paragraph in document.iter(f"{w}p"):
        parts: list[str] = []
        for element in paragraph.iter():
            if element.tag == f"{w}t" and element.text:
                parts.append(element.text)
            elif element.tag in (f"{w}tab", f"{w}br", f"{w}cr"):
                parts.append(" ")
        paragraphs.append("".join(parts))
    for docpr in document.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"):
        paragraphs.append(docpr.get("descr") or "")
    targets = [rel.get("Target", "") for rel in relationships if rel.get("TargetMode") == "External"]
    return "\n".join(paragraphs) + "\n" + "\n".join(targets)
