"""Hard and long words of public life: plain replacements, explained words, split adjectives, storeys.

Invented sentences of several sender kinds (shops, clubs, fire brigades, councils, health offices,
universities); no word or name of a development release.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.compounds import segment
from pressconv.transforms.easy.lexicon import entries_for
from pressconv.transforms.easy.plainwords import plain_words
from pressconv.transforms.easy.storeys import storeys
from pressconv.transforms.easy.verify import rule_failures


def _glossary(text: str) -> dict[str, str]:
    return {e.word: e.explanation for e in entries_for([text], source=text)}


def _checks(sentence: str) -> set[str]:
    return {f.check for f in rule_failures(sentence)}


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        # a forestry office and a building authority
        ("Die Förster werden die Eichen am Montag begutachten.", "Die Förster werden die Eichen am Montag prüfen."),
        ("Ein Gutachter begutachtet den Schaden am Dach.", "Ein Gutachter prüft den Schaden am Dach."),
        ("Fachleute haben die Brücke begutachtet.", "Fachleute haben die Brücke geprüft."),
        # a police station and a health office
        ("Der Täter ist möglicherweise verletzt.", "Der Täter ist vielleicht verletzt."),
        ("Das Wasser ist möglicherweise verunreinigt.", "Das Wasser ist vielleicht verunreinigt."),
        # a school and a sports club
        ("Die Schule bietet unterschiedliche Kurse an.", "Die Schule bietet verschiedene Kurse an."),
        ("Die Gruppen im Verein sind unterschiedlich groß.", "Die Gruppen im Verein sind verschieden groß."),
        # an energy fund and a food bank: the adverb before an amount
        ("Die Familien bekommen durchschnittlich 300 Euro.", "Die Familien bekommen im Durchschnitt 300 Euro."),
        ("Die Tafel versorgt durchschnittlich rund 90 Haushalte.", "Die Tafel versorgt im Durchschnitt rund 90 Haushalte."),
    ],
)
def test_formal_words_get_their_plain_word(sentence: str, plain: str) -> None:
    assert plain_words(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Leistung der Mannschaft war durchschnittlich.",  # mediocre: no amount follows
        "Der Laden bietet unterschiedliches an.",  # "verschiedenes" would read as "miscellaneous"
    ],
)
def test_other_senses_stay_as_written(sentence: str) -> None:
    assert plain_words(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        # a fire brigade and a housing company
        ("Es brennt in einem dreigeschossigen Wohn·haus.", "Es brennt in einem Wohn·haus mit 3 Stock·werken."),
        ("Die Firma baut ein viergeschossiges Büro·haus.", "Die Firma baut ein Büro·haus mit 4 Stock·werken."),
        ("Im 2-geschossigen Anbau sind Klassen·räume.", "Im Anbau mit 2 Stock·werken sind Klassen·räume."),
        # a council: the predicate at the end of its clause
        ("Der neue Kinder·garten ist eingeschossig.", "Der neue Kinder·garten hat ein Stock·werk."),
        ("Die Häuser sind fünfstöckig.", "Die Häuser haben 5 Stock·werke."),
    ],
)
def test_storeys_are_said_with_a_number(sentence: str, plain: str) -> None:
    assert storeys(sentence) == plain
    assert "rule.long-word" not in _checks(plain) and "rule.hard-word" not in _checks(plain)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Feuerwehr hat ein zweistöckiges Wohn- und Geschäftshaus gelöscht.",  # coordinated nouns
        "Ein dreigeschossiger moderner Bau entsteht.",  # a second adjective before the noun
        "Die Häuser sind mehrgeschossig und modern.",  # a second predicate would lose its verb
    ],
)
def test_storeys_stay_where_the_phrase_would_attach_wrongly(sentence: str) -> None:
    assert storeys(sentence) == sentence


@pytest.mark.parametrize(
    ("word", "split"),
    [
        ("lebensbedrohlichen", "lebens·bedrohlichen"),  # a rescue service
        ("gesundheitsgefährdende", "gesundheits·gefährdende"),  # an environment office
        ("lebensverkürzend", "lebens·verkürzend"),  # a children's hospice
        ("geruchsbelästigend", "geruchs·belästigend"),  # a fire brigade
    ],
)
def test_compound_adjectives_split_at_the_fugen_s(word: str, split: str) -> None:
    assert segment(word) == split
    assert not _checks(f"Das ist {split}.") & {"rule.long-word", "rule.hard-word"}


def test_a_verb_particle_is_no_word_part() -> None:
    # "unterschreiben" is one verb: no Fugen-s, no cut.
    assert segment("unterschreibenden") == "unterschreibenden"


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Geschäft erweitert sein Sortiment um Fahrräder.",  # a shop
        "Die Klasse macht eine Exkursion in den Wald.",  # a school
        "Eine Evaluierung vom Gesetz ist nach 3 Jahren geplant.",  # a ministry
        "Die Vorsitzende hat nicht mehr kandidiert.",  # a club
        "Die Umleitung ist ausgeschildert.",  # a road authority
        "Der Weg zum Fest·platz ist ausgeschildert.",  # a village club
        "Der Preis ist mit 5 tausend Euro dotiert.",  # a foundation
        "Die Fahrt kostet 12 Euro einschließlich Mittag·essen.",  # an adult-education centre
        "Die Mitarbeitenden haben das Fest geplant.",  # a care home
        "Das Konzert ist im Kurhaus.",  # a spa town
        "Die Straßenmeisterei räumt den Schnee.",  # a district office
        "Das Ticket kostet 50 Cent.",  # a transport company: an everyday word
    ],
)
def test_explained_words_of_public_life_pass(sentence: str) -> None:
    assert not _checks(sentence) & {"rule.long-word", "rule.hard-word"}


def test_explained_words_get_an_entry_in_their_sense() -> None:
    assert "Waren" in _glossary("Das Geschäft erweitert sein Sortiment.")["Sortiment"]
    assert "Schilder" in _glossary("Die Umleitung ist ausgeschildert.")["ausgeschildert"]
    assert "Wahl" in _glossary("Der Trainer kandidiert für den Vorstand.")["kandidiert"]
    # "ein·schließlich" would cut at no word part ("schließlich" is "finally"): written whole, explained.
    assert "Freitag" in _glossary("Die Straße ist bis einschließlich Freitag gesperrt.")["einschließlich"]
    assert segment("einschließlich") == "einschließlich"


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        # The rewrite splits compounds before the plain words are chosen: a Mediopunkt stops nothing.
        ("Die Förder·bescheide sind bereits da.", "Die Förder·bescheide sind schon da."),  # a ministry
        ("Ein entsprechender Bau·antrag liegt vor.", "Ein passender Bau·antrag liegt vor."),  # a council
        ("Die Polizei nimmt entsprechende Hinweise entgegen.", "Die Polizei nimmt passende Hinweise entgegen."),
    ],
)
def test_plain_words_in_sentences_with_split_compounds(sentence: str, plain: str) -> None:
    assert plain_words(sentence) == plain


def test_the_preposition_entsprechend_stays() -> None:
    assert plain_words("Entsprechend der Regel muss man zahlen.") == "Entsprechend der Regel muss man zahlen."


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Fest ist in der Carl-Benz-Straße 5.",  # a club
        "Der Markt ist auf dem Käthe-Kollwitz-Platz.",  # a market office
        "Die Polizei ermittelt gegen eine gewerbsmäßige Bande.",  # a police report
        "Ab heute gilt eine Aufstallungspflicht für Geflügel.",  # a veterinary office
        "Die Kosten sind mit 2 Millionen Euro veranschlagt.",  # a council
        "Sie hat an der Universität promoviert.",  # a university
    ],
)
def test_more_words_of_public_life_pass(sentence: str) -> None:
    assert "rule.hard-word" not in _checks(sentence) and "rule.long-word" not in _checks(sentence)
