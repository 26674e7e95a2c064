"""checks/extract/pdf.py: right-to-left runs that PDFium gives in visual order come back in reading order."""

from __future__ import annotations

import pytest

from pressconv.checks.extract.pdf import logical_order, right_to_left


@pytest.mark.parametrize(
    ("visual", "logical"),
    [
        # A Hebrew run inside a German line: PDFium gives its words left to right on the page.
        ("Gäste sagten: הבאים ברוכים עולם שלום.", "Gäste sagten: שלום. עולם ברוכים הבאים"),
        # An Arabic run, then German again after it.
        ("schrieb بالعالم مرحبا heute", "schrieb مرحبا بالعالم heute"),
        # A number between two right-to-left words belongs to the run.
        ("am עולם 2018 שלום heute", "am שלום 2018 עולם heute"),
    ],
)
def test_right_to_left_runs_are_put_back_in_reading_order(visual: str, logical: str) -> None:
    assert logical_order(visual) == logical


def test_in_a_right_to_left_document_the_line_is_reversed_and_left_to_right_runs_turned_back() -> None:
    # Its first word stands on the right.
    visual = "Berlin aus הבאים ברוכים עולם שלום"
    assert right_to_left(visual)
    assert logical_order(visual, rtl=True) == "שלום עולם ברוכים הבאים Berlin aus"
    assert not right_to_left("Gäste aus Tel Aviv sagten: שלום עולם")


def test_a_line_without_right_to_left_words_is_left_as_it_is() -> None:
    line = "Dortmund,  20. September 2018 – 10:00 Uhr"
    assert logical_order(line) is line


def test_a_number_split_from_its_word_by_a_right_to_left_run_is_joined_again() -> None:
    # "שלום 0A" in a left-to-right line is shown "0 שלוםA" (UAX #9: the number after the Hebrew word
    # takes its right-to-left level); a contact line and an address line of two invented senders.
    assert logical_order("0 שלוםA") == "שלום 0A"
    assert logical_order("Raum 12 שלוםB offen") == "Raum שלום 12B offen"
