"""Shared test helpers: the corpus files, parsing a file, and golden-file comparison."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from pressconv.api import ParseResult, parse
from tests.fixtures.corpus import CORPUS as CORPUS  # re-exported: tests import it from here

if TYPE_CHECKING:
    from tests.validators.tools import Browser

TESTS = Path(__file__).resolve().parent


def corpus_files() -> list[Path]:
    """Every release text in tests/corpus, sorted by name."""
    return sorted(CORPUS.glob("*.txt"))


def parse_file(path: Path) -> ParseResult:
    """Parse a release file the way the CLI does (bytes in, with its name)."""
    return parse(path.read_bytes(), path=path.name)


def accepting() -> bool:
    """True when goldens should be rewritten (``make accept`` sets PRESSCONV_ACCEPT=1)."""
    return os.environ.get("PRESSCONV_ACCEPT") == "1"


def check_golden(actual: str, golden: Path) -> None:
    """Compare ``actual`` with the golden file; rewrite it instead when PRESSCONV_ACCEPT=1."""
    if accepting() or not golden.exists():
        if not accepting():
            golden.parent.mkdir(parents=True, exist_ok=True)
            golden.write_text(actual, encoding="utf-8")
            pytest.fail(f"golden {golden.name} did not exist; written now, review it and re-run")
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
        return
    expected = golden.read_text(encoding="utf-8")
    assert actual == expected, f"{golden.name} differs; run with PRESSCONV_ACCEPT=1 to accept the new output"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One offline Chromium per test module (tests/validators/tools.py), shared by its browser tests."""
    from tests.validators.tools import Browser

    with Browser() as shared:
        yield shared
