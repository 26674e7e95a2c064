"""Regular expressions compiled on first use, so a run pays only for the patterns its text needs."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import Any

from pressconv.parser._programs import cached_compile

__all__ = ["LazyPattern", "lazy_compile"]


class LazyPattern:
    """A pattern that compiles itself the first time it is used.

    The parser holds about 170 module-level patterns; compiling them all at import took about
    30 ms, most of a one-release ``--to html`` run's parser cost, while one release uses only part
    of them (a release without front matter never asks the front-matter patterns). After the first
    use the compiled pattern's bound methods are set on the instance, so later calls cost what a
    plain ``re.Pattern`` costs.
    """

    pattern: str
    flags: int

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = source
        self.flags = flags

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = cached_compile(self.pattern, self.flags)
        # Instance attributes shadow the methods below from now on (they are plain functions on the
        # class, so an instance attribute of the same name wins).
        for name in ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split"):
            setattr(self, name, getattr(compiled, name))
        return compiled

    @property
    def groupindex(self) -> Any:
        """Like ``re.Pattern.groupindex``."""
        return self.compiled.groupindex

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """Like ``re.Pattern.match``."""
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """Like ``re.Pattern.fullmatch``."""
        return self.compiled.fullmatch(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """Like ``re.Pattern.search``."""
        return self.compiled.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """Like ``re.Pattern.finditer``."""
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        """Like ``re.Pattern.findall``."""
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        """Like ``re.Pattern.sub``."""
        return self.compiled.sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        """Like ``re.Pattern.subn``."""
        return self.compiled.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        """Like ``re.Pattern.split``."""
        return self.compiled.split(string, maxsplit)


def lazy_compile(source: str, flags: int | re.RegexFlag = 0) -> LazyPattern:
    """Return a pattern compiled on first use (the same arguments as ``re.compile``)."""
    return LazyPattern(source, int(flags))
