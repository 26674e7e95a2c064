"""The page the PDF and DOCX writers print on: the ``page_size`` and ``letterhead`` format options."""

from __future__ import annotations

from collections.abc import Mapping

from pressconv.errors import UsageError

__all__ = ["PAGE_SIZES", "canonical_page_size", "letterhead", "letterhead_problem", "page_size"]

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


# A letterhead is the organisation's name and an address or contact line or two; more would push
# the release itself down the first page (and belongs in the branding footer).
LETTERHEAD_MAX_LINES = 4
LETTERHEAD_MAX_CHARS = 200


def letterhead_problem(value: str) -> str | None:
    """Why a ``letterhead`` text is refused, or None; the config loader adds file and line."""
    lines = [line for line in (part.strip() for part in value.splitlines()) if line]
    if not lines:
        return "is empty; leave the key out for no letterhead"
    if len(lines) > LETTERHEAD_MAX_LINES:
        return f"has {len(lines)} lines, at most {LETTERHEAD_MAX_LINES} fit a letterhead (use footer for more)"
    longest = max(lines, key=len)
    if len(longest) > LETTERHEAD_MAX_CHARS:
        return f"has a line of {len(longest)} characters, at most {LETTERHEAD_MAX_CHARS}"
    return None


def letterhead(options: Mapping[str, object]) -> tuple[str, ...]:
    """The ``letterhead`` option as its non-blank lines, spaces collapsed; () when it is not set.

    The config loader already refused bad values with the file and line; this check is for API
    callers that pass ``options`` themselves (exit 2, a usage mistake).
    """
    value = options.get("letterhead")
    if value is None:
        return ()
    if not isinstance(value, str):
        raise UsageError(f"letterhead: must be a string, not {type(value).__name__}")
    problem = letterhead_problem(value)
    if problem is not None:
        raise UsageError(f"letterhead: {problem}")
    return tuple(" ".join(line.split()) for line in value.splitlines() if line.strip())
