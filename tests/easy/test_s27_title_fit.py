"""Titles: a municipality's name after its kind may go when the headline is one name too long, and a
sentence about what stays unchanged is never the fallback title.

Invented headlines of a town, a county and a municipality; blind judgement (session 27) found "Unverändert
bleiben die Steuer·befreiungen" as the title of a dog-tax rise.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.title_candidates import clause_variants
from pressconv.transforms.easy.title_step import _side_condition


@pytest.mark.parametrize(
    ("headline", "shorter"),
    [
        ("Die Gemeinde Bad Nordau schließt ab 2027 das Hallenbad", "Die Gemeinde schließt ab 2027 das Hallenbad"),
        ("Der Landkreis Westau ordnet eine Stallpflicht an", "Der Landkreis ordnet eine Stallpflicht an"),
    ],
)
def test_a_municipality_may_lose_its_name_in_a_title_variant(headline: str, shorter: str) -> None:
    assert shorter in clause_variants(headline)


def test_a_name_that_is_no_apposition_of_a_municipality_stays() -> None:
    assert all(v.startswith("Die Polizei Nordau") for v in clause_variants("Die Polizei Nordau sucht einen Zeugen"))


@pytest.mark.parametrize(
    "sentence",
    ["Unverändert bleiben die Gebühren für Kinder", "Die Preise für Senioren bleiben gleich", "Die Kurse laufen wie bisher"],
)
def test_what_stays_unchanged_is_a_side_condition(sentence: str) -> None:
    assert _side_condition(sentence)


def test_a_change_is_no_side_condition() -> None:
    assert not _side_condition("Die Stadt erhöht die Gebühren für Hunde")
