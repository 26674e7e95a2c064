"""Rescuer: the voice repairs on the one clause of a sentence whose commas only set off a date or a partitive.

The voice repairs (rewrite.py: subjectless.py, harmstate.py, spanedit.one_clause) read one clause
and stop at a comma, since a comma mostly opens another clause. Two commas of a press sentence open
none (Duden, Komma bei Appositionen): the date after a weekday ("am Dienstag, 24. Februar 2026, wurde
…"), a nachgestellte Apposition, and a partitive apposition after a count at the end ("212 Fahrzeuge
…, darunter 64 Lkw"; partitives.py), which names a part of the count before it. This rescuer takes
them out, lets the sentence rewrite (with its voice repairs) read the one clause that is left, and
puts them back where they stood: after their weekday, and at the end. It is a composition of two
existing repairs, the cut and the voice, on one clause; the pipeline's composition (compose.py)
may cut the result further (its time apart, shorter noun phrases) when it is still too long.

Omission over error (issue 16): refused when the rewrite changes nothing, when the weekday is not
found exactly once after it, when the tail holds a finite verb (a clause, not an apposition), and
for speech; the verifier checks the sentence like any other.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.transforms.easy import morph
from pressconv.transforms.easy.rescue import Rescue, RescueContext
from pressconv.transforms.easy.when import WEEKDAYS_DE

__all__ = ["voiced_clause"]

# "Dienstag, 24. Februar 2026," or "Samstag, 9. Mai," (the date apposition to a weekday), with the
# comma after it or the sentence's end; group 1 is the weekday, group 2 the date.
_DATED_DAY: Final = re.compile(
    rf"\b((?:{'|'.join(WEEKDAYS_DE)})\w*), (\d{{1,2}}\. (?:{'|'.join(MONTHS_DE)})(?: \d{{4}})?)(?:,(?= )|(?=\.$))"
)
# A partitive apposition closing the sentence: ", darunter …" / ", davon …" up to the end mark.
_PARTITIVE_TAIL: Final = re.compile(r", ((?:darunter|davon) [^,;:]+)\.$")
_FINITE: Final = ("VV(FIN)", "VA(FIN)", "VM(FIN)")


def voiced_clause(context: RescueContext) -> Rescue | None:
    """The refused sentence with the voice repairs made on its one clause, its appositions kept; or None."""
    if context.source.speech or context.source.heading:
        return None
    text = context.text
    dates = [(m.group(1), m.group(2)) for m in _DATED_DAY.finditer(text)]
    bare = _DATED_DAY.sub(lambda m: m.group(1), text)
    tail = _PARTITIVE_TAIL.search(bare)
    if tail is not None:
        if any(t.pos in _FINITE for t in morph.tag(tail.group(1))):
            return None  # "…, davon sind 12 …": a clause of its own, not an apposition
        bare = bare[: tail.start()] + "."
    if bare == text:
        return None
    voiced = context.rewrite(bare)
    if voiced == bare:
        return None  # no repair reads the clause: nothing is gained
    for weekday, day in dates:
        found = list(re.finditer(rf"\b{weekday}\b", voiced))
        if len(found) != 1:
            return None
        at = found[0].end()
        voiced = f"{voiced[:at]}, {day},{voiced[at:]}".replace(",.", ".")
    if tail is not None:
        if not voiced.endswith("."):
            return None
        voiced = f"{voiced[:-1]}, {tail.group(1)}."
    return Rescue((voiced,))
