"""Amounts of money as a reader takes them: value, qualifiers and unit, checked against the source.

The money rescuer (money.py) says an amount again in a new sentence; this module reads amounts
("bis zu 30.000 Euro je Antrag", "zwischen 329 und 415 Euro", "rund 6,8 Mio. Euro"), writes them
the way amounts.py does ("30 tausend Euro"), and checks that every amount said is the source's own,
with the same qualifiers and unit (Netzwerk Leichte Sprache: numbers a reader can use; a summary
never states a wrong one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Final

__all__ = [
    "AMOUNT",
    "AMOUNT_RE",
    "CURRENCY",
    "ONE",
    "PERIOD",
    "PERIOD_UNIT",
    "Said",
    "amounts",
    "faithful",
    "plain",
    "read_amount",
]

# A number as press releases write money: "30.000", "1,98", "6,8" (before "Millionen"), "329".
_NUM: Final = r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?"
_SCALE: Final = r"(?:tausend|Millionen|Million|Milliarden|Milliarde)"
CURRENCY: Final = r"(?:Euro|EUR|€|Cent)"
# Words that change what an amount says; they are kept, and faithful() compares them with the source.
_QUALIFIER: Final = (
    r"(?:\b(?:bis zu|rund|etwa|ungefähr|circa|mindestens|höchstens|maximal|mehr als|über|unter|weniger als|"
    r"knapp|fast|ab|insgesamt|jeweils|nur|gut)\b|\bca\.)"
)
ONE: Final = rf"(?:(?:{_NUM})(?: {_SCALE})?|tausend)"
# One amount: qualifiers, then a single value or a range ("zwischen 329 und 415 Euro", "40 bis 80 Euro").
AMOUNT: Final = (
    rf"(?:{_QUALIFIER} )*(?:zwischen {ONE} und {ONE}|{ONE} bis (?:zu )?{ONE}|{ONE}) {CURRENCY}"
    r"(?: (?:je|pro) [A-ZÄÖÜ][\wäöüß]+| im (?:Monat|Jahr)| pro (?:Monat|Jahr|Stunde|Tag))?"
)
AMOUNT_RE: Final = re.compile(rf"(?<![\w,.])(?P<a>{AMOUNT})(?!\w)")
_NUMBER_WORDS: Final = {
    "eins": "1", "einen": "1", "zwei": "2", "drei": "3", "vier": "4", "fünf": "5", "sechs": "6", "sieben": "7",
    "acht": "8", "neun": "9", "zehn": "10", "elf": "11", "zwölf": "12", "zwanzig": "20", "fünfzig": "50",
    "hundert": "100",
}  # fmt: skip
_SCALES: Final = {
    "tausend": Decimal(1000),
    "million": Decimal(10) ** 6,
    "millionen": Decimal(10) ** 6,
    "milliarde": Decimal(10) ** 9,
    "milliarden": Decimal(10) ** 9,
}
# Qualifiers that say the same ("ca." and "rund" are both an approximation; "über" is "mehr als").
_SAME: Final = {
    "ca.": "etwa",
    "circa": "etwa",
    "ungefähr": "etwa",
    "rund": "etwa",
    "über": "mehr als",
    "maximal": "höchstens",
}


@dataclass(frozen=True, slots=True)
class Said:
    """One amount of money as a reader takes it: its values, its qualifiers and what it is per."""

    values: tuple[Decimal, ...]
    qualifiers: frozenset[str]
    per: str | None


def _value(number: str, scale: str | None, cent: bool) -> Decimal | None:
    """The amount's value in euros (scale and cents applied), or None for no number."""
    try:
        value = Decimal(number.replace(".", "").replace(",", ".")) if number else Decimal(1)
    except InvalidOperation:
        return None
    if scale:
        value *= _SCALES[scale.lower()]
    return value / 100 if cent else value


def read_amount(amount: str) -> Said | None:
    """The values, qualifiers and unit of one amount ("bis zu 30 tausend Euro je Antrag")."""
    cent = bool(re.search(r"\bCent\b", amount))
    values = []
    for match in re.finditer(rf"(?P<n>{_NUM})?(?: ?(?P<s>{_SCALE}))?", amount):
        if not match.group(0).strip():
            continue
        value = _value(match["n"] or "", match["s"], cent)
        if value is None:
            return None
        values.append(value)
    # "zwischen 329 und 415 Euro": a scale written once belongs to both ("2 bis 3 Millionen").
    scale = re.search(_SCALE, amount)
    if scale and len(values) == 2 and values[0] < values[1] / 100:
        values[0] *= _SCALES[scale.group(0).lower()]
    words = re.findall(_QUALIFIER, amount)
    qualifiers = frozenset(_SAME.get(w, w) for w in words)
    if re.search(r"\bzwischen\b", amount):
        qualifiers |= {"zwischen"}
    per = re.search(r"\b(?:je|pro|im) (\w+)$", amount)
    return Said(tuple(values), qualifiers, per.group(1) if per else None)


