"""The clause-level time phrases timeout.py reads: days, months, years, clock times, and how a follower says them.

German press releases give the time of what they announce as a prepositional phrase: a day ("am
Samstag, 19. September 2026"), a day something starts to apply ("ab 1. Juli", "zum 1. Juli": the
date of an entry into force or a closure, Duden: "zum" with a date names the day a change takes
effect), a span ("vom 3. bis 7. Mai"), a month or year ("im März 2026", "im Jahr 2025", "ab dem
Schuljahr 2026/27"), a clock time ("um 18 Uhr", "von 10 bis 16 Uhr"), or the day of the meeting
that decided ("in seiner Sitzung am 2. März"). Each phrase knows how the follower says it ("Das
ist am …"): "zum 1. Juli" and "in seiner Sitzung am 2. März" both become "am …" there.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.transforms.easy.when import WEEKDAYS_DE

__all__ = ["MONTH", "WEEKDAY", "Phrase", "period", "phrases", "said"]

WEEKDAY: Final = "|".join(WEEKDAYS_DE)
MONTH: Final = "|".join(MONTHS_DE)
_YEAR: Final = r"(?:19|20)\d\d"
# A written date as the rewrite leaves it (dates.normalise_dates): "19. September 2026", "5. September".
_DATE: Final = rf"\d{{1,2}}\.\s?(?:{MONTH})(?:\s\d{{4}})?"
# The name of a day before its date: a weekday ("Samstag"), a weekday with its part of the day
# ("Mittwochnachmittag"), or a named day that is a weekday ("Gründonnerstag", "Ostermontag",
# "Karfreitag"). German date convention: the date in apposition fixes the day, so the name only
# describes it; what counts for the follower is the date.
_DAY_NAME: Final = (
    rf"(?:[A-ZÄÖÜ][a-zäöü]*(?:{'|'.join(day.lower() for day in WEEKDAYS_DE)})|{WEEKDAY})"
    r"(?:vormittag|nachmittag|mittag|abend|morgen|nacht)?"
)
# A weekday in apposition before the date ("Samstag, 19. September"), German date convention.
_DAY: Final = rf"(?:(?P<weekday>{_DAY_NAME},?\s))?{_DATE}"
_HOUR: Final = r"\d{1,2}(?:[.:]\d{2})?"
# "etwa" stays with its time: a lost "etwa" states an exact time the release did not give.
# "voraussichtlich" likewise: a lost one states a sure end the release did not promise.
_ABOUT: Final = r"(?:(?:etwa|voraussichtlich)\s)?"
# A month, with its year when given ("März 2026", "Oktober"); a year of a school, training or
# financial year ("Schuljahr 2026/27", "Ausbildungsjahr 2027", "Jahr 2025"): the compound's last part.
_MONTH_YEAR: Final = rf"(?:{MONTH})(?:\s{_YEAR})?"
# A part of a month or year ("Ende Juni 2026", "Anfang 2027"): a time the release gives no day for.
_PART: Final = rf"(?:Anfang|Mitte|Ende)\s(?:(?:{MONTH})(?:\s{_YEAR})?|{_YEAR})\b"
_NAMED_YEAR: Final = rf"(?:[A-ZÄÖÜ][a-zäöüß]*jahr|Jahr)\s{_YEAR}(?:/\d\d)?"
# A meeting that decided, with its day: "in seiner Sitzung am 2. März", "bei der Versammlung vom
# 3. Mai", "in ihrer öffentlichen Sitzung am …". Municipal and association reports name the meeting
# only as the occasion; its day is the day of the decision (the follower says "am …").
_OWNER: Final = r"(?:seiner|ihrer|der|einer)"
_MEETING: Final = r"\w*(?:[Ss]itzung|[Vv]ersammlung|[Tt]agung|[Kk]onferenz)"
# The day phrases of a clause, by their preposition; "vom … bis …" before the single days it contains,
# the meeting before the "am" it contains, "bis zum" before "zum". The group "said" is what the
# follower says after its preposition, "prep" the follower's preposition when it differs.
_DAY_PHRASES: Final = (
    ("span", rf"\b[Vv]om\s(?:{_DAY_NAME},?\s)?\d{{1,2}}\.(?:\s?(?:{MONTH})(?:\s\d{{4}})?)?\sbis(?:\szum)?\s{_DAY}", ""),
    ("at", rf"\b(?:[Ii]n|[Bb]ei|[Aa]uf)\s{_OWNER}\s(?:[a-zäöü]\w*\s)?{_MEETING}\s(?:am|vom)\s{_DAY}", "am"),
    ("at", rf"\b[Aa]m\s{_DAY}", ""),
    ("from", rf"\b[Aa]b\s(?:dem\s)?{_DAY}", ""),
    ("until", rf"\b[Bb]is\s{_ABOUT}(?:zum\s)?{_DAY}", ""),
    ("until", rf"\b[Bb]is\s{_ABOUT}{_PART}", ""),
    ("from", rf"\b[Aa]b\s{_PART}", ""),
    ("at", rf"\b[Zz]um\s{_DAY}", "am"),
    # "ist für Montag, 13. Juli, geplant": the day something is scheduled for (timeout.py reads it
    # only with a verb of scheduling); the follower says "am".
    ("at", rf"\b[Ff]ür\s{_DAY}", "am"),
    ("at", rf"\b[Ii]m\s(?:{_MONTH_YEAR}|{_NAMED_YEAR})\b", ""),
    ("from", rf"\b[Aa]b\s(?:{_MONTH_YEAR}|dem\s{_NAMED_YEAR})\b", ""),
)
# The days hours recur on, before the hours ("täglich von 9 bis 17 Uhr", "montags bis freitags von
# 8 bis 16 Uhr", "jeweils freitags um 19:30 Uhr"): opening hours and dates of a series, the way
# service notices give them. They go with their hours, never alone ("Das ist täglich von 9 bis 17 Uhr.").
_WEEKDAYS_S: Final = "|".join(day.lower() + "s" for day in WEEKDAYS_DE)
_RECURS: Final = (
    rf"(?:(?:[Jj]eweils\s)?(?:[Tt]äglich|[Ww]erktags|[Ww]ochentags|(?:[Vv]on\s)?(?:{_WEEKDAYS_S})"
    rf"(?:\s(?:bis|und)\s(?:{_WEEKDAYS_S}))?)\s(?:jeweils\s)?)?"
)
_CLOCK_PHRASES: Final = (
    (
        "at",
        rf"\b(?:[Ii]n\sder\sZeit\s)?{_RECURS}(?:[Vv]on|[Zz]wischen)\s{_HOUR}(?:\sUhr)?\s(?:bis|und)\s{_ABOUT}{_HOUR}\sUhr\b",
        "",
    ),
    ("at", rf"\b{_RECURS}(?:[Uu]m|[Gg]egen)\s{_ABOUT}{_HOUR}\sUhr\b", ""),
    ("from", rf"\b[Aa]b\s{_ABOUT}{_HOUR}\sUhr\b", ""),
    ("until", rf"\b[Bb]is\s{_ABOUT}{_HOUR}\sUhr\b", ""),
)


@dataclass(frozen=True, slots=True)
class Phrase:
    """One time phrase of the sentence: its span, kind ("at", "from", "until", "span") and text.

    ``spoken`` is the phrase as a follower says it ("zum 1. Juli" -> "am 1. Juli").
    """

    start: int
    end: int
    kind: str
    day: bool
    text: str
    weekday: bool
    spoken: str


def _spoken(text: str, preposition: str) -> str:
    """The phrase with the follower's preposition: the day of a meeting or of "zum" said with "am".

    "in der Zeit von 8 bis 13 Uhr" is said "von 8 bis 13 Uhr": the same hours, fewer words.
    """
    if not preposition:
        return re.sub(r"^[Ii]n der Zeit ", "", text)
    found = re.search(rf"(?:{_DAY_NAME},?\s)?\d{{1,2}}\.", text)
    return text if found is None else f"{preposition} {text[found.start() :]}"


def phrases(text: str) -> list[Phrase]:
    """Every day and clock phrase of ``text`` in order; a longer phrase wins over one inside it."""
    found: list[Phrase] = []
    taken: list[tuple[int, int]] = []
    for day, patterns in ((True, _DAY_PHRASES), (False, _CLOCK_PHRASES)):
        for kind, pattern, preposition in patterns:
            for match in re.finditer(pattern, text):
                if any(match.start() < end and start < match.end() for start, end in taken):
                    continue
                weekday = bool(match.groupdict().get("weekday"))
                phrase = match.group(0)
                found.append(Phrase(match.start(), match.end(), kind, day, phrase, weekday, _spoken(phrase, preposition)))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda p: p.start)


def period(phrase: str, issued: date | None) -> tuple[date, date] | None:
    """The first and last day a day, month or year phrase names, with the release's year when it names none."""
    year_of = issued.year if issued else None
    found = re.search(rf"(\d{{1,2}})\.\s?({MONTH})(?:\s(\d{{4}}))?", phrase)
    if found is not None:
        year = int(found[3]) if found[3] else year_of
        if year is None:
            return None
        try:
            day = date(year, MONTHS_DE.index(found[2]) + 1, int(found[1]))
        except ValueError:
            return None
        return day, day
    found = re.search(rf"\b({MONTH})(?:\s({_YEAR}))?\b", phrase)
    if found is not None:
        year = int(found[2]) if found[2] else year_of
        if year is None:
            return None
        month = MONTHS_DE.index(found[1]) + 1
        return date(year, month, 1), date(year, month, monthrange(year, month)[1])
    found = re.search(rf"\b(?:Jahr|Anfang|Mitte|Ende)\s({_YEAR})\b", phrase)
    if found is not None:
        return date(int(found[1]), 1, 1), date(int(found[1]), 12, 31)
    return None  # a school or training year starts when its sender says: no sure calendar span


def said(found: list[Phrase], *, weekday: bool) -> str:
    """The time phrases as one ("am Samstag, 19. September 2026, von 11 bis 17 Uhr"), lower-case."""
    parts = [p.spoken.rstrip(",") for p in found]
    if not weekday:
        parts = [re.sub(rf"^(\w+\s){_DAY_NAME},?\s", r"\1", part) for part in parts]
    parts = [part[:1].lower() + part[1:] for part in parts]
    # The weekday opens an apposition ("am Samstag, 19. September 2026, von 11 Uhr …"), closed by a comma.
    joiner = ", " if weekday and found[0].weekday else " "
    return joiner.join(parts)
