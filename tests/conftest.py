"""Shared test helpers: the corpus files, parsing a file, and golden-file comparison."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from pressconv.api import ParseResult, parse
from tests.fixtures.corpus import CORPUS as CORPUS  # re-exported: tests import it from here

if TYPE_CHECKING:
    from tests.validators.tools import Browser

TESTS = Path(__file__).resolve().parent

# The interrupt tests send SIGINT to the pressconv processes they start. A suite run as a background
# job of a non-interactive shell ("make test &", nohup) starts with SIGINT ignored (POSIX job
# control), every child inherits that, and Python then never raises KeyboardInterrupt: those tests
# would fail for the way the suite was started. A Python-level handler here is reset to the default
# in every child at exec, so the children see SIGINT as a user's shell delivers it.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


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
