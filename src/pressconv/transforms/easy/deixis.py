"""Demonstrative time phrases ("an diesem Tag", "in dieser Zeit") resolved to the time they point at.

German text deixis: "an diesem Tag" refers back to the day the text has just named. In a summary the
phrase points at nothing unless the sentence before says that day (rubric, item 3). When the previous
summary sentence names exactly one date, the phrase becomes that date ("am 19. September 2026"),
which says what the source says. "In dieser Zeit" (a span just named) is an optional adverbial
that repeats the time of the sentence before it; inside the sentence it becomes "dann" when that
sentence names a date or a clock time, which keeps the restriction to that time (cutting it could
turn "ist in dieser Zeit geschlossen" into a false "ist geschlossen"). Anything else stays and fails
the pronoun guard (omission over error).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["resolve_time"]

_MONTHS: Final = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
_DAYS: Final = "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"
_DATE: Final = re.compile(rf"\b(?:(?P<day>{_DAYS}),? )?(?P<date>\d{{1,2}}\. (?:{_MONTHS})(?: \d{{4}})?)")
_ONE_DAY: Final = re.compile(r"\ban diesem Tag\b")
# Only inside the sentence: "In dieser Zeit fahren …" would open with "Dann", itself a dangling opener.
_SPAN: Final = re.compile(r"(?<=\s)(?:in|während|zu) (?:dieser Zeit|diesem Zeitraum)\b")
_CLOCK: Final = re.compile(r"\b\d{1,2}(?::\d{2})? Uhr\b")


def _one_date(previous: str) -> str | None:
    """The one date the sentence names; the weekday is left out (the sentence before says it, and
    "am Samstag, 19. September 2026" inside a sentence would need a closing comma)."""
    dates = {m.group("date") for m in _DATE.finditer(previous)}
    return dates.pop() if len(dates) == 1 else None


def resolve_time(sentence: str, previous: str | None) -> str:
    """The sentence with a demonstrative time phrase resolved against the previous summary sentence."""
    if previous is None:
        return sentence
    if _ONE_DAY.search(sentence):
        date = _one_date(previous)
        if date is not None:
            sentence = _ONE_DAY.sub(f"am {date}", sentence, count=1)
    if _SPAN.search(sentence) and (_DATE.search(previous) or _CLOCK.search(previous)):
        sentence = _SPAN.sub("dann", sentence, count=1)
    return sentence
