"""Two approximation words on one number ("ca mehr als 5 tausend", "etwa rund 40"): a garbled amount.

German qualifies a number by one hedge or bound ("rund 3.400", "mehr als 3 tausend", Duden grammar:
Gradpartikel before a numeral); two in a row say nothing a reader can use, and "ca" is an
abbreviation as well. amounts.py turns the source's "ca. 3.400" into "mehr als 3 tausend" and
consumes the hedge; where a hedge was left in front of the rewritten bound, the sentence is refused
rather than printed garbled (a blind judgement: "beschäftigt ca mehr als 3 tausend").
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["doubled_hedge"]

_HEDGE: Final = (
    r"(?:ca\.?|circa|zirka|etwa|rund|ungefähr|gut|knapp|fast|über|mehr als|weniger als|mindestens|höchstens|bis zu)"
)
# A hedge right before another hedge and a number ("über" as a preposition before a noun is no hedge).
_DOUBLED: Final = re.compile(rf"\b{_HEDGE} {_HEDGE} (?=\d|tausend\b|die Hälfte\b)", re.I)
# "ca" without its full stop is never a word of its own (Duden: "ca." for "circa").
_BARE_CA: Final = re.compile(r"\bca\b(?!\.)")


def doubled_hedge(sentence: str) -> str | None:
    """The doubled or abbreviated hedge in ``sentence`` ("ca mehr als"), or None."""
    match = _DOUBLED.search(sentence) or _BARE_CA.search(sentence)
    return match.group(0).strip() if match else None
