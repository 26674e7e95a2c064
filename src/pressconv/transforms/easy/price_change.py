"""A price change said with its direction: what gets dearer or cheaper, from when, by how much per unit.

Utilities, transport operators, towns and venues announce a price change in a fixed shape
(Preisanpassung): the headline names what gets dearer or cheaper ("Wasser wird günstiger, Abwasser
etwas teurer"), the lead gives the day ("zum 1. Mai 2026", "ab dem 1. Januar"), and the body the
old and the new price per unit ("sinkt von 2,40 Euro auf 2,15 Euro je Kubikmeter"). A reader
needs the direction above all; a summary that says "passt die Preise an" leaves it out.

Correct by construction: the direction is the source's own word (günstiger, billiger, teurer), and
an amount line is said only where the sentence's verb (steigt/sinkt) and its two numbers agree on
the direction and the sentence names the good of a headline clause as a word of its own (else the
price may be another good's). A degree ("leicht", "deutlich") is left out: the direction stays true.
Nothing is said where the headline limits or attributes the change ("– für Neukunden", "warnt
der Verband"), where the day's clause tells an earlier change ("Zuletzt waren die Preise zum …
gestiegen"), or where the amount is a part of the price (a Grundpreis, a price per month) or a
group's ("Für Neukunden sinkt …"): said plainly, each would be wrong for the reader.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.transforms.easy.lexicon import lookup
from pressconv.transforms.easy.plainfact import attributed, conditional, denied, in_the_past, planned

__all__ = ["price_lines"]

_MONTH: Final = "|".join(MONTHS_DE)
# Adverbs of degree a headline adds to the direction; they are left out, the direction stays true.
_DEGREE: Final = r"(?: (?:leicht|etwas|deutlich|spürbar|moderat|kräftig|stark|erneut|wieder))?"
# "Wasser wird günstiger", "Die Fahrkarten werden teurer", "Abwasser etwas teurer" (headline ellipsis).
_HEADLINE: Final = re.compile(
    r"^(?:(?P<art>Der|Die|Das) )?(?P<good>[A-ZÄÖÜ][a-zäöüß]+)(?: (?P<aux>wird|werden))?"
    rf"{_DEGREE} (?P<dir>günstiger|billiger|teurer)$"
)
# "Kursgebühren steigen ab 2028 leicht", "Die Gebühren sinken": a plural price noun and its verb.
_HEADLINE_VERB: Final = re.compile(
    r"^(?:Die )?(?P<good>[A-ZÄÖÜ][a-zäöüß]+(?:beiträge|gebühren|preise|tarife|entgelte|kosten))"
    rf" (?P<dir>steigen|sinken)(?: (?:ab|zum) (?P<year>\d{{4}}))?{_DEGREE}$"
)
_DIRECTION: Final = {"günstiger": "down", "billiger": "down", "teurer": "up", "steigen": "up", "sinken": "down"}
# "zum 1. Mai 2026", "ab dem 1. Mai 2026", "ab 1. Mai 2026": the day a new price holds from.
_FROM_DAY: Final = re.compile(rf"\b(?:zum|ab(?: dem)?) (?:\w+, )?(?P<day>\d{{1,2}}\. (?:{_MONTH})(?: \d{{4}})?)")
_PRICE_CLAUSE: Final = re.compile(r"Preis\w*|teurer|günstiger|billiger|\bsteig\w*|\bsink\w*|\bsenk\w*|\berhöh\w*")
# "steigt … von 4,10 Euro auf 4,30 Euro je Kubikmeter": the per-unit price of a good.
_CHANGE: Final = re.compile(
    r"\b(?P<verb>steigt|steigen|sinkt|sinken)\b[^.;:]*?\bvon (?P<a>\d+(?:,\d+)?) (?:(?P<ua>Cent|Euro) )?"
    r"auf (?P<b>\d+(?:,\d+)?) (?P<unit>Cent|Euro) (?P<per_word>je|pro) (?P<per>[A-ZÄÖÜ][a-zäöüß]+)\b"
)
_VERB_DIRECTION: Final = {"steigt": "up", "steigen": "up", "sinkt": "down", "sinken": "down"}
# A price's part (tariff vocabulary: Grundpreis, Arbeitspreis, Grundgebühr, Umlage, Abgabe): its
# amount is not what the good costs. A price per time is a base fee, not the price per unit.
_PART: Final = re.compile(
    r"\b(?P<head>[A-ZÄÖÜ][a-zäöüß]+?)(?:s)?(?:preis|preise|gebühr|gebühren|entgelt|pauschale|umlage|abgabe|steuer|anteil)\b"
)
_PER_TIME: Final = re.compile(r"^(?:Jahr|Halbjahr|Quartal|Monat|Woche|Tag|Stunde)$")
# A group the change is limited to: "für Neukunden", "nur für Familien", "bei Bestandskunden".
_GROUP: Final = re.compile(r"\b(?:[Ff]ür|[Bb]ei|[Nn]ur|[Aa]ußer|[Aa]usgenommen|[Aa]usschließlich)\b")


def _number(text: str) -> Decimal | None:
    """The number with a decimal comma as a Decimal, or None."""
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def _clauses(text: str) -> list[str]:
    """A headline's clauses: headlines join them with commas, dashes and "und"."""
    return [c.strip() for c in re.split(r",| – | - |;| und ", text) if c.strip()]


