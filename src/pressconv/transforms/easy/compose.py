"""Composed rescues: a rescue whose piece the verifier refuses, with that piece repaired by the repairs again.

A rescuer (rescue.py) makes one repair of a refused sentence: it cuts it at its clauses, its time
or its list. A press sentence often breaks several rules at once, so a piece of the cut may still
break one: a passive, a length, a time phrase. The repairs that piece needs are the ones the
pipeline already has, which read one clause at a time: the sentence rewrite with its voice repairs
(rewrite.py, spanedit.one_clause) and the rescuers themselves. Leichte Sprache writes one statement
per sentence (Netzwerk Leichte Sprache); a piece is one statement, and its repair is a plain
rewrite of that statement, so the composed rescue says what the sentence said, in more steps.

Omission over error (issue 16): a piece is replaced only by a repair every sentence of which the
verifier accepts, which keeps every negation, focus word and hedge of the piece (rubric item 2:
a dropped nicht/nur/auch/alle is a wrong statement) and brings in no number the piece did not
have. A piece that points back ("Das ist am …", rescue.FOLLOWER_OPENERS) is only rewritten in one
sentence, and a piece the next sentence points at is repaired only by one sentence, so every
follower still points at the sentence it was made for (rescue.whole_groups). A question head and a
list's intro are never repaired. The work is bounded: at most ``MAX_DEPTH`` levels of rescuers
inside rescuers and ``BUDGET`` offers looked at per refused sentence, tried in the rescuers'
fixed order, so the result is the same on every run.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Final

from pressconv.transforms.easy.plainwords import plain_words
from pressconv.transforms.easy.rescue import FOLLOWER_OPENERS, Rescue, RescueContext
from pressconv.transforms.easy.rescuers import rescues

__all__ = ["BUDGET", "MAX_DEPTH", "Composer", "composed"]

# Rescuers inside rescuers: a piece of a piece, no deeper (a third cut would say a sentence in
# fragments a reader cannot put together again).
MAX_DEPTH: Final = 2
# Offers looked at per refused sentence for its pieces' repairs: keeps the summary fast.
BUDGET: Final = 24

# Words whose loss changes what a sentence says (rubric item 2; Duden grammar: negation, focus
# particles, quantifiers) or how sure it is (hedges and attributions: a guess stated as a fact is
# a wrong statement). Spellings of one hedge count as one ("ca." is "etwa" after rewrite.py).
_KEPT: Final = re.compile(
    r"^(?:nicht|nichts|nie|niemals|niemand|nur|auch|kein\w*|alle|allen|aller|alles|allem|erst|noch|mindestens|"
    r"höchstens|weniger|mehr|bis|ab|außer|ohne|voraussichtlich|vermutlich|mutmaßlich|wahrscheinlich|möglicherweise|"
    r"eventuell|angeblich|offenbar|offensichtlich|geplant\w*|soll|sollen|sagt|sagen|rund|etwa|ca|circa|ungefähr|"
    r"knapp|fast|über)$",
    re.IGNORECASE,
)
_APPROXIMATE: Final = frozenset(["rund", "etwa", "ca", "circa", "ungefähr"])
_WORD: Final = re.compile(r"\w+")
_NUMBER: Final = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(slots=True)
class Composer:
    """What a composition may use: the verifier's verdict on one sentence of a rescue (``passes``,
    with whether it stands as the group's head), and how many offers it may still look at."""

    passes: Callable[[str, bool], bool]
    budget: int = BUDGET
    _seen: dict[tuple[str, bool, bool, int], tuple[str, ...] | None] = field(default_factory=dict)


