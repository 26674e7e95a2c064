"""Split long German compounds for Leichte Sprache: "Ober·bürger·meister" or "Ober-Bürger-Meister".

A small splitter: a curated lexicon of known splits first, then a search over split points whose
parts are frequent German words (wordfreq), with linking elements (Fugen-s, -n, -en …) attached to
the left part. It only splits capitalised words of 10 letters or more, as the prototype did; the
big CharSplit model (split-words, ~370 MB) is not needed for the words press releases use.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, Literal

from pressconv.transforms.easy.frequency import zipf
from pressconv.transforms.easy.limits import LONG_WORD

__all__ = ["MEDIOPUNKT", "Separator", "segment", "segment_text", "zipf"]

MEDIOPUNKT: Final = "·"
Separator = Literal["·", "-"]

# Splits people expect but frequency alone gets wrong, and words never to split. Our own list.
_LEXICON: Final[dict[str, tuple[str, ...]]] = {
    "oberbürgermeister": ("ober", "bürger", "meister"),
    "oberbürgermeisterin": ("ober", "bürger", "meisterin"),
    "bürgermeister": ("bürger", "meister"),
    "bürgermeisterin": ("bürger", "meisterin"),
    "bezirksbürgermeister": ("bezirks", "bürger", "meister"),
    "bezirksbürgermeisterin": ("bezirks", "bürger", "meisterin"),
    "kindertagesstätte": ("kinder", "tages", "stätte"),
    "straßenbauarbeiten": ("straßen", "bau", "arbeiten"),
    "bezirksamt": ("bezirks", "amt"),
    "bezirksamtes": ("bezirks", "amtes"),
    "nachmittag": ("nachmittag",),
}
_NEVER_SPLIT: Final = frozenset(
    {
        "digitalisierung",
        "verwaltung",
        "wissenschaft",
        "gesellschaft",
        "partizipation",
        "veranstaltung",
        "information",
        "informationen",
        "entwicklung",
        "anerkennung",
        "mitarbeiterinnen",
        "mitarbeiter",
        "verletzungen",
        "bürgerinnen",
        "verbesserung",
        "ermittlungen",
        "wissenschaftler",
        "unterstützung",
        "pressemitteilung",
    }
)
# Endings that are suffixes, not words: a split must never leave them as a part of their own.
_SUFFIX_PARTS: Final = frozenset(
    {
        "schaft",
        "schaften",
        "heit",
        "keit",
        "ung",
        "ungen",
        "lich",
        "isch",
        "chen",
        "lein",
        "innen",
        "erin",
        "nis",
        "tum",
        "bar",
        "sam",
        "ieren",
        "ierung",
        "tion",
        "tionen",
        "ität",
        "haft",
        "los",
        "weise",
        "ling",
        "ende",
        "ender",
        "enden",
        "ern",
        "ens",
        "ers",
        "erei",
    }
)
# The prefix and "ge-" of a participle of a separable verb ("an·ge·klagt", "aus·ge·stellt") are one
# word with it (Duden grammar: Partizip II of separable verbs): "Ange·klagte" splits no word part.
_PARTICIPLE_PREFIXES: Final = frozenset(
    p + "ge" for p in ("an", "ab", "auf", "aus", "bei", "ein", "mit", "nach", "vor", "zu", "zurück", "weg", "fest")
)
# Derivational suffixes of nouns (Duden grammar: -ung, -heit, -keit, -schaft, -ion, -ität): the head
# part keeps the suffix with its whole base, so "Regel·ungen" is never read as "Rege·lungen".
_NOUN_SUFFIXES: Final = ("ungen", "ung", "heiten", "heit", "keiten", "keit", "schaften", "schaft", "ionen", "ion")
_LINKS: Final = ("", "s", "es", "n", "en", "e", "er")
_MIN_WORD = 10
_MIN_PART = 4
_MIN_HEAD = 4
_KNOWN = 3.0
_COMMON = 5.0
# A small bonus per part: split deeper only when the parts are about as frequent (not Verb·raucher).
_PART_BONUS = 0.15
# A Fugen-s or -es (linking element) marks a compound boundary, so after it a short, very common head
# (Amt, Tag, Rat, Ort) may stand as a part: "Landrats·amt", "Geburts·tag" (Duden, Fugenelemente).
_LINKED_HEAD = 3
_LINKED_HEAD_ZIPF = 4.5
_LINKED_STEM_ZIPF = 4.0
_FUGEN_S: Final = ("s", "es")


def _known(part: str) -> bool:
    return len(part) >= _MIN_PART and part not in _SUFFIX_PARTS and zipf(part) >= _KNOWN


@lru_cache(maxsize=8192)
def _best_split(word: str) -> tuple[float, tuple[str, ...]]:
    """Return (score, parts) for a lowercase word; the score is the frequency of its rarest part."""
    if word in _LEXICON:
        return (9.0, _LEXICON[word])
    verified = _lexicon_split(word)
    if verified is not None:
        return (9.0, verified)
    whole = (zipf(word), (word,))
    # Very common words (Deutschland, Mittwoch) are read as one word; splitting them only disturbs.
    if word in _NEVER_SPLIT or len(word) < _MIN_WORD or whole[0] >= _COMMON:
        return whole
    best: tuple[float, tuple[str, ...]] | None = None
    best_key: tuple[float, bool] | None = None
    for cut in range(_MIN_PART, len(word) - _LINKED_HEAD + 1):
        left, right = word[:cut], word[cut:]
        if right in _SUFFIX_PARTS or left in _PARTICIPLE_PREFIXES or _cuts_a_base(right):
            continue
        for link in _LINKS:
            if link and not left.endswith(link):
                continue
            if len(right) < _MIN_HEAD and link not in _FUGEN_S:
                continue
            stem = left[: len(left) - len(link)] if link else left
            if not _known(stem):
                continue
            options: list[tuple[float, tuple[str, ...]]] = []
            if _known(right) or (link in _FUGEN_S and _linked_head(stem, right)):
                options.append((zipf(right), (right,)))
            # Parts of ten letters or less stay whole (Standort, not Stand·ort), as in the prototype.
            if len(right) > _MIN_WORD:
                deeper = _best_split(right)
                if len(deeper[1]) > 1:
                    options.append(deeper)
            if not options:
                continue
            # Prefer the deeper split when it is about as sure: Leichte Sprache splits every part.
            right_score, right_parts = max(options, key=lambda o: o[0] + _PART_BONUS * (len(o[1]) - 1))
            score = min(zipf(stem), right_score)
            # On a tie the reading with a Fugen-s wins: "Landrats·amt" (Landrat + Amt), not "Landrat·samt";
            # both parts are verified words either way, and the linking element is the regular case.
            key = (score + _PART_BONUS * len(right_parts), link in _FUGEN_S)
            if best_key is None or key > best_key:
                best, best_key = (score, (left, *right_parts)), key
    return best if best is not None else whole


def _cuts_a_base(right: str) -> bool:
    """The head part is a noun suffix with less than a syllable of its base ("lungen" of "Regelungen")."""
    suffix = next((s for s in _NOUN_SUFFIXES if right.endswith(s)), None)
    return suffix is not None and len(right) - len(suffix) < 3


def _linked_head(stem: str, part: str) -> bool:
    """A short head after a Fugen-s: a very common word (Amt, Tag) after a common stem (Landrat, Geburt).

    The stem must be common too, so a word read as one ("Donnerstag": Donner is rare) stays whole.
    """
    common = zipf(stem) >= _LINKED_STEM_ZIPF and zipf(part) >= _LINKED_HEAD_ZIPF
    return len(part) >= _LINKED_HEAD and part not in _SUFFIX_PARTS and common


@lru_cache(maxsize=1)
def _lexicon_splits() -> dict[str, tuple[str, ...]]:
    """Splits written by hand in the lexicon's headwords ("Kooperations·vereinbarung"): verified parts."""
    from pressconv.transforms.easy.lexicon import lexicon

    splits: dict[str, tuple[str, ...]] = {}
    for entry in lexicon():
        if "·" in entry.word:
            parts = tuple(p.lower() for p in entry.word.split("·"))
            splits["".join(parts)] = parts
    return splits


