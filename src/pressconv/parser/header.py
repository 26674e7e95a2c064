"""Read the head of a release: kicker, date, release number, embargo, title, subtitle and dateline."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from typing import Final

from pressconv.parser._lazy import lazy_compile
from pressconv.parser.dates import (
    DATE_PATTERN,
    WEEKDAY_NAME,
    FoundDate,
    MonthCheckedPattern,
    clock_time,
    find_date,
    parse_date_line,
    parse_datetime,
)
from pressconv.parser.limits import (
    DATELINE_LINE_MAX,
    DATELINE_PLACE_MAX,
    DATELINE_SCAN,
    DERIVED_TITLE_CLAUSE_MIN,
    DERIVED_TITLE_CUT,
    DERIVED_TITLE_MAX,
    DERIVED_TITLE_WORDS,
    HEAD_LINE_MAX,
    LETTER_SPACED_MAX,
    PLACE_LINE_MAX,
)
from pressconv.parser.sentences import ends_in_abbreviation

__all__ = [
    "KICKER",
    "Dateline",
    "Label",
    "department_name",
    "despace",
    "institution_line",
    "is_image_line",
    "match_dateline",
    "match_embargo",
    "match_kicker",
    "match_label",
    "match_number",
    "match_place_line",
    "match_place_stop",
    "match_tag_line",
    "name_like",
    "topic_tags",
]

KICKER = lazy_compile(
    # Joint releases put "Gemeinsame"/"Joint" before the label ("Gemeinsame Meldung X und Y").
    r"(?P<kicker>(?:Gemeinsame\s+|Joint\s+)?(?:Pressemitteilung|Pressemeldung|Presseinformation|"
    r"Presseerklärung|Presseeinladung|Presse-?Einladung|Presse-?Information|Presse-?Info|Pressenotiz|"
    r"Einladung zum Pressetermin|"
    # "Presse" is the desk's label on many letterheads ("Presse | Nr. 12/2030 | 3.5.2030"), but only
    # with such items: alone on its line it is as often a web menu's link ("Home / Presse / Kontakt").
    r"Presse(?=\s*[|·–—/]\s*\S|\s+-\s+\S)(?!\s+(?:und|&)\s)|"
    r"Medienmitteilung|Medieninformation|Mediendienst|Pressedienst|Terminhinweis|Fototermin|"
    r"Meldung|Mitteilung|"
    # News-room pages date an article "Nachricht vom 15.04.2026": the document-kind label of the page.
    r"Nachricht(?=\s+vom\s+\d)|"
    # Fire brigades and police desks call their releases by the kind of report ("Einsatzbericht –
    # 3. Mai 2025", "Polizeibericht vom …"): the same document-kind label, never a place or a title.
    r"Einsatzbericht|Einsatzmeldung|Polizeibericht|Polizeimeldung|Pressebericht|Pressenachricht|"
    r"For immediate release|Immediate release|Media releases?|Press releases?|"
    r"News releases?|Media advisory|News advisory|Media alert|Press notice|Press statement|Statement|"
    r"Pressemitteilungen|Pressemeldungen|"
    # Other languages' labels: French, Spanish, Italian, Dutch, Turkish.
    r"Communiqué de presse|Communiqué|Information presse|Comunicado de prensa|Nota de prensa|"
    r"Comunicato stampa|Persbericht|Basın bülteni|BASIN BÜLTENİ|Basın açıklaması|BASIN AÇIKLAMASI))",
    re.IGNORECASE,
)
# A bar sets the label off like a dash in letterheads and CMS exports ("PRESSEINFORMATION | 12. März 2025").
_KICKER_LINE = lazy_compile(KICKER.pattern + r"(?:\s*[:–—|-]\s*(?P<rest>.+))?", re.IGNORECASE)
# What may follow a label on its line without making it a headline: the issuer ("der Stadt X",
# "from the Office of X"), a date ("vom 9. Dezember 2030") or a number ("Nr. 12").
_LABEL_TAIL = lazy_compile(
    KICKER.pattern + r"\s+(?P<tail>\S.{0,150})",
    re.IGNORECASE,
)
_ISSUER_PREPOSITION = lazy_compile(r"(?:der|des|von|vom|aus|from|of|by|issued by)\s+(?P<issuer>\S.*)", re.IGNORECASE)
# A topic after the label ("Pressemeldung zur Aktionswoche …") makes the line a headline.
_TOPIC_PREPOSITION = lazy_compile(
    r"(?:zur|zum|zu|über|zum Thema|betreffend|on|about|regarding|re|concerning|for|to)\b", re.IGNORECASE
)
_NUMBER = lazy_compile(
    r"(?P<number>(?:Nr\.|Nummer|No\.|PM|Pressemitteilung Nr\.|Press release no\.)\s*\d[\d/.-]*\d?|"
    # Presseportal's desk code before the headline: "POL-F: 190425 - 467 …", "POL-BO: …".
    r"[A-ZÄÖÜ]{2,6}-[A-ZÄÖÜ]{1,4}:\s*\d{6}\s*-\s*\d{1,5}|[A-ZÄÖÜ]{2,6}-[A-ZÄÖÜ]{1,4}(?=:\s))"
    r"(?:\s*(?:[:–—-]\s*|\s)(?P<rest>.*))?",
)
# A running number right after the label, without "Nr.": "Pressemitteilung 12/2025", "Presseinformation
# 112-2024", "Press release 14" (courts, ministries and companies number their releases per year).
_LABEL_NUMBER = lazy_compile(r"\d{1,5}(?:[/.-]\d{2,4})?")
_BARE_NUMBER_DATED = lazy_compile(r"(?P<number>\d{1,5}(?:[/.-]\d{2,4})?)\s+(?P<rest>(?:vom|von|from|of)\s+\S.{3,40})")
# A running number alone on its line ("0815." or "0815"), as police and city desks number their
# releases, and UN/EU-style document symbols ("SG/SM/21234", "PRESS/12/345").
_BARE_NUMBER = lazy_compile(r"\d{1,5}\.?|[A-Z]{1,8}(?:/[A-Z0-9]{1,8}){1,4}/\d{1,6}(?:/\d{1,4})?")
_EMBARGO = lazy_compile(
    r"(?:Sperrfrist|Sperrvermerk|Embargo|Embargoed until|Under embargo until|Not for release before|"
    r"Veröffentlichung nicht vor|Frei zur Veröffentlichung ab)\s*[:–-]?\s*(?P<rest>.+)",
    re.IGNORECASE,
)

# Word lengths are bounded so that a 1 MB line without spaces cannot make the regex backtrack.
# Case-sensitive (scoped) even inside patterns compiled with IGNORECASE for the month names.
# A state after the city ("DENVER, CO", "GREENWOOD, Ind.") is neither a weekday nor a month.
_NOT_WEEKDAY_OR_MONTH = r"(?!(?:" + WEEKDAY_NAME + r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|mai|okt|dez)\b)"
_PLACE = (
    r"(?-i:(?P<place>[A-ZÄÖÜ][\wÄÖÜäöüß.'’-]{0,30}(?:[ -][A-ZÄÖÜa-zäöü][\wÄÖÜäöüß.'’-]{0,30}){0,3}"
    # Two seats joined by a slash, as joint releases and companies with two sites write them:
    # "Berlin/Potsdam, 3. Mai 2024 –", "Nordstadt / Südheim, 4. November 2025 –".
    r"(?:\s?/\s?[A-ZÄÖÜ][\wÄÖÜäöüß.'’-]{0,30}(?:[ -][A-ZÄÖÜa-zäöü][\wÄÖÜäöüß.'’-]{0,30}){0,2})?"
    r"(?:,\s?(?i:" + _NOT_WEEKDAY_OR_MONTH + r")[A-Z][\w.]{0,14}(?:\s[A-Z][\w.]{0,14})?)?))"
)
_WEEKDAY = r"(?:(?P<weekday>" + WEEKDAY_NAME + r"),?\s+)"
_TIME = r"(?:,?\s*(?:um\s+|at\s+)?(?P<time>\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:Uhr|h))?))"
_DASH = r"(?:--|[–—-]{1,2})"
_DATED = (
    r"(?:den\s+)?" + _WEEKDAY + r"?(?:den\s+)?(?P<date>" + DATE_PATTERN + r")" + _TIME + r"?"
    r"(?:\s*(?-i:[A-Z]{2,4}\b))?"
)
# News agencies and wires named in a dateline: "(ots)", "(dpa)" and the capitalised wires framed by
# double dashes, "--(BUSINESS WIRE)--".
_AGENCY = r"(?P<wire>(?i:ots|dpa|afp|epd|kna|ap|reuters|sid|apa|ddp|upi))"
_DATELINES: tuple[MonthCheckedPattern, ...] = (
    # AP/Reuters style with the date: "BERLIN, March 4, 2025 /PRNewswire/ --", "Dortmund, 20.09.2018 –",
    # "WASHINGTON, Tuesday, May 3, 2016 –", "Berlin, den 3. Mai 2024:", "Wehlenau, 28. April 2025. Die …"
    MonthCheckedPattern(
        _PLACE + r",?\s+" + _DATED + r"\s*(?:/(?P<wire>[^/\n]{2,40})/\s*)?(?:--|[–—-]|:|\.(?=\s+[A-ZÄÖÜ„“\"]))\s*",
        re.IGNORECASE,
    ),
    # Date in brackets after the place: "DENVER, CO (May 4, 2023) –", "Berlin (29.08.2023)."
    MonthCheckedPattern(_PLACE + r",?\s*\(\s*" + _DATED + r"\s*\)\s*(?:[.:]\s*|" + _DASH + r"\s*)?", re.IGNORECASE),
    # Dashes on both sides of the date: "PORTLAND -– March 2, 2022 –"
    MonthCheckedPattern(_PLACE + r"\s*" + _DASH + r"\s*" + _DATED + r"\s*(?:" + _DASH + r"|:)\s*", re.IGNORECASE),
    # Place, wire and date between slashes: "AUSTIN, TX / Some Wire / June 5, 2024 9:00 --"
    MonthCheckedPattern(
        _PLACE + r"\s*/\s*(?P<wire>[^/\n]{2,40}?)\s*/\s*" + _DATED + r"\s*(?:/|" + _DASH + r"|:)?\s*",
        re.IGNORECASE,
    ),
    # Agency style with the date after the agency: "Berlin (dpa), 12.03.2024 –" (issue 15 #10: the
    # date must not be left over as the text's first words).
    MonthCheckedPattern(_PLACE + r"\s*\(" + _AGENCY + r"\)\s*,?\s*" + _DATED + r"\s*(?:[-–—:]\s*)?", re.IGNORECASE),
    # Agency style: "Frankfurt (ots) -", "Frankfurt (ots)  (fue)", "Berlin, 3. Mai 2024 (dpa) -",
    # "WASHINGTON (AP) —"
    MonthCheckedPattern(_PLACE + r"(?:,?\s+" + _DATED + r")?\s*\(" + _AGENCY + r"\)\s*(?:[-–—:]\s*)?", re.IGNORECASE),
    # US wire style: "ANKENY, Iowa--(BUSINESS WIRE)--", "TORONTO, Ontario--(Newsfile Corp. - …)--"
    MonthCheckedPattern(_PLACE + r"\s*--\s*\((?P<wire>[A-Z][^()\n]{1,60})\)\s*--\s*"),
    # Place and a dash without a date: "Washington, D.C. --", "WASHINGTON, D.C.—Today", "München – Die"
    MonthCheckedPattern(_PLACE + r"\s*(?:--|—|–)\s*(?=\S)"),
)
_NO_DATE_DASH = 7  # index of the last pattern: it needs a place-like form (see match_dateline)
# BURLINGTON, ON / PR Karma / February 11, 2025 15:20   (a dateline on its own line)
_WIRE_LINE = lazy_compile(
    _PLACE + r"\s*/\s*(?P<wire>[^/\n]{2,40}?)\s*/\s*(?P<date>.+)$",
)
# Musterstadt (ots) – Mittwoch, 6. Mai 2026   (a Presseportal dateline with the date on its own line:
# the wire's dash before the date, which the running-text patterns leave to the text)
_AGENCY_DATE_LINE = lazy_compile(_PLACE + r"\s*\(" + _AGENCY + r"\)\s*(?:,|--|[–—-])?\s*(?P<date>.+)$")
# Burlington, ON – February 11th, 2025   and   Kassel, den 14.05.2024
_PLACE_DATE_LINE = lazy_compile(_PLACE + r",?\s*(?:--|[–—-]|,)?\s*(?P<date>.+)$")
_WEEKDAY_WORD = lazy_compile(
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)",
    re.IGNORECASE,
)
_AUTHOR_CODE = lazy_compile(r"\((?P<author>[a-zäöü]{2,4})\)\s*")
# Words that open a sentence, never a place: "Die Preise – …", "Today – …".
_NOT_PLACE = frozenset(
    (
        "am", "im", "in", "an", "auf", "bei", "nach", "seit", "vor", "um", "zum", "zur", "mit", "von", "on",
        "at", "last", "next", "for", "with", "from", "after", "before", "during",
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "wir", "ich", "sie", "er", "es",
        "heute", "morgen", "gestern", "hier", "dort", "the", "a", "an", "this", "that", "these", "we",
        "our", "today", "tomorrow", "yesterday", "here", "there", "update", "achtung",
    )
)  # fmt: skip


# The sender's name and the document kind on one line, as letterheads print them: "Stadt X –
# Pressemitteilung", "Acme Inc. | Press Release", "Klinikum X – Presseinformation – 3. Mai 2024". The name
# is the organisation; the label (with a date or number after it) stays the kicker.
_SENDER_THEN_LABEL = lazy_compile(
    r"(?P<issuer>\S.{0,120}?)\s+[–—|-]\s+(?P<label>" + KICKER.pattern + r"\b.*)", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline found at the start of the first paragraph or on its own line."""

    place: str
    issued: date | None
    time: str | None  # weekday, time of day and zone as written ("Tuesday, 09:00")
    wire: str | None
    author: str | None
    length: int  # characters of the paragraph it covers


