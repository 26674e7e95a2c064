"""A way in told with its verb: "Unbekannte brachen in ein Geschäft ein" -> "Unbekannte sind … eingebrochen.".

Police reports tell a break-in with a separable verb in the Präteritum and the place entered as
"in" + accusative ("brachen in ein Geschäft ein", "drangen in eine Wohnung ein", "stiegen in ein
Haus ein"): a motion into something, which forms the Perfekt with "sein" (Duden grammar: Perfekt
mit "sein" for a change of place, no accusative object). The clause is said in the Perfekt with its
subject, the place entered and the day the clause gives, and the street of the place entered in a
sentence of its own ("Das Geschäft ist in der Hauptstraße."). Every word comes from the clause; a
hedged, denied or attempted clause, a definite subject that points back ("Die Täter") or an
accusative object that would need "haben" is left out (omission over error).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.happenings import NOT_PLAIN, clause_day, clause_place

__all__ = ["entered"]

# The accusative article of the place entered, and the definite article that names it again
# ("ein Geschäft" -> "Das Geschäft", "eine Wohnung" -> "Die Wohnung", "einen Kiosk" -> "Der Kiosk").
_AGAIN: Final = {"ein": "Das", "eine": "Die", "einen": "Der"}
_MAX_WORDS: Final = 12


def entered(body: Sequence[str], issued: date | None = None, *, lead: int = 4) -> list[tuple[str, str]]:
    """(source sentence, plain sentence) pairs for the break-ins the first ``lead`` sentences tell."""
    out: list[tuple[str, str]] = []
    for sentence in body[:lead]:
        if NOT_PLAIN.search(sentence):
            continue
        tokens = morph.tag(sentence)
        said = _said(tokens, sentence, issued)
        if said:
            out.extend((sentence, line) for line in said)
    return out


def _said(tokens: tuple[morph.Token, ...], sentence: str, issued: date | None) -> list[str] | None:
    """A break-in clause with an indefinite subject said as sentences in the Perfekt, or None."""
    verb = next((i for i, t in enumerate(tokens) if t.pos == "VV(FIN)"), None)
    if verb is None or verb == 0 or not morph.is_preterite(tokens[verb].word, tokens[verb].lemma):
        return None
    subject = tokens[:verb]
    # An indefinite or bare subject ("Unbekannte", "Zwei Männer", "Ein Unbekannter"): a definite one
    # ("Die Täter") points back at a sentence the summary's reader does not have.
    if subject[-1].pos not in ("NN", "NNA") or any(t.pos not in ("ART", "CARD", "ADJ(A)", "NN", "NNA") for t in subject):
        return None
    if subject[0].pos == "ART" and subject[0].word.lower() not in ("ein", "eine"):
        return None
    end = next((i for i in range(verb + 1, len(tokens)) if tokens[i].pos in ("$,", "$.", "KON")), len(tokens))
    particle = end - 1
    if tokens[particle].pos != "PTKVZ" or tokens[particle].word != "ein":
        return None
    target = _target(tokens, verb + 1, particle)
    if target is None:
        return None
    start, stop = target
    lemma = tokens[verb].lemma
    formed = morph.participle(tokens[particle].word + lemma, tokens[particle].word)
    if formed is None:
        return None
    participle, aux = formed
    if aux != "sein" and not morph.auxiliary_varies(tokens[particle].word + lemma, tokens[particle].word):
        return None  # a verb that keeps "haben" even for a motion: not a way in
    plural = tokens[verb].word.endswith("en")
    who = morph.join([t.word for t in subject])
    where = morph.join([t.word for t in tokens[start:stop]])
    day, _ = clause_day(sentence, issued)
    first = f"{who} {'sind' if plural else 'ist'} {where} {participle}."
    timed = f"{who} {'sind' if plural else 'ist'} {day} {where} {participle}." if day else first
    lines = [timed if len(timed.split()) <= _MAX_WORDS else first]
    street = clause_place(tokens, stop, particle)
    article = tokens[start + 1].word.lower()
    if street and article in _AGAIN:
        lines.append(f"{_AGAIN[article]} {tokens[stop - 1].word} ist {street}.")
    return lines


def _target(tokens: tuple[morph.Token, ...], begin: int, stop: int) -> tuple[int, int] | None:
    """(start, end) of the one "in ein(e/en) ADJ* NOUN" of the clause, every other noun inside a phrase
    opened by a preposition (an accusative object would make the verb transitive: "haben")."""
    found: tuple[int, int] | None = None
    in_phrase = False
    i = begin
    while i < stop:
        token = tokens[i]
        if token.pos in ("APPR", "APPRART"):
            if token.word == "in" and i + 1 < stop and tokens[i + 1].word.lower() in _AGAIN:
                j = i + 2
                while j < stop and tokens[j].pos == "ADJ(A)":
                    j += 1
                if j < stop and tokens[j].pos == "NN" and found is None:
                    found = (i, j + 1)
                    i = j + 1
                    in_phrase = True
                    continue
            in_phrase = True
        elif token.pos in ("NN", "NE", "ART", "ADJ(A)", "CARD"):
            if not in_phrase:
                return None
        elif token.pos in ("ADV", "$("):
            in_phrase = False
        else:
            return None
        i += 1
    return found
