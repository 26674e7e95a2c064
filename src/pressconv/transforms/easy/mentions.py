"""Sentences of one event: introduced before "Der X …", time and place said once, nothing the title says.

The fact templates name an event with the definite article ("Der Brand war am Montag.", "Der Brand
war in einem Wohnhaus."). German marks a referent as known with the definite article (Duden
grammar), so a summary that never introduced the event points at nothing (easy-judging.md, item 3),
and the same subject and copula three times in a row is padding a reader must wade through (last
blind judgement: "Der Brand war …" three times, the place three times). This step works on the
verified lines and only joins, introduces or leaves out; every word comes from a line or the title.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from pressconv.transforms.easy.limits import HARD_LIMIT
from pressconv.transforms.easy.style import introduced_failures
from pressconv.transforms.easy.templates import Line

__all__ = ["said_once", "without_repeated_free"]

# "Der Brand war am Montag." / "Die Feier ist in der Halle.": the copula frame of an event's time or
# place line. The noun is one word (a compound may carry the Mediopunkt); "sind"/"waren" (plural,
# "Die A und B") are not joined: a list subject has no one article to introduce it by.
_FRAME: Final = re.compile(r"^(?P<art>Der|Die|Das) (?P<noun>[A-ZÄÖÜ][\w·\-]*) (?P<verb>ist|war) (?P<pred>.+?)\.$")
_TIME_START: Final = re.compile(r"^(?:am|vom|von|ab|um|bis|seit)\b")
_DAY: Final = re.compile(r"\d|\b(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b")
_PLACE_START: Final = re.compile(r"^(?:in|im|an|auf|bei|beim|vor|zwischen)\b")
# The date apposition of a time phrase ("am Montag, 4. Mai 2026") ends with a comma before what
# follows in the same sentence (German comma rules, § 77 of the official rules: the apposition).
_DATE_APPOSITION: Final = re.compile(r",\s*\d{1,2}\.\s*\w+(?:\s+\d{4})?$")
# The indefinite article in the accusative after "Es gibt" / "Es hat … gegeben", by the nominative
# definite article of the line (Duden grammar, declension of "ein").
_INTRODUCE: Final = {"Der": "einen", "Die": "eine", "Das": "ein"}


def _plain(text: str) -> str:
    """The text in lower case, without Mediopunkts, for comparing words."""
    return text.replace("·", "").lower()


def said_once(kept: list[Line], title: str) -> list[Line]:
    """The template lines of one event: a place the title names left out, time and place joined, the event introduced.

    Only lines of the fact templates (origin "template") are touched: their frame is known, a source
    sentence's is not. A join happens only within the word limit; the introduction "Es gibt einen
    Festakt." / "Es hat einen Festakt gegeben." goes before the first line of an event that neither
    the title nor an earlier line names.
    """
    out: list[Line] = []
    firsts: dict[tuple[str, str], int] = {}  # (noun, verb) -> index in out of its first frame line
    for line in without_repeated_free(kept):
        match = _FRAME.match(line.text) if line.origin == "template" else None
        if match is None:
            out.append(line)
            continue
        pred = match["pred"]
        # "Der Brand war in der Jahn·straße." under "Es hat einen Brand in der Jahn·straße gegeben":
        # the title said it (a place phrase of the title, word for word).
        if _PLACE_START.match(pred) and f" {_plain(pred)}" in f" {_plain(title)}" and _plain(match["noun"]) in _plain(title):
            continue
        key = (match["noun"], match["verb"])
        if key in firsts:
            index = firsts[key]
            joined = _join(out[index].text, pred)
            if joined is not None:
                out[index] = replace(out[index], text=joined)
                continue
        else:
            firsts[key] = len(out)
            earlier = [title, *(k.text for k in out)]
            # Only a line with a date or weekday: a thing that "is on a day" is an event ("Der Festakt
            # war am Montag"); "Der Fahrer war in Altdorf" may be a person, whom "Es gibt" cannot introduce.
            dated = _TIME_START.match(pred) is not None and _DAY.search(pred) is not None
            if dated and introduced_failures(line.text, earlier):
                verb = "gibt" if match["verb"] == "ist" else "hat"
                intro = f"Es {verb} {_INTRODUCE[match['art']]} {match['noun']}{' gegeben' if verb == 'hat' else ''}."
                out.append(Line(intro, origin="template"))
                firsts[key] = len(out)
        out.append(line)
    return out


# "Der Eintritt kostet nichts." (a fact template) and "Der Eintritt ist frei." (the source's own
# sentence) say one thing: the ways German says "free of charge" (frei, kostenlos, gratis, umsonst,
# kostet nichts) are one predicate, so a second line with it and the same subject is repetition.
_FREE: Final = re.compile(
    r"^(?P<subject>(?:Der|Die|Das) [A-ZÄÖÜ][\w·\-]*) (?:ist (?:frei|kostenlos|gratis|umsonst)|kostet nichts)\.$"
)


def without_repeated_free(kept: list[Line]) -> list[Line]:
    """The lines without a second "free of charge" line for the same subject (``_FREE``)."""
    out: list[Line] = []
    said: set[str] = set()
    for line in kept:
        match = _FREE.match(line.text)
        if match is not None:
            subject = _plain(match["subject"])
            if subject in said:
                continue
            said.add(subject)
        out.append(line)
    return out


def _join(first: str, pred: str) -> str | None:
    """ "Der Brand war in einem Wohnhaus." + "am Montag, 4. Mai" -> "Der Brand war am Montag, 4. Mai, in einem Wohnhaus."

    Time before place (German word order, temporal before local); one time and one place phrase at
    most, and never over the word limit.
    """
    match = _FRAME.match(first)
    if match is None:
        return None
    have = match["pred"]
    if _TIME_START.match(have) and _PLACE_START.match(pred):
        time, place = have, pred
    elif _PLACE_START.match(have) and _TIME_START.match(pred):
        time, place = pred, have
    else:
        return None
    if "," in place:
        return None  # a place with its own apposition: the joined sentence would read as a list
    comma = "," if _DATE_APPOSITION.search(time) else ""
    text = f"{match['art']} {match['noun']} {match['verb']} {time}{comma} {place}."
    return text if len(text.split()) <= HARD_LIMIT else None
