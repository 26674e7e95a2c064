"""`-o` as pandoc has it (issue 18 #3, #4): one file, '-' for standard output, -d for a folder; re-runs overwrite."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
from pathlib import Path
from typing import BinaryIO

import pytest

from tests.cli.helpers import CORPUS, EPOCH, PRESSCONV, explain, run_cli, run_cli_bytes

SEED = CORPUS / "de-city-dortmund-seed.txt"


def _release(folder: Path) -> Path:
    source = folder / "release.txt"
    shutil.copyfile(SEED, source)
    return source


def test_o_file_writes_that_file_in_the_format_of_to(tmp_path: Path) -> None:
    source = _release(tmp_path)
    done = run_cli(["convert", source, "--to", "pdf", "-o", tmp_path / "out.pdf"], cwd=tmp_path)
    assert done.returncode == 0, explain(done)
    assert (tmp_path / "out.pdf").is_file() and (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF-")
    # --to wins over the extension, as in pandoc.
    done = run_cli(["convert", source, "--to", "json", "-o", tmp_path / "model.txt"], cwd=tmp_path)
    assert done.returncode == 0, explain(done)
    assert (tmp_path / "model.txt").read_text(encoding="utf-8").lstrip().startswith("{")


@pytest.mark.parametrize(
    ("name", "start"), [("page.html", b"<!DOCTYPE html"), ("model.json", b"{"), ("page.leicht.html", b"<!DOCTYPE html")]
)
def test_o_file_takes_the_format_from_its_extension(name: str, start: bytes, tmp_path: Path) -> None:
    source = _release(tmp_path)
    done = run_cli(["convert", source, "-o", tmp_path / name], cwd=tmp_path)
    assert done.returncode == 0, explain(done)
    assert (tmp_path / name).read_bytes().lstrip().startswith(start)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["release.txt", name])


def test_o_file_with_an_unknown_extension_asks_for_to(tmp_path: Path) -> None:
    source = _release(tmp_path)
    done = run_cli(["convert", source, "-o", tmp_path / "out.xyz"], cwd=tmp_path)
    assert done.returncode == 2 and "--to" in done.stderr, explain(done)
    assert not (tmp_path / "out.xyz").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["--to", "html,json", "-o", "out.html"],
        ["--to", "html", "--easy", "-o", "out.html"],
        ["--to", "html", "-o", "-", "-d", "dir"],
        ["--to", "html", "-o", "dir/"],
        ["--to", "html", "-o", "existing"],
    ],
)
def test_o_refuses_what_is_not_one_file(args: list[str], tmp_path: Path) -> None:
    source = _release(tmp_path)
    (tmp_path / "existing").mkdir()
    done = run_cli(["convert", source, *args], cwd=tmp_path)
    assert done.returncode == 2, explain(done)
    assert done.stderr.count("pressconv: error:") == 1 and "Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing", "release.txt"]
    assert not any((tmp_path / "existing").iterdir())


def test_o_refuses_several_inputs(tmp_path: Path) -> None:
    first = _release(tmp_path)
    second = tmp_path / "second.txt"
    shutil.copyfile(SEED, second)
    done = run_cli(["convert", first, second, "--to", "html", "-o", "out.html"], cwd=tmp_path)
    assert done.returncode == 2 and "-d" in done.stderr, explain(done)


def test_o_dash_writes_to_standard_output(tmp_path: Path) -> None:
    source = _release(tmp_path)
    piped = run_cli_bytes(["convert", source, "--to", "pdf", "-o", "-"], stdin=b"", cwd=tmp_path)
    assert piped.returncode == 0, piped.stderr.decode()
    assert piped.stdout.startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["release.txt"]  # no folder named '-'
    from_stdin = run_cli_bytes(["convert", "-", "-o", "-"], stdin=SEED.read_bytes(), cwd=tmp_path)
    assert from_stdin.returncode == 0 and from_stdin.stdout.startswith(b"<!DOCTYPE html")


def test_stdin_to_stdout_ignores_a_stdin_named_symlink(tmp_path: Path) -> None:
    # A stdin.pdf in the current folder that leads elsewhere: standard output is not a file, so
    # nothing in the folder is resolved, refused or replaced.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    here = tmp_path / "here"
    here.mkdir()
    os.symlink(elsewhere / "x.pdf", here / "stdin.pdf")
    done = run_cli_bytes(["convert", "-", "--to", "pdf"], stdin=SEED.read_bytes(), cwd=here)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.startswith(b"%PDF-")
    assert os.readlink(here / "stdin.pdf") == str(elsewhere / "x.pdf") and not any(elsewhere.iterdir())


def _on_a_terminal(args: list[str]) -> tuple[int, bytes, bytes]:
    """Run the CLI with its standard output on a pseudo-terminal; return (exit, terminal, stderr)."""
    main, secondary = pty.openpty()
    with SEED.open("rb") as release:
        return _read_terminal(args, release, main, secondary)


def _read_terminal(args: list[str], release: BinaryIO, main: int, secondary: int) -> tuple[int, bytes, bytes]:
    try:
        process = subprocess.Popen(
            [str(PRESSCONV), *args],
            stdin=release,
            stdout=secondary,
            stderr=subprocess.PIPE,
            env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH},
        )
        os.close(secondary)
        shown = b""
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # EIO: the process closed the terminal
                break
            if not chunk:
                break
            shown += chunk
        _, stderr = process.communicate(timeout=300)
    finally:
        os.close(main)
    return process.returncode, shown, stderr


def test_binary_output_is_refused_on_a_terminal() -> None:
    code, shown, stderr = _on_a_terminal(["convert", "-", "--to", "pdf"])
    assert code == 2, stderr.decode()
    assert b"terminal" in stderr and b"-o" in stderr and b"%PDF" not in shown
    # Text formats are fine on a terminal, and -o - forces binary output, as in pandoc.
    code, shown, stderr = _on_a_terminal(["convert", "-", "--to", "html"])
    assert code == 0 and b"<!DOCTYPE html" in shown, stderr.decode()
    code, shown, stderr = _on_a_terminal(["convert", "-", "--to", "pdf", "-o", "-"])
    assert code == 0 and b"%PDF" in shown, stderr.decode()


def test_a_rerun_after_an_edit_overwrites_its_output(tmp_path: Path) -> None:
    source = _release(tmp_path)
    target = tmp_path / "release.html"
    assert run_cli(["convert", source, "--to", "html"], cwd=tmp_path).returncode == 0
    source.write_text(source.read_text(encoding="utf-8") + "\nEin neuer Absatz nach der Korrektur.\n", encoding="utf-8")
    again = run_cli(["convert", source, "--to", "html"], cwd=tmp_path)
    assert again.returncode == 0, explain(again)
    assert "Ein neuer Absatz nach der Korrektur." in target.read_text(encoding="utf-8")
    before = target.read_bytes()
    source.write_text(source.read_text(encoding="utf-8") + "\nNoch ein Satz.\n", encoding="utf-8")
    kept = run_cli(["convert", source, "--to", "html", "--no-clobber"], cwd=tmp_path)
    assert kept.returncode == 1 and "--no-clobber" in kept.stderr, explain(kept)
    assert target.read_bytes() == before
    # No temp file of the atomic write is left behind by either run.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["release.html", "release.txt"]


def test_environment_defaults_yield_to_o_file(tmp_path: Path) -> None:
    # PRESSCONV_TO=html and PRESSCONV_OUT_DIR are defaults: `-o out.pdf` on the command line still
    # writes a PDF there, and no folder appears.
    source = _release(tmp_path)
    env = {"PRESSCONV_TO": "html", "PRESSCONV_OUT_DIR": str(tmp_path / "from-env")}
    done = run_cli(["convert", source, "-o", tmp_path / "out.pdf"], env=env, cwd=tmp_path)
    assert done.returncode == 0, explain(done)
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF-") and not (tmp_path / "from-env").exists()
    # An explicit --to still wins over the extension, as in pandoc.
    done = run_cli(["convert", source, "--to", "json", "-o", tmp_path / "model.pdf"], env=env, cwd=tmp_path)
    assert done.returncode == 0 and (tmp_path / "model.pdf").read_bytes().lstrip().startswith(b"{"), explain(done)
