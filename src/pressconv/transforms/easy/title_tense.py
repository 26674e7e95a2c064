"""Whether a headline's event is told as past: the lead's dated sentence in the past, on a day before the release."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Final

from pressconv.transforms.easy.compounds import segment
from pressconv.transforms.easy.when import find_moments

__all__ = ["dated_past"]

# A sentence that names the day of the news (a date or "am <weekday>"): in the inverted pyramid the
# lead's first such sentence tells when the news happened or will happen.
_DAY_NAMED: Final = re.compile(
    r"\b\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+)|\b[Aa]m\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b"
)


def dated_past(told_in_past: bool, sentences: Sequence[str], issued: date | None, part: str) -> bool:
    """The lead tells the headline part's news in the past (``told_in_past``): its first dated sentence
    names the part's noun (its last word part: "Verkehrs·kontrolle" for "Groß·kontrolle") and every
    date of it lies before the release's day.

    Press convention: a report names the day it happened ("Am Dienstag, 24. Februar, führte die Polizei
    … durch"), an announcement the day to come. A Perfekt may announce ("sind nominiert worden" before
    a ceremony), so the tense alone is not enough: the day must be past too. Without a date, or with
    any date on or after the release, the event is not said as past (a title never reports as done
    what is still to come).
    """
    if not told_in_past or issued is None:
        return False
    dated = next((s for s in sentences if _DAY_NAMED.search(s)), None)
    if dated is None:
        return False
    # The dated sentence may tell something before the news ("Am Montag entnommene Proben zeigten
    # Bakterien" before a boil-water order that holds): it must name the headline's thing itself.
    # The head is the part's first noun ("Abkochgebot für Trinkwasser": the order, not the water).
    noun = next(iter(re.findall(r"\b[A-ZÄÖÜ][\wäöüß]{3,}", part.replace("·", ""))), "")
    head = segment(noun).split("·")[-1].lower()
    if len(head) < 4 or not re.search(rf"{re.escape(head)}\b", dated.replace("·", "").lower()):
        return False
    days = [m.day for m in find_moments(dated, issued)]
    return bool(days) and all(day < issued for day in days)
