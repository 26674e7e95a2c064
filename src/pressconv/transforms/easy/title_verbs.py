"""Headline verbs that say the same as another verb of the body: the start of a thing, its end."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["same_sense", "with_particle"]

# Verbs of beginning and of ending (Duden, Sinnverwandte Wörter: "beginnen", "enden"). A headline
# writes the short "startet" where the body says "beginnt" or "läuft an" (Schlagzeilenstil prefers
# short verbs); the two say one fact, so the headline's verb is literal, no metaphor. Only these
# closed groups: a verb of another sense the body never uses stays a possible pun (title_step._grounded).
_GROUPS: Final = (
    frozenset({"starten", "beginnen", "anlaufen", "anfangen", "losgehen"}),
    frozenset({"enden", "auslaufen", "aufhören"}),
)
# The body's forms of each verb: present, past, participle and the particle verb's split forms.
_FORMS: Final = {
    "starten": r"start(?:e|et|en|ete|eten)|gestartet",
    "beginnen": r"beginn(?:t|en|e)|begann(?:en)?|begonnen",
    "anlaufen": r"(?:läuft|laufen|lief|liefen)\b[^!?;]{0,60}?\ban|angelaufen|anlaufen",
    "anfangen": r"(?:fängt|fangen|fing|fingen)\b[^!?;]{0,60}?\ban|angefangen|anfangen",
    "losgehen": r"(?:geht|gehen|ging|gingen)\b[^!?;]{0,60}?\blos|losgegangen|losgehen",
    "enden": r"end(?:et|en|ete|eten)|geendet",
    "auslaufen": r"(?:läuft|laufen|lief|liefen)\b[^!?;]{0,60}?\baus|ausgelaufen|auslaufen",
    "aufhören": r"(?:hört|hören|hörte|hörten)\b[^!?;]{0,60}?\bauf|aufgehört|aufhören",
}


def same_sense(lemma: str, body: str) -> bool:
    """The body uses another verb of the headline verb's group ("startet" over the body's "beginnt")."""
    group = next((g for g in _GROUPS if lemma.lower() in g), None)
    if group is None:
        return False
    lowered = body.lower()
    return any(re.search(rf"\b(?:{_FORMS[verb]})\b", lowered) for verb in group if verb != lemma.lower())


# "Musikschule lädt zum Konzert": headlines drop the particle of "einladen" (Schlagzeilenstil); the
# sentence needs it at the clause's end (Duden grammar: Verbklammer), else "laden" says "to load".
_INVITES: Final = re.compile(r"^(?P<clause>\S.*?\b(?:lädt|laden)\b (?:zu[mr]?|in|ins|nach|auf)\b.*?)(?P<end> ein)?$")
# The release's own "einladen": the particle verb written whole, its participle, or its split form with
# "ein" closing the clause (Verbklammer). "laden" alone is also "to load" or "to charge" ("E-Autos laden
# in der Tiefgarage"): the particle is added only where the source itself says "einladen".
_INVITED_IN_SOURCE: Final = re.compile(
    r"\b(?:ein(?:zu)?laden|eingeladen|einlädt)\b|\b(?:lädt|laden|lud|luden)\b[^.!?;:]{0,120}?\bein(?=\s*(?:[.,;:!?]|und\b|oder\b|$))",
    re.IGNORECASE,
)


def with_particle(title: str, source: str) -> str:
    """The title with "ein" after an invitation whose headline dropped it ("lädt zum Fest" -> "… ein"),
    where "laden zu" says the invitation or the source says "einladen" (``_INVITED_IN_SOURCE``)."""
    match = _INVITES.match(title.rstrip("."))
    if match is None or match["end"] or re.search(r"\b(?:ein|auf|aus|ab|an|vor)$", match["clause"]):
        return title
    # "lädt zum Fest" / "laden zur Lesung": "laden zu" names an invitation only (Duden: "jemanden zu
    # etwas laden", elevated for "einladen"); charging or loading never takes "zu" and an event. Any
    # other preposition ("laden in der Tiefgarage") needs the source's own "einladen".
    invites = re.search(r"\b(?:lädt|laden) zu[mr]?\b", match["clause"]) is not None
    if not invites and not _INVITED_IN_SOURCE.search(source.replace("·", "")):
        return title  # "laden" of charging or loading: no particle the sender did not write
    return match["clause"] + " ein" + ("." if title.endswith(".") else "")
