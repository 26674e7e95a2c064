"""Word normalisation for the nothing-lost check: the same words, however a writer styles them."""

from __future__ import annotations

import re
import unicodedata

from pressconv._months import MONTHS_DE, MONTHS_EN

__all__ = ["words_of"]

# Letters and digits: "_NOTE_" (Markdown emphasis) is the word NOTE.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Soft hyphens and zero-width characters may sit inside words in an output; they are not text.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
# A hyphen inside a word: "IT-Fachverfahren", "D-13403". PDF text extraction joins a word
# hyphenated at a line end ("Alt-" + "Daten" -> "AltDaten"), so compounds are compared without
# their hyphens on both sides. Between two digits it separates numbers ("2018-09-20", "90264-275") and stays a break.
_INNER_HYPHEN = re.compile(r"(?<=[^\W\d])[-\u2010\u2011](?=\w)|(?<=\w)[-\u2010\u2011](?=[^\W\d])")
# Writers print dates long ("20. September 2018") where the release has "20.09.2018": month names
# become numbers on both sides, and numbers lose leading zeros.
_MONTHS = {
    name.lower(): str(number)
    for number, names in enumerate(zip(MONTHS_DE, MONTHS_EN, strict=True), start=1)
    for name in names
} | {"jänner": "1"}  # the Austrian January
# Datelines abbreviate months ("Jan.", "Sept.", "Okt."); writers print them in full.
_MONTHS |= {
    name.lower()[:length]: str(number)
    for number, names in enumerate(zip(MONTHS_DE, MONTHS_EN, strict=True), start=1)
    for name in names
    for length in (3, 4)
    if len(name) > length
}


def _normalise(text: str) -> str:
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).casefold()
    return _INNER_HYPHEN.sub("", text)


def _canonical(word: str) -> str:
    if word.isdigit():
        return word.lstrip("0") or "0"
    return _MONTHS.get(word, word)


def words_of(text: str) -> list[str]:
    """Split text into comparable words (case-folded, compounds unhyphenated, dates numeric)."""
    return [_canonical(word) for word in _WORD.findall(_normalise(text))]
