"""A sign-up address is shown as what it is, never as the reader's line for any question.

Releases give an address or number for signing up to one event ("Anmeldung bis 20. April unter
seminar@…"). Under the summary's "Haben Sie Fragen?" it reads as the general desk (rubric item 2:
misleading). In a release about that event the line says what it is for ("Die E-Mail-Adresse für
die Anmeldung ist:"); in a release about something else the event it belongs to is a side matter the
summary may not carry, and the sign-up line is left out (omission over error).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = ["sign_up_only"]

# Signing up or booking a place (Duden: Anmeldung, Reservierung, Registrierung).
_SIGN_UP: Final = re.compile(
    r"\b(?:Anmeldung\w*|Voranmeldung\w*|[Aa]nmelden|angemeldet|Anmeldeschluss|Reservierung\w*|reservieren|"
    r"Platzreservierung\w*|[Rr]egistrieren|Registrierung\w*)\b"
)
# A line for every question is the reader's line too ("Informationen und Anmeldung unter …").
_QUESTIONS: Final = re.compile(
    r"\b(?:Fragen|Rückfragen|Auskunft|Auskünfte|Information\w*|Infos?|Hotline|Beratung|Kontakt|Ansprech\w*)\b"
)


def sign_up_only(item: str, body: Sequence[str], *, digits: bool) -> bool:
    """The body gives ``item`` only in a sentence about signing up, with no word for questions."""
    wanted = re.sub(r"\D", "", item) if digits else item
    found = False
    for sentence in body:
        text = re.sub(r"\D", "", sentence) if digits else sentence
        if not wanted or wanted not in text:
            continue
        if not _SIGN_UP.search(sentence) or _QUESTIONS.search(sentence):
            return False
        found = True
    return found
