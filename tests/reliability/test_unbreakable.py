"""Tokens wider than the page break anywhere in the PDF instead of being clipped (issue 15 #9, #5).

The nothing-lost check reads the PDF's text layer (pdftotext), where such a token comes out in
pieces, one per line; every piece must be there, in order.
"""

from __future__ import annotations

import hashlib

import pytest

from pressconv.api import convert, parse
from pressconv.checks.text_preserved import compare_text, extract_text, masthead_lines, release_words

_HEAD = "Stadt baut Radwege\n\nBerlin, 12.03.2024\n\n"
HASH = hashlib.sha512(b"pressconv").hexdigest()  # 128 characters, no break opportunity


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(f"Die Prüfsumme lautet {HASH} und ist geprüft.", id="hash-128"),
        pytest.param("Die Stadt " + "x" * 40_000 + " baut.", id="run-40k"),
        pytest.param("a." * 50_000, id="a-dot-100k"),
        pytest.param("Siehe https://example.org/" + "abcdefghij" * 30 + " dazu.", id="url-300"),
    ],
)
def test_nothing_leaves_the_pdf_page(body: str, tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    text = _HEAD + body + "\n"
    result = convert(text.encode("utf-8"), ["pdf"], path="release.txt")
    output = tmp_path / "release.pdf"
    output.write_bytes(result.outputs[0].data)
    parsed = parse(text.encode("utf-8"), path="release.txt")
    expected = release_words(text, parsed.removed, masthead=masthead_lines(parsed.release))
    comparison = compare_text(expected, extract_text(output))
    assert comparison.in_order, comparison.describe()[:500]
