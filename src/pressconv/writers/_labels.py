"""Fixed interface words of every writer (skip link, "Pressekontakt", EPUB nav…) in German and English."""

from __future__ import annotations

import re
from datetime import date, datetime
from types import MappingProxyType
from typing import Final

from pressconv._months import MONTHS_DE, MONTHS_EN

__all__ = ["format_date", "format_datetime", "labels_for", "primary_language"]

_GERMAN: Final = MappingProxyType(
    {
        "skip_link": "Zum Inhalt springen",
        "main_id": "inhalt",
        "press_release": "Pressemitteilung",
        "press_contact": "Pressekontakt",
        "embargo": "Sperrfrist",
        "embargo_until": "Nicht vor {when} veröffentlichen.",
        "release_number": "Nr.",
        "by": "Von",
        "phone": "Telefon",
        "email": "E-Mail",
        "table": "Tabelle",
        "generated_by": "Erstellt mit pressconv",
        "o_clock": " Uhr",
        "published": "Veröffentlicht am",
        # DOCX masthead: "Sperrfrist: 20. September 2018, 10:00 Uhr".
        "embargoed_until": "Sperrfrist",
        # The easy-language page (writers/easy.py); the Mediopunkt is hidden from screen readers.
        "easy_full": "Die ganze Nachricht lesen",
        "easy_made": "Diesen Text hat ein Computer·programm gemacht.",
        "easy_about": "Worum geht es?",
        # EPUB navigation document (the accessibility summary is in writers/_accessibility.py).
        "toc": "Inhalt",
        "landmarks": "Orientierungspunkte",
        "start": "Beginn",
    }
)

_ENGLISH: Final = MappingProxyType(
    {
        "skip_link": "Skip to content",
        "main_id": "content",
        "press_release": "Press release",
        "press_contact": "Press contact",
        "embargo": "Embargo",
        "embargo_until": "Not for publication before {when}.",
        "release_number": "No.",
        "by": "By",
        "phone": "Phone",
        "email": "Email",
        "table": "Table",
        "generated_by": "Made with pressconv",
        "o_clock": "",
        "published": "Published on",
        "embargoed_until": "Embargoed until",
        "easy_full": "Read the full news",
        "easy_made": "A computer program made this text.",
        "easy_about": "What is it about?",
        "toc": "Contents",
        "landmarks": "Landmarks",
        "start": "Start",
    }
)

# English locales that put the month first ("September 20, 2018").
_MONTH_FIRST: Final = frozenset({"en-us", "en-ca", "en-ph"})


def primary_language(language: str) -> str:
    """Return the primary subtag of a BCP 47 tag in lower case (``de-DE`` -> ``de``)."""
    return language.split("-", 1)[0].strip().lower() or "de"


def labels_for(language: str) -> MappingProxyType[str, str]:
    """Return the label table for ``language``; languages we have no words for get English."""
    return _GERMAN if primary_language(language) == "de" else _ENGLISH


def format_date(day: date, language: str) -> str:
    """Format a date as readers of ``language`` write it ("20. September 2018", "September 20, 2018")."""
    if primary_language(language) == "de":
        return f"{day.day}. {MONTHS_DE[day.month - 1]} {day.year}"
    month = MONTHS_EN[day.month - 1]
    if language.lower() in _MONTH_FIRST:
        return f"{month} {day.day}, {day.year}"
    return f"{day.day} {month} {day.year}"


def format_datetime(moment: datetime, language: str) -> str:
    """Format a date with its time of day ("20. September 2018, 10:00 Uhr")."""
    suffix = labels_for(language)["o_clock"]
    return f"{format_date(moment.date(), language)}, {moment:%H:%M}{suffix}"


def format_time(written: str, language: str) -> str:
    """The release's time of day as written, with the language's o'clock word after a bare clock
    time ("11:25" -> "11:25 Uhr" in German, whose readers write the word; English "11:25" stays)."""
    written = written.strip()
    if re.search(r"\d{1,2}[:.]\d{2}$", written):
        return written + labels_for(language)["o_clock"]
    return written
