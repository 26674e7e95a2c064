"""Find and read dates and times in German and English forms (``20.09.2018``, ``September 20, 2018``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cached_property

from pressconv.parser._lazy import lazy_compile
from pressconv.parser._programs import cached_compile

__all__ = [
    "DATE_PATTERN",
    "WEEKDAY_NAME",
    "FoundDate",
    "MonthCheckedPattern",
    "clock_time",
    "find_date",
    "impossible_dates",
    "parse_date_line",
    "parse_datetime",
]

# German and English first; French, Spanish, Italian, Dutch and Turkish names too, because the
# head of a release is read before its language is known and senders write in many languages.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("januar", "jänner", "january", "jan", "janvier", "enero", "gennaio", "januari", "ocak"),
        ("februar", "feber", "february", "feb", "février", "fevrier", "febrero", "febbraio", "februari", "şubat"),
        ("märz", "maerz", "march", "mär", "mar", "mars", "marzo", "maart", "mart"),
        ("april", "apr", "avril", "abril", "aprile", "nisan"),
        ("mai", "may", "mayo", "maggio", "mei", "mayıs"),
        ("juni", "june", "jun", "juin", "junio", "giugno", "haziran"),
        ("juli", "july", "jul", "juillet", "julio", "luglio", "temmuz"),
        ("august", "aug", "août", "aout", "agosto", "augustus", "ağustos"),
        ("september", "sept", "sep", "septembre", "septiembre", "settembre", "eylül"),
        ("oktober", "october", "okt", "oct", "octobre", "octubre", "ottobre", "ekim"),
        ("november", "nov", "novembre", "noviembre", "kasım"),
        ("dezember", "december", "dez", "dec", "décembre", "decembre", "diciembre", "dicembre", "aralık"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

# Compiling the ninety month names into every date pattern cost about 2 ms per pattern at import,
# 20 ms in all (the head patterns embed the date pattern seven times), which is most of what a
# one-release ``--to html`` run spends on the parser. The patterns are therefore compiled with a
# letter run in the month's place and the month checked after matching (``MonthCheckedPattern``);
# the exact pattern with the names is compiled only for a line where the letter run is no month.
_EXACT_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH = r"(?:[^\W\d_]{3,10})\.?"  # the longest name, "septiembre", has ten letters
_MONTH_GROUPS = ("m2", "m4", "m5")
WEEKDAY_NAME = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|mo|di|mi|do|fr|sa|so|mon|tue|tues|wed|thu|thur|thurs|"
    r"fri|sat|sun)\.?"
)
_WEEKDAY = r"(?:(?P<weekday>" + WEEKDAY_NAME + r"),?\s+)"

DATE_PATTERN = (
    r"(?:(?P<d1>\d{1,2})\.\s?(?P<m1>\d{1,2})\.\s?(?P<y1>\d{4}|\d{2})(?!\d)"
    r"|(?P<d2>\d{1,2})(?:\.|er)?\s*(?:de\s+)?(?P<m2>" + _MONTH + r")\s+(?:de\s+)?(?P<y2>\d{4})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})"
    r"|(?P<m4>" + _MONTH + r")\s+(?P<d4>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y4>\d{4})"
    r"|(?P<d5>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m5>" + _MONTH + r"),?\s+(?P<y5>\d{4})"
    # European day-month-year with dashes, as CMS time stamps print it ("15-03-2023 - 12:48").
    r"|(?P<d6>\d{1,2})-(?P<m6>\d{1,2})-(?P<y6>\d{4}))"
)


class MonthCheckedPattern:
    """A date pattern compiled with a letter run for the month name, checked against the names after matching.

    Every month name in the date pattern is followed by a full stop, a comma or white space, so the
    letter run and the exact alternation of names match the same whole word at the same place. A
    match whose month words are all real months is therefore the match the exact pattern would
    give; only when a month word is no month ("Seite 3, 2024") is the exact pattern compiled and
    asked instead, so the result is always that of the exact pattern.
    """

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags

    @cached_property
    def _fast(self) -> re.Pattern[str]:
        # Compiled on first use, like the parser's other patterns (parser/_lazy.py).
        return cached_compile(self._source, self._flags)

    @cached_property
    def exact(self) -> re.Pattern[str]:
        """The pattern with the month names spelt out (compiled on first need)."""
        return cached_compile(self._source.replace(_MONTH, _EXACT_MONTH), self._flags)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """Like ``re.Pattern.match``."""
        found = self._fast.match(text, pos)
        return found if found is None or _months_named(found) else self.exact.match(text, pos)

    def fullmatch(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """Like ``re.Pattern.fullmatch``."""
        found = self._fast.fullmatch(text, pos)
        return found if found is None or _months_named(found) else self.exact.fullmatch(text, pos)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """Like ``re.Pattern.search``."""
        found = self._fast.search(text, pos)
        return found if found is None or _months_named(found) else self.exact.search(text, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Like ``re.Pattern.finditer`` for a pattern that never matches the empty string."""
        pos = 0
        while (found := self.search(text, pos)) is not None:
            yield found
            pos = max(found.end(), found.start() + 1)


