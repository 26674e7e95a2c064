"""Which sentences of a summary are side details: what a helper did on the side, not the news.

Police and fire reports close with procedure: who was informed or called in ("Die Feuerwehr hat
den Energieversorger informiert", "Man hat den Besitzer verständigt"). The last blind judgement
found such a line standing as the whole news and as the title. A sentence whose main verb is a
verb of informing someone (German verbs of communication with an accusative person: informieren,
benachrichtigen, verständigen, in Kenntnis setzen) says what happened next, not what happened.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["side_action"]

# Perfekt or present of the verbs of informing (the rewrite tells the past in the Perfekt).
_INFORMED: Final = re.compile(
    r"\b(?:hat|haben|wurde|wurden|ist|sind)\b[^.:]*\b(?:informiert|benachrichtigt|verständigt|in Kenntnis gesetzt)\b"
    r"|\b(?:informiert|informieren|benachrichtigt|benachrichtigen|verständigt|verständigen)\b[^.:]*\.$"
)
# A reader action or a warning is never a side detail, even when it says whom to inform.
_READER: Final = re.compile(r"\b(?:Sie|Ihr|Ihre|Bitte|bitte)\b")


def side_action(sentence: str) -> bool:
    """The sentence tells that someone was informed or notified (a procedural side detail)."""
    return bool(_INFORMED.search(sentence)) and not _READER.search(sentence)
