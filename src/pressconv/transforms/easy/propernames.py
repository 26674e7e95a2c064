"""Proper names of a release (places, streets, firms) that the compound splitter leaves whole.

A name is written as its bearer writes it: the Mediopunkt marks the parts of a common compound,
and a name split with it ("Wendel·stein", "Schloss·graben") is a name the reader will not find on a
sign or a letter (Netzwerk Leichte Sprache rule book: names stay as they are). The splitter knows
names only from where the release puts them, so this module reads the release's name positions:
a bare capitalised place after a preposition of place, a street before its house number, a firm
before its legal form.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy.compounds import PLACE_HEADS, STREET_SUFFIXES
from pressconv.transforms.easy.frequency import zipf
from pressconv.transforms.easy.lexicon import lookup
from pressconv.transforms.easy.limits import LONG_WORD

__all__ = ["NAME", "source_names"]

# A name word: one capitalised word, its hyphen parts capitalised too ("Musterhausen", "Ober-Ahlen";
# German spelling of names, Duden: Bindestrich in Eigennamen). Its one home: the modules that read
# names (closings, decree, incident_place) import it.
NAME: Final = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*"
# A common noun after "in", "aus", "nach" takes an article ("in der Stadt"); a bare capitalised word
# there is a place's name ("in Musterhausen", "aus Waldhain": German grammar, Eigennamen ohne
# Artikel). Bare nouns occur too ("in Zusammenarbeit", "aus Kostengründen"), so only a word with the
# head of a place name (Grundwort of a toponym: "-hausen", "-stein", "-dorf") counts.
_PLACE_AFTER: Final = re.compile(rf"\b(?:[Ii]n|[Aa]us|[Nn]ach|[Bb]ei|[Zz]wischen|[Üü]ber|Richtung)\s+({NAME})\b")
# A street or square before its house number ("Am Burggraben 2", "Lindenstraße 3"): an address
# (DIN 5008), the name as it stands on the sign. A number of minutes, euros or hours is no house number.
_STREET_BEFORE_NUMBER: Final = re.compile(
    rf"\b(?:(?:Am|Im|Zum|Zur|Beim|An der|An den|Auf der|Auf dem|In der|In den|Hinter der|Vor dem|Unter den)\s+)?"
    rf"(?:[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es)\s+)?({NAME})\s+\d{{1,3}}[a-z]?\b(?![.,:]?\d|\s*(?:Uhr|Euro|Prozent|Jahre|Minuten|Stunden|Tage|Meter|%|€))"
)
_ADDRESS_OPENERS: Final = re.compile(
    r"\b(?:Am|Im|Zum|Zur|Beim|An der|An den|Auf der|Auf dem|In der|In den)\s+(?:[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es)\s+)?$"
)
# A firm's name before its legal form ("Holzbau Wetterau GmbH", Handelsgesetzbuch §19: the legal
# form is part of the firm's name) or after "Firma".
_FIRM: Final = re.compile(rf"\b((?:{NAME}\s+){{1,3}})(?:GmbH|AG|KG|OHG|UG|eG|SE|mbH|e\.\s?V\.)")
_FIRM_AFTER: Final = re.compile(rf"\bFirma\s+({NAME})")


def source_names(source: str) -> frozenset[str]:
    """The names in ``source`` that must stay whole: places, streets with a house number, firms.

    A word of LONG_WORD letters or more stays out unless it has a hyphen: the verifier refuses such a
    word unsplit (rule.long-word), and a street's suffix set off ("Kronprinzessinnen·straße") is the
    smaller fault than a sentence left out.
    """
    found: set[str] = set()
    for match in _PLACE_AFTER.finditer(source):
        name = match.group(1)
        if any(_placelike(part) for part in name.split("-")):
            found.add(name)
    # A word with a place name's head that no frequency list knows and that the release never writes
    # after an article ("Stadtbücherei Musterhausen", "Musterhausen. Sommerspaß …"): places take no article
    # (Duden grammar: Ortsnamen ohne Artikel); a common compound ("im Stadtwald") has one somewhere.
    for word in set(re.findall(rf"\b{NAME}\b", source)):
        unknown = zipf(word.lower()) < _UNKNOWN
        if "-" not in word and _placelike(word, _TOPONYM_HEADS) and unknown and not _determined(word, source):
            found.add(word)
    for match in _STREET_BEFORE_NUMBER.finditer(source):
        name = match.group(1)
        opened = bool(_ADDRESS_OPENERS.search(source[: match.start(1)]))
        if opened or name.lower().endswith(STREET_SUFFIXES):
            found.add(name)
    # A firm's name is often made of common nouns ("Stadtwerke Musterfeld GmbH", "AWO Landesverband
    # Berlin e. V."): those are split as everywhere; the words no list knows are its names.
    # The word after "Firma" is the firm's name itself ("die Firma Gutkauf").
    found |= {w for m in _FIRM.finditer(source) for w in m.group(1).split() if lookup(w) is None}
    found |= {m.group(1) for m in _FIRM_AFTER.finditer(source)}
    found |= place_adjectives(source)
    return frozenset(name for name in found if ("-" in name or len(name) < LONG_WORD) and not _common(name))


# A capitalised word in "-er" right before a capitalised noun ("Talbacher Schüler", "Hainfelder Markt"):
# the adjective of a place name (Duden grammar: Ableitungen von geografischen Namen auf -er are
# indeclinable and capitalised). It is a name and never a compound ("Tal·bacher").
_ER_BEFORE_NOUN: Final = re.compile(rf"\b({NAME}er)\s+[A-ZÄÖÜ][a-zäöüß]")
_PLAIN_VOWELS: Final = str.maketrans("äöü", "aou")


def place_adjectives(source: str) -> set[str]:
    """The "-er" adjectives of places the release names ("Talbacher" beside "in Talbach", "Bachhäuser"
    beside "Bachhausen"): the word without "-er", umlauts aside, opens a place name of the release; a
    stem under four letters proves nothing ("Ober", "Unter")."""
    # A place: a name with a toponym's head ("-hausen") or one the release puts after "in", "aus" …
    named = {m.group(1) for m in _PLACE_AFTER.finditer(source)}
    places = {w for w in re.findall(rf"\b{NAME}\b", source) if w in named or _placelike(w)}
    found: set[str] = set()
    for match in _ER_BEFORE_NOUN.finditer(source):
        word = match.group(1)
        stem = word[:-2].lower().translate(_PLAIN_VOWELS)
        if len(stem) >= 4 and any(p != word and p.lower().translate(_PLAIN_VOWELS).startswith(stem) for p in places):
            found.add(word)
    return found


# The heads of toponyms for a word with no other sign of a name: four letters or more, and no
# surname's ("-mann") nor a head that ends common nouns too ("-au" of "Neubau", "-ecke" of "Strecke").
_TOPONYM_HEADS: Final = tuple(
    h for h in PLACE_HEADS if len(h) >= 4 and h not in ("mann", "hart", "lieb", "holt", "ecke", "mark", "land")
)


def _placelike(word: str, heads: tuple[str, ...] = PLACE_HEADS) -> bool:
    """A word with the head of a place name ("Musterhausen", "Waldhain"); in a hyphenated name one
    such part is enough ("Waldhain-Auen"), "Corona-Zeiten" has none."""
    plain = word.lower()
    return any(plain.endswith(head) and len(plain) - len(head) >= 3 for head in heads)


_UNKNOWN: Final = 1.0  # below this Zipf frequency a word is unknown to wordfreq's lists
_DETERMINERS: Final = r"(?:der|die|das|dem|den|des|ein|eine|einen|einem|einer|eines|im|am|vom|zum|zur|beim|ins|ans|kein\w*)"


def _determined(word: str, source: str) -> bool:
    """The release writes ``word`` after a determiner somewhere, lower-case adjectives between ("im neuen Stadtwald")."""
    pattern = rf"(?<![\wäöüß])(?i:{_DETERMINERS})\s+(?:[a-zäöüß]+\s+){{0,2}}{re.escape(word)}(?![\wäöüß])"
    return re.search(pattern, source) is not None


def _common(name: str) -> bool:
    """A word of the lexicon's or everyday German ("Markt", "Rathaus"): split or kept by the usual rules."""
    return "-" not in name and zipf(name.lower()) >= _COMMON_ZIPF


# A word this frequent is a common noun first ("Rathaus 3" is a room, not a street's name).
_COMMON_ZIPF: Final = 4.0
