"""A verb of lasting or holding that has lost what it holds for: "Die Sperrung gilt voraussichtlich."

"gelten" and "dauern" need a complement in a press release's sense: how long, from when, for whom
or where ("gilt bis Samstag", "dauert drei Wochen", "gilt für alle Parks"; Duden valency). When a
step cut that complement (an unresolved "bis Samstagmorgen"), what stays is a verb with a hedge and
nothing it says holds (rubric item 3: a verb missing its complement is a broken sentence).
"""

from __future__ import annotations

from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["lost_span"]

_LASTING: Final = frozenset(["gelten", "dauern"])
# Words that qualify the claim without saying what holds: a hedge, a filler.
_HEDGES: Final = frozenset(["voraussichtlich", "vermutlich", "wahrscheinlich", "möglicherweise", "wohl", "zunächst"])


def lost_span(sentence: str) -> str | None:
    """The verb of a "gelten"/"dauern" clause with nothing after it but a hedge, else None."""
    tagged = [t for t in morph.tag(sentence.replace("·", "")) if not t.pos.startswith("$")]
    for index, token in enumerate(tagged):
        if not token.pos.startswith("VV") or token.lemma.lower() not in _LASTING:
            continue
        if any(t.pos in ("KOUS", "KON", "PRELS") for t in tagged):
            return None  # a second clause or a coordination: the sentence is read elsewhere
        after = [t for t in tagged[index + 1 :] if t.word.lower() not in _HEDGES]
        # "Die Sperrung gilt voraussichtlich.": the subject before the verb, nothing that holds after it.
        return token.word if not after and token.pos.endswith("(FIN)") else None
    return None
