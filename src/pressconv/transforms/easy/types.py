"""The value every check of the verifier returns: which check failed and on what."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Failure"]


@dataclass(frozen=True, slots=True)
class Failure:
    """Why one sentence fails: the check ("rule.passive", "guard.fact") and what triggered it."""

    check: str
    match: str
