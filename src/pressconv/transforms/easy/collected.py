"""Money collected at an event and who benefits: "Der Lauf brachte rund 800 Euro Spenden", "kommt … zugute".

Donation reports of clubs and charities state the sum collected with a verb of collecting
("Spenden sammeln/einfahren/erlaufen", "kamen … zusammen", "erbrachte") and the beneficiary with
the dative idiom "X kommt dem Verein zugute" (Duden: zugutekommen, with dative). The rubric asks
for "the one or two numbers that matter" and who gets the money; ``donation.py`` covers the plain
giver and receiver forms, this module the collecting form, which there fails on its relative clause.

The amount keeps its qualifier ("ca." is written "etwa": no abbreviations); the beneficiary keeps
the dative of "zugute kommen", which "helfen" takes as well ("Das Geld hilft dem Verein."), so no
case has to be changed. A negation, a condition or two amounts in the sentence: nothing is found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

__all__ = ["Collected", "find_collected"]

# "ca. 2500,00 €", "rund 800 Euro", "€ 1.200,-": one amount with its qualifier.
_AMOUNT: Final = re.compile(
    r"(?P<q>\b(?:ca\.|circa|zirka|rund|etwa|ungefähr|insgesamt|mehr als|über|fast|knapp)\s+)?"
    r"(?:(?P<n>\d{1,3}(?:[.\u202f\u00a0 ]\d{3})+|\d+)(?:,(?:\d{2}|-+))?\s*(?:Euro\b|€|EUR\b)"
    r"|(?:€|EUR)\s*(?P<n2>\d{1,3}(?:[.\u202f\u00a0 ]\d{3})+|\d+)(?:,(?:\d{2}|-+))?)"
)
# The qualifiers in plain words: the abbreviation and its spellings become "etwa" (rule books).
_PLAIN_QUALIFIER: Final = {"ca.": "etwa", "circa": "etwa", "zirka": "etwa", "ungefähr": "etwa", "über": "mehr als"}
# Money collected for a cause: a donation noun with a verb of collecting (German press usage of
# charity events: "Spenden sammeln", "einfahren", "erlaufen", "zusammenkommen", "erbringen").
_DONATION_NOUN: Final = re.compile(r"\bSpende(?:n\w*)?\b|\bSpenden\w+|\bErlös\w*")
_COLLECT: Final = re.compile(
    r"\b(?:gesammelt|sammelte[n]?|sammel[nt]|eingefahren|einfuhr(?:en)?|f(?:ä|a)hr(?:t|en)\b.*\bein|fuhr(?:en)?\b.*\bein|erlaufen|erradelt|"
    r"erwandert|zusammengekommen|kam(?:en)?\b.*\bzusammen|erbracht|erbrachte[n]?|eingenommen|eingebracht|erzielt\w*)\b"
)
_BLOCK: Final = re.compile(r"\b(?:nicht|kein\w*|nie|wenn|falls|sofern|könnte\w*|würde\w*|wäre\w*)\b", re.I)
# "soll überwiegend dem Hospizverein Nordstadt e.V. zugute kommen": the dative noun phrase before
# "zugute", with the share it gets ("überwiegend" -> "vor allem") and the modal of the plan.
_BENEFIT: Final = re.compile(
    r"(?:\b(?P<share>überwiegend|vor allem|hauptsächlich|größtenteils|vollständig|komplett|ganz)\s+)?"
    r"\b(?P<np>(?:dem|der|den)\s+[A-ZÄÖÜ][^,;:!?()]{2,80}?)\s+zugute\b"
)
_SHARE: Final = {"überwiegend": "vor allem", "hauptsächlich": "vor allem", "größtenteils": "vor allem"}
# The legal form after a club's name ("e.V.", "gGmbH") adds nothing for the reader and is an abbreviation.
_LEGAL_FORM: Final = re.compile(r"\s+(?:e\.\s?V\.|gGmbH|GmbH|gUG)(?=\s|$)")


@dataclass(frozen=True, slots=True)
class Collected:
    """The sum collected ("etwa 2500 Euro") and, where the same sentence says so, who benefits (dative)."""

    amount: str
    beneficiary: str | None = None  # "vor allem dem Hospizverein Nordstadt"
    planned: bool = False  # "soll … zugute kommen": the money is meant for it, not yet given


def _amount(sentence: str) -> str | None:
    """The one amount of money a sentence names, with its qualifier and digits in groups of three, or None."""
    found = list(_AMOUNT.finditer(sentence))
    if len(found) != 1:
        return None  # no amount, or several: which one was collected is not plain
    match = found[0]
    digits = re.sub(r"\D", "", match["n"] or match["n2"])
    # Groups of three digits with a space (DIN 5008 Zahlengliederung), as donation.py keeps them:
    # "2500" reads as one long digit string, "2 500" in the groups a reader can speak.
    number = f"{int(digits):,}".replace(",", " ")
    qualifier = (match["q"] or "").strip()
    qualifier = _PLAIN_QUALIFIER.get(qualifier.lower(), qualifier)
    return f"{qualifier} {number} Euro".strip()


def _beneficiary(sentence: str) -> tuple[str, bool] | None:
    """Whom the collected money goes to and whether it is only planned, or None for none or two beneficiaries."""
    match = _BENEFIT.search(sentence)
    if match is None:
        return None
    phrase = _LEGAL_FORM.sub("", match["np"]).strip()
    if re.search(r"\b(?:und|oder|sowie)\s+(?:dem|der|den)\b", phrase):
        return None  # two beneficiaries: which gets what is not plain
    share = _SHARE.get(match["share"] or "", match["share"] or "")
    before = sentence[: match.start()]
    planned = bool(re.search(r"\bsoll(?:en)?\b", before))
    return (f"{share} {phrase}".strip(), planned)


def find_collected(body: Sequence[str]) -> Collected | None:
    """The one sum the sender's sentences say was collected as donations, with its beneficiary."""
    found: set[Collected] = set()
    for sentence in body:
        if _BLOCK.search(sentence) or not _DONATION_NOUN.search(sentence) or not _COLLECT.search(sentence):
            continue
        amount = _amount(sentence)
        if amount is None:
            continue
        benefit = _beneficiary(sentence)
        found.add(Collected(amount, *(benefit or (None, False))))
    if len({c.amount for c in found}) != 1:
        return None  # none, or two different sums: which one is the result is not plain
    return sorted(found, key=lambda c: c.beneficiary is None)[0]
