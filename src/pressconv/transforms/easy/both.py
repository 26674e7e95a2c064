"""The numeral pronoun "Beide" opening a sentence, replaced by the pair the sentence before names.

"Beide" as a pronoun (Duden grammar: "beide" stands for a noun phrase of exactly two that the text
named before) points back at a pair: "Ein Zeuge hat zwei Männer gesehen. Beide trugen Kapuzen." In a
summary without that sentence it points at nothing (rubric, item 3). The pair is certain only when
the source sentence right before names exactly one phrase of two ("zwei Männer", "2 junge Frauen")
as subject or object (no preposition before it, so its plural form is the nominative's as well),
and the line comes from a source sentence that opens with "Beide" itself. The pair goes in as the
summary knows it: "Die 2 Männer" where an earlier line names the noun, else "2 Männer", the way the
source introduced it. Anything else is refused (omission over error).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy.source import SourceSentence

__all__ = ["resolve_both"]

# "Beide" as the subject: the finite verb (a lower-case word) follows right away.
_OPENER: Final = re.compile(r"^Beide\s+(?=[a-zäöüß])")
# A phrase of two: "zwei"/"2", adjectives in the strong plural ending "-e", a capitalised noun.
_PAIR: Final = re.compile(
    r"(?P<before>\S+\s+)?\b(?:[Zz]wei|2)\s+(?P<adjectives>(?:[a-zäöüß]+e\s+)*)(?P<noun>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b"
)
# Words before the pair that show a case other than nominative or accusative (a preposition's
# dative: "mit zwei Männern") or that make it no pair of its own ("je zwei", "bis zu zwei").
_NOT_BEFORE: Final = re.compile(
    r"^(?:mit|von|vom|zu|zum|zur|bei|beim|aus|nach|seit|gegenüber|je|jeweils|bis|um|über|unter|als|für|gegen|ohne|"
    r"durch|an|auf|in|im|am|vor|hinter|neben|zwischen|den|der|dem|die|diese|ersten|letzten)$",
    re.IGNORECASE,
)
# Two singular noun phrases joined by "und" ("eine Frau und ihr Sohn", "der Fahrer und sein Beifahrer").
_JOINED_PAIR: Final = re.compile(
    r"\b(?:ein|eine|der|die|das)\s+(?:[a-zäöüß]+e[nrs]?\s+)*[A-ZÄÖÜ][a-zäöüß]+\s+und\s+"
    r"(?:ein|eine|einen|der|die|das|den|sein|seine|ihr|ihre)\s+(?:[a-zäöüß]+e[nrs]?\s+)*[A-ZÄÖÜ][a-zäöüß]+",
    re.IGNORECASE,
)
# A noun in the plural: German plural nominatives end in these (Duden grammar: plural classes);
# a singular noun after "zwei" is a measure ("zwei Kilo") or a mistake, never a pair of people or things.
_PLURAL_ENDINGS: Final = ("en", "er", "e", "n", "s")


def resolve_both(line: str, sentences: Sequence[SourceSentence], index: int, earlier: Sequence[str]) -> str | None:
    """``line`` with its opening "Beide" replaced by the one pair the sentence before names, or None."""
    if not _OPENER.match(line) or index <= 0 or index >= len(sentences):
        return None
    here, before = sentences[index], sentences[index - 1]
    if here.speech or here.heading or before.speech or before.heading or not _OPENER.match(here.text):
        return None
    pairs = list(_PAIR.finditer(before.text))
    if len(pairs) != 1:
        return None  # no pair, or two pairs to choose from
    # Two people or things joined by "und" are a pair too ("Eine Frau und ihr Sohn beobachteten zwei
    # Männer."): "Beide" may point at them, so any such coordination makes the antecedent unsure.
    if _JOINED_PAIR.search(before.text):
        return None
    pair = pairs[0]
    lead = (pair["before"] or "").strip()
    noun = pair["noun"]
    if _NOT_BEFORE.match(lead) or not noun.endswith(_PLURAL_ENDINGS):
        return None
    adjectives = pair["adjectives"].split()
    said = any(re.search(rf"\b{re.escape(noun)}\b", text.replace("·", "")) for text in earlier)
    # After "die" the adjective takes the weak ending (Duden grammar: "zwei junge" -> "die 2 jungen").
    definite = ["Die", "2", *(f"{a}n" for a in adjectives), noun]
    named = " ".join(definite if said else ["2", *adjectives, noun])
    return _OPENER.sub(f"{named} ", line, count=1)
