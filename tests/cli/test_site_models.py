"""``convert --site`` builds its index and feed from the models the batch rendered from, without
parsing any input a second time, and writes the same bytes as parsing again did (issue 18)."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

import pressconv.api
from pressconv import batch
from pressconv.batch import BatchSettings, plan_batch, run_batch
from pressconv.model import Release
from pressconv.site import FEED_NAME, INDEX_NAME, build_site_from_batch
from tests.cli.helpers import CORPUS, EPOCH, run_cli

RELEASES = ("de-city-dortmund-seed.txt", next(p.name for p in sorted(CORPUS.glob("en-*.txt"))))


def _inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in RELEASES:
        shutil.copyfile(CORPUS / name, folder / name)
    return folder


def _site(folder: Path, out: Path, *, jobs: int, keep: bool, forget: bool = False) -> dict[str, bytes]:
    settings = BatchSettings(formats=("html",), out_dir=out, jobs=jobs, keep_models=keep)
    plan = plan_batch([folder], settings, extensions={"html": "html"})
    run = run_batch(plan, settings)
    assert run.exit_code in (0, 3), run.results
    if forget:
        run = dataclasses.replace(run, releases={})
    site = out / "site"
    build_site_from_batch(plan, run, settings, site)
    return {name: (site / name).read_bytes() for name in (INDEX_NAME, FEED_NAME)}


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_site_from_kept_models_is_byte_identical_to_parsing_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    folder = _inputs(tmp_path)
    kept = _site(folder, tmp_path / "kept", jobs=jobs, keep=True)
    again = _site(folder, tmp_path / "again", jobs=1, keep=False)
    assert kept == again
    assert all(b"Dortmund" in data for data in kept.values())


def test_the_parent_parses_nothing_when_the_models_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    folder = _inputs(tmp_path)
    parses: list[str] = []
    real_parse = pressconv.api.parse

    def counting_parse(data: bytes, **kwargs: object) -> object:
        parses.append(str(kwargs.get("path")))
        return real_parse(data, **kwargs)  # type: ignore[arg-type]

    def no_second_parse(*args: object) -> Release:
        raise AssertionError("the site parsed an input again")

    monkeypatch.setattr(pressconv.api, "parse", counting_parse)
    monkeypatch.setattr(batch, "job_release", no_second_parse)
    _site(folder, tmp_path / "out", jobs=1, keep=True)
    # One parse per input (the render), none for the site.
    assert sorted(Path(p).name for p in parses) == sorted(RELEASES)


def test_a_run_without_kept_models_still_builds_the_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    folder = _inputs(tmp_path)
    # An API caller's BatchRun without models: the inputs are parsed again, to the same site.
    assert _site(folder, tmp_path / "a", jobs=1, keep=True) == _site(folder, tmp_path / "b", jobs=1, keep=True, forget=True)


def test_convert_site_from_the_command_line(tmp_path: Path) -> None:
    folder = _inputs(tmp_path)
    result = run_cli(["convert", folder, "--to", "html", "-d", tmp_path / "out", "--site", tmp_path / "site", "-j", "2"])
    assert result.returncode in (0, 3), result.stderr
    index = (tmp_path / "site" / INDEX_NAME).read_text(encoding="utf-8")
    assert "de-city-dortmund-seed.html" in index