@dataclass(frozen=True, slots=True)
class Label:
    """A label line ("Pressemitteilung", "MEDIA RELEASE", "Gemeinsame Meldung X und Y")."""

    kicker: str
    issuer: str | None = None
    issued: FoundDate | None = None
    number: str | None = None
    title: str | None = None  # "Pressemitteilung: Headline" carries the headline after the label
    as_written: bool = False  # keep the whole line as the kicker (it says more than the label)
    written: str | None = None  # the label part of a "Sender – Label" line, the kicker as written
    embargo: str | None = None  # "Presseinformation Nr. 14 – Sperrfrist: 3.5.2024, 10 Uhr": the embargo item


def despace(text: str) -> str:
    """Undo letter-spacing ("M E D I A  R E L E A S E" -> "MEDIA RELEASE"); other text is unchanged."""
    stripped = text.strip()
    # Letter-spaced display type: single characters split by one space, words by two or more.
    if len(stripped) > LETTER_SPACED_MAX or not re.fullmatch(r"\w(?: \w)+(?: {2,}\w(?: \w)*)*", stripped):
        return text
    return " ".join(word.replace(" ", "") for word in re.split(r" {2,}", stripped))


def match_kicker(text: str) -> tuple[str, str | None] | None:
    """Return (kicker, rest of the line) if the line is or starts with a label like "Pressemitteilung"."""
    text = despace(text)
    match = _KICKER_LINE.fullmatch(text.strip().rstrip(":"))
    if not match:
        return None
    rest = match.group("rest")
    if rest is None and text.strip().rstrip(":") != match.group("kicker"):
        return None
    return match.group("kicker"), rest


