"""Pathological inputs of 1 MB finish, with nothing lost (issue 15 #4, #5).

How long they take is measured by ``make bench`` (bench/run.py, the "pathological" table), never
asserted here; the subprocess timeout only stops a run that would hang (the easy summary of
"z. B. " x 20 000 took over a minute before the fix, of 1 MB hours).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.support import assert_clean_success, run_cli

_HEAD = "Stadt baut Radwege\n\nBerlin, 12.03.2024\n\n"
MEGABYTE = 1_000_000


def _megabyte_of(unit: str) -> str:
    return unit * (MEGABYTE // len(unit))


@pytest.mark.slow
@pytest.mark.parametrize(
    "body",
    [
        pytest.param(_megabyte_of("z. B. "), id="zb-abbreviations"),
        pytest.param(_megabyte_of("."), id="dots"),
        pytest.param(_megabyte_of("1. "), id="ordinals"),
    ],
)
def test_easy_summary_of_a_megabyte(body: str, tmp_path: Path) -> None:
    # --to all always runs the easy transform; --to easy runs only it (and its small page).
    source = tmp_path / "release.txt"
    source.write_text(_HEAD + body + "\n", encoding="utf-8")
    result = run_cli(["convert", source, "--to", "easy", "--out-dir", tmp_path / "out"], cwd=tmp_path, timeout=300)
    assert_clean_success(result)
    assert (tmp_path / "out" / "release.leicht.html").is_file()


@pytest.mark.slow
def test_docx_with_thousands_of_phone_links(tmp_path: Path) -> None:
    source = tmp_path / "release.txt"
    source.write_text(_HEAD + "".join(f"Tel.: 0231 50-{i:05d}\n\n" for i in range(5000)), encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli(["convert", source, "--to", "docx", "--out-dir", out], cwd=tmp_path, timeout=300)
    assert_clean_success(result)
    check = run_cli(["check", "--against", source, out / "release.docx"], cwd=tmp_path, timeout=300)
    assert check.returncode == 0, check.stdout[-2000:]


@pytest.mark.slow
def test_a_megabyte_of_spaces_inside_a_line(tmp_path: Path) -> None:
    # Issue 15 #3: "Wort" + spaces + "Ende." was quadratic in the parser (a regex starting a "\s*" or
    # "\s+" at every position of the run); it hung for minutes at 100 000 spaces.
    source = tmp_path / "release.txt"
    source.write_text("Wort" + " " * MEGABYTE + "Ende.\n", encoding="utf-8")
    result = run_cli(["convert", source, "--to", "html,json", "--out-dir", tmp_path / "out"], cwd=tmp_path, timeout=120)
    assert_clean_success(result)
    assert "Ende" in (tmp_path / "out" / "release.html").read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit", [pytest.param(".", id="dots"), pytest.param("x", id="letters"), pytest.param("a.", id="a-dots")]
)
def test_a_megabyte_run_without_a_dateline(unit: str, tmp_path: Path) -> None:
    # Without a dateline the parser infers the place and reads e-mail domains for towns: the address
    # pattern started at every position of a run and scanned to its end for an "@" (quadratic: 11 s
    # at 100 000 dots, hours at 1 MB). The seat and e-mail are read, nothing of the run is lost.
    source = tmp_path / "release.txt"
    source.write_text(_megabyte_of(unit) + "\n\nKontakt: presse@polizei.berlin.de\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli(["convert", source, "--to", "html,json", "--out-dir", out], cwd=tmp_path, timeout=120)
    assert_clean_success(result)
    check = run_cli(["check", "--against", source, out / "release.json"], cwd=tmp_path, timeout=120)
    assert check.returncode == 0, check.stdout[-2000:]
