"""Session 7 (issue 16): a fire or police report says what burned, whether it can be lived in, that
the police investigate, and puts a side action (who was informed) last and never in the title.

Every release and sentence here is invented for these tests; none is a corpus file.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy.incident import burned_object, cause_investigated, uninhabitable
from pressconv.transforms.easy.salience import side_action
from tests.easy.support import title_and_body
from tests.fixtures.releases import german_release

# A fire brigade writes about a barn; a police force writes about a flat.
BRIGADE = german_release(
    "Einsatz in der Nacht",
    "In der Nacht zum Montag wurde die Feuerwehr Altbach zum Brand einer Scheune in der Mühlenstraße gerufen. "
    "Niemand wurde verletzt. Die Scheune ist durch den Brand unbewohnbar. "
    "Die Polizei hat die Ermittlungen zur Brandursache aufgenommen.",
    organisation="Freiwillige Feuerwehr Altbach",
    issued=date(2024, 9, 2),
)
POLICE = german_release(
    "Feuer in Mehrfamilienhaus",
    "Am Sonntagabend kam es in Westheim zu einem Brand in einer Wohnung. "
    "Alle Bewohner blieben unverletzt. Die Wohnung ist nicht mehr bewohnbar. "
    "Ermittlungen wurden durch die Polizei aufgenommen.",
    organisation="Polizeipräsidium Westheim",
    issued=date(2024, 11, 4),
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (["Die Wehr wurde zum Brand eines Wohnhauses gerufen."], ("einem Wohnhaus", "Wohnhaus")),
        (["Es kam zu einem Brand in einer Garage."], ("einer Garage", "Garage")),
        (["Gemeldet war der Brand einer alten Scheune."], ("einer alten Scheune", "Scheune")),
        # A hedge or a denial: what burned is not stated plainly.
        (["Vor Ort war kein Brand einer Leitung zu sehen."], None),
        (["Der Brand eines Autos soll gelegt worden sein."], None),
        # Two different objects: which one is meant is not plain.
        (["Es brannte: der Brand eines Autos.", "Dann folgte der Brand einer Garage."], None),
    ],
)
def test_burned_object(body: list[str], expected: tuple[str, str] | None) -> None:
    assert burned_object(body) == expected


def test_uninhabitable_only_for_the_object_that_burned() -> None:
    assert uninhabitable(["Das Haus ist durch den Brand unbewohnbar."], ("einem Wohnhaus", "Wohnhaus")) == "im Wohnhaus"
    assert uninhabitable(["Die Wohnung ist nicht mehr bewohnbar."], ("einer Wohnung", "Wohnung")) == "in der Wohnung"
    # Another building, a past state, or no known object: nothing is said.
    assert uninhabitable(["Das Nachbarhaus ist unbewohnbar."], ("einer Garage", "Garage")) is None
    assert uninhabitable(["Das Haus war kurz unbewohnbar."], ("einem Wohnhaus", "Wohnhaus")) is None
    assert uninhabitable(["Das Haus ist unbewohnbar."], None) is None


def test_cause_investigated() -> None:
    inquiry = ["Die Kripo Musterstadt hat die Ermittlungen zur Brandursache aufgenommen."]
    assert cause_investigated(inquiry, "Brand") == (True, True)
    # The cause of a fire is not the cause of an "Einsatz" (a noun a title may give the incident).
    assert cause_investigated(inquiry, "Einsatz") == (True, False)
    assert cause_investigated(["Ermittlungen wurden durch die Polizei aufgenommen."], "Unfall") == (True, False)
    assert cause_investigated(["Ob die Polizei Ermittlungen aufgenommen hat, ist nicht bekannt."]) == (False, False)


def test_fire_brigade_report_carries_object_outcome_and_inquiry() -> None:
    title, body = title_and_body(BRIGADE)
    assert "Einsatz" not in title  # a title word is no incident that burned something
    assert "Der Brand war in einer Scheune." in body
    assert "Niemand ist verletzt." in body
    assert "In der Scheune kann jetzt niemand mehr wohnen." in body
    assert "Die Polizei sucht die Ursache für den Brand." in body
    # The source sentence is not said twice.
    assert not any("unbewohnbar" in line for line in body)


def test_police_report_carries_object_outcome_and_inquiry() -> None:
    title, body = title_and_body(POLICE)
    # "Brand" or "Feuer", whichever noun names the incident first (title, then lead).
    assert any(line.endswith(" war in einer Wohnung.") for line in body), (title, body)
    assert "Niemand ist verletzt." in body
    assert "In der Wohnung kann jetzt niemand mehr wohnen." in body
    assert "Die Polizei ermittelt." in body


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Die Feuerwehr hat den Energieversorger informiert.", True),
        ("Man hat den Halter vom Auto benachrichtigt.", True),
        ("Die Polizei verständigte die Eltern.", True),  # any tense: a title may be read before the rewrite
        ("Der Verein hat 500 Euro an die Tafel übergeben.", False),  # a donation is the news
        ("Bitte informieren Sie die Polizei.", False),  # a reader action is never a side detail
        ("Die Feuerwehr hat den Brand gelöscht.", False),
    ],
)
def test_side_action(sentence: str, side: bool) -> None:
    assert side_action(sentence) is side


def test_a_side_action_is_never_the_title_and_comes_last() -> None:
    for release in (
        german_release(
            "Heißer Einsatz",
            "Am Dienstag brannte in Nordheim ein Stromkasten an einem Haus. "
            "Die Feuerwehr Nordheim hat den Stromversorger informiert. "
            "Die Feuerwehr Nordheim hat den Brand mit Pulver gelöscht.",
            organisation="Feuerwehr Nordheim",
        ),
        german_release(
            "Roller gestohlen",
            "Ein 17-Jähriger ist am Freitag in Südheim mit einem gestohlenen Roller gefahren. "
            "Die Polizei hat den Besitzer vom Roller informiert. "
            "Die Polizei hat den Roller sichergestellt.",
            organisation="Polizei Südheim",
        ),
    ):
        title, body = title_and_body(release)
        assert "informiert" not in title, title
        informed = [i for i, line in enumerate(body) if "informiert" in line]
        others = [i for i, line in enumerate(body[:-1]) if "informiert" not in line]
        assert not informed or not others or min(informed) > max(others), body
