"""Round 9, leads: numbers a reader can use (amounts.py), on invented releases of a court, a ministry,
a company and a research institute."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.amounts import plain_amounts
from pressconv.transforms.easy.verify import FactGuard, rule_failures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Das Gericht zieht rund 312.000 Euro ein.", "Das Gericht zieht rund 312 tausend Euro ein."),
        ("Die Firma stellt 10.000 Masken her.", "Die Firma stellt 10 tausend Masken her."),
        ("Im Landkreis gibt es rund 2.600 Brunnen.", "Im Landkreis gibt es mehr als 2 tausend Brunnen."),
        ("Rund 2.600 Menschen kamen zum Fest.", "Mehr als 2 tausend Menschen kamen zum Fest."),
        # One thousand is "tausend", not "1 tausend" (a web platform, a club's count).
        ("Die Plattform hat über 1.600 Einträge.", "Die Plattform hat mehr als tausend Einträge."),
        ("Der Verein hat 1.000 Mitglieder.", "Der Verein hat tausend Mitglieder."),
        ("60 Prozent der Kosten trägt das Land.", "Mehr als die Hälfte der Kosten trägt das Land."),
        ("Über 70 Prozent der Befragten sind zufrieden.", "Mehr als die Hälfte der Befragten sind zufrieden."),
        ("Rund 50 Prozent der Stimmen gingen an den Verein.", "Etwa die Hälfte der Stimmen gingen an den Verein."),
    ],
)
def test_numbers_become_usable(sentence: str, expected: str) -> None:
    assert plain_amounts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Zuschuss beträgt bis zu 60 Prozent der Kosten.",  # an upper bound is no "mehr als"
        "Der Preis liegt unter 5.600 Euro.",  # a bound and a rest: no rounding either way
        "Der Zuschuss beträgt bis zu 2.600 Euro.",
        "Knapp 2.600 Menschen kamen.",  # just under: "mehr als 2 tausend" would need a lower bound
        "Rund 40 Prozent der Kosten trägt der Bund.",  # less than half has no exact fraction here
        "Die Stadt hat 1.234.567 Einwohner.",  # a million and more: another rule
        "Es kostet 1.500,50 Euro.",  # a decimal amount stays exact
    ],
)
def test_bounded_or_inexact_numbers_stay(sentence: str) -> None:
    assert plain_amounts(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Full thousands are exact: the bound stays and says the same (a ministry's grant, a fine).
        ("Je Vorhaben gibt es höchstens 120.000 Euro.", "Je Vorhaben gibt es höchstens 120 tausend Euro."),
        ("Das Bußgeld beträgt bis zu 5.000 Euro.", "Das Bußgeld beträgt bis zu 5 tausend Euro."),
        ("Der Preis liegt unter 5.000 Euro.", "Der Preis liegt unter 5 tausend Euro."),
    ],
)
def test_full_thousands_after_a_bound_are_said_exactly(sentence: str, expected: str) -> None:
    assert plain_amounts(sentence) == expected


def test_the_plain_number_passes_the_rules_and_the_fact_guard() -> None:
    source = "Das Landgericht ordnete die Einziehung von rund 312.000 Euro an."
    plain = "Das Land·gericht zieht rund 312 tausend Euro ein."
    assert not [f for f in rule_failures(plain) if f.check == "rule.big-number"]
    assert not FactGuard(source).failures(plain)
