"""Compounds of plain parts are plain: split at verified word parts, never reported as hard words."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.compounds import segment
from pressconv.transforms.easy.style import hard_word_failures


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # A rare short compound of an adjective and a noun (a fire brigade's report).
        ("Großfeuer", "Groß·feuer"),
        # A head no list knows is a compound itself (a garden club's, a library's notice).
        ("Gartenzaunfarbe", "Garten·zaun·farbe"),
        ("Bücherregalwand", "Bücher·regal·wand"),
        # A verb stem as the first part (a tourist office's, a city's bike scheme).
        ("Wanderkarte", "Wander·karte"),
        ("Leihfahrrad", "Leih·fahrrad"),
        # Feminine role nouns in "-innen" and nouns of agent (a pool's, a museum's staff news).
        ("Schwimmbadleiterinnen", "Schwimmbad·leiterinnen"),
        ("Ausstellungsbesucherinnen", "Ausstellungs·besucherinnen"),
    ],
)
def test_compounds_of_plain_parts_are_split(word: str, expected: str) -> None:
    assert segment(word) == expected


@pytest.mark.parametrize("word", ["Standort", "Feuerwehr", "Dienstag"])
def test_short_words_readers_know_stay_whole(word: str) -> None:
    assert segment(word) == word


@pytest.mark.parametrize("name", ["Rotenbach", "Hohenholz", "Großdorf"])
def test_a_short_word_with_a_place_name_head_stays_whole(name: str) -> None:
    # Villages of a police report or a club's news: two plain parts, but a name is written as it is.
    assert segment(name) == name


def test_a_nested_head_is_split_only_when_nothing_else_fits() -> None:
    # A campaign of a city's order office: "Aktions·einsatz", never "Aktion·sein·satz" (a chance "sein").
    assert segment("Aktionseinsatz") == "Aktions·einsatz"
    # A plural noun in "-en" is no verb stem: "Kontroll·einsatz", never "Kont·roll·einsatz".
    assert segment("Kontrolleinsatz") == "Kontroll·einsatz"
    # An adjective's inflected suffix is no word part ("-lichen", "-igen").
    assert segment("unterschiedlichen") == "unterschiedlichen"


@pytest.mark.parametrize(
    ("word", "expected"), [("Gastgeberinnen", "Gast·geberinnen"), ("Schaustellerinnen", "Schau·stellerinnen")]
)
def test_a_form_is_split_as_its_base_form(word: str, expected: str) -> None:
    # A market's and a host town's words: a feminine plural is split as its base ("Gast·geber").
    assert segment(word) == expected


def test_a_chance_cut_without_a_known_first_part_is_refused() -> None:
    # "Krimi" + Fugen-n is no German compound boundary (the Fugen-n follows a stem in "-e").
    assert not segment("Kriminalmuseum").startswith("Krimin·")
    # The feminine suffix "-erin" is no cut ("Besuche·rinnen").
    assert "rinnen" not in segment("Ausstellungsbesucherinnen").split("·")


@pytest.mark.parametrize(
    "sentence",
    [
        "In der Scheune gab es ein Groß·feuer.",  # fire brigade
        "Die Schwimmbad·leiterinnen planen ein Fest.",  # municipal pool
        "Das Leih·fahrrad steht am Bahnhof.",  # bike-sharing operator: a verb stem as first part
        "Auf dem Teller liegt Brot.",  # a native word in "-eller" is no Latin word
    ],
)
def test_plain_compounds_and_native_words_are_no_hard_words(sentence: str) -> None:
    assert hard_word_failures(segment_sentence(sentence)) == []


def test_a_rare_latin_adjective_is_still_hard() -> None:
    assert [f.match for f in hard_word_failures("Die Schule ist konfessionell.")] == ["konfessionell"]


def segment_sentence(sentence: str) -> str:
    from pressconv.transforms.easy.compounds import segment_text

    return segment_text(sentence)
