"""Split text into numbered lines and normalise the spaces inside each line."""

from __future__ import annotations

from dataclasses import dataclass

from pressconv.parser._lazy import lazy_compile

__all__ = ["Line", "collapse_spaces", "split_lines"]

# Spaces of every width count as spaces; a no-break space next to another space is scrape debris.
_SPACE_CHARS = "\u00a0\u2000-\u200a\u202f\u205f\u3000"
_SPECIAL_SPACE = lazy_compile(f"[{_SPACE_CHARS}]")
_LOOSE_NBSP = lazy_compile(f"[ {_SPACE_CHARS}]*[ ][ {_SPACE_CHARS}]*")
_ANY_SPACES = lazy_compile(f"[ \\t{_SPACE_CHARS}]+")
# str.strip takes a set of characters, not a regex class: spell the range out.
_EDGE = " \t\u00a0\u202f\u205f\u3000" + "".join(chr(code) for code in range(0x2000, 0x200B))


@dataclass(frozen=True, slots=True)
class Line:
    """One input line: its 1-based number, its text without edge spaces, and its indentation."""

    number: int
    text: str
    indent: int
    raw: str

    @property
    def blank(self) -> bool:
        """True for lines with no visible text (only spaces or no-break spaces)."""
        return not self.text


def _tidy(text: str) -> str:
    """Strip edge spaces; turn no-break spaces that touch a normal space into normal spaces.

    Runs of normal spaces are kept: a double space can be the only trace of a paragraph break
    in a flattened body, and TABs separate table cells.
    """
    text = text.strip(_EDGE)
    if _SPECIAL_SPACE.search(text):
        text = _LOOSE_NBSP.sub(lambda m: " " * max(1, m.group(0).count(" ")), text)
    return text


def split_lines(text: str) -> list[Line]:
    """Return the lines of ``text`` (already LF-normalised) as Line records."""
    lines: list[Line] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.lstrip(_EDGE)
        indent = len(raw) - len(stripped)
        lines.append(Line(number=number, text=_tidy(raw), indent=indent, raw=raw))
    return lines


def collapse_spaces(text: str) -> str:
    """Collapse every run of spaces (including TAB and no-break spaces) into one space."""
    return _ANY_SPACES.sub(" ", text).strip()
