"""Session 25 (mine): the glossary does not explain a separable verb's base verb ("kündigt … an" is
"ankündigen", never "kündigen"), and compounds are split at real word parts ("Grund·steuer",
"Übersichts·karte"). Invented sentences of a police desk, a utility and a city."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.compounds import segment
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


@pytest.mark.parametrize(
    ("word", "split"),
    [
        # A council's tax decision and a town's dog tax: the head after the Fugen-s is a noun.
        ("Grundsteuer", "Grund·steuer"),
        ("Hundesteuer", "Hunde·steuer"),
        ("Grundsteuerbescheid", "Grund·steuer·bescheid"),
        # A noun formed with a particle is one word part: a city's map, a bypass road's traffic.
        ("Übersichtskarte", "Übersichts·karte"),
        ("Durchgangsverkehr", "Durchgangs·verkehr"),
        # Unchanged: a Fugen-s before a noun head, and a two-part word with a particle.
        ("Landratsamt", "Landrats·amt"),
        ("Lebensmittel", "Lebens·mittel"),
        ("Gegenverkehr", "Gegen·verkehr"),
    ],
)
def test_compounds_are_split_at_real_word_parts(word: str, split: str) -> None:
    assert segment(word) == split
