"""Second chances for a source sentence the verifier refused: general rewrites into several short sentences.

A sentence of a press release often carries a key fact (a date, a deadline, a price, what the reader
must do) in a shape Leichte Sprache forbids: too long, a subordinate clause, a list in running text.
A *rescuer* takes such a sentence and returns new sentences that say the same, one statement each
(Netzwerk Leichte Sprache: one statement per sentence). The first sentence stands on its own; the
ones after it may point back at it with "Das …" or "Dann …", the way Leichte Sprache links a
statement and its time ("Das Fest ist am Samstag. Das ist von 11 bis 17 Uhr.") or a condition and
its consequence ("Haben Sie keine Tonne bekommen? Dann melden Sie sich."). The pipeline verifies
every sentence, keeps a rescue only whole, and keeps its followers only right after their head
(``whole_groups``): a sentence that points back never stands after another one.

Each rescuer lives in a module of its own and is listed in ``RESCUERS``; the first one that returns
sentences wins. A rescuer returns None when it is not sure: omission over error (issue 16).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from pressconv.transforms.easy import conditions as _conditions
from pressconv.transforms.easy.kind import Kind
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.templates import Line
from pressconv.transforms.easy.types import Failure

__all__ = ["RESCUERS", "Rescue", "RescueContext", "Rescuer", "exempt", "rescue", "whole_groups"]

# The openers a follower may use to point at its head, the sentence right before it: "Das ist am …"
# (the statement's time), "Dann …" (the consequence of a condition), "Dort …" (at the place named).
FOLLOWER_OPENERS: Final = ("Das", "Dann", "Dort")


@dataclass(frozen=True, slots=True)
class RescueContext:
    """What a rescuer may read: the refused sentence, why it was refused, and the release around it."""

    source: SourceSentence  # the source sentence as the release wrote it
    text: str  # its rewrite that the verifier refused (Perfekt, "von", numbers already done)
    failures: tuple[Failure, ...]  # why the rewrite was refused
    sentences: tuple[SourceSentence, ...]  # every sentence of the release
    index: int  # the source sentence's position in ``sentences``
    issued: date | None  # the release date, for relative dates
    kind: Kind  # the release's kind (kind.py)
    rewrite: Callable[[str], str]  # rewrite.rewrite for a piece of text, with the release date


@dataclass(frozen=True, slots=True)
class Rescue:
    """The sentences of one rescue: a head that stands alone, then followers that point back at it.

    ``question`` marks a head that asks the reader ("Haben Sie keine Tonne bekommen?"); it stands only
    with a follower that answers it ("Dann …"), the Leichte-Sprache form of a condition.
    """

    sentences: tuple[str, ...]
    question: bool = False


Rescuer = Callable[[RescueContext], Rescue | None]

# (name, rescuer) in the order they are tried; the name is the lines' origin ("rescue-<name>").
RESCUERS: tuple[tuple[str, Rescuer], ...] = (("conditions", _conditions.reader_action),)


def rescue(context: RescueContext, rescuers: Sequence[tuple[str, Rescuer]] | None = None) -> tuple[str, Rescue] | None:
    """The first rescue any rescuer (default ``RESCUERS``) offers for the refused sentence, with its name."""
    for name, rescuer in RESCUERS if rescuers is None else rescuers:
        found = rescuer(context)
        if found is not None and found.sentences:
            return name, found
    return None


def exempt(failures: Sequence[Failure], line: Line) -> list[Failure]:
    """The failures that count for ``line`` as part of its rescue group.

    A follower may open with a word that points at its head (``FOLLOWER_OPENERS``): the head is the
    sentence right before it, by construction (``whole_groups``). A question head is allowed where its
    group answers it.
    """
    out = list(failures)
    if line.follows:
        out = [f for f in out if not (f.check == "guard.dangling-opener" and f.match in FOLLOWER_OPENERS)]
    if line.question:
        out = [f for f in out if f.check != "guard.question"]
    return out


def whole_groups(lines: Sequence[Line]) -> list[Line]:
    """``lines`` without a follower whose head is not right before it, and without an unanswered question.

    Later steps drop or move single lines (the verifier, a repeat of the title, side details last);
    a follower left behind would point at the wrong sentence ("Das ist am Montag." after another
    news), and a question head without its "Dann …" asks and never answers.
    """
    out = list(lines)
    while True:
        kept: list[Line] = []
        for position, line in enumerate(out):
            if line.follows and (not kept or kept[-1].group != line.group):
                continue
            answered = position + 1 < len(out) and out[position + 1].follows and out[position + 1].group == line.group
            if line.question and not answered:
                continue
            kept.append(line)
        if len(kept) == len(out):
            return kept
        out = kept
