"""Numbers a reader can use: thousands as "tausend", percentages as a fraction where that is exact.

Leichte-Sprache rule books (Netzwerk Leichte Sprache, "Zahlen") ask for numbers a reader can grasp:
no long digit strings, no percentages, a comparison instead ("mehr als die Hälfte"). Each rewrite
here says no more than the source: "312.000 Euro" is "312 tausend Euro"; "rund 2.600" is "mehr als
2 tausend" (every number rounded to 2.600 is above 2.000); "60 Prozent" is "mehr als die Hälfte".
A number after a word that bounds it ("bis zu", "höchstens", "unter", "knapp") is left as it is:
"bis zu 60 Prozent" is not "mehr als die Hälfte".
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["plain_amounts"]

# Words before a number that make it an upper bound or "just under": a lower bound would be false.
_BOUND: Final = re.compile(r"(?:\bbis zu|\bhöchstens|\bmaximal|\bmax\.|\bunter|\bweniger als|\bknapp|\bfast|\bbis) $", re.I)
# Approximations and lower bounds: every number they qualify lies above the full thousands, and a
# percentage above 50 they qualify is above half. They go with the digits they qualified.
_ABOUT: Final = r"(?:rund|etwa|ca\.|circa|gut|über|mehr als|mindestens)"
# "312.000", "2.600": one thousands group (numbers of a million and more are written with "Millionen").
_THOUSANDS: Final = re.compile(
    rf"(?<![\d.])(?:(?P<about>\b{_ABOUT}) )?\b(?P<n>\d{{1,3}})\.(?P<rest>\d{{3}})\b(?![.,]\d)", re.I
)
# A percentage of something ("60 Prozent der Kosten") as the subject or object: after a preposition
# the fraction would need another case ("bei mehr als der Hälfte"), so such phrases stay as written.
_PERCENT: Final = re.compile(rf"(?:(?P<about>\b{_ABOUT}) )?\b(?P<n>\d{{1,2}}) (?:Prozent|%)(?= (?:der|des|aller)\b)", re.I)
_PREPOSITION: Final = re.compile(r"\b(?:in|im|bei|beim|von|vom|mit|zu|zum|zur|auf|an|am|aus|nach|für|um|gegenüber) $", re.I)


def _cased(text: str, match: re.Match[str]) -> str:
    """ "mehr als …" with a capital where the replaced words opened the sentence."""
    return text[:1].upper() + text[1:] if match.group(0)[:1].isupper() or match.start() == 0 else text


def plain_amounts(sentence: str) -> str:
    """The sentence with thousands as "tausend" and exact fractions for percentages (see the module)."""

    def thousands(match: re.Match[str]) -> str:
        if _BOUND.search(sentence[: match.start()]):
            return match.group(0)
        n, rest, about = int(match["n"]), int(match["rest"]), match["about"]
        # "1 tausend" is no way to say it: one thousand is "tausend" (Duden, Zahlwörter).
        count = "tausend" if n == 1 else f"{n} tausend"
        if rest == 0:
            return f"{about} {count}" if about else count
        return _cased(f"mehr als {count}", match)

    def percent(match: re.Match[str]) -> str:
        before = sentence[: match.start()]
        if _BOUND.search(before) or _PREPOSITION.search(before):
            return match.group(0)
        n, about = int(match["n"]), match["about"]
        if n == 50 and about is None:
            return _cased("die Hälfte", match)
        if n == 50 and about is not None and about.lower() in ("rund", "etwa", "ca.", "circa"):
            return _cased("etwa die Hälfte", match)
        if 50 < n < 100:
            return _cased("mehr als die Hälfte", match)
        return match.group(0)

    sentence = _THOUSANDS.sub(thousands, sentence)
    return _PERCENT.sub(percent, sentence)