# Ticker markers around a line ("+++ … +++"), as German newsrooms flag urgent news.
# The inner text ends on a non-space: a lazy inner before "\s*" retried the spaces from every
# position, quadratic over a long run of them.
_TICKER_LABEL = lazy_compile(r"\+{2,}\s*(?P<inner>[^+\s](?:[^+]*[^+\s])?)\s*\+{2,}")


_COLUMN_GAP = lazy_compile(r"(?<=\S)(?:[ \u00a0]{3,}|\t+)(?=\S)")
# The first item between the same run of dashes, stars or equals signs on both sides, up to a column
# bar or the end: "- Pressemitteilung - | 20. Oktober 2026". One to three marks, a space inside each.
_DECORATED_ITEM = lazy_compile(r"^(?P<mark>[-–—*=~]{1,3}) (?P<item>[^|\s][^|]*?) (?P=mark)(?=(?: \|.*)?$)")


def match_label(text: str) -> Label | None:
    """Read a label line: the kicker alone, or with its issuer, date, number or the headline."""
    # A letterhead typed in columns ("Pressemitteilung 07/2026          26.03.2026"): the gap sets the
    # items apart as a bar does.
    text = _COLUMN_GAP.sub(" | ", despace(text).strip())
    # "- Pressemitteilung -", "== Presseinformation ==": the same marks on both sides of the first
    # item decorate it, as ticker markers do; typed letterheads set them where a layout would centre.
    # The kicker is the label without them.
    plain = _DECORATED_ITEM.sub(r"\g<item>", text)
    label = _undecorated_label(plain)
    if plain != text and label is not None and label.title is None:
        return replace(label, written=label.written or label.kicker)
    return label


