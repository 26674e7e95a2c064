"""Proper names are never split with a Mediopunkt; the Fugen-s never follows a plural in "-en".

Invented senders: a district office (Landratsamt), a music school, a charity's advice office, a
builder's firm, an animal shelter and a food bank.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.compounds import segment, segment_text
from pressconv.transforms.easy.propernames import source_names


def test_a_hyphenated_place_name_stays_whole_in_every_part() -> None:
    # A district office: the district's name is kept, and its first part alone too.
    keep = frozenset({"Rabenstein-Auen"})
    text = segment_text("Der Landkreis Rabenstein-Auen informiert. In Rabenstein gibt es Restmülltonnen.", keep=keep)
    assert "Rabenstein-Auen" in text and "In Rabenstein " in text
    assert "Rest·" in text  # a common compound beside them is split as before


def test_a_hyphenated_common_word_is_still_split_at_its_parts() -> None:
    assert "IT-Bildungs·standort" in segment_text("Ein neuer IT-Bildungsstandort entsteht.")


@pytest.mark.parametrize(
    ("source", "name"),
    [
        # a music school: the venue's street before its house number, after "Am"
        ("Wo: Stadthalle Wipperau, Großer Saal, Am Burggraben 4.", "Burggraben"),
        # a charity's advice office: a street with its suffix before the house number
        ("Die Beratungsstelle in der Lindenstraße 7 ist dienstags offen.", "Lindenstraße"),
        # a food bank in a village: a bare place name after "in"
        ("Die Tafel öffnet eine Ausgabestelle in Eichenhausen.", "Eichenhausen"),
        # a builder: the firm before its legal form
        ("Die Holzbau Wetterau GmbH baut die neue Halle.", "Wetterau"),
    ],
)
def test_names_in_name_positions_are_found(source: str, name: str) -> None:
    assert name in source_names(source)


@pytest.mark.parametrize(
    "source",
    [
        "Die Stadt handelt aus Kostengründen und in Zusammenarbeit mit dem Land.",  # bare nouns, no place heads
        "Der Markt beginnt am Samstag 10 Uhr.",  # a time, no house number
        "Die Kastanienallee 3 ist gesperrt.",  # a name of 14 letters: the verifier needs its split
    ],
)
def test_common_words_and_long_names_are_no_kept_names(source: str) -> None:
    assert not {"Kostengründen", "Zusammenarbeit", "Samstag", "Kastanienallee"} & source_names(source)


@pytest.mark.parametrize(
    ("word", "split"),
    [
        ("Katzenstreu", "Katzenstreu"),  # an animal shelter: never "Katzens·treu"
        ("Frauenstreik", "Frauen·streik"),  # a union: the plural "Frauen" links without "-s"
        ("Wochenstunden", "Wochen·stunden"),  # a school: the plural "Wochen" links without "-s"
        ("Lebensmittel", "Lebens·mittel"),  # a food bank: "Leben" is a singular in "-en"
        ("Namensliste", "Namens·liste"),  # a club: "Name" has the genitive "Namens"
        ("Verfahrensfragen", "Verfahrens·fragen"),  # a court: a nominalised infinitive
        ("Unternehmenssprecher", "Unternehmens·sprecher"),  # a firm: "Unternehmen" is never cut
    ],
)
def test_the_fugen_s_follows_no_plural_in_en(word: str, split: str) -> None:
    assert segment(word) == split
