"""The open end "bis auf Weiteres" (until further notice): found in one place for every rule that drops it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

__all__ = ["OPEN_END", "open_end"]

# "bis auf Weiteres" (Duden: until further notice): no end is known, the state holds now; a clause
# says the same without it ("ist ab sofort gesperrt"), so a rule may leave it out.
OPEN_END: Final = ("bis", "auf", "weiteres")


def open_end(words: Sequence[str], at: int) -> int:
    """The number of words of "bis auf Weiteres" starting at ``words[at]`` (3), else 0."""
    return len(OPEN_END) if tuple(w.lower() for w in words[at : at + len(OPEN_END)]) == OPEN_END else 0
