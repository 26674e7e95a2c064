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
            "PRESSEMITTEILUNG\n\nNeuer Radweg am Fluss\n\nDer Radweg am Fluss ist fertig. „Damit schließen wir die "
            "letzte Lücke im Netz“, so Projektleiter Max Beispiel, der seit 2019 im Amt ist.\n",
            "Max Beispiel",
            "Projektleiter",
        ),
        (
            "NEWS RELEASE\n\nRiver Trail Completed\n\nThe river trail is finished. “This closes the last gap in "
            "the network,” said Chief Engineer Jane Example, who has led the works since 2019.\n",
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
