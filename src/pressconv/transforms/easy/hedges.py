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

__all__ = ["ABOUT", "SHARE_HEDGE", "UNDER", "doubled_hedge"]

# The hedge words on a number have their one home here (amounts.py rounds after them).
# Approximations and lower bounds: every number they qualify lies above the full thousands below it,
# and a percentage above 50 they qualify is above half. "ca" may have lost its full stop to the
# sentence splitter: it is the same hedge (judge21b: "ca mehr als").
_ABOUT_WORDS: Final = ("rund", "etwa", r"ca\.?", "circa", "zirka", "ungefähr", "gut", "über", "mehr als", "mindestens")
ABOUT: Final = rf"(?:{'|'.join(_ABOUT_WORDS)})"
# Upper bounds and "just under": a number after one may not be rounded to a lower bound.
_UNDER_WORDS: Final = ("knapp", "fast", "beinahe", "nahezu", "weniger als", "höchstens", "bis zu")
UNDER: Final = rf"(?:{'|'.join(_UNDER_WORDS)})"
_HEDGE: Final = rf"(?:{ABOUT}|{UNDER})"
# The hedges a share keeps with its number ("mehr als 58 Prozent", studies.py): the same words without
# "gut" and "über" (before "ein Drittel" they are no hedge a reader can keep apart from the noun), the
# abbreviated "ca." (Leichte Sprache writes no abbreviation) and "bis zu" (a range, no share of people).
_NOT_FOR_SHARES: Final = frozenset({"gut", "über", r"ca\.?", "bis zu"})
SHARE_HEDGE: Final = rf"(?:{'|'.join(w for w in (*_ABOUT_WORDS, *_UNDER_WORDS) if w not in _NOT_FOR_SHARES)})"
# A hedge right before another hedge and a number ("über" as a preposition before a noun is no hedge).
_DOUBLED: Final = re.compile(rf"\b{_HEDGE} {_HEDGE} (?=\d|tausend\b|die Hälfte\b)", re.I)
# "ca" without its full stop is never a word of its own (Duden: "ca." for "circa").
_BARE_CA: Final = re.compile(r"\bca\b(?!\.)")


def doubled_hedge(sentence: str) -> str | None:
    """The doubled or abbreviated hedge in ``sentence`` ("ca mehr als"), or None."""
    match = _DOUBLED.search(sentence) or _BARE_CA.search(sentence)
    return match.group(0).strip() if match else None
