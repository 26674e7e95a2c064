"""Output names derived from inputs never leave --out-dir: ``..``, absolute paths, NUL, device names,
control characters and symlinks are refused (exit 2, usage) before anything is written.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path, PurePosixPath

import pytest

from pressconv.errors import ExitCode
from pressconv.paths import UnsafePathError, safe_output_path
from tests.reliability.support import assert_clean_failure, assert_clean_success, files_under, run_cli

SEED = Path(__file__).resolve().parents[1] / "corpus" / "de-city-dortmund-seed.txt"

ESCAPES = [
    "../escape.html",
    "sub/../../escape.html",
    "/etc/escape.html",
    "\\\\server\\share\\x.html",
    "C:\\Windows\\x.html",
    "c:x.html",
    "sub\\..\\..\\x.html",
    "a\x00b.html",
    "NUL.html",
    "con.html",
    "sub/COM1.pdf",
    "lpt9.txt.html",
    "aux",
    "trailing-dot.",
    "trailing-space ",
    "bell\x07.html",
    ".",
    "..",
    "",
]


@pytest.mark.parametrize("relative", ESCAPES, ids=[repr(e) for e in ESCAPES])
def test_safe_output_path_refuses(relative: str, tmp_path: Path) -> None:
    with pytest.raises(UnsafePathError):
        safe_output_path(tmp_path / "out", relative)


def test_safe_output_path_accepts_plain_names(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert safe_output_path(out, PurePosixPath("sub/release.html")) == out / "sub" / "release.html"
    assert safe_output_path(out, "Pressemitteilung Ä 2018.pdf") == out / "Pressemitteilung Ä 2018.pdf"


def test_symlink_inside_out_dir_pointing_out(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    inputs = tmp_path / "in" / "sub"
    inputs.mkdir(parents=True)
    shutil.copyfile(SEED, inputs / "release.txt")
    out = tmp_path / "out"
    out.mkdir()
    os.symlink(elsewhere, out / "sub")
    result = run_cli(["convert", tmp_path / "in", "--to", "html", "--out-dir", out], cwd=tmp_path)
    assert_clean_failure(result, ExitCode.USAGE)
    assert files_under(elsewhere) == [], "an output was written through the symlink"


def test_symlinked_output_file_is_replaced_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    source = tmp_path / "release.txt"
    shutil.copyfile(SEED, source)
    out = tmp_path / "out"
    out.mkdir()
    os.symlink(victim, out / "release.html")
    result = run_cli(["convert", source, "--to", "html", "--out-dir", out], cwd=tmp_path)
    # Refusing (usage error) or replacing the link itself are both safe; writing through it is not.
    if result.returncode == ExitCode.USAGE:
        assert_clean_failure(result, ExitCode.USAGE)
    else:
        assert_clean_success(result)
        assert not (out / "release.html").is_symlink()
    assert victim.read_text(encoding="utf-8") == "keep me", "the write followed a symlink out of --out-dir"


@pytest.mark.parametrize("name", ["con.txt", "NUL.txt", "com1.txt", "ctrl\x01char.txt"])
def test_hostile_input_names(name: str, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    source = inputs / name
    shutil.copyfile(SEED, source)
    out = tmp_path / "out"
    result = run_cli(["convert", source, "--to", "html", "--out-dir", out], cwd=tmp_path)
    assert_clean_failure(result, ExitCode.USAGE)
    assert files_under(out) == []


def test_input_outside_cwd_lands_inside_out_dir(tmp_path: Path) -> None:
    # "../release.txt" on the command line: the output is named after the file, inside --out-dir.
    work = tmp_path / "work"
    work.mkdir()
    shutil.copyfile(SEED, tmp_path / "release.txt")
    result = run_cli(["convert", "../release.txt", "--to", "html", "--out-dir", "out"], cwd=work)
    assert_clean_success(result)
    assert [p.relative_to(work).as_posix() for p in files_under(work)] == ["out/release.html"]
    assert not (tmp_path / "release.html").exists()
