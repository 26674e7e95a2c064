"""Numbers a reader can use: thousands as "tausend", percentages as "von 100" or a fraction where exact.

Leichte-Sprache rule books (Netzwerk Leichte Sprache, "Zahlen") ask for numbers a reader can grasp:
no long digit strings, no percentages, a comparison instead ("mehr als die Hälfte"). Each rewrite
here says no more than the source: "312.000 Euro" is "312 tausend Euro"; "rund 2.600" is "mehr als
2 tausend" (every number rounded to 2.600 is above 2.000); "60 Prozent" is "mehr als die Hälfte".
A number after a word that bounds it ("bis zu", "höchstens", "unter", "knapp") is not rounded:
"bis zu 60 Prozent" is not "mehr als die Hälfte", and "bis zu 2.600" stays; full thousands are
exact and are said as "tausend" after a bound too ("höchstens 120 tausend Euro").

A whole-number percentage of people or things that can be counted ("30 Prozent der befragten
Betriebe") is said the way the rule books ask for a share (Netzwerk Leichte Sprache, Inclusion
Europe: "30 von 100" instead of "30 Prozent"): "30 von 100 befragten Betrieben". The number and
the words before it ("rund", "bis zu", "knapp") stay as written, so the value never changes. A rate
with decimals ("4,9 Prozent") and a share of an amount ("der Kosten") stay as written and are
refused by the verifier (rule.percentage): "von 100" of an amount, or a rounded rate, would need a
base the sentence does not name.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.hedges import ABOUT as _ABOUT
from pressconv.transforms.easy.hedges import UNDER

__all__ = ["plain_amounts"]

# Words before a number that make it an upper bound or "just under": a lower bound would be false.
_BOUND: Final = re.compile(rf"\b(?:{UNDER}|maximal|max\.|unter|bis) $", re.I)
# Approximations and lower bounds (hedges.ABOUT) go with the digits they qualified.
# "312.000", "2.600": one thousands group (numbers of a million and more are written with "Millionen").
_THOUSANDS: Final = re.compile(
    rf"(?<![\d.])(?:(?P<about>\b{_ABOUT}) )?\b(?P<n>\d{{1,3}})\.(?P<rest>\d{{3}})\b(?![.,]\d)", re.I
)
# A percentage of something ("60 Prozent der Kosten") as the subject or object: after a preposition
# the fraction would need another case ("bei mehr als der Hälfte"), so such phrases stay as written.
# "4,60 Prozent": the digits after a decimal comma are no whole number of their own.
_PERCENT: Final = re.compile(
    rf"(?:(?P<about>\b{_ABOUT}) )?(?<![\d,.])\b(?P<n>\d{{1,2}}) (?:Prozent|%)(?= (?:der|des|aller)\b)", re.I
)
# "30 Prozent der (aller) befragten Betriebe": the genitive plural after "der"/"aller", adjectives and a noun (and a
# second noun after "und"), with the rest of the sentence after it.
_SHARE_OF: Final = re.compile(r"(?P<n>\d{1,2}) (?:Prozent|%) (?:der|aller) (?P<phrase>[^,;:().!?„“\"]+)")
# Plurals that name an amount of money rather than things to count: "30 von 100 Ausgaben" would
# count items, while "30 Prozent der Ausgaben" is a share of a sum (general economic vocabulary).
_AMOUNT_PLURALS: Final = frozenset(("Ausgaben", "Einnahmen", "Gelder", "Erträge", "Umsätze", "Erlöse", "Beiträge"))
_PREPOSITION: Final = re.compile(r"\b(?:in|im|bei|beim|von|vom|mit|zu|zum|zur|auf|an|am|aus|nach|für|um|gegenüber) $", re.I)


def _cased(text: str, match: re.Match[str]) -> str:
    """ "mehr als …" with a capital where the replaced words opened the sentence."""
    return text[:1].upper() + text[1:] if match.group(0)[:1].isupper() or match.start() == 0 else text


def plain_amounts(sentence: str) -> str:
    """The sentence with thousands as "tausend" and exact fractions for percentages (see the module)."""

    def thousands(match: re.Match[str]) -> str:
        """A number with a thousands group said with "tausend", rounded to "mehr als" where no bound forbids it."""
        n, rest, about = int(match["n"]), int(match["rest"]), match["about"]
        # A bound ("höchstens", "bis zu") forbids only the rounding: "höchstens 120.000" is exactly
        # "höchstens 120 tausend", while "bis zu 2.600" is no "mehr als 2 tausend".
        if _BOUND.search(sentence[: match.start()]) and (rest != 0 or about):
            return match.group(0)
        # "1 tausend" is no way to say it: one thousand is "tausend" (Duden, Zahlwörter).
        count = "tausend" if n == 1 else f"{n} tausend"
        if rest == 0:
            return f"{about} {count}" if about else count
        return _cased(f"mehr als {count}", match)

    def percent(match: re.Match[str]) -> str:
        """A percentage of something said as "die Hälfte" or "mehr als die Hälfte" where that is exact."""
        before = sentence[: match.start()]
        if _BOUND.search(before) or _PREPOSITION.search(before):
            return match.group(0)
        n, about = int(match["n"]), match["about"]
        if n == 50 and about is None:
            return _cased("die Hälfte", match)
        if n == 50 and about is not None and about.lower() in ("rund", "etwa", "ca.", "ca", "circa", "zirka", "ungefähr"):
            return _cased("etwa die Hälfte", match)
        if 50 < n < 100:
            return _cased("mehr als die Hälfte", match)
        return match.group(0)

    sentence = _THOUSANDS.sub(thousands, sentence)
    # The fraction first where it is exact ("mehr als die Hälfte"); "von 100" for the shares it leaves.
    sentence = _PERCENT.sub(percent, sentence)
    return _SHARES.sub(share, sentence)


# Where a share may start: not after digits and a decimal comma ("4,30 Prozent").
_SHARES: Final = re.compile(rf"(?<![\d,.])\b{_SHARE_OF.pattern}")


def share(match: re.Match[str]) -> str:
    """ "30 Prozent der befragten Betriebe …" as "30 von 100 befragten Betrieben …", or unchanged."""
    counted = _counted_plural(match["phrase"])
    if counted is None or not 0 < int(match["n"]) < 100:
        return match.group(0)
    words, rest = counted
    return f"{match['n']} von 100 {words}{rest}"


def _dative(token: morph.Token) -> str | None:
    """A plural noun after "von 100" (dative plural, Duden grammar: "-n" unless it ends in "-n" or "-s")."""
    if token.pos == "NNA" and token.word.endswith("en"):
        return token.word  # "der Befragten": a nominalised adjective, "von 100 Befragten"
    if token.pos != "NN" or token.word == token.lemma or token.word in _AMOUNT_PLURALS:
        return None  # a singular ("der Region") or a plural without a singular ("Kosten"): no count
    return token.word if token.word.endswith(("n", "s")) else token.word + "n"


def _counted_plural(phrase: str) -> tuple[str, str] | None:
    """The counted plural at the start of ``phrase`` in the dative, and the words after it; or None.

    Only plural count nouns qualify: after "der" a masculine or neuter noun is a genitive plural, but
    a feminine one may be a singular ("der Region"), so the noun must differ from its singular
    (HanTa's lemma) or be a nominalised adjective. "Schülerinnen und Schüler": a pair of the
    feminine and masculine form (gender-fair pairs, Duden) counts the same people.
    """
    tagged = morph.tag(phrase)
    words = phrase.split(" ")
    if len(tagged) != len(words):
        return None
    out: list[str] = []
    index = 0
    while index < len(tagged) and tagged[index].pos == "ADJ(A)" and tagged[index].word.endswith("en"):
        out.append(tagged[index].word)  # weak genitive plural "-en" is the strong dative plural too
        index += 1
    if index >= len(tagged):
        return None
    noun = _dative(tagged[index])
    if noun is None:
        return None
    out.append(noun)
    index += 1
    if index + 1 < len(tagged) and tagged[index].word == "und":
        partner = tagged[index + 1]
        pair = tagged[index - 1].lemma == partner.word + "in" and partner.pos == "NN"
        second = partner.word + ("" if partner.word.endswith(("n", "s")) else "n") if pair else _dative(partner)
        if second is None:
            return None  # "der Frauen und der Kosten": a second phrase this rule does not read
        out.extend(("und", second))
        index += 2
    rest = " ".join(words[index:])
    return " ".join(out), (" " + rest if rest else "")
