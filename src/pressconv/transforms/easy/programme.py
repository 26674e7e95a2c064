"""The dates of an event series or a multi-day event as one list: "Es gibt sechs Termine:" and each date.

A release that announces several dated events (a lecture series, a concert season, a course
programme, an action week) sets them apart, one a line, the date first ("Donnerstag, 8. Oktober,
18 Uhr: Vortrag …", or the date on its own line and the title on the next; German programme
convention "Die Termine im Überblick:"). A festival over two days gives its days in its "Wann:"
line ("Freitag, 4. September, ab 17 Uhr, und Samstag, 5. September, ab 11 Uhr"). The summariser found no
one day for such a release and said no date at all (judge notes: a festival without its date, a
lecture series without any date). Leichte Sprache writes a set of like facts as a list under an
intro line (Netzwerk Leichte Sprache, rule "Aufzählungen"): here the count and every date with its
time and a short title, the weekday derived from the date. A list is kept whole or said to be a
selection: the source's own "Auswahl" and a list longer than a summary can carry give "zum Beispiel"
with the first items, never a cut list that reads as complete.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.transforms.easy.calledoff import called_off, not_held
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.when import MONTH_PATTERN, WEEKDAYS_DE, find_moments, time_phrase

__all__ = ["Programme", "day_programme", "event_days", "plainer_items", "programme", "prose_dates"]

_ITEMS_MAX: Final = 8  # more lines of items outweigh a summary of 12 to 20 sentences (lists.py)
_EXAMPLES: Final = 3
_DETAILS_MAX: Final = 3  # speaker, meeting point, note: the lines a programme item has under its title
_ITEM_WORDS: Final = 12  # the sentence limit of the rule books holds for a list line too
_COUNT_WORDS: Final = dict(
    zip(
        range(2, 13),
        ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"),
        strict=True,
    )
)
_MONTH: Final = MONTH_PATTERN
# A weekday written out or abbreviated ("Do.", "Do"), as programme lines write it before the date.
_WEEKDAY: Final = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Mo|Di|Mi|Do|Fr|Sa|So)\.?"
_DATE: Final = rf"\d{{1,2}}\.\s*(?:{_MONTH})(?:\s+\d{{4}})?|\d{{1,2}}\.\d{{1,2}}\.(?:\d{{4}}|\d{{2}})?"
_CLOCK: Final = r"\d{1,2}(?:[.:]\d{2})?"
_TIME: Final = rf"(?:(?:um|ab|von)\s+)?{_CLOCK}(?:\s*Uhr)?(?:\s*(?:–|-|bis)\s*{_CLOCK})?\s*Uhr"
# One programme line: a bullet, the weekday, the date, its time, and after a separator the title.
_ENTRY: Final = re.compile(
    rf"^[\s•*·▪►–-]*(?:(?P<wd>{_WEEKDAY}),?\s+(?:den\s+)?)?(?P<date>{_DATE})(?:\s*,?\s*(?P<time>{_TIME}))?"
    rf"\s*(?:(?:[:|]|\s[–-]\s|,|(?=\())\s*(?P<rest>.*?))?\s*\.?$"
)
# The source marks its list as a selection ("Rahmenprogramm (Auswahl):", "unter anderem"): the
# summary may then not count it as all there is.
_SELECTION: Final = re.compile(
    r"\b(?:Auswahl|unter anderem|u\.\s?a\.|zum Beispiel|z\.\s?B\.|beispielsweise|darunter|etwa|weitere)\b", re.I
)
# A title is cut at its first separator: the subtitle after a dash or colon, a note in brackets, an
# addition after a comma are details the short line leaves out (the title before them stays true).
_TITLE_CUT: Final = re.compile(r"\s[–-]\s|:\s|;\s|,\s|\s\(")
_TITLE_WORDS: Final = 7
# After a comma, the rest of a list: items up to an "und", "oder" or "sowie" before the next separator.
_ENUMERATION: Final = re.compile(r"[^–:;()]*?\b(?:und|oder|sowie)\b")
_ATTACHED: Final = re.compile(r"\s(?:in|im|mit|von|vom|bei|beim|für|zum|zur|durch|auf|über|unter)\s")
# A word that changes what the title says about the event: a title with one is said whole or not at all.
_LIMITING: Final = re.compile(r"\b(?:kein\w*|nicht|nur|ohne|abgesagt|entfällt|fällt)\b", re.I)


@dataclass(frozen=True, slots=True)
class Programme:
    """An intro line and its items (each with a date-only form if its title fails a check), and the days."""

    intro: str
    items: tuple[str, ...]
    plain: tuple[str, ...]
    days: tuple[date, ...]
    lines: tuple[int, ...]  # the positions of the source sentences the list stands for


@dataclass(frozen=True, slots=True)
class _Entry:
    day: date
    time: str | None
    title: str | None


def programme(sentences: Sequence[SourceSentence], issued: date | None) -> Programme | None:
    """The first run of at least two programme lines (date first), read as one list; None if none is clear."""
    index = 0
    while index < len(sentences):
        run, used = _run(sentences, index, issued)
        # Dates to come only: a dated list of what happened (a police week's incidents, a club's
        # season review) is no list of "Termine".
        ahead = issued is None or all(e.day >= issued for e in run)
        if len(run) >= 2 and len({e.day for e in run}) >= 2 and ahead:
            if any(called_off(sentences[at].text) for at in used):
                # An item "– entfällt", "(abgesagt)", "verschoben": the list is said whole or not at
                # all, and a cancelled date must not stand as a "Termin" (omission over error).
                return None
            intro = sentences[index - 1].text if index > 0 else ""
            after = sentences[used[-1] + 1].text if used[-1] + 1 < len(sentences) else ""
            # "Rahmenprogramm (Auswahl):" before, "und weitere Termine" right after: a selection.
            selection = (
                bool(_SELECTION.search(intro) and intro.rstrip().endswith(":"))
                or bool(re.match(r"^(?:und|sowie)?\s*weitere\b", after.strip(), re.I))
                or _inside_longer_list(sentences, index, used[-1])
            )
            # "Die weiteren Vorstellungen:": the dates after one the release names elsewhere (the
            # premiere): "Es gibt fünf weitere Termine", never five in all (judged wrong: six).
            # "folgende Fortsetzungstermine:", "Folgetermine:": the dates after a first one named before (a
            # trial's continuation days, Duden: Fortsetzung) are further dates too (blind judgement, session 32).
            further = bool(
                re.search(r"\bweitere[nmrs]?\b|Fortsetzungs\w*|\bFolge(?:termin|tag)\w*", intro, re.I)
                and intro.rstrip().endswith(":")
            )
            return _programme(run, used, issued, selection=selection, further=further)
        index = (used[-1] + 1) if used else index + 1
    return None


def _inside_longer_list(sentences: Sequence[SourceSentence], first: int, last: int) -> bool:
    """The run is only part of its bulleted list: an item of the same list stands right before or after it.

    A programme list mixes dated items with weekly or daily ones ("jeden Samstag, 16 Uhr: …",
    "täglich: …"); the dated run between them is a selection, and "Es gibt drei Termine" would count
    only part of the list (judged wrong: six highlights). List items are blocks of one paragraph whose
    sentences all stand at position 0; an intro line ending in a colon is no item.
    """

    def item_of_same_list(at: int, of: int) -> bool:
        """Whether sentence ``at`` is another item of the list that sentence ``of`` is an item of."""
        if not 0 <= at < len(sentences):
            return False
        near, here = sentences[at], sentences[of]
        same = near.paragraph == here.paragraph and near.position == here.position == 0
        return same and not near.text.rstrip().endswith(":")

    return item_of_same_list(first - 1, first) or item_of_same_list(last + 1, last)


def _run(sentences: Sequence[SourceSentence], start: int, issued: date | None) -> tuple[list[_Entry], list[int]]:
    """The programme lines from ``start`` on, each with the title on its line or on the line after."""
    run: list[_Entry] = []
    used: list[int] = []
    index = start
    # The first item decides the layout: a date alone with its title on the next line (a block), or
    # one item a line. In a list of bare dates the sentence after the last date is no title of it.
    first = _entry(sentences[start].text, issued) if start < len(sentences) else None
    blocks = (
        first is not None
        and not first[2]
        and start + 1 < len(sentences)
        and _entry(sentences[start + 1].text, issued) is None
    )
    while index < len(sentences):
        read = _entry(sentences[index].text, issued)
        if read is None:
            break
        day, time, rest = read
        used.append(index)
        title = _short(rest) if rest else None
        if blocks and not rest and index + 1 < len(sentences) and _entry(sentences[index + 1].text, issued) is None:
            # The date on its own line and the title on the next (a programme block); the lines after
            # the title until the next date are details of this item.
            index += 1
            used.append(index)
            title = _short(sentences[index].text)
            details = _details(sentences, index + 1, issued)
            used.extend(range(index + 1, index + 1 + details))
            index += details
        run.append(_Entry(day, time, title))
        index += 1
    return run, used


def _details(sentences: Sequence[SourceSentence], start: int, issued: date | None) -> int:
    """How many short detail lines from ``start`` on stand before the next programme line (0 if none follows)."""
    for count in range(_DETAILS_MAX + 1):
        at = start + count
        if at >= len(sentences):
            return 0
        if _entry(sentences[at].text, issued) is not None:
            return count
        text = sentences[at].text
        if len(text.split()) > 25 or text.rstrip().endswith(":"):
            return 0
    return 0


def _entry(text: str, issued: date | None) -> tuple[date, str | None, str] | None:
    """(day, time, rest) of a line that opens with one date; None for any other line."""
    match = _ENTRY.match(text.strip())
    if match is None:
        return None
    moments = [m for m in find_moments(match["date"], issued) if not m.range_end]
    if len(moments) != 1:
        return None
    day = moments[0].day
    if match["wd"] and not WEEKDAYS_DE[day.weekday()].startswith(match["wd"].rstrip(".")):
        return None  # the source's weekday and its date disagree: no date is stated (omission over error)
    rest = (match["rest"] or "").strip()
    # "10:00 Uhr (Schulvorstellung)": a note in brackets after the time says what the date is for.
    rest = re.sub(r"^\((?P<note>[^()]+)\)$", r"\g<note>", rest)
    if find_moments(rest, issued):
        return None  # a second date on the line ("bis 20. Mai"): a span or a deadline, not one item
    time = _clock(match["time"]) if match["time"] else None
    return day, time, rest


def _clock(text: str) -> str | None:
    """ "19 Uhr", "ab 18 Uhr", "10 bis 17 Uhr" for the time of a programme line."""
    said = time_phrase(text)
    if said is None:
        return None
    ranged = re.fullmatch(r"von (?P<a>[\d:]+) Uhr bis (?P<b>[\d:]+) Uhr", said)
    if ranged:
        return f"{ranged['a']} bis {ranged['b']} Uhr"
    return said.removeprefix("um ")


def _short(text: str) -> str | None:
    """The title of a programme line before its first separator, when it is short and says it plainly."""
    text = re.sub(r"^[\s•*·▪►–-]+", "", text).strip()
    if not re.match(r"[A-ZÄÖÜ„\"]", text):
        return None  # "vorrangig für Schulklassen": a note on the date, not the name of an event
    cut = _outside_quotes(text, _TITLE_CUT)
    if cut is not None and text[cut:].startswith(", ") and _ENUMERATION.match(text[cut + 2 :]):
        # "Konzert mit Chor, Orchester und Solisten": the comma joins a list, and a title cut there
        # would say the list's first item only (a cut list); the phrase before the list may stand.
        attached = _outside_quotes(text[:cut], _ATTACHED)
        if attached is None:
            return None
        cut = attached
    title = text[:cut].strip(" ,;:.–-") if cut is not None else text.strip(" ,;:.–-")
    if not title or _LIMITING.search(title) or title.count("„") != title.count("“"):
        return None
    if len(title.split()) > _TITLE_WORDS:
        # "Vortrag „…“ in Kooperation mit der Volkshochschule": the noun phrase before its first
        # attached phrase names the event still (the head noun and its title stay true).
        cut = _outside_quotes(title, _ATTACHED)
        title = title[:cut].strip() if cut is not None else title
    if len(title.split()) > _TITLE_WORDS or "(" in title:
        return None
    return title


def _outside_quotes(text: str, pattern: re.Pattern[str]) -> int | None:
    """The start of the first match of ``pattern`` that is not inside „…“ (a quoted title stays whole)."""
    for match in pattern.finditer(text):
        before = text[: match.start()]
        if before.count("„") == before.count("“"):
            return match.start()
    return None


def _said(day: date, time: str | None, issued: date | None) -> str:
    """ "Donnerstag, 8. Oktober, 18 Uhr": the year only where it is not the release's."""
    year = "" if issued is not None and day.year == issued.year else f" {day.year}"
    return f"{WEEKDAYS_DE[day.weekday()]}, {day.day}. {MONTHS_DE[day.month - 1]}{year}" + (f", {time}" if time else "")


