"""Dates and times named in a release: "am Montag, 12. März 2024, um 10 Uhr", "12.03.", "gestern"."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.transforms.easy.dates import resolvable

__all__ = ["MONTH_PATTERN", "WEEKDAYS_DE", "Moment", "find_moments", "time_phrase"]

WEEKDAYS_DE: Final = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
_RANGE_END: Final = re.compile(r"(?:\bbis|[-–])\s*(?:zum\s+)?$")
_OPEN_START: Final = re.compile(rf"\b(?:[Aa]b|[Ss]eit)\s+(?:dem\s+|(?:{'|'.join(WEEKDAYS_DE)}),?\s+(?:dem\s+)?)?$")
# A month written out or abbreviated with its period (DIN 5008 short forms), for date patterns.
MONTH_PATTERN: Final = "|".join(MONTHS_DE) + r"|Jan\.|Feb\.|Aug\.|Sept?\.|Okt\.|Nov\.|Dez\."
_MONTH: Final = MONTH_PATTERN
_WRITTEN: Final = re.compile(rf"\b(?P<d>\d{{1,2}})\.\s*(?P<m>{_MONTH})(?:\s+(?P<y>\d{{4}}))?")
_NUMERIC: Final = re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})?(?!\d)")
# "am 14. und 15. Mai", "14./15. Mai": two days of one month, the month written once (German
# date convention: the first day's month is elided). The first day has no month of its own.
_TWO_DAYS: Final = re.compile(
    rf"\b(?P<d>\d{{1,2}})\.(?:\s+und\s+|\s*/\s*)(?P<d2>\d{{1,2}})\.\s*(?P<m>{_MONTH})(?:\s+(?P<y>\d{{4}}))?"
)
_RELATIVE: Final = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2}
_TIME: Final = re.compile(
    r"\b(?:(?P<pre>um|ab|von|gegen|zwischen|bis)\s+)?(?P<h>\d{1,2})(?:[.:](?P<min>\d{2}))?\s*"
    r"(?:(?P<to>bis|und|-|–)\s*(?P<h2>\d{1,2})(?:[.:](?P<min2>\d{2}))?\s*)?Uhr\b"
)


@dataclass(frozen=True, slots=True)
class Moment:
    """A day named in the text, with the time given next to it and the words it was found in."""

    day: date
    time: str | None
    start: int
    explicit_year: bool
    range_end: bool = False
    range_start: bool = False
    until: date | None = None  # "am 14. und 15. Mai": the second of two days named together


# Between two dates written out in full and joined as one pair ("am Dienstag, 10. März 2026, und
# Mittwoch, 11. März 2026"): the first date's own text, then "und" and the second day's weekday.
_FIRST_DATE: Final = re.compile(rf"^\d{{1,2}}\.\s*(?:(?:{_MONTH})(?:\s+\d{{4}})?|\d{{1,2}}\.(?:\d{{4}}|\d{{2}})?)")
_PAIR_JOIN: Final = re.compile(rf"^\s*,?\s*und\s+(?:am\s+)?(?:(?:{'|'.join(WEEKDAYS_DE)}),?\s+(?:den\s+|dem\s+)?)?$")
# "jeweils" right before the clock time: the time holds for each of the days (German "jeweils" = for
# each). "jeweils vormittags statt, am Montag von 9 bis 12 Uhr" gives a time to one day only.
# A few words may stand between ("jeweils nur am Vormittag von 9 bis 11 Uhr"), but no clause end.
_EACH: Final = re.compile(
    r"^[^.!?]{0,40}?\bjeweils\s+(?:(?!statt\b)\w+\s+){0,3}?(?:(?:von|ab|um|zwischen)\s+)?"
    r"\d{1,2}(?:[.:]\d{2})?\s*(?:Uhr|bis|-|–)"
)


def _joined_days(text: str, found: list[Moment]) -> list[Moment]:
    """Two following days written out in full and joined by "und" as one two-day span.

    "am Dienstag, 10. März, und Mittwoch, 11. März" is the span "am 10. und 11. März" written out
    (German date convention): the first day carries the second as its end, and the second is no day
    of its own. The time after the second day is the span's only where "jeweils" gives it to each
    day; a time said for the first day alone keeps the two days apart.
    """
    ordered = sorted(found, key=lambda m: m.start)
    out = list(ordered)
    for first, second in itertools.pairwise(ordered):
        if first.time is not None or (second.day - first.day).days != 1:
            continue
        if any((m.range_end or m.range_start or m.until) for m in (first, second)):
            continue
        own = _FIRST_DATE.match(text[first.start : second.start])
        if own is None or not _PAIR_JOIN.match(text[first.start + own.end() : second.start]):
            continue
        tail = _FIRST_DATE.match(text[second.start :])
        time = second.time if tail and _EACH.match(text[second.start + tail.end() :]) else None
        out[out.index(first)] = Moment(first.day, time, first.start, second.explicit_year, until=second.day)
        out[out.index(second)] = Moment(second.day, time, second.start, second.explicit_year, range_end=True)
    return out


def _month(name: str) -> int:
    """The month number of a German month name or abbreviation, or 0."""
    for index, month in enumerate(MONTHS_DE, 1):
        if month.startswith(name.rstrip(".")[:3]):
            return index
    return 0


def _year_for(day: int, month: int, issued: date | None) -> int | None:
    """The year of a date written without one: the release's year, or the next if it lies far back."""
    if issued is None:
        return None
    try:
        candidate = date(issued.year, month, day)
    except ValueError:
        return None
    # A date more than half a year before the release is next year's (a December release on March).
    return issued.year + 1 if (issued - candidate).days > 183 else issued.year


