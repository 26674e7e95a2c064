"""A part of a town named by a classifier and its name, said by the name alone ("im Ortsteil Tannried" -> "in Tannried").

German press releases name a settlement with a classifier noun in apposition before its proper name
(enge Apposition, Duden grammar: "der Ortsteil Tannried", "im Dorf Grünmoos") and often with the
adjective of the town it belongs to ("im Wessinger Ortsteil Tannried"). The proper name alone names
the same place; the classifier only says what kind of place it is, and the town's adjective where it
lies. Plain German says the name with the bare preposition ("aus Tannried", "in Grünmoos"), the way
a place is said in speech (Bürgernahe Verwaltungssprache: name a thing by its name). The cut loses
no fact about who or what: it only leaves out where the place lies.

Only the parts of a town and the small settlements are read (Ortsteil, Stadtteil, Ortschaft, Dorf,
Weiler …): their names are local. A town or municipality ("in der Stadt X", "in der Gemeinde X")
keeps its classifier, because a municipality's name is often also the name of a state, a country
or a district ("die Stadt Brandenburg" and the state Brandenburg; a Landkreis named after its seat),
and the bare name would be read as the larger one. A name of a German state (the Länder of the
Grundgesetz) is refused after any classifier. Never a street, and never a name the tagger does not
take for one. An adjective between article and classifier goes only when it is a town's adjective
("Wessinger": capitalised, ending in "-er", uninflected); any other ("im nördlichen Ortsteil") keeps
the whole phrase. Omission over error.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.frequency import zipf

__all__ = ["settlement_name"]

# Classifier nouns of a part of a town or a small settlement, whose proper name alone names it
# (Duden: Ortsteil, Stadtteil, Ortschaft, Dorf, Weiler). Not Stadt, Gemeinde, Kreis, Landkreis,
# Bezirk, Region, Land: a municipality shares its name with states, countries and districts.
_SETTLEMENTS: Final = frozenset(["Ortsteil", "Stadtteil", "Gemeindeteil", "Ortschaft", "Teilort", "Dorf", "Weiler"])
# The German states (Art. 23 Grundgesetz, Präambel): a settlement of the same name ("Ortsteil
# Sachsen") said bare would read as the state.
_STATES: Final = frozenset(
    [
        "Baden-Württemberg",
        "Bayern",
        "Berlin",
        "Brandenburg",
        "Bremen",
        "Hamburg",
        "Hessen",
        "Mecklenburg-Vorpommern",
        "Niedersachsen",
        "Nordrhein-Westfalen",
        "Rheinland-Pfalz",
        "Saarland",
        "Sachsen",
        "Sachsen-Anhalt",
        "Schleswig-Holstein",
        "Thüringen",
    ]
)
# The preposition as it stands before a bare name: "im Ortsteil X" -> "in X", "vom Dorf X" -> "von X".
# Only "aus", "in" and an attribute's "von" (after a noun: "die Kinder vom Dorf X"): with any other
# the phrase may not say where ("für den Ortsteil X" names who gains, "vom Ortsteil X bezahlt" who
# acts), and "bei X" would say "near X".
_BARE: Final = {"aus": "aus", "in": "in", "im": "in", "von": "von", "vom": "von"}
# The article a local preposition governs before the classifier (dative), or none after a contraction.
_DATIVE: Final = frozenset(["dem", "der"])
# A town's adjective: capitalised, "-er", uninflected ("Wessinger", "Kölner"), German word formation.
_TOWN_ADJECTIVE: Final = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+er")
_COMMON: Final = 3.0  # Zipf: a word this frequent is a common word, not a place's name
# Name parts that open a place name of several words ("Bad Quellbrunn", "Sankt Veit").
_NAME_PREFIXES: Final = frozenset(["Bad", "Sankt", "St.", "Groß", "Klein", "Alt", "Neu", "Hohen", "Nieder", "Ober", "Unter"])


def _name(token: morph.Token) -> bool:
    """The token is a proper name: tagged as one, or a capitalised word too rare to be a common noun."""
    if not token.word[:1].isupper():
        return False
    return token.pos == "NE" or (token.pos == "NN" and zipf(token.word) < _COMMON)


def _name_end(tagged: Sequence[morph.Token], start: int) -> int | None:
    """The index after the settlement's name at ``start`` ("Tannried", "Bad Quellbrunn"); None when none stands there."""
    if start >= len(tagged):
        return None
    if tagged[start].word in _NAME_PREFIXES and start + 1 < len(tagged) and _name(tagged[start + 1]):
        return start + 2
    if not _name(tagged[start]):
        return None
    if tagged[start].word in _STATES:
        return None  # said bare, the name would read as the state
    # A second name part right after ("Tannried Nord") would make the end unsure: refuse it.
    if start + 1 < len(tagged) and tagged[start + 1].word[:1].isupper() and tagged[start + 1].pos in ("NE", "NN"):
        return None
    return start + 1


def settlement_name(text: str, tagged: Sequence[morph.Token], spans: Sequence[tuple[int, int]]) -> str | None:
    """``text`` with its first settlement phrase said by the name alone, or None when there is none.

    A cut of nounphrases.reduce (same signature): "aus dem Wessinger Ortsteil Tannried" -> "aus
    Tannried", "im Dorf Grünmoos" -> "in Grünmoos".
    """
    if len(tagged) != len(spans):
        return None
    for i, token in enumerate(tagged):
        preposition = _BARE.get(token.word.lower())
        if preposition is None or token.pos not in ("APPR", "APPRART"):
            continue
        if preposition == "von" and (i == 0 or tagged[i - 1].pos not in ("NN", "NE")):
            continue  # "von" after a verb names the body that acts or gives, not a place
        j = i + 1
        if token.pos == "APPR":
            if j >= len(tagged) or tagged[j].word not in _DATIVE:
                continue
            j += 1
        if j < len(tagged) and _TOWN_ADJECTIVE.fullmatch(tagged[j].word):
            j += 1
        if j >= len(tagged) or tagged[j].word not in _SETTLEMENTS:
            continue
        end = _name_end(tagged, j + 1)
        if end is None:
            continue
        if end < len(tagged) and tagged[end].word in ("-", "–") and end + 1 < len(tagged):
            continue  # "Ortsteil Tannried-Süd" tokenised apart: the name goes on
        start, stop = spans[i][0], spans[j][1]
        word = preposition if token.word[:1].islower() else preposition.capitalize()
        return text[:start] + word + text[stop:]
    return None