def _undecorated_label(text: str) -> Label | None:
    """match_label for a line whose gaps are bars and whose decoration is gone."""
    ticker = _TICKER_LABEL.fullmatch(text)
    if ticker is not None:
        # "+++ Presseinformation +++": ticker markers decorate the label as they do a headline.
        inner = match_label(ticker.group("inner"))
        if inner is None or inner.title is not None:
            return None
        return replace(inner, written=inner.written or inner.kicker)
    sender_first = _sender_then_label(text)
    if sender_first is not None:
        return sender_first
    plain = match_kicker(text)
    if plain:
        kicker, rest = plain
        if rest is None:
            return Label(kicker)
        items = _label_items(kicker, rest)
        if items is not None:
            return items
        # "Pressemitteilung – 3. Mai 2024", "Press release: No. 12"
        found = parse_date_line(rest)
        if found:
            return Label(kicker, issued=found)
        number = match_number(rest)
        if number and not number[1]:
            return Label(kicker, number=number[0])
        if kicker.lower().startswith(("gemeinsame", "joint")) and name_like(rest, max_words=14):
            # "Joint news release: Northgate University and Lakeshore Institute": the partners.
            return Label(kicker, issuer=rest)
        return Label(kicker, title=rest)
    tail_match = _LABEL_TAIL.fullmatch(text.rstrip(":"))
    if not tail_match:
        return None
    kicker, tail = tail_match.group("kicker"), tail_match.group("tail").strip()
    if _LABEL_NUMBER.fullmatch(tail):
        return Label(kicker, number=tail)
    items = _label_items(kicker, tail)
    if items is not None:
        return items
    # The tail may hold a number and a date together: "Nr. 12 vom 3. Mai 2024".
    numbered = _NUMBER.match(tail)
    if numbered and numbered.group("number"):
        rest = (numbered.group("rest") or "").strip()
        if not rest:
            return Label(kicker, number=numbered.group("number").strip())
        found = parse_date_line(rest)
        if found:
            return Label(kicker, number=numbered.group("number").strip(), issued=found)
    # Or a bare running number and its date: "Pressemitteilung 017/2027 vom 14.05.2027".
    bare = _BARE_NUMBER_DATED.fullmatch(tail) if len(tail) <= HEAD_LINE_MAX else None
    if bare is not None and (found := parse_date_line(bare.group("rest"))) is not None:
        return Label(kicker, number=bare.group("number"), issued=found)
    found = parse_date_line(tail)
    if found:
        return Label(kicker, issued=found)
    # Topic, date and sender as a list: "Pressemitteilung zu den Landtagswahlen, 17.03.2022, Partei X".
    # A date standing as an item of its own makes the line a label, not a headline.
    segments = tail.split(", ")
    for position, segment in enumerate(segments[1:], start=1):
        found = parse_date_line(segment)
        if found:
            sender = ", ".join(segments[position + 1 :])
            return Label(kicker, issuer=sender if name_like(sender) else None, issued=found, as_written=True)
    if _TOPIC_PREPOSITION.match(tail):
        return None  # "Pressemeldung zur Aktionswoche …" is a headline
    # "Presseinformation der Gemeinde X vom 12. Februar 2026": the issuer, then the label's date after
    # "vom" (German administrations' label line, as in "Pressemitteilung vom …" without the issuer).
    dated_issuer = re.fullmatch(r"(?P<who>.+?)\s+vom\s+(?P<date>\S.{4,40})", tail)
    if (
        dated_issuer is not None
        # "Pressemitteilung der Polizei X zum Verkehrsunfall vom 3. Juni": the date is the topic's.
        and not re.search(r"\b(?:zum|zur|zu|über|wegen|nach|zu den)\b", dated_issuer.group("who"))
        and (found := parse_date_line(dated_issuer.group("date"))) is not None
    ):
        issuer = _ISSUER_PREPOSITION.fullmatch(dated_issuer.group("who"))
        if issuer and name_like(issuer.group("issuer"), max_words=12):
            return Label(kicker, issuer=issuer.group("issuer").strip(), issued=found)
    issuer = _ISSUER_PREPOSITION.fullmatch(tail)
    joint = kicker.lower().startswith(("gemeinsame", "joint"))
    if issuer and name_like(issuer.group("issuer"), max_words=12):
        return Label(kicker, issuer=issuer.group("issuer").strip())
    if joint and name_like(tail, max_words=14):
        # "Gemeinsame Meldung Polizei und Staatsanwaltschaft Berlin": the partners follow directly.
        return Label(kicker, issuer=tail)
    return None


# Letterheads set the items after the label off with a dash, bar or middle dot: "Pressemitteilung
# 17/2025 · 29. September 2025", "Presseinformation Nr. 14/2026 – Sperrfrist: 31.03.2026, 10:00 Uhr".
# A slash with spaces on both sides sets items off too ("Pressemitteilung Nr. 118 / 16.03.2026"); a
# slash inside a number or date ("12/2025") has none.
_LABEL_ITEM_SEPARATOR = lazy_compile(r"\s+[·•|–—/-]\s+|\s*[·•|]\s*")
# German administrations name the issuing unit after the label's date ("Medienmitteilung vom
# 29.05.2030 – Fachbereich Bauen"): the unit is part of the organisation, never the headline.
_DEPARTMENT = lazy_compile(
    r"(?:Fachbereich|Fachdienst|Fachgebiet|Referat|Abteilung|Amt|Dezernat|Geschäftsbereich|Dienststelle|"
    r"Stabsstelle|Sachgebiet|Geschäftsstelle|Pressestelle)\b"
)
# A news room's topic tags: two to five capitalised words joined by commas, "&", "und" or "/", one
# comma at least ("Forschung, Umwelt & Klima", "Verkehr, Bauen"). A sender's name has words in lower
# case ("Ministerium für Bildung, Jugend und Sport") or no comma ("Kessler & Brandtner").
_CATEGORIES = lazy_compile(r"[A-ZÄÖÜ][\w-]+(?:\s*(?:,|&|/|\bund\b)\s*[A-ZÄÖÜ][\w-]+){1,4}")


