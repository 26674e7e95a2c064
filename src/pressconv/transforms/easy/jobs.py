"""New jobs in plain words: how many jobs an investment, a plant or a project creates.

Companies, business-development agencies and towns report the jobs a new site brings in one
convention: a count of "Arbeitsplätze" (or "Stellen", "Jobs") with a verb of creating ("soll bis zu
240 neue Arbeitsplätze schaffen", "Es entstehen rund 80 neue Stellen", "wurden 35 Arbeitsplätze
geschaffen"). It is the figure readers care about, and it sits in long sentences the verifier refuses.

Correct by construction: the count keeps its hedge ("bis zu", "rund", "mehr als"); the tense follows
the source's verb (a plan with "soll"/"sollen"/"werden", a present "entstehen"/"schafft", a past
"entstanden"/"geschaffen"); a sentence that also speaks of cutting jobs ("Abbau", "abgebaut",
"wegfallen", "streichen") or negates is refused, as are two different counts (omission over error).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = ["job_lines"]

_COUNT: Final = re.compile(
    r"(?<![Aa]n )(?<![\d.])(?:(?P<hedge>(?i:bis zu|rund|etwa|mehr als|über|knapp|insgesamt))\s+)?"
    r"(?P<count>\d{1,3}(?:\.\d{3})*|\d+)\s+"
    r"(?:neue[n]?\s+|zusätzliche[n]?\s+)?(?P<noun>Arbeitsplätze|Stellen|Jobs)\b"
)
_CREATE: Final = re.compile(r"\b(?:schaffen|schafft|geschaffen|entstehen|entsteht|entstanden)\b")
_PLAN: Final = re.compile(r"\b(?:soll|sollen|werden|wird|planen|plant|geplant)\b")
_PAST: Final = re.compile(r"\b(?:entstanden|geschaffen)\b")
_REFUSED: Final = re.compile(
    r"\b(?:nicht|kein\w*|Abbau|abgebaut|abbauen|wegfallen|fallen\s+\w*\s*weg|streich\w*|gestrichen|verlagert|"
    r"könnte\w*|würde\w*|hätte\w*|ob|falls|sofern|wenn|will|wollen|gesichert|sichern|erhalten|bleiben|bleibt|"
    r"besetzt|sollten)\b",
    re.IGNORECASE,
)
# "insgesamt 80 neue Stellen": a total, no hedge; the count alone says it in a sentence of its own.
_TOTALS: Final = frozenset({"insgesamt"})


def job_lines(sentences: Sequence[str]) -> list[str]:
    """ "Bis zu 240 neue Arbeits·plätze sollen entstehen." for the one count of jobs created."""
    said: dict[str, str] = {}
    for whole in sentences:
        if _REFUSED.search(whole):
            continue
        # The count and the verb of creating in one clause (a comma, "und" or "während" opens another:
        # "120 Stellen werden gesichert und 30 neue geschaffen" has two counts for two verbs).
        clauses = [c for c in re.split(r",|;|\bund\b|\bwährend\b", whole) if _COUNT.search(c) and _CREATE.search(c)]
        if len(clauses) != 1:
            continue
        sentence = clauses[0]
        counts = list(_COUNT.finditer(sentence))
        if len(counts) != 1:
            continue
        found = counts[0]
        hedge = "" if (found["hedge"] or "").lower() in _TOTALS else found["hedge"] or ""
        amount = f"{hedge} {found['count']}".strip()
        # The count opens the sentence ("Es sollen …" reads as a dangling "es" to the structure guard).
        jobs = f"{amount[:1].upper()}{amount[1:]} neue Arbeits·plätze"
        if _PAST.search(sentence) and not _PLAN.search(sentence):
            line = f"{jobs} sind entstanden."
        elif _PLAN.search(sentence):
            line = f"{jobs} sollen entstehen."
        else:
            line = f"{jobs} entstehen."
        said[found["count"]] = line
    return list(said.values()) if len(said) == 1 else []
