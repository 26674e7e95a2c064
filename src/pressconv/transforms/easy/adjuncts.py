"""Adverbs in the Mittelfeld of a positive main clause that may go when the sentence is too long.

Each class is named with why the sentence stays true (entailed by the source) without it:

- Additive connectives ("zudem", "außerdem", Duden grammar: Konjunktionaladverbien): they link
  the clause to the one before; the clause's own statement is the same without them.
- Continuative and up-to-now adverbs ("weiterhin", "bislang", "bisher", "nun", "mittlerweile"):
  a positive statement about now or up to now holds without the time frame ("bleibt weiterhin
  gesperrt" -> "bleibt gesperrt"; "hat bislang 5 Hinweise erhalten" -> "hat 5 Hinweise erhalten").
  Under a negation they go never: "bislang keine Spur" says more than "keine Spur".
- Already-adverbs ("bereits", "schon"): they say a state began earlier than expected; the state
  itself holds without them ("ist bereits geöffnet" -> "ist geöffnet"). Only in the present: in a
  past statement they relate it to another time ("hatte das Haus schon verlassen"). Under
  "noch"/"erst" or a negation they go never ("noch nicht", "schon lange nicht").
- Present-frame adverbs ("derzeit", "zurzeit", "momentan") in a present-tense statement: the
  present tense says "now" already (Duden grammar: Präsens of the speaker's now).
- Unchanged-adverbials ("unverändert", "wie gewohnt", "wie bisher", "wie üblich"), and the repeat
  marker "erneut": a statement about now holds whether or not it held before ("ist wie gewohnt
  erreichbar" -> "ist erreichbar"; "spricht sich erneut für … aus" -> "spricht sich für … aus").
- Additive "zusätzlich" as an adverb (like "außerdem"); as an adjective ("zusätzliche Busse") it
  names what is added and stays.
- Deictic day adjectives before a weekday ("am gestrigen Montag"): the weekday names the day, the
  summary dates the release, and "gestrig" only repeats it from the sender's day.

Never: hedges ("vermutlich", "voraussichtlich", "grundsätzlich", "nach ersten Erkenntnissen": a guess or
a rule with exceptions would become a fact), markers of an exception ("ausnahmsweise": the rest
would read as the rule), "unter anderem" (the list after it would read as complete), "jeweils"
(each or together: "erhielten jeweils 500 Euro" is not "erhielten 500 Euro"), source
phrases ("nach eigenen Angaben": a claim would become the summary's own), focus particles ("nur",
"auch", "sogar"), contrast ("jedoch", "aber") or anything in a clause with a negation or a
condition; then the sentence stays as it is.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["without_adjuncts"]

_DROPPABLE: Final = frozenset(
    [
        *("zudem", "außerdem", "zusätzlich", "weiterhin", "bislang", "bisher", "nun", "mittlerweile"),
        *("bereits", "schon", "derzeit", "zurzeit", "momentan", "unverändert", "erneut"),
    ]
)
# Multi-word unchanged-adverbials, between two words of the Mittelfeld (no comma around them).
_AS_USUAL: Final = re.compile(r"(?<=\w) wie (?:gewohnt|bisher|üblich|gehabt)(?= \w)")
# The present-frame adverbs need a present-tense statement: "war derzeit" is no such thing.
# "bereits"/"schon" in a past statement relate it to another past time ("war schon geflüchtet, als
# die Polizei kam"): that relation is the news there, so they go in the present only as well.
_NOW_FRAME: Final = frozenset(["derzeit", "zurzeit", "momentan", "bereits", "schon"])
_PAST_AUX: Final = re.compile(r"\b(?:war|waren|wurde|wurden|hatte|hatten|hat|haben|ist \w+ worden)\b", re.IGNORECASE)
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
    sentence = _AS_USUAL.sub("", sentence)
    tagged = morph.tag(sentence)
    past = bool(_PAST_AUX.search(sentence))
    verb = next((i for i, t in enumerate(tagged) if t.pos in _FINITE), None)
    if verb is None or verb == 0:
        return sentence
    # Only after the finite verb (Mittelfeld) or before an adjective ("ein bislang unbekannter
    # Mann"): in the Vorfeld the adverb holds the verb's second place, and without it the verb
    # would open the sentence.
    drop = {
        i
        for i, t in enumerate(tagged)
        if t.word.lower() in _DROPPABLE
        and t.pos in ("ADV", "ADJ(D)", "PAV", "PROAV")
        and i > verb
        and i + 1 < len(tagged)
        # Before the end mark it may be the predicate ("Die Preise bleiben unverändert."): it stays.
        and not tagged[i + 1].pos.startswith("$")
        and not (past and t.word.lower() in _NOW_FRAME)
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
