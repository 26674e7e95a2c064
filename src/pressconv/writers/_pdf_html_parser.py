"""Make tinyhtml5's cache of ``chars_until`` patterns hit, so WeasyPrint's HTML parser stops rebuilding them.

tinyhtml5 2.1 (WeasyPrint's HTML parser) caches the pattern of each ``chars_until`` call in a module
dict, but stores it with a chained assignment, ``characters = cache[(characters, opposite)] = regex``,
which binds ``characters`` to the pattern before the key is built: every entry is keyed by a pattern,
no lookup ever hits, and each call (about six per list item, one per attribute or text run) builds
its character class again and looks it up in ``re``'s cache. With 10 000 list items that was 0.8 s
of profiled time (issue 15 #5), and every release of a batch pays its share (issue 21).

``install`` swaps the dict for one whose ``__missing__`` builds the same pattern as tinyhtml5 and
keeps it under the right key, so the lookup in ``chars_until`` succeeds and its buggy store never
runs. The patterns are the ones tinyhtml5 builds, so parsing is unchanged.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["install"]


class _PatternCache(dict[tuple[Any, bool], "re.Pattern[str]"]):
    """``chars_until``'s cache, filled on a miss with the pattern tinyhtml5 would build."""

    def __missing__(self, key: tuple[Any, bool]) -> re.Pattern[str]:
        characters, opposite = key
        # As tinyhtml5.inputstream.HTMLUnicodeInputStream.chars_until builds it (2.1.0).
        regex = "".join([f"\\x{ord(character):02x}" for character in characters])
        if not opposite:
            regex = f"^{regex}"
        pattern = re.compile(f"[{regex}]+")
        self[key] = pattern
        return pattern


def install() -> None:
    """Replace tinyhtml5's pattern cache once per process (a no-op if its code has no such cache)."""
    try:
        from tinyhtml5 import inputstream  # type: ignore[import-untyped]  # tinyhtml5 ships no types
    except ImportError:  # WeasyPrint without tinyhtml5: nothing to fix
        return
    cache = getattr(inputstream, "characters_until_regex", None)
    if isinstance(cache, dict) and not isinstance(cache, _PatternCache):
        inputstream.characters_until_regex = _PatternCache()
