"""The Python API's text conveniences (``block.text``, ``item.text``, ``meta.title_text``) say what the
JSON writer's ``text`` fields say, for every corpus release and every block kind (issue 18 #10)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pressconv.api import render
from pressconv.model import Block, BulletList, OrderedList, Release
from tests.conftest import corpus_files, parse_file
from tests.fixtures.releases import every_kind_release


def _compare_blocks(blocks: tuple[Block, ...], documents: list[dict[str, Any]]) -> int:
    """Assert each block's ``text`` equals its JSON ``text`` (items too); return how many were compared."""
    assert len(blocks) == len(documents)
    for block, document in zip(blocks, documents, strict=True):
        assert block.text == document["text"], document["type"]
        if isinstance(block, BulletList | OrderedList):
            assert [item.text for item in block.items] == [item["text"] for item in document["items"]]
    return len(blocks)


def _compare(release: Release) -> int:
    document = json.loads(render(release, "json"))
    assert release.meta.title_text == document["meta"]["title"]
    assert release.meta.subtitle_text == document["meta"]["subtitle"]
    compared = _compare_blocks(release.body, document["body"])
    for section, section_document in zip(release.sections, document["sections"], strict=True):
        compared += _compare_blocks(section.blocks, section_document["blocks"])
    return compared


@pytest.mark.parametrize("path", corpus_files(), ids=lambda path: path.stem)
def test_conveniences_equal_the_json_text_fields(path: Path) -> None:
    release = parse_file(path).release
    assert release.meta.title_text.strip(), "every corpus release has a title"
    assert _compare(release) > 0


def test_every_block_kind_has_the_convenience() -> None:
    # The corpus has no table or image; the fixture release has one block of every kind.
    release = every_kind_release()
    kinds = {type(block).__name__ for block in release.body}
    assert {"Paragraph", "Heading", "BlockQuote", "BulletList", "OrderedList", "Table", "Image", "PhotoCredit"} <= kinds
    assert _compare(release) == len(release.body) + sum(len(s.blocks) for s in release.sections)


def test_the_api_docstring_examples_run() -> None:
    # The examples in parse, render and convert are what users copy: they must run as printed.
    import doctest

    import pressconv.api

    outcome = doctest.testmod(pressconv.api, report=False)
    assert outcome.attempted >= 9 and outcome.failed == 0, outcome
