"""Whom a statement's demands are addressed to, and whether the sender criticises that addressee.

A statement or opinion carries "who says what … clearly marked as their view" (easy-judging.md);
the last blind judgement found the addressee of the demands and the criticism missing. German marks
the addressee of a demand in two plain constructions, both with the accusative the template keeps:

- "X fordert die Bundesregierung (dazu) auf, …" (auffordern + accusative object);
- "X appelliert … an die Landesregierung" (appellieren an + accusative).

The criticism is said of that addressee only where a sentence of the sender with "kritisiert"
names the addressee's noun itself; what exactly is criticised stays in the sender's own words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = ["addressee", "criticises"]

_NP: Final = r"(?P<a>(?:die|den|das)\s+(?:[a-zäöü][a-zäöüß]+en?\s+)?[A-ZÄÖÜ][\w\-]*(?:\s+[A-ZÄÖÜ][\w\-]*)?)"
_CALL_ON: Final = re.compile(rf"\bforder(?:t|n)\s+{_NP}\s+(?:(?:dazu|darum|nachdrücklich|erneut|eindringlich)\s+)*auf\b")
_APPEAL: Final = re.compile(rf"\bappellier(?:t|en)\b[^.,;:]*?\ban\s+{_NP}")
_NOT_PLAIN: Final = re.compile(r"\b(?:nicht|kein\w*|wenn|falls|würde\w*|könnte\w*)\b")


def addressee(body: Sequence[str]) -> str | None:
    """ "an die Bundesregierung": whom the sender's demands are addressed to, where one is named plainly."""
    found: list[str] = []
    for sentence in body:
        for pattern in (_CALL_ON, _APPEAL):
            match = pattern.search(sentence)
            if match is not None and not _NOT_PLAIN.search(sentence[: match.start()]):
                found.append(match["a"])
    # One addressee, named the same way wherever it is named: two different ones are not plain.
    if not found or len({a.lower() for a in found}) != 1:
        return None
    return f"an {found[0]}"


def criticises(body: Sequence[str], to: str) -> bool:
    """A sentence of the sender says "kritisiert" and names the addressee's noun ("Bundesregierung")."""
    head = to.split()[-1]
    stem = head[: max(5, len(head) - 1)]
    return any(
        re.search(r"\bkritisier(?:t|en)\b", s) and re.search(rf"\b{re.escape(stem)}", s) and not _NOT_PLAIN.search(s)
        for s in body
    )
