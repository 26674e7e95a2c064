"""The month-checked date patterns give exactly the matches of the patterns with the names spelt out."""

from __future__ import annotations

import pytest

from pressconv.parser import dates
from pressconv.parser.dates import find_date, parse_date_line

TEXTS = (
    "Dortmund, 20. September 2018",
    "am 3. März 2024 um 10 Uhr",
    "March 4, 2025",
    "4th Sept. 2024",
    "le 12 octobre 2023",
    "12 mayıs 2023",
    "5 de mayo de 2022",
    "Seite 3, 2024 und dann am 5. Mai 2024",  # a word in the month's place that is no month
    "Heft 12 Märzen 2024",  # a letter run longer than the month it starts with
    "Kapitel 7 2020, Kapitel 8 2021",
    "Augsburg 2024",
    "no date here",
    "Tuesday, May 3 2016",
)


@pytest.mark.parametrize("text", TEXTS)
def test_search_equals_the_exact_pattern(text: str) -> None:
    fast, exact = dates._DATE, dates._DATE.exact
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in exact.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_fullmatch_equals_the_exact_pattern(text: str) -> None:
    fast, exact = dates._DATE_LINE, dates._DATE_LINE.exact
    found, expected = fast.fullmatch(text), exact.fullmatch(text)
    assert (found and found.groupdict()) == (expected and expected.groupdict())


def test_a_non_month_word_falls_back_to_the_real_date() -> None:
    found = find_date("Seite 3, 2024 und dann am 5. Mai 2024")
    assert found is not None and str(found.value) == "2024-05-05"


def test_a_date_line_with_a_month_name_is_read() -> None:
    found = parse_date_line("Dienstag, 3. Mai 2016")
    assert found is not None and str(found.value) == "2016-05-03"
