"""How diagnostics reach a person: verbosity levels, ignored codes, repeated infos grouped, colour on a terminal."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from typing import IO, Literal, TypeAlias

from pressconv.diagnostics import Diagnostic

__all__ = ["Verbosity", "colour", "colour_enabled", "diagnostic_lines", "is_code", "is_ignored"]

# quiet: errors only; normal: warnings, and infos grouped by code; verbose: every info on its own line.
Verbosity: TypeAlias = Literal["quiet", "normal", "verbose"]

# GCC's default GCC_COLORS: error bold red, warning bold magenta, note bold cyan; compilers, ruff and
# pandoc users read these levels by their colour.
_COLOURS = {"error": "\x1b[01;31m", "warning": "\x1b[01;35m", "info": "\x1b[01;36m", "hint": "\x1b[01;36m"}
_RESET = "\x1b[0m"
_LEVEL = re.compile(r"(^|: )(error|warning|info|hint)(: )")
# How many details a grouped info line names before "…".
_GROUP_SHOWN = 8


def colour_enabled(stream: IO[str]) -> bool:
    """True if ``stream`` is a terminal and nothing asks for plain text (NO_COLOR, TERM=dumb)."""
    # https://no-color.org: NO_COLOR set to anything but the empty string turns colour off.
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty is not None and isatty())


def colour(line: str, enabled: bool) -> str:
    """Colour the first level word of a message line (``warning:``); unchanged when not enabled."""
    if not enabled:
        return line
    return _LEVEL.sub(lambda m: f"{m.group(1)}{_COLOURS[m.group(2)]}{m.group(2)}{_RESET}{m.group(3)}", line, count=1)


# Diagnostic codes are area.problem (diagnostics.Diagnostic), lower-case with dashes; an area alone
# ("easy") names all its codes.
_CODE = re.compile(r"[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*")


def is_code(value: str) -> bool:
    """True if ``value`` has the shape of a diagnostic code (date.missing) or an area (date)."""
    return _CODE.fullmatch(value) is not None


def is_ignored(code: str, ignore: Iterable[str]) -> bool:
    """True if ``code`` or its area is ignored: ``easy`` ignores ``easy.hard-word``, as ruff's prefixes do."""
    return any(code == item or code.startswith(item + ".") for item in ignore)


def diagnostic_lines(diagnostics: Sequence[Diagnostic], name: str, verbosity: Verbosity) -> list[str]:
    """The lines to print for one input's diagnostics, in order; errors are never hidden."""
    # Each entry is a finished line or the code of an info group, which stands where its first item did.
    entries: list[str | tuple[str]] = []
    groups: dict[str, list[Diagnostic]] = {}
    for diagnostic in diagnostics:
        if diagnostic.level == "error":
            entries.append(diagnostic.format(name))
        elif verbosity == "quiet":
            continue
        elif diagnostic.level == "info" and verbosity == "normal":
            if diagnostic.code not in groups:
                entries.append((diagnostic.code,))
                groups[diagnostic.code] = []
            groups[diagnostic.code].append(diagnostic)
        else:
            entries.append(diagnostic.format(name))
    return [entry if isinstance(entry, str) else _group(groups[entry[0]], name) for entry in entries]


def _group(items: list[Diagnostic], name: str) -> str:
    if len(items) == 1:
        return items[0].format(name)
    code = items[0].code
    heads = {item.message.partition(": ")[0] for item in items}
    if len(heads) == 1 and all(": " in item.message for item in items):
        # "hard word without a glossary entry: X" fifty times: one line naming the words.
        details = list(dict.fromkeys(item.message.partition(": ")[2] for item in items))
        shown = ", ".join(details[:_GROUP_SHOWN]) + (", …" if len(details) > _GROUP_SHOWN else "")
        return f"{name}: info: {len(items)} × {heads.pop()}: {shown} [{code}] (-v lists each)"
    return f"{items[0].format(name)} (and {len(items) - 1} more [{code}]; -v lists each)"
