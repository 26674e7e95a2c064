"""Percentages a reader can follow (amounts.py, verify.FactGuard): "N von 100" where exact, else nothing."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.amounts import plain_amounts
from pressconv.transforms.easy.verify import FactGuard, rule_failures
from tests.easy.support import easy_body


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A chamber of crafts' survey: a share of counted firms, the adjective kept.
        ("30 Prozent der befragten Betriebe wollen mehr Lehrlinge einstellen.", "30 von 100 befragten Betrieben wollen"),
        # A school authority's count: a gender-fair pair counts the same children; "rund" stays.
        ("Rund 45 % der Schülerinnen und Schüler kommen mit dem Rad.", "Rund 45 von 100 Schülerinnen und Schülern kommen"),
        # A health insurer: a nominalised adjective, an upper bound kept as written.
        ("Bis zu 70 Prozent der Versicherten nutzen die neue App.", "Bis zu 70 von 100 Versicherten nutzen"),
        # A sports association: words after the noun stay with it.
        ("Knapp 20 Prozent der Mitglieder im Verein sind jünger.", "Knapp 20 von 100 Mitgliedern im Verein"),
        # A police statistics office: "aller" is the genitive plural too, "von 100" counts all of them.
        ("Bei 40 Prozent aller Unfälle war Alkohol im Spiel.", "Bei 40 von 100 Unfällen war"),
        # After a preposition the fraction would need another case; "von" governs the dative anyway.
        ("In 94 Prozent der Fälle stimmt der Test.", "In 94 von 100 Fällen stimmt der Test."),
        # Above half and exact, the fraction comes first (amounts.py); "von 100" is for the rest.
        ("Über 70 Prozent der Befragten sind zufrieden.", "Mehr als die Hälfte der Befragten sind zufrieden."),
        ("Die Liste erhielt 12 Prozent der Stimmen.", "erhielt 12 von 100 Stimmen."),
    ],
)
def test_share_of_counted_plural_as_von_100(sentence: str, expected: str) -> None:
    rewritten = plain_amounts(sentence)
    assert expected in rewritten
    assert not [f for f in rule_failures(rewritten) if f.check == "rule.percentage"]


@pytest.mark.parametrize(
    "sentence",
    [
        # A singular after "der" (feminine): "30 von 100 Region" would be no count at all.
        "30 Prozent der Region sind Wald.",
        # A plural without a singular, or one that names a sum of money: a share of an amount.
        "Rund 30 Prozent der Kosten trägt der Bund.",
        "20 Prozent der Ausgaben fließen in Schulen.",
        # A rate with decimals: rounding it needs a base the sentence does not name.
        "Die Quote lag bei 4,9 Prozent der Erwerbspersonen.",
        # The digits after a decimal comma are no whole percentage ("4,30 Prozent" is not 30).
        "Der Anteil stieg auf 4,30 Prozent der Haushalte.",
        # A second phrase after "und" that this rule does not read.
        "Etwa 40 Prozent der Frauen und der Kosten.",
    ],
)
def test_other_percentages_stay_as_written(sentence: str) -> None:
    # Left as written, the verifier refuses them (rule.percentage): omission over error.
    assert plain_amounts(sentence) == sentence


def test_decimal_percentage_is_never_read_as_more_than_half() -> None:
    # Before: "4,60 Prozent der Haushalte" became "4,mehr als die Hälfte der Haushalte".
    assert plain_amounts("Das sind 4,60 Prozent der Haushalte.") == "Das sind 4,60 Prozent der Haushalte."


def test_fact_guard_accepts_only_a_100_derived_from_a_percentage() -> None:
    guard = FactGuard("Rund 30 Prozent der Betriebe bilden aus. Die Quote lag bei 4,5 %.")
    assert guard.failures("Rund 30 von 100 Betrieben bilden aus.") == []
    # "5" of "4,5 %" is no whole percentage; a bare 100 and an invented share are new facts.
    assert [f.match for f in guard.failures("5 von 100 Menschen sind arbeitslos.")] == ["100"]
    assert [f.match for f in guard.failures("Es kamen 100 Gäste.")] == ["100"]
    assert {f.match for f in guard.failures("45 von 100 Betrieben bilden aus.")} == {"45", "100"}


def test_survey_release_of_a_chamber_keeps_the_shares() -> None:
    body = easy_body(
        "Umfrage: Betriebe suchen Auszubildende",
        "Die Handwerkskammer Nordwald hat ihre Mitglieder nach der Ausbildung gefragt.",
        "30 Prozent der befragten Betriebe wollen im Herbst mehr Lehrlinge einstellen. "
        "Die Arbeitslosenquote liegt bei 4,9 Prozent.",
        organisation="Handwerkskammer Nordwald",
    )
    assert "30 von 100 befragten Betrieben wollen im Herbst mehr Lehrlinge einstellen." in body
    assert "Prozent" not in body and "4,9" not in body and "5 von 100" not in body


def test_school_release_keeps_a_share_and_refuses_an_amount() -> None:
    body = easy_body(
        "Mehr Kinder fahren mit dem Rad zur Schule",
        "Das Schulamt Talstadt hat eine Zählung an allen Grundschulen gemacht.",
        "Rund 45 Prozent der Schülerinnen und Schüler kommen mit dem Fahrrad. "
        "15 Prozent der Strecke führt über eine Landstraße.",
        "Das Schulamt bittet die Eltern, ihre Kinder zu Fuß oder mit dem Rad zu schicken.",
        organisation="Schulamt Talstadt",
    )
    assert "Rund 45 von 100 Schülerinnen und Schülern kommen mit dem Fahrrad." in body
    assert "Strecke" not in body and "Prozent" not in body
