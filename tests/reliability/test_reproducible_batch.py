"""Same input, same SOURCE_DATE_EPOCH, same bytes: across processes, and with one or two workers.

Each run is a separate CLI process, so per-process state (hash randomisation, font caches, the
WeasyPrint import, the process pool) cannot make two runs agree by accident.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.reliability.support import assert_clean_success, error_lines, files_under, run_cli

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
EVERY_WRITER = "html,pdf,epub,docx,easy,json"
# A German and an English release, and one that is read as Windows-1252.
SAMPLES = (
    "de-city-dortmund-seed.txt",
    "en-company-newsdirect-016.txt",
    "de-state-berlin-wahl-DERIVED-cp1252-013.txt",
)


def _digests(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in files_under(folder)}


def _convert(inputs: Path, out: Path, formats: str, jobs: int, timeout: float = 300, *, strict: bool = True) -> None:
    result = run_cli(
        ["convert", inputs, "--to", formats, "--out-dir", out, "--jobs", str(jobs), "--quiet"],
        cwd=inputs.parent,
        timeout=timeout,
    )
    if strict:
        assert_clean_success(result)
    else:
        # The pool's noisy exit is tested on its own below (test_pool_exit_prints_no_traceback).
        assert result.returncode == 0, result.stderr[-3000:]
        assert not error_lines(result.stderr), result.stderr[-3000:]


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("reproducible")
    inputs = base / "in"
    inputs.mkdir()
    for name in SAMPLES:
        shutil.copyfile(CORPUS / name, inputs / name)
    _convert(inputs, base / "first", EVERY_WRITER, jobs=1)
    _convert(inputs, base / "second", EVERY_WRITER, jobs=1)
    return base / "first", base / "second"


@pytest.mark.slow
def test_every_writer_is_reproducible(two_runs: tuple[Path, Path]) -> None:
    first, second = two_runs
    first_digests, second_digests = _digests(first), _digests(second)
    expected_files = len(SAMPLES) * len(EVERY_WRITER.split(","))
    assert len(first_digests) == expected_files, sorted(first_digests)
    differing = sorted(name for name in first_digests if first_digests[name] != second_digests.get(name))
    assert not differing, f"different bytes in two runs with the same SOURCE_DATE_EPOCH: {differing}"


def _epub_identifier(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        opf_name = next(n for n in archive.namelist() if n.endswith(".opf"))
        opf = archive.read(opf_name).decode("utf-8")
    match = re.search(r"<dc:identifier[^>]*>([^<]+)</dc:identifier>", opf)
    assert match, f"{path.name}: no dc:identifier in {opf_name}"
    return match.group(1)


@pytest.mark.slow
def test_different_inputs_get_different_epub_identifiers(two_runs: tuple[Path, Path]) -> None:
    first, _ = two_runs
    identifiers = {p.name: _epub_identifier(p) for p in sorted(first.glob("*.epub"))}
    assert len(identifiers) == len(SAMPLES)
    assert len(set(identifiers.values())) == len(SAMPLES), identifiers


@pytest.mark.slow
def test_two_workers_write_the_same_bytes_as_one(tmp_path: Path) -> None:
    """200 releases (the corpus, varied) with ``--jobs 2`` and ``--jobs 1``: byte-identical outputs."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    sources = sorted(CORPUS.glob("*.txt"))
    for number in range(200):
        source = sources[number % len(sources)]
        data = source.read_bytes()
        # A varied closing line makes every input distinct, so a mixed-up result cannot pass.
        variant = data + f"\n\nFassung {number} für die Redaktion.\n".encode(
            "cp1252" if "cp1252" in source.name else "utf-8"
        )
        (inputs / f"{number:03d}-{source.name}").write_bytes(variant)
    # PDF is left out for time (200 PDFs take minutes); its cross-process reproducibility is tested
    # above and PDFs are rendered by the same pool in the corpus test.
    formats = "html,epub,docx,json"
    _convert(inputs, tmp_path / "serial", formats, jobs=1, timeout=400)
    _convert(inputs, tmp_path / "parallel", formats, jobs=2, timeout=400)
    serial, parallel = _digests(tmp_path / "serial"), _digests(tmp_path / "parallel")
    assert len(serial) == 200 * 4
    assert serial.keys() == parallel.keys()
    differing = sorted(name for name in serial if serial[name] != parallel[name])
    assert not differing, f"--jobs 2 differs from --jobs 1 for {len(differing)} outputs: {differing[:10]}"


# Regression: a pool shut down with wait=False let the interpreter's exit hook write to its closed
# wake-up pipe ("Exception ignored in threading._shutdown ... OSError: [Errno 9]"); intermittent,
# hence several runs.
def test_pool_exit_prints_no_traceback(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for source in sorted(CORPUS.glob("de-*.txt"))[:8]:
        shutil.copyfile(source, inputs / source.name)
    for attempt in range(6):
        result = run_cli(
            ["convert", inputs, "--to", "html", "--out-dir", tmp_path / f"out{attempt}", "--jobs", "2", "-q"],
            cwd=tmp_path,
        )
        assert_clean_success(result)
