"""A timetable change in plain words: from which day a new timetable holds.

Transport operators and associations announce a timetable change by its day ("Fahrplanwechsel am
Sonntag, 13. Dezember 2026", "zum Fahrplanwechsel am 14. Dezember", "Mit dem Fahrplanwechsel zum
13. Dezember tritt … in Kraft"): the one fact every rider needs, and one the verifier refuses in the
long sentence that carries it. A "Fahrplanwechsel" on a day means a new timetable from that day
(transit convention, the yearly change in December), so "Ab Sonntag, 13. Dezember 2026, gilt ein
neuer Fahr·plan." says nothing the source does not. A change said as past, planned or called off
is refused, as are two different days (omission over error).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Final

from pressconv.transforms.easy.dates import format_date
from pressconv.transforms.easy.when import WEEKDAYS_DE, find_moments

__all__ = ["timetable_lines"]

_CHANGE: Final = re.compile(
    r"\b[Ff]ahrplanwechsels?\s+(?:am|zum|ab)\s+(?:dem\s+)?(?P<when>(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|"
    r"Samstag|Sonntag),?\s+)?\d{1,2}\.\s*(?:[A-ZÄÖÜ][a-zä]+|\d{1,2}\.)(?:\s*\d{4})?)"
)
# A change not (yet) sure, one already made ("Seit dem Fahrplanwechsel am …", "wurden … eingeführt"), or
# one for a part of the network only ("betrifft nur die Linie 7"): no plain "gilt ein neuer Fahrplan".
_UNSURE: Final = re.compile(
    r"\b(?:nicht|kein\w*|verschoben|abgesagt|geplant|soll|sollen|könnte\w*|würde\w*|voraussichtlich|seit|"
    r"nach\s+dem|wurde|wurden|war|waren|gab|hat|haben|nur|betrifft|betreffen|kleine[nr]?)\b",
    re.IGNORECASE,
)


def timetable_lines(sentences: Sequence[str], issued: date | None) -> list[str]:
    """ "Ab Sonntag, 13. Dezember 2026, gilt ein neuer Fahr·plan." for the one day of a timetable change."""
    days: set[date] = set()
    for sentence in sentences:
        for found in _CHANGE.finditer(sentence):
            if _UNSURE.search(sentence):
                return []
            moments = find_moments(found["when"], issued)
            if len(moments) != 1:
                continue
            day = moments[0].day
            weekday = re.match(r"[A-Z][a-z]+", found["when"])
            if weekday is not None and weekday.group(0) in WEEKDAYS_DE and WEEKDAYS_DE[day.weekday()] != weekday.group(0):
                return []  # the weekday the source gives does not fit its date: which one is meant is unknown
            if not re.search(r"\d{4}", found["when"]) and issued is not None and (day - issued).days > 200:
                return []  # a date without its year read as next year's: more likely a change already made
            days.add(day)
    if len(days) != 1:
        return []
    day = days.pop()
    if issued is not None and day < issued:
        return []  # a change already made: the release reports it, "ab" would announce it again
    return [f"Ab {WEEKDAYS_DE[day.weekday()]}, {format_date(day, 'de')}, gilt ein neuer Fahr·plan."]
