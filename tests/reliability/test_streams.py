"""Inputs without a size (FIFOs, devices, standard input) are read only up to the limit (issue 15 #1).

Every run is capped at 2 GB of address space: the code before the fix read these inputs whole, and
the cap turns that into a quick failure instead of a machine out of memory.
"""

from __future__ import annotations

import os
import resource
import subprocess
import threading
from pathlib import Path

import pytest

from pressconv.errors import ExitCode
from tests.reliability.support import PRESSCONV, assert_clean_failure, cli_env, files_under

_ADDRESS_SPACE = 2 * 1024**3


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (_ADDRESS_SPACE, _ADDRESS_SPACE))


def _run(args: list[str], cwd: Path, stdin: int | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(PRESSCONV), *args],
        cwd=cwd,
        stdin=stdin if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        env=cli_env(),
        preexec_fn=_cap_memory,
        check=False,
    )


@pytest.mark.parametrize("command", ["convert", "inspect", "easy"])
def test_dev_zero_stops_at_the_limit(command: str, tmp_path: Path) -> None:
    extra = ["--to", "html", "--out-dir", str(tmp_path / "out")] if command == "convert" else []
    result = _run([command, "/dev/zero", *extra], tmp_path)
    assert_clean_failure(result, ExitCode.BAD_INPUT)
    assert "limit" in result.stderr
    assert files_under(tmp_path / "out") == []


def test_endless_stdin_stops_at_the_limit(tmp_path: Path) -> None:
    # `yes Wort | pressconv convert - ...`: the producer never ends on its own.
    # The with block closes the pipe's read end (a ResourceWarning otherwise) and waits for yes.
    with subprocess.Popen(["yes", "Wort"], stdout=subprocess.PIPE) as producer:
        try:
            assert producer.stdout is not None
            result = _run(
                ["convert", "-", "--to", "html", "--out-dir", str(tmp_path / "out")], tmp_path, producer.stdout.fileno()
            )
        finally:
            producer.kill()
    assert_clean_failure(result, ExitCode.BAD_INPUT)
    assert "<stdin>" in result.stderr and "limit" in result.stderr


def test_endless_fifo_stops_at_the_limit(tmp_path: Path) -> None:
    fifo = tmp_path / "release.txt"
    os.mkfifo(fifo)

    def feed() -> None:
        # Writes until the reader closes its end (BrokenPipeError) or the test is over.
        try:
            with fifo.open("wb") as handle:
                while True:
                    handle.write(b"Die Stadt baut Radwege.\n" * 4096)
        except OSError:
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    result = _run(
        ["convert", str(fifo), "--to", "html", "--out-dir", str(tmp_path / "out"), "--max-bytes", "100000"], tmp_path
    )
    writer.join(timeout=30)
    assert_clean_failure(result, ExitCode.BAD_INPUT)
    assert "limit" in result.stderr
    assert not writer.is_alive()


def test_check_reads_an_endless_output_only_up_to_a_limit(tmp_path: Path) -> None:
    # `pressconv check` on a FIFO named like an output: bounded like every input (issue 15 #1).
    fifo = tmp_path / "release.html"
    os.mkfifo(fifo)

    def feed() -> None:
        try:
            with fifo.open("wb") as handle:
                while True:
                    handle.write(b"<p>Wort</p>" * 8192)
        except OSError:
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    result = _run(["check", str(fifo)], tmp_path)
    writer.join(timeout=30)
    assert "MemoryError" not in result.stdout + result.stderr and "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    assert "[check.too-large]" in result.stdout, result.stdout