def _programme(
    run: list[_Entry], used: list[int], issued: date | None, *, selection: bool, further: bool = False
) -> Programme:
    """A run of dates as a programme: its intro with the count, its items and days."""
    plain = [_said(e.day, e.time, issued) for e in run]
    items = [
        f"{p}: {e.title}" if e.title and len(f"{p}: {e.title}".split()) <= _ITEM_WORDS else p
        for p, e in zip(plain, run, strict=True)
    ]
    days = tuple(e.day for e in run)
    count = _COUNT_WORDS.get(len(run), str(len(run)))
    if selection:
        # The source gives some dates only: said as examples, with no count (omission over error).
        intro = "Weitere Termine sind zum Beispiel:" if further else "Termine sind zum Beispiel:"
        keep = min(len(run), _ITEMS_MAX)
    elif len(run) > _ITEMS_MAX:
        intro, keep = f"Es gibt {count}{' weitere' if further else ''} Termine. Zum Beispiel:", _EXAMPLES
    else:
        intro, keep = f"Es gibt {count}{' weitere' if further else ''} Termine:", len(run)
    return Programme(intro, tuple(items[:keep]), tuple(plain[:keep]), days, tuple(used))


# The parts of a "Wann:" value that each name one day with its own time ("Freitag, 4. September, ab 17
# Uhr, und Samstag, 5. September, ab 11 Uhr"): split before each weekday or date that follows "und" or ";".
_PART: Final = re.compile(
    rf"(?:,?\s+und\s+|;\s*)(?=(?:{_WEEKDAY}),?\s+(?:den\s+)?\d|\d{{1,2}}\.\s*(?:{_MONTH}|\d))"
    rf"|,\s+(?=(?:{_WEEKDAY}),?\s+(?:den\s+)?\d)"
)


