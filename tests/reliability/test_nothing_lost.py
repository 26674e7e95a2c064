"""Nothing lost: every word of every release we hold arrives in its HTML, PDF, EPUB, DOCX and JSON output.

The releases are the 22 of the corpus, the team's thirty annotated development releases and our
convention fixtures (``tests/eval``): real releases of many senders plus one release per convention
of the genre (front matter, Markdown, datelines, contacts, page dumps …).

The corpus is converted once, by the real CLI as a batch (one process, two workers), and the text is
extracted back out of each output with ``pressconv.checks.text_preserved`` (HTML text, pdftotext,
EPUB and DOCX XML), then aligned with the release's words: every word present, in the source's
order. Lines the parser removed on purpose (residue, end marks) are excluded: they are listed with a
reason in the report, which is how a reader can verify they were meant to go.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pressconv.checks.text_preserved import compare_text, expected_words, extract_text
from tests.reliability.support import assert_clean_success, leftovers, run_cli

TESTS = Path(__file__).resolve().parents[1]
CORPUS = TESTS / "corpus"
CORPUS_FILES = sorted(
    [
        *CORPUS.glob("*.txt"),
        *(TESTS / "eval" / "annotated" / "texts").glob("*.txt"),
        *(TESTS / "eval" / "fixtures" / "texts").glob("*.*"),
    ]
)
FORMATS = ("html", "pdf", "epub", "docx", "json")
# JSON is the model: a contact's fields are keys in schema order and links are listed again at the
# end, so for JSON every word must be present, and the order is the schema's.
ORDER_FREE = frozenset({"json"})


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The whole corpus in every checked format, rendered once for all tests of this module."""
    out = tmp_path_factory.mktemp("nothing-lost")
    report = out / "report.json"
    result = run_cli(
        [
            "convert",
            *CORPUS_FILES,
            "--to",
            ",".join(FORMATS),
            "--out-dir",
            out / "dist",
            "--report",
            report,
            "--jobs",
            "2",
            "--quiet",
        ],
        cwd=out,
        timeout=400,
    )
    assert_clean_success(result)
    assert leftovers(out / "dist") == []
    return out / "dist", json.loads(report.read_text(encoding="utf-8"))


def test_corpus_is_there() -> None:
    assert len(CORPUS_FILES) >= 90, f"only {len(CORPUS_FILES)} releases to check"
    assert len({path.stem for path in CORPUS_FILES}) == len(CORPUS_FILES), "two releases share a name"


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("source", CORPUS_FILES, ids=[p.stem for p in CORPUS_FILES])
def test_every_word_arrives(source: Path, fmt: str, rendered: tuple[Path, dict[str, Any]]) -> None:
    dist, report = rendered
    entry = next(e for e in report["files"] if Path(e["input"]).name == source.name)
    assert entry["status"] in ("ok", "warnings"), entry
    expected = expected_words(source.read_bytes(), path=source.name)
    comparison = compare_text(expected, extract_text(dist / f"{source.stem}.{fmt}"))
    if fmt in ORDER_FREE:
        assert comparison.ok, f"{source.name} -> {fmt}: {comparison.describe()}"
        return
    # In order, too: only the masthead (laid out title first) and web addresses (link targets behind
    # descriptive text) may stand elsewhere; see pressconv.checks.text_preserved.
    assert comparison.in_order, f"{source.name} -> {fmt}: {comparison.describe()}"


def test_removed_lines_have_reasons(rendered: tuple[Path, dict[str, Any]]) -> None:
    _, report = rendered
    for entry in report["files"]:
        for removed in entry["removed"]:
            assert removed["reason"].strip(), f"{entry['input']}:{removed['line']} removed without a reason"
