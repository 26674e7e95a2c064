"""The glossary explains a role noun once when the text names both forms, with the headword's pronoun."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.lexicon import entries_for, lexicon


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # A police appeal and a city's pension notice: paired forms (Duden: Paarform) name one role.
        ("Die Polizei sucht Zeuginnen und Zeugen. Zeugen melden sich bitte.", "Zeugin"),
        ("Die Stadt lädt Rentner und Rentnerinnen zu einem Nachmittag ein.", "Rentner"),
    ],
)
def test_a_paired_role_noun_gets_one_entry(text: str, first: str) -> None:
    roles = [entry.word for entry in entries_for([text]) if entry.role]
    assert roles == [first]


def test_each_form_goes_on_with_its_own_pronoun() -> None:
    """ "Eine Zeugin … Er oder sie …" reads wrong (issue 16, judged glossary problem)."""
    for entry in lexicon():
        if not entry.role:
            continue
        assert "Er oder sie" not in entry.explanation, entry.word
        if entry.explanation.startswith("Eine ") and entry.gender == "die":
            assert " Er " not in f" {entry.explanation} ", entry.word
