"""List items "Label: value" are said as a sentence where the relation is plain, else left out.

Invented senders: a public swimming pool, a labour office, a city's parking department and a
sports club.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.labelitems import label_item, label_sentence
from pressconv.transforms.easy.sourcelists import SourceList, spoken_list


@pytest.mark.parametrize(
    ("item", "intro", "sentence"),
    [
        # a swimming pool's price list: people pay, nothing when it is free
        ("Erwachsene: 4,50 Euro", "Eintrittspreise:", "Erwachsene zahlen 4,50 Euro."),
        ("Kinder unter 6 Jahren: frei", "Eintrittspreise:", "Kinder unter 6 Jahren zahlen nichts."),
        # a sports club's fees: a plural with a unit of time
        ("Senioren: 60 Euro pro Jahr", "Die Beiträge im Überblick:", "Senioren zahlen 60 Euro im Jahr."),
        # a labour office's figures: a bare count of people in the plural
        ("Langzeitarbeitslose: 4.603", "Die Zahlen im Überblick:", "Es gibt 4.603 Langzeitarbeitslose."),
    ],
)
def test_a_plain_relation_becomes_a_sentence(item: str, intro: str, sentence: str) -> None:
    labelled = label_item(item)
    assert labelled is not None
    assert label_sentence(*labelled, intro) == sentence


@pytest.mark.parametrize(
    ("item", "intro"),
    [
        # a parking department's list of changes: no price list, the relation is not plain
        ("Gästekarte: 85 Euro pro Jahr statt bisher 62,40 Euro", "Die wichtigsten Änderungen:"),
        # two prices in one value
        ("Mittagstarif ab 11.30 Uhr: 3,80 Euro / ermäßigt 2,20 Euro", "Eintrittspreise:"),
        # a rate, not a count of people
        ("Arbeitslosenquote: 5,8 %", "Die Zahlen im Überblick:"),
        # two nouns in the label: telegram style
        ("5er-Karte Senioren: 21,50 Euro", "Eintrittspreise:"),
    ],
)
def test_any_other_label_item_is_left_out(item: str, intro: str) -> None:
    labelled = label_item(item)
    assert labelled is not None
    assert label_sentence(*labelled, intro) is None


def test_an_item_with_a_verb_is_no_label_item() -> None:
    assert label_item("Linie 4: Die Busse fahren alle 10 Minuten.") is None


def test_the_spoken_list_says_the_label_items_as_sentences() -> None:
    found = SourceList(
        intro="Eintrittspreise:",
        at=0,
        items=("Erwachsene: 4,50 Euro", "Kinder unter 6 Jahren: frei", "Mittagstarif: 3,80 Euro / ermäßigt 2,20 Euro"),
        item_at=(1, 2, 3),
    )
    spoken = spoken_list(found, lambda text: text, room=5)
    assert spoken is not None
    intro, items = spoken
    assert intro == "Es gibt drei Eintrittspreise."
    assert items == ("Erwachsene zahlen 4,50 Euro.", "Kinder unter 6 Jahren zahlen nichts.")


@pytest.mark.parametrize(
    ("item", "intro", "sentence"),
    [
        # a sports club's election results: a role and the person who holds it
        ("Kassiererin: Julia Brenner (neu)", "Weitere Wahlergebnisse im Überblick:", "Julia Brenner ist Kassiererin."),
        (
            "Kassenprüfer: Werner Lamm und Svenja Hollmann",
            "Der neue Vorstand:",
            "Werner Lamm und Svenja Hollmann sind Kassenprüfer.",
        ),
        # a nursing home's rules: a time the label names
        (
            "Besuchszeit in den Wohnbereichen: werktags von 15 bis 18 Uhr",
            "Die wichtigsten Regelungen:",
            "Die Besuchszeit in den Wohnbereichen ist werktags von 15 bis 18 Uhr.",
        ),
        # a town library: opening hours
        (
            "Öffnungszeiten im Sommer: montags 10 bis 18 Uhr",
            "Die Änderungen:",
            "Die Öffnungszeiten im Sommer sind montags 10 bis 18 Uhr.",
        ),
    ],
)
def test_a_role_or_a_time_the_label_names_becomes_a_sentence(item: str, intro: str, sentence: str) -> None:
    labelled = label_item(item)
    assert labelled is not None
    assert label_sentence(*labelled, intro) == sentence


@pytest.mark.parametrize(
    ("item", "intro"),
    [
        ("Moderation: Julia Brenner", "Das Programm:"),  # no role noun
        ("Kassierer: Hans Lamm", "Die bisherigen Vorstandsmitglieder:"),  # he held the post: "ist" would be false
        ("Kinderstation: Eltern jederzeit, Geschwister nach Rücksprache", "Die Regelungen:"),  # telegram style
    ],
)
def test_other_people_and_time_items_are_left_out(item: str, intro: str) -> None:
    labelled = label_item(item)
    assert labelled is not None
    assert label_sentence(*labelled, intro) is None
