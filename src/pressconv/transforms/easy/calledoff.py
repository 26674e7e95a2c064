"""Whether a programme line or a sentence of dates says that something does not take place on them.

A dated list or a run of dates is read as days on which something happens ("Es gibt zwei Termine:").
German notices use the same layout for the opposite: an item "– entfällt", "(abgesagt)", ", fällt
aus", "verschoben auf …" (press-release convention for a cancelled or moved date), and a sentence
of closing days ("Das Bad ist am 5. und 19. März geschlossen", "Der Kurs fällt am … aus"). Such
dates must never be said as dates of the event (omission over error): the caller drops the whole
list rather than cut the cancelled item out of it (a cut list reads as complete).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["called_off", "not_held"]

# Called off or moved (press-release convention: "abgesagt", "fällt aus", "entfällt", "findet nicht
# statt", "verschoben", "verlegt", "Ersatztermin"): the date given is not the day it takes place.
_CALLED_OFF: Final = re.compile(
    r"\b(?:abgesagt|absagen|Absage|sagt\w*\s+(?:\S+\s+){0,8}ab\b|f[äa]ll\w*\s+(?:\S+\s+){0,8}aus\b|ausfallen|"
    r"ausgefallen|Ausfall|entfällt|entfallen|entfiel|gestrichen|storniert|annulliert|ersatzlos|"
    r"(?:findet|finden)\s+(?:\S+\s+){0,6}nicht\s+statt|verschoben|verschiebt|verschieben|Verschiebung|"
    r"verlegt|Verlegung|späteren\s+Termin|neuen\s+Termin|Ersatztermin|Nachholtermin|vertagt)\b",
    re.I,
)
# A sentence of dates that says what does not happen on them: a negation ("nicht", "kein"), closing
# days ("geschlossen", "bleibt … zu", "Ruhetag", "gesperrt"), a pause, or a condition ("falls",
# "wenn", "bei Regen") under which the dates hold. Such a sentence names no series of events.
_NOT_HELD: Final = re.compile(
    r"\b(?:nicht|kein\w*|nie|geschlossen|schließt|schließen|Schließ\w*|bleib\w*\s+(?:\S+\s+){0,8}zu|"
    r"Ruhetag\w*|gesperrt|Sperrung|pausiert|Pause|ruht|falls|wenn|sofern|bei\s+(?:schlechtem\s+Wetter|Regen))\b",
    re.I,
)


def called_off(text: str) -> bool:
    """The text calls something off or moves it (see _CALLED_OFF)."""
    return _CALLED_OFF.search(text) is not None


def not_held(text: str) -> bool:
    """The text calls off, negates, closes or conditions what its dates are the days of."""
    return called_off(text) or _NOT_HELD.search(text) is not None
