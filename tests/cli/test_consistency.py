"""Every command behaves alike (issue 18 #8): '-' is standard input, a missing file is exit 4, help names arguments."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli.helpers import CORPUS, explain, run_cli, run_cli_bytes

SEED = CORPUS / "de-city-dortmund-seed.txt"


@pytest.mark.parametrize(
    "args",
    [["inspect", "-"], ["inspect", "-", "--json"], ["easy", "-"], ["convert", "-", "--to", "json"]],
)
def test_dash_reads_standard_input(args: list[str], tmp_path: Path) -> None:
    from_stdin = run_cli_bytes(args, stdin=SEED.read_bytes(), cwd=tmp_path)
    assert from_stdin.returncode == 0, from_stdin.stderr.decode()
    assert "Dortmund" in from_stdin.stdout.decode("utf-8")
    assert list(tmp_path.iterdir()) == []


def test_check_against_dash_reads_the_release_from_standard_input(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    assert run_cli(["convert", SEED, "-o", page]).returncode == 0
    checked = run_cli_bytes(["check", "--against", "-", page], stdin=SEED.read_bytes())
    assert checked.returncode == 0 and b"all" in checked.stderr and b"present" in checked.stderr, checked.stdout.decode()


@pytest.mark.parametrize(
    "args",
    [
        ["convert", "missing.txt"],
        ["inspect", "missing.txt"],
        ["easy", "missing.txt"],
        ["check", "missing.html"],
        ["check", "--against", "missing.txt", str(SEED)],
    ],
)
def test_a_missing_file_is_exit_4_with_one_line(args: list[str], tmp_path: Path) -> None:
    done = run_cli(args, cwd=tmp_path)
    assert done.returncode == 4, explain(done)
    assert done.stderr.count("pressconv: error:") == 1 and "missing." in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("command", ["convert", "inspect", "easy", "check", "formats"])
def test_help_names_arguments_and_values(command: str) -> None:
    shown = run_cli([command, "--help"], env={"COLUMNS": "200"})
    assert shown.returncode == 0, explain(shown)
    # Typer's defaults print <str>, <path>, <int range> and {RELEASE}: type names and braces.
    assert re.search(r"<[a-z ]+>|\{[A-Z]", shown.stdout) is None, shown.stdout


@pytest.mark.parametrize(
    ("report", "extra", "message"),
    [
        ("report.html", [], "is written as .json or .xml"),
        ("report.json", ["--report-format", "junit"], "a JUnit report is written as .xml"),
        ("missing/report.json", [], "missing does not exist"),
    ],
)
def test_report_refuses_a_name_it_would_not_write(report: str, extra: list[str], message: str, tmp_path: Path) -> None:
    done = run_cli(["convert", SEED, "-d", tmp_path / "out", "--report", tmp_path / report, *extra], cwd=tmp_path)
    assert done.returncode == 2 and message in done.stderr, explain(done)
    assert not (tmp_path / "out").exists() and not (tmp_path / "missing").exists()


def test_report_may_go_into_the_output_folder_the_run_creates(tmp_path: Path) -> None:
    done = run_cli(["convert", SEED, "-d", tmp_path / "dist", "--report", tmp_path / "dist" / "report.xml"])
    assert done.returncode == 0 and (tmp_path / "dist" / "report.xml").is_file(), explain(done)


def test_shell_completion_offers_the_formats_of_to() -> None:
    def complete(words: str) -> list[str]:
        env = {"_PRESSCONV_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}
        done = run_cli([], env=env)
        assert done.returncode == 0, explain(done)
        return done.stdout.split()

    assert complete("pressconv convert rel.txt --to h") == ["html"]
    assert complete("pressconv convert rel.txt --to html,e") == ["html,epub", "html,easy"]
    assert "all" in complete("pressconv convert rel.txt --to a")
