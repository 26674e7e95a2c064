"""Helpers shared by the reliability and security tests: run the CLI, inspect what it left behind.

The CLI is always run as a real subprocess (``.venv/bin/pressconv``), time-boxed, with a fixed
SOURCE_DATE_EPOCH, so the tests see exactly what a user or a CI job sees: exit code, stderr, files.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PRESSCONV = REPO / ".venv" / "bin" / "pressconv"
# 2018-09-20 12:00 UTC, the reference release's date; the Makefile exports the same value.
EPOCH = "1537444800"
# Every exit code DESIGN §7 documents; anything else (a Python crash is 1 with a traceback, a
# signal is negative) means the error boundary was bypassed.
DOCUMENTED_EXIT_CODES = frozenset({0, 1, 2, 3, 4, 5, 6, 70, 130})


def cli_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for a CLI run: reproducible timestamp, no colours, not a CI progress bar."""
    env = dict(os.environ)
    env.pop("PRESSCONV_DEBUG", None)
    env.update({"SOURCE_DATE_EPOCH": EPOCH, "NO_COLOR": "1", "CI": "true", "PYTHONDONTWRITEBYTECODE": "1"})
    env.update(extra or {})
    return env


def run_cli(
    args: Sequence[str | Path],
    *,
    cwd: Path,
    timeout: float = 60,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``pressconv ARGS`` in ``cwd`` and return the finished process (text output)."""
    if not PRESSCONV.exists():
        raise RuntimeError(f"{PRESSCONV} is missing; run `make setup` (pip install -e '.[dev]')")
    return subprocess.run(
        [str(PRESSCONV), *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        env=cli_env(env),
        check=False,
    )


def error_lines(stderr: str) -> list[str]:
    """The ``pressconv: error: …`` lines of stderr."""
    return [line for line in stderr.splitlines() if line.startswith("pressconv: error:")]


def assert_clean_failure(result: subprocess.CompletedProcess[str], expected_code: int) -> None:
    """A refused input or output: the documented code, one error line, no traceback."""
    shown = f"exit {result.returncode}\nstdout: {result.stdout[-2000:]}\nstderr: {result.stderr[-2000:]}"
    assert "Traceback" not in result.stderr + result.stdout, shown
    assert result.returncode == expected_code, shown
    errors = error_lines(result.stderr)
    assert len(errors) == 1, f"expected exactly one error line\n{shown}"
    assert len(errors[0]) < 400, f"the error line is not a short one-liner\n{shown}"
    # Every other line on stderr is a hint, a diagnostic or the summary; none may be a Python frame.
    for line in result.stderr.splitlines():
        assert not line.startswith(("  File ", "    ")), shown


def assert_clean_success(result: subprocess.CompletedProcess[str]) -> None:
    """A run that must succeed: exit 0, no traceback, no error line."""
    shown = f"exit {result.returncode}\nstderr: {result.stderr[-3000:]}"
    assert result.returncode == 0, shown
    assert "Traceback" not in result.stderr, shown
    assert not error_lines(result.stderr), shown


def files_under(folder: Path) -> list[Path]:
    """Every file below ``folder`` (hidden temp files included), sorted; [] if it does not exist."""
    if not folder.exists():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def leftovers(folder: Path) -> list[Path]:
    """Temp files an atomic write must never leave behind (``.NAME.*.part``)."""
    return [p for p in files_under(folder) if p.name.endswith(".part") or p.name.startswith(".")]


@contextmanager
def tmpfs(mount_point: Path, size: str = "64k") -> Iterator[Path]:
    """Mount a tiny tmpfs at ``mount_point`` (we run as root in the test container); always unmount.

    A real full file system is the honest way to test ENOSPC: no fault injection, the write fails
    exactly as it would on a full disk.
    """
    mount_point.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        raise RuntimeError(
            f"cannot mount a tmpfs at {mount_point} (the disk-full test needs root and mount): {mounted.stderr.strip()}"
        )
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, check=False)


def python() -> str:
    """The interpreter of the venv the tests run in."""
    return sys.executable
