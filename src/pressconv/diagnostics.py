"""Diagnostics: what the parser, transforms and writers noticed, with a code and a source line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeAlias

__all__ = ["Diagnostic", "Level", "RemovedLine", "Reporter"]

Level: TypeAlias = Literal["error", "warning", "info"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Diagnostic:
    """One finding. ``code`` is ``area.problem`` (``date.missing``), stable across versions."""

    level: Level
    code: str
    message: str
    line: int | None = None

    def format(self, path: str | None = None) -> str:
        """Render GNU style: ``release.txt:3: warning: no date found [date.missing]``."""
        where = path or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.level}: {self.message} [{self.code}]"


@dataclass(frozen=True, slots=True, kw_only=True)
class RemovedLine:
    """An input line that is deliberately not part of the release, and why (nothing is lost silently)."""

    line: int
    text: str
    reason: str


class Reporter:
    """Collects diagnostics during one conversion; writers and transforms add to it."""

    def __init__(self) -> None:
        self._items: list[Diagnostic] = []

    def add(self, level: Level, code: str, message: str, line: int | None = None) -> None:
        """Record one diagnostic."""
        self._items.append(Diagnostic(level=level, code=code, message=message, line=line))

    def extend(self, diagnostics: tuple[Diagnostic, ...] | list[Diagnostic]) -> None:
        """Record several diagnostics at once."""
        self._items.extend(diagnostics)

    @property
    def diagnostics(self) -> tuple[Diagnostic, ...]:
        """Everything recorded so far, in order."""
        return tuple(self._items)
