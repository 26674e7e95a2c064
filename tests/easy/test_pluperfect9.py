"""The Plusquamperfekt of a main clause becomes the Perfekt (rewrite._pluperfect)."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.rewrite import _pluperfect


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An animal shelter's find, a mayor stepping down, a fire report's fall.
        ("Eine Helferin hatte den Korb am Morgen entdeckt.", "Eine Helferin hat den Korb am Morgen entdeckt."),
        ("Die Bürgermeisterin hatte ihr Amt niedergelegt.", "Die Bürgermeisterin hat ihr Amt niedergelegt."),
        ("Der Feuerwehrmann war von der Leiter gestürzt.", "Der Feuerwehrmann ist von der Leiter gestürzt."),
    ],
)
def test_the_pluperfect_becomes_the_perfekt(sentence: str, expected: str) -> None:
    assert _pluperfect(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Straße war bis 14 Uhr gesperrt.",  # a state, not a sein-Perfekt
        "Die Kinder hatten Hunger.",  # no participle
        "Er hatte gewartet, als der Bus kam.",  # two clauses
    ],
)
def test_states_and_other_clauses_stay(sentence: str) -> None:
    assert _pluperfect(sentence) == sentence
