"""pressconv: turn plain-text press releases into accessible HTML, PDF/UA, EPUB, DOCX and Leichte Sprache.

The public, stable API is what ``__all__`` lists. Heavy modules (WeasyPrint, ebooklib, python-docx)
are imported only when a writer that needs them renders.
"""

from __future__ import annotations

from pressconv.api import ParseResult, convert, parse, render
from pressconv.registry import get_writer, register_writer

__version__ = "0.1.0"

__all__ = ["ParseResult", "__version__", "convert", "get_writer", "parse", "register_writer", "render"]
