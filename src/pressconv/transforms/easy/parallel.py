"""Rescuer: two main clauses joined by a comma alone, each with its own subject, said as two sentences subject first.

Duden grammar (Reihung von Hauptsätzen, asyndetisch): "Für den Kuchen sorgt der Förderverein,
Getränke bietet der Heimatverein an." joins two statements by a comma, each a V2 clause with its own
Vorfeld and its own subject after the finite verb. Cut at the comma, each is a sentence of its own;
Leichte Sprache wants the subject first (Netzwerk Leichte Sprache: simple word order), so the
Vorfeld moves behind the subject and the verb ("Der Förderverein sorgt für den Kuchen.").
coordinated.py cuts such a sentence only where each Vorfeld is an adverbial and keeps the order;
this module reads a Vorfeld that is an object or a prepositional object too.

It refuses when a subject is not sure (timeout.subject_span: a nominative noun phrase right after
the verb, "man" or "wir"), where the Vorfeld is an object and the subject could be one as well
(only "der" with a masculine noun, or a singular verb after objects joined by "und", tell it),
where a Vorfeld is an adverb or a source ("Außerdem", "Nach Angaben …": it may scope over both),
and where the second clause points back ("dort", "er", "dabei"). Omission over error.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.limits import HARD_LIMIT
from pressconv.transforms.easy.negation import NEGATION
from pressconv.transforms.easy.nounphrases import word_count
from pressconv.transforms.easy.rescue import Rescue, RescueContext
from pressconv.transforms.easy.timeout import subject_span

__all__ = ["parallel_clauses", "split_parallel"]

_FINITE: Final = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
# Words that point back at the clause before, or tie the clauses together: a clause with one is not
# said apart (a pronoun, a pronominal adverb, "dort", "dabei", a subordinate or relative clause).
_POINTING: Final = ("PPER", "PDS", "PROAV", "PAV", "PRELS", "PRELAT", "KOUS", "PWS", "PWAV", "KON")
# A source or a state of knowledge in a Vorfeld scopes over the whole sentence ("Nach Angaben …").
_SOURCE: Final = re.compile(r"(?:angabe|erkenntnis|auskunft|schätzung|sicht|meinung|stand|prognose|bericht)\w*$", re.I)
# A negation, a limit or a hedge anywhere: it may scope over the clause beside it as well.
_SCOPED: Final = re.compile(rf"\b(?:{NEGATION}|nur|auch|sogar|voraussichtlich|vermutlich|wahrscheinlich|jeweils)\b", re.I)


def _vorfeld_end(tokens: tuple[morph.Token, ...]) -> int | None:
    """The index after a Vorfeld of one noun phrase or one prepositional phrase ("Für Kaffee und Kuchen")."""
    i = 1 if tokens and tokens[0].pos in ("APPR", "APPRART") else 0
    if i < len(tokens) and tokens[i].pos in ("ART", "PPOSAT", "PIAT", "PDAT"):
        i += 1
    while i < len(tokens):
        token = tokens[i]
        if token.pos in ("ADJ(A)", "CARD", "NN", "NE", "TRUNC"):
            i += 1
        elif token.word == "und" and i + 1 < len(tokens) and tokens[i + 1].pos in ("NN", "NE", "ADJ(A)", "ART"):
            i += 1  # "Kaffee und Kuchen": one coordinated noun phrase
        elif token.pos == "ART" and i > 0 and tokens[i - 1].word == "und":
            i += 1
        else:
            break
    return i if i > 0 and any(t.pos in ("NN", "NE") for t in tokens[:i]) else None


def _subject_first(tokens: tuple[morph.Token, ...]) -> str | None:
    """The V2 clause with its subject first and its Vorfeld after the verb, or None when not sure."""
    finite = [i for i, t in enumerate(tokens) if t.pos in _FINITE]
    if len(finite) != 1 or tokens[0].pos == "KON" or any(t.pos in _POINTING and t.word != "und" for t in tokens):
        return None
    verb = finite[0]
    if _vorfeld_end(tokens) != verb:
        return None  # no Vorfeld of one phrase: an adverb, a clause, nothing
    vorfeld = tokens[:verb]
    if any(_SOURCE.search(t.word) for t in vorfeld):
        return None
    span = subject_span(tokens, verb)
    between = verb + 1 + (1 if verb + 1 < len(tokens) and tokens[verb + 1].pos == "PRF" else 0)
    if span is None or span[0] != between:
        return None  # the subject right after the verb, or after "sich" ("kümmert sich der Verein")
    subject = tokens[span[0] : span[1]]
    if vorfeld[0].pos not in ("APPR", "APPRART"):
        # An object in the Vorfeld: the subject after the verb must be plainly it. "der" with a
        # masculine noun is nominative (subject_span checks the gender); a verb in the singular
        # after objects joined by "und" cannot agree with them.
        sure = subject[0].word.lower() == "der" or (
            any(t.word == "und" for t in vorfeld) and not tokens[verb].word.endswith("en")
        )
        if not sure or any(t.word == "und" for t in subject):
            return None
    words = [t.word for t in subject] + [t.word for t in tokens[verb:between]]
    moved = [t.word for t in vorfeld]
    if vorfeld[0].pos not in ("NN", "NE"):
        moved[0] = moved[0].lower()
    rest = [t.word for t in tokens[span[1] :]]
    text = morph.join([*words, *moved, *rest])
    return text[:1].upper() + text[1:]


def split_parallel(text: str) -> tuple[str, str] | None:
    """("S1 V1 …", "S2 V2 …") for two comma-joined V2 clauses, each said subject first; else None."""
    text = text.strip()
    if not text.endswith(".") or text.count(",") != 1 or re.search(r"[;:!?()„“\"–]", text[:-1]):
        return None
    if _SCOPED.search(text):
        return None
    left, right = text[:-1].split(",")
    out = []
    for part in (left, right):
        tokens = morph.tag(part.strip())
        said = _subject_first(tokens) if tokens else None
        if said is None or word_count(said) > HARD_LIMIT or word_count(said) < 3:
            return None
        out.append(said.rstrip(".") + ".")
    return out[0], out[1]


def parallel_clauses(context: RescueContext) -> Rescue | None:
    """Rescuer: the refused sentence as two sentences by ``split_parallel``; None for a quotation or when not sure."""
    if context.source.speech:
        return None  # a speaker's words keep their speaker
    found = split_parallel(context.text)
    return None if found is None else Rescue(found)
