"""The sender's own informing frame undone: "Die Stadt weist darauf hin, dass X gilt." says "X gilt."

A release is the sender's statement, so what the sender itself points out, reports or reminds of
("weist darauf hin, dass …", "teilt mit, dass …", "informiert darüber, dass …", "erinnert daran, dass
…") is the sender's own claim: the frame only says that the sender says it, which every sentence of
the release does. The "dass" clause is the news, written with its verb last (Duden grammar:
Nebensatz); as a main clause its finite verb moves to the second place, after the clause's first
phrase (verb-second rule). Only where the frame's subject is the sender: a frame of anyone else (an
expert, a court, a union) keeps its speaker, and its clause stays that speaker's (rubric: an opinion
is never said as a fact). Verbs of asking, warning and demanding are no such frames: their clause is
a wish or a danger, not a fact.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.phrases import _chunks

__all__ = ["unframed"]

# The sender's frame: subject, a verb of informing (present, singular or plural) with its correlate,
# a comma and "dass". The verbs say that something is so, never that it should be (Duden: verba dicendi
# of assertion); "hinweisen" and "erinnern" presuppose that it is so.
_FRAME: Final = re.compile(
    r"^(?P<subject>[A-ZÄÖÜ][^,:;]{2,80}?) "
    r"(?:weis(?:t|en) (?:darauf |ausdrücklich darauf |nochmals darauf )?hin"
    r"|teil(?:t|en) mit"
    r"|informier(?:t|en)(?: darüber)?"
    r"|erinner(?:t|n)(?: daran)?"
    r"|mach(?:t|en) darauf aufmerksam"
    r"|gib(?:t)? bekannt|geben bekannt)"
    r", dass (?P<clause>[^,;:–]+)\.$"
)
_FINITE: Final = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
# Separable verb particles (Duden grammar: trennbare Verben): "stattfindet" is "findet … statt" in V2.
_PARTICLES: Final = (
    "zurück", "zusammen", "weiter", "statt", "teil", "fest", "fort", "nach", "mit", "vor", "weg", "auf", "aus",
    "ein", "bei", "her", "hin", "los", "ab", "an", "zu",
)  # fmt: skip


def unframed(sentence: str, sender_words: frozenset[str]) -> str:
    """The "dass" clause of the sender's informing frame as a main clause, else the sentence as it is.

    ``sender_words`` are the capitalised words of the sender's name; the frame's subject must share one
    ("Das Ordnungsamt der Stadt Adorf" for the sender "Stadt Adorf").
    """
    match = _FRAME.match(sentence.strip())
    if match is None:
        return sentence
    subject_words = set(re.findall(r"[A-ZÄÖÜ][\wäöüß\-]{3,}", match["subject"]))
    if not subject_words & sender_words:
        return sentence
    main = verb_second(match["clause"])
    return main if main is not None else sentence


def verb_second(clause: str) -> str | None:
    """ "ab dem 1. März die Leinenpflicht gilt" -> "Ab dem 1. März gilt die Leinenpflicht."; None if unsure.

    The finite verb is the clause's last word; it moves behind the first phrase, and the rest of the
    verb cluster (participle, infinitive) stays at the end (German topology: right bracket). A
    separable verb leaves its particle at the end ("stattfindet" -> "findet … statt").
    """
    tagged = morph.tag(clause + ".")[:-1]
    if len(tagged) < 3 or tagged[-1].pos not in _FINITE:
        return None
    if any(t.pos in _FINITE for t in tagged[:-1]) or any(t.pos in ("KOUS", "PRELS", "PWAV") for t in tagged):
        return None  # a second finite verb or a clause inside: the order is not read here
    finite = tagged[-1]
    verb, particle = finite.word, ""
    lemma = (finite.lemma or "").lower()
    for candidate in _PARTICLES:
        if verb.lower().startswith(candidate) and lemma.startswith(candidate) and len(verb) > len(candidate) + 2:
            verb, particle = verb[len(candidate) :], candidate
            break
    body = list(tagged[:-1])
    chunks = _chunks(body)
    if not chunks:
        return None
    first = len(chunks[0])
    words = [t.word for t in body]
    out = [*words[:first], verb, *words[first:]]
    if particle:
        # The particle closes the clause, after any verb cluster left at the end.
        out.append(particle)
    text = " ".join(out)
    text = re.sub(r"\s+([.,;:!?“])", r"\1", text).replace("„ ", "„")
    return text[:1].upper() + text[1:] + "."
