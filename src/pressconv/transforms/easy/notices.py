"""Service notices: when a closure or a change begins and ends, and what runs in its place."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from pressconv.transforms.easy.dates import format_date
from pressconv.transforms.easy.when import WEEKDAYS_DE, find_moments

__all__ = ["notice_lines"]

# "Die Sperrung beginnt am Montag, 3. Mai, und endet am Freitag, 7. Mai.": two predicates sharing one
# subject (German coordination of verb phrases, Duden grammar: "Koordination"). Each becomes a main
# clause of its own with the subject repeated. The subject is a plain noun phrase of the sender's
# own sentence (article + noun, an optional number: "Die Linie 4"); a pronoun would point outside.
_BEGINS_ENDS: Final = re.compile(
    r"^(?P<subj>(?:Die|Der|Das)\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+\d{1,3})?)\s+(?:beginnt|startet)\s+(?P<first>.+?)"
    r"\s+und\s+(?:endet|schließt)\s+(?P<hedge>voraussichtlich\s+)?(?P<second>.+?)[.!]?$"
)
# Negation or a condition makes a period uncertain: such a sentence is left to the source rules.
_UNSURE: Final = re.compile(r"\b(?:nicht|kein\w*|falls|wenn|sofern|eventuell|möglicherweise)\b", re.I)
# Replacement transport (public-transport convention: "Ersatzverkehr mit Bussen", "Ersatzbusse",
# "Schienenersatzverkehr"), with the two ends of its route where the same phrase names them.
_REPLACEMENT: Final = re.compile(r"\b(?:Schienen)?[Ee]rsatz(?:verkehr\s+mit\s+Bussen|busse?n?)\b|\bSchienenersatzverkehr\b")
_ROUTE: Final = re.compile(
    r"\b(?:[Ee]rsatz\w*|Bussen)\b[^.;:]{0,30}?\bzwischen\s+(?:den\s+Haltestellen\s+|dem\s+|der\s+)?"
    r"(?P<a>[A-ZÄÖÜ][\wäöüß-]+)\s+und\s+(?:dem\s+|der\s+)?(?P<b>[A-ZÄÖÜ][\wäöüß-]+)(?=[\s.,;:]|$)"
)


def _day(moment_day: date) -> str:
    """The day as "Montag, 4. Mai 2026": weekday and long date."""
    return f"{WEEKDAYS_DE[moment_day.weekday()]}, {format_date(moment_day, 'de')}"


def _one_day(part: str, issued: date | None) -> tuple[date, str | None] | None:
    """The one date of a clause part and its time; None when it names none, several or a span."""
    moments = find_moments(part, issued)
    if len(moments) != 1 or moments[0].range_start or moments[0].range_end or moments[0].until:
        return None
    return moments[0].day, moments[0].time


def period(sentence: str, issued: date | None) -> tuple[list[str], list[date]]:
    """ "Die Sperrung beginnt am Montag, 3. Mai 2027." and "Die Sperrung endet am …" (or "soll … enden")."""
    match = _BEGINS_ENDS.match(sentence.strip())
    if match is None or _UNSURE.search(sentence):
        return [], []
    first, second = _one_day(match["first"], issued), _one_day(match["second"], issued)
    if first is None or second is None or second[0] < first[0]:
        return [], []
    subject = match["subj"]
    start = f"{subject} beginnt am {_day(first[0])}"
    start += f" {first[1]}." if first[1] and first[1].startswith("um ") else "."
    # "voraussichtlich": the end is planned, not certain; "soll" keeps that (no false certainty).
    end = f"{subject} soll am {_day(second[0])} enden." if match["hedge"] else f"{subject} endet am {_day(second[0])}."
    return [start, end], [first[0], second[0]]


def replacement(texts: list[str]) -> list[str]:
    """ "Es fahren Ersatzbusse." and, where the phrase names it, "Die Ersatzbusse fahren zwischen A und B." """
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if not _REPLACEMENT.search(sentence) or _UNSURE.search(sentence):
                continue
            lines = ["Es fahren Ersatzbusse."]
            route = _ROUTE.search(sentence)
            if route is not None:
                lines.append(f"Die Ersatzbusse fahren zwischen {route['a']} und {route['b']}.")
            return lines
    return []


# A supply cut of a utility (Stadtwerke convention: "Betroffen ist die Trinkwasserversorgung am Dienstag,
# 28. April, in der Zeit von ca. 8:00 Uhr bis voraussichtlich 15:00 Uhr", "Die Stromversorgung wird am
# … von 9 bis 12 Uhr unterbrochen"): which supply, which day, which hours. The supply noun is said
# plainly ("Trinkwasser" is the water from the tap: "Wasser·versorgung").
_SUPPLY: Final = re.compile(r"\b(?:Trink)?(?P<what>[Ww]asser|Strom|Gas|Fernwärme)versorgung\b")
_CUT: Final = re.compile(r"\b(?:unterbrochen|abgestellt|abgeschaltet|Unterbrechung|[Bb]etroffen)\b")
_HOURS: Final = re.compile(
    r"\bvon\s+(?P<a_about>ca\.\s*|etwa\s+)?(?P<a>\d{1,2})(?::(?P<am>\d{2}))?\s*(?:Uhr\s+)?bis\s+"
    r"(?P<hedge>voraussichtlich\s+)?(?P<b_about>ca\.\s*|etwa\s+)?(?P<b>\d{1,2})(?::(?P<bm>\d{2}))?\s*Uhr\b"
)
# What the two template lines cannot carry, so the sentence is left out (omission over error): a limiting
# word ("nur", "teilweise": the cut holds for part only), a modal of possibility ("kann es zu einer
# Unterbrechung kommen": no certain cut), a second time span ("zwischen 9 und 12 Uhr …, von 13 bis 14 Uhr
# …", "jeweils 30 Minuten"), and the places the cut holds for (streets, house numbers, districts: a
# place list would be lost and the cut said of everyone).
_NOT_WHOLE: Final = re.compile(
    r"\b(?:nur|teilweise|zeitweise|zeitweilig|kurzzeitig|jeweils|einzelne\w*|kann|können|könnte\w*|"
    r"möglich\w*|voraussichtlich\s+auch|zwischen|Hausnummer\w*|Ortsteil\w*|Stadtteil\w*|Gebiet\w*|"
    r"Bereich\w*|Haushalte?\w*|Anwohner\w*|Straßen?|Weg|Gasse|Platz)\b|"
    r"[a-zäöüß](?:straße|weg|gasse|platz|allee|ring|damm|ufer)\b"
)
_SUPPLY_NOUN: Final = {"wasser": "Wasser·versorgung", "strom": "Strom·versorgung", "gas": "Gas·versorgung"}


def _clock(hour: str, minutes: str | None, about: str | None) -> str:
    """ "etwa 8 Uhr", "8:30 Uhr": the source's time with its "ca." said as "etwa"."""
    said = f"{int(hour)}:{minutes} Uhr" if minutes and minutes != "00" else f"{int(hour)} Uhr"
    return f"etwa {said}" if about else said