_STREET_WORD = lazy_compile(r"(?:straße|strasse|weg|platz|gasse|allee|ring|damm|ufer|chaussee)$", re.IGNORECASE)


def topic_tags(text: str) -> bool:
    """True for a news room's topic tags after a label or date ("Forschung, Umwelt & Klima")."""
    if "," not in text or _CATEGORIES.fullmatch(text.strip()) is None:
        return False
    # "Haldenau, Birkenweg": a town and its street are a place, never a topic.
    return not any(_STREET_WORD.search(word) for word in re.split(r"[\s,&/]+", text) if word)


# "vom" before the label's date ("Pressemitteilung vom 3. Mai 2030").
_DATE_PREPOSITION = lazy_compile(r"(?:vom|von|from|of)\s+", re.IGNORECASE)


def _label_items(kicker: str, tail: str) -> Label | None:
    """Read a label's tail made only of a running number, a date and an embargo, in any order.

    A tail with any other item (a topic, a sender) is not read here, so that "Pressemitteilung –
    Neue Buslinie" stays a headline and "Pressemitteilung der Stadt X" an issuer.
    """
    if len(tail) > HEAD_LINE_MAX:
        return None
    number: str | None = None
    issued: FoundDate | None = None
    embargo: str | None = None
    department: str | None = None
    categories = False
    items = [item.strip() for item in _LABEL_ITEM_SEPARATOR.split(tail) if item.strip()]
    for position, item in enumerate(items):
        numbered = _NUMBER.fullmatch(item)
        dated = _DATE_PREPOSITION.sub("", item, count=1) if position == 0 else item
        if number is None and (_LABEL_NUMBER.fullmatch(item) or (numbered and not numbered.group("rest"))):
            number = item
        elif issued is None and (found := parse_date_line(dated)) is not None:
            issued = found
        elif embargo is None and match_embargo(item) is not None:
            embargo = item
        elif department is None and position > 0 and department_name(item):
            department = item  # the issuing unit after the date or number (see _DEPARTMENT)
        elif issued is not None and position > 0 and topic_tags(item):
            # "Nachricht vom 15.04.2026 | Forschung, Umwelt & Klima": a news room's topic tags after
            # the date. The line stays whole as the kicker (nothing is dropped); the headline follows.
            categories = True
        else:
            return None
    if not items or (number is None and embargo is None and issued is None):
        return None
    written = kicker if department is not None else None  # the unit goes to the organisation, not the kicker
    return Label(
        kicker, issuer=department, issued=issued, number=number, embargo=embargo, written=written, as_written=categories
    )


def _sender_then_label(text: str) -> Label | None:
    """Read "Sender – Label" (see ``_SENDER_THEN_LABEL``); None for any other line."""
    if len(text) > HEAD_LINE_MAX:
        return None  # a head line; never run the pattern over a long text (its \s+ would backtrack)
    match = _SENDER_THEN_LABEL.fullmatch(text.rstrip(":"))
    if match is None:
        return None
    issuer, written = match.group("issuer").strip(), match.group("label").strip()
    label = match_label(written)
    if label is None or label.title is not None or label.issuer is not None:
        return None  # "Stadt X – Meldung zur Wahl": a headline, not a label
    dated = parse_date_line(issuer)
    if dated is not None and label.issued is None:
        # "12.03.2025 | Pressemitteilung": the date before the label, no sender.
        return Label(label.kicker, issued=dated, number=label.number, written=label.kicker)
    if match_kicker(issuer) is not None or not name_like(issuer, max_words=12) or dated is not None:
        return None  # "Pressemitteilung – Gemeinsame Meldung": two labels, no sender
    if label.issued or label.number:
        written = label.kicker  # the date and number are metadata of their own
    return Label(label.kicker, issuer=issuer, issued=label.issued, number=label.number, written=written)


def department_name(text: str) -> bool:
    """True for the name of an administration's issuing unit ("Fachbereich Bauen"; see ``_DEPARTMENT``)."""
    return _DEPARTMENT.match(text) is not None and name_like(text, max_words=10)


def match_number(text: str) -> tuple[str, str] | None:
    """Return (number, rest of line) for "Nr. 2353 …", "PM 123/2024" or "POL-F: 190425 - 467 …"."""
    stripped = text.strip()
    if _BARE_NUMBER.fullmatch(stripped):
        return stripped, ""
    match = _NUMBER.match(stripped)
    if not match:
        return None
    return match.group("number").strip(), (match.group("rest") or "").strip()


# Zone abbreviations that stand for one fixed UTC offset wherever they are written (hours). "CST"
# (US Central, China, Cuba), "IST" and "BST" name several zones, and "ET"/"PT" follow daylight
# saving: an embargo in those stays naive, and its line as written keeps the zone for the reader.
_ZONE_OFFSETS: dict[str, float] = {
    "UTC": 0, "GMT": 0, "WET": 0, "WEZ": 0, "WEST": 1, "WESZ": 1, "CET": 1, "MEZ": 1, "CEST": 2,
    "MESZ": 2, "EET": 2, "OEZ": 2, "EEST": 3, "OESZ": 3, "EST": -5, "EDT": -4, "CDT": -5, "MST": -7,
    "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10,
}  # fmt: skip
_ZONE_WORD = lazy_compile(r"(?<![\w])(?P<zone>[A-Z]{3,4})(?![\w])")


