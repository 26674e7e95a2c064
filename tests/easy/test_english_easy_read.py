"""English Easy Read: lead sentences rewritten into short plain statements, nothing pointing outside."""

from __future__ import annotations

import re
from datetime import date

from pressconv.api import parse
from pressconv.model import Paragraph, inline_text
from pressconv.transforms.easy import summarise
from pressconv.transforms.easy.english import EASY_READ_LIMIT, _date
from pressconv.transforms.easy.english_rewrite import plain_words, rewrite_sentence, without_legal_form
from pressconv.transforms.easy.readability import words

COMPANY = (
    "FOR IMMEDIATE RELEASE\n\nNorthwind Tools Acquires Harbor Hardware\n\n"
    "BRISTOL, Conn., May 6, 2024 -- Northwind Tools, Inc. (NASDAQ: NWT), a maker of hand tools for builders, "
    "today announced that it has acquired Harbor Hardware, a family-owned chain of six stores.\n"
    """

The stores will keep their names and all 85 employees.

"We are proud to welcome the Harbor team," said Dana Reyes, Chief Executive Officer of Northwind Tools.

Media contact: press@northwind.example, 555-010-2020
"""
)

SENATOR = (
    "Senator Alvarez Statement on the Closing of the Mill\n\nWASHINGTON, D.C. -- March 3, 2023 -- "
    "U.S. Senator Maria Alvarez (D-NM) issued the following statement today on the closing of the mill:\n"
    """

"The mill closing is a hard blow for 200 families. I will work with the state to find new jobs."
"""
)

CHARITY = (
    "Food Bank Opens New Warehouse\n\nLEEDS, 12 June 2024 -- In Leeds, a city of many food banks, the need is "
    "growing. The Riverside Food Bank, which started in 2010, opened a new warehouse on Monday to store more "
    "donations.\n"
    """

For instance, it can now hold 40 tonnes of food. Read more here.
"""
)


def _body(text: str) -> list[str]:
    result = summarise(parse(text).release)
    return [inline_text(block.children) for block in result.release.body if isinstance(block, Paragraph)]


def test_the_lead_of_a_company_release_becomes_a_short_plain_statement() -> None:
    body = _body(COMPANY)
    assert "Northwind Tools has bought Harbor Hardware, a family-owned chain of six stores." in body
    assert "The date of the news is May 6, 2024." in body


def test_a_statement_frame_becomes_a_sentence_of_its_own() -> None:
    body = _body(SENATOR)
    assert "U.S. Senator Maria Alvarez has made a statement on the closing of the mill." in body
    assert "Maria Alvarez says: The mill closing is a hard blow for 200 families." in body


def test_no_sentence_is_long_or_points_outside_the_summary() -> None:
    for text in (COMPANY, SENATOR, CHARITY):
        for sentence in _body(text):
            assert len(words(sentence)) <= EASY_READ_LIMIT, sentence
            assert not re.search(r"\b(?:here|this|these|for instance)\b", sentence, re.I), sentence
            assert not sentence.startswith(("It ", "They ", "We ")), sentence


def test_a_prepositional_opener_is_not_taken_for_a_subject_with_an_apposition() -> None:
    # "In Leeds, a city of many food banks, the need …": no subject before the first comma.
    rewritten = rewrite_sentence("In Leeds, a city of many food banks, the need is growing.", limit=15)
    assert rewritten.startswith("In Leeds, a city")


def test_rewrites_remove_detail_but_never_a_limitation() -> None:
    kept = rewrite_sentence("The library (not the museum) opens on Monday.", limit=15)
    assert "(not the museum)" in kept
    assert rewrite_sentence("The library (LIB) opens on Monday.", limit=15) == "The library opens on Monday."
    # A non-restrictive relative clause between commas describes; it can go.
    assert (
        rewrite_sentence("The food bank, which started in 2010, opened a new warehouse.", limit=15)
        == "The food bank opened a new warehouse."
    )
    # A verb's "to" stays ("plans to"); only a purpose clause after a noun is cut when too long.
    assert "plans to" in rewrite_sentence("The council plans to open two new libraries next year.", limit=15)


def test_plain_words_keep_tense_and_leave_nouns_alone() -> None:
    assert plain_words("The city acquired the land.") == "The city bought the land."
    assert plain_words("The purchase of the land took approximately two years.") == (
        "The purchase of the land took about two years."
    )
    assert without_legal_form("Northwind Tools, Inc.") == "Northwind Tools"
    assert without_legal_form("Beispiel Software GmbH") == "Beispiel Software"


def test_british_releases_get_day_first_dates() -> None:
    assert _date(date(2024, 6, 12), "en-GB") == "12 June 2024"
    assert _date(date(2024, 6, 12), "en-US") == "June 12, 2024"
