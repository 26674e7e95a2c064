"""The reason a statement gives for its position, as a sentence of its own in the sender's frame.

German states the reason of a demand or a criticism in a causal clause after the main clause
("Der Verband kritisiert den Plan, weil die Stadt zu wenig Geld gibt."; Duden grammar: kausale
Nebensätze with "weil", "da", and the coordinating "denn"). Leichte Sprache has no subordinate
clauses (Netzwerk Leichte Sprache: one statement per sentence) and says the reason in a sentence of
its own right after the sentence it explains. The reason is the speaker's claim (an allegation
as often as a fact), so it stays in the speaker's frame: "Der Verband sagt: Die Stadt gibt zu wenig
Geld." (easy-judging.md: a statement "clearly marked as their view"); a bare "Der Grund ist: …"
would state it as a fact, and would point at nothing where the verifier leaves the line before out.
The reason keeps every word of the clause (a *nicht* included); only its verb moves to second place.
A clause with a condition, a subjunctive (Konjunktiv II or the Konjunktiv I of reported speech), a
comma (a second clause) or a pronoun pointing back is left out whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["REASON_VERB", "reason_sentence", "split_reason"]

# The frame verb of a reason line; no other position line says "sagt:" (positions.py).
REASON_VERB: Final = "sagt"
# The causal clause closes the sentence; everything before its comma is the position.
_CAUSAL: Final = re.compile(r",\s+(?P<c>weil|da|denn)\s+(?P<clause>[^,;:„“\"]+?)\s*[.!]?$")
# A condition or a subjunctive makes the reason hypothetical; a pronoun points back at the position
# or another sentence and would dangle on its own line (rubric, item 3).
_NOT_PLAIN: Final = re.compile(
    r"\b(?:wenn|falls|würde\w*|könnte\w*|sollte\w*|wäre\w*|hätte\w*|sie|er|es|dies\w*|diese[mnrs]?|dort|dadurch|damit)\b",
    re.IGNORECASE,
)


def split_reason(text: str, verb_second: Callable[[str], str | None]) -> tuple[str, str | None]:
    """ "Der Verband kritisiert den Plan, weil …" -> ("Der Verband kritisiert den Plan", reason or None).

    ``verb_second`` turns a verb-final clause into a main clause (positions.py), or gives None.
    """
    match = _CAUSAL.search(text)
    if match is None:
        return text, None
    main = _reason_main(match["c"], match["clause"], verb_second)
    if main is None:
        return text, None
    return text[: match.start()].rstrip(), main


# Konjunktiv I marks reported speech (Duden grammar: indirekte Rede): "weil die Stadt kein Geld habe"
# is what someone says the city has; Leichte Sprache has no Konjunktiv, and the indicative would make
# it the sender's own claim. Its third person singular ends in "-e" where the indicative ends in "-t"
# ("habe", "wolle", "müsse"); "sei" and "seien" are its forms of "sein".
_SUBJUNCTIVE_ONE: Final = re.compile(r"\b(?:sei|seien|seiest|seiet)\b", re.IGNORECASE)


def _reported(clause: str) -> bool:
    """The clause's finite verb is in Konjunktiv I (reported speech)."""
    if _SUBJUNCTIVE_ONE.search(clause):
        return True
    return any(t.pos.endswith("(FIN)") and t.word.lower().endswith("e") for t in morph.tag(clause))


def _reason_main(conjunction: str, clause: str, verb_second: Callable[[str], str | None]) -> str | None:
    """The causal clause as a main clause: verb-final after "weil"/"da" to verb-second; "denn" keeps its order."""
    if _NOT_PLAIN.search(clause) or re.search(r"\b(?:dass|und dass|oder|ob)\b", clause):
        return None
    if _reported(clause):
        return None
    if conjunction != "denn":
        return verb_second(clause)  # verb-final after "weil" and "da"
    # "denn der Platz ist alt": a main clause already, its one finite verb after the subject.
    tagged = morph.tag(clause)
    finite = [i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")]
    if len(tagged) < 3 or len(finite) != 1 or finite[0] < 1:
        return None
    if tagged[0].pos not in ("ART", "NN", "NE", "PIAT", "PIDAT", "CARD", "ADJ(A)"):
        return None
    return clause[:1].upper() + clause[1:]


def reason_sentence(subject: str, reason: str, *, plural: bool = False) -> str:
    """ "Der Verband sagt: Die Stadt gibt zu wenig Geld." for the main clause of the reason."""
    verb = "sagen" if plural else REASON_VERB
    return f"{subject} {verb}: {reason[:1].upper()}{reason[1:].rstrip('.!')}."
