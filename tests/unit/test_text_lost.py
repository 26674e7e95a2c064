"""The parser's self-check: a parse that drops words reports ``text.lost`` as an error, with the line."""

from __future__ import annotations

from dataclasses import replace

import pytest

import pressconv.parser as parser_module
from pressconv.api import parse
from pressconv.model import Block, block_text
from pressconv.parser.accounting import HEAD_LINE_REASON, lost_words, text_lost_diagnostic

RELEASE = """Neue Bänke für den Stadtpark

Kassel – Die Stadt stellt im Frühjahr zwanzig neue Bänke im Stadtpark auf.

Die alten Bänke werden an Vereine verschenkt, die sich bis Ende März melden.

Wer eine Bank spenden möchte, schreibt an parks@example.de.
"""


def test_a_correct_parse_reports_nothing() -> None:
    result = parse(RELEASE)
    assert [d for d in result.diagnostics if d.code == "text.lost"] == []
    assert not lost_words(RELEASE, result.release, result.removed)


def test_a_release_missing_a_paragraph_is_reported_with_its_words_and_line() -> None:
    result = parse(RELEASE)
    body = tuple(block for block in result.release.body if "verschenkt" not in block_text(block))
    assert len(body) == len(result.release.body) - 1
    diagnostic = text_lost_diagnostic(RELEASE, replace(result.release, body=body), result.removed)
    assert diagnostic is not None
    assert diagnostic.level == "error" and diagnostic.code == "text.lost"
    assert diagnostic.line == 5  # "Die alten Bänke werden an Vereine verschenkt …"
    assert "'verschenkt'" in diagnostic.message


def test_a_parser_that_drops_a_block_is_caught_by_the_parse_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    # Simulate a parser bug: the block builder loses the last body block.
    build_blocks = parser_module.build_blocks  # type: ignore[attr-defined]

    def losing(*args: object, **kwargs: object) -> list[Block]:
        blocks: list[Block] = build_blocks(*args, **kwargs)  # type: ignore[arg-type]
        return blocks[:-1]

    monkeypatch.setattr(parser_module, "build_blocks", losing)
    result = parse(RELEASE)
    lost = [d for d in result.diagnostics if d.code == "text.lost"]
    assert len(lost) == 1 and lost[0].level == "error"
    assert lost[0].line is not None


def test_removed_lines_and_link_targets_count_as_accounted_for() -> None:
    text = "Titel der Meldung\n\nDirekt zum Inhalt\n\nDer Text steht hier, mehr auf www.example.de/info.\n"
    result = parse(text)
    assert not lost_words(text, result.release, result.removed)


def test_head_lines_read_into_metadata_are_listed_as_written() -> None:
    # The weekday, "PM" and the spaced letters of the label survive only as typed metadata.
    text = "M E D I A  R E L E A S E\nTuesday, May 3, 2016 05:47 PM\n\nTown Opens Library\n\nThe town opened its library.\n"
    result = parse(text)
    assert not [d for d in result.diagnostics if d.code == "text.lost"]
    listed = {entry.line: entry.text for entry in result.removed if entry.reason == HEAD_LINE_REASON}
    assert 2 in listed and "PM" in listed[2]


def test_a_dateline_with_an_abbreviated_month_and_an_hour_loses_nothing() -> None:
    text = "Town Opens Library\n\nPORTLAND -- Sept. 2, 2022 9:00 -- The town opened its new library today.\n"
    result = parse(text)
    assert not lost_words(text, result.release, result.removed)
