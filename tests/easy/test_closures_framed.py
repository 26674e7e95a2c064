"""A closure told verb-second after a framing phrase ("Im Zuge der X wird die Y ab … gesperrt"), two senders."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy.closures import closure_lines
from pressconv.transforms.easy.verify import rule_failures

_ISSUED = date(2027, 3, 10)


def test_a_city_road_works_lead_with_its_framing_phrase_gives_the_closure_and_its_stretch() -> None:
    body = [
        "Im Zuge der vom Bauausschuss beschlossenen Erneuerung der Wasserleitung wird die Lindenallee zwischen "
        "dem Marktplatz und der Einmündung Bergstraße ab Montag, 12. April 2027, für den Fahrzeugverkehr voll "
        "gesperrt.",
        "Die Arbeiten dauern mehrere Monate.",
    ]
    lines, days = closure_lines([], body, _ISSUED)
    # "für den Fahrzeugverkehr" stays: walkers may still pass, so the closure is for vehicles only.
    assert lines == [
        "Die Lindenallee ist ab Montag, 12. April 2027, für Fahrzeuge voll gesperrt.",
        "Die Sperrung ist zwischen dem Marktplatz und der Einmündung Bergstraße.",
    ]
    assert days == [date(2027, 4, 12)]
    assert all(not rule_failures(line) for line in lines)


def test_a_county_bridge_closure_for_a_reason_keeps_its_end_day() -> None:
    body = [
        "Wegen dringender Reparaturen am Geländer wird die Mühlenbrücke ab Dienstag, 4. Mai 2027, gesperrt.",
        "Die Sperrung dauert bis Freitag, 14. Mai 2027, an.",
    ]
    lines, _ = closure_lines([], body, _ISSUED)
    assert lines[0] == "Die Mühlenbrücke ist ab Dienstag, 4. Mai 2027, gesperrt."


@pytest.mark.parametrize(
    "sentence",
    [
        # A condition in the Vorfeld narrows the closure: it is left out, not stated as certain.
        "Bei Hochwasser wird die Uferstraße ab Montag, 12. April 2027, gesperrt.",
        # A time in the Vorfeld limits it to that time: left out too.
        "Am Wochenende wird die Uferstraße ab Montag, 12. April 2027, gesperrt.",
        # A negation or a plan that may not happen: omission over error.
        "Im Zuge der Arbeiten wird die Uferstraße ab Montag, 12. April 2027, nicht gesperrt.",
        "Im Zuge der Arbeiten wird die Uferstraße ab Montag, 12. April 2027, eventuell gesperrt.",
    ],
)
def test_a_narrowed_or_uncertain_framed_closure_is_left_out(sentence: str) -> None:
    assert closure_lines([], [sentence], _ISSUED) == ([], [])
