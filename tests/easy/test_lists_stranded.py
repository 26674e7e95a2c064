"""A list that is the complement of a preposition never leaves the preposition stranded in its intro."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.lists import enumeration


@pytest.mark.parametrize(
    ("sentence", "intro", "items"),
    [
        # a library's branch (culture sender)
        (
            "Die Zweigstelle Nord bleibt am Montag, Dienstag und Freitag geschlossen.",
            "Die Zweigstelle Nord bleibt an diesen Tagen geschlossen:",
            ("Montag", "Dienstag", "Freitag"),
        ),
        # a waste management board's recycling centre (utility sender), holidays and a date
        (
            "Der Wertstoffhof ist am Karfreitag, Ostermontag und 1. Mai zu.",
            "Der Wertstoffhof ist an diesen Tagen zu:",
            ("Karfreitag", "Ostermontag", "1. Mai"),
        ),
    ],
)
def test_days_after_am_are_said_as_these_days(sentence: str, intro: str, items: tuple[str, ...]) -> None:
    found = enumeration(sentence)
    assert found is not None
    assert (found.intro, found.items) == (intro, items)


@pytest.mark.parametrize(
    "sentence",
    [
        # a swimming pool's prices (city sender): "ist für kostenlos:" would be broken
        "Der Eintritt ist für Kinder, Schüler und Studierende kostenlos.",
        # a court's visiting rules (justice sender): the items are no days
        "Der Saal bleibt bei Regen, Sturm und Glatteis geschlossen.",
    ],
)
def test_a_stranded_preposition_is_refused(sentence: str) -> None:
    found = enumeration(sentence)
    assert found is None or found.intro.split()[-2].lower() not in ("für", "bei", "am")
