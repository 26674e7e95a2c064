"""Session 19, segments: a headline's tally of counts is one list, and a count of time units is a
duration, never a thing that exists (segments.py), on invented headlines of a party, a fire brigade,
a city and a police station."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.segments import rebuild, segment_sentences


@pytest.mark.parametrize("part", ["Acht Jahre", "drei Wochen", "zwölf Monate", "null Unfälle", "0 Reparaturen"])
def test_a_duration_or_a_zero_count_is_no_existence(part: str) -> None:
    assert rebuild(part, past=False) is None
    assert rebuild(part, past=True) is None


def test_a_count_of_things_still_makes_an_existence() -> None:
    assert rebuild("vier Verletzte", past=True) == "Es hat vier Verletzte gegeben."
    assert rebuild("zwei Festnahmen", past=True) == "Es hat zwei Festnahmen gegeben."


def _sentences(headline: str, body: list[str], *, past: bool) -> list[str]:
    return segment_sentences([headline], body, [], past=past, passes=lambda sentence: True)


def test_a_tally_with_a_piece_that_makes_no_sentence_is_left_out_whole() -> None:
    # A party's ironic tally: "drei Kröten" alone would make a list of three a fact of one.
    body = ["Seit sechs Jahren leben drei Kröten in dem Loch vor dem Rathaus.", "Es gab null Reparaturen."]
    assert _sentences("Sechs Jahre, drei Kröten, null Reparaturen", body, past=False) == []
    # A city's tally of a road-works year, where one count is a duration.
    body = ["Die Arbeiten dauerten zwei Jahre.", "Es gab 14 Baustellen in der Stadt."]
    assert _sentences("Zwei Jahre, 14 Baustellen", body, past=True) == []


def test_a_tally_whose_every_piece_makes_a_sentence_is_said_whole() -> None:
    # A police headline of an accident: two counts, both facts of the body.
    body = ["Bei dem Unfall wurden vier Menschen verletzt, es gab vier Verletzte.", "Die Polizei meldete zwei Festnahmen."]
    assert _sentences("vier Verletzte, zwei Festnahmen", body, past=True) == [
        "Es hat vier Verletzte gegeben.",
        "Es hat zwei Festnahmen gegeben.",
    ]
