"""A value said with "der/die/das" that is only one of several values the source gives for that noun.

A definite noun phrase presents its referent as the only one the reader needs (Duden grammar: the
definite article marks a referent as unique in context). A release that lists the same quantity for
several things ("Strom: … Der Grundpreis bleibt bei 12,40 Euro." and "Erdgas: … der Grundpreis
bleibt bei 16,20 Euro"; "Der Eintritt kostet 8 Euro, für Kinder kostet der Eintritt 3 Euro") keeps
the values apart by a qualifier: a section label, a "für"-phrase, a heading. A summary sentence
that opens with the noun and one of the values, but without a word that tells it from its sibling,
makes that value sound like the only one (judge21b: the electricity basic charge read as the basic
charge). Such a sentence is refused (omission over error); one that carries its own qualifier ("Der
Grundpreis für Strom …") names a word the sibling's clause lacks and stays.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Final

__all__ = ["sibling_value"]

# The definite subject at the sentence's start (article, attributive adjectives, the noun) and a verb
# that gives its value ("kostet", "bleibt bei", "steigt auf", "beträgt"): the noun names a quantity.
# An agent's verb ("Die Stadt investiert 2 Millionen Euro") gives no value of the noun itself.
_SUBJECT: Final = re.compile(
    r"^(?:Der|Die|Das) (?:[a-zäöüß][\w-]* )*(?P<noun>[A-ZÄÖÜ][\wäöüß-]+) "
    r"(?:kostet|kosten|beträgt|betragen|liegt|liegen|bleibt|bleiben|steigt|steigen|sinkt|sinken|fällt|fallen|"
    r"ist|sind|macht|machen|beläuft sich|belaufen sich|erhöht sich|verringert sich)\b"
)
# Units whose numbers are values of a quantity (money, rates, measures); dates and times are
# left to the date checks.
_UNIT: Final = (
    r"(?:Euro|€|EUR|Cent|ct|Prozent|%|Meter|m|Kilometer|km|Liter|l|Grad|°C|Kilowattstunden?|kWh|"
    r"Quadratmeter|m²|Kilogramm|kg|Tonnen?)"
)
_SCALE: Final = r"(?:tausend|Tausend|Millionen|Million|Mio\.?|Milliarden|Milliarde|Mrd\.?)"
# "mehr als 5 tausend Euro", "13,50 €", "1.250 Euro", "31,4 Mio. €".
_VALUE: Final = re.compile(
    rf"(?P<more>mehr als )?(?<![\d.,])(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d+)(?:,(?P<dec>\d+))?"
    rf"(?: (?P<scale>{_SCALE}))?\s?(?={_UNIT}(?![\wäöüß]))"
)
# A total ("insgesamt", "zusammen") is no sibling of its parts; a value "je"/"pro" item is no sibling of a whole.
_TOTAL: Final = re.compile(r"\b(?:insgesamt|zusammen|gesamt|alle)\b", re.I)
_EACH: Final = re.compile(r"\b(?:je|jeweils|pro)\b", re.I)
_SCALES: Final = {"tausend": 1000, "million": 10**6, "millionen": 10**6, "mio": 10**6, "mio.": 10**6}
_SCALES.update({"milliarde": 10**9, "milliarden": 10**9, "mrd": 10**9, "mrd.": 10**9})
# Words every value clause may hold: units, time words, the article and such.
_NEUTRAL: Final = frozenset({"Euro", "Cent", "Prozent", "Monat", "Jahr", "Woche", "Tag", "Der", "Die", "Das"})


def _values(text: str) -> list[tuple[Decimal, Decimal]]:
    """Each value of ``text`` as a range: "mehr als 5 tausend" is anything from 5000 below 6000."""
    found: list[tuple[Decimal, Decimal]] = []
    for match in _VALUE.finditer(text):
        try:
            number = Decimal(match["n"].replace(".", "") + (f".{match['dec']}" if match["dec"] else ""))
        except InvalidOperation:
            continue
        scale = _SCALES.get((match["scale"] or "").lower(), 1)
        low = number * scale
        # amounts.py says "rund 5.200" as "mehr als 5 tausend": any number of that thousand.
        high = low + scale - Decimal("0.01") if match["more"] and scale > 1 else low
        found.append((low, high))
    return found


def _clauses(source: str) -> list[str]:
    """The source cut into clauses: at sentence ends, lines, semicolons and commas."""
    return [c for c in re.split(r"(?<=[.!?])\s+|\n|;|,\s(?!\d)", source) if c.strip()]


def _nouns(text: str) -> set[str]:
    """The text's capitalised words in lower case, without the neutral ones."""
    return {w.lower() for w in re.findall(r"\b[A-ZÄÖÜ][\wäöüß-]+", text.replace("·", "")) if w not in _NEUTRAL}


def sibling_value(sentence: str, source: str) -> str | None:
    """The source clause with another value for the noun ``sentence`` opens with, when nothing tells them apart.

    The noun is matched as a word of its own or as a compound's last part ("Strom-Grundpreis"), in
    any inflected form. A clause whose values include one of the sentence's is the sentence's own
    fact (an overview line that repeats it), not a sibling.
    """
    plain = sentence.replace("·", "")
    subject = _SUBJECT.match(plain)
    if subject is None or _TOTAL.search(plain):
        return None  # "Der Preis ist insgesamt mit 5.000 Euro dotiert": the sum of its parts, not one of them
    own = _values(plain)
    if not own:
        return None
    noun = subject["noun"].lower()
    stem = noun[:-1] if len(noun) > 5 and noun.endswith("e") else noun
    mention = re.compile(rf"{re.escape(stem)}(?:e|es|s|n|en|er)?\b", re.I)
    qualifiers = _nouns(plain) - {noun}
    for clause in _clauses(source):
        if not mention.search(clause):
            continue
        values = _values(clause)
        if _EACH.search(clause):
            continue  # "je 2.500 Euro": a value per item, another quantity than the whole's
        if not values or any(lo <= v_lo <= hi for lo, hi in own for v_lo, _ in values):
            continue
        # The sentence's own qualifier ("für Strom", "für Erwachsene") is a word the sibling lacks.
        if qualifiers - _nouns(clause):
            continue
        return clause.strip()
    return None