def _sourceamounts(source: str) -> list[Said]:
    """The amounts of the source sentence, number words ("fünf Euro") read as digits."""
    text = re.sub(
        r"\b(" + "|".join(_NUMBER_WORDS) + r")(?= (?:Euro|Cent|tausend|Millionen)\b)",
        lambda m: _NUMBER_WORDS[m.group(1)],
        source,
    )
    text = re.sub(r"\bMio\.", "Millionen", text)
    text = re.sub(r"\bMrd\.", "Milliarden", text)
    text = re.sub(r"(?<![\d.,])(\d{1,3}) (\d{3})(?= Euro| €)", r"\1.\2", text)  # "1 200 Euro" (DIN 5008 groups)
    text = re.sub(r"(?<=\d),(?:-+|00)(?= )", "", text)  # "2500,00 €", "30,- Euro"
    text = text.replace("€", "Euro").replace("EUR", "Euro")
    text = re.sub(r"\b(jedoch|aber) ", "", text)  # "höchstens jedoch 80.000 Euro": the qualifier is the amount's
    return [said for m in AMOUNT_RE.finditer(text) if (said := read_amount(m["a"])) is not None]


def faithful(sentences: tuple[str, ...], text: str, source: str) -> bool:
    """Every amount of ``text`` said, and each amount said is one of the source's, qualifiers and all.

    A rescue that leaves out one of two prices would make the other one look like the only one
    (a cut list), and a qualifier lost on the way ("bis zu", "ab", "je Antrag") makes an amount
    say more than the source; either way the sentence stays out.
    """
    out = [s for sentence in sentences for s in map(read_amount, amounts(sentence)) if s is not None]
    given = [s for s in map(read_amount, amounts(text)) if s is not None]
    if not out or len(out) != len(given):
        return False
    known = _sourceamounts(source)
    # "die monatliche Miete … 400 Euro" is said "400 Euro im Monat": the adjective is the amount's unit.
    units = {PERIOD_UNIT[m["adj"]].split()[-1] for m in PERIOD.finditer(source)}
    units_said = {s.per for s in out if s.per is not None}
    for said in out:
        match = [s for s in known if s.values == said.values] or _rounded_down(said, known)
        if not match or all(s.qualifiers != said.qualifiers for s in match):
            return False
        if said.per is not None and all(s.per != said.per and not (s.per is None and said.per in units) for s in match):
            return False
        # "500 Euro je Tier" said as "500 Euro": only where the head says the unit ("Bisher sind es …").
        if said.per is None and all(s.per is not None and s.per not in units_said for s in match):
            return False
    return sorted(s.values for s in out) == sorted(s.values for s in given)


# Qualifiers under which amounts.py writes "rund 4.500 Euro" as "mehr als 4 tausend Euro".
_ABOVE_OR_ABOUT: Final = frozenset(["etwa", "mehr als", "mindestens", "gut"])


def _rounded_down(said: Said, known: list[Said]) -> list[Said]:
    """The source amount that amounts.py said as "mehr als N tausend" (every such number is above it)."""
    if said.qualifiers != {"mehr als"} or len(said.values) != 1 or said.values[0] % 1000:
        return []
    low = said.values[0]
    return [
        replace(s, qualifiers=said.qualifiers)
        for s in known
        if len(s.values) == 1 and low < s.values[0] < low + 1000 and s.qualifiers <= _ABOVE_OR_ABOUT
    ]


def amounts(text: str) -> list[str]:
    """The amounts of money the text names, as written."""
    return [m["a"] for m in AMOUNT_RE.finditer(text)]


def plain(amount: str) -> str | None:
    """The amount with thousands as "tausend" (amounts.py), or None for a number no plain form says.

    "30.000 Euro" is "30 tausend Euro" and "1.000 Euro" is "tausend Euro"; "1.250 Euro" has no
    exact plain form (Netzwerk Leichte Sprache: no long digit strings), so the amount is not said.
    """
    amount = amount.replace("€", "Euro").replace("EUR", "Euro").replace("ca.", "etwa").replace("circa", "etwa")

    def thousands(match: re.Match[str]) -> str:
        """Full thousands said with "tausend"; any other number marked with a NUL as not said."""
        head, rest = match.group(1), match.group(2)
        if rest != "000":
            return "\0"
        return "tausend" if head == "1" else f"{head} tausend"

    amount = re.sub(r"(?<![\d.])(\d{1,3})\.(\d{3})(?![.\d])", thousands, amount)
    if "\0" in amount or re.search(r"\d\.\d", amount):
        return None
    return amount


# Time adjectives of a subject ("die monatliche Miete") become the amount's unit ("… im Monat").
PERIOD: Final = re.compile(r"\b(?P<adj>monatlich|jährlich)(?:e|en|er|es|em)? ")
PERIOD_UNIT: Final = {"monatlich": "im Monat", "jährlich": "im Jahr"}
