"""A sentence of subject and one verb: the verb is finite when its form is also the present."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.verify import structure_failures


def _codes(sentence: str) -> set[str]:
    return {f.check for f in structure_failures(sentence)}


@pytest.mark.parametrize(
    "sentence",
    ["Die Polizei Nordheim ermittelt.", "Die Staatsanwaltschaft Altstadt ermittelt.", "Das Landesamt Westmark bestätigt."],
)
def test_present_form_after_a_named_body_is_finite(sentence: str) -> None:
    assert "guard.no-finite-verb" not in _codes(sentence)


@pytest.mark.parametrize("sentence", ["Das Haus gebaut.", "Der neue Vorstand gewählt.", "Die Polizei in Nordheim gerufen."])
def test_a_participle_only_form_without_auxiliary_is_no_sentence(sentence: str) -> None:
    assert "guard.no-finite-verb" in _codes(sentence)
