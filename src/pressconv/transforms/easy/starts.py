"""When something begins that is no event: a course term, a registration, works or a new service.

Announcements of courses, registrations and services name their start in a clause of its own ("die
ersten Kurse beginnen am Montag, 14. September 2026"; "Die Anmeldung ist ab Montag, 17. August 2026,
möglich"). With no event noun in the release, the summary took that day for an event's and said
"Eine Veranstaltung ist am …" (judged wrong: a term start is not an event). The clause's own subject
says what begins: "Die Kurse beginnen am Montag, 14. September 2026." and "Die Anmeldung beginnt am
Montag, 17. August 2026." Correct by construction: the clause holds nothing but its subject (article,
at most one adjective, a noun), the verb of beginning and one plain date ahead of the release; any
other word (an adverb such as "voraussichtlich", a negation, a condition) leaves it out.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from pressconv.transforms.easy.dates import format_date
from pressconv.transforms.easy.when import WEEKDAYS_DE, find_moments

__all__ = ["start_lines"]

_WEEKDAY: Final = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
_MONTH: Final = r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
# One plain date: "Montag, 14. September 2026", "14. September", "dem 14. September" (German date convention).
_DATE: Final = rf"(?:{_WEEKDAY},?\s+(?:den\s+)?)?\d{{1,2}}\.\s*{_MONTH}(?:\s+\d{{4}})?"
# "<Die ersten Kurse> beginnen am <date>": the subject as the source says it, the present tense of
# beginning ("beginnt", "startet"), "am" and the date, and nothing else in the clause.
_BEGINS: Final = re.compile(
    rf"^(?P<subj>(?:[Dd]ie|[Dd]er|[Dd]as)\s+(?:[a-zäöü]+(?:e|en|er|es)\s+)?[A-ZÄÖÜ][\wäöüß-]+)\s+"
    rf"(?P<verb>beginnt|beginnen|startet|starten)\s+am\s+(?P<date>{_DATE})\s*[.!]?$"
)
# "Die Anmeldung ist ab <date> möglich", "Anmeldungen sind ab <date> möglich", "Anmeldung ab <date>"
# (announcement label): the first day one can register.
# The ways to register may follow the day ("… ab Montag, 24. August 2026, um 8 Uhr online, telefonisch
# oder persönlich möglich"): they are left out, the clock time is kept with the day.
_SIGN_UP_FROM: Final = re.compile(
    rf"^(?:(?:Die\s+)?Anmeldung(?:en)?\s+(?:ist|sind)\s+(?:bereits\s+|schon\s+)?ab\s+(?P<date>{_DATE})"
    r"(?:,?\s+um\s+(?P<time>\d{1,2}(?::\d{2})?\s+Uhr))?,?(?P<ways>\s+[^;:]*?)?\s+möglich"
    rf"|Anmeldung(?:en)?:?\s+ab\s+(?P<label>{_DATE}))\s*[.!]?$",
    re.I,
)
# Ways to register, never a limit: "nur", a group ("für Mitglieder"), a deadline, a negation. Nor an
# added way: "ab 4. Mai auch online", "wieder", "zusätzlich" say registration may already be open, so
# "Die Anmeldung beginnt am 4. Mai" would be false (a reviewer's probe).
_LIMITED_WAYS: Final = re.compile(
    r"\b(?:nur|ausschließlich|erst|für|bis|nicht|kein\w*|wenn|falls|sofern|auch|wieder|zusätzlich|außerdem|"
    r"ebenfalls|weiterhin)\b",
    re.I,
)
# Clause bounds inside a sentence: a semicolon, or a colon that ends a statement (Duden, Doppelpunkt).
_CLAUSES: Final = re.compile(r"\s*;\s*|(?<!\d):\s+")


def _named(day: date) -> str:
    """A day with its weekday, as the summary writes dates ("Montag, 14. September 2026")."""
    return f"{WEEKDAYS_DE[day.weekday()]}, {format_date(day, 'de')}"


def _one_day(text: str, issued: date | None) -> date | None:
    """The one date ``text`` names, on or after the release day; None otherwise."""
    moments = find_moments(text, issued)
    if len(moments) != 1 or moments[0].range_start or moments[0].range_end or moments[0].until:
        return None
    day = moments[0].day
    return day if issued is None or day >= issued else None


def start_lines(body: list[str], issued: date | None) -> list[tuple[str, date]]:
    """(sentence, day) for each start the body states plainly: what begins on which day."""
    out: list[tuple[str, date]] = []
    for sentence in body:
        for clause in _CLAUSES.split(sentence.strip()):
            clause = clause.strip()
            begins = _BEGINS.match(clause)
            if begins is not None:
                day = _one_day(begins["date"], issued)
                if day is not None:
                    subject = begins["subj"][0].upper() + begins["subj"][1:]
                    out.append((f"{subject} {begins['verb']} am {_named(day)}.", day))
                continue
            sign_up = _SIGN_UP_FROM.match(clause)
            if sign_up is not None and not _LIMITED_WAYS.search(sign_up["ways"] or ""):
                day = _one_day(sign_up["date"] or sign_up["label"], issued)
                if day is not None:
                    out.append((f"Die Anmeldung beginnt am {_named(day)}.", day))
                    if sign_up["time"]:
                        # The time in a sentence of its own, as the event template says it.
                        out.append((f"Die Anmeldung beginnt um {sign_up['time']}.", day))
    return list(dict.fromkeys(out))
