"""Session 25 (mine): the glossary does not explain a separable verb's base verb ("kündigt … an" is
"ankündigen", never "kündigen"). Invented sentences of a police desk, a utility and a city."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.lexicon import entries_for


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Polizei kündigt weitere Kontrollen im Kreis an.",  # police desk
        "Man kündigt die Arbeiten mit Wurf·zetteln an.",  # a utility's works
        "Die Stadt kündigt das Fest für Mai an.",  # a city's event
    ],
)
def test_a_verb_with_its_particle_at_the_clause_end_gets_no_base_verb_entry(sentence: str) -> None:
    assert "kündigt" not in [entry.word for entry in entries_for([sentence])]


def test_the_base_verb_without_a_particle_keeps_its_entry() -> None:
    assert "kündigt" in [entry.word for entry in entries_for(["Die Firma kündigt den Vertrag."])]
