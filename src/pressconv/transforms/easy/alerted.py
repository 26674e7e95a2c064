"""An incident reported to the police or fire brigade: "Der Polizei wurde ein Einbruch gemeldet" -> "Jemand hat … gemeldet.".

Police and fire reports often open with the report that set them going, in the passive ("Am Montag
wurde der Polizei ein Einbruch gemeldet", "Gemeldet wurde ein Brand"). Leichte Sprache says it in
the active with an impersonal agent ("Jemand hat der Polizei einen Einbruch gemeldet."): only the
report is stated, not that the incident is proven, which is what the source says too. The noun
phrase is read from the grammar (a nominative "ein/eine NOUN" with no adjective, whose ending would
go unchecked, or a counted plural) and put in the accusative; a hedged, denied or conditional clause
is left out (omission over error).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.happenings import NOT_PLAIN, NUMBERS, clause_day
from pressconv.transforms.easy.lexicon import lookup

__all__ = ["alerted"]

_INDEF_ACC: Final = {"der": "einen", "die": "eine", "das": "ein"}
_MAX_WORDS: Final = 12


def alerted(body: Sequence[str], issued: date | None = None, *, lead: int = 3) -> list[tuple[str, str]]:
    """(source sentence, plain sentence) for the report the first ``lead`` sentences tell, at most one."""
    for sentence in body[:lead]:
        if NOT_PLAIN.search(sentence):
            continue
        line = _said(morph.tag(sentence), sentence, issued)
        if line is not None:
            return [(sentence, line)]
    return []


def _said(tokens: tuple[morph.Token, ...], sentence: str, issued: date | None) -> str | None:
    """A passive "wurde … gemeldet" clause said in the active with "Jemand", or None when it is no plain one."""
    words = [t.word for t in tokens]
    # One clause: "wurde(n) … gemeldet." with the participle last (a passive main clause).
    if len(words) < 4 or words[-1] != "." or words[-2] != "gemeldet" or any(t.pos in ("$,", "KON") for t in tokens):
        return None
    aux = next((i for i, w in enumerate(words) if w in ("wurde", "wurden")), None)
    if aux is None:
        return None
    recipient = ""
    start = aux + 1
    if start + 1 < len(tokens) and tokens[start].word in ("der", "dem", "den", "die", "das"):
        # "dem Notruf" is a dative; "der Polizei" only with a feminine noun ("der Einbruch" is the
        # nominative subject of the passive, not whom it was reported to): anything else is refused.
        noun = tokens[start + 1]
        entry = lookup(noun.word) if noun.pos == "NN" else None
        dative = tokens[start].word == "dem" or (tokens[start].word == "der" and entry is not None and entry.gender == "die")
        if noun.pos != "NN" or not dative:
            return None
        recipient = f"{tokens[start].word} {noun.word} "  # "der Polizei", "dem Notruf"
        start += 2
    phrase = _accusative(tokens, start, len(tokens) - 2)
    if phrase is None:
        return None
    day, derived = clause_day(sentence, issued)
    if derived:
        day = None  # a resolved "gestern" would need the guard's derived date: left out here
    plain = f"Jemand hat {recipient}{phrase} gemeldet."
    timed = f"Jemand hat {recipient}{day} {phrase} gemeldet." if day else plain
    return timed if len(timed.split()) <= _MAX_WORDS else plain


def _accusative(tokens: tuple[morph.Token, ...], start: int, stop: int) -> str | None:
    """The first nominative "ein(e) NOUN" or "vier NOUNs" in ``tokens[start:stop]``, in the accusative."""
    for i in range(start, stop):
        lower = tokens[i].word.lower()
        if lower in ("ein", "eine") and tokens[i].pos == "ART":
            if i > start and tokens[i - 1].pos in ("APPR", "APPRART"):
                return None  # "in eine Gartenlaube": the object of a preposition, not what was reported
            j = i + 1
            if j < stop and tokens[j].pos == "NN" and tokens[j].word == tokens[j].lemma:
                entry = lookup(tokens[j].word)
                gender = "die" if lower == "eine" else entry.gender if entry is not None else None
                if gender not in _INDEF_ACC or (lower == "eine") != (gender == "die"):
                    return None
                return f"{_INDEF_ACC[gender]} {tokens[j].word}"
            return None  # an adjective or another word after the article: its ending is not checked
        if lower in NUMBERS and i + 1 < stop and tokens[i + 1].pos == "NN" and tokens[i + 1].word != tokens[i + 1].lemma:
            return f"{NUMBERS[lower]} {tokens[i + 1].word}"
    return None
