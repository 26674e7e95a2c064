"""Writer plugins: the example package installed into the venv and used from the CLI; broken and clashing.

The example plugin is pip-installed for real (and uninstalled afterwards). Broken and clashing
plugins are made visible only to one subprocess through PYTHONPATH and a hand-written .dist-info
folder, so they can never disturb tests running in parallel against the same venv.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.helpers import REPO, corpus_files, explain, run_cli

PLUGIN_SOURCE = REPO / "tests" / "plugins" / "pressconv_shout"
PIP = [sys.executable, "-m", "pip"]


def _pip(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*PIP, *args], capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def installed_plugin(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Install pressconv-shout into the venv (offline, idempotent) and remove it afterwards."""
    # Built from a copy so nothing is ever written into tests/. hatchling (our own build backend, in
    # the dev extras) is used from the venv: --no-build-isolation keeps the install offline.
    try:
        import hatchling  # noqa: F401
    except ImportError:
        pytest.fail("hatchling is missing from the venv: pip install hatchling (it is pressconv's build backend)")
    copy = tmp_path_factory.mktemp("plugin") / "pressconv_shout"
    shutil.copytree(PLUGIN_SOURCE, copy)
    completed = _pip(
        "install",
        "--no-index",
        "--no-build-isolation",
        "--no-deps",
        "--force-reinstall",
        "--quiet",
        str(copy),
    )
    assert completed.returncode == 0, f"pip install of the example plugin failed:\n{completed.stderr}"
    try:
        yield "pressconv-shout"
    finally:
        _pip("uninstall", "--yes", "--quiet", "pressconv-shout")


def _fake_distribution(site: Path, name: str, entry_points: dict[str, str]) -> None:
    """A minimal installed distribution that importlib.metadata finds on sys.path."""
    info = site / f"{name.replace('-', '_')}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8")
    lines = "\n".join(f"{key} = {value}" for key, value in entry_points.items())
    (info / "entry_points.txt").write_text(f"[pressconv.writers]\n{lines}\n", encoding="utf-8")


def test_formats_lists_the_installed_plugin(installed_plugin: str) -> None:
    completed = run_cli(["formats"])
    assert completed.returncode == 0, explain(completed)
    line = next((row for row in completed.stdout.splitlines() if row.split()[:1] == ["shout"]), None)
    assert line is not None, completed.stdout
    assert installed_plugin in line and ".shout.txt" in line and "ready" in line


def test_convert_to_the_plugin_format(installed_plugin: str, tmp_path: Path) -> None:
    source = corpus_files()[0]
    completed = run_cli(["convert", source, "--to", "shout,html", "-d", tmp_path])
    assert completed.returncode == 0, explain(completed)
    output = tmp_path / (source.stem + ".shout.txt")
    text = output.read_text(encoding="utf-8")
    assert text.strip() and text == text.upper()


def test_a_broken_plugin_is_a_clear_error_with_exit_5(tmp_path: Path) -> None:
    _fake_distribution(
        tmp_path,
        "broken-plugin",
        {"broken": "pressconv_no_such_module:Writer", "notawriter": "json:JSONDecoder"},
    )
    env = {"PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])}
    completed = run_cli(["convert", corpus_files()[0], "--to", "broken", "-d", tmp_path / "out"], env=env)
    assert completed.returncode == 5, explain(completed)
    assert "'broken' from broken-plugin failed to load" in completed.stderr
    assert "Traceback" not in completed.stderr
    completed = run_cli(["convert", corpus_files()[0], "--to", "notawriter", "-d", tmp_path / "out"], env=env)
    assert completed.returncode == 5 and "not a pressconv writer" in completed.stderr, explain(completed)
    listing = run_cli(["formats"], env=env)
    assert listing.returncode == 0, explain(listing)
    assert "broken plugin" in listing.stdout
    assert not (tmp_path / "out").exists()


def test_a_name_clash_names_both_distributions_with_exit_5(tmp_path: Path) -> None:
    _fake_distribution(tmp_path, "one-plugin", {"twice": "json:JSONDecoder"})
    _fake_distribution(tmp_path, "other-plugin", {"twice": "json:JSONEncoder", "html": "json:JSONDecoder"})
    env = {"PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])}
    completed = run_cli(["convert", corpus_files()[0], "--to", "twice", "-d", tmp_path / "out"], env=env)
    assert completed.returncode == 5, explain(completed)
    assert "one-plugin" in completed.stderr and "other-plugin" in completed.stderr
    completed = run_cli(["convert", corpus_files()[0], "--to", "html", "-d", tmp_path / "out"], env=env)
    assert completed.returncode == 5, explain(completed)
    assert "pressconv (builtin)" in completed.stderr and "other-plugin" in completed.stderr


def test_formats_shows_a_plugin_that_claims_a_builtin_name_as_unusable(tmp_path: Path) -> None:
    # `--to html` exits 5 while such a plugin is installed, so `formats` must not say "ready".
    _fake_distribution(tmp_path, "other-plugin", {"html": "json:JSONDecoder"})
    env = {"PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])}
    listing = run_cli(["formats"], env=env)
    assert listing.returncode == 0, explain(listing)
    html = next(line for line in listing.stdout.splitlines() if line.split()[0] == "html")
    assert "ready" not in html and "other-plugin" in html, listing.stdout
