"""Read the head of a release: kicker, date, release number, embargo, title, subtitle and dateline."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from pressconv.parser.dates import DATE_PATTERN, find_date, parse_date_line, parse_datetime

__all__ = ["KICKER", "Dateline", "match_dateline", "match_embargo", "match_kicker", "match_number"]

KICKER = re.compile(
    r"(?P<kicker>Pressemitteilung|Pressemeldung|Presseinformation|Presseerklärung|Presseeinladung|"
    r"Presse-?Einladung|Einladung zum Pressetermin|Medienmitteilung|Medieninformation|Mediendienst|"
    r"Pressedienst|Terminhinweis|Fototermin|Gemeinsame Pressemitteilung|For immediate release|"
    r"Immediate release|Media release|Press release|News release|Media advisory|Media alert|"
    r"Press statement|Statement)",
    re.IGNORECASE,
)
_KICKER_LINE = re.compile(KICKER.pattern + r"(?:\s*[:–—-]\s*(?P<rest>.+))?", re.IGNORECASE)
_NUMBER = re.compile(
    r"(?P<number>(?:Nr\.|Nummer|No\.|PM|Pressemitteilung Nr\.|Press release no\.)\s*\d[\d/.-]*\d?|"
    r"[A-ZÄÖÜ]{2,6}-[A-ZÄÖÜ]{1,4}:\s*\d{6}\s*-\s*\d{1,5})"
    r"(?:\s*(?:[:–—-]\s*|\s)(?P<rest>.*))?",
)
_EMBARGO = re.compile(
    r"(?:Sperrfrist|Sperrvermerk|Embargo|Embargoed until|Under embargo until|Not for release before|"
    r"Veröffentlichung nicht vor|Frei zur Veröffentlichung ab)\s*[:–-]?\s*(?P<rest>.+)",
    re.IGNORECASE,
)

# Word lengths are bounded so that a 1 MB line without spaces cannot make the regex backtrack.
_PLACE = (
    r"(?P<place>[A-ZÄÖÜ][\wÄÖÜäöüß.'’-]{0,30}(?:[ -][A-ZÄÖÜa-zäöü][\wÄÖÜäöüß.'’-]{0,30}){0,3}"
    r"(?:,\s?[A-Z][\w.]{0,14}(?:\s[A-Z][\w.]{0,14})?)?)"
)
_DATELINES: tuple[re.Pattern[str], ...] = (
    # BERLIN, March 4, 2025 /PRNewswire/ --   and   Dortmund, 20.09.2018 –
    re.compile(
        _PLACE + r",?\s+(?:den\s+)?(?P<date>" + DATE_PATTERN + r")\s*(?:/(?P<wire>[^/\n]{2,40})/\s*)?"
        r"(?:--|[–—-]|:)\s*",
        re.IGNORECASE,
    ),
    # Frankfurt (ots) -   and   Frankfurt (ots)  (fue)
    re.compile(_PLACE + r"\s*\((?P<wire>ots|dpa|afp|epd|kna|ap|reuters)\)\s*(?:[-–—:]\s*)?", re.IGNORECASE),
    # Washington, D.C. --
    re.compile(_PLACE + r"\s*(?:--|—|–)\s+(?=\S)"),
)
# BURLINGTON, ON / PR Karma / February 11, 2025 15:20   (a dateline on its own line)
_WIRE_LINE = re.compile(
    _PLACE + r"\s*/\s*(?P<wire>[^/\n]{2,40}?)\s*/\s*(?P<date>.+)$",
)
# Burlington, ON – February 11th, 2025
_PLACE_DATE_LINE = re.compile(_PLACE + r",?\s*(?:--|[–—-]|,)\s*(?P<date>.+)$")
_AUTHOR_CODE = re.compile(r"\((?P<author>[a-zäöü]{2,4})\)\s*")


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline found at the start of the first paragraph or on its own line."""

    place: str
    issued: date | None
    time: str | None
    wire: str | None
    author: str | None
    length: int  # characters of the paragraph it covers


def match_kicker(text: str) -> tuple[str, str | None] | None:
    """Return (kicker, rest of the line) if the line is or starts with a label like "Pressemitteilung"."""
    match = _KICKER_LINE.fullmatch(text.strip().rstrip(":"))
    if not match:
        return None
    rest = match.group("rest")
    if rest is None and text.strip().rstrip(":") != match.group("kicker"):
        return None
    return match.group("kicker"), rest


def match_number(text: str) -> tuple[str, str] | None:
    """Return (number, rest of line) for "Nr. 2353 …", "PM 123/2024" or "POL-F: 190425 - 467 …"."""
    match = _NUMBER.match(text.strip())
    if not match:
        return None
    return match.group("number").strip(), (match.group("rest") or "").strip()


def match_embargo(text: str) -> tuple[datetime | None, str] | None:
    """Return (embargo time, text as written) for an embargo/Sperrfrist line."""
    match = _EMBARGO.fullmatch(text.strip())
    if not match:
        return None
    return parse_datetime(match.group("rest")), match.group("rest")


def match_dateline(text: str, *, whole_line: bool = False) -> Dateline | None:
    """Find a dateline at the start of ``text``; ``whole_line`` for datelines standing alone."""
    if whole_line:
        if len(text) > 160:
            return None
        wire = _WIRE_LINE.fullmatch(text)
        if wire:
            found = parse_date_line(wire.group("date"))
            if found:
                return Dateline(
                    wire.group("place"), found.value, found.time, wire.group("wire"), None, len(text)
                )
        place_date = _PLACE_DATE_LINE.fullmatch(text)
        if place_date:
            found = parse_date_line(place_date.group("date"))
            if found:
                return Dateline(place_date.group("place"), found.value, found.time, None, None, len(text))
        return None
    text = text[:240]  # a dateline is short; never run these patterns over a whole flattened body
    for pattern in _DATELINES:
        match = pattern.match(text)
        if not match:
            continue
        place = re.sub(r",?\s+den$", "", match.group("place").strip(), flags=re.IGNORECASE)
        if len(place) > 45 or place.lower() in ("der", "die", "das", "the", "heute", "today"):
            continue
        groups = match.groupdict()
        issued = None
        if groups.get("date"):
            found = find_date(groups["date"])
            if found is None:
                continue
            issued = found.value
        elif pattern is _DATELINES[2] and not (place.isupper() or "," in place or "." in place):
            # "Washington, D.C. --" is a dateline; "Die Preise -- " is not. Demand a place-like form.
            continue
        end = match.end()
        author = None
        code = _AUTHOR_CODE.match(text, end)
        if code:
            author = code.group("author")
            end = code.end()
        wire_text = groups.get("wire")
        wire_name = wire_text.strip() if isinstance(wire_text, str) else None
        return Dateline(place, issued, None, wire_name, author, end)
    return None


def is_date_line(text: str) -> bool:
    """True if the whole line is a date (with optional time)."""
    return parse_date_line(text) is not None
