"""Figures of checks and budgets kept whole: a part's count cut, a comma splice with an attribute, a particle verb's gloss.

Invented sentences of a traffic check (police) and of a town's fee decision (a second sender's kind).
"""

from __future__ import annotations

from pressconv.transforms.easy.clauses import pieces
from pressconv.transforms.easy.lexicon import entries_for
from pressconv.transforms.easy.shorten import condensed


def test_a_count_of_a_part_goes_and_the_whole_count_stays() -> None:
    assert condensed("Bei der Kontrolle fuhren 96 Autos zu schnell, 12 davon sehr deutlich.") == (
        "Bei der Kontrolle fuhren 96 Autos zu schnell."
    )
    assert condensed("Im Bad gab es 30 neue Spinde, zwei darunter für Kinder.") == "Im Bad gab es 30 neue Spinde."


def test_a_part_said_as_a_clause_of_its_own_stays() -> None:
    sentence = "Bei der Kontrolle fuhren 96 Autos zu schnell, 12 davon waren Lastwagen."
    assert condensed(sentence) == sentence


def test_a_comma_splice_whose_second_subject_carries_a_place_is_cut() -> None:
    sentence = "Die Gebühr für den Friedhof wird erhöht, die Preise in der Markthalle steigen um 2 Euro."
    assert pieces(sentence) == [
        "Die Gebühr für den Friedhof wird erhöht.",
        "Die Preise in der Markthalle steigen um 2 Euro.",
    ]


def test_a_relative_clause_after_a_comma_is_no_second_main_clause() -> None:
    sentence = "Die Stadt hat neue Automaten gekauft, die Gebühren in der Altstadt erhebt."
    assert pieces(sentence) == [sentence]


def test_a_particle_verb_split_in_the_main_clause_gets_no_gloss_of_its_base_verb() -> None:
    words = [e.word for e in entries_for(["Die Polizei kündigt weitere Kontrollen in Talheim an."])]
    assert "kündigen" not in words and "kündigt" not in words
    # The base verb used alone keeps its entry.
    alone = [e.word for e in entries_for(["Der Verein kündigt den Vertrag für die Halle."])]
    assert any(w.startswith("kündig") for w in alone)


def test_a_particle_that_only_goes_on_keeps_the_base_verbs_gloss() -> None:
    words = [e.word.lower() for e in entries_for(["Die Polizei ermittelt weiter."])]
    assert any(w.startswith("ermittel") for w in words)
