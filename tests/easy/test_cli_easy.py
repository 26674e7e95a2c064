"""``pressconv easy FILE [--report] [--report-json PATH] [--separator …]`` prints the summary and figures."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from pressconv.cli import easy as easy_command

SEED = Path(__file__).resolve().parents[1] / "corpus" / "de-city-dortmund-seed.txt"


def _app() -> typer.Typer:
    # The lead wires the command into cli/app.py; here it gets an application of its own.
    app = typer.Typer()
    easy_command.register(app)

    @app.callback()
    def _root() -> None:
        """Test application."""

    return app


def test_easy_prints_summary_and_report(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    result = CliRunner().invoke(_app(), ["easy", str(SEED), "--report", "--report-json", str(target)])
    assert result.exit_code == 0, result.output
    # The title says it; the body no longer repeats it word for word (session 7, issue 16).
    assert result.stdout.startswith("Die Stadt Dortmund hat einen Preis bekommen\n")
    assert "Entwurf – nicht von Prüferinnen und Prüfern geprüft" in result.stdout
    assert "Flesch-Amstad" in result.stdout and "Wiener Sachtextformel" in result.stdout
    figures = json.loads(target.read_text(encoding="utf-8"))
    assert figures["summary"]["max_words"] <= 12
    assert figures["summary"]["mean_words"] <= 8
    assert figures["delta"]["flesch"] >= 20
    assert set(figures["summary"]["findings"]) >= {
        "passive",
        "genitive",
        "konjunktiv",
        "negation",
        "abbreviation",
        "long_word_unsplit",
        "hard_word_unexplained",
    }
    assert figures["dropped"]["count"] >= 1  # the verifier reports what it left out
    assert figures["kind"] == "award"


def test_easy_hyphen_separator() -> None:
    result = CliRunner().invoke(_app(), ["easy", str(SEED), "--separator", "hyphen"])
    assert result.exit_code == 0, result.output
    # A compound split with a hyphen (time and place in one sentence since session 8, mentions.py).
    assert "Eine Preis-Verleihung war am Mittwoch, 19. September 2018, in Potsdam." in result.stdout
    assert "·" not in result.stdout
