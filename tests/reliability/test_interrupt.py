"""Ctrl-C during a batch: exit 130, no partial files, and a report that says exactly what finished.

The signal goes to the whole process group, as a terminal's Ctrl-C does, so pool workers get it too.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.fixtures.processes import group_alive
from tests.reliability.support import PRESSCONV, cli_env, files_under, leftovers

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _inputs(folder: Path, copies: int) -> list[Path]:
    folder.mkdir(parents=True)
    made: list[Path] = []
    for round_ in range(copies):
        for source in sorted(CORPUS.glob("*.txt")):
            target = folder / f"{round_:02d}-{source.name}"
            shutil.copyfile(source, target)
            made.append(target)
    return made


def _start_batch(tmp_path: Path, out: Path, *options: str) -> subprocess.Popen[str]:
    """Start ``convert`` on two copies of the corpus (html and pdf) in a process group of its own."""
    _inputs(tmp_path / "in", copies=2)
    command = [str(PRESSCONV), "convert", str(tmp_path / "in"), "--to", "html,pdf", "--out-dir", str(out)]
    return subprocess.Popen(
        [*command, *options],
        cwd=tmp_path,
        env=cli_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _interrupt_under_way(process: subprocess.Popen[str], out: Path) -> None:
    """Send Ctrl-C to the group once a few outputs exist, while the batch is still well under way."""
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and process.poll() is None:
        if len([p for p in files_under(out) if p.suffix == ".pdf"]) >= 2:
            break
        time.sleep(0.05)
    assert process.poll() is None, "the batch finished before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [1, 2])
def test_ctrl_c_during_batch(jobs: int, tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = tmp_path / "report.json"
    process = _start_batch(tmp_path, out, "--jobs", str(jobs), "--report", str(report))
    try:
        _interrupt_under_way(process, out)
        _, stderr = process.communicate(timeout=90)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
    assert "Traceback" not in stderr, stderr[-3000:]
    assert process.returncode == 130, f"exit {process.returncode}\n{stderr[-3000:]}"
    assert "interrupted" in stderr, stderr[-2000:]
    assert leftovers(out) == [], "temp files survived the interruption"

    document = json.loads(report.read_text(encoding="utf-8"))
    assert document["summary"]["interrupted"] is True
    statuses = {entry["status"] for entry in document["files"]}
    assert "skipped" in statuses, "nothing was left to skip: the interruption came too late"
    reported = {}
    for entry in document["files"]:
        if entry["status"] == "skipped":
            assert entry["outputs"] == []
        for output in entry["outputs"]:
            reported[Path(output["path"]).resolve()] = output["sha256"]
    on_disk = {p.resolve() for p in files_under(out)}
    # Every file on disk is complete and in the report; nothing the report lists is missing.
    assert on_disk == set(reported), (
        f"on disk but not reported: {sorted(map(str, on_disk - set(reported)))}; "
        f"reported but missing: {sorted(map(str, set(reported) - on_disk))}"
    )
    for path, digest in reported.items():
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, f"{path} is not what was reported"


@pytest.mark.slow
@pytest.mark.parametrize("gap", [0.0, 0.05, 0.3])
def test_second_ctrl_c_ends_everything(gap: float, tmp_path: Path) -> None:
    # A double Ctrl-C (or `timeout -s INT` to the process group): exit 130 at once, no traceback,
    # no worker left behind, and every file on disk complete (issue 15 #2).
    out = tmp_path / "out"
    process = _start_batch(tmp_path, out, "--jobs", "2")
    try:
        _interrupt_under_way(process, out)
        time.sleep(gap)
        os.killpg(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
        for _ in range(50):  # the workers are reaped by the parent before it exits
            if not group_alive(process.pid):
                break
            time.sleep(0.1)
        alive = group_alive(process.pid)
    finally:
        if process.poll() is None or group_alive(process.pid):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
    assert not alive, "pressconv or a worker outlived the second Ctrl-C"
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr[-3000:]
    assert process.returncode == 130, f"exit {process.returncode}\n{stderr[-3000:]}"
    assert leftovers(out) == [], "temp files survived the interruption"
    for path in files_under(out):
        data = path.read_bytes()
        if path.suffix == ".pdf":
            assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), path
        else:
            assert data.rstrip().endswith(b"</html>"), path