def _months_named(match: re.Match[str]) -> bool:
    """True if every month word the match took is a month name."""
    groups = match.re.groupindex
    for name in _MONTH_GROUPS:
        if name in groups and (word := match.group(name)) is not None and word.rstrip(".").lower() not in _MONTHS:
            return False
    return True


_DATE = MonthCheckedPattern(r"(?<![\w.])" + _WEEKDAY + r"?" + DATE_PATTERN, re.IGNORECASE)
_TIME = r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:\s*(?P<ampm>[ap]\.?m\.?))?(?:\s*(?:Uhr|h|hrs))?"
# A time zone after the time, as wires and CMS stamps print it: "ET", "(CET)", "MESZ",
# "Eastern Standard Time". Case-sensitive, so that an ordinary word after a date is no zone.
_ZONE = r"(?-i:\(?(?:[A-Z]{2,5}|(?:[A-Z][a-z]+\s){1,2}(?:Time|Zeit))\)?)"
_DATE_LINE = MonthCheckedPattern(
    r"(?:(?:stand|datum|date|veröffentlicht(?: am)?|published|updated|aktualisiert|erstellt|posted|issued|"
    r"released|release date|for release|for immediate release|embargoed)\s*:?\s*)?"
    r"(?:(?:vom|von|den|am|on|as of|le|el|il|op)\s+)?"
    + _WEEKDAY
    + r"?(?:(?:den|the)\s+)?(?P<date>"
    + DATE_PATTERN
    + r")(?:\s*(?:[-–—,|/]|um|at)?\s*"
    + _TIME
    + r")?(?:\s*(?P<zone>"
    + _ZONE
    + r"))?",
    re.IGNORECASE,
)
_TIME_ONLY = lazy_compile(_TIME, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in text, with its span and an optional time of day (``"11:53"``)."""

    value: date
    start: int
    end: int
    time: str | None = None
    weekday: str | None = None  # as written ("Tuesday", "Di."): the reader saw it, so it is kept
    zone: str | None = None  # as written ("Eastern Standard Time", "MEZ")

    @property
    def time_note(self) -> str | None:
        """Weekday, time of day and zone as one string for ``Metadata.issued_time`` (None if none)."""
        clock = " ".join(part for part in (self.time, self.zone) if part)
        parts = [part for part in (self.weekday, clock) if part]
        return ", ".join(parts) or None


def _to_date(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    for suffix in "123456":
        day, month, year = groups.get("d" + suffix), groups.get("m" + suffix), groups.get("y" + suffix)
        if day is None or month is None or year is None:
            continue
        month_number = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."))
        if month_number is None:
            return None
        year_number = int(year)
        if len(year) == 2:
            # Only a year written with two digits is short for one of this or the last century:
            # "01.01.0001" is the year 1, not 2001 (issue 15 #10).
            year_number += 2000 if year_number < 70 else 1900
        try:
            return date(year_number, month_number, int(day))
        except ValueError:
            return None
    return None


def _time_text(match: re.Match[str]) -> str | None:
    hour, minute = match.group("hour"), match.group("minute")
    if hour is None or minute is None:
        return None
    hour_number, minute_number = int(hour), int(minute)
    ampm = (match.group("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour_number < 12:
        hour_number += 12
    if ampm == "am" and hour_number == 12:
        hour_number = 0
    if hour_number > 23 or minute_number > 59:
        return None
    return f"{hour_number:02d}:{minute_number:02d}"


def clock_time(text: str) -> str | None:
    """Return a written time of day ("9:00", "5.47 p.m.", "10:30 Uhr") as ``HH:MM`` (None if none)."""
    match = _TIME_ONLY.search(text)
    return _time_text(match) if match else None


def find_date(text: str) -> FoundDate | None:
    """Return the first valid date in ``text``."""
    for match in _DATE.finditer(text):
        value = _to_date(match)
        if value is not None:
            weekday = match.group("weekday")
            return FoundDate(
                value=value,
                start=match.start(),
                end=match.end(),
                weekday=weekday.rstrip(",") if weekday else None,
            )
    return None


def parse_date_line(text: str) -> FoundDate | None:
    """Read a line that is only a date, optionally with a time (``26.04.2019 – 11:53``)."""
    match = _DATE_LINE.fullmatch(text.strip().rstrip(":"))
    if not match:
        return None
    value = _to_date(match)
    if value is None:
        return None
    clock = _time_text(match)
    if clock is None and match.group("hour") is not None:
        # "12.03.2024, 25:61 Uhr": an impossible time is not read away; the line stays text as
        # written, and ``impossible_dates`` warns about it (issue 15 #10).
        return None
    weekday, zone = match.group("weekday"), match.group("zone")
    return FoundDate(
        value=value,
        start=0,
        end=len(text),
        time=clock,
        weekday=weekday.rstrip(",") if weekday else None,
        zone=zone.strip("()") if zone else None,
    )


def parse_datetime(text: str) -> datetime | None:
    """Read a date with an optional time anywhere in ``text`` (for embargo lines); midnight if no time."""
    found = find_date(text)
    if found is None:
        return None
    clock = time(0, 0)
    rest = text[: found.start] + " " + text[found.end :]
    time_match = _TIME_ONLY.search(rest)
    if time_match:
        clock_text = _time_text(time_match)
        if clock_text is None:
            return None  # "25:61 Uhr": an impossible time is unreadable, never midnight
        clock = time(int(clock_text[:2]), int(clock_text[3:]))
    return datetime.combine(found.value, clock)


# A date with an optional time after it, for the check below ("am 31.02.2024 um 10:00 Uhr").
_DATE_TIME = MonthCheckedPattern(
    r"(?<![\w.])" + DATE_PATTERN + r"(?:\s*(?:[-–—,|/]|um|at)?\s*" + _TIME + r"(?![\d:]))?", re.IGNORECASE
)


def impossible_dates(text: str) -> Iterator[tuple[str, str]]:
    """Yield (written, why) for every date or time in ``text`` that cannot exist.

    "31.02.2024", "29.02.2023", "30. Februar 2024" and "12.03.2024, 25:61 Uhr" are typing errors a
    reader must be told about, not dates to read away or drop (issue 15 #10). Only a day and month
    in the calendar's ranges (day 1-31, month 1-12) count as a date at all, so version numbers and
    other dotted figures ("3.14.2024") are never reported; "24:00" is the end of a day, a real time.
    """
    if not any(char.isdigit() for char in text):
        return
    for match in _DATE_TIME.finditer(text):
        groups = match.groupdict()
        for suffix in "123456":
            day, month, year = groups.get("d" + suffix), groups.get("m" + suffix), groups.get("y" + suffix)
            if day is None or month is None or year is None:
                continue
            month_number = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."))
            if month_number is None or not 1 <= month_number <= 12 or not 1 <= int(day) <= 31:
                break
            if _to_date(match) is None:
                yield match.group(0).strip(), f"day {int(day)} does not exist in that month"
                break
            hour, minute = match.group("hour"), match.group("minute")
            end_of_day = hour is not None and minute is not None and int(hour) == 24 and int(minute) == 0
            if hour is not None and minute is not None and _time_text(match) is None and not end_of_day:
                yield match.group(0).strip(), f"{hour}:{minute} is no time of day"
            break
