"""File names that are not UTF-8 (``lat\\xe4in.txt`` from a Latin-1 system): bytes on disk, text with
U+FFFD where shown (issue 15 #14)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.reliability.support import assert_clean_success, run_cli

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SEED = CORPUS / "de-city-dortmund-seed.txt"
RAW = b"lat\xe4in"
SHOWN = "lat\ufffdin"


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("names")
    shutil.copyfile(SEED, os.path.join(os.fsencode(folder), RAW + b".txt"))
    source = Path(os.fsdecode(os.path.join(os.fsencode(folder), RAW + b".txt")))
    result = run_cli(
        ["convert", source, "--to", "all,json", "--out-dir", folder / "o", "--report", folder / "r.json"],
        cwd=folder,
        timeout=300,
    )
    assert_clean_success(result)
    return folder


def test_outputs_keep_the_bytes_of_the_name(converted: Path) -> None:
    names = sorted(os.listdir(os.fsencode(converted / "o")))
    assert RAW + b".json" in names and RAW + b".pdf" in names, names


def test_report_and_json_show_the_name_with_a_replacement_character(converted: Path) -> None:
    report = json.loads((converted / "r.json").read_text(encoding="utf-8"))
    entry = report["files"][0]
    assert SHOWN in entry["input"]
    assert all(SHOWN in output["path"] for output in entry["outputs"])
    model = json.loads(Path(os.fsdecode(os.path.join(os.fsencode(converted / "o"), RAW + b".json"))).read_bytes())
    assert SHOWN in model["meta"]["source"]["name"]


def test_check_reads_outputs_with_such_names(converted: Path) -> None:
    result = run_cli(["check", converted / "o"], cwd=converted)
    assert result.returncode == 0, result.stdout + result.stderr
    source = Path(os.fsdecode(os.path.join(os.fsencode(converted), RAW + b".txt")))
    result = run_cli(["check", "--against", source, converted / "o"], cwd=converted)
    assert result.returncode == 0, result.stdout + result.stderr
