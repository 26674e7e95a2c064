"""A building's storeys said with a number: "ein dreigeschossiges Haus" → "ein Haus mit 3 Stock·werken".

Netzwerk Leichte Sprache, "Zahlen": numbers as digits; "Wörter": no long words that cannot be split
at real word parts ("drei·geschossig" has no part a reader knows: "geschossig" is no word). Fire
brigades, police, builders and councils describe a building by its storeys ("im zweigeschossigen
Anbau", "ein viergeschossiges Wohnhaus"); the number and the noun "Stockwerk" say the same in the
order Leichte Sprache writes: the noun, then what it has. Only the adjective right before its noun is
moved (a second adjective or a coordinated noun would leave the phrase attached to the wrong word),
and the predicate "ist dreigeschossig." at the end of its clause becomes "hat 3 Stock·werke." (before
"und modern" the second predicate would lose its verb); any other use stays as written, and so does
a count with a decimal ("2,5-geschossig": half storeys are no count of "Stock·werke").
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["storeys"]

# Number words up to twelve (Duden: Zahlwörter) and "mehr-" (several storeys, no number).
_NUMBERS: Final = {
    "ein": "1",
    "zwei": "2",
    "drei": "3",
    "vier": "4",
    "fünf": "5",
    "sechs": "6",
    "sieben": "7",
    "acht": "8",
    "neun": "9",
    "zehn": "10",
    "elf": "11",
    "zwölf": "12",
}
_COUNT: Final = r"(?P<count>\d{1,2}-|" + "|".join(_NUMBERS) + r"|mehr)"
_HEAD: Final = r"(?:geschossig|stöckig)"
# The attributive adjective with its ending, then its noun (capitalised, maybe split with a
# Mediopunkt), not followed by a hyphen or "und"/"oder" (a coordinated noun: "Wohn- und Geschäftshaus").
_ATTRIBUTIVE: Final = re.compile(
    rf"(?<![\d,.])\b(?P<word>{_COUNT}{_HEAD}(?:e|en|er|es|em))\s+(?P<noun>[A-ZÄÖÜ][\wäöüß·]*)\b(?![\-·]|\s+(?:und|oder|bzw)\b)",
    re.IGNORECASE,
)
_PREDICATE: Final = re.compile(rf"\b(?P<verb>ist|sind)\s+(?P<word>(?<![\d,.]){_COUNT}{_HEAD})\s*(?=[.!?;]|$)", re.IGNORECASE)


def _phrase(count: str, *, dative: bool) -> str:
    """'3 Stock·werken' (dative, after "mit") or '3 Stock·werke'; one storey in the singular."""
    number = _NUMBERS.get(count.lower(), count.rstrip("-"))
    if count.lower() == "mehr":
        return "mehreren Stock·werken" if dative else "mehrere Stock·werke"
    if number == "1":
        return "einem Stock·werk" if dative else "ein Stock·werk"
    return f"{number} Stock·werken" if dative else f"{number} Stock·werke"


def storeys(sentence: str) -> str:
    """The sentence with a storey adjective said as "mit N Stock·werken" after its noun, else unchanged."""

    def attributive(match: re.Match[str]) -> str:
        """A storey count after its noun said as "mit …" in the dative."""
        if not match.group("noun")[:1].isupper():
            return match.group(0)  # the IGNORECASE flag must not make a verb or an adverb the noun
        return f"{match.group('noun')} mit {_phrase(match.group('count'), dative=True)}"

    def predicate(match: re.Match[str]) -> str:
        """A storey count as a predicate said with "hat" or "haben"."""
        verb = "hat" if match.group("verb").lower() == "ist" else "haben"
        verb = verb.capitalize() if match.group("verb")[:1].isupper() else verb
        return f"{verb} {_phrase(match.group('count'), dative=False)}"

    return _PREDICATE.sub(predicate, _ATTRIBUTIVE.sub(attributive, sentence))
