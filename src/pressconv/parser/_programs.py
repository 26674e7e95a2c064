"""Compiled regular-expression programs kept next to the bytecode, so a fresh process skips sre's compiler.

Issue 21: the parser's first release compiles about 140 patterns, 0.035-0.04 s of CPU in every fresh
process (sre's parser and code generator are pure Python), more than the parse itself. What
``re.compile`` hands to the C engine at the end, ``_sre.compile(pattern, flags, code, groups,
groupindex, indexgroup)``, is plain data: it is stored here, per interpreter build, in a file beside
this package's bytecode (``__pycache__``, or ``sys.pycache_prefix``), and handed to ``_sre.compile``
again by the next process (2 ms for all of them). The pattern objects are those ``re.compile``
builds from the same program, so matching does not change.

Like bytecode, the file is only an accelerator: it is written only where Python writes bytecode
(not under ``-B`` or PYTHONDONTWRITEBYTECODE), atomically, at exit and only if the process compiled a
pattern the file lacked; a missing, stale, foreign or damaged file, or an interpreter whose private
``_sre.compile`` differs, falls back to ``re.compile``. Its name carries the interpreter's cache
tag, exact version and ``_sre.MAGIC``, since sre's code format changes between versions.
"""

from __future__ import annotations

import atexit
import importlib.util
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["cached_compile", "save_programs"]

try:  # CPython's private engine entry point, what re._compiler.compile ends with.
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _TAG: str | None = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}"
except (ImportError, AttributeError):  # another implementation: plain re.compile
    _TAG = None

_FORMAT = 1
_MAX_PROGRAMS = 4000  # the parser has about 250 patterns

# (pattern, flags) -> the arguments of _sre.compile after the pattern; None until first read.
_table: dict[tuple[str, int], tuple[Any, ...]] | None = None
_missing: list[tuple[str, int]] = []


def cache_file() -> Path | None:
    """Where the programs of this interpreter build are kept (beside this package's bytecode)."""
    if _TAG is None or sys.implementation.cache_tag is None:
        return None
    bytecode = Path(importlib.util.cache_from_source(__file__))
    return bytecode.parent / f"re-programs.{_TAG}.marshal"


def _load() -> dict[tuple[str, int], tuple[Any, ...]]:
    global _table
    if _table is None:
        _table = {}
        path = cache_file()
        try:
            if path is not None:
                stored = marshal.loads(path.read_bytes())
                if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == _FORMAT:
                    _table = dict(stored[1])
        except (OSError, ValueError, EOFError, TypeError):
            _table = {}  # unreadable or damaged: compile as if there were no file
    return _table


def cached_compile(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the stored program when there is one."""
    flags = int(flags)
    program = _load().get((source, flags))
    if program is not None:
        try:
            compiled: re.Pattern[str] = _sre.compile(source, *program)
            return compiled
        except Exception:  # a program sre refuses (damaged file): compile it anew
            pass
    compiled = re.compile(source, flags)
    if not _missing and not sys.dont_write_bytecode and cache_file() is not None:
        atexit.register(save_programs)
    if not sys.dont_write_bytecode:
        _missing.append((source, flags))
    return compiled


def _program(source: str, flags: int) -> tuple[Any, ...]:
    # The steps of re._compiler.compile (CPython 3.11-3.13) up to its call of _sre.compile.
    parsed = _parser.parse(source, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _same(source: str, flags: int, program: tuple[Any, ...]) -> bool:
    # Pattern equality compares the pattern text, the flags and the whole compiled code (CPython's
    # pattern_richcompare), so a stored program is one re.compile would have built.
    return bool(_sre.compile(source, *program) == re.compile(source, flags))


def save_programs() -> None:
    """Add the programs this process compiled to the file (atomically); any failure leaves it as it was."""
    path = cache_file()
    if path is None or not _missing or sys.dont_write_bytecode:
        return
    try:
        # The temporary file first: in a read-only install every run would otherwise compile its
        # patterns a second time at exit only to find it cannot write them.
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as stream:
            # Patterns of older pressconv versions stay in the file (they are keyed by their text,
            # so never wrong, only unused); past a bound the file starts again from this process.
            table = dict(_load()) if len(_load()) < _MAX_PROGRAMS else {}
            for source, flags in _missing:
                program = _program(source, flags)
                if _same(source, flags, program):
                    table[(source, flags)] = program
            _missing.clear()
            stream.write(marshal.dumps((_FORMAT, sorted(table.items()))))
        os.chmod(temporary, 0o644)  # mkstemp's 0600 would hide it from other users of the install
        os.replace(temporary, path)
    except Exception:  # full disk, another sre: stay with the file as it was
        Path(temporary).unlink(missing_ok=True)