def composed(rescue: Rescue, context: RescueContext, composer: Composer, depth: int = 1) -> Rescue | None:
    """``rescue`` with each piece the verifier refuses replaced by its verified repair; None when one has none.

    The first piece is the group's head and stands alone; the others follow it (rescue.py). A
    rescue with nothing to repair, or whose repairs change nothing, comes back as None: the caller
    has verified it as it was.
    """
    pieces = rescue.sentences
    out: list[str] = []
    changed = False
    for position, piece in enumerate(pieces):
        head = position == 0
        if composer.passes(piece, head):
            out.append(piece)
            continue
        if (head and rescue.question) or (position == len(pieces) - 1 and rescue.items):
            return None  # a question head or a list's intro: its form is the rescuer's own
        pointed_at = position + 1 < len(pieces) and _opener(pieces[position + 1]) in FOLLOWER_OPENERS
        repair = _repaired(piece, context, composer, depth, head=head, single=pointed_at)
        if repair is None:
            return None  # omission over error: the rescue stands whole or not at all
        out.extend(repair)
        changed = True
    if not changed or len(set(out)) != len(out):
        return None
    return replace(rescue, sentences=tuple(out))


def _repaired(
    piece: str, context: RescueContext, composer: Composer, depth: int, *, head: bool, single: bool
) -> tuple[str, ...] | None:
    """The verified sentences that say ``piece``: its rewrite, else a rescuer's offer (itself composed)."""
    key = (piece, head, single, depth)
    if key in composer._seen:
        return composer._seen[key]
    found = _repair(piece, context, composer, depth, head=head, single=single)
    composer._seen[key] = found
    return found


def _repair(
    piece: str, context: RescueContext, composer: Composer, depth: int, *, head: bool, single: bool
) -> tuple[str, ...] | None:
    """The piece as sentences that pass the rules: its rewrite, or the rescuers' sentences, or None."""
    opener = _opener(piece)
    rewritten = plain_words(context.rewrite(piece))
    same_opener = opener not in FOLLOWER_OPENERS or _opener(rewritten) == opener
    # Numbers as the rewrite writes them ("9.000" -> "9 tausend", amounts.py) count as the piece's own.
    if rewritten != piece and same_opener and composer.passes(rewritten, head) and _keeps(piece, rewritten, (rewritten,)):
        return (rewritten,)
    if opener in FOLLOWER_OPENERS or depth > MAX_DEPTH:
        return None  # a follower is said in its own shape or not at all: it points at its head
    # The piece on its own is now the sentence the rescuers read: its source text, and its rewrite.
    inner = replace(context, source=replace(context.source, text=piece), text=rewritten)
    for offer in _offers(inner, composer):
        if offer.question or offer.items or (single and len(offer.sentences) > 1):
            continue
        # The repair's first sentence stands where the piece stood, which pointed at nothing: it is
        # checked as a head, so that it does not open with "Das …" and point at the sentence before.
        if all(composer.passes(s, i == 0) for i, s in enumerate(offer.sentences)):
            sentences: tuple[str, ...] | None = offer.sentences
        else:
            deeper = composed(offer, inner, composer, depth + 1)
            sentences = None if deeper is None or not composer.passes(deeper.sentences[0], True) else deeper.sentences
        if sentences is not None and (not single or len(sentences) == 1) and _keeps(piece, rewritten, sentences):
            return sentences
    return None


def _offers(context: RescueContext, composer: Composer) -> Iterator[Rescue]:
    """The rescuers' offers for ``context`` while the budget lasts."""
    for _, offer in rescues(context):
        if composer.budget <= 0:
            return
        composer.budget -= 1
        yield offer


def _opener(sentence: str) -> str:
    """The first word of the sentence, or an empty string."""
    words = sentence.split(maxsplit=1)
    return words[0] if words else ""


def _kept_words(text: str) -> Counter[str]:
    """The counts of the words a rewrite must keep (numbers and scope words), each hedge counted as "etwa"."""
    words = [w.lower() for w in _WORD.findall(text) if _KEPT.match(w)]
    return Counter("etwa" if w in _APPROXIMATE else w for w in words)


def _keeps(piece: str, rewritten: str, repair: tuple[str, ...]) -> bool:
    """The repair keeps every negation, focus word and hedge of the piece, and adds no number.

    ``rewritten`` is the piece's rewrite (rewrite.py), whose number forms count as the piece's own.
    """
    said = " ".join(repair)
    if _kept_words(piece) - _kept_words(said):
        return False
    return set(_NUMBER.findall(said)) <= set(_NUMBER.findall(piece)) | set(_NUMBER.findall(rewritten))
