"""``pressconv convert`` over folders as CI runs it: reports, reproducible hashes, bad inputs, --fail-fast."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.cli.helpers import CORPUS, EPOCH, PRESSCONV, corpus_files, explain, run_cli, run_cli_bytes
from tests.cli.reportschema import validate_report

FAST_FORMATS = "html,json"
# Sorts between the first corpus files (berlin-mitte < berlin-n < berlin-pankow).
BAD_NAME = "de-city-berlin-n-bad.txt"


def _outputs_by_input(report: dict[str, object]) -> dict[str, dict[str, str]]:
    files = report["files"]
    assert isinstance(files, list)
    return {f["input"]: {o["format"]: o["sha256"] for o in f["outputs"]} for f in files}


def test_batch_over_the_corpus_reports_every_output_with_sha256_and_is_reproducible(tmp_path: Path) -> None:
    hashes = []
    for run in ("first", "second"):
        out = tmp_path / run
        report_path = tmp_path / f"{run}.json"
        completed = run_cli(
            [
                "convert",
                CORPUS,
                "--to",
                FAST_FORMATS,
                "--out-dir",
                out,
                "--jobs",
                "2",
                "--report",
                report_path,
            ]
        )
        assert completed.returncode == 0, explain(completed)
        report = json.loads(report_path.read_text(encoding="utf-8"))
        validate_report(report)
        outputs = _outputs_by_input(report)
        assert len(outputs) == len(corpus_files())
        for name, formats in outputs.items():
            assert set(formats) == set(FAST_FORMATS.split(",")), name
        for entry in report["files"]:
            for output in entry["outputs"]:
                written = Path(output["path"])
                assert written.is_file() and written.is_relative_to(out)
                import hashlib

                assert hashlib.sha256(written.read_bytes()).hexdigest() == output["sha256"]
        hashes.append({Path(k).name: v for k, v in outputs.items()})
        assert "files" in completed.stderr and "outputs" in completed.stderr  # the summary line
    assert hashes[0] == hashes[1]


def _mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    good = corpus_files()[:3]
    for source in good:
        shutil.copy(source, folder / source.name)
    # Sorted between the good ones: a PDF renamed to .txt, the classic mistake.
    (folder / BAD_NAME).write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + bytes(range(256)))
    return folder


def test_one_bad_input_among_good_ones_writes_all_good_outputs_and_exits_4(tmp_path: Path) -> None:
    folder = _mixed_folder(tmp_path)
    out = tmp_path / "out"
    report_path = tmp_path / "r.json"
    completed = run_cli(["convert", folder, "--to", "html", "-d", out, "--report", report_path, "--jobs", "2"])
    assert completed.returncode == 4, explain(completed)
    assert BAD_NAME in completed.stderr
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(p.with_suffix(".html").name for p in folder.iterdir() if p.name != BAD_NAME)
    report = json.loads(report_path.read_text(encoding="utf-8"))
    validate_report(report)
    bad = [f for f in report["files"] if f["input"].endswith(BAD_NAME)]
    assert bad and bad[0]["status"] == "failed" and bad[0]["exit_code"] == 4
    assert bad[0]["error"]["kind"] == "bad-input" and bad[0]["error"]["message"]


def test_fail_fast_stops_at_the_bad_input(tmp_path: Path) -> None:
    folder = _mixed_folder(tmp_path)
    names = sorted(p.name for p in folder.iterdir())
    bad_position = names.index(BAD_NAME)
    assert 0 < bad_position < len(names) - 1, "the bad file must sit between good ones"
    out = tmp_path / "out"
    report_path = tmp_path / "r.json"
    completed = run_cli(
        ["convert", folder, "--to", "html", "-d", out, "--fail-fast", "--jobs", "1", "--report", report_path]
    )
    assert completed.returncode == 4, explain(completed)
    written = sorted(p.stem for p in out.iterdir())
    assert written == [Path(n).stem for n in names[:bad_position]]
    report = json.loads(report_path.read_text(encoding="utf-8"))
    validate_report(report)
    statuses = [f["status"] for f in report["files"]]
    assert statuses[bad_position] == "failed"
    assert set(statuses[bad_position + 1 :]) == {"skipped"}


def test_junit_report_parses_and_names_the_failed_input(tmp_path: Path) -> None:
    folder = _mixed_folder(tmp_path)
    junit = tmp_path / "pressconv.xml"
    completed = run_cli(["convert", folder, "--to", "html", "-d", tmp_path / "out", "--report", junit])
    assert completed.returncode == 4, explain(completed)
    root = ET.parse(junit).getroot()
    failures = [case for case in root.iter("testcase") if case.find("failure") is not None]
    assert [Path(case.get("name", "")).name for case in failures] == [BAD_NAME]
    failure = failures[0].find("failure")
    assert failure is not None and failure.get("type") == "bad-input"
    assert len(list(root.iter("testcase"))) == 4


def test_existing_outputs_are_overwritten_unless_no_clobber(tmp_path: Path) -> None:
    source = corpus_files()[0]
    out = tmp_path / "out"
    assert run_cli(["convert", source, "--to", "html", "-d", out]).returncode == 0
    again = run_cli(["convert", source, "--to", "html", "-d", out])
    assert again.returncode == 0, explain(again)
    kept = run_cli(["convert", source, "--to", "html", "-d", out, "--no-clobber"])
    assert kept.returncode == 1 and "--no-clobber" in kept.stderr, explain(kept)
    # --force is still accepted (old scripts), and means what is now the default.
    assert run_cli(["convert", source, "--to", "html", "-d", out, "--force"]).returncode == 0


def test_stdin_to_stdout_gives_the_same_bytes_as_a_file(tmp_path: Path) -> None:
    source = corpus_files()[0]
    piped = run_cli_bytes(["convert", "-", "--to", "html"], stdin=source.read_bytes(), cwd=tmp_path)
    assert piped.returncode == 0, piped.stderr.decode()
    assert piped.stdout.startswith(b"<!DOCTYPE html") or piped.stdout.lstrip().lower().startswith(b"<!doctype html")
    assert list(tmp_path.iterdir()) == []  # nothing written next to the caller


def test_environment_defaults_choose_formats_and_out_dir(tmp_path: Path) -> None:
    source = corpus_files()[0]
    out = tmp_path / "from-env"
    completed = run_cli(["convert", source], env={"PRESSCONV_TO": FAST_FORMATS, "PRESSCONV_OUT_DIR": str(out)})
    assert completed.returncode == 0, explain(completed)
    assert sorted(p.suffix for p in out.iterdir()) == sorted("." + f for f in FAST_FORMATS.split(","))


def test_malformed_source_date_epoch_is_an_input_error(tmp_path: Path) -> None:
    completed = run_cli(
        ["convert", corpus_files()[0], "--to", "html", "-d", tmp_path], env={"SOURCE_DATE_EPOCH": "yesterday"}
    )
    assert completed.returncode == 4 and "SOURCE_DATE_EPOCH" in completed.stderr, explain(completed)
    assert list(tmp_path.iterdir()) == []


def test_unknown_format_exits_5_before_any_work(tmp_path: Path) -> None:
    completed = run_cli(["convert", CORPUS, "--to", "html,pfd", "-d", tmp_path])
    assert completed.returncode == 5 and "did you mean pdf" in completed.stderr, explain(completed)
    assert list(tmp_path.iterdir()) == []


def test_fail_on_warning_exits_3_when_a_release_has_warnings(tmp_path: Path) -> None:
    # A text with no date and no title structure: the parser warns about it.
    source = tmp_path / "thin.txt"
    source.write_text("ein satz ohne datum\n", encoding="utf-8")
    plain = run_cli(["convert", source, "--to", "html", "-d", tmp_path / "a"])
    assert plain.returncode == 0, explain(plain)
    assert ": warning: " in plain.stderr, "this input should produce a warning: " + explain(plain)
    strict = run_cli(["convert", source, "--to", "html", "-d", tmp_path / "b", "--fail-on", "warning"])
    assert strict.returncode == 3, explain(strict)


def test_ctrl_c_leaves_no_partial_files_and_the_report_says_what_finished(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    sources = corpus_files()
    for i in range(400):
        shutil.copy(sources[i % len(sources)], folder / f"r{i:03}.txt")
    out = tmp_path / "out"
    report_path = tmp_path / "r.json"
    process = subprocess.Popen(
        [
            str(PRESSCONV),
            "convert",
            str(folder),
            "--to",
            "html",
            "-d",
            str(out),
            "--jobs",
            "2",
            "--report",
            str(report_path),
        ],
        # PYTHONPATH passes through: a worktree tests its own src/ with the shared virtualenv.
        env={
            "PATH": "/usr/bin:/bin",
            "SOURCE_DATE_EPOCH": EPOCH,
            "CI": "true",
            "PYTHONPATH": os.environ.get("PYTHONPATH", ""),
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    first = process.stdout.readline()  # the first finished input: the batch is running
    assert "wrote" in first, first
    process.send_signal(signal.SIGINT)
    try:
        _, stderr = process.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr
    leftovers = [p for p in out.rglob("*") if p.name.endswith(".part") or p.name.startswith(".")]
    assert leftovers == []
    report = json.loads(report_path.read_text(encoding="utf-8"))
    validate_report(report)
    assert report["summary"]["interrupted"] is True
    finished = {Path(o["path"]).name for f in report["files"] for o in f["outputs"]}
    on_disk = {p.name for p in out.iterdir()}
    assert finished == on_disk and 0 < len(finished) < 400
    assert report["summary"]["skipped"] == 400 - len(finished)


@pytest.mark.slow
def test_batch_over_the_corpus_in_every_format(tmp_path: Path) -> None:
    started = time.perf_counter()
    hashes = []
    for run in ("first", "second"):
        report_path = tmp_path / f"{run}.json"
        completed = run_cli(
            [
                "convert",
                CORPUS,
                "--to",
                "all",
                "--out-dir",
                tmp_path / run,
                "--jobs",
                "2",
                "--report",
                report_path,
            ]
        )
        assert completed.returncode == 0, explain(completed)
        report = json.loads(report_path.read_text(encoding="utf-8"))
        validate_report(report)
        outputs = _outputs_by_input(report)
        assert all(set(f) == {"html", "pdf", "epub", "docx", "easy"} for f in outputs.values()), outputs
        hashes.append({Path(k).name: v for k, v in outputs.items()})
    assert hashes[0] == hashes[1], f"not reproducible (took {time.perf_counter() - started:.0f} s)"
    # The same outputs pass our own accessibility check ...
    checked = run_cli(["check", tmp_path / "first"])
    assert checked.returncode == 0 and "0 finding(s)" in checked.stderr, explain(checked)
    # ... and lose no word of their release (the "nothing lost" check, DESIGN §5).
    losses = _text_losses(tmp_path / "first")
    assert losses == {}, losses


def _text_losses(out: Path) -> dict[tuple[str, str], str]:
    """Per (release, format): the words missing or out of order, as ``TextComparison.describe`` says."""
    from pressconv.checks.text_preserved import compare_text, expected_words, extract_text

    losses: dict[tuple[str, str], str] = {}
    for source in corpus_files():
        expected = expected_words(source.read_bytes(), path=source.name)
        for extension in ("html", "pdf", "epub", "docx"):
            comparison = compare_text(expected, extract_text(out / f"{source.stem}.{extension}"))
            if not comparison.in_order:
                losses[(source.stem, extension)] = comparison.describe()
    return losses


def test_easy_renders_the_summary_through_every_requested_writer(tmp_path: Path) -> None:
    source = corpus_files()[0]
    completed = run_cli(["convert", source, "--to", "html,docx", "--easy", "-d", tmp_path])
    assert completed.returncode == 0, explain(completed)
    stem = source.stem
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [f"{stem}.html", f"{stem}.docx", f"{stem}.leicht.html", f"{stem}.leicht.docx"]
    )
    summary = (tmp_path / f"{stem}.leicht.html").read_bytes()
    assert summary != (tmp_path / f"{stem}.html").read_bytes()
    checked = run_cli(["check", tmp_path])
    assert checked.returncode == 0, explain(checked)
