"""A public phone line said with its name and its hours: "Die Nummer vom Hitze·telefon ist:".

Authorities and firms set up named lines for the public ("ein Hitzetelefon eingerichtet", "Das
Servicetelefon ist … erreichbar", "ein Bürgertelefon unter … freigeschaltet"). The summary gave the
number under a bare "Die Telefonnummer ist:", so the reader did not learn that it is the heat
line, nor when someone answers (judged: "phone number without saying it is the hotline"). The name
is the source's own compound noun ending in "-telefon" (German compound convention: the head names
the thing, the line a reader calls), taken only from the one sentence that gives the number and
names one such line; the hours only where that sentence gives one weekday span and one time span
and no other time (a second span, "zusätzlich", a day off would be cut off: omission over error).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from pressconv.transforms.easy.source import split_sentences
from pressconv.transforms.easy.when import MONTH_PATTERN, WEEKDAYS_DE

__all__ = ["ServiceLine", "service_lines"]


@dataclass(frozen=True, slots=True)
class ServiceLine:
    """A phone number with the line's name ("Hitzetelefon") and, where plain, its weekly hours."""

    phone: str
    name: str
    hours: str | None = None  # "von Montag bis Freitag von 9 bis 15 Uhr"


# "Hitzetelefon", "Servicetelefon", "Service-Telefon", "Bürgertelefon": a compound whose head is
# "Telefon" (neuter); a bare "Telefon" or the reader's own "Mobiltelefon" names no line.
_LINE: Final = re.compile(r"\b(?P<name>[A-ZÄÖÜ][a-zäöüß]{2,}(?:telefon|-Telefon))\b")
_NOT_A_LINE: Final = re.compile(r"^(?:Mobil|Handy|Smart|Fest|Auto|Diensthandy)", re.I)
# A line that is no longer, not yet or not for everyone is not said as the reader's.
_NOT_NOW: Final = re.compile(r"\b(?:nicht|kein\w*|abgeschaltet|eingestellt|bisherige\w*|früher\w*|ehemalige\w*)\b")
_PHONE: Final = re.compile(r"(?:\+49[\d\s()/-]{6,}\d|\(0\d{2,5}\)\s?\d[\d\s/-]{3,}\d|\b0\d{2,5}[\s/-]+\d[\d\s/-]{3,}\d)")
_DAYS: Final = {day[:2].lower(): day for day in WEEKDAYS_DE}
_DAY: Final = rf"(?:{'|'.join(WEEKDAYS_DE)})s?|(?:{'|'.join(day[:2] for day in WEEKDAYS_DE)})\.?"
# "von Montag bis Freitag jeweils von 9 bis 15 Uhr", "montags bis freitags von 8:00 bis 16:00 Uhr",
# "(Mo–Fr 7–19 Uhr)": one weekday span and one time span.
_HOURS: Final = re.compile(
    rf"(?:\bvon\s+)?\b(?P<a>{_DAY})\s*(?:bis|–|-)\s*(?P<b>{_DAY})\s+(?:jeweils\s+)?(?:von\s+)?"
    r"(?P<t1>\d{1,2}(?::\d{2})?)\s*(?:bis|–|-)\s*(?P<t2>\d{1,2}(?::\d{2})?)\s*Uhr",
    re.I,
)
# Beside the span, another time, an exception, or a season or start ("vom 1. Juni bis 31. August",
# "ab Donnerstag", "in den Ferien"): said without it the hours would read as holding all year.
_TIME: Final = re.compile(
    rf"\d{{1,2}}(?::\d{{2}})?\s*Uhr|\b(?:zusätzlich|sowie|außer|nur|feiertags?|ab|vom|seit|während|Ferien|"
    rf"Sommer|Winter|{MONTH_PATTERN})\b|\b\d{{1,2}}\.\s*\d{{1,2}}\.",
    re.I,
)


def _day(word: str) -> str:
    """The full weekday name of a weekday word or its two-letter abbreviation ("Mo." -> "Montag")."""
    return _DAYS[word[:2].lower()]


def _hours(sentence: str) -> str | None:
    """ "von Montag bis Freitag von 9 bis 15 Uhr" where the sentence gives only that one span."""
    spans = list(_HOURS.finditer(sentence))
    if len(spans) != 1:
        return None
    span = spans[0]
    rest = sentence[: span.start()] + sentence[span.end() :]
    if _TIME.search(rest):
        return None  # another time or an exception beside the span: said whole or not at all
    t1, t2 = span["t1"].removesuffix(":00"), span["t2"].removesuffix(":00")
    return f"von {_day(span['a'])} bis {_day(span['b'])} von {t1} bis {t2} Uhr"


def service_lines(phones: Sequence[str], texts: Sequence[str]) -> tuple[ServiceLine, ...]:
    """The named public lines among ``phones``, from the paragraphs or sentences ``texts``.

    Every sentence that gives the number and names a line names the same one, and each names only
    that line and gives only that number; the hours come from such a sentence when it is the only one.
    """
    # Sentences as the summariser splits them ("Tel." and "20. April" end none); a sentence that ends
    # in a colon introduces the next ("… ein Bürgertelefon eingerichtet: Tel. …"): one statement.
    body = [part for text in texts for part in split_sentences(" ".join(text.split()), "de") if part]
    out: list[ServiceLine] = []
    for phone in phones:
        digits = re.sub(r"\D", "", phone)
        giving = [
            f"{body[i - 1]} {s}" if i and body[i - 1].rstrip().endswith(":") else s
            for i, s in enumerate(body)
            if digits and digits in re.sub(r"\D", "", s)
        ]
        named = [(s, _names(s)) for s in giving if _names(s)]
        if not named or len({name for _, names in named for name in names}) != 1:
            continue
        if any(len(names) != 1 or len(_PHONE.findall(s)) != 1 or _NOT_NOW.search(s) for s, names in named):
            continue
        name = next(iter(named[0][1]))
        out.append(ServiceLine(phone, name, _hours(named[0][0]) if len(named) == 1 else None))
    return tuple(out)


def _names(sentence: str) -> set[str]:
    """The names of the public lines a sentence speaks of ("Hitzetelefon", "Bürgertelefon")."""
    return {m["name"] for m in _LINE.finditer(sentence) if not _NOT_A_LINE.match(m["name"])}