def event_days(value: str, issued: date | None, noun: str | None = None) -> Programme | None:
    """The days of a multi-day event from its labelled time ("Wann: …"), each with its own time.

    Each part names one day; what follows its time in the part ("(Gottesdienst)", "Festumzug um 14 Uhr")
    is a detail left out. Any part that is not one plain day makes the whole value unread: a list
    of days cut to those that could be read would hide a day of the event.
    """
    if called_off(value):
        return None  # "Freitag, 4. September (abgesagt), und …": no day of it is said as a day it takes place
    parts = _PART.split(value.strip().rstrip("."))
    if len(parts) < 2:
        return None
    entries: list[_Entry] = []
    for part in parts:
        match = re.match(
            rf"^(?:(?P<wd>{_WEEKDAY}),?\s+(?:den\s+)?)?(?P<date>{_DATE})(?:\s*,?\s*(?P<time>{_TIME}))?", part.strip()
        )
        if match is None:
            return None
        read = _entry(match.group(0), issued)
        if read is None:
            return None
        entries.append(_Entry(read[0], read[1], None))
    if len({e.day for e in entries}) != len(entries):
        return None
    plain = tuple(_said(e.day, e.time, issued) for e in entries)
    count = _COUNT_WORDS.get(len(entries), str(len(entries)))
    intro = f"{noun} ist an {count} Tagen:" if noun else f"Es gibt {count} Termine:"
    return Programme(intro, plain, plain, tuple(e.day for e in entries), ())


