"""A news sentence from a nominal headline ("Spende der X an die Y"), where the body confirms it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy.lexicon import lookup
from pressconv.transforms.easy.source import SourceSentence

__all__ = ["headline_sentences"]


# Nominal headline style (Nominalstil of news headlines): "Spende der X an die Y" states a donation
# without a verb. The sentence is built only where the body confirms both sides: the recipient is
# named in the body, and an amount stands in a sentence that names the recipient.
_DONATION: Final = re.compile(
    r"^Spende\s+(?P<art>der|des|vom|von\s+der|von)\s+(?P<giver>[^,:;]+?)\s+an\s+(?P<to>(?:die|den|das)\s+[^,:;]+?)\s*[.!]?$"
)
_AMOUNT: Final = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.\s]\d{3})*|\d+)(?:,\d{2}|,--|,-)?\s*(?:€|Euro)")


def headline_sentences(title: str, sentences: Sequence[SourceSentence]) -> list[str]:
    """ "Spende der X an die Y" -> "Die X spenden 800 Euro an die Y.", if the body confirms it."""
    match = _DONATION.match(title.strip())
    if match is None:
        return []
    giver, to = match.group("giver").strip(), match.group("to").strip()
    body = [s.text for s in sentences if not s.heading]
    recipient = to.split()[1]  # the recipient's first noun ("Tafel")
    naming = [text for text in body if recipient in text]
    if not naming:
        return []
    # "der X" after "Spende" is a genitive: feminine singular or plural; "des"/"vom" singular masculine
    # or neuter. Only the plural ("Radler", "Mitglieder") and "des" are told apart with certainty.
    article = match.group("art")
    if article in ("des", "vom"):
        entry = lookup(giver.split()[-1])
        if entry is None or entry.gender not in ("der", "das"):
            return []
        subject, verb = f"{entry.gender.capitalize()} {giver}", "spendet"
    elif article == "der" and re.search(r"(?:er|en|innen|e)$", giver) and lookup(giver.split()[-1]) is None:
        subject, verb = f"Die {giver}", "spenden"
    else:
        return []
    # One amount in the sentences that name the recipient is the donation's amount; it stays with its
    # noun. Several amounts (per sponsor, in total) cannot be told apart: then only "Geld".
    amounts = {m.group(1) for text in naming for m in _AMOUNT.finditer(text)}
    what = f"{amounts.pop()} Euro" if len(amounts) == 1 else "Geld"
    return [f"{subject} {verb} {what} an {to}."]
