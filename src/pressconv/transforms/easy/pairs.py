"""Pair forms torn apart by a rewrite ("Besucherinnen können und Besucher …"): found and joined again.

German gender-fair writing names both forms as one coordinated subject, "Besucherinnen und
Besucher" (Duden: Paarform). A rewrite that moves the finite verb to the second place counts only the
first word as the subject and puts the verb inside the pair, and the sentence no longer parses
(rubric, item 3). The pair is recognised by its parts: the feminine plural in "-innen" and, after
"und", the masculine form of the same stem ("Besucher", "Kollegen", "Ärzte").
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["join_pair", "split_pair"]

_TORN: Final = re.compile(r"\b(?P<fem>[A-ZÄÖÜ][\w·\-]*?)innen (?P<verb>[a-zäöüß][\w·]*) und (?P<masc>[A-ZÄÖÜ][\w·\-]*)\b")


def _torn(sentence: str) -> re.Match[str] | None:
    """The first pair form torn apart by a verb ("Bürgerinnen <Verb> und Bürger"), or None."""
    for match in _TORN.finditer(sentence):
        stem = match.group("fem")
        masc = match.group("masc")
        # The masculine plural is the stem itself or the stem with "-e"/"-en"/"-n" (Duden: plural classes).
        if masc not in (stem, stem + "e", stem + "en", stem + "n"):
            continue
        verb = match.group("verb")
        if any(t.pos.endswith("(FIN)") for t in morph.tag(f"Sie {verb} .")) or not morph.available():
            return match
    return None


def split_pair(sentence: str) -> str | None:
    """The torn pair ("Besucherinnen können und Besucher") of a sentence, else None."""
    match = _torn(sentence)
    return None if match is None else match.group(0)


def join_pair(sentence: str) -> str:
    """The sentence with a torn pair joined again: "Besucherinnen und Besucher können …"."""
    match = _torn(sentence)
    if match is None:
        return sentence
    joined = f"{match.group('fem')}innen und {match.group('masc')} {match.group('verb')}"
    return sentence[: match.start()] + joined + sentence[match.end() :]
