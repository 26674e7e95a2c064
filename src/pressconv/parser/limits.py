"""Named lengths the parser's stages share, each with the convention it comes from."""

from __future__ import annotations

from typing import Final

__all__ = ["HEAD_LINE_MAX", "WRAP_WIDTH_MAX", "WRAP_WIDTH_MIN"]

# A line of the head (headline, sub-headline, label, date line) or a short standalone line (photo
# credit, appointment entry) is at most about three printed lines of a headline. The longest
# headlines of the corpus and the gold sets are about 170 characters; 250 leaves room and still
# keeps a one-line flattened paragraph (often thousands of characters) out of the head.
HEAD_LINE_MAX: Final = 250

# Hard-wrapped plain text (mail clients, wire services, fixed-width archives) breaks lines at 72 to
# 80 characters, a few at 100; a run of lines wider than 110 was not wrapped by a tool but written
# line by line. Narrower than 45 is a list or a poem, not a wrapped paragraph.
WRAP_WIDTH_MAX: Final = 110
WRAP_WIDTH_MIN: Final = 45
