"""Atomic writes: no partial file on failure, no overwrite without force."""

import os
from pathlib import Path

import pytest

from pressconv.atomic import write_atomic
from pressconv.errors import OutputError


def test_writes_and_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "release.html"
    write_atomic(target, b"one")
    with pytest.raises(OutputError, match="--force"):
        write_atomic(target, b"two")
    write_atomic(target, b"two", force=True)
    assert target.read_bytes() == b"two"
    assert sorted(p.name for p in target.parent.iterdir()) == ["release.html"]


def test_unwritable_target_is_a_clear_error(tmp_path: Path) -> None:
    # Root ignores permission bits, so make the folder impossible instead: its parent is a file.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="cannot write"):
        write_atomic(blocker / "x.html", b"x")


def test_failure_mid_write_leaves_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OutputError, match="No space left"):
        write_atomic(tmp_path / "x.pdf", b"data")
    assert list(tmp_path.iterdir()) == []
