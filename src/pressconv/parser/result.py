"""What the parser returns: the release, its diagnostics and the lines it removed (re-exported by ``api``)."""

from __future__ import annotations

from dataclasses import dataclass

from pressconv.diagnostics import Diagnostic, RemovedLine
from pressconv.model import Release

__all__ = ["ParseResult"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ParseResult:
    """What the parser made of a text: the release, what it noticed, and what it removed and why."""

    release: Release
    diagnostics: tuple[Diagnostic, ...] = ()
    removed: tuple[RemovedLine, ...] = ()
    encoding: str = "utf-8"
