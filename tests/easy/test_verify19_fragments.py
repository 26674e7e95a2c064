"""Session 19, structure guard: a fragment whose only finite verb ends a subordinate clause is no
sentence (verify.py), on invented lines of a shop, a theatre, a police station and a city."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.verify import structure_failures


def _codes(sentence: str) -> set[str]:
    return {f.check for f in structure_failures(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Rabatt nur solange Plätze frei sind, Anmeldung im Büro.",  # a course provider's small print
        "Einlass nur wenn noch Plätze frei sind.",  # a theatre's notice
        "Hilfe für alle, die Hunger haben.",  # a food bank's slogan
    ],
)
def test_a_fragment_around_a_subordinate_clause_is_no_sentence(sentence: str) -> None:
    assert "guard.no-finite-verb" in _codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Wenn es regnet, fällt das Fest aus.",  # a city's festival
        "Die Polizei sucht Zeugen, die den Unfall gesehen haben.",  # a police appeal
        "Das Angebot gilt, solange der Vorrat reicht.",  # a shop
        "Die Straße bleibt gesperrt, bis die Arbeiten fertig sind.",  # road works
    ],
)
def test_a_main_clause_beside_a_subordinate_one_is_a_sentence(sentence: str) -> None:
    assert "guard.no-finite-verb" not in _codes(sentence)
