"""A clause cut from a criticism or an accusation stays its speaker's claim: "X sagt: Die Stadt hat gelogen.".

German states what a speaker holds against someone in a clause of the frame sentence ("Die Partei
kritisiert die Stadt, weil sie die Bürger belogen hat", "… wirft der Stadt vor, dass …"; Duden
grammar: the content and causal clauses of verbs of criticism and accusation). Cut from its frame,
the clause reads as the summary's own statement of fact, and an allegation becomes a verdict
(easy-judging.md, item 2; "Statement or opinion: clearly marked as their view"). So such a clause
stands only inside the speaker's frame, "<Speaker> sagt: …", and only when the speaker is the
release's sender (named by its name, its head noun or "wir"); otherwise it is left out (omission
over error).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["claim_frame", "criticism_clause"]

# Verbs of criticism and accusation (finite forms and participles): their clauses are the speaker's
# claims, never facts the summary may state.
# "wirft" only with its particle "vor" (vorwerfen): "warf einen Stein" throws, it accuses no one.
_CRITICISM: Final = re.compile(
    r"\b(?:kritisier(?:t|en|te|ten)|bemängel(?:t|n|te|ten)|beklag(?:t|en|te|ten)|"
    r"(?:wirft|werfen|warf|warfen)\b[^.;]*\bvor|vorgeworfen|beschuldig(?:t|en|te|ten)|bezichtig(?:t|en|te|ten)|"
    r"behaupte(?:t|n|te|ten)|pranger(?:t|n|te|ten))\b"
)
# A line already framed as somebody's words or view.
_FRAMED: Final = re.compile(r"^[^:]{2,90}\b(?:sagt|sagen|meint|meinen|kritisiert|kritisieren|fordert|fordern)\b: ")


# Verbs of a position or of saying: a piece with one of them is the speaker's own act, not a claim.
_OWN_ACT: Final = re.compile(
    r"\b(?:fordert|fordern|verlangt|verlangen|begrüßt|begrüßen|warnt|warnen|sagt|sagen|meint|meinen|betont|"
    r"betonen|erklärt|erklären|lehnt|lehnen|appelliert|appellieren)\b"
)


def criticism_clause(piece: str, source: str) -> bool:
    """The piece comes from a criticism or accusation sentence and has lost the verb that frames it."""
    match = _CRITICISM.search(source)
    if match is None or _FRAMED.match(piece) or _OWN_ACT.search(piece):
        return False
    # "Die Gewerkschaft kritisiert den Plan und hat 900 Mitglieder": a piece with the critic as its
    # subject is the critic's own coordinated clause, not what the critic holds against someone.
    critic = source[: match.start()].strip()
    if critic and len(critic.split()) <= 6 and piece.startswith(critic + " "):
        return False
    return _CRITICISM.search(piece) is None


def claim_frame(piece: str, source: str, subject: str | None, own: bool) -> str | None:
    """ "<subject> sagt: <piece>" for a criticism clause of the sender's own sentence (``own``), the piece
    unchanged when it is no such clause, and None (leave it out) when whose claim it is is unsure."""
    if not criticism_clause(piece, source):
        return piece
    if subject is None or not own:
        return None
    return f"{subject} sagt: {piece[:1].upper()}{piece[1:]}"
