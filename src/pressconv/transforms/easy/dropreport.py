"""The verifier's report of left-out sentences: one entry per source sentence, its reasons merged.

A source sentence may be tried in several forms (the whole rewrite, a cut piece of it, a rescued
short form), and each refused form was reported on its own: the same sentence stood twice in
``pressconv easy --report``, once with the reasons of each form. A reader of the report asks which
sentences are missing and why, so the forms of one sentence are one entry: the longest form (the
sentence as the summary would have said it) with the checks every form failed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy.verify import Failure

__all__ = ["merged_drops"]

# A form is a piece of another when most of its words (four in five) stand in the other: a cut
# piece keeps the sentence's words, a rewrite changes a few (an article, a verb's form).
_PIECE_SHARE: Final = 0.8
_WORD: Final = re.compile(r"[\wäöüß]+", re.I)

Dropped = tuple[str, tuple[Failure, ...]]


def _words(text: str) -> set[str]:
    """The text's words in lower case, without Mediopunkts."""
    return {w.lower() for w in _WORD.findall(text.replace("·", ""))}


def merged_drops(dropped: Sequence[Dropped]) -> list[Dropped]:
    """The entries of ``dropped`` with the forms of one sentence merged, in the order first reported."""
    merged: list[tuple[str, list[Failure], set[str]]] = []
    for text, failures in dropped:
        words = _words(text)
        same = next(
            (
                entry
                for entry in merged
                if words and entry[2] and len(words & entry[2]) >= _PIECE_SHARE * min(len(words), len(entry[2]))
            ),
            None,
        )
        if same is None:
            merged.append((text, list(failures), words))
            continue
        index = merged.index(same)
        longer = text if len(words) > len(same[2]) else same[0]
        checks = {f.check for f in same[1]}
        more = [f for f in failures if f.check not in checks]
        merged[index] = (longer, [*same[1], *more], same[2] | words)
    return [(text, tuple(failures)) for text, failures, _ in merged]
