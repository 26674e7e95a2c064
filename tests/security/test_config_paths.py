"""A config file cannot point templates, styles or the logo at arbitrary system paths without a flag.

``pressconv.toml`` travels with a repository of releases; templates run with access to the page and
the PDF fetcher may read whatever folder holds them, so a config from elsewhere must not widen that
to ``/etc`` unless the user passes ``--allow-external-templates`` on the command line.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pressconv.errors import ExitCode
from tests.reliability.support import assert_clean_failure, assert_clean_success, files_under, run_cli

SEED = Path(__file__).resolve().parents[1] / "corpus" / "de-city-dortmund-seed.txt"


def _project(tmp_path: Path, config: str) -> Path:
    project = tmp_path / "project"
    project.mkdir()
    shutil.copyfile(SEED, project / "release.txt")
    (project / "pressconv.toml").write_text(config, encoding="utf-8")
    return project


CASES = {
    "templates-absolute": 'templates = "/etc"\n',
    "templates-dotdot": 'templates = "../../../../../../../../etc"\n',
    "styles-absolute": 'styles = "/usr/share"\n',
    "styles-dotdot": 'styles = "../../../../../../../../usr/share"\n',
    "logo-outside": '[logo]\npath = "../outside-logo.png"\nalt = "Logo"\n',
    "templates-symlink": 'templates = "linked"\n',
    "logo-symlink": '[logo]\npath = "logo.png"\nalt = "Logo"\n',
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_external_paths_need_the_flag(case: str, tmp_path: Path) -> None:
    project = _project(tmp_path, CASES[case])
    # A real PNG outside the project for the logo case, symlinks that lead out for the others.
    outside_logo = tmp_path / "outside-logo.png"
    outside_logo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    os.symlink("/etc", project / "linked")
    os.symlink(outside_logo, project / "logo.png")
    out = tmp_path / "out"
    result = run_cli(["convert", project / "release.txt", "--to", "html", "--out-dir", out], cwd=project)
    assert_clean_failure(result, ExitCode.USAGE)
    assert "--allow-external-templates" in result.stderr, result.stderr
    assert "pressconv.toml" in result.stderr, "the message must name the config file"
    assert files_under(out) == []


def test_the_flag_allows_an_external_folder(tmp_path: Path) -> None:
    elsewhere = tmp_path / "shared-styles"
    elsewhere.mkdir()
    project = _project(tmp_path, f'styles = "{elsewhere}"\n')
    out = tmp_path / "out"
    args: list[str | Path] = ["convert", project / "release.txt", "--to", "html", "--out-dir", out]
    refused = run_cli(args, cwd=project)
    assert_clean_failure(refused, ExitCode.USAGE)
    allowed = run_cli([*args, "--allow-external-templates"], cwd=project)
    assert_clean_success(allowed)
    assert (out / "release.html").is_file()


def test_folders_inside_the_project_need_no_flag(tmp_path: Path) -> None:
    project = _project(tmp_path, 'templates = "brand/templates"\n')
    (project / "brand" / "templates").mkdir(parents=True)
    out = tmp_path / "out"
    result = run_cli(["convert", project / "release.txt", "--to", "html", "--out-dir", out], cwd=project)
    assert_clean_success(result)
