"""Session 22, the integrator's own fixes: glossary senses that fit every sender that uses the word."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.lexicon import entries_for


@pytest.mark.parametrize(
    "sentence",
    [
        # A city council adopts its budget by a statute (Haushaltssatzung, Gemeindeordnung).
        "Der Stadt·rat hat die Haus·halts·satzung beschlossen.",
        # A sports club changes its statute at the members' meeting.
        "Die Mitglieder haben eine neue Satzung beschlossen.",
    ],
)
def test_a_statute_is_explained_for_clubs_and_towns_alike(sentence: str) -> None:
    # "Die Regeln von einem Verein" was wrong for a town's budget statute.
    explanations = " ".join(e.explanation for e in entries_for([sentence]))
    assert "Satzung stehen feste Regeln" in explanations
    assert "Regeln von einem Verein" not in explanations
