"""The PDF writer's speed-ups of session 7 change where work happens, never the bytes (issues 15 #5, 21).

Each speed-up is switched off in turn and the PDF rendered again: the bytes must be the same. The
helpers are tested on their own too: the frame-stack trampoline returns and raises as a plain call,
tinyhtml5's pattern cache is keyed by the characters asked for (not by the pattern, its upstream
bug), and the fast split of a bullet's ``TJ`` array agrees with the general one.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from pressconv.model import Release
from pressconv.writers import _pdf_html_parser, _pdf_stack
from pressconv.writers import pdf as pdf_module
from pressconv.writers._pdf_tags import _split_array, _split_items
from pressconv.writers.pdf import PdfWriter
from tests.fixtures.releases import context, every_kind_release, long_release


@pytest.fixture(scope="module", params=["every-kind", "long"])
def release(request: pytest.FixtureRequest) -> Release:
    return every_kind_release() if request.param == "every-kind" else long_release()


@pytest.fixture(scope="module")
def rendered(release: Release) -> bytes:
    return PdfWriter().render(release, context())


def test_the_pdf_is_the_same_without_the_stack_room(
    release: Release, rendered: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_pdf_stack, "with_stack_room", lambda function: function())
    assert PdfWriter().render(release, context()) == rendered


def test_the_pdf_is_the_same_with_weasyprints_own_layout_and_deflating(
    release: Release, rendered: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pikepdf writes its own object streams, and deflates what it rewrote or was left plain as before."""
    seen: list[bytes] = []
    import pressconv.writers._pdf_tags as tags

    fix_tags = tags.fix_tags

    def spy(data: bytes, *args: Any, **kwargs: Any) -> Any:
        seen.append(data)
        return fix_tags(data, *args, **kwargs)

    monkeypatch.setattr(tags, "fix_tags", spy)
    monkeypatch.setattr(pdf_module, "_pdf_for_the_fixer", lambda: contextlib.nullcontext(set()))
    assert PdfWriter().render(release, context()) == rendered
    assert b"/ObjStm" in seen[-1]  # WeasyPrint's own layout was really used this time
    assert b"BDC" not in seen[-1]  # and its content streams deflated
    monkeypatch.undo()
    monkeypatch.setattr(tags, "fix_tags", spy)
    assert PdfWriter().render(release, context()) == rendered
    assert b"/ObjStm" not in seen[-1]
    assert b"BDC" in seen[-1]  # content streams plain for the fixer


def test_the_stack_room_returns_and_raises_as_a_plain_call() -> None:
    assert _pdf_stack.with_stack_room(lambda: 42) == 42
    with pytest.raises(ZeroDivisionError):
        _pdf_stack.with_stack_room(lambda: 1 // 0)


def test_a_recursion_deeper_than_the_room_still_runs() -> None:
    """The room is one chunk; a deeper call goes on in chunks of its own, as without it."""

    def depth(n: int) -> int:
        return 0 if n == 0 else 1 + depth(n - 1)

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 20_000))
    try:
        assert _pdf_stack.with_stack_room(lambda: depth(15_000)) == 15_000
    finally:
        sys.setrecursionlimit(limit)


def test_tinyhtml5_patterns_are_cached_under_the_characters_asked_for() -> None:
    import tinyhtml5  # type: ignore[import-untyped]  # WeasyPrint 70's HTML parser: always installed with it
    from tinyhtml5 import inputstream

    _pdf_html_parser.install()
    page = '<p class="a" id="b">Text &amp; <span data-x="1">mehr</span></p>' * 3
    first = tinyhtml5.parse(page)
    entries = dict(inputstream.characters_until_regex)
    assert entries and not any(isinstance(key[0], re.Pattern) for key in entries)
    again = tinyhtml5.parse(page)
    assert inputstream.characters_until_regex == entries  # every lookup hit
    assert [e.tag for e in first.iter()] == [e.tag for e in again.iter()]


def test_the_pattern_cache_builds_the_pattern_tinyhtml5_builds() -> None:
    cache = _pdf_html_parser._PatternCache()
    assert cache[(("<", "&"), False)].pattern == "[^\\x3c\\x26]+"
    assert cache[(" \t", True)].pattern == "[\\x20\\x09]+"
    assert len(cache) == 2


def _shapes() -> Iterator[list[Any]]:
    import pikepdf

    s = pikepdf.String
    yield [s(b"\x00\x10"), 0, s(b"\x00\x03"), 0, s(b"\x00\x20"), 11, s(b"\x00\x21"), 0]
    yield [s(b"\x00\x10\x00\x03"), -5, s(b"\x00\x20\x00\x21")]
    yield [s(b"\x00\x10"), 0, s(b"\x00\x03")]  # the label alone
    yield [s(b"\x00\x10"), 3, 4, s(b"\x00\x03"), 0, s(b"\x00\x20")]
    yield [s(b"\x00\x10\x00\x03\x00\x20"), 0]  # the label ends inside a string


@pytest.mark.parametrize("glyphs", [1, 2, 3])
def test_the_fast_split_of_a_line_agrees_with_the_general_one(glyphs: int) -> None:
    import pikepdf

    def plain(items: list[Any]) -> list[Any]:
        return [bytes(i) if isinstance(i, pikepdf.String) else int(i) for i in items]

    for items in _shapes():
        expected_label, expected_rest = _split_items(pikepdf, list(items), glyphs)
        fast = _split_array(pikepdf, pikepdf.Array(items), glyphs)
        if fast is None:
            # Only when the label ends inside a string does the general split have to cut one.
            assert any(isinstance(i, pikepdf.String) for i in expected_rest)
            assert len(expected_label) + len(expected_rest) > len(items)
            continue
        label, rest = fast
        assert plain(label) == plain(expected_label)
        assert plain(list(rest)) == plain(expected_rest)


def test_a_stream_left_plain_for_the_fixer_is_deflated_as_pydyf_would() -> None:
    """A deferred stream the fixer does not rewrite (no tags here) gets pydyf's level-9 bytes."""
    import io
    import zlib

    import pikepdf

    from pressconv.writers._pdf_tags import fix_tags

    # Varied enough that zlib's default level (QPDF's) would give other bytes than pydyf's level 9.
    content = b"".join(
        b"BT /F1 11 Tf %d %d Td [<%04x> %d <%04x>] TJ ET\n" % (i, i * 7 % 97, i * 31 % 4099, i % 13, i * i % 65521)
        for i in range(3000)
    )
    pdf = pikepdf.new()
    pdf.add_blank_page()
    plain = pdf.make_stream(content)
    other = pdf.make_stream(b"not deferred " * 20)
    pdf.pages[0].obj.Contents = plain
    pdf.Root.Extra = other
    buffer = io.BytesIO()
    pdf.save(buffer, compress_streams=False)
    number, kept = plain.objgen[0], other.objgen[0]

    fixed, _ = fix_tags(buffer.getvalue(), {}, language="de-DE", deflate={number})
    compressor = zlib.compressobj(level=9)
    with pikepdf.open(io.BytesIO(fixed)) as result:
        stream = result.pages[0].obj.Contents
        assert stream.Filter == "/FlateDecode"
        assert stream.read_raw_bytes() == compressor.compress(content) + compressor.flush()
        assert stream.read_bytes() == content
        assert result.Root.Extra.read_bytes() == b"not deferred " * 20
    assert kept != number
