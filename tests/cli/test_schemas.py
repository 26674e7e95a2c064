"""The published JSON Schemas (issue 18 #9): printed by `pressconv schema`, and every JSON pressconv writes validates."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from pressconv.schemas import schema_text
from tests.cli.helpers import CORPUS, explain, run_cli, run_cli_bytes
from tests.cli.reportschema import validate_published, validate_report

SEED = CORPUS / "de-city-dortmund-seed.txt"


@pytest.mark.parametrize(("name", "identifier"), [("release", "pressconv.release/1"), ("report", "pressconv.report/1")])
def test_schema_prints_a_valid_draft_2020_12_schema(name: str, identifier: str) -> None:
    shown = run_cli(["schema", name])
    assert shown.returncode == 0, explain(shown)
    document = json.loads(shown.stdout)
    jsonschema.Draft202012Validator.check_schema(document)
    assert document["title"] == identifier and document["properties"]["schema"] == {"const": identifier}
    assert shown.stdout == schema_text(name)


def test_an_unknown_schema_is_a_usage_error() -> None:
    shown = run_cli(["schema", "model"])
    assert shown.returncode == 2 and "release" in shown.stderr, explain(shown)


def test_the_schema_is_not_a_rubber_stamp() -> None:
    # A document with a misspelt key or a wrong type must fail, or the validation below proves nothing.
    good = json.loads(run_cli(["inspect", "--json", SEED]).stdout)
    validate_published(good, "release")
    for broken in (
        {**good, "titel": "x"},
        {**good, "meta": {**good["meta"], "issued": "20.09.2018"}},
        {**good, "body": [{**good["body"][0], "type": "paragraf"}]},
    ):
        with pytest.raises(AssertionError):
            validate_published(broken, "release")


def test_every_model_json_of_the_corpus_validates(tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = run_cli(["convert", CORPUS, "--to", "json", "-d", out, "--easy", "--report", tmp_path / "report.json"])
    assert done.returncode in (0, 1), explain(done)  # a summary may fail; its JSON is then absent
    documents = sorted(out.rglob("*.json"))
    assert len(documents) >= len(list(CORPUS.glob("*.txt")))
    for path in documents:
        document: Any = json.loads(path.read_text(encoding="utf-8"))
        try:
            validate_published(document, "release")
        except AssertionError as error:
            raise AssertionError(f"{path.name}: {error}") from None
    assert any(json.loads(p.read_text(encoding="utf-8"))["meta"].get("variant") == "easy" for p in documents)
    validate_report(json.loads((tmp_path / "report.json").read_text(encoding="utf-8")))


def test_inspect_json_from_standard_input_validates() -> None:
    done = run_cli_bytes(["inspect", "-", "--json"], stdin=SEED.read_bytes())
    assert done.returncode == 0
    validate_published(json.loads(done.stdout), "release")


def test_a_report_with_failures_warnings_and_promotion_validates(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(SEED, folder / "good.txt")
    (folder / "undated.txt").write_text("Neue Radwege\n\nDie Stadt baut neue Radwege am Hafen.\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00PK\x03\x04" * 40)
    report = tmp_path / "report.json"
    done = run_cli(["convert", folder, "-d", tmp_path / "out", "--fail-on", "warning", "--report", report])
    assert done.returncode == 4, explain(done)
    document = json.loads(report.read_text(encoding="utf-8"))
    validate_report(document)
    assert {f["status"] for f in document["files"]} >= {"failed", "warnings"}
