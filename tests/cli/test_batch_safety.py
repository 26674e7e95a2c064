"""No run writes over its own inputs or outputs, and standard streams are never files (issue 15 #12, #13, #19, #20)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from pressconv import batch
from pressconv.batch import BatchPlan, BatchSettings, Job, plan_batch, run_batch
from tests.cli.helpers import CORPUS, EPOCH, PRESSCONV, run_cli

SEED = CORPUS / "de-city-dortmund-seed.txt"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_error_line(result: subprocess.CompletedProcess[str], code: int) -> None:
    shown = f"exit {result.returncode}\n{result.stderr[-2000:]}"
    assert result.returncode == code, shown
    assert "Traceback" not in result.stderr, shown
    assert len([line for line in result.stderr.splitlines() if line.startswith("pressconv: error:")]) == 1, shown


@pytest.mark.parametrize("extra", [[], ["--force"], ["--no-clobber"], ["-o", "rel.html"], ["-o", "./x/../rel.html"]])
def test_an_output_never_replaces_its_own_input(extra: list[str], tmp_path: Path) -> None:
    # A release saved as rel.html, converted to html next to itself (or named by -o): the output
    # is the source. Overwriting outputs is the default; inputs are never outputs.
    source = tmp_path / "rel.html"
    shutil.copyfile(SEED, source)
    (tmp_path / "x").mkdir()
    before = _digest(source)
    result = run_cli(["convert", source, "--to", "html", *extra], cwd=tmp_path)
    _one_error_line(result, 2)
    assert "input" in result.stderr
    assert _digest(source) == before


@pytest.mark.parametrize("where", ["input", "output"])
def test_the_report_names_neither_an_input_nor_an_output(where: str, tmp_path: Path) -> None:
    # The report must end in .json (or .xml), so the clashing input and output are JSON files too.
    source = tmp_path / ("rel.json" if where == "input" else "rel.txt")
    shutil.copyfile(SEED, source)
    out = tmp_path / "o"
    out.mkdir()
    report = source if where == "input" else out / "rel.json"
    before = _digest(source)
    result = run_cli(["convert", source, "--to", "json", "--out-dir", out, "--report", report], cwd=tmp_path)
    _one_error_line(result, 2)
    assert "--report" in result.stderr and ("input" if where == "input" else "output") in result.stderr
    assert _digest(source) == before
    assert not (out / "rel.json").exists(), "the run started although its report would replace an output"


def test_stdout_output_ignores_a_stdin_named_file(tmp_path: Path) -> None:
    # `pressconv convert - --to pdf > x.pdf` with a stdin.pdf lying around in the folder.
    (tmp_path / "stdin.pdf").write_bytes(b"not ours")
    with (tmp_path / "x.pdf").open("wb") as out, SEED.open("rb") as source:
        result = subprocess.run(
            [str(PRESSCONV), "convert", "-", "--to", "pdf"],
            cwd=tmp_path,
            stdin=source,
            stdout=out,
            stderr=subprocess.PIPE,
            env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "CI": "true"},
            timeout=300,
            check=False,
        )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF-")
    assert (tmp_path / "stdin.pdf").read_bytes() == b"not ours"


def test_workers_are_capped_by_inputs_and_cores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources = []
    for index in range(6):
        source = tmp_path / f"r{index}.txt"
        shutil.copyfile(SEED, source)
        sources.append(source)
    used: list[int] = []

    def fake_pool(jobs: list[Job], settings: BatchSettings, workers: int, *_: object) -> None:
        used.append(workers)

    monkeypatch.setattr(batch, "_run_pool", fake_pool)
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    settings = BatchSettings(formats=("html",), jobs=1000, out_dir=tmp_path / "out")
    plan: BatchPlan = plan_batch(sources, settings, extensions={"html": "html"})
    run_batch(plan, settings)
    assert used == [2], "-j 1000 on one core must start cores x 2 workers, not one per input"
    used.clear()
    run_batch(BatchPlan(jobs=plan.jobs[:2]), settings)
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    run_batch(BatchPlan(jobs=plan.jobs[:3]), settings)
    assert used == [2, 3], "never more workers than inputs"
