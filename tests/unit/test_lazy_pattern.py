"""Lazily compiled parser patterns behave like ``re.Pattern`` and compile only when used."""

from __future__ import annotations

import re

from pressconv.parser._lazy import lazy_compile


def test_not_compiled_until_used() -> None:
    pattern = lazy_compile(r"(?P<word>\w+)", re.IGNORECASE)
    assert "compiled" not in vars(pattern)
    found = pattern.search("  Wort ")
    assert found is not None and found.group("word") == "Wort"
    assert isinstance(vars(pattern)["compiled"], re.Pattern)


def test_every_method_matches_re() -> None:
    source, text = r"(\d+)", "a 12 b 345 c"
    lazy, plain = lazy_compile(source), re.compile(source)
    assert lazy.findall(text) == plain.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.sub("#", text) == plain.sub("#", text)
    assert lazy.subn("#", text, 1) == plain.subn("#", text, 1)
    assert lazy.split(text) == plain.split(text)
    assert lazy.match(text, 2) is not None and lazy.fullmatch("12") is not None
    assert lazy.pattern == source and lazy.groupindex == plain.groupindex
