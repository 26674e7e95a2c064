"""The stored regular-expression programs: the same patterns as re.compile, and never in the way."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pressconv.parser import _programs

PATTERNS = (
    (r"(?P<day>\d{1,2})\.\s*(?P<month>[A-Za-zäöü]+)\s+(?P<year>\d{4})", re.IGNORECASE),
    (r"^(?:Kontakt|Pressekontakt|Contact)\s*:?$", re.MULTILINE),
    (r"[„“\"»«](.+?)[“”\"«»]", 0),
)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh table, stored in tmp_path, with writing allowed whatever the environment says."""
    path = tmp_path / "re-programs.test.marshal"
    monkeypatch.setattr(_programs, "cache_file", lambda: path)
    monkeypatch.setattr(_programs, "_table", None)
    monkeypatch.setattr(_programs, "_missing", [])
    monkeypatch.setattr("sys.dont_write_bytecode", False)
    return path


def _fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_programs, "_table", None)
    monkeypatch.setattr(_programs, "_missing", [])


def test_a_stored_program_gives_the_pattern_re_compile_gives(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for source, flags in PATTERNS:
        _programs.cached_compile(source, flags)
    _programs.save_programs()
    assert cache.is_file()
    _fresh_process(monkeypatch)
    text = "Dortmund, 20. September 2018\nKontakt:\n„Wir freuen uns“, sagte sie."
    for source, flags in PATTERNS:
        stored = _programs.cached_compile(source, flags)
        reference = re.compile(source, flags)
        assert stored is not reference  # built from the file, not taken from re's own cache
        assert stored == reference  # same text, flags and compiled code
        assert stored.groupindex == reference.groupindex
        assert [m.groups() for m in stored.finditer(text)] == [m.groups() for m in reference.finditer(text)]
    assert not _programs._missing  # nothing left to store: every pattern came from the file


def test_a_damaged_file_falls_back_to_re_compile(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache.write_bytes(b"\x00not a marshal stream")
    source, flags = PATTERNS[0]
    assert _programs.cached_compile(source, flags) == re.compile(source, flags)
    _programs.save_programs()  # replaces the damaged file with a readable one
    _fresh_process(monkeypatch)
    assert _programs._load()


def test_nothing_is_written_where_python_writes_no_bytecode(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.dont_write_bytecode", True)
    source, flags = PATTERNS[1]
    assert _programs.cached_compile(source, flags) == re.compile(source, flags)
    _programs.save_programs()
    assert not cache.exists()


def test_a_read_only_folder_costs_no_second_compile(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Where the file cannot be written, save_programs must give up before recompiling anything.
    # (Tests may run as root, who writes into read-only folders: the refusal is what mkstemp
    # raises in a read-only site-packages.)
    source, flags = PATTERNS[2]
    _programs.cached_compile(source, flags)
    compiled: list[str] = []

    def refuse(**_kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    def program(source: str, flags: int) -> tuple[object, ...]:
        compiled.append(source)
        return ()

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    monkeypatch.setattr(_programs, "_program", program)
    _programs.save_programs()
    assert compiled == [] and not cache.exists()