def embargo_zone(text: str) -> timezone | None:
    """The fixed UTC offset of the first zone abbreviation in an embargo line ("00:01 EST"), or None."""
    for match in _ZONE_WORD.finditer(text):
        offset = _ZONE_OFFSETS.get(match.group("zone"))
        if offset is not None:
            return timezone(timedelta(hours=offset))
    return None


def match_embargo(text: str) -> tuple[datetime | None, str] | None:
    """Return (embargo time, text as written) for an embargo/Sperrfrist line.

    The time is None when the line cannot be read (no date, or an impossible date or time); it is
    aware when the line names a zone of one fixed offset (see ``_ZONE_OFFSETS``).
    """
    match = _EMBARGO.fullmatch(text.strip())
    if not match:
        return None
    rest = match.group("rest")
    moment = parse_datetime(rest)
    if moment is not None:
        zone = embargo_zone(rest)
        moment = moment.replace(tzinfo=zone) if zone is not None else moment
    return moment, rest


_CONNECTORS = frozenset(
    (
        "of", "for", "and", "the", "on", "in", "at", "to", "de", "du", "la", "le", "von", "vom", "der",
        "die", "das", "des", "und", "für", "am", "an", "im", "zu", "zur", "zum", "bei", "mit", "e.", "v.",
        "&",
        # Legal forms written in small letters first ("gGmbH", "e.V."): part of the name.
        "e.v.", "ggmbh", "gug",
    )
)  # fmt: skip


# "Member for Kestrel Bay | Coastal Alliance": separators between the names on a sender line.
_SEPARATORS = frozenset(("|", "–", "—", "-", "/", "·", "&"))
# A name runs to about twelve characters a word ("Senatsverwaltung" is 16, most are shorter); a line
# longer than that per allowed word is prose. A final "." after a word of at most four letters ends
# an abbreviation ("Inc.", "e. V.", "Ltd."), after a longer word a sentence.
_NAME_CHARS_PER_WORD: Final = 12
_ABBREVIATION_MAX: Final = 4
# An all-caps line of at most five letters is an acronym (a committee or desk, "EMPL"), not a place.
_ACRONYM_MAX: Final = 5


def name_like(text: str, *, max_words: int = 8) -> bool:
    """True for a short line written like a name ("Sen. Jane Doe", "Polizei Berlin und AWO e. V.")."""
    words = [word for word in text.split() if word not in _SEPARATORS]
    if (
        not 1 <= len(words) <= max_words
        or len(text) > _NAME_CHARS_PER_WORD * max_words
        or text.endswith((",", ";", ":", "!", "?"))
    ):
        return False
    if text.endswith(".") and len(words[-1]) > _ABBREVIATION_MAX:
        return False  # a sentence, not an abbreviation such as "Inc." or "e. V."
    for word in words:
        bare = word.strip("()„“\"',")
        if not bare:
            return False
        if bare.lower() in _CONNECTORS or bare[0].isupper() or bare[0].isdigit():
            continue
        return False
    return True


# Words that make a name line an institution's: the sender ("Senatsverwaltung für Bildung",
# "Office of the Mayor", "Landratsamt X", "Acme Inc.") rather than a headline.
_INSTITUTION = lazy_compile(
    # German names start with the institution ("Senatsverwaltung für …", "Landratsamt X") or end
    # with the legal form ("… e. V.", "… GmbH").
    r"^(?:Senatsverwaltung|(?:Bundes|Landes|Staats)?[Mm]inisterium|Staatskanzlei|Senatskanzlei|Bezirksamt|"
    r"Landratsamt|Stadtverwaltung|Kreisverwaltung|Polizeipräsidium|Polizeidirektion|Polizeiinspektion|"
    r"Landesamt|Bundesamt|Landtag|Bundestag|Fraktion|Pressestelle|Presseamt|Stadt|Landkreis|"
    r"Gemeinde|Verband|Stiftung|Universität|Hochschule|(?:Freiwillige )?Feuerwehr|Polizei)(?!\w)"
    r"|\b(?:GmbH|AG|e\. ?V\.|gGmbH)$"
    # Public houses named by their kind, alone or as a compound's last part ("Stadttheater X",
    # "Kreisklinikum Y", "Tierpark Z", "Amtsgericht W", "Kreispolizeibehörde V", "Berufsfeuerwehr U"):
    # the sender's name, one or two words after it.
    r"|^(?:[A-ZÄÖÜ][a-zäöüß]*)?(?i:theater|museum|bibliothek|bücherei|klinikum|krankenhaus|gericht|werke|"
    r"volkshochschule|tierpark|tierheim|zoo|jobcenter|behörde|feuerwehr)(?: [A-ZÄÖÜ][\wäöüß-]+){1,2}$"
    # English headlines are in title case too: the institution word must head the name ("Office of
    # the Mayor", "Sen. Jane Doe") or close it ("Green Valley County", "Acme Inc.").
    r"|^(?:(?:Office|Department|Ministry|Agency|Council|Commission|Committee|City|County|Town|State)"
    r" (?:of|for)\b|(?:Sen\.|Rep\.|Senator|Congressman|Congresswoman|Representative|U\.S\. Senator) )"
    r"|\b(?:Department|Ministry|Office|Agency|Council|Commission|Committee|Senate|Police|County|City|"
    r"Inc\.|LLC|Ltd\.?|Corporation|Corp\.|University|Association|Foundation|Party|"
    # Public bodies named by their kind last: "Northgate Transit Authority", "Lakeside School District".
    r"Authority|District|Board|Institute|Trust)$"
)


