"""A settlement named by a classifier and its name, said by the name alone ("aus dem Ortsteil Kemnath" -> "aus Kemnath").

German press releases name a settlement with a classifier noun in apposition before its proper name
(enge Apposition, Duden grammar: "der Ortsteil Kemnath", "in der Gemeinde Talheim") and often
with the adjective of the town it belongs to ("im Lohrbacher Ortsteil Kemnath"). The proper name
alone names the same place; the classifier only says what kind of place it is, and the town's
adjective where it lies. Plain German says the name with the bare preposition ("aus Kemnath", "in
Talheim"), the way a place is said in speech (Bürgernahe Verwaltungssprache: name a thing by its
name). The cut loses no fact about who or what: it only leaves out where the place lies.

Only the settlements a name alone can name are read: a town, a municipality, a village, a part of
one. Never a district or a state ("Landkreis Ostergau" and the town Ostergau are two places), never
a street, and never a name the tagger does not take for one (a common word after "Stadt" may be the
verb's object: "von der Stadt Geld bekommen"). An adjective between article and classifier goes
only when it is a town's adjective ("Lohrbacher": capitalised, ending in "-er", uninflected); any
other ("im nördlichen Ortsteil") keeps the whole phrase. Omission over error.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.frequency import zipf

__all__ = ["settlement_name"]

# Classifier nouns of settlements whose proper name alone names them (Duden: Ortsteil, Stadtteil,
# Ortschaft, Gemeinde …). Not Kreis, Landkreis, Bezirk, Region, Land: those share names with towns.
_SETTLEMENTS: Final = frozenset(
    [
        "Ortsteil",
        "Stadtteil",
        "Gemeindeteil",
        "Ortschaft",
        "Teilort",
        "Dorf",
        "Weiler",
        "Stadt",
        "Gemeinde",
        "Ortsgemeinde",
        "Marktgemeinde",
        "Stadtgemeinde",
        "Samtgemeinde",
        "Kleinstadt",
        "Großstadt",
        "Kreisstadt",
        "Kurstadt",
        "Hansestadt",
    ]
)
# The preposition as it stands before a bare name: "im Ortsteil X" -> "in X", "vom Dorf X" -> "von X".
# Only "aus", "in" and an attribute's "von" (after a noun: "die Feuerwehr von der Gemeinde X"): with
# any other the classifier may name the administration, not the place ("bei der Gemeinde X melden",
# "von der Gemeinde X Geld bekommen", "für die Gemeinde X"), and "bei X" would say "near X".
_BARE: Final = {"aus": "aus", "in": "in", "im": "in", "von": "von", "vom": "von"}
# The article a local preposition governs before the classifier (dative), or none after a contraction.
_DATIVE: Final = frozenset(["dem", "der"])
# A town's adjective: capitalised, "-er", uninflected ("Lohrbacher", "Kölner"), German word formation.
_TOWN_ADJECTIVE: Final = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+er")
_COMMON: Final = 3.0  # Zipf: a word this frequent is a common word, not a place's name
# Name parts that open a place name of several words ("Bad Ritterstein", "Sankt Veit").
_NAME_PREFIXES: Final = frozenset(["Bad", "Sankt", "St.", "Groß", "Klein", "Alt", "Neu", "Hohen", "Nieder", "Ober", "Unter"])


def _name(token: morph.Token) -> bool:
    """The token is a proper name: tagged as one, or a capitalised word too rare to be a common noun."""
    if not token.word[:1].isupper():
        return False
    return token.pos == "NE" or (token.pos == "NN" and zipf(token.word) < _COMMON)


def _name_end(tagged: Sequence[morph.Token], start: int) -> int | None:
    """The index after the settlement's name at ``start`` ("Kemnath", "Bad Ritterstein"); None when none stands there."""
    if start >= len(tagged):
        return None
    if tagged[start].word in _NAME_PREFIXES and start + 1 < len(tagged) and _name(tagged[start + 1]):
        return start + 2
    if not _name(tagged[start]):
        return None
    # A second name part right after ("Kemnath Nord") would make the end unsure: refuse it.
    if start + 1 < len(tagged) and tagged[start + 1].word[:1].isupper() and tagged[start + 1].pos in ("NE", "NN"):
        return None
    return start + 1


def settlement_name(text: str, tagged: Sequence[morph.Token], spans: Sequence[tuple[int, int]]) -> str | None:
    """``text`` with its first settlement phrase said by the name alone, or None when there is none.

    A cut of nounphrases.reduce (same signature): "aus dem Lohrbacher Ortsteil Kemnath" -> "aus
    Kemnath", "in der Gemeinde Talheim" -> "in Talheim".
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
            continue  # "Ortsteil Kemnath-Süd" tokenised apart: the name goes on
        start, stop = spans[i][0], spans[j][1]
        word = preposition if token.word[:1].islower() else preposition.capitalize()
        return text[:start] + word + text[stop:]
    return None
