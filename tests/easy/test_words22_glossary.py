"""Glossary headwords are words of the text, and a role's pronouns agree with its headword.

Invented senders: a police station, a hospital, a neighbourhood charity and a university's senate.
"""

from __future__ import annotations

from pressconv.transforms.easy.dropreport import merged_drops
from pressconv.transforms.easy.lexicon import entries_for
from pressconv.transforms.easy.verify import Failure


def test_an_adjective_gets_no_noun_entry() -> None:
    # a police station's advice: "verdächtigen" is an adjective, no "Verdächtiger" is in the text
    words = [e.word for e in entries_for(["Wählen Sie bei verdächtigen Beobachtungen den Notruf 110."])]
    assert "Verdächtiger" not in words
    # the noun itself still gets its entry
    assert "Verdächtiger" in [e.word for e in entries_for(["Ein Verdächtiger ist geflohen."])]


def test_a_compound_adjective_is_not_explained_by_its_head() -> None:
    # a neighbourhood charity: "hilfs·bedürftig" is no kind of "bedürftig" (poor)
    words = [e.word for e in entries_for(["Helfen Sie älteren oder hilfs·bedürftigen Nachbarn."])]
    assert "bedürftig" not in words


def test_a_role_entry_speaks_of_its_headword_in_its_gender() -> None:
    # a hospital: "Eine Patientin … behandelt sie", never "ihn oder sie"
    entry = next(e for e in entries_for(["Pro Patientin sind 2 Besucher erlaubt."]) if e.word == "Patientin")
    assert entry.explanation.endswith("behandelt sie.")
    # a university's senate: "Die Kandidatin" -> "können sie wählen"
    entry = next(e for e in entries_for(["Die Kandidatin hat gewonnen."]) if e.word == "Kandidatin")
    assert "ihn oder sie" not in entry.explanation and "sie wählen" in entry.explanation


def test_a_role_without_gender_names_both_forms() -> None:
    entry = next(e for e in entries_for(["Zwei Angeklagte schweigen."]) if e.word == "Angeklagte")
    assert entry.explanation.startswith("Ein Angeklagter oder eine Angeklagte")
    assert "er oder sie" in entry.explanation


def test_the_report_lists_a_sentence_once_with_its_reasons_merged() -> None:
    # a district office's sentence refused whole and as a cut piece; a club's other sentence stays apart
    whole = "Der Landkreis hat in seiner Sitzung am Mittwoch die neue Gebühren·ordnung beschlossen."
    piece = "Der Landkreis hat die neue Gebühren·ordnung beschlossen."
    other = "Der Sport·verein sucht neue Trainerinnen."
    merged = merged_drops(
        [
            (piece, (Failure("guard.pronoun", "seiner"),)),
            (whole, (Failure("rule.too-long", "13 words"),)),
            (other, (Failure("rule.hard-word", "Trainerinnen"),)),
        ]
    )
    assert [text for text, _ in merged] == [whole, other]
    assert {f.check for f in merged[0][1]} == {"guard.pronoun", "rule.too-long"}


def test_an_inflected_compound_gets_no_entry_of_its_head() -> None:
    # a theatre's access note and a transport company's notice: the head's entry ("Fahrerin", a driver
    # of cars) would stand under a word the text does not use and explain another thing
    assert "Fahrerin" not in [e.word for e in entries_for(["Für Roll·stuhl·fahrerinnen gibt es Plätze."])]
    assert "Bus·fahrerin" in [e.word for e in entries_for(["Die Bus·fahrerin hilft beim Einsteigen."])]
