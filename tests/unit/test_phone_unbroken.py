"""A phone number is one unit on the page: no writer lets it break across lines (DIN 5008)."""

from __future__ import annotations

import re

import pytest

from pressconv.api import convert
from pressconv.writers.base import phone_class

# Two senders' kinds of number in running text: a city's press line with an extension, and a
# police station's number given after "unter".
_RELEASES = (
    """Stadt baut Radwege

Berlin, 12.03.2024

Die Stadt baut neue Radwege am Hafen. Fragen beantwortet das Bürgertelefon unter 030 123 456-78.
""",
    """Zeugen gesucht

Kassel, 4. Mai 2026

Die Polizei sucht Zeugen eines Unfalls. Hinweise nimmt das Revier Mitte unter 0561 910-2020 entgegen.
""",
)


@pytest.mark.parametrize("number", ["030 123 456-78", "0561 910-2020", "+49 (0)30 123 456-78"])
def test_a_phone_number_of_usual_length_is_kept_whole(number: str) -> None:
    assert phone_class(number).split() == ["phone", "unbroken"]


def test_a_number_longer_than_a_narrow_column_may_still_break() -> None:
    # Kept whole it would run off the page (print.css, issue 15 #9), where the PDF clips it.
    assert phone_class("0" * 40).split() == ["phone"]


@pytest.mark.parametrize("text", _RELEASES)
@pytest.mark.parametrize("fmt", ["html", "easy"])
def test_running_text_marks_its_phone_number_unbroken(text: str, fmt: str) -> None:
    result = convert(text.encode("utf-8"), [fmt], path="release.txt")
    html = result.outputs[0].data.decode("utf-8")
    assert re.search(r'class="phone unbroken">[^<]*\d', html), html
    # The class is styled: without the rule the number breaks as before.
    assert re.search(r"\.phone\.unbroken\s*\{\s*white-space:\s*nowrap;", html)