def plainer_items(
    items: tuple[str, ...], plain: tuple[str, ...], passes: Callable[[str], bool], restyle: Callable[[str], str]
) -> tuple[str, ...]:
    """Each item, or its plain form (the date alone) where the item fails a check: the list stays whole."""
    if len(plain) != len(items):
        return items
    return tuple(item if passes(item) else restyle(simple) for item, simple in zip(items, plain, strict=True))


# Between two dates of one coordinated run in prose: a comma, "und", "sowie" and the next weekday.
_BETWEEN: Final = re.compile(rf"^\s*(?:,|und|sowie|,\s*und)?\s*(?:(?:am|den)\s+)?(?:(?:{_WEEKDAY}),?\s+(?:den\s+)?)?$")
# A bound of a period ("bis 2. April", "ab dem 5. März") or a deadline: the dates are no series.
_NO_SERIES: Final = re.compile(
    rf"\b(?:bis|ab|seit|vom)\s+(?:zum\s+|dem\s+|den\s+)?(?:(?:{_WEEKDAY}),?\s+)?\d{{1,2}}\.\s*(?:{_MONTH}|\d)"
    r"|\b(?:Anmeld\w*|Frist\w*|spätestens|Bewerbung\w*)\b"
)
# "jeweils um 19 Uhr", "jeweils von 10 bis 12 Uhr": the one time of every date of the run.
_EACH_TIME: Final = re.compile(rf"\bjeweils\s+(?P<t>{_TIME})")


