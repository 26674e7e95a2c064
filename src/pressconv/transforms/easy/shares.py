"""Fractions in words ("ein Drittel", "zwei Drittel") as the Leichte-Sprache share "1 von 3", "2 von 3".

Leichte Sprache (Netzwerk Leichte Sprache, "Zahlen") says a fraction as a count of a whole: "1 von 3".
Only exact fractions of the source are said so; the fact guard (verify.py) accepts such a pair of
numbers only where the source names that very fraction in words.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["DENOMINATORS", "NUMERATORS", "from_fraction"]

# Duden, Bruchzahlen: the numerator as a word before the fraction noun.
NUMERATORS: Final = {"ein": 1, "zwei": 2, "drei": 3}
DENOMINATORS: Final = {"Drittel": 3, "Viertel": 4, "Fünftel": 5, "Zehntel": 10}
_WORDS: Final = {value: key for key, value in NUMERATORS.items()}
_NAMES: Final = {value: key for key, value in DENOMINATORS.items()}
_SAID: Final = re.compile(r"\b(\d) von (\d{1,2})\b")


def from_fraction(sentence: str, source: str) -> str:
    """``sentence`` with each "k von n" blanked whose fraction "k n-tel" the source writes in words."""

    def blank(match: re.Match[str]) -> str:
        """The pair of numbers blanked where the source names the fraction, else unchanged."""
        word, name = _WORDS.get(int(match[1])), _NAMES.get(int(match[2]))
        if word is None or name is None or not re.search(rf"\b{word} {name}\b", source, re.I):
            return match.group(0)
        return ""

    return _SAID.sub(blank, sentence)
