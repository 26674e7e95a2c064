"""What every output checker returns: ``Issue``, a stable code and a readable message."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Issue"]


class Issue(NamedTuple):
    """One problem found inside a file: a stable code (``html.no-lang``) and a readable message."""

    code: str
    message: str
