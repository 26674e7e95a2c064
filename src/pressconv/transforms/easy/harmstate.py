"""Harm in the passive said as the state it left: "Der Fahrer wurde nicht verletzt." -> "Der Fahrer ist nicht verletzt.".

Reports of accidents, fires and storms say who or what was harmed in the passive, "X wurde
(schwer) verletzt/beschädigt/zerstört", mostly without anyone who did it. The state passive
(German "Zustandspassiv", Duden grammar: "sein" + participle names the state an event left) says
the same in the plain form the rule books accept ("Ein Mensch ist verletzt."); "man hat … verletzt"
would claim that someone did it. voice.result_state does the plainest shape; this module reads the
tags and takes every shape of the same clause:

- any subject: a number ("Drei Besucher"), "niemand", "kein X", an adverbial Vorfeld with
  the subject after the verb ("Bei dem Sturm wurde niemand verletzt");
- the Perfekt "ist … verletzt worden" as well as the Präteritum "wurde … verletzt";
- the participle in the Vorfeld ("Verletzt wurde nach ersten Angaben niemand"): the subject
  takes the Vorfeld, the participle the clause's end ("Niemand ist nach ersten Angaben verletzt").

Negation, hedges and the degree ("nicht", "nach ersten Angaben", "leicht") keep their places.
Refused: an agent ("von", "durch"), another verb, a comma, any time phrase (a clock time, a date,
a year, "vor drei Jahren", "im vergangenen Jahr", "damals": the present state would move a past
event into the present), a degree that is an outcome ("tödlich"), and a trailing subject with a
genitive attribute ("das Dach eines Schuppens": which noun is the subject is unsure).
"""

from __future__ import annotations

import re
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.transforms.easy import morph
from pressconv.transforms.easy.spanedit import edited, one_clause
from pressconv.transforms.easy.voice import _noun_phrase, agent_at

__all__ = ["harm_state"]

# Participles of harm whose result lasts (lemmas): a person injured, a thing damaged or destroyed.
_HARM: Final = frozenset({"verletzen", "beschädigen", "zerstören"})
_STATE: Final = {"wurde": "ist", "wurden": "sind", "ist": "ist", "sind": "sind"}
# Degrees that name the state ("leicht verletzt"); "tödlich verletzt" is a death, not a lasting state.
_NOT_STATE: Final = frozenset({"tödlich"})
_WEEKDAYS: Final = re.compile(r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|gestern|vorgestern)")
# Nouns of a span of time and the words that place an event in time (German temporal adverbials):
# with any of them the event is dated, and "ist verletzt" would say it is so now.
_TIME_NOUN: Final = re.compile(
    r"(?:^|[a-zäöüß])(?:Jahr|Jahre|Jahren|Jahres|Monat|Monate|Monaten|Woche|Wochen|Tag|Tage|Tagen|Tages|Nacht|Nächte|"
    r"Morgen|Vormittag|Mittag|Nachmittag|Abend|Abends|Stunde|Stunden|Minute|Minuten|Wochenende|Zeit|Silvester|"
    r"Ostern|Pfingsten|Weihnachten|Frühjahr|Frühling|Sommer|Herbst|Winter|Saison)$",
    re.IGNORECASE,
)
_TIME_WORDS: Final = frozenset(
    {"vor", "seit", "während", "damals", "früher", "einst", "zuvor", "kürzlich", "jüngst", "neulich",
     "zuletzt", "gestern", "vorgestern", "heute", "bereits", "schon", "nachts", "morgens", "abends",
     "mittags", "vormittags", "nachmittags", "bisher", "bislang", "jahrelang", "inzwischen", "mittlerweile"}
)  # fmt: skip
_PAST_ADJ: Final = re.compile(r"(?:vergangen|letzt|vorig|vorherig)")
_NOMINATIVE_PRONOUNS: Final = frozenset({"niemand", "keiner", "keine", "jemand", "einer", "eine"})