def institution_line(text: str, *, max_words: int = 8) -> bool:
    """True for a name line that names an institution or office holder (a sender line)."""
    return name_like(text, max_words=max_words) and _INSTITUTION.search(text) is not None


# A place alone on its line ("Berlin/Brandenburg", "Frankfurt am Main"): German police and city
# desks print the place as a line of its own between headline and text.
_PLACE_LINE = lazy_compile(
    r"[A-ZÄÖÜ][\wäöüß.'’-]{1,30}(?:(?:\s?/\s?|\s+(?:am|an der|ob der|bei|im|upon|on)\s+|\s+)"
    r"[A-ZÄÖÜ(][\wäöüß.'’()-]{1,30}){0,2}"
)


def match_place_line(text: str) -> str | None:
    """Return the place if the whole line is a place name ("Berlin/Brandenburg")."""
    stripped = text.strip().rstrip(":")
    if len(stripped) > PLACE_LINE_MAX or any(char.isdigit() for char in stripped):
        return None
    if not _PLACE_LINE.fullmatch(stripped) or stripped.split()[0].lower() in _NOT_PLACE:
        return None
    if stripped.isupper() and len(stripped) <= _ACRONYM_MAX:
        return None  # an acronym ("EMPL", a committee or desk), not a place
    return stripped


def match_tag_line(text: str) -> bool:
    """True for a short category tag printed with the label ("Plenary session", "Verkehr")."""
    stripped = text.strip()
    words = stripped.split()
    return 1 <= len(words) <= 4 and len(stripped) <= PLACE_LINE_MAX and not re.search(r"[.,;:!?…]$|\d", stripped)


_IMAGE_LINE = lazy_compile(r"!\[[^\]\n]{0,200}\]\([^)\s]{1,500}\)")


def is_image_line(text: str) -> bool:
    """True for a line that is only a Markdown image (a logo above the headline)."""
    return bool(_IMAGE_LINE.fullmatch(text.strip()))


def match_dateline(text: str, *, whole_line: bool = False) -> Dateline | None:
    """Find a dateline at the start of ``text``; ``whole_line`` for datelines standing alone."""
    if whole_line:
        return _whole_line_dateline(text)
    text = text[:DATELINE_SCAN]  # never run these patterns over a whole flattened body
    for index, pattern in enumerate(_DATELINES):
        match = pattern.match(text)
        if not match:
            continue
        place = re.sub(r",?\s+den$", "", match.group("place").strip(), flags=re.IGNORECASE)
        if (
            len(place) > DATELINE_PLACE_MAX
            or place.split()[0].lower() in _NOT_PLACE
            or _WEEKDAY_WORD.search(place)
            or not place_words(place)
        ):
            continue  # "Am Dienstagnachmittag (11.06.2024)": a time, not a place
        groups = match.groupdict()
        issued, note = None, None
        if groups.get("date"):
            found = find_date(groups["date"])
            if found is None:
                continue
            issued = found.value
            note = _time_note(groups.get("weekday"), groups.get("time"))
        elif index == _NO_DATE_DASH and not _place_form(place, text[match.end() :]):
            continue
        end = match.end()
        author = None
        code = _AUTHOR_CODE.match(text, end)
        if code:
            author = code.group("author")
            end = code.end()
        wire_text = groups.get("wire")
        wire_name = wire_text.strip() if isinstance(wire_text, str) else None
        return Dateline(place, issued, note, wire_name, author, end)
    return None


# German local and municipal releases open the text with the place and a full stop ("Ortsmarke"):
# "Nordstadt. Das Freibad öffnet am Samstag …". One to three capitalised words, then the sentence.
# Two seats are joined by a slash ("Nordstadt/Seeheim."); a short code of the desk may follow the place
# ("Nordstadt (pm).", "(red)", "(eb)": Pressemitteilung, Redaktion, Eigenbericht).
_PLACE_STOP = lazy_compile(
    r"(?P<place>[A-ZÄÖÜ][\wäöüß'’-]{2,30}(?:(?:[ -]|\s?/\s?)(?:am|an der|im|ob der|[A-ZÄÖÜ][\wäöüß'’-]{1,30})){0,2})"
    r"(?:\s*\((?P<code>[a-zäöü]{2,4})\))?\.\s+(?=[A-ZÄÖÜ„\"])"
)


def match_place_stop(text: str, release: str) -> Dateline | None:
    """The place of an "Ortsmarke" opening ``text`` ("Nordstadt. Nach …"), if ``release`` names it again.

    A word and a full stop also open sentences ("Endlich. Der Sommer …"); a place set before the
    text is the sender's seat or the scene, which the release names again (in the sender's name,
    an address, the text), so a word that is never named again is not taken for one.
    """
    match = _PLACE_STOP.match(text[:DATELINE_SCAN])
    if match is None:
        return None
    place = match.group("place")
    if (
        place.split()[0].lower() in _NOT_PLACE
        or _WEEKDAY_WORD.search(place)
        or ends_in_abbreviation(text[: match.end("place") + 1])
    ):
        return None
    code = match.group("code")
    seats = re.split(r"\s?/\s?", place)
    # "Gemeinde-Ortsteil" ("Talstadt-Nordheim"): the text names the district again on its own.
    districts = [
        part for seat in seats if "-" in seat for part in seat.split("-")[1:] if len(part) > 3 and part[0].isupper()
    ]
    named_again = any(len(re.findall(r"(?<![\w-])" + re.escape(seat) + r"(?!\w)", release)) >= 2 for seat in seats) or any(
        re.search(r"(?<![\w-])" + re.escape(district) + r"(?!\w)", release) for district in districts
    )
    if code is None and not named_again:
        return None  # without a desk code, the place must be named again
    return Dateline(place, None, None, None, code, match.end())


