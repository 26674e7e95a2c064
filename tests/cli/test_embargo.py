"""A release under a future embargo (Sperrfrist) warns embargo.future when converted (issue 18 #11, the CLI part)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.helpers import explain, run_cli

TEXT = (
    "Sperrfrist: 20.09.{year}, 10:00 Uhr\n\nNeue Radwege am Hafen\n\n"
    "Die Stadt Dortmund baut bis Ende des Jahres neue Radwege rund um den Hafen.\n"
)


def _release(folder: Path, year: int) -> Path:
    source = folder / f"embargo-{year}.txt"
    source.write_text(TEXT.format(year=year), encoding="utf-8")
    return source


def test_a_future_embargo_warns_and_a_past_one_does_not(tmp_path: Path) -> None:
    future = run_cli(["convert", _release(tmp_path, 2099), "-d", tmp_path / "out"])
    assert future.returncode == 0, explain(future)
    assert "under embargo until 2099-09-20 10:00" in future.stderr and "[embargo.future]" in future.stderr
    past = run_cli(["convert", _release(tmp_path, 2001), "-d", tmp_path / "out"])
    assert past.returncode == 0 and "embargo.future" not in past.stderr, explain(past)


def test_now_is_source_date_epoch_and_the_warning_can_fail_or_be_ignored(tmp_path: Path) -> None:
    source = _release(tmp_path, 2099)
    later = run_cli(["convert", source, "-d", tmp_path / "a"], env={"SOURCE_DATE_EPOCH": "4102444800"})  # 2100-01-01
    assert later.returncode == 0 and "embargo.future" not in later.stderr, explain(later)
    strict: list[str | Path] = [
        "convert",
        source,
        "-d",
        tmp_path / "b",
        "--fail-on",
        "warning",
        "--ignore",
        "date",
        "--ignore",
        "language",
    ]
    assert run_cli(strict).returncode == 3
    assert run_cli([*strict, "--ignore", "embargo.future"]).returncode == 0