def _lexicon_split(word: str) -> tuple[str, ...] | None:
    """The lexicon's split of ``word`` or of its head ("Kooperationsvereinbarungen" ends in one)."""
    splits = _lexicon_splits()
    if word in splits:
        return splits[word]
    for plain, parts in splits.items():
        # An inflected form: the lexicon word plus an ending ("-en", "-s").
        if word.startswith(plain) and len(word) - len(plain) <= 3:
            return (*parts[:-1], parts[-1] + word[len(plain) :])
    return None


def _whole_in_lexicon(word: str) -> bool:
    """The lexicon lists ``word`` as a form of an entry written without a Mediopunkt."""
    from pressconv.transforms.easy.lexicon import lookup

    entry = lookup(word)
    return entry is not None and bool(entry.explanation) and "·" not in entry.word


def _split_lower(word: str) -> tuple[str, ...]:
    return _best_split(word)[1]


# Street and square names: the first part is usually a name (Scharnweber, Kronprinzessinnen), so it
# is never cut up; only the suffix is set off ("Scharnweber·straße"), as LS editors write street names.
_STREET_SUFFIXES: Final = (
    "straße",
    "strasse",
    "weg",
    "damm",
    "allee",
    "platz",
    "chaussee",
    "ufer",
    "gasse",
    "brücke",
)


def segment(word: str, separator: Separator = MEDIOPUNKT) -> str:
    """Return ``word`` with its compound parts joined by ``separator`` (unchanged if not a compound)."""
    if len(word) < _MIN_WORD or "-" in word or not word.isalpha():
        return word
    if not word[:1].isupper() and len(word) < LONG_WORD:
        return word  # short adjectives and verbs read well whole; long ones are split like nouns
    if not word[:1].isupper() and _whole_in_lexicon(word):
        return word  # a verb form the lexicon writes whole ("unterschrieben"): a particle is no word part
    lower = word.lower()
    street = next((s for s in _STREET_SUFFIXES if lower.endswith(s) and len(lower) - len(s) >= 4), None)
    parts = (lower[: -len(street)], street) if street else _split_lower(lower)
    if len(parts) == 1:
        return word
    # Re-cut the original spelling at the same positions so umlauts and case stay as written.
    pieces: list[str] = []
    position = 0
    for part in parts:
        pieces.append(word[position : position + len(part)])
        position += len(part)
    if separator == "-":
        # The Netzwerk Leichte Sprache hyphen style capitalises every part: Ober-Bürger-Meister.
        return "-".join(piece[:1].upper() + piece[1:] for piece in pieces)
    return MEDIOPUNKT.join(pieces)


_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")


def segment_text(text: str, separator: Separator = MEDIOPUNKT, *, keep: frozenset[str] = frozenset()) -> str:
    """Segment every long compound in ``text``; words in ``keep`` (names) stay whole."""

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        start, end = match.span()
        # Parts of hyphenated words ("IT-Bildungsstandort") are split on their own.
        if word in keep:
            return word
        del start, end
        return segment(word, separator)

    return _WORD.sub(replace, text)
