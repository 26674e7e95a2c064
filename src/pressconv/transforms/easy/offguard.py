"""A called-off event's day, time and invitation said only beside its call-off (summary guard)."""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy.draft import metadata
from pressconv.transforms.easy.eventnouns import CALLED_OFF, called_off_event
from pressconv.transforms.easy.kind import Kind
from pressconv.transforms.easy.source import split_sentences
from pressconv.transforms.easy.templates import Line
from pressconv.transforms.easy.when import MONTH_PATTERN, WEEKDAYS_DE

__all__ = ["without_unsaid_call_off"]

# What a summary line says of the event as if it takes place (invitation convention): its day or
# date, its clock time, the invitation itself, or a call to come or to register.
_AS_IF_ON: Final = re.compile(
    rf"\b(?:{'|'.join(WEEKDAYS_DE)})\b|\b\d{{1,2}}\.\s*(?:{MONTH_PATTERN})|\bUhr\b"
    r"|\b(?:lädt|laden|eingeladen)\b|\bAlle dürfen kommen\b|\bmelden Sie sich\b"
)

# "Das gilt ab dem 1. März.": the day from which a rule or change holds (templates' validity line),
# no event's day; a call-off elsewhere in the release cannot make it read as one taking place.
_VALIDITY: Final = re.compile(r"^Das gilt (?:ab|seit|bis)\b")


def without_unsaid_call_off(lines: list[Line], source: str, kind: Kind, title: str) -> list[Line]:
    """``lines`` without the event's day, time and invitation where the release calls the event off
    and neither the title nor a line says so: "Das Fest beginnt um 14 Uhr" alone would announce an event that is not on
    (omission over error: a call-off the checks dropped, e.g. a passive "wird abgesagt")."""
    if not called_off_event(kind, [s for part in source.splitlines() for s in split_sentences(part, "de")]):
        return lines
    said = [title, *(line.text for line in lines if not metadata(line))]
    if any(CALLED_OFF.search(text.replace("·", "")) for text in said):
        return lines
    return [line for line in lines if metadata(line) or _VALIDITY.match(line.text) or not _AS_IF_ON.search(line.text)]
