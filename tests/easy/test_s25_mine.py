"""Session 25 (mine): the glossary does not explain a separable verb's base verb ("kündigt … an" is
"ankündigen", never "kündigen"); compounds are split at real word parts ("Grund·steuer",
"Übersichts·karte"); a linking adverb inside a clause ("bleiben hingegen gleich") is a pointer the
rescue drops; a day and its hour are no list items; "gilt voraussichtlich." has lost its span;
"das Unternehmen" after the company's name is introduced. Invented sentences of a police desk, a
utility, a city, a company and a club."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy.anaphora import without_connective
from pressconv.transforms.easy.compounds import segment
from pressconv.transforms.easy.leadcore import build_core
from pressconv.transforms.easy.lexicon import entries_for
from pressconv.transforms.easy.lists import enumeration
from pressconv.transforms.easy.orgkinds import kind_nouns
from pressconv.transforms.easy.plainwords import plain_words
from pressconv.transforms.easy.title_check import generic
from pressconv.transforms.easy.verify import rule_failures, structure_failures


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


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        # A council's budget and a museum's prices: a contrast or cause linked to a sentence left out.
        ("Die Abwassergebühren bleiben hingegen gleich.", "Die Abwassergebühren bleiben gleich."),
        ("Der Eintritt ist jedoch nur für Kinder frei.", "Der Eintritt ist nur für Kinder frei."),
        ("Die Stadt hat deshalb die Brücke gesperrt.", "Die Stadt hat die Brücke gesperrt."),
    ],
)
def test_a_linking_adverb_inside_the_clause_is_a_pointer_and_the_rescue_drops_it(sentence: str, plain: str) -> None:
    assert any(failure.check == "guard.dangling-opener" for failure in structure_failures(sentence))
    assert without_connective(sentence) == plain


def test_a_link_inside_the_sentence_itself_stays() -> None:
    # "…, jedoch nur bis 20 Uhr" joins two parts of one sentence: nothing outside is pointed at.
    failures = structure_failures("Der Bus fährt täglich, jedoch nur bis 20 Uhr.")
    assert not any(failure.check == "guard.dangling-opener" for failure in failures)


@pytest.mark.parametrize(
    "sentence",
    [
        # A city's storm closure and a zoo's winter closure: a day and its hour before the list.
        "Die Stadt Nordau schließt ab Freitag, 14 Uhr, alle Parks, Friedhöfe und Sportplätze.",
        "Der Tierpark öffnet ab Montag, 10 Uhr, das Affenhaus, das Aquarium und den Streichelzoo.",
    ],
)
def test_a_day_and_hour_set_off_by_commas_are_no_list_items(sentence: str) -> None:
    found = enumeration(sentence)
    assert found is None or not any(item in ("Freitag", "Montag", "14 Uhr", "10 Uhr") for item in found.items)
    assert found is None or not found.intro.endswith(" ab:")
    # The positive case: the items after the day and hour are the list (a zoo's reopening).
    zoo = enumeration("Der Tierpark öffnet ab Montag, 10 Uhr, das Affenhaus, das Aquarium und den Streichelzoo.")
    assert zoo is not None and zoo.items == ("das Affenhaus", "das Aquarium", "den Streichelzoo")


def test_a_list_after_a_time_phrase_and_a_list_of_places_stay_lists() -> None:
    places = enumeration("Der Bus hält in Nordau, Südheim und Westfeld.")
    assert places is not None and places.items == ("Nordau", "Südheim", "Westfeld")
    closed = enumeration("Die Stadt schließt ab Montag den Park, den Friedhof und den Spielplatz.")
    assert closed is not None and closed.intro == "Die Stadt schließt ab Montag:"


@pytest.mark.parametrize(
    "sentence",
    ["Eine Sperrung gilt voraus·sichtlich.", "Die Regelung gilt.", "Die Bauarbeiten dauern vermutlich."],
)
def test_a_lasting_verb_without_what_it_holds_for_is_broken(sentence: str) -> None:
    assert any(failure.check == "guard.lost-content" for failure in structure_failures(sentence))


@pytest.mark.parametrize(
    "sentence",
    ["Die Sperrung gilt bis Samstag.", "Das Verbot gilt ab sofort.", "Die Arbeiten dauern drei Wochen."],
)
def test_a_lasting_verb_with_its_span_is_fine(sentence: str) -> None:
    assert not any(failure.check == "guard.lost-content" for failure in structure_failures(sentence))


@pytest.mark.parametrize("word", ["voraussichtlich", "zurückhaltend"])
def test_an_adjective_derived_after_a_particle_stays_whole(word: str) -> None:
    assert segment(word) == word


@pytest.mark.parametrize(
    ("source", "earlier", "noun"),
    [
        # A company named with its legal form, then "das Unternehmen"; a club with "e. V.", then "der Verein".
        ("Die Hansen Metallbau GmbH baut eine Halle.", ["Die Hansen Metallbau baut in Nordau."], "Unternehmen"),
        ("Der Turnverein Südheim e. V. feiert sein Jubiläum.", ["Der Turnverein Südheim feiert."], "Verein"),
    ],
)
def test_the_generic_noun_of_a_named_body_counts_as_introduced(source: str, earlier: list[str], noun: str) -> None:
    assert any(noun in nouns for nouns in kind_nouns(source, earlier))


def test_the_generic_noun_stays_unintroduced_when_the_summary_never_named_the_body() -> None:
    assert kind_nouns("Die Hansen Metallbau GmbH baut eine Halle.", ["Die Stadt Nordau freut sich."]) == []


def test_voraussichtlich_is_said_as_the_plain_hedge() -> None:
    # A utility's works and a city's closure: the hedge stays, in a word without 15 letters.
    assert plain_words("Die Sperrung gilt voraussichtlich bis Freitag.") == "Die Sperrung gilt vermutlich bis Freitag."
    assert plain_words("Das voraussichtliche Ende ist im Mai.") == "Das vermutliche Ende ist im Mai."


def test_a_part_of_a_day_in_a_split_compound_is_no_relative_time() -> None:
    assert not any(f.check == "rule.relative-time" for f in rule_failures("Der Park ist bis Samstag·morgen zu."))
    assert any(f.check == "rule.relative-time" for f in rule_failures("Der Park ist ab morgen zu."))


@pytest.mark.parametrize(
    "title",
    ["Die Stadt bittet um Verständnis", "Die Stadtwerke bitten alle Kunden um Geduld", "Der Verein dankt allen Helfern"],
)
def test_a_courtesy_line_is_a_generic_title(title: str) -> None:
    assert generic(title)


def test_a_request_for_a_thing_is_no_courtesy_line() -> None:
    assert not generic("Das Tierheim bittet um Futter·spenden für den Winter")


@pytest.mark.parametrize(
    ("lead", "core"),
    [
        # A police desk's burglary and a youth-club report: a nominalised adjective is the subject, and
        # "in ein …" says where to, no attribute of it.
        ("Am Dienstag sind Unbekannte in ein Wohnhaus in Nordau eingebrochen.", "Unbekannte sind am Dienstag"),
        ("Am Montag haben Jugendliche im Stadtpark mehrere Bänke beschädigt.", "Jugendliche"),
    ],
)
def test_a_nominalised_adjective_can_be_the_lead_subject(lead: str, core: str) -> None:
    found = build_core(lead, date(2027, 3, 25), None)
    assert found is not None and found[0].startswith(core)


def test_a_dative_place_after_the_subject_still_narrows_it() -> None:
    # "die Filialen in der Stadt" may pick out which branches: never cut (leadcore._restricting).
    found = build_core("Am Montag hat die Bank die Filialen in der Stadt geschlossen.", date(2027, 3, 25), None)
    assert found is not None and "in der Stadt" in found[0]
