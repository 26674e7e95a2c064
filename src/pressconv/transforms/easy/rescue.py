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

Each rescuer lives in a module of its own and is listed in ``rescuers.RESCUERS``; the first one that
returns sentences wins. A rescuer returns None when it is not sure: omission over error (issue 16).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Final

from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.types import Failure

if TYPE_CHECKING:  # a type only: templates -> facts -> advicelist -> conditions -> rescue at run time
    from pressconv.transforms.easy.templates import Line

__all__ = ["FOLLOWER_OPENERS", "Rescue", "RescueContext", "Rescuer", "exempt", "whole_groups"]

# The openers a follower may use to point at its head, the sentence right before it: "Das ist am …"
# (the statement's time), "Dann …" (the consequence of a condition), "Dort …" (at the place named).
FOLLOWER_OPENERS: Final = ("Das", "Dann", "Dort")


@dataclass(frozen=True, slots=True)
class RescueContext:
    """What a rescuer may read: the refused sentence, why it was refused, and the release around it."""

    source: SourceSentence  # the source sentence as the release wrote it
    text: str  # its rewrite that the verifier refused (Perfekt, "von", numbers already done)
    sentences: tuple[SourceSentence, ...]  # every sentence of the release
    index: int  # the source sentence's position in ``sentences``
    issued: date | None  # the release date, for relative dates
    rewrite: Callable[[str], str]  # rewrite.rewrite for a piece of text, with the release date
    earlier: tuple[str, ...] = ()  # the title and the summary's sentences so far (what the reader knows)
    contacts: tuple[str, ...] = ()  # the phone number and e-mail address the contact block prints


@dataclass(frozen=True, slots=True)
class Rescue:
    """The sentences of one rescue: a head that stands alone, then followers that point back at it.

    ``question`` marks a head that asks the reader ("Haben Sie keine Tonne bekommen?"); it stands only
    with a follower that answers it ("Dann …"), the Leichte-Sprache form of a condition. ``items`` is
    a list the last sentence introduces ("Ermäßigungen gelten für:"), one item a line (lists.py); it
    is kept whole or not at all.
    """

    sentences: tuple[str, ...]
    question: bool = False
    items: tuple[str, ...] = ()


Rescuer = Callable[[RescueContext], Rescue | None]


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
    """``lines`` with every rescue group whole and in one piece, or without it.

    Later steps drop or move single lines (the verifier, a repeat of the title, side details last);
    a follower left behind would point at the wrong sentence ("Das ist am Montag." after another
    news), a question head without its "Dann …" asks and never answers, and a head without its
    follower may state too much (its follower may carry the qualifier: "Das ist geschätzt."). So a
    group stands only with all its ``size`` lines, each follower right after the line before it.
    """
    out = list(lines)
    while True:
        kept: list[Line] = []
        for line in out:
            if line.follows and (not kept or kept[-1].group != line.group):
                continue
            kept.append(line)
        present: dict[int, int] = {}
        for line in kept:
            if line.group is not None:
                present[line.group] = present.get(line.group, 0) + 1
        sizes = {line.group: line.size for line in kept if line.group is not None and not line.follows}
        whole = [line for line in kept if line.group is None or present[line.group] >= sizes.get(line.group, 0) > 0]
        if len(whole) == len(out):
            return whole
        out = whole
