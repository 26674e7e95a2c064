"""Finite verbs HanTa reads as adjectives: "Schattige Bäume kühlen Straßen" has a verb after all.

A present-tense plural verb and a declined adjective share the ending "-en" ("kühlen", "wärmen",
"heißen"), and HanTa's tagger takes the adjective when the next word is a noun: "kühlen Straßen"
reads as "cool flats". A German main clause has a finite verb (Duden grammar: Verbzweitsatz); so
when a sentence has none, an "adjective" that stands between a noun and a noun phrase and that the
tagger's own lexicon also knows as a finite verb and an infinitive (the plural present is the
infinitive's form) is the verb: subject, verb, object. Every other sentence is left as tagged.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

__all__ = ["finite_homographs"]

# Tags that open a noun phrase after the verb: an article, a determiner, an adjective, a number,
# a noun or a name (STTS).
_PHRASE_OPENERS: Final = ("ART", "PPOSAT", "PIAT", "PDAT", "ADJ(A)", "CARD", "NN", "NE")
# The verb reading may be a little less likely than the adjective's in HanTa's scores (log
# probabilities): "kühlen" is ADJ at -13.1, VV(FIN) at -13.6; "neuen" has no verb reading at all.
_VERB_MARGIN: Final = 3.0

Candidates = Callable[[str], Sequence[tuple[str, float]]]


def finite_homographs(tagged: Sequence[tuple[str, str]], candidates: Candidates) -> list[int]:
    """The positions of ``tagged`` (word, tag) to read as the finite verb; empty when there is one.

    ``candidates`` gives HanTa's tags of a word on its own with their scores (``tag_word``).
    """
    if any("(FIN)" in pos for _, pos in tagged):
        return []
    for i in range(1, len(tagged) - 1):
        word, pos = tagged[i]
        if pos != "ADJ(A)" or not word.endswith("en") or not word.islower():
            continue
        if not tagged[i - 1][1].startswith(("NN", "NE")) or not tagged[i + 1][1].startswith(_PHRASE_OPENERS):
            continue
        scores = dict(candidates(word))
        best = max(scores.values(), default=None)
        verb, infinitive = scores.get("VV(FIN)"), scores.get("VV(INF)")
        if best is None or verb is None or infinitive is None:
            continue
        if best - verb <= _VERB_MARGIN:
            return [i]  # one finite verb: the first such word
    return []
