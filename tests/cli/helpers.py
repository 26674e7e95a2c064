"""Helpers for the CLI tests: run the installed ``pressconv`` script as a user would."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PRESSCONV = REPO / ".venv" / "bin" / "pressconv"
CORPUS = REPO / "tests" / "corpus"
# 2018-09-20 12:00 UTC, the date of the reference release; any fixed value makes outputs comparable.
EPOCH = "1537444800"


def corpus_files() -> list[Path]:
    """Every release text of the test corpus, sorted."""
    files = sorted(CORPUS.glob("*.txt"))
    assert files, f"no corpus files in {CORPUS}"
    return files


def run_cli(
    args: Sequence[str | Path],
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    stdin: bytes | None = None,
    timeout: float = 600,
) -> subprocess.CompletedProcess[str]:
    """Run ``.venv/bin/pressconv`` with a reproducible, CI-like environment and capture its output."""
    if not PRESSCONV.exists():
        raise RuntimeError(f"{PRESSCONV} is missing: run `make setup` (pip install -e '.[dev]')")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PRESSCONV_")}
    environment.update({"SOURCE_DATE_EPOCH": EPOCH, "CI": "true", "PYTHONUTF8": "1"})
    environment.update(env or {})
    completed = subprocess.run(
        [str(PRESSCONV), *map(str, args)],
        cwd=cwd,
        env=environment,
        input=stdin.decode("latin-1") if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return completed


def run_cli_bytes(
    args: Sequence[str | Path], *, stdin: bytes, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run the CLI with binary stdin and stdout (for ``-`` input and output to stdout)."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PRESSCONV_")}
    environment.update({"SOURCE_DATE_EPOCH": EPOCH, "CI": "true"})
    return subprocess.run(
        [str(PRESSCONV), *map(str, args)],
        cwd=cwd,
        env=environment,
        input=stdin,
        capture_output=True,
        timeout=300,
        check=False,
    )


def explain(completed: subprocess.CompletedProcess[str]) -> str:
    """Everything a failing assertion should show."""
    return f"exit {completed.returncode}\n--- stdout\n{completed.stdout}\n--- stderr\n{completed.stderr}"
