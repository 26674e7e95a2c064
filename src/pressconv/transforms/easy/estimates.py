"""An estimate in the passive said as a state: "wird auf etwa 800 Euro geschätzt" -> "ist etwa 800 Euro".

Police, fire services, builders and councils give a figure nobody has counted yet with the
estimate passive, "X wird auf N geschätzt/beziffert/veranschlagt" (German press convention for
damage, costs and durations). Leichte-Sprache rule books ask for active sentences; "man schätzt"
would credit the figure to anybody, so the figure is said as what it is, with "sein": "Der Schaden
ist etwa 800 Euro." An estimate never becomes an exact figure: the source's own hedge ("etwa",
"rund", "mehr als", "mehrere") stays, and a figure without one gets "etwa". Every other word
(the subject, "derzeit", "nach ersten Schätzungen") keeps its place and its case: only the
auxiliary becomes "sein" in the same person, number and tense, "auf" and the participle go.

Refused (left as it is): an agent ("von der Polizei geschätzt": whose estimate it is would be
lost), a negation, a second verb or clause, a figure with an article other than "eine" (its
accusative would need a new nominative: "auf einen hohen Betrag"), and any estimate of a person
(age, height, weight: "ist etwa 40 Jahre" needs "alt"): the subject must name a sum, a span or a count.
A hedge anywhere in the figure ("auf weit über 1 Million") is the figure's own; "etwa" is added only
when there is none.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy.spanedit import edited, one_clause
from pressconv.transforms.easy.voice import agent_at, commas_ok

__all__ = ["estimate_state"]

# Verbs of estimating a figure (lemmas), the press's "auf N schätzen".
_ESTIMATING: Final = frozenset({"schätzen", "beziffern", "veranschlagen", "taxieren"})
# The passive auxiliary and "sein" in the same person, number and tense (the Präteritum of "sein"
# is allowed in Leichte Sprache: only full verbs take the Perfekt).
_COPULA: Final = {"wird": "ist", "werden": "sind", "wurde": "war", "wurden": "waren"}
# Words that already make a figure approximate.
_HEDGES: Final = frozenset(
    {"etwa", "rund", "ungefähr", "circa", "ca.", "zirka", "knapp", "fast", "gut", "über", "unter", "mindestens",
     "höchstens", "maximal", "bis", "mehr", "weniger", "mehrere", "einige", "annähernd", "nahezu", "weit", "deutlich",
     "mittlere", "mittleren", "hohe", "hohen", "niedrige", "niedrigen", "zweistellige", "dreistellige"}
)  # fmt: skip
# Number words that carry a figure without digits.
_NUMBER_WORDS: Final = frozenset({"Million", "Millionen", "Milliarde", "Milliarden", "tausend", "Tausend", "hundert"})
_NEGATION: Final = frozenset({"nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemand"})
_STOPS: Final = (":", ";", "–", "(", "„", '"')
# The nouns whose figure is a sum, a span or a count (damage, costs, time, visitors): the estimate of
# a person ("Der Täter wird auf 1,80 Meter geschätzt", "auf Mitte 40") is an age, a height or a
# weight, which "sein" + figure says wrongly without "alt"/"groß"/"schwer"; so the subject's head
# must be such a noun.
_THING: Final = re.compile(
    r"(?:schaden|schäden|kosten|summe|betrag|wert|höhe|zeit|dauer|verlust|verluste|zahl|menge|umfang|"
    r"volumen|investition|investitionen|aufwand|ausgaben|einnahmen|fläche|länge|preis|beute)$"
)
# Units of a person's body (height, weight), refused whatever the subject; years only for a span.
_PERSONAL: Final = frozenset({"Meter", "Zentimeter", "Kilogramm", "Kilo", "kg", "cm", "m"})


def estimate_state(sentence: str) -> str:
    """ "Die Reparatur·dauer wird auf 6 Wochen geschätzt." -> "Die Reparatur·dauer ist etwa 6 Wochen." (or unchanged)."""
    clause = one_clause(sentence, min_tokens=5, stop=lambda t: t.word in _STOPS)
    if clause is None:
        return sentence
    spans, body = clause.spans, clause.body
    verb = clause.verb
    copula = _COPULA.get(body[verb].word.lower())
    last = len(body) - 1
    if copula is None or verb == 0 or body[last].pos != "VV(PP)" or body[last].lemma not in _ESTIMATING:
        return sentence
    if body[0].word.lower() in ("es", "er", "sie"):
        return sentence  # an expletive or a person: "Er wird auf 40 Jahre geschätzt" is an age
    if not commas_ok(list(body), verb) or any(agent_at(body, i) for i in range(len(body))):
        return sentence
    if any(t.word.lower() in _NEGATION for t in body) or any(t.pos.startswith("V") for t in body[verb + 1 : last]):
        return sentence
    at = next((i for i in range(last - 1, verb, -1) if body[i].word == "auf"), None)
    if at is None or at + 1 >= last:
        return sentence
    figure = body[at + 1 : last]
    if not any(t.pos == "CARD" or t.word in _NUMBER_WORDS or t.word.lower() in ("mehrere", "einige") for t in figure):
        return sentence
    if any(t.pos == "ART" and t.word.lower() != "eine" for t in figure):
        return sentence  # "auf einen Betrag": the accusative would need a new nominative
    # The subject's head: the first noun of the Vorfeld ("Der Sachschaden an der Scheune"); an
    # adverbial Vorfeld ("Nach ersten Schätzungen wird …") leaves the subject unsure.
    subject = next((t.word.lower() for t in body[:verb] if t.pos in ("NN", "NE")), "")
    if body[0].pos in ("APPR", "APPRART"):
        return sentence
    if not _THING.search(subject) or any(t.word in _PERSONAL for t in figure):
        return sentence
    if figure[-1].word in ("Jahre", "Jahren") and not re.search(r"(?:zeit|dauer)$", subject):
        return sentence  # a person's age, height or weight ("ist etwa 1,80 Meter" lacks "groß")
    replace = {verb: copula, at: "", last: ""}
    if not any(t.word.lower() in _HEDGES for t in figure):
        replace[at + 1] = "etwa " + sentence[spans[at + 1][0] : spans[at + 1][1]]
    return edited(sentence, spans, replace)
