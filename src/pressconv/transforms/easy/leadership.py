"""Who takes over the leadership of which body, from when: "X übernimmt die Leitung des Y" said plainly.

Personnel releases announce a new head with one fixed phrase (German administrative and press
convention): "<Name> übernimmt (kommissarisch) die Leitung des/der <Organisation>", often in the
headline, with the day in "mit Wirkung vom …", "zum …" or "ab …". The template says "<Name> leitet
(kommissarisch) das/die/den <Organisation>." The organisation's genitive becomes the accusative only
where the lexicon knows the head noun and its gender fits the article (no guessed declension); a
qualifier such as "kommissarisch" or "stellvertretend" is kept (easy-judging.md: an acting head is
no head). A negation, a plan ("soll", "könnte") or an unknown word before "die Leitung" refuses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from pressconv.transforms.easy.dates import format_date
from pressconv.transforms.easy.lexicon import lookup
from pressconv.transforms.easy.when import WEEKDAYS_DE, find_moments

__all__ = ["Leadership", "leadership", "start_line"]

_NAME: Final = (
    r"(?:(?:Prof\.|Dr\.|Professorin|Professor)\s+)*(?P<name>[A-ZÄÖÜ][a-zäöüßé]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+"
    r"[A-ZÄÖÜ][a-zäöüßé]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
)
# The words a headline or lead puts between "übernimmt" and "die Leitung": a qualifier of the role
# (kept) or a day (found separately); nothing else, so "übernimmt nicht" or "übernimmt vorerst
# nur" never pass.
_QUALIFIERS: Final = ("kommissarisch", "stellvertretend", "vorübergehend", "kommissarisch")
_TAKES_OVER: Final = re.compile(
    rf"(?:^|[.:]\s+){_NAME}\s+übernimmt\s+(?P<between>[^;:]{{0,40}}?)\bdie\s+Leitung\s+(?P<art>des|der)\s+"
    r"(?P<head>[A-ZÄÖÜ][a-zäöüß]+)(?P<rest>(?:\s+(?:für|in|im|am|an|zur|zum)\s+[A-ZÄÖÜ][\wäöüß-]*"
    r"(?:\s+(?:und|der|die|das|dem|den|für)\s+[A-ZÄÖÜ]?[\wäöüß-]+)*)?)(?=\s*(?:[,(.;–-]|$))"
)
_ACC: Final = {"der": "den", "die": "die", "das": "das"}
_DAY: Final = re.compile(
    r"\b(?:mit\s+Wirkung\s+(?:vom|zum)|zum|ab(?:\s+dem)?)\s+(?P<d>(?:[A-Z][a-z]+,?\s+(?:den\s+)?)?\d{1,2}\.\s*"
    r"(?:[A-ZÄÖÜ][a-zä]+|\d{1,2}\.)(?:\s*\d{4})?)"
)
_UNSURE: Final = re.compile(r"\b(?:nicht|kein\w*|soll|sollen|könnte|würde|falls|wenn|angeblich)\b")


@dataclass(frozen=True, slots=True)
class Leadership:
    """The sentence "<Name> leitet … <Organisation>." and the day the leadership begins (or None)."""

    line: str
    day: date | None


def _organisation(article: str, head: str, rest: str) -> str | None:
    """ "des Landesamtes für Umwelt" -> "das Landesamt für Umwelt" (accusative); None if unsure."""
    entry = lookup(head)
    if entry is None or entry.gender not in _ACC or entry.role:
        return None
    if (article == "der") != (entry.gender == "die"):
        return None  # "der" is feminine genitive, "des" masculine or neuter (German declension)
    base = entry.forms[0] if entry.forms else head.lower()
    if not head.lower().startswith(base):
        return None  # an umlaut plural or another form: the declension is not a plain ending
    nominative = head[: len(base)]
    if re.search(r"\b(?:des|eines|einer)\b", rest):
        return None  # a genitive inside the rest would need its own rewrite
    return f"{_ACC[entry.gender]} {nominative}{rest}"


def _common(word: str) -> bool:
    """A word the lexicon lists as a role or an adjective ("Leiterin", "Neue"), not a name."""
    entry = lookup(word)
    return word.lower() in ("neue", "neuer", "neues", "unsere", "unser") or (entry is not None and entry.role)


def _day(texts: list[str], surname: str, issued: date | None) -> date | None:
    """The one day the texts that name the person give for the start ("mit Wirkung vom 1. Februar")."""
    days = set()
    for text in texts:
        if surname not in text:
            continue
        for match in _DAY.finditer(text):
            moments = find_moments(match["d"], issued)
            if len(moments) == 1:
                days.add(moments[0].day)
    return days.pop() if len(days) == 1 else None


def leadership(heads: list[str], body: list[str], issued: date | None) -> Leadership | None:
    """The plain leadership sentence and its start day, from the headline or the lead."""
    for text in [*heads, *body[:4]]:
        match = _TAKES_OVER.search(text)
        if match is None or _UNSURE.search(text):
            continue
        # "Neue Leiterin übernimmt …": a role noun or an adjective is no name (the lexicon knows it).
        if any(_common(word) for word in match["name"].split()):
            continue
        # Between the verb and "die Leitung" only a day and one qualifier may stand.
        qualifier = _DAY.sub("", match["between"]).replace("ab sofort", "").split()
        if len(qualifier) > 1 or any(w not in _QUALIFIERS for w in qualifier):
            continue
        day = _day([text, *body], match["name"].split()[-1], issued)
        organisation = _organisation(match["art"], match["head"], match["rest"])
        if organisation is None:
            continue
        line = f"{match['name']} leitet {qualifier[0] + ' ' if qualifier else ''}{organisation}."
        return Leadership(line, day)
    return None


def start_line(day: date, issued: date | None) -> str:
    """ "Die neue Aufgabe beginnt am Sonntag, 1. Februar 2026." (or "hat … begonnen" after the release day)."""
    named = f"{WEEKDAYS_DE[day.weekday()]}, {format_date(day, 'de')}"
    if issued is not None and day < issued:
        return f"Die neue Aufgabe hat am {named}, begonnen."
    return f"Die neue Aufgabe beginnt am {named}."
