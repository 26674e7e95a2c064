"""A partitive "davon"/"darunter" that points at a count in its own sentence ("412 Mitglieder, davon 58 Frauen").

German names a part of a quantity in an apposition opened by the pronominal adverb "davon" or
"darunter" right after a comma: "Es gibt 120 Park·plätze, davon 6 mit Lade·säulen." (Duden grammar:
a Pronominaladverb takes up a noun phrase; after the comma, before a number, it takes up the
counted phrase just before it). Its antecedent stands in the same sentence, so the sentence points
at nothing outside itself and may stand alone in a summary; the verifier refuses every other
"davon" ("Teile davon …"), which takes up something of an earlier sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["partitive"]

_PARTITIVES: Final = frozenset(["davon", "darunter"])
# Words that may stand between the adverb and its number: approximations ("davon rund 40").
_APPROXIMATE: Final = frozenset(["rund", "etwa", "knapp", "fast", "über", "mehr", "als", "ungefähr", "circa", "ca."])


def partitive(tagged: Sequence[morph.Token], position: int) -> bool:
    """The adverb at ``position`` is a partitive apposition to a count before it in the sentence."""
    if tagged[position].word.lower() not in _PARTITIVES or position < 3 or tagged[position - 1].word != ",":
        return False
    after = position + 1
    while after < len(tagged) and tagged[after].word.lower() in _APPROXIMATE:
        after += 1
    if after >= len(tagged) or tagged[after].pos != "CARD":
        return False
    # The counted phrase: a number before the comma, in the same clause (no other comma between).
    clause_start = max((i for i in range(position - 1) if tagged[i].word in (",", ";", ":")), default=-1)
    return any(t.pos == "CARD" for t in tagged[clause_start + 1 : position - 1])
