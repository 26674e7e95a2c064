"""A second main clause after a bare comma: the first clause may be said alone (core.kernel).

Duden grammar (Reihung von Hauptsätzen, Satzverbindung; coordinated.py has the convention): two main
clauses side by side after a comma ("Der Kurs ist kostenlos, eine Anmeldung ist nicht nötig") each
state a fact that is true without the other. The core news may then read the first clause alone and
leave the second to the rescuers. Refused where the second clause could change the first: a contrast
or restriction ("aber", "jedoch", "allerdings", "außer", "sondern", "oder"), a word pointing back
into the first clause ("das gilt …", "dort", "davon"), a frame of saying or belief before the comma
("Die Polizei warnt, Betrüger …": what follows is the verb's object), or a second part that is no
main clause with its finite verb second (a subordinate clause, a list item, an apposition). After a
colon the second clause explains or details the first (Duden: Doppelpunkt vor einer Erläuterung,
"Die Stadt erweitert das Ladenetz: Seit Juli stehen …"); the same checks hold, a frame of saying
("Die Polizei warnt: …") refuses the cut as before a comma.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.coordinated import _framing, _verb_second
from pressconv.transforms.easy.instructions import object_outside_phrase
from pressconv.transforms.easy.topology import _kind

__all__ = ["second_main_clause"]

# Contrast, restriction and alternative (Duden grammar: adversative and disjunctive connectives):
# after them the second clause limits or corrects the first, which alone would say too much.
_LIMITING: Final = frozenset(
    ["aber", "jedoch", "allerdings", "doch", "dennoch", "trotzdem", "sondern", "oder", "außer", "ausgenommen",
     "ausnahme", "stattdessen", "vielmehr", "nur", "lediglich", "zwar", "sonst", "ansonsten", "hingegen"]
)  # fmt: skip
# Adverbs that point back at the clause before (coordinated.POINTING_VORFELD and more).
POINTING: Final = frozenset(["dort", "da", "hier", "dann", "danach", "dabei", "daher", "deshalb", "so", "dafür", "dazu"])
_FINITE: Final = ("VV(FIN)", "VA(FIN)", "VM(FIN)")


def second_main_clause(first: Sequence[morph.Token], tail: Sequence[morph.Token]) -> bool:
    """``tail`` (after the comma) opens a main clause of its own that leaves ``first`` true alone."""
    if len(tail) < 3 or tail[0].pos in ("KON", "KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT"):
        return False
    if any(t.word.lower() in _LIMITING or t.pos in ("PROAV", "PAV") for t in tail):
        return False
    if tail[0].pos in ("PDS", "PPER") or tail[0].word.lower() in POINTING:
        return False  # "das gilt …", "sie ist …": the clause points back and may restrict the first
    if _framing(list(first)):
        return False
    if first and first[-1].pos.startswith(("VV", "VA", "VM")) and not _has_object(first):
        # "Die Stadt hat entschieden: Das Büro bleibt zu.", "Der Rat hat zugestimmt, die Gebühren steigen":
        # a clause that ends in its verb with no object of its own has its object in the clause after
        # it (a verb of deciding, finding or agreeing takes a clause as object, Duden grammar:
        # Objektsatz); the first alone is a broken sentence (review of session 27).
        return False
    # The second clause up to its own end or next comma: its finite verb second, a main clause.
    clause = []
    for token in tail:
        if token.word in (",", ";", ":", "–", "("):
            break
        clause.append(token)
    if len(clause) < 3 or not any(t.pos in _FINITE for t in clause):
        return False
    verb = _verb_second(clause)
    if verb is None or verb > 4 or any(t.pos in _FINITE for t in clause[:verb]):
        return False
    return _kind(tuple(clause), opening=False)[0] == "main"


def _has_object(first: Sequence[morph.Token]) -> bool:
    """The Mittelfeld after the finite verb holds a noun phrase no preposition governs (an object)."""
    finite = next((i for i, t in enumerate(first) if t.pos in _FINITE), None)
    return finite is not None and object_outside_phrase(first[finite + 1 : -1])
