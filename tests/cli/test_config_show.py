"""`pressconv config --show` (issue 18 #7): the effective configuration and where each value came from."""

from __future__ import annotations

from pathlib import Path

from tests.cli.helpers import explain, run_cli

CONFIG = """organisation = "Stadt Dortmund"
language = "de-DE"
ignore = ["date.missing"]

[html]
html_external_assets = true

[files."rel.txt"]
title = "Neue Radwege"
"""


def test_show_names_each_value_and_its_line(tmp_path: Path) -> None:
    (tmp_path / "pressconv.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "rel.txt").write_text("Titel\n\nText.\n", encoding="utf-8")
    shown = run_cli(["config", "--show"], cwd=tmp_path, env={"PRESSCONV_TO": "pdf"})
    assert shown.returncode == 0, explain(shown)
    lines = shown.stdout.splitlines()
    assert lines[0] == f"# {(tmp_path / 'pressconv.toml').resolve()}"
    for expected in (
        'organisation = "Stadt Dortmund"  # pressconv.toml:1',
        'language = "de-DE"  # pressconv.toml:2',
        'ignore = ["date.missing"]  # pressconv.toml:3',
        "html_external_assets = true  # pressconv.toml:6",
        "author = (not set)  # default",
        '[files."rel.txt"]  # pressconv.toml:8',
        'title = "Neue Radwege"',
        "# --to = 'pdf'  # PRESSCONV_TO",
    ):
        assert expected in lines, shown.stdout


def test_show_finds_pyproject_next_to_the_inputs(tmp_path: Path) -> None:
    project = tmp_path / "site"
    (project / "releases").mkdir(parents=True)
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.pressconv]\nauthor = "Presseamt"\n', encoding="utf-8"
    )
    shown = run_cli(["config", "--show", project / "releases"], cwd=tmp_path)
    assert shown.returncode == 0, explain(shown)
    assert shown.stdout.startswith(f"# {(project / 'pyproject.toml').resolve()} [tool.pressconv]\n")
    assert 'author = "Presseamt"  # pyproject.toml:5' in shown.stdout


def test_show_without_a_file_lists_the_defaults_and_a_broken_file_is_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    defaults = run_cli(["config", "--show"], cwd=empty)
    assert defaults.returncode == 0 and "every value is the default" in defaults.stdout, explain(defaults)
    assert "organisation = (not set)  # default" in defaults.stdout
    shown = run_cli(["config", "--show", "--config", empty / "missing.toml"])
    assert shown.returncode == 2 and "missing.toml" in shown.stderr, explain(shown)
    (tmp_path / "pressconv.toml").write_text('[pdf]\npage_sise = "A4"\n', encoding="utf-8")
    broken = run_cli(["config", "--show"], cwd=tmp_path)
    assert broken.returncode == 2 and "pressconv.toml:2: pdf.page_sise" in broken.stderr, explain(broken)
    assert run_cli(["config"], cwd=tmp_path).returncode == 2
