"""An exhibition's or a festival's opening is an event of its own: its day is not the whole run's.

Cultural press releases announce a lasting event (an exhibition, a festival, a concert series) by
inviting to its opening: the "Wann:" block, the time and the free entry belong to the Vernissage or
the opening ceremony, while the exhibition runs for months at its own hours and price (press
convention of museums and festivals: Eröffnung / Vernissage / Auftakt). "Die Sonder·ausstellung ist
am Freitag, 20. März" then states one day for the whole run, and its price next to that day reads
as the opening's (easy-judging.md item 2). Where the release names an opening of a lasting event,
the day and time are the opening's: "Es gibt eine Sonder·ausstellung. Die Eröffnung ist am …".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = ["OPENING", "opening_event"]

# Heads of events that last longer than one sitting (an exhibition, a festival, a series, a week).
_LASTING: Final = ("ausstellung", "schau", "festival", "festspiele", "festwoche", "reihe", "saison", "woche", "tage")
# The opening, its ceremony or its first date (Eröffnung, Vernissage, Auftakt, "wird … eröffnet").
OPENING: Final = re.compile(r"\b(?:Eröffnung\w*|Vernissage|eröffnet\w*|Auftakt\w*|Eröffnungsfeier)\b|\beröffnen\b")


def opening_event(what: tuple[str, str], texts: Sequence[str]) -> bool:
    """True when ``what`` lasts (an exhibition, a festival, a series) and the release names its opening."""
    noun, _ = what
    return noun.lower().endswith(_LASTING) and any(OPENING.search(text) for text in texts)
