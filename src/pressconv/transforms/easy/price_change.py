"""A price change said with its direction: what gets dearer or cheaper, from when, by how much per unit.

Utilities, transport operators, towns and venues announce a price change in a fixed shape
(Preisanpassung): the headline names what gets dearer or cheaper ("Strom wird günstiger, Erdgas
leicht teurer"), the lead gives the day ("zum 1. Mai 2026", "ab dem 1. Januar"), and the body the
old and the new price per unit ("sinkt von 36,42 Cent auf 33,18 Cent je Kilowattstunde"). A reader
needs the direction above all; a summary that says "passt die Preise an" leaves it out.

Correct by construction: the direction is the source's own word (günstiger, billiger, teurer), and
an amount line is said only where the sentence's verb (steigt/sinkt) and its two numbers agree on
the direction and the sentence names the good of a headline clause as a word of its own (else the
price may be another good's). A degree ("leicht", "deutlich") is left out: the direction stays true.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.transforms.easy.lexicon import lookup

__all__ = ["price_lines"]

_MONTH: Final = "|".join(MONTHS_DE)
# "Strom wird günstiger", "Die Fahrkarten werden teurer", "Erdgas leicht teurer" (headline ellipsis).
_HEADLINE: Final = re.compile(
    r"^(?:(?P<art>Der|Die|Das) )?(?P<good>[A-ZÄÖÜ][a-zäöüß]+)(?: (?P<aux>wird|werden))?"
    r"(?: (?:leicht|etwas|deutlich|spürbar|erneut|wieder))? (?P<dir>günstiger|billiger|teurer)$"
)
# "Mitgliedsbeiträge steigen ab 2027 moderat", "Die Gebühren sinken": a plural price noun and its verb.
_HEADLINE_VERB: Final = re.compile(
    r"^(?:Die )?(?P<good>[A-ZÄÖÜ][a-zäöüß]+(?:beiträge|gebühren|preise|tarife|entgelte|kosten))"
    r" (?P<dir>steigen|sinken)(?: (?:ab|zum) (?P<year>\d{4}))?(?: (?:leicht|etwas|deutlich|moderat|spürbar))?$"
)
_DIRECTION: Final = {"günstiger": "down", "billiger": "down", "teurer": "up", "steigen": "up", "sinken": "down"}
# "zum 1. Mai 2026", "ab dem 1. Mai 2026", "ab 1. Mai 2026": the day a new price holds from.
_FROM_DAY: Final = re.compile(rf"\b(?:zum|ab(?: dem)?) (?:\w+, )?(?P<day>\d{{1,2}}\. (?:{_MONTH})(?: \d{{4}})?)")
_PRICE_CLAUSE: Final = re.compile(r"Preis\w*|teurer|günstiger|billiger|\bsteig\w*|\bsink\w*|\bsenk\w*|\berhöh\w*")
# "steigt … von 11,26 Cent auf 11,89 Cent je Kilowattstunde": the per-unit price of a good.
_CHANGE: Final = re.compile(
    r"\b(?P<verb>steigt|steigen|sinkt|sinken)\b[^.;:]*?\bvon (?P<a>\d+(?:,\d+)?) (?:(?P<ua>Cent|Euro) )?"
    r"auf (?P<b>\d+(?:,\d+)?) (?P<unit>Cent|Euro) (?P<per_word>je|pro) (?P<per>[A-ZÄÖÜ][a-zäöüß]+)\b"
)
_VERB_DIRECTION: Final = {"steigt": "up", "steigen": "up", "sinkt": "down", "sinken": "down"}


def _number(text: str) -> Decimal | None:
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
        if _PRICE_CLAUSE.search(clause)
        for m in _FROM_DAY.finditer(clause)
    }
    return days.pop() if len(days) == 1 else None


def _with_article(good: str, article: str | None) -> str | None:
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
