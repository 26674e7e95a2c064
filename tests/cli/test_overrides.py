"""--title, --date, --lang and [files."NAME"] in the config (issue 18 #5): applied after parsing, shown by inspect."""

from __future__ import annotations

import json
import shutil
import textwrap
from pathlib import Path

import pytest

from tests.cli.helpers import CORPUS, explain, run_cli

# A release whose text names no date: the parser warns date.missing, an override answers it.
UNDATED = "Neue Radwege am Hafen\n\nDie Stadt baut bis Ende des Jahres neue Radwege rund um den Hafen.\n"


def _undated(folder: Path) -> Path:
    source = folder / "rel.txt"
    source.write_text(UNDATED, encoding="utf-8")
    return source


def _meta(path: Path) -> dict[str, object]:
    meta = json.loads(path.read_text(encoding="utf-8"))["meta"]
    assert isinstance(meta, dict)
    return meta


def test_command_line_overrides_reach_the_model_and_answer_the_warning(tmp_path: Path) -> None:
    source = _undated(tmp_path)
    plain = run_cli(["convert", source, "-o", tmp_path / "plain.json"], cwd=tmp_path)
    assert plain.returncode == 0 and "[date.missing]" in plain.stderr, explain(plain)
    done = run_cli(
        [
            "convert",
            source,
            "-o",
            tmp_path / "set.json",
            "--title",
            "Radwege: die Pläne",
            "--date",
            "2024-03-01",
            "--lang",
            "de-AT",
        ],
        cwd=tmp_path,
    )
    assert done.returncode == 0, explain(done)
    meta = _meta(tmp_path / "set.json")
    assert (meta["title"], meta["issued"], meta["language"]) == ("Radwege: die Pläne", "2024-03-01", "de-AT")
    assert "[date.missing]" not in done.stderr
    # Every writer sees the model: the HTML page carries the title and the language.
    html = run_cli(["convert", source, "-o", tmp_path / "set.html", "--title", "Radwege: die Pläne", "--lang", "de-AT"])
    assert html.returncode == 0, explain(html)
    page = (tmp_path / "set.html").read_text(encoding="utf-8")
    assert 'lang="de-AT"' in page and "Radwege: die Pläne</h1>" in page


def test_per_file_overrides_in_the_config_and_the_command_line_wins(tmp_path: Path) -> None:
    source = _undated(tmp_path)
    (tmp_path / "pressconv.toml").write_text(
        textwrap.dedent(
            """
            [files."rel.txt"]
            title = "Titel aus der Konfiguration"
            date = 2023-12-24
            """
        ).lstrip(),
        encoding="utf-8",
    )
    done = run_cli(["convert", source, "-o", tmp_path / "a.json"], cwd=tmp_path)
    assert done.returncode == 0, explain(done)
    meta = _meta(tmp_path / "a.json")
    assert (meta["title"], meta["issued"]) == ("Titel aus der Konfiguration", "2023-12-24")
    done = run_cli(["convert", source, "-o", tmp_path / "b.json", "--date", "2024-01-02"], cwd=tmp_path)
    meta = _meta(tmp_path / "b.json")
    assert (meta["title"], meta["issued"]) == ("Titel aus der Konfiguration", "2024-01-02")
    # inspect applies the same overrides and says where each came from.
    shown = run_cli(["inspect", source, "--date", "2024-01-02"], cwd=tmp_path)
    assert shown.returncode == 0, explain(shown)
    assert (
        "overridden:\n  title = Titel aus der Konfiguration (pressconv.toml:1)\n  date = 2024-01-02 (--date)\n"
        in shown.stdout
    )
    as_json = run_cli(["inspect", source, "--json", "--lang", "en"], cwd=tmp_path)
    assert json.loads(as_json.stdout)["meta"]["language"] == "en"


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (
            '[files."rel.txt"]\ntitel = "x"\n',
            "pressconv.toml:1: files.'rel.txt': unknown key 'titel' (did you mean 'title'?)",
        ),
        ('[files."nope.txt"]\ntitle = "x"\n', "pressconv.toml:1: files.'nope.txt': no such file"),
        ('\n[files."rel.txt"]\ndate = "1.2.2024"\n', "pressconv.toml:2: files.'rel.txt'.date"),
        ('[files."rel.txt"]\nlanguage = "deutsch"\n', "is not a language tag"),
    ],
)
def test_config_override_mistakes_are_usage_errors_with_file_and_line(config: str, message: str, tmp_path: Path) -> None:
    source = _undated(tmp_path)
    (tmp_path / "pressconv.toml").write_text(config, encoding="utf-8")
    done = run_cli(["convert", source, "-d", tmp_path / "out"], cwd=tmp_path)
    assert done.returncode == 2, explain(done)
    assert message in done.stderr and not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "args",
    [["--date", "1.3.2024"], ["--date", "2024-02-30"], ["--lang", "Deutsch"], ["--title", "  "]],
)
def test_malformed_overrides_are_usage_errors(args: list[str], tmp_path: Path) -> None:
    source = _undated(tmp_path)
    commands: list[list[str | Path]] = [["convert", source, "-d", tmp_path / "out"], ["inspect", source]]
    for command in commands:
        done = run_cli([*command, *args], cwd=tmp_path)
        assert done.returncode == 2 and done.stderr.count("pressconv: error:") == 1, explain(done)
    assert not (tmp_path / "out").exists()


def test_one_title_for_several_releases_is_refused(tmp_path: Path) -> None:
    first = _undated(tmp_path)
    second = tmp_path / "other.txt"
    shutil.copyfile(CORPUS / "de-city-dortmund-seed.txt", second)
    done = run_cli(["convert", first, second, "--title", "Ein Titel", "-d", tmp_path / "out"], cwd=tmp_path)
    assert done.returncode == 2 and "[files." in done.stderr, explain(done)
    dated = run_cli(["convert", first, second, "--date", "2024-03-01", "-d", tmp_path / "out"], cwd=tmp_path)
    assert dated.returncode == 0, explain(dated)
