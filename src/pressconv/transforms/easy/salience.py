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

# The verbs of informing someone or handing the case on, in any tense (the rewrite tells the past in
# the Perfekt, but a title may be read before it: "verständigte", "benachrichtigte").
_INFORMED: Final = re.compile(
    r"\b(?:informier|benachrichtig|verständig|hinzugezogen|hinzuzieh|weitergeleitet|in Kenntnis gesetzt)\w*\b"
)
# "übergeben"/"übergab" hands the case on ("an die Kriminalpolizei übergeben") unless a number says
# it hands over money or things ("hat 500 Euro an die Tafel übergeben": a donation, the news).
_HANDED_ON: Final = re.compile(r"\b(?:übergeben|übergab\w*)\b")
_NUMBER: Final = re.compile(r"\d")
# A reader action or a warning is never a side detail, even when it says whom to inform.
_READER: Final = re.compile(r"\b(?:Sie|Ihr|Ihre|Bitte|bitte)\b")


def side_action(sentence: str) -> bool:
    """The sentence tells that someone was informed, notified or handed the case (a procedural side
    detail). "informiert über …" / "warnt vor …" names a topic the sender informs the public about:
    that is the news, not a side action."""
    text = sentence.replace("·", "")
    if _READER.search(text):
        return False
    match = _INFORMED.search(text)
    if match is None and not _NUMBER.search(text):
        match = _HANDED_ON.search(text)
    if match is None:
        return False
    # "informiert heute über …": the verb's topic follows it later in the sentence.
    return not re.search(r"\b(?:über|vor)\b", text[match.start() :])