def prose_dates(sentences: Sequence[SourceSentence], issued: date | None) -> Programme | None:
    """The dates of a series told in one sentence ("am 5. März, 19. März und 2. April, jeweils um 19 Uhr").

    Only a run of at least two days coordinated by commas and "und", all on or after the release's
    day, in a sentence that names no deadline or span: the series' dates (German date convention),
    with the time the sentence gives for each ("jeweils"). Any other sentence with several dates is
    left to the other finders.
    """
    for index, sentence in enumerate(sentences):
        text = sentence.text
        if sentence.speech or _NO_SERIES.search(text) or not_held(text):
            # "Der Kurs fällt am 5. und 19. März aus", "ist … geschlossen": days without the event.
            continue
        found = [m for m in find_moments(text, issued) if not (m.range_end or m.range_start or m.until)]
        if len(found) < 2 or len({m.day for m in found}) != len(found):
            continue
        if issued is None or any(m.day < issued for m in found):
            continue
        spans = [match for match in re.finditer(_DATE, text)]
        if len(spans) != len(found):
            continue
        if not all(_BETWEEN.match(text[a.end() : b.start()]) for a, b in itertools.pairwise(spans)):
            continue
        if any(_wrong_weekday(text[: span.start()], m.day) for span, m in zip(spans, found, strict=True)):
            continue  # the source's weekday and its date disagree: no date is stated (omission over error)
        each = _EACH_TIME.search(text)
        time = _clock(each["t"]) if each else None
        entries = [_Entry(m.day, time, None) for m in found]
        return _programme(entries, [index], issued, selection=False)
    return None


