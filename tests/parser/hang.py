"""A guard that stops a parse that would hang (catastrophic regex backtracking), without timing it.

The house rule is that speed is measured by ``make bench``, never asserted: a bound of one or five
seconds failed under a loaded machine. A backtracking regex on a line of 100 000 characters runs for
hours, so a generous alarm tells a hang from a slow run on any machine.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

HANG_SECONDS = 120


@contextmanager
def no_hang(seconds: int = HANG_SECONDS) -> Iterator[None]:
    """Raise TimeoutError if the block runs longer than ``seconds`` (main thread, POSIX)."""

    def stop(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"still running after {seconds} s: the parser backtracks on this input")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