def time_phrase(text: str) -> str | None:
    """ "um 10 Uhr", "von 10 Uhr bis 14 Uhr" for the first time in ``text``; None if there is none."""
    match = _TIME.search(text)
    if match is None:
        return None
    start = f"{int(match['h'])}" + (f":{match['min']}" if match["min"] and match["min"] != "00" else "") + " Uhr"
    if match["h2"]:
        end = f"{int(match['h2'])}" + (f":{match['min2']}" if match["min2"] and match["min2"] != "00" else "")
        return f"von {start} bis {end} Uhr"
    if int(match["h"]) > 24:
        return None
    prefix = {"ab": "ab", "gegen": "gegen"}.get(match["pre"] or "", "um")
    return f"{prefix} {start}"


def find_moments(text: str, issued: date | None) -> list[Moment]:
    """Every date in ``text`` in order, with the time that follows it within the same sentence part."""
    found: list[Moment] = []
    for pattern in (_WRITTEN, _NUMERIC):
        for match in pattern.finditer(text):
            day = int(match["d"])
            month = _month(match["m"]) if pattern is _WRITTEN else int(match["m"])
            year_text = match["y"]
            year = (int(year_text) + (2000 if len(year_text) == 2 else 0)) if year_text else _year_for(day, month, issued)
            if year is None or not 1 <= month <= 12:
                continue
            try:
                moment = date(year, month, day)
            except ValueError:
                continue
            # "vom 7. bis 11. Oktober": the last day of a range is not the day something happens.
            before = text[max(0, match.start() - 25) : match.start()]
            # "ab dem 19. April", "seit dem 1. Mai": the start of an open period is no one day either.
            ranged = bool(_RANGE_END.search(before) or _OPEN_START.search(before))
            # "vom 3. Mai bis zum 7. Mai": the first day of a range is not the one day either.
            tail = text[match.end() : match.end() + 24]
            opens = bool(re.match(r"\s*(?:\d{4}\s*)?(?:bis(?:\s+zum)?|[-–])\s*\d{1,2}\.(?!\d{2}\s*Uhr)", tail))
            time = time_phrase(re.split(r"[.!?]\s", text[match.end() : match.end() + 60])[0])
            found.append(Moment(moment, time, match.start(), bool(year_text), ranged, opens))
    for match in _TWO_DAYS.finditer(text):
        second = next((m for m in found if m.start == match.start("d2")), None)
        first_day = int(match["d"])
        if second is None:
            continue
        found.remove(second)
        if first_day + 1 != second.day.day:
            # "am 3. und 5. Juni": two days, neither the one day of the event; no span either.
            found.append(Moment(second.day, second.time, second.start, second.explicit_year, range_end=True))
            continue
        try:
            first = second.day.replace(day=first_day)
        except ValueError:
            continue
        # The second day is the end of the span, never the day of the event by itself.
        found.append(Moment(first, second.time, match.start(), second.explicit_year, until=second.day))
        found.append(Moment(second.day, second.time, second.start, second.explicit_year, range_end=True))
    found = _joined_days(text, found)
    if resolvable(issued):
        assert issued is not None
        for word, offset in _RELATIVE.items():
            for match in re.finditer(rf"\b{word}\b", text, flags=re.IGNORECASE):
                if word == "morgen" and text[match.start()].isupper() and match.start() > 0:
                    continue  # "am Morgen" is a time of day, not tomorrow
                tail = text[match.end() : match.end() + 40]
                found.append(Moment(issued + timedelta(days=offset), time_phrase(tail), match.start(), False))
    return sorted(found, key=lambda m: m.start)
