"""Run a deep recursion (WeasyPrint's layout) with room on CPython's frame stack, so no chunk is mapped per call.

CPython 3.11 keeps Python frames on a "data stack" made of 16 KiB chunks, each mapped with ``mmap``
when a call does not fit in the current one and unmapped as soon as that call returns (CPython
gh-142183, fixed in 3.14 by caching one chunk). WeasyPrint lays out a page by recursion that goes
back and forth across such a boundary: 10 000 list items cost 234 000 ``mmap``/``munmap`` pairs
and about 2 s of system time (issue 15 #5), and every release of a batch pays its share (issue 21).

``with_stack_room`` calls the function from a trampoline whose frame is just over half of a 1 MiB
chunk (a frame is as large as its code's ``co_stacksize`` says, and a chunk is the smallest power
of two of at least 16 KiB that holds the frame). The frames of the call below it fill the rest of
that chunk (about 500 KiB, far more than the layout's deepest recursion), so no boundary is crossed
and nothing is mapped again until the trampoline returns. The trampoline's own stack slots are never
written, so their pages are never touched. Results and behaviour are unchanged: only where the frames live.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import TypeVar

__all__ = ["with_stack_room"]

_T = TypeVar("_T")

# Pointer slots reserved by the trampoline's frame: 8 × 66 000 bytes is just over 512 KiB, so CPython
# maps a 1 MiB chunk for it and leaves about 500 KiB for the frames of the call.
_STACK_SLOTS = 66_000


def _trampoline(function: Callable[[], _T]) -> _T:
    return function()


_ROOMY: Callable[[Callable[[], object]], object] = types.FunctionType(
    _trampoline.__code__.replace(co_stacksize=_STACK_SLOTS), globals(), "_roomy_trampoline"
)


def with_stack_room(function: Callable[[], _T]) -> _T:
    """Return ``function()``, called with about 500 KiB of CPython frame stack free in one chunk."""
    return _ROOMY(function)  # type: ignore[return-value]
