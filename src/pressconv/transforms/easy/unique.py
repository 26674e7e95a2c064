"""A definite noun that is unique by its meaning ("der Gesamt·schaden", "der höchste Betrag") needs no introduction.

Some noun phrases are definite by what they mean, not by an earlier mention (Löbner 1985,
"semantic definites"; Duden grammar: the superlative takes the definite article): a superlative
picks the one thing at the top of a scale ("der höchste Einzel·schaden", "der Höchst·betrag"), a
total the one sum of all ("die Gesamt·kosten"), and both are unique in the setting the summary has
already set up (the case, the programme, the event it is about). Such a phrase points at nothing a
reader must have met, so the verifier's introduction check (style.introduced_failures) lets it
pass. Superlatives are recognised by HanTa's morphology (the ADJ_SUP morpheme of the adjective, or
of a compound's first part), totals and extremes by the compound's first part: "gesamt" (all
together) and the Latin superlatives "maximal"/"minimal".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["inherently_unique"]

_TOTALS: Final = frozenset(["gesamt", "maximal", "minimal"])
# A named indicator of statistics ("die Arbeitslosen·quote", "der Geschäfts·klima·index"): its
# compound names what it measures, and a release's area and period have one of it (statistics
# convention: an indicator is defined once per area), so it is definite by meaning too.
_INDICATORS: Final = ("quote", "index", "rate")
# The suppletive superlatives, which HanTa's analysis does not mark (Duden grammar: gut - best, viel -
# meist, hoch - höchst, wenig/minder - mindest).
_SUPPLETIVE: Final = frozenset(["best", "meist", "höchst", "mindest"])


@lru_cache(maxsize=2048)
def _superlative(adjective: str) -> bool:
    """HanTa analyses the word as a superlative ("höchste": höch + st + e), or a suppletive one."""
    if re.sub(r"(?:e|en|er|es|em)$", "", adjective.lower()) in _SUPPLETIVE:
        return True
    found = morph.analysis(adjective.lower())
    return found is not None and any(tag == "ADJ_SUP" for _, tag in found[1])


def inherently_unique(adjectives: list[str], noun: str) -> bool:
    """A superlative adjective before the noun, or a superlative or total as the compound's first part."""
    if any(_superlative(a) for a in adjectives):
        return True
    if "·" not in noun and "-" not in noun:
        return False
    # The indicator as the compound's last part, split ("Arbeitslosen·quote") or not yet split after
    # a hyphenated owner ("IHK-Konjunkturklimaindex").
    last = re.split(r"[·-]", noun)[-1].lower()
    if any(last == word or (last.endswith(word) and len(last) > len(word) + 3) for word in _INDICATORS):
        return True
    if "·" not in noun:
        return False
    first = noun.split("·", 1)[0].lower()
    return first in _TOTALS or _superlative(first + "e")