def _from_day(texts: list[str]) -> str | None:
    """The one day the prices change, from the clauses about prices; none where two differ."""
    days = {
        m["day"]
        for text in texts
        for clause in re.split(r" – |;", text)
        # "Zuletzt waren die Preise zum 1. Januar gestiegen": an earlier change's day is not the new one.
        if _PRICE_CLAUSE.search(clause) and not _unsure(clause)
        for m in _FROM_DAY.finditer(clause)
    }
    return days.pop() if len(days) == 1 else None


def _unsure(clause: str) -> bool:
    """The clause is past, denied, planned, demanded or conditional (plainfact.py)."""
    return in_the_past(clause) or denied(clause) or planned(clause) or attributed(clause) or conditional(clause)


def _whole_price(sentence: str, good: str) -> bool:
    """The sentence's price is the good's whole price for everyone: no part, no group."""
    # The Arbeitspreis is the tariff's price per unit used: said "je Kilowattstunde", it is the good's.
    parts = [m["head"] for m in _PART.finditer(sentence) if m["head"].lower() not in (good.lower(), "arbeit")]
    return not parts and not _GROUP.search(sentence) and not _unsure(sentence)


def _with_article(good: str, article: str | None) -> str | None:
    """The good with its article, the lexicon's gender when the source has none, or None."""
    if article:
        return f"{article} {good}"
    entry = lookup(good)
    if entry is None or entry.gender not in ("der", "die", "das"):
        return None
    return f"{entry.gender.capitalize()} {good}"


def price_lines(headline: str, subtitle: str, body: list[str]) -> list[str]:
    """ "Der Strom wird ab 1. Mai 2026 günstiger.", and its new price per unit where the body says it."""
    # (the good as the headline names it, with its article; the direction word; the line's verb)
    goods: list[tuple[str, str, str, str]] = []
    year = None
    for clause in _clauses(headline):
        if _GROUP.search(clause) or _unsure(clause):
            # "– für Neukunden", "warnt der Verband", "soll teurer werden": the change said for
            # everyone, or as a fact, would be wrong.
            return []
        match = _HEADLINE.match(clause)
        if match is not None:
            named = _with_article(match["good"], match["art"])
            if named is not None:
                verb = "werden" if match["aux"] == "werden" else "wird"
                goods.append((match["good"], named, match["dir"], f"{verb}{{when}} {match['dir']}"))
            continue
        plural = _HEADLINE_VERB.match(clause)
        if plural is not None:
            goods.append((plural["good"], f"Die {plural['good']}", plural["dir"], f"{plural['dir']}{{when}}"))
            year = plural["year"]
    if not goods:
        return []
    # The day from the lead, or from the sentences that name a good's price change.
    day = _from_day([subtitle, *body[:3]]) or _from_day(
        [s for s in body if any(re.search(rf"\b{re.escape(good)}\b", s) for good, *_ in goods)]
    )
    if day and year and not day.endswith(year):
        day = None  # the headline's year and the body's day disagree: neither is said
    lines: list[str] = []
    for good, named, direction, shape in goods:
        when = f" ab {day}" if day else f" ab {year}" if year else ""
        plural_good = not shape.startswith("wird")
        lines.append(f"{named} {shape.format(when=when)}.")
        changes = [
            m for sentence in body if re.search(rf"\b{re.escape(good)}\b", sentence) for m in _CHANGE.finditer(sentence)
        ]
        if len(changes) != 1:
            continue  # no price or two (a base and a unit price): which one is the good's is not sure
        change = changes[0]
        if _PER_TIME.match(change["per"]) or not _whole_price(change.string, good):
            continue  # a base fee per month, a price's part or a group's price is not the good's price
        old, new = _number(change["a"]), _number(change["b"])
        if old is None or new is None or old == new:
            continue
        moved = "up" if new > old else "down"
        if moved != _VERB_DIRECTION[change["verb"]] or moved != _DIRECTION[direction]:
            continue  # the words and the numbers disagree: no amount rather than a wrong one
        if change["ua"] and change["ua"] != change["unit"]:
            continue
        unit = change["unit"]
        costs = "kosten" if plural_good else "kostet"
        lines.append(
            f"{named} {costs} dann {change['b']} {unit} statt {change['a']} {unit} {change['per_word']} {change['per']}."
        )
    return lines
