"""Quotation attribution in releases of senders the parser was not developed on: a relative clause
after the speaker's name is no role. Every release here is invented (two senders, two languages)."""

from __future__ import annotations

import pytest

from pressconv.api import parse
from pressconv.model import Paragraph, Quotation


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "PRESSEMITTEILUNG\n\nNeuer Teststreifen\n\nEin Team hat einen Teststreifen entwickelt. „Wenn sich der Test "
            "bewährt, kommt er in den Handel“, so Doktorand Max Beispiel, der die App mitentwickelt hat.\n",
            "Max Beispiel",
            "Doktorand",
        ),
        (
            "NEWS RELEASE\n\nNew Sensor Tested\n\nA team has built a sensor for private wells. “If the test works, "
            "it could be in shops within two years,” said Chief Engineer Jane Example, who wrote the app.\n",
            "Jane Example",
            "Chief Engineer",
        ),
    ],
)
def test_relative_clause_after_the_name_is_no_role(text: str, speaker: str, role: str) -> None:
    release = parse(text.encode("utf-8")).release
    quotes = [
        node
        for block in release.body
        if isinstance(block, Paragraph)
        for node in block.children
        if isinstance(node, Quotation)
    ]
    assert [(quote.speaker, quote.role) for quote in quotes] == [(speaker, role)]