# A place name's small words are the short articles and prepositions that join its parts ("Frankfurt
# am Main", "Halle an der Saale", "Rothenburg ob der Tauber", "Stratford upon Avon"); it ends in a name.
# A headline that ends in a date ("Hundesteuer steigt zum 1. Januar 2027", "Neue Linie fährt ab
# 1. Mai") has a verb or a preposition before the date, so it is never read as "place, date".
_PLACE_JOINER_MAX: Final = 4


def place_words(place: str) -> bool:
    """True if ``place`` reads as a place name: its lowercase words are short joiners and it ends in a name."""
    words = re.split(r"[\s/,]+", place.strip())
    words = [word for word in words if word]
    last = words[-1].lstrip("'’") if words else ""
    # "Frankfurt a.M.", "Halle a.d.Saale": an abbreviated joiner with the river's or region's capital.
    abbreviated = re.fullmatch(r"(?:[a-zäöü]{1,3}\.)+[A-ZÄÖÜ][\wäöüß]*\.?", last) is not None
    if not last or (not last[:1].isupper() and not last[:1].isdigit() and not abbreviated):
        return False
    return all(word[:1].isupper() or word[:1].isdigit() or len(word) <= _PLACE_JOINER_MAX for word in words)


# A dash dateline's text is a sentence; a rubric after a dash has a word or three.
_DASH_TEXT_WORDS_MIN = 4


def _place_form(place: str, after: str) -> bool:
    """A place before a bare dash: "WASHINGTON", "Washington, D.C.", or one name before a sentence."""
    # "Die Preise -- " is not a dateline; a place is written in capitals, with a state, or as one or
    # two capitalised words directly followed by the sentence ("München – Die Stadt …").
    # What follows the dash must read as the text's first sentence: a kicker line set in two parts
    # ("JUGEND FORSCHT – LANDESWETTBEWERB", "Stadt Südheim – Neues aus dem Rathaus") names a
    # series or a rubric, and its few words end without a stop.
    rest = after.strip()
    if len(rest.split()) < _DASH_TEXT_WORDS_MIN and not rest.endswith((".", "!", "?", ":")):
        return False
    if place.isupper() or "," in place or "." in place:
        return True
    words = place.split()
    return len(words) <= 2 and all(word[:1].isupper() for word in words) and after[:1].isupper()


def _time_note(weekday: str | None, clock: str | None) -> str | None:
    parts = [part.strip().rstrip(",") for part in (weekday, clock_time(clock) if clock else None) if part]
    return ", ".join(parts) or None


def _whole_line_dateline(text: str) -> Dateline | None:
    if len(text) > DATELINE_LINE_MAX:
        return None
    wire = _WIRE_LINE.fullmatch(text)
    if wire:
        found = parse_date_line(wire.group("date"))
        if found:
            return Dateline(wire.group("place"), found.value, found.time_note, wire.group("wire"), None, len(text))
    agency = _AGENCY_DATE_LINE.fullmatch(text)
    if agency and place_words(agency.group("place")) and agency.group("place").split()[0].lower() not in _NOT_PLACE:
        found = parse_date_line(agency.group("date"))
        if found:
            return Dateline(agency.group("place"), found.value, found.time_note, agency.group("wire"), None, len(text))
    place_date = _PLACE_DATE_LINE.fullmatch(text)
    if (
        place_date
        and parse_date_line(text) is None
        and place_date.group("place").split()[0].lower() not in _NOT_PLACE
        and place_words(place_date.group("place"))
    ):
        found = parse_date_line(place_date.group("date"))
        if found:
            place = place_date.group("place").strip()
            return Dateline(place, found.value, found.time_note, None, None, len(text))
    return None


def is_date_line(text: str) -> bool:
    """True if the whole line is a date (with optional time)."""
    return parse_date_line(text) is not None


def title_from_text(text: str) -> str:
    """A short title made from the opening words when a release has no headline.

    The first sentence when it is short; else the longest opening clause or phrase that ends at a
    comma, dash, colon or semicolon; else the opening words cut before a word that would leave the
    phrase hanging ("… den …"). Never cut mid-phrase without saying so ("…").
    """
    from pressconv.parser.blocks import ends_with_function_word
    from pressconv.parser.sentences import sentence_starts

    text = " ".join(text.split()[:DERIVED_TITLE_WORDS])
    if not text:
        return "Untitled"
    starts = sentence_starts(text)
    sentence = text[: starts[0]].strip() if starts else text
    if len(sentence) <= DERIVED_TITLE_MAX:
        return sentence.rstrip(".").strip() or sentence
    best = None
    # A quotation opening inside the sentence starts a new phrase too: a title never ends inside
    # an unclosed quotation ('… a resolution "that urges …').
    for match in re.finditer(r"[,;:]\s|\s[–—-]\s|\s\(|\s[\"„“«»‚]", sentence):
        clause = sentence[: match.start()].strip()
        if len(clause) > DERIVED_TITLE_MAX:
            break
        if len(clause) >= DERIVED_TITLE_CLAUSE_MIN and not ends_with_function_word(clause):
            best = clause
    if best is not None:
        return best + " …"
    words = sentence[:DERIVED_TITLE_CUT].rsplit(" ", 1)[0].split()
    # Cut where a new phrase begins (before a preposition, article or conjunction), so that the
    # title ends on a whole phrase: "… ein 18-Jähriger ohne Führerschein" / "auf einem …".
    for cut in range(len(words) - 1, 3, -1):
        if ends_with_function_word(words[cut]) and not ends_with_function_word(words[cut - 1]):
            return " ".join(words[:cut]).rstrip(",;:") + " …"
    while len(words) > 3 and ends_with_function_word(" ".join(words)):
        words.pop()  # never end on an article or preposition
    return " ".join(words).rstrip(",;:") + " …"
