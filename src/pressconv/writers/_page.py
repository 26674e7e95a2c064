"""The page sizes the PDF and DOCX writers print on, read from the ``page_size`` format option."""

from __future__ import annotations

from collections.abc import Mapping

from pressconv.errors import UsageError

__all__ = ["PAGE_SIZES", "canonical_page_size", "page_size"]

# Name as pressconv.toml writes it -> the CSS Paged Media keyword (CSS Paged Media 3 §7.1, "size").
# Only the two sizes press offices print on: ISO 216 A4 and US Letter.
PAGE_SIZES: Mapping[str, str] = {"A4": "A4", "Letter": "letter"}


def canonical_page_size(value: object) -> str | None:
    """Return the canonical name of a page size, case ignored ("letter" is "Letter"), or None."""
    for name in PAGE_SIZES:
        if isinstance(value, str) and value.strip().lower() == name.lower():
            return name
    return None


def page_size(options: Mapping[str, object]) -> str | None:
    """The ``page_size`` option as its canonical name ("A4", "Letter"), or None when it is not set.

    The config loader already refused other values with the file and line; this check is for API
    callers that pass ``options`` themselves (exit 2, a usage mistake).
    """
    value = options.get("page_size")
    if value is None:
        return None
    name = canonical_page_size(value)
    if name is not None:
        return name
    raise UsageError(f"page_size: {value!r} is no page size (use {' or '.join(PAGE_SIZES)})")
