"""Adverbs in the Mittelfeld of a positive main clause that may go when the sentence is too long.

Each class is named with why the sentence stays true (entailed by the source) without it:

- Additive connectives ("zudem", "außerdem", Duden grammar: Konjunktionaladverbien): they link
  the clause to the one before; the clause's own statement is the same without them.
- Continuative and up-to-now adverbs ("weiterhin", "bislang", "bisher", "nun", "mittlerweile"):
  a positive statement about now or up to now holds without the time frame ("bleibt weiterhin
  gesperrt" -> "bleibt gesperrt"; "hat bislang 5 Hinweise erhalten" -> "hat 5 Hinweise erhalten").
  Under a negation they go never: "bislang keine Spur" says more than "keine Spur".
- Deictic day adjectives before a weekday ("am gestrigen Montag"): the weekday names the day, the
  summary dates the release, and "gestrig" only repeats it from the sender's day.

Never: hedges ("vermutlich", "nach ersten Erkenntnissen": a guess would become a fact), source
phrases ("nach eigenen Angaben": a claim would become the summary's own), focus particles ("nur",
"auch", "sogar"), contrast ("jedoch", "aber") or anything in a clause with a negation or a
condition; then the sentence stays as it is.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["without_adjuncts"]

_DROPPABLE: Final = frozenset(["zudem", "außerdem", "weiterhin", "bislang", "bisher", "nun", "mittlerweile"])
# A negation, a limit, a contrast or a condition anywhere in the sentence: the adverb may be in its
# scope, and the cut could change what the sentence claims (rubric: never a lost nicht/nur/kein).
_NOT_POSITIVE: Final = re.compile(
    r"\b(?:nicht|kein\w*|nie|niemals|nichts|niemand|nur|kaum|höchstens|erst|noch|jedoch|aber|allerdings|"
    r"doch|dennoch|trotz\w*|obwohl|wenn|falls|sofern|ohne|sondern)\b",
    re.IGNORECASE,
)
_FINITE: Final = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
_WEEKDAY: Final = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\w*"
_DEICTIC_DAY: Final = re.compile(rf"\b([Aa]m|[Vv]om|[Ss]eit) (?:gestrigen|heutigen|morgigen) (?={_WEEKDAY}\b)")


def without_adjuncts(sentence: str) -> str:
    """ "Die Straße bleibt weiterhin gesperrt." -> "Die Straße bleibt gesperrt." (positive clauses only)."""
    if _NOT_POSITIVE.search(sentence):
        return sentence
    sentence = _DEICTIC_DAY.sub(r"\1 ", sentence)
    tagged = morph.tag(sentence)
    verb = next((i for i, t in enumerate(tagged) if t.pos in _FINITE), None)
    if verb is None or verb == 0:
        return sentence
    # Only after the finite verb (Mittelfeld) or before an adjective ("ein bislang unbekannter
    # Mann"): in the Vorfeld the adverb holds the verb's second place, and without it the verb
    # would open the sentence.
    drop = {
        i
        for i, t in enumerate(tagged)
        if t.word.lower() in _DROPPABLE and t.pos in ("ADV", "ADJ(D)", "PAV", "PROAV") and i > verb and i + 1 < len(tagged)
    }
    drop |= {
        i
        for i, t in enumerate(tagged[:-1])
        if t.word.lower() in ("bislang", "bisher") and 0 < i < verb and tagged[i + 1].pos == "ADJ(A)"
    }
    if not drop:
        return sentence
    words = [t.word for i, t in enumerate(tagged) if i not in drop]
    text = " ".join(words)
    text = re.sub(r"\s+([,.!?:;“])", r"\1", text)
    text = re.sub(r"(\d) (?=-\w)", r"\1", text)
    return re.sub(r"„\s+", "„", text)
