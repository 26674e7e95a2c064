"""The model records which embargo line the embargo was read from, so writers need no parser (issue 18)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import jsonschema

from pressconv.api import parse, render
from pressconv.writers.json import release_from_json, release_to_dict

SCHEMA = Path(__file__).resolve().parents[2] / "src" / "pressconv" / "schemas" / "release.schema.json"
BODY = "Berlin, 20.12.2024 – Die Stadt eröffnet die neue Brücke am Heiligabend.\n"


def test_the_readable_line_after_an_unreadable_one_carries_the_time() -> None:
    release = parse(
        ("Sperrfrist: irgendwann bald\nSperrfrist: 24.12.2024, 18:00 Uhr\n\nNeue Brücke eröffnet\n\n" + BODY).encode()
    ).release
    meta = release.meta
    assert meta.embargo == datetime(2024, 12, 24, 18, 0)
    assert meta.embargo_index == 1
    html = render(release, "html").decode()
    # Only the line the embargo was read from is marked up as a machine-readable time.
    assert '<strong class="embargo-label">Sperrfrist: irgendwann bald</strong>' in html
    assert '<time datetime="2024-12-24T18:00">Sperrfrist: 24.12.2024, 18:00 Uhr</time>' in html


def test_no_readable_line_has_no_index() -> None:
    meta = parse(("Sperrfrist: irgendwann bald\n\nNeue Brücke eröffnet\n\n" + BODY).encode()).release.meta
    assert meta.embargo is None and meta.embargo_index is None and meta.embargo_lines


def test_the_index_survives_json_and_validates() -> None:
    release = parse(
        ("Sperrfrist: irgendwann bald\nSperrfrist: 24.12.2024, 18:00 Uhr\n\nNeue Brücke eröffnet\n\n" + BODY).encode()
    ).release
    document = json.loads(json.dumps(release_to_dict(release)))
    assert document["meta"]["embargo_index"] == 1
    jsonschema.validate(document, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert release_from_json(document) == release
    # A document written before the key existed still reads back (the key is optional in /1).
    del document["meta"]["embargo_index"]
    jsonschema.validate(document, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert release_from_json(document).meta.embargo_index is None


def test_a_model_without_the_index_prints_every_line_as_text() -> None:
    release = parse(("Sperrfrist: 24.12.2024, 18:00 Uhr\n\nNeue Brücke eröffnet\n\n" + BODY).encode()).release
    built = replace(release, meta=replace(release.meta, embargo_index=None))
    html = render(built, "html").decode()
    assert "Sperrfrist: 24.12.2024, 18:00 Uhr" in html
    assert '<time datetime="2024-12-24T18:00">Sperrfrist' not in html
