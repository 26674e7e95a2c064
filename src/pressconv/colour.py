"""Hex colours and their WCAG 2.x contrast ratio: the one place config and writers measure an accent."""

from __future__ import annotations

import re
from typing import Final, TypeAlias

__all__ = ["BLACK", "RGB", "WHITE", "contrast_ratio", "hex_rgb", "parse_colour", "relative_luminance"]

RGB: TypeAlias = tuple[int, int, int]

WHITE: Final[RGB] = (255, 255, 255)
BLACK: Final[RGB] = (0, 0, 0)

# The CSS hex notations a press office writes in its config: #rgb and #rrggbb (no alpha, which
# would make the contrast depend on the background behind it).
_HEX_COLOUR: Final = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


def parse_colour(value: str) -> RGB:
    """Parse ``#rgb`` or ``#rrggbb`` (surrounding white space allowed) into 0-255 channels.

    Raises ValueError for anything else.
    """
    text = value.strip()
    if _HEX_COLOUR.fullmatch(text) is None:
        raise ValueError(f'{value!r} is not a colour like "#005a9c"')
    digits = text[1:]
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def hex_rgb(rgb: RGB) -> str:
    """Write channels as ``#rrggbb`` in lower case."""
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def relative_luminance(rgb: RGB) -> float:
    """WCAG 2.x relative luminance of an sRGB colour, from 0.0 (black) to 1.0 (white).

    The linearisation threshold is sRGB's 0.04045 (IEC 61966-2-1), which WCAG 2.2 adopted in place
    of the 0.03928 of WCAG 2.0/2.1; no 8-bit channel value lies between the two (10/255 = 0.0392,
    11/255 = 0.0431), so both give the same result for hex colours.
    """

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: RGB, second: RGB) -> float:
    """WCAG 2.x contrast ratio of two colours, (L1 + 0.05) / (L2 + 0.05), from 1.0 to 21.0."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
