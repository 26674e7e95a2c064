"""Find hard words: rare by frequency, Latin-type suffixes, or English words in a German text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from pressconv.transforms.easy.compounds import zipf

__all__ = ["hard_words", "is_hard"]

# Research notes §3.3: frequency alone is weak (Strategie, Kontext look "frequent" on the web), so a
# Latin-type suffix or a word more frequent in English than in German also counts as hard.
_LATIN_SUFFIXES_DE: Final = (
    "ation",
    "ität",
    "ismus",
    "ierung",
    "ion",
    "ment",
    "enz",
    "ell",
    "iv",
    "ie",
    "ik",
    "ur",
    "ent",
)
_RARE_DE: Final = 4.0
_RARE_EN: Final = 4.2
_SIMPLE_LATIN: Final = frozenset(
    {
        "polizei",
        "familie",
        "familien",
        "linie",
        "partei",
        "million",
        "millionen",
        "kultur",
        "natur",
        "uhr",
        "tour",
        "zeit",
        "frau",
        "student",
        "präsident",
        "moment",
        "prozent",
        "tiere",
        "ende",
        "energie",
        "industrie",
        "region",
        "aktion",
        "station",
        "musik",
        "politik",
        "technik",
        "fabrik",
        "april",
        "juni",
        "juli",
        "verkehr",
        "mehr",
        "nur",
        "zur",
        "für",
        "kurz",
        "bewerbung",
        "fahrrad",
        "hilfe",
        "ziele",
        "preis",
        "stadt",
        "sie",
        "die",
        "wie",
        "hier",
        "gesellschaft",
        "geschäft",
    }
)


def is_hard(word: str, language: str) -> bool:
    """True if a reader of easy language probably does not know ``word``."""
    plain = word.replace("·", "").replace("-", "").lower()
    if len(plain) < 4 or plain.isdigit():
        return False
    if language.lower().startswith("de"):
        if plain in _SIMPLE_LATIN:
            return False
        parts = [p.lower() for p in re.split(r"[·\-]", word) if p]
        # A compound is easy when every part is a common word (Preis·verleihung, Spiel·platz).
        frequent = zipf(plain) >= _RARE_DE or (len(parts) > 1 and min(zipf(p) for p in parts) >= 4.3)
        if not frequent:
            return True
        if plain.endswith(_LATIN_SUFFIXES_DE) and zipf(plain) < 5.0:
            return True
        return zipf(plain, "en") > zipf(plain) + 0.5 and zipf(plain, "en") > 3.5
    return zipf(plain, "en") < _RARE_EN


def hard_words(texts: Iterable[str], language: str, *, names: frozenset[str] = frozenset()) -> list[str]:
    """Return the hard words of ``texts`` in order of appearance (names of people and places excluded)."""
    found: list[str] = []
    for text in texts:
        for word in re.findall(r"[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß·\-]{3,}", text):
            bare = word.strip("-")
            if bare in names or bare.replace("·", "") in names or bare in found:
                continue
            if is_hard(bare, language):
                found.append(bare)
    return found
