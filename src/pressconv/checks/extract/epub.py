"""The text of an EPUB output: its spine documents in reading order."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from pressconv.checks._archive import open_archive
from pressconv.checks.extract.html import html_text

__all__ = ["epub_text"]


def epub_text(data: bytes) -> str:
    """The text of every XHTML document of the spine, in spine order."""
    ns_opf = "{http://www.idpf.org/2007/opf}"
    with open_archive(data) as archive:
        container = ET.fromstring(archive.read("META-INF/container.xml"))
        rootfile = next(e for e in container.iter() if e.tag.endswith("rootfile"))
        opf_path = rootfile.get("full-path", "")
        package = ET.fromstring(archive.read(opf_path))
        base = opf_path.rsplit("/", 1)[0] + "/" if "/" in opf_path else ""
        manifest = {item.get("id"): item for item in package.iter(f"{ns_opf}item")}
        texts: list[str] = []
        for itemref in package.iter(f"{ns_opf}itemref"):
            item = manifest.get(itemref.get("idref"))
            if item is not None and item.get("media-type") == "application/xhtml+xml":
                texts.append(html_text(archive.read(base + (item.get("href") or ""))))
    return "\n".join(texts)
