"""Glossary entries of the session-17 audit (rubric item 5), on invented sentences of several senders."""

from __future__ import annotations

from pressconv.transforms.easy.lexicon import entries_for


def _glossary(*texts: str) -> dict[str, str]:
    return {entry.word: entry.explanation for entry in entries_for(list(texts))}


def test_a_declined_adjective_is_listed_under_its_base_form() -> None:
    # A police campaign and a clinic: the explanation names the base form, and so does the headword.
    campaign = _glossary("Die Polizei startet die stadtweiten Aktionen.")
    assert "stadtweit" in campaign and "stadtweiten" not in campaign
    assert campaign["stadtweit"].startswith("Stadtweit heißt")
    clinic = _glossary("Es gibt einen Kurs in orthopädischer Gymnastik.")
    assert "orthopädisch" in clinic and "orthopädischer" not in clinic


def test_a_verb_form_keeps_the_form_of_the_text() -> None:
    # "festgenommen" is no declined adjective: the text's form stays the headword.
    assert "festgenommen" in _glossary("Die Polizei hat einen Mann festgenommen.")


def test_a_federal_institution_is_the_one_of_its_kind() -> None:
    # The police and an office: "Bundes·" names the one institution for all of Germany.
    police = _glossary("Die Polizei arbeitet mit der Bundes·polizei zusammen.")
    assert police["Bundes·polizei"].startswith("Die Bundes·polizei ist die Polizei für ganz Deutschland.")
