"""Find hard words: rare by frequency, Latin-type suffixes, or English words in a German text."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from typing import Final

from pressconv.transforms.easy.frequency import zipf

__all__ = ["family_zipf", "hard_words", "is_hard"]

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
    "ive",
    "iven",
    "ource",
    "ourcen",
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


# Inflection endings of German verbs, participles and adjectives, longest first.
_ENDINGS_DE: Final = (
    "enden",
    "ender",
    "ende",
    "end",
    "test",
    "tet",
    "ten",
    "te",
    "st",
    "et",
    "en",
    "em",
    "er",
    "es",
    "e",
    "t",
    "n",
)
_PARADIGM_DE: Final = ("en", "e", "t", "st", "te", "ten", "end", "ende")


def family_zipf(plain: str) -> float:
    """Zipf frequency of a lowercase word's whole inflection family: lobte -> lob + en/e/t/te/… .

    Frequency lists count each form apart, and past tenses and participles are rare in them, so
    "lobte" or "wachsende" look hard although "loben" and "wachsen" are common. Without a
    lemmatiser (none is installable offline, DESIGN §6) we add up the forms of every likely stem.
    """
    best = zipf(plain)
    for ending in _ENDINGS_DE:
        if not plain.endswith(ending) or len(plain) - len(ending) < 3:
            continue
        stem = plain[: -len(ending)]
        forms = {stem + e for e in _PARADIGM_DE} | {stem}
        total = sum(10 ** zipf(form) for form in forms if zipf(form) > 0)
        if total > 0:
            best = max(best, math.log10(total))
    return best


def is_hard(word: str, language: str) -> bool:
    """True if a reader of easy language probably does not know ``word``."""
    plain = word.replace("·", "").replace("-", "").lower()
    if len(plain) < 4 or plain.isdigit():
        return False
    if language.lower().startswith("de"):
        if plain in _SIMPLE_LATIN:
            return False
        if word.islower() and family_zipf(plain) >= _RARE_DE:
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


def hard_words(
    texts: Iterable[str],
    language: str,
    *,
    names: frozenset[str] = frozenset(),
    basic_form: Callable[[str], bool] | None = None,
) -> list[str]:
    """Return the hard words of ``texts`` in order of appearance.

    ``basic_form`` tells an inflected form of basic vocabulary ("Feuer·wehren" of "Feuerwehr",
    ``lexicon.basic_form``): the glossary leaves those out on purpose, so they are not reported.

    Names are not hard words to explain: people and places (``names``), words inside a quoted name
    („Lebendige Stadt“, “Smart City”) and capitalised words in the middle of an English sentence.
    """
    found: list[str] = []
    for raw in texts:
        text = re.sub(r"[„“”\"][^„“”\"]{1,60}[“”\"]", " ", raw)
        if not language.lower().startswith("de"):
            text = re.sub(r"(?<=[a-z,] )[A-Z][\w-]*", " ", text)
        for word in re.findall(r"[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß·\-]{3,}", text):
            bare = word.strip("-")
            if bare in names or bare.replace("·", "") in names or bare in found:
                continue
            if is_hard(bare, language) and not (basic_form is not None and basic_form(bare)):
                found.append(bare)
    return found
