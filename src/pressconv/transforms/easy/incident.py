"""The outcome facts of a fire or police report: what burned, whether it can be lived in, who investigates.

The rubric's police or fire report carries "what happened, where … who was hurt" and its outcome;
the last blind judgement found "Es hat einen Brand gegeben." without the object that burned and
without "uninhabitable". Each fact here is read from one plain German construction and kept in the
case the construction itself shows, so the template that states it is correct by construction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.outcomes import ONGOING

__all__ = ["burned_object", "cause_investigated", "is_fire", "restates", "uninhabitable"]

# "der Brand eines Wohnhauses", "Feuer in einer Scheune": the incident noun with the thing it struck,
# a genitive attribute or a prepositional phrase with "in" (German noun-phrase attributes, Duden §1260).
_FIRE_NOUN: Final = r"(?:Brand|Feuer|Vollbrand|Großbrand|Kleinbrand|Zimmerbrand|Küchenbrand|Dachstuhlbrand)"
_GENITIVE: Final = re.compile(
    rf"\b{_FIRE_NOUN}\s+(?P<art>eines|einer)\s+(?P<adj>(?:[a-zäöü][a-zäöüß]+(?:en|e)\s+)?)(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\b"
)
_IN: Final = re.compile(
    rf"\b{_FIRE_NOUN}\s+in\s+(?P<art>einem|einer)\s+(?P<adj>(?:[a-zäöü][a-zäöüß]+en\s+)?)(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\b"
)
# A hedge, a negation or a condition in the sentence: what burned is not stated plainly.
_NOT_PLAIN: Final = re.compile(r"\b(?:kein\w*|nicht|soll|sollen|wenn|falls|vermutlich|möglicherweise)\b", re.I)
# The genitive article says the dative one (German declension): "eines" (masculine or neuter) ->
# "einem", "einer" (feminine) -> "einer"; the adjective after "ein-" ends in "-en" in both cases.
_DATIVE: Final = {"eines": "einem", "einer": "einer", "einem": "einem"}
# "im Wohnhaus", "in der Wohnung": the definite dative once the object has been introduced.
_DEFINITE_IN: Final = {"einem": "im", "einer": "in der"}


def burned_object(body: Sequence[str]) -> tuple[str, str] | None:
    """ "einem Wohnhaus" and its noun from "Brand eines Wohnhauses" / "Brand in einem Wohnhaus", or None.

    Only where every plain mention names the same object: two objects, or one sentence that hedges
    or denies ("kein Brand", "soll … gebrannt haben"), leave the fact out (omission over error).
    """
    found: set[tuple[str, str]] = set()
    for sentence in body:
        for pattern in (_GENITIVE, _IN):
            for match in pattern.finditer(sentence):
                if _NOT_PLAIN.search(sentence):
                    return None
                noun = match["noun"]
                if pattern is _GENITIVE:
                    # The genitive noun in its base form: "Wohnhauses" -> "Wohnhaus" (HanTa lemma).
                    tagged = [t for t in morph.tag(f"{match['art']} {match['adj']}{noun}") if t.word == noun]
                    if not tagged or tagged[0].pos != "NN" or not tagged[0].lemma[:1].isupper():
                        continue
                    noun = tagged[0].lemma
                found.add((f"{_DATIVE[match['art']]} {match['adj']}{noun}", noun))
    return found.pop() if len(found) == 1 else None


# "Das Haus ist (durch den Brand) unbewohnbar", "Die Wohnung ist nicht mehr bewohnbar": present
# tense, the subject first; a past "war unbewohnbar" may no longer hold and is left out.
_UNINHABITABLE: Final = re.compile(
    r"^(?:Das|Die|Der)\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\s+(?:ist|sind)\s+(?:[^.,;]{0,40}?\s)?"
    r"(?:unbewohnbar|nicht mehr bewohnbar)\b"
)


def uninhabitable(body: Sequence[str], burned: tuple[str, str] | None) -> str | None:
    """ "im Wohnhaus": where nobody can live now, when the release says so of the object that burned.

    The subject must be the burned object or its last part ("Das Haus" after "eines Wohnhauses"),
    so the template names a place the summary has introduced.
    """
    if burned is None:
        return None
    phrase, noun = burned
    article = phrase.split()[0]
    for sentence in body:
        match = _UNINHABITABLE.match(sentence.strip())
        if match is None or re.search(r"\b(?:nicht|kein\w*)\b", sentence.replace("nicht mehr bewohnbar", "")):
            continue
        if noun.lower().endswith(match["noun"].lower()):
            return f"{_DEFINITE_IN[article]} {noun}"
    return None


# "Die Polizei hat die Ermittlungen zur Brandursache aufgenommen", "Ermittlungen … wurden durch die
# Polizei aufgenommen", "Die Kriminalpolizei ermittelt": police investigation, the usual closing line
# of a report. "Ursache" in the same sentence says what the police look for.
_INQUIRY: Final = re.compile(
    r"\b(?:Polizei|Kriminalpolizei|Kripo)\b[^.]*\bErmittlungen\b[^.]*\baufgenommen\b"
    r"|\bErmittlungen\b[^.]*\b(?:durch die|von der)\s+(?:Polizei|Kriminalpolizei)\b[^.]*\baufgenommen\b"
)


def cause_investigated(body: Sequence[str], what: str | None = None) -> tuple[bool, bool]:
    """(the police investigate, they look for the cause of ``what``), from a sentence that says so plainly.

    The cause is the incident's only where the sentence names it with the incident noun
    ("Brandursache", "Ursache des Unfalls"): a cause of something else is not said.
    """
    for sentence in body:
        if _INQUIRY.search(sentence) and not _NOT_PLAIN.search(sentence):
            cause = what is not None and bool(
                re.search(rf"{what.lower()}\w*ursache|[Uu]rsache \w+ {what}", sentence.lower())
            )
            return True, cause
    return False, False


def is_fire(what: str | None) -> bool:
    """The incident noun names a fire ("Brand", "Feuer", "Dachstuhlbrand")."""
    return what is not None and re.fullmatch(_FIRE_NOUN, what) is not None


def restates(sentence: str, *, uninhabitable: bool, investigating: bool) -> bool:
    """The source sentence is one a template of this module has said already (the summary says it once)."""
    text = sentence.strip()
    return (uninhabitable and _UNINHABITABLE.match(text) is not None) or (
        investigating and (_INQUIRY.search(text) is not None or _only_ongoing(text))
    )


def _only_ongoing(text: str) -> bool:
    """A short sentence that says only that the inquiry goes on ("Die Ermittlungen dauern an.")."""
    return ONGOING.search(text) is not None and len(text.split()) <= 8
