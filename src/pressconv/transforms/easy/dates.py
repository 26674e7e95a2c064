"""Dates and times in easy language: "19. September 2018", "9:00 Uhr", relative days resolved."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Final

from pressconv._months import MONTHS_DE, MONTHS_EN

__all__ = [
    "DAY_PARTS",
    "MONTHS_DE",
    "MONTHS_EN",
    "coming_day",
    "format_date",
    "normalise_dates",
    "relative_day",
    "resolvable",
    "without_relative_before_date",
]


# Relative day words and their offset from the release date. "heute" and "today" are left out on
# purpose: in quotations they mostly mean "nowadays" ("Wir sind bereits heute ...").
_RELATIVE_DE: Final = {"vorgestern": -2, "gestern": -1, "morgen": 1, "übermorgen": 2}
_RELATIVE_EN: Final = {"yesterday": -1, "tomorrow": 1}
# The parts of a day as written after a day word ("gestern Abend", "heute früh") and their noun (Duden:
# Tageszeiten). "Nacht" is one too, but "heute Nacht" may mean two nights, so it stands apart.
DAY_PARTS: Final = {
    "früh": "Morgen", "morgen": "Morgen", "Morgen": "Morgen", "vormittag": "Vormittag", "Vormittag": "Vormittag",
    "mittag": "Mittag", "Mittag": "Mittag", "nachmittag": "Nachmittag", "Nachmittag": "Nachmittag",
    "abend": "Abend", "Abend": "Abend",
}  # fmt: skip
_DAYTIME_DE: Final = rf"(?:\s+(?:{'|'.join(DAY_PARTS)}|Nacht))?"
_DAYTIME_EN: Final = r"(?:\s+(?:morning|afternoon|evening|night))?"


def format_date(day: date, language: str) -> str:
    """Return a date the way easy-language rule books ask: day digit, month name, year."""
    return _long_date(day.day, day.month, str(day.year), language)


def _long_date(day: int, month: int, year: str, language: str) -> str:
    """The date written out: "1. März 2020" in German, "1 March 2020" in English."""
    if language.lower().startswith("de"):
        # Leichte Sprache BW / Hildesheim: "1. März 2020", never "01.03.2020".
        return f"{day}. {MONTHS_DE[month - 1]} {year}"
    return f"{day} {MONTHS_EN[month - 1]} {year}"


def resolvable(issued: date | None) -> bool:
    """True if the days around ``issued`` exist: "gestern" of 1 January 1 or "morgen" of 31 December
    9999 (dates kept as written, issue 15 #10 and #11) has no date to resolve to."""
    return issued is not None and date.min + timedelta(days=2) <= issued <= date.max - timedelta(days=2)


def relative_day(text: str, issued: date | None, language: str) -> date | None:
    """Return the day a relative word in ``text`` points to ("gestern" in a release of 20.09. -> 19.09.)."""
    if not resolvable(issued):
        return None
    assert issued is not None
    table = _RELATIVE_DE if language.lower().startswith("de") else _RELATIVE_EN
    for word, offset in table.items():
        if re.search(rf"\b{word}\b", text, flags=re.IGNORECASE):
            return issued + timedelta(days=offset)
    return None


def _numeric_date(match: re.Match[str], language: str) -> str:
    """A numeric date ("01.03.20") written out as a long date; an impossible one stays as written."""
    day, month, year = int(match["d"]), int(match["m"]), match["y"]
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return match.group(0)
    if len(year) == 2:
        year = "20" + year
    return _long_date(day, month, year, language)


_PREPOSITION_BEFORE: Final = re.compile(r"\b(?:von|bis|ab|seit|für|vor|nach|zu)\s+$", re.IGNORECASE)


_RANGE: Final = re.compile(
    r"\b(?P<prep>[Vv]on|[Zz]wischen)\s+(?P<h1>\d{1,2})(?:[:.](?P<m1>\d{2}))?(?:\s*Uhr)?\s+(?P<conj>bis|und)\s+"
    r"(?P<h2>\d{1,2})(?::(?P<m2>\d{2}))?\s*Uhr\b"
)


def _whole_range(match: re.Match[str]) -> str:
    """A range of clock times with full hours written without ":00" ("von 9 bis 17 Uhr")."""

    def time(hour: str, minutes: str | None) -> str:
        """The clock time without ":00" for a full hour."""
        return hour if minutes in (None, "00") else f"{hour}:{minutes}"

    return f"{match['prep']} {time(match['h1'], match['m1'])} {match['conj']} {time(match['h2'], match['m2'])} Uhr"


_WEEKDAYS_DE: Final = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
_WEEKDAY: Final = "|".join(_WEEKDAYS_DE)
_MONTH_OR_NUMBER: Final = rf"(?:{'|'.join(MONTHS_DE)}|\d{{1,2}}\.)"
# "am kommenden Samstag, 6. Juni 2026", "am gestrigen Sonntag, 22. März 2026": press writing names the
# day relatively and gives its date after it; the date says the day, so the relative word goes ("am
# Samstag, 6. Juni 2026"). Else "am gestrigen Sonntag" would be dated and the date said twice.
_RELATIVE_BEFORE_DATE: Final = re.compile(
    rf"\b(?:kommende[nmrs]?|nächste[nmrs]?|diese[nmrs]?|vergangene[nmrs]?|letzte[nmrs]?|gestrige[nmrs]?|"
    rf"heutige[nmrs]?|morgige[nmrs]?)\s+(?=(?:{_WEEKDAY})\b,?\s+(?:dem\s+|den\s+)?\d{{1,2}}\.\s*{_MONTH_OR_NUMBER})"
)
# "am kommenden Samstag" alone, "ab dem kommenden Montag", "am vergangenen Freitag": the next or the
# last such weekday after or before the release date ("kommend" is the next one, "vergangen" the last
# one; "nächste" may mean next week's and stays). The preposition and article stay as the case needs.
_RELATIVE_WEEKDAY: Final = re.compile(
    rf"\b(?P<prep>[Aa]m|[Aa]b|[Bb]is|[Ss]eit|[Vv]om|[Zz]um)(?:\s+(?:dem|den))?\s+"
    rf"(?P<which>kommende[nmrs]?|vergangene[nmrs]?)\s+(?P<day>{_WEEKDAY})\b(?P<after>,?\s+(?:dem\s+|den\s+)?\d{{1,2}}\.)?"
    # "am kommenden Samstag und Sonntag", "vom kommenden Montag bis Freitag": the relative word is the
    # pair's, and dating its first day alone would leave the second one undated: both stay.
    rf"(?!\s+(?:und|oder|bis|bis\s+zum)\s+(?:{_WEEKDAY}))"
)


# "am gestrigen Mittwoch", "am heutigen Freitag": the day before, of or after the release, named with
# its weekday (press convention). The date says it where the weekday fits that day; else nothing is
# resolved (the verifier refuses the left-over relative word).
_DAY_ADJECTIVE: Final = re.compile(
    rf"\b(?P<prep>[Aa]m|[Ss]eit\s+dem|[Ss]eit)\s+(?P<which>gestrigen|heutigen|morgigen)\s+(?P<day>{_WEEKDAY})\b"
)
_DAY_ADJECTIVE_OFFSET: Final = {"gestrigen": -1, "heutigen": 0, "morgigen": 1}


def _day_adjective_resolved(text: str, issued: date) -> str:
    """ "am gestrigen Mittwoch" -> "am 16. September 2026" where that day is a Wednesday."""

    def resolved(match: re.Match[str]) -> str:
        """The day's date after the preposition, or the words as written where the weekday does not fit."""
        day = issued + timedelta(days=_DAY_ADJECTIVE_OFFSET[match["which"]])
        if _WEEKDAYS_DE[day.weekday()] != match["day"]:
            return match.group(0)
        prep = match["prep"].split()[0]  # "seit dem gestrigen Montag" -> "seit 15. …" reads as "seit dem"
        if prep.lower() == "seit":
            return f"{prep} dem {format_date(day, 'de')}"
        return f"{prep} {format_date(day, 'de')}"

    return _DAY_ADJECTIVE.sub(resolved, text)


# "in diesem Jahr", "im vergangenen Jahr", "im kommenden Jahr": the release's year, the one before and
# the one after it (the release date anchors every relative time, issue 16: relative dates resolved).
_RELATIVE_YEAR: Final = re.compile(
    r"\b(?P<prep>[Ii]n) diesem Jahr\b|\b(?P<im>[Ii]m) (?P<which>vergangenen|letzten|abgelaufenen|kommenden|nächsten) Jahr\b"
    # Not "im letzten Jahr ihrer Amtszeit", "im Jahr 2026", "im Jahr vor der Wahl": the year of something else.
    r"(?!\s+(?:\d|der|des|ihrer|seiner|ihres|seines|vor|nach|davor|danach)\b)"
)
_YEAR_OFFSET: Final = {"vergangenen": -1, "letzten": -1, "abgelaufenen": -1, "kommenden": 1, "nächsten": 1}


def _year_resolved(text: str, issued: date) -> str:
    """ "in diesem Jahr" -> "im Jahr 2026", "im vergangenen Jahr" -> "im Jahr 2025" (from the release date).

    A sentence that names a year itself ("fand 1976 statt. In diesem Jahr …", "2019 gebaut und im
    nächsten Jahr freigegeben") may count from that year: then nothing is resolved.
    """
    if re.search(r"\b(?:1[89]|20)\d\d\b", text):
        return text

    # "In diesem Jahr wurde auch der Verein gegründet" after "1976 …": told in the past, "dieses Jahr"
    # may point back at a year the sentence before named (anaphoric "dies-", Duden grammar).
    past = re.search(r"\b(?:war|waren|wurde|wurden|hatte|hatten)\b", text) is not None

    def resolved(match: re.Match[str]) -> str:
        """The year as "im Jahr YYYY", keeping the preposition's capital."""
        if match["prep"] and past:
            return match.group(0)
        offset = _YEAR_OFFSET[match["which"]] if match["which"] else 0
        capital = (match["prep"] or match["im"])[0].isupper()
        return f"{'Im' if capital else 'im'} Jahr {issued.year + offset}"

    return _RELATIVE_YEAR.sub(resolved, text)


def without_relative_before_date(text: str) -> str:
    """ "am kommenden Samstag, 18. April" -> "am Samstag, 18. April": the date after it says the day."""
    return _RELATIVE_BEFORE_DATE.sub("", text)


def coming_day(issued: date, weekday: int) -> date:
    """The first day of that weekday (Monday 0) after the release date: "kommender Montag" (Duden: nächstfolgend)."""
    return issued + timedelta(days=(weekday - issued.weekday()) % 7 or 7)


def _weekday_resolved(text: str, issued: date) -> str:
    """Relative weekdays with the release date: the date after them kept, or the date said for them."""
    text = without_relative_before_date(text)

    def resolved(match: re.Match[str]) -> str:
        """ "am kommenden Samstag" as "am 6. Juni 2026", or "am Samstag, 6. Juni 2026" at the sentence's end."""
        if match["after"]:
            return match.group(0)  # a date follows: handled above, or written in a form not read here
        wanted = _WEEKDAYS_DE.index(match["day"])
        if match["which"].startswith("kommend"):
            day = coming_day(issued, wanted)
        else:
            back = (issued.weekday() - wanted) % 7 or 7
            day = issued - timedelta(days=back)
        # "am"/"vom"/"zum" hold their article; "ab dem kommenden Montag" needs none before a date.
        # Inside a clause the weekday goes, as in deixis.py: "am Samstag, 6. Juni 2026" there needs a
        # closing comma, and cuts that read a clause by its commas would take it for a boundary.
        if re.match(r"\s*[.!?]?\s*$", match.string[match.end() :]):
            return f"{match['prep']} {match['day']}, {format_date(day, 'de')}"
        return f"{match['prep']} {format_date(day, 'de')}"

    return _RELATIVE_WEEKDAY.sub(resolved, text)


def normalise_dates(sentence: str, issued: date | None, language: str, *, resolve: bool = True) -> str:
    """Rewrite numeric dates, times and (if ``resolve``) relative days in one sentence."""
    german = language.lower().startswith("de")
    text = re.sub(
        r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})\b",
        lambda m: _numeric_date(m, language),
        sentence,
    )
    if german:
        # "18.25 Uhr" / "09:00 Uhr" -> "18:25 Uhr" / "9:00 Uhr" (no leading zero, colon).
        text = re.sub(r"\b(\d{1,2})[.:](\d{2})(?=\s*Uhr\b)", lambda m: f"{int(m[1])}:{m[2]}", text)
        text = re.sub(r"(?<![\d:.])\b0(\d)(?=\s*Uhr\b)", r"\1", text)
        # "von 8:00 bis 18:00 Uhr" -> "von 8 bis 18 Uhr": both times of a range in one shape, a full
        # hour without its minutes (Leichte Sprache writes times as readers say them; "von 8:00 bis
        # 18 Uhr" mixes two shapes in one phrase).
        text = _RANGE.sub(_whole_range, text)
        text = re.sub(r"\b(\d{1,2}):00(?=\s*Uhr\b)", r"\1", text)
        # The date after a relative weekday says the day without the release date: the relative word
        # goes even where the release gives no date to resolve anything else against.
        text = without_relative_before_date(text)
    if resolve and resolvable(issued):
        assert issued is not None
        if german:
            text = _day_adjective_resolved(_weekday_resolved(text, issued), issued)
            text = _year_resolved(text, issued)
        table = _RELATIVE_DE if german else _RELATIVE_EN
        daytime = _DAYTIME_DE if german else _DAYTIME_EN
        for word, offset in table.items():
            target = format_date(issued + timedelta(days=offset), language)
            replacement = f"am {target}" if german else f"on {target}"
            substitute = _keep_case(replacement)

            def relative(match: re.Match[str], substitute: Callable[[re.Match[str]], str] = substitute) -> str:
                """The day word as its date ("am 4. Mai 2026"), or as written where it is no adverb of time."""
                # German writes the adverb small; capitalised mid-sentence it is a noun ("am Morgen"
                # is the morning, not tomorrow), which must not become a date.
                if german and match.start() > 0 and match.group(0)[0].isupper():
                    return match.group(0)
                # After a preposition the day word is no adverb of time to put "am" before: "die
                # Fachkräfte von morgen" means the future (Duden, "morgen" as noun-like attribute),
                # "bis morgen" would become "bis am …"; both stay as written.
                if german and _PREPOSITION_BEFORE.search(match.string, 0, match.start()):
                    return match.group(0)
                return substitute(match)

            text = re.sub(rf"\b{word}{daytime}\b", relative, text, flags=re.IGNORECASE)
    return text


def _keep_case(replacement: str) -> Callable[[re.Match[str]], str]:
    """Return a re.sub callback that capitalises ``replacement`` where the match was capitalised."""

    def substitute(match: re.Match[str]) -> str:
        """The replacement, with a capital first letter where the matched word had one."""
        return replacement[0].upper() + replacement[1:] if match.group(0)[0].isupper() else replacement

    return substitute
