"""Text extraction from outputs, one module per format, for the nothing-lost check.

The modules are named after their formats; ``pressconv.checks.extract.json`` shadows the standard
library's ``json`` as an attribute of this package, so this module does not use that name.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["extract_text"]


def extract_text(path: Path) -> str:
    """Return the text of an output file (HTML, XHTML, PDF, EPUB, DOCX, JSON or plain text)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from pressconv.checks.extract.pdf import pdf_text

        return pdf_text(path)
    from pressconv.checks import OUTPUT_LIMIT
    from pressconv.source import read_limited

    data = read_limited(path, limit=OUTPUT_LIMIT, name=path.name)
    if suffix in (".html", ".htm", ".xhtml"):
        from pressconv.checks.extract.html import html_text

        return html_text(data)
    if suffix == ".epub":
        from pressconv.checks.extract.epub import epub_text

        return epub_text(data)
    if suffix == ".docx":
        from pressconv.checks.extract.docx import docx_text

        return docx_text(data)
    if suffix == ".json":
        from pressconv.checks.extract.json import json_text

        return json_text(data)
    return data.decode("utf-8", errors="replace")