def supply_cut(body: list[str], issued: date | None, title: str | None = None) -> tuple[list[str], list[date]]:
    """ "Die Wasser·versorgung ist am Dienstag, 28. April 2026, unterbrochen." and its hours, from one sentence.

    Each line names the supply itself, so neither leans on the other. Where the headline says the cut
    on the same day already, the day line would only repeat it: the hours stand alone.
    """
    for sentence in body:
        supply, cut, hours = _SUPPLY.search(sentence), _CUT.search(sentence), _HOURS.search(sentence)
        if supply is None or cut is None or hours is None or _UNSURE.search(sentence):
            continue
        if _NOT_WHOLE.search(sentence) or len(_HOURS.findall(sentence)) > 1 or len(re.findall(r"\bUhr\b", sentence)) > 2:
            continue
        noun = _SUPPLY_NOUN.get(supply["what"].lower())
        moments = [m for m in find_moments(sentence, issued) if not (m.range_start or m.range_end or m.until)]
        days = {m.day for m in moments}
        if noun is None or len(days) != 1 or int(hours["b"]) <= int(hours["a"]):
            continue
        day = days.pop()
        start = _clock(hours["a"], hours["am"], hours["a_about"])
        end = _clock(hours["b"], hours["bm"], hours["b_about"])
        # "bis voraussichtlich 15 Uhr": the end is planned, and "soll" keeps that (no false certainty).
        timed = (
            f"soll von {start} bis {end} unterbrochen sein."
            if hours["hedge"]
            else f"ist von {start} bis {end} unterbrochen."
        )
        lines = [f"Die {noun} {timed}"]
        told = title is not None and _SUPPLY.search(title) and _CUT.search(title)
        if not (told and day in {m.day for m in find_moments(title or "", issued)}):
            lines.insert(0, f"Die {noun} ist am {_day(day)}, unterbrochen.")
        return lines, [day]
    return [], []


def notice_lines(
    body: list[str], subtitle: str | None, issued: date | None, title: str | None = None
) -> tuple[list[str], list[date]]:
    """The period of a closure or change, and its replacement transport, as template sentences."""
    lines: list[str] = []
    days: list[date] = []
    for sentence in body:
        found, named = period(sentence, issued)
        if found:
            lines.extend(found)
            days.extend(named)
            break
    if not lines:
        lines, days = supply_cut(body, issued, title)
    lines.extend(replacement([*([subtitle] if subtitle else []), *body]))
    return lines, days
