"""The ninjs writer: every corpus release validates against IPTC's ninjs 2.4 schema and says what the model says."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jsonschema
import pytest

from pressconv.api import make_context, parse, render
from pressconv.errors import WriterError
from pressconv.model import Paragraph, Release, inline_text
from pressconv.writers.base import Branding
from pressconv.writers.ninjs import release_uri
from tests.fixtures.releases import tiny_png

TESTS = Path(__file__).resolve().parents[1]
SCHEMA = TESTS / "schemas" / "ninjs-schema_2.4.json"
# The corpus copies kept in the repository: the 22 corpus releases and the 30 annotated ones.
RELEASES = sorted((TESTS / "corpus").glob("*.txt")) + sorted((TESTS / "eval" / "annotated" / "texts").glob("*.txt"))
CASES = TESTS / "parser" / "cases"
EPOCH = datetime(2018, 9, 20, 12, 0, tzinfo=UTC)
# RFC 3339 date-time with a mandatory offset (ninjs "format": "date-time"); jsonschema checks
# formats only when optional packages are installed, so the test checks it itself.
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$")


@cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _parse(path: Path) -> Release:
    return parse(path.read_bytes(), path=path.name).release


def _ninjs(release: Release, **context: Any) -> dict[str, Any]:
    ctx = make_context(release, timestamp=EPOCH, **context)
    data: dict[str, Any] = json.loads(render(release, "ninjs", ctx=ctx))
    return data


def _errors(document: dict[str, Any]) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in _validator().iter_errors(document)]


def _instant(value: str) -> datetime:
    assert RFC3339.match(value), value
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def test_the_corpus_is_there() -> None:
    assert len(RELEASES) >= 52


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: p.stem)
def test_every_corpus_release_validates_and_matches_the_model(path: Path) -> None:
    release = _parse(path)
    document = _ninjs(release)
    assert _errors(document) == []
    meta = release.meta
    # Headline and language as the model has them.
    assert document["headlines"][0] == {
        "role": "main",
        "contenttype": "text/plain",
        "value": " ".join(inline_text(meta.title).split()),
    }
    assert document["language"] == meta.language
    if meta.subtitle:
        assert document["headlines"][1]["value"] == " ".join(inline_text(meta.subtitle).split())
    # The date: the release's day in its own zone (German releases: Europe/Berlin).
    created = _instant(document["versioncreated"])
    assert document["firstcreated"] == document["versioncreated"]
    if meta.issued is not None:
        assert created.date() == meta.issued
        if meta.language.startswith("de"):
            assert created.utcoffset() == created.astimezone(ZoneInfo("Europe/Berlin")).utcoffset()
    else:
        assert created == EPOCH
    # Embargo: present exactly when the model has one, at the same wall-clock time.
    if meta.embargo is None:
        assert "embargoed" not in document
    else:
        assert _instant(document["embargoed"]).replace(tzinfo=None) == meta.embargo
    # A dateline place only when the release wrote one (not the sender's seat found elsewhere).
    assert document.get("located") == (None if meta.place_inferred else meta.place)
    # Both bodies, and every paragraph's words in the plain one.
    html, plain = document["bodies"]
    assert (html["contenttype"], plain["contenttype"]) == ("text/html", "text/plain")
    assert "<h1" not in html["value"] and "<html" not in html["value"]
    for block in release.body:
        if isinstance(block, Paragraph):
            assert " ".join(inline_text(block.children).split()) in " ".join(plain["value"].split())
    assert plain["wordcount"] == len(plain["value"].split())
    assert document["uri"] == release_uri(release)
    assert document["uri"].startswith("urn:uuid:")


def test_embargo_and_time_of_day_come_from_the_release() -> None:
    release = _parse(CASES / "de-full.txt")
    assert release.meta.embargo == datetime(2024, 3, 21, 11, 0)
    document = _ninjs(release)
    assert _errors(document) == []
    # Sperrfrist 21.03.2024, 11:00 Uhr in Germany is 10:00 UTC (CET, before the change to summer time).
    assert document["embargoed"] == "2024-03-21T11:00:00+01:00"
    assert document["versioncreated"].startswith("2024-03-20T")
    assert document["pubstatus"] == "usable"
    assert document["located"] == "Musterstadt"
    assert document["altids"] == [{"role": "release-number", "value": release.meta.release_number}]
    assert document["descriptions"][0]["value"].startswith("Die Stadt Musterstadt baut")
    # Speakers with their roles from the quotations, the press contact with how to reach them.
    people = {person["name"]: person for person in document["people"]}
    assert people["Erika Beispiel"]["rel"] == "speaker"
    assert people["Erika Beispiel"]["literal"] == "Bürgermeisterin"
    assert people["Max Muster"]["rel"] == "speaker"
    contact = people["Maria Beispiel"]
    assert contact["rel"] == "contact"
    assert {info["type"] for info in contact["contactinfo"]} == {"email", "phone", "address"}
    assert document["organisations"][0] == {"name": "Stadt Musterstadt", "rel": "sender"}


def test_english_release_without_a_known_zone_is_written_as_utc_with_a_warning() -> None:
    # en-US spans several zones: the writer does not guess one, it says so (and UTC is stated as such).
    release = _parse(CASES / "en-full.txt")
    assert release.meta.language == "en-US" and release.meta.embargo is not None
    ctx = make_context(release, timestamp=EPOCH)
    document = json.loads(render(release, "ninjs", ctx=ctx))
    assert _errors(document) == []
    # The embargo line names its zone ("10:00 GMT"), so that instant is kept; the release date
    # has none, and that is what the warning is about.
    embargo = release.meta.embargo
    in_utc = embargo.astimezone(UTC).replace(tzinfo=None) if embargo.tzinfo else embargo
    assert document["embargoed"] == in_utc.isoformat(timespec="seconds") + "Z"
    assert [d.code for d in ctx.reporter.diagnostics] == ["ninjs.timezone"]


def test_configured_zone_and_base_uri() -> None:
    release = _parse(CASES / "de-full.txt")
    options = {"ninjs_base_uri": "https://press.example.org/releases/", "ninjs_timezone": "America/New_York"}
    document = _ninjs(release, options=options, stem="radwege 2024")
    assert _errors(document) == []
    assert document["uri"] == "https://press.example.org/releases/radwege%202024"
    assert document["embargoed"] == "2024-03-21T11:00:00-04:00"
    with pytest.raises(WriterError, match="not a known IANA time zone"):
        _ninjs(release, options={"ninjs_timezone": "Mars/Olympus"})


def test_the_uri_is_stable_and_follows_the_source() -> None:
    path = CASES / "de-full.txt"
    first, second = _ninjs(_parse(path)), _ninjs(_parse(path))
    assert first["uri"] == second["uri"]
    changed = parse(path.read_bytes() + b"\nNoch ein Satz.\n", path=path.name).release
    assert _ninjs(changed)["uri"] != first["uri"]


def test_sender_logo_and_organisation(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(tiny_png())
    release = _parse(CASES / "de-full.txt")
    branding = Branding(organisation="Stadt Musterstadt", logo_path=str(logo), logo_alt="Wappen der Stadt")
    document = _ninjs(release, branding=branding)
    assert _errors(document) == []
    (association,) = document["associations"]
    assert association["name"] == "logo" and association["type"] == "picture"
    rendition = association["renditions"][0]
    assert rendition["contenttype"] == "image/png" and rendition["href"].startswith("data:image/png;base64,")
    assert association["descriptions"][0]["value"] == "Wappen der Stadt"
    assert document["organisations"][0]["rel"] == "sender"
    assert document["by"] in (release.meta.author, release.meta.organisation, "Stadt Musterstadt")


def test_inferred_place_is_not_located() -> None:
    # The corpus has releases whose place is only the sender's seat (Berlin authorities, police).
    inferred = [path for path in RELEASES if _parse(path).meta.place_inferred]
    assert inferred
    for path in inferred:
        assert "located" not in _ninjs(_parse(path))


def test_same_bytes_for_the_same_input_and_timestamp() -> None:
    for path in RELEASES[:6]:
        release = _parse(path)
        first = render(release, "ninjs", ctx=make_context(release, timestamp=EPOCH))
        second = render(_parse(path), "ninjs", ctx=make_context(release, timestamp=EPOCH))
        assert first == second
        assert first.endswith(b"\n") and json.loads(first)


def test_render_accepts_a_parse_result() -> None:
    result = parse((CASES / "de-full.txt").read_bytes(), path="de-full.txt")
    assert render(result, "ninjs", timestamp=EPOCH) == render(result.release, "ninjs", timestamp=EPOCH)


def test_the_schema_rejects_what_it_should() -> None:
    # The validator is real: a wrong type, an unknown property and a missing uri are all refused.
    good = _ninjs(_parse(CASES / "de-full.txt"))
    assert _errors({**good, "type": "press-release"})
    assert _errors({**good, "sperrfrist": "morgen"})
    assert _errors({key: value for key, value in good.items() if key != "uri"})