def _timed(tokens: tuple[morph.Token, ...]) -> bool:
    """Any time phrase: the event's time, which a present state would move into the present.

    A number that counts people ("3 Besucher") is no time; one before "Uhr", an ordinal's dot
    or a month, or a year, is; so are a time noun ("Jahr", "Nacht", "Woche"), a preposition or
    adverb that places an event in time ("vor", "seit", "damals", "früher") and "vergangen"/"letzt".
    """
    for index, token in enumerate(tokens):
        after = tokens[index + 1].word if index + 1 < len(tokens) else ""
        if token.word == "Uhr" or _WEEKDAYS.match(token.word) or token.word in MONTHS_DE:
            return True
        if _TIME_NOUN.search(token.word) or token.word.lower() in _TIME_WORDS or _PAST_ADJ.match(token.word.lower()):
            return True
        if token.pos == "CARD" and (after in (".", "Uhr") or re.fullmatch(r"(?:19|20)\d\d|\d+[.:]\d+", token.word)):
            return True
    return False


def harm_state(sentence: str) -> str:
    """ "Drei Besucher wurden leicht verletzt." -> "Drei Besucher sind leicht verletzt."."""
    clause = one_clause(sentence, min_tokens=3, stop=lambda t: t.pos in ("$,", "$("))
    if clause is None:
        return sentence
    tagged, spans, body = clause.tagged, clause.spans, clause.body
    verb = clause.verb
    state = _STATE.get(body[verb].word.lower())
    if state is None or verb == 0 or any(agent_at(body, i) for i in range(len(body))):
        return sentence
    perfect = body[verb].lemma == "sein"
    last = len(body) - 1
    if perfect:
        if body[last].word != "worden":
            return sentence
        last -= 1
    participles = [i for i, t in enumerate(body) if t.pos == "VV(PP)"]
    if len(participles) != 1 or body[participles[0]].lemma not in _HARM:
        return sentence
    at = participles[0]
    if any(t.pos.startswith("V") for i, t in enumerate(body) if i not in (verb, at, len(body) - 1 if perfect else -1)):
        return sentence
    if any(t.word.lower() in _NOT_STATE for t in body) or _timed(body):
        return sentence
    if at == last and at > verb:
        # Subject or adverbial first, participle last: only the auxiliary changes (and "worden" goes).
        replace = {verb: state}
        if perfect:
            replace[len(body) - 1] = ""
        return edited(sentence, spans, replace)
    if at != 0 or perfect:
        return sentence
    # "Verletzt wurde (…) niemand": the subject is the noun phrase or pronoun that ends the clause.
    start = _trailing_subject(body, verb)
    if start is None:
        return sentence
    subject = sentence[spans[start][0] : spans[last][1]]
    middle = sentence[spans[verb + 1][0] : spans[start - 1][1]] if start > verb + 1 else ""
    words = [subject[:1].upper() + subject[1:], state, middle, body[at].word.lower()]
    end = sentence[spans[-1][0] :] if tagged[-1].pos == "$." else "."
    return " ".join(w for w in words if w) + end


def _trailing_subject(body: tuple[morph.Token, ...], verb: int) -> int | None:
    """Where the nominative that ends the clause starts: "niemand", "keiner", or a noun phrase not
    governed by a preposition; None when unsure."""
    last = len(body) - 1
    if body[last].word.lower() in _NOMINATIVE_PRONOUNS and body[last].pos in ("PIS", "PIAT", "PIDAT", "ART"):
        return last if last > verb else None
    for start in range(verb + 1, last + 1):
        if _noun_phrase(body, start) == last + 1 and body[start].pos in ("ART", "CARD", "PIAT", "PIDAT", "NE"):
            if body[start - 1].pos in ("APPR", "APPRART") or body[start].word.lower() in _OBLIQUE:
                return None
            if body[start - 1].pos in ("NN", "NE"):
                return None  # "das Haus eines Nachbarn": a determiner after a noun opens a genitive
            if any(_genitive_at(body, i) for i in range(start, last + 1)):
                return None
            return start
    return None


# Articles that are never a nominative ("eines", "des", "dem", "den", "einem"); "einer" and "der"
# are a genitive when a noun stands before them (Duden grammar: Genitivattribut after its noun).
_OBLIQUE: Final = frozenset({"dem", "den", "des", "einem", "eines", "einen"})


def _genitive_at(body: tuple[morph.Token, ...], index: int) -> bool:
    """True when the word opens a genitive attribute: "des"/"eines", or "der"/"einer" after a noun."""
    word = body[index].word.lower()
    if word in ("des", "eines"):
        return True
    return word in ("der", "einer") and index > 0 and body[index - 1].pos in ("NN", "NE")
