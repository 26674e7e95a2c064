"""Session 19, rewrite: "Pkw" in its number, and academic titles before a name left out (rewrite.py),
on invented lines of a police report, a fire brigade report, a university and a hospital."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.rewrite import _expand


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Der Fahrer beschädigte 2 geparkte Pkw.", "Der Fahrer beschädigte 2 geparkte Autos."),  # police
        ("Drei Pkws brannten aus.", "Drei Autos brannten aus."),  # fire brigade
        ("Mehrere PKW waren beteiligt.", "Mehrere Autos waren beteiligt."),
        ("Ein Pkw stand am Rand.", "Ein Auto stand am Rand."),
        ("Die Halterin des Pkw meldete sich.", "Die Halterin des Autos meldete sich."),
        # A compound's first part stays singular: "Zwei Pkw-Fahrer" are two drivers of cars.
        ("Zwei Pkw-Fahrer wurden verletzt.", "Zwei Auto-Fahrer wurden verletzt."),
        ("Es gab 3 Pkw-Unfälle.", "Es gab 3 Auto-Unfälle."),
    ],
)
def test_pkw_is_written_out_in_its_number(sentence: str, expected: str) -> None:
    assert _expand(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A university's appointment and a hospital's new head: the name without its titles.
        ("Prof. Dr. Anna Beispiel leitet das Institut.", "Anna Beispiel leitet das Institut."),
        ("Die Klinik begrüßt Prof. Karl Muster.", "Die Klinik begrüßt Karl Muster."),
    ],
)
def test_an_academic_title_before_a_name_goes(sentence: str, expected: str) -> None:
    assert _expand(sentence) == expected
