"""Fraud warning: whom the fraudsters pose as, from invented warnings of a police force and a bank."""

from __future__ import annotations

from pressconv.transforms.easy.scams import trick_lines


def test_police_warning_in_the_present() -> None:
    body = ["Die Polizei Bergstadt warnt vor Betrügern, die sich am Telefon als Anwälte oder Polizeibeamte ausgeben."]
    assert trick_lines([], body) == ["Betrüger geben sich am Telefon als Anwälte oder Polizisten aus."]


def test_bank_warning_of_a_told_case_in_the_perfect() -> None:
    body = ["Bei den Betrugsfällen der Bank: Die Anrufer gaben sich als Bankmitarbeiter aus."]
    assert trick_lines([], body) == ["Anrufer haben sich als Bankmitarbeiter ausgegeben."]
    told = ["Ein Kunde ist Opfer von Betrügern geworden, die sich als Mitarbeiter ausgegeben hatten."]
    assert trick_lines([], told) == ["Betrüger haben sich als Mitarbeiter ausgegeben."]


def test_no_trick_without_fraud_or_under_a_negation() -> None:
    assert trick_lines([], ["Die Täter gaben sich als Handwerker aus."]) == []
    denied = ["Betrüger, die sich nicht als Polizisten ausgeben, sind selten."]
    assert trick_lines([], denied) == []
