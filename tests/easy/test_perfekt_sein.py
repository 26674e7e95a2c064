"""Perfekt of particle verbs of motion or change takes "sein", with the strong participle."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.rewrite import rewrite


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Ein Brand brach am Montag in einer Scheune aus.", "Ein Brand ist am Montag in einer Scheune ausgebrochen."),
        ("Diebe brachen in ein Vereinsheim ein.", "Diebe sind in ein Vereinsheim eingebrochen."),
        ("Zwei Autos stießen auf der Kreuzung zusammen.", "Zwei Autos sind auf der Kreuzung zusammengestoßen."),
        ("Der Radfahrer wich einem Hund aus.", "Der Radfahrer ist einem Hund ausgewichen."),
    ],
)
def test_perfekt_with_sein(source: str, expected: str) -> None:
    assert rewrite(source, None) == expected
