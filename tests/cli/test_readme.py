"""Every fenced shell, Python, TOML and CI block of the README runs as printed (issue 18 #1).

The blocks run in order in one temporary folder, with pressconv installed the README's way: a real
virtual environment and a real ``pip install --find-links dist/`` of the wheel built from this
checkout. Offline equivalents stand in only where the README needs a network or root:

- pip runs with ``PIP_NO_INDEX=1``; the dependencies come from the project's virtualenv through
  PYTHONPATH (pressconv itself left out), so pip installs the wheel and downloads nothing;
- ``make TARGET`` runs as ``make -n TARGET`` in the repository: the target exists and its recipe
  expands (running ``make test`` inside the tests would recurse);
- ``apt-get install PKG…`` checks with dpkg-query that each named package exists and is installed
  here, and ``sudo`` just runs its command (``apt-get update`` is a no-op);
- ``ollama pull MODEL`` (the language-model section) checks that it names a model as ``name:tag``:
  the model server is the user's, and the engine's own tests run against a local HTTP server.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.cli.helpers import CORPUS, EPOCH, REPO

README = REPO / "README.md"
SEED = CORPUS / "de-city-dortmund-seed.txt"
_FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.M | re.S)

_SHIMS = {
    "make": '#!/bin/sh\nexec /usr/bin/make -n -C "$PRESSCONV_REPO" "$@"\n',
    "sudo": '#!/bin/sh\nexec "$@"\n',
    "apt-get": (
        "#!/bin/sh\n"
        '[ "$1" = update ] && exit 0\n'
        '[ "$1" = install ] || { echo "apt-get shim: only update and install" >&2; exit 2; }\n'
        "shift\n"
        'for pkg in "$@"; do case "$pkg" in -*) ;; *) dpkg-query -W "$pkg" >/dev/null || exit 100;; esac; done\n'
    ),
    "ollama": (
        "#!/bin/sh\n"
        '[ "$1" = pull ] || { echo "ollama shim: only pull" >&2; exit 2; }\n'
        'case "$2" in *?:?*) exit 0;; *) echo "ollama shim: pull needs name:tag" >&2; exit 2;; esac\n'
    ),
}


def blocks(kind: str) -> list[str]:
    """The README's fenced blocks of one language, in order."""
    return [body for lang, body in _FENCE.findall(README.read_text(encoding="utf-8")) if lang == kind]


def _run_steps(yaml_text: str) -> list[str]:
    """The shell of every `run:` step of a GitHub Actions job (single line or `|` block)."""
    steps: list[str] = []
    lines = yaml_text.splitlines()
    for index, line in enumerate(lines):
        match = re.match(r"^(\s*)- run: (.*)$", line)
        if not match:
            continue
        if match.group(2).strip() != "|":
            steps.append(match.group(2))
            continue
        indent = len(match.group(1)) + 2
        body = []
        for following in lines[index + 1 :]:
            if following.strip() and len(following) - len(following.lstrip()) <= indent:
                break
            body.append(following.strip())
        steps.append("\n".join(body))
    return steps


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A folder with releases, the built wheel in dist/, a git history, and an offline environment."""
    root = tmp_path_factory.mktemp("readme")
    work = root / "work"
    (work / "releases").mkdir(parents=True)
    shutil.copyfile(SEED, work / "release.txt")
    shutil.copyfile(SEED, work / "releases" / "release.txt")
    shutil.copyfile(SEED, work / "releases" / "rathaus.txt")
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(work / "dist"),
            str(REPO),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    # The dependencies without pressconv (its editable install would satisfy `pip install pressconv`).
    deps = root / "deps"
    deps.mkdir()
    site = Path(next(p for p in sys.path if p.endswith("site-packages")))
    for entry in site.iterdir():
        name = entry.name.lower()
        if name.startswith(("pressconv", "_editable_impl_pressconv", "__editable__", "pip", "setuptools", "_distutils")):
            continue
        if not name.endswith(".pth"):
            (deps / entry.name).symlink_to(entry)
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    shims = root / "shims"
    shims.mkdir()
    for name, text in _SHIMS.items():
        (shims / name).write_text(text, encoding="utf-8")
        (shims / name).chmod(0o755)
    env = {
        "PATH": os.pathsep.join([str(shims), str(venv / "bin"), "/usr/bin", "/bin"]),
        "HOME": str(root),
        "PYTHONPATH": str(deps),
        "PIP_NO_INDEX": "1",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "PRESSCONV_REPO": str(REPO),
        "SOURCE_DATE_EPOCH": EPOCH,
        "CI": "true",
        "LANG": "C.UTF-8",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    for command in (["git", "init", "-q"], ["git", "add", "-A"], ["git", "commit", "-q", "-m", "releases"]):
        subprocess.run(command, cwd=work, env=env, check=True, timeout=60)
    return work, env


def _bash(script: str, work: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def test_the_readme_has_the_blocks_this_test_knows() -> None:
    kinds = {lang for lang, _ in _FENCE.findall(README.read_text(encoding="utf-8"))}
    assert kinds <= {"sh", "python", "yaml", "toml", "json"}, f"a new kind of block needs running here: {kinds}"
    assert len(blocks("sh")) >= 5 and blocks("python") and blocks("yaml")


def test_every_shell_python_and_ci_block_runs(sandbox: tuple[Path, dict[str, str]]) -> None:
    work, env = sandbox
    for number, script in enumerate(blocks("sh"), 1):
        done = _bash(script, work, env)
        assert done.returncode == 0, f"sh block {number} failed (exit {done.returncode}):\n{script}\n{done.stderr[-3000:]}"
    # After the blocks: pressconv came from the wheel into the sandbox's venv, not from the checkout.
    where = _bash("command -v pressconv && python -c 'import pressconv; print(pressconv.__file__)'", work, env)
    assert str(REPO / "src") not in where.stdout and "/venv/" in where.stdout, where.stdout
    for number, source in enumerate(blocks("python"), 1):
        done = subprocess.run(
            ["python", "-W", "error::ResourceWarning", "-c", source],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert done.returncode == 0, f"python block {number} failed:\n{source}\n{done.stderr[-3000:]}"
    assert (work / "release.epub").is_file() and (work / "release.html").is_file()
    steps = [step for block in blocks("yaml") for step in _run_steps(block)]
    assert any("pip install" in step for step in steps) and any("pressconv convert" in step for step in steps)
    for step in steps:
        done = _bash(step, work, env)
        assert done.returncode == 0, f"CI step failed (exit {done.returncode}):\n{step}\n{done.stderr[-3000:]}"
    assert (work / "dist" / "report.xml").is_file()


def test_toml_and_json_blocks_parse() -> None:
    for block in blocks("toml"):
        tomllib.loads(block)
    for block in blocks("json"):
        json.loads(block)
