"""The JSON writer: public key names, and a round trip back to an equal model for every corpus file."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pressconv.api import render
from pressconv.writers.json import JsonWriter, release_from_json, release_to_json
from tests.conftest import corpus_files, parse_file


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_round_trip(path: Path) -> None:
    result = parse_file(path)
    document = json.loads(json.dumps(release_to_json(result)))
    assert release_from_json(document) == result.release


def test_writer_through_the_registry() -> None:
    result = parse_file(corpus_files()[0])
    data = render(result.release, "json", timestamp=datetime(2020, 1, 1, tzinfo=UTC))
    document = json.loads(data.decode("utf-8"))
    assert document["schema"] == "pressconv.release/1"
    assert document["removed"] == [] and document["diagnostics"] == []
    assert JsonWriter.media_type == "application/json" and JsonWriter.requires == ()
