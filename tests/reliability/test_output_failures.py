"""Outputs that cannot be written: a folder that is not writable, a read-only mount, a full disk.

We run as root, so ``chmod`` proves nothing; the tests use a path whose parent is a file and real
tmpfs mounts (read-only, or 64 KiB small). Each must end with exit code 1 (DESIGN §7), one error line
per failed output, no traceback, and no partial or temp file.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from pressconv.errors import ExitCode
from tests.reliability.support import (
    assert_clean_failure,
    files_under,
    leftovers,
    run_cli,
    tmpfs,
)

SEED = Path(__file__).resolve().parents[1] / "corpus" / "de-city-dortmund-seed.txt"


def _input(tmp_path: Path) -> Path:
    source = tmp_path / "in" / "release.txt"
    source.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SEED, source)
    return source


def test_out_dir_below_a_file(tmp_path: Path) -> None:
    source = _input(tmp_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("I am a file", encoding="utf-8")
    result = run_cli(["convert", source, "--to", "html", "--out-dir", blocker / "out"], cwd=tmp_path)
    assert_clean_failure(result, ExitCode.WRITER_FAILED)
    assert blocker.read_text(encoding="utf-8") == "I am a file"
    assert files_under(tmp_path / "in") == [source]


def test_out_dir_on_read_only_mount(tmp_path: Path) -> None:
    source = _input(tmp_path)
    mount_point = tmp_path / "ro"
    with tmpfs(mount_point, "64k"):
        import subprocess

        subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)
        result = run_cli(["convert", source, "--to", "html", "--out-dir", mount_point], cwd=tmp_path)
        assert_clean_failure(result, ExitCode.WRITER_FAILED)
        assert "read-only" in result.stderr.lower() or "cannot write" in result.stderr.lower()
        assert files_under(mount_point) == []


def test_disk_full_mid_batch(tmp_path: Path) -> None:
    """64 KiB fit the HTML page (~16 KB) but not the EPUB (~130 KB, fonts embedded)."""
    source = _input(tmp_path)
    mount_point = tmp_path / "full"
    report = tmp_path / "report.json"
    with tmpfs(mount_point, "64k"):
        result = run_cli(
            ["convert", source, "--to", "html,epub", "--out-dir", mount_point, "--report", report],
            cwd=tmp_path,
            timeout=120,
        )
        assert_clean_failure(result, ExitCode.WRITER_FAILED)
        assert "epub" in result.stderr
        written = files_under(mount_point)
        assert leftovers(mount_point) == [], "a temp file survived the failed write"
        assert [p.name for p in written] == ["release.html"]
        html = (mount_point / "release.html").read_bytes()
        assert html.rstrip().endswith(b"</html>"), "the HTML output is truncated"
        entry = json.loads(report.read_text(encoding="utf-8"))["files"][0]
        assert [o["format"] for o in entry["outputs"]] == ["html"]
        assert [f["format"] for f in entry["failed_formats"]] == ["epub"]
        assert entry["exit_code"] == ExitCode.WRITER_FAILED


def test_disk_already_full(tmp_path: Path) -> None:
    source = _input(tmp_path)
    mount_point = tmp_path / "full"
    with tmpfs(mount_point, "64k"):
        filler = mount_point / "filler.bin"
        try:
            with filler.open("wb") as handle:
                while True:
                    handle.write(b"\0" * 4096)
                    handle.flush()
        except OSError:
            pass
        result = run_cli(["convert", source, "--to", "html", "--out-dir", mount_point], cwd=tmp_path)
        assert_clean_failure(result, ExitCode.WRITER_FAILED)
        assert files_under(mount_point) == [filler], "a partial output or temp file was left behind"
