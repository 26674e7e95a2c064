"""Whether a release reports a call-out of the fire or rescue service, not only names the service.

A fire brigade writes about much besides its operations: an open day, an anniversary, a new vehicle,
a call for members. Such a release names the brigade, its "Einsatzkräfte" and even fires and accidents
(a demonstration of a fat fire, a rescue drill, last year's count of operations), but nothing happened
that the summary could report as "Die Feuerwehr X war im Einsatz." (judged invented: an open day
summarised with that line). The fire-report convention tells a call-out by an incident said as
happened: an alarm, a fire, a rescue, a crash, or an operation with its time (Einsatzbericht:
"Am Sonntag um 12:41 Uhr wurde die Feuerwehr alarmiert"). A sentence about a drill or a demonstration,
a year's figures, or an operation without a time is no evidence of one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["called_out"]

# An incident or the work at one: alarm, fire, smoke, flames, extinguishing, a rescue, a crash, a
# technical rescue (THL), a flooded cellar. Compounds count ("Großbrand", "Verkehrsunfall").
_INCIDENT: Final = re.compile(
    r"\w*[Bb]rand\b|\w*[Bb]rände\b|\bFeuer\b|\bRauch\w*|\bFlammen\b|\bgelöscht\b|\bLöscharbeiten\b|\bAtemschutz\w*|"
    r"\bTechnische Hilfe\w*|\bTHL\b|\balarmiert\b|\bAlarmierung\w*|\bausgerückt\b|\brückte\w* (?:\w+ )*?aus\b|"
    r"\w*[Uu]nfall\w*|\beingeklemmt\w*|\bgerettet\b|\bbefreit\b|\bWasserschaden\b|\bEinsatzstelle\b|\bEinsatzort\b|"
    r"\bbrannte\w*|\bgebrannt\b|\bausgebrannt\b"
)
# An operation ("Einsatz") is evidence only with its time: the clock, a day or a part of the day.
_OPERATION: Final = re.compile(r"\bEinsatz\b|\bEinsätze\w*|\bEinsatzkräfte\w*")
_TIMED: Final = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\bUhr\b|\b(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\w*|"
    r"\b(?:Nacht|Vormittag|Nachmittag|Abend|Morgen|Mittag)\w*\b|[Mm]orgenstunden"
)
# Not a call-out: a drill, a demonstration, a show, a course; a plan or an invitation; a year's count.
_NOT_REAL: Final = re.compile(
    r"\w*[Üü]bung\w*|\w*[Vv]orführung\w*|\w*[Dd]emonstration\w*|\bDemo\b|\w*[Ss]chau\b|\bsimuliert\w*|\bSimulation\w*|"
    r"\bLehrgang\w*|\bAusbildung\w*|\bTag der offenen Tür\b|\bProgramm\w*|\bzeigen\b|\bzeigt\b|"
    r"\bJahres(?:bericht|bilanz|statistik)\w*|\b[Ii]m (?:vergangenen|abgelaufenen|letzten) Jahr\b|\bVorjahr\w*|"
    r"\bim Jahr (?:19|20)\d\d\b|\bjährlich\w*|\bpro Jahr\b"
)


# A line of a day's programme opens with its clock time ("13.00 Uhr  Technische Hilfe: Befreiung aus
# einem Pkw", "ab 10 Uhr: Fahrzeugschau"): what will be shown at an open day, never an incident that
# happened (programme convention: time first, then the item).
_PROGRAMME_LINE: Final = re.compile(r"^(?:ab\s+|um\s+|von\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:Uhr\b|h\b|[–-]\s*\d)")


def called_out(texts: Sequence[str]) -> bool:
    """Some sentence (headline, lead or body line) tells an incident or a timed operation as real."""
    for position, text in enumerate(texts):
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
            if _NOT_REAL.search(sentence) or _PROGRAMME_LINE.match(sentence.strip()):
                continue
            if not (_INCIDENT.search(sentence) or (_OPERATION.search(sentence) and _TIMED.search(sentence))):
                continue
            # Below the headline an incident is told in a clause with a finite verb; a verbless line is a
            # programme item or a heading ("Technische Hilfe: Befreiung aus einem Pkw 14.30 Uhr").
            if position == 0 or any(token.pos.endswith("(FIN)") for token in morph.tag(sentence)):
                return True
    return False
