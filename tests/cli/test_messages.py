"""Messages (issue 18 #6): -q/-v levels, --ignore, grouped infos, colour only on a terminal, -V, honest summaries."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from pressconv.diagnostics import Diagnostic
from pressconv.messages import diagnostic_lines
from tests.cli.helpers import CORPUS, EPOCH, PRESSCONV, explain, run_cli

# A text with no date: the parser warns date.missing (a warning every run has).
UNDATED = "Neue Radwege am Hafen\n\nDie Stadt baut bis Ende des Jahres neue Radwege rund um den Hafen.\n"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _undated(folder: Path) -> Path:
    source = folder / "rel.txt"
    source.write_text(UNDATED, encoding="utf-8")
    return source


def _bad(folder: Path) -> Path:
    binary = folder / "bad.txt"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    return binary


def test_quiet_hides_warnings_infos_and_progress_but_not_errors(tmp_path: Path) -> None:
    args: list[str | Path] = ["convert", _undated(tmp_path), _bad(tmp_path), "-d", tmp_path / "out"]
    loud = run_cli(args)
    assert "warning: no release date found" in loud.stderr and "wrote" in loud.stdout, explain(loud)
    quiet = run_cli([*args, "-q"])
    assert quiet.returncode == 4, explain(quiet)
    assert quiet.stdout == "" and ": warning: " not in quiet.stderr and ": info: " not in quiet.stderr
    assert quiet.stderr.count("pressconv: error:") == 1 and "bad.txt" in quiet.stderr
    both = run_cli([*args, "-q", "-v"])
    assert both.returncode == 2, explain(both)


def test_repeated_infos_are_grouped_unless_verbose(tmp_path: Path) -> None:
    # Releases whose Leichte-Sprache summary repeats an info code (hard words, left-out sentences).
    for source in sorted(CORPUS.glob("de-*.txt"))[:12]:
        verbose = run_cli(["convert", source, "--to", "easy", "-o", tmp_path / "x.leicht.html", "-v"])
        codes = Counter(re.findall(r": info: .*\[([a-z.-]+)\]$", verbose.stderr, flags=re.M))
        repeated = [code for code, count in codes.items() if count > 1]
        if repeated:
            break
    else:
        pytest.fail("no corpus release repeats an info code; the grouping cannot be shown")
    normal = run_cli(["convert", source, "--to", "easy", "-o", tmp_path / "y.leicht.html"])
    assert normal.returncode == verbose.returncode == 0, explain(normal)
    for code in repeated:
        lines = [line for line in normal.stderr.splitlines() if f"[{code}]" in line]
        assert len(lines) == 1 and "-v lists each" in lines[0], normal.stderr
    # Nothing else changes: warnings stay one per line.
    assert normal.stderr.count(": warning: ") == verbose.stderr.count(": warning: ")


def test_grouping_names_the_details_once() -> None:
    hard = [
        Diagnostic(level="info", code="easy.hard-word", message=f"hard word without a glossary entry: W{i}")
        for i in range(50)
    ]
    mixed = [Diagnostic(level="warning", code="date.missing", message="no release date found", line=1), *hard]
    lines = diagnostic_lines(mixed, "r.txt", "normal")
    assert lines[0] == "r.txt:1: warning: no release date found [date.missing]"
    assert lines[1].startswith("r.txt: info: 50 × hard word without a glossary entry: W0, W1,") and lines[1].count("W") == 8
    assert len(lines) == 2
    assert len(diagnostic_lines(mixed, "r.txt", "verbose")) == 51
    assert diagnostic_lines(mixed, "r.txt", "quiet") == []


def test_ignore_on_the_command_line_and_in_the_config(tmp_path: Path) -> None:
    source = _undated(tmp_path)
    strict: list[str | Path] = ["convert", source, "-d", tmp_path / "out", "--fail-on", "warning"]
    assert run_cli(strict).returncode == 3
    ignored = run_cli([*strict, "--ignore", "date.missing", "--ignore", "residue"])
    assert ignored.returncode == 0 and "date.missing" not in ignored.stderr, explain(ignored)
    (tmp_path / "pressconv.toml").write_text('ignore = ["date"]\n', encoding="utf-8")
    from_config = run_cli(strict)
    assert from_config.returncode == 0 and "date.missing" not in from_config.stderr, explain(from_config)
    (tmp_path / "pressconv.toml").write_text('ignore = "date"\n', encoding="utf-8")
    wrong = run_cli(strict)
    assert wrong.returncode == 2 and "pressconv.toml:1: ignore:" in wrong.stderr, explain(wrong)
    assert run_cli([*strict, "--ignore", "Date Missing"]).returncode == 2


def test_promoted_warnings_are_counted_as_warnings(tmp_path: Path) -> None:
    source = _undated(tmp_path)
    other = tmp_path / "other.txt"
    other.write_text(UNDATED.replace("Hafen", "Bahnhof"), encoding="utf-8")
    report = tmp_path / "report.json"
    done = run_cli(["convert", source, other, "-d", tmp_path / "out", "--fail-on", "warning", "--report", report])
    assert done.returncode == 3, explain(done)
    assert "0 failed" in done.stderr and "2 warnings" in done.stderr, done.stderr
    document = json.loads(report.read_text(encoding="utf-8"))
    assert [f["status"] for f in document["files"]] == ["warnings", "warnings"]
    assert document["summary"]["exit_code"] == 3
    junit = tmp_path / "report.xml"
    run_cli(["convert", source, "-d", tmp_path / "out2", "--fail-on", "warning", "--report", junit])
    failures = list(ET.parse(junit).getroot().iter("failure"))
    assert len(failures) == 1 and failures[0].get("type") == "warnings-promoted"


def _stderr_on_a_terminal(args: list[str | Path], env: dict[str, str]) -> str:
    main, secondary = pty.openpty()
    try:
        process = subprocess.Popen(
            [str(PRESSCONV), *map(str, args)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=secondary,
            env={
                **{k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CI")},
                "SOURCE_DATE_EPOCH": EPOCH,
                "TERM": "xterm",
                **env,
            },
        )
        os.close(secondary)
        shown = b""
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
        process.wait(timeout=300)
    finally:
        os.close(main)
    return shown.decode("utf-8", "replace")


def test_levels_are_coloured_on_a_terminal_only(tmp_path: Path) -> None:
    args: list[str | Path] = ["convert", _undated(tmp_path), "-d", tmp_path / "out"]
    coloured = _stderr_on_a_terminal(args, {})
    assert "\x1b[01;35mwarning\x1b[0m: no release date found" in coloured, repr(coloured)
    plain = _stderr_on_a_terminal(args, {"NO_COLOR": "1"})
    assert "warning: no release date found" in plain and not ANSI.search(plain), repr(plain)
    piped = run_cli(args, env={"TERM": "xterm"})
    assert "warning: no release date found" in piped.stderr and not ANSI.search(piped.stderr)
    error = _stderr_on_a_terminal(["convert", tmp_path / "missing.txt"], {})
    assert "pressconv: \x1b[01;31merror\x1b[0m: " in error, repr(error)


def test_capital_v_prints_the_version() -> None:
    for flag in ("-V", "--version"):
        done = run_cli([flag])
        assert done.returncode == 0 and re.fullmatch(r"pressconv \d+\.\d+\.\d+\S*\n", done.stdout), explain(done)
