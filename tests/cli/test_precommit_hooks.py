"""The pre-commit hooks (issue 18 #12): a valid manifest, and each entry does its job on the files it selects."""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

from tests.cli.helpers import CORPUS, REPO, explain, run_cli

MANIFEST = REPO / ".pre-commit-hooks.yaml"
SEED = CORPUS / "de-city-dortmund-seed.txt"


def _hooks() -> dict[str, dict[str, object]]:
    # Written as JSON, which is YAML too: readable here without a YAML parser.
    hooks = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return {hook["id"]: hook for hook in hooks}


def _selected(hook: dict[str, object], paths: list[str]) -> list[str]:
    pattern = re.compile(str(hook["files"]))
    return [path for path in paths if pattern.search(path)]


def _run(hook: dict[str, object], files: list[str], cwd: Path) -> tuple[int, str]:
    command = shlex.split(str(hook["entry"]))
    assert command[0] == "pressconv"
    done = run_cli([*command[1:], *files], cwd=cwd)
    return done.returncode, explain(done)


def test_the_manifest_has_what_pre_commit_requires() -> None:
    hooks = _hooks()
    assert set(hooks) == {"pressconv-convert", "pressconv-check"}
    for hook in hooks.values():
        assert {"id", "name", "entry", "language", "files"} <= set(hook) and hook["language"] == "python"
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert set(re.findall(r"- id: (pressconv-[a-z]+)", readme)) == set(hooks)


def test_the_hooks_convert_changed_releases_and_check_changed_outputs(tmp_path: Path) -> None:
    (tmp_path / "releases").mkdir()
    shutil.copyfile(SEED, tmp_path / "releases" / "rathaus.txt")
    (tmp_path / "README.md").write_text("# Pressemitteilungen\n", encoding="utf-8")
    hooks = _hooks()
    changed = ["README.md", "releases/rathaus.txt"]
    releases = _selected(hooks["pressconv-convert"], changed)
    assert releases == ["releases/rathaus.txt"]
    code, shown = _run(hooks["pressconv-convert"], releases, tmp_path)
    assert code == 0 and (tmp_path / "releases" / "rathaus.html").is_file(), shown
    outputs = _selected(hooks["pressconv-check"], [*changed, "releases/rathaus.html"])
    assert outputs == ["releases/rathaus.html"]
    code, shown = _run(hooks["pressconv-check"], outputs, tmp_path)
    assert code == 0, shown
    # A release with a warning (no date) stops the commit.
    (tmp_path / "releases" / "undated.txt").write_text("Neue Radwege\n\nDie Stadt baut Radwege.\n", encoding="utf-8")
    code, shown = _run(hooks["pressconv-convert"], ["releases/undated.txt"], tmp_path)
    assert code == 3, shown