def _wrong_weekday(before: str, day: date) -> bool:
    """The weekday written right before a date is not the date's own."""
    named = re.search(rf"\b(?P<wd>{_WEEKDAY}),?\s+(?:den\s+)?$", before)
    return named is not None and not WEEKDAYS_DE[day.weekday()].startswith(named["wd"].rstrip("."))


# One line of a day's programme: its time first ("14:30 Uhr – Führung …", "ab 17 Uhr: Live-Musik").
_TIMED: Final = re.compile(rf"^[\s•*·▪►–-]*(?P<time>(?:ab\s+)?{_TIME})\s*(?:[:|]|\s[–-]\s|\s{{2,}})\s*(?P<rest>\S.*)$")
# Where a second timed item starts inside one line: a time and its dash after a word.
_NEXT_TIMED: Final = re.compile(rf"(?:(?<=\s)|^)(?:ab\s+)?{_CLOCK}(?:\s*Uhr)?(?:\s*(?:–|-|bis)\s*{_CLOCK})?\s*Uhr\s+[–-]\s")
_TIMED_MIN: Final = 3  # two timed lines are a start and an end, not a programme


def day_programme(sentences: Sequence[SourceSentence]) -> Programme | None:
    """A one-day event's timed programme under its intro ("Programm des Festes am Samstag:").

    Programme convention: the intro names the programme or the day and ends with a colon, each line
    opens with its time. Said as "Das Programm ist:" and each time with its short title; a line
    that is not a timed item ends the list, and a list of fewer than three items is none.
    """
    for index, sentence in enumerate(sentences[:-1]):
        intro = sentence.text.rstrip()
        if not intro.endswith(":") or not re.search(r"\bProgramm|\bAblauf", intro):
            continue
        entries: list[tuple[str, str | None]] = []
        used: list[int] = []
        for at in range(index + 1, len(sentences)):
            # Two programme lines the layout ran together ("16 Uhr – Führung ab 17 Uhr – Musik") are
            # read apart: each item keeps its own time, and none hides the next one in its title.
            text = sentences[at].text.strip()
            starts = [m.start() for m in _NEXT_TIMED.finditer(text)] or [0]
            parts = [text[a:b] for a, b in itertools.pairwise([*starts, len(text)])]
            read = [_TIMED.match(part.strip()) for part in parts]
            if not read or read[0] is None:
                break
            if called_off(text):
                return None  # a programme point "entfällt": the programme is said whole or not at all
            for match in read:
                time = _clock(match["time"]) if match is not None else None
                if match is None or time is None:
                    return None  # a line only partly read: the list would be cut (omission over error)
                if match["time"].startswith("ab") and not time.startswith("ab"):
                    time = f"ab {time}"
                entries.append((time, _short(match["rest"])))
            used.append(at)
        if len(entries) < _TIMED_MIN:
            continue
        items = tuple(
            f"{time}: {title}" if title and len(f"{time}: {title}".split()) <= _ITEM_WORDS else time
            for time, title in entries
        )
        # A programme point is its title: a time alone ("- 11:30 Uhr") says nothing and reads as a
        # broken line, so a programme whose point cannot be said whole is left out, and no item
        # falls back to its bare time (plainer_items) — unlike a list of dates, where the date is the fact.
        if any(item == time for item, (time, _) in zip(items, entries, strict=True)):
            continue
        plain = items
        if len(items) > _ITEMS_MAX:
            count = _COUNT_WORDS.get(len(items), str(len(items)))
            return Programme(
                f"Es gibt {count} Programm·punkte. Zum Beispiel:", items[:_EXAMPLES], plain[:_EXAMPLES], (), tuple(used)
            )
        return Programme("Das Programm ist:", items, plain, (), tuple(used))
    return None
