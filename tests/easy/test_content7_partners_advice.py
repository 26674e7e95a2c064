"""Session 7 (issue 16): co-actors ("gemeinsam mit X") are kept, and safety advice to the reader
stands as a plain "Sie sollen …" / "Bitte … nicht …" sentence with its negation intact.

Every release and sentence here is invented for these tests; none is a corpus file.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.advice import advice
from pressconv.transforms.easy.partners import partners
from tests.easy.support import title_and_body
from tests.fixtures.releases import german_release


@pytest.mark.parametrize(
    ("body", "sender", "expected"),
    [
        # A police force names its partners after the finite verb; the sender acts.
        (
            ["Ab Montag kontrolliert die Polizei Nordheim gemeinsam mit dem Zoll und der Stadt Talheim Lastwagen."],
            ["Nordheim"],
            (None, "mit dem Zoll und der Stadt Talheim"),
        ),
        # A club speaks as "wir"; "sowie" joins the list like "und".
        (
            ["Wir pflanzen zusammen mit der Grundschule Seeblick sowie dem Naturschutzbund Bäume."],
            ["Ostheim"],
            (None, "mit der Grundschule Seeblick und dem Naturschutzbund"),
        ),
        # No sender known: the subject by position (after the finite verb) acts.
        (
            ["Am Samstag räumt der Heimatverein Westheim gemeinsam mit der Feuerwehr den Bach auf."],
            [],
            ("Der Heimatverein Westheim", "mit der Feuerwehr"),
        ),
        # A plan or a negation is no fact.
        (["Die Stadt will gemeinsam mit dem Land eine Brücke bauen."], [], None),
        (["Die Stadt baut nicht gemeinsam mit dem Land."], [], None),
        # The sender with a branch of itself is no partner.
        (["Die Polizei Nordheim kontrolliert gemeinsam mit der Polizei Nordheim-Süd."], ["Nordheim"], None),
    ],
)
def test_partners(body: list[str], sender: list[str], expected: tuple[str | None, str] | None) -> None:
    assert partners(body, sender) == expected


def test_partners_reach_the_summary_for_two_kinds_of_sender() -> None:
    for release, line in (
        (
            german_release(
                "Kontrollwoche",
                "Ab Montag kontrolliert die Polizei Nordheim gemeinsam mit dem Zoll Lastwagen auf der A 7.",
                organisation="Polizei Nordheim",
            ),
            "Die Polizei Nordheim arbeitet mit dem Zoll zusammen.",
        ),
        (
            german_release(
                "Bäume für den Schulhof",
                "Der Gartenverein Ostheim pflanzt gemeinsam mit der Grundschule Seeblick zehn Bäume.",
                organisation="Gartenverein Ostheim",
            ),
            "Der Gartenverein Ostheim arbeitet mit der Grundschule Seeblick zusammen.",
        ),
    ):
        _, body = title_and_body(release)
        assert line in body, body


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Anwohner sollten Fenster und Türen geschlossen halten.",
            ["Anwohner sollen Fenster und Türen geschlossen halten."],
        ),
        ("Sie sollten die Tiere nicht füttern.", ["Sie sollen die Tiere nicht füttern."]),
        ("Versuchen Sie nicht, selbst zu löschen.", ["Bitte löschen Sie nicht selbst."]),
        ("Achtung: Abstand halten!", ["Bitte halten Sie Abstand."]),
        (
            "Wichtig: Türen geschlossen halten und nicht Fenster öffnen",
            ["Bitte halten Sie Türen geschlossen.", "Bitte öffnen Sie nicht Fenster."],
        ),
        # A conjunct without a verb ("keine Versuche") has nothing to turn: left out, never turned positive.
        ("Achtung: keine Versuche und Abstand halten", ["Bitte halten Sie Abstand."]),
        # A leading condition goes with each instruction (session 8: a warning keeps its condition).
        ("Achtung: Bei Sturm keine Versuche und Abstand halten", ["Bei Sturm: Halten Sie Abstand."]),
        ("Vorsicht: Beim Grillen Kinder fernhalten und Abstand halten!", ["Beim Grillen: Halten Sie Abstand."]),
        ("Wichtig: Im Falle eines Stromausfalls Kerzen nicht unbeaufsichtigt lassen", []),
        # A separable verb would be misbuilt ("Bitte zumachen Sie"): left out.
        ("Achtung: Fenster zumachen!", []),
        # A condition or a first person is no advice to the reader.
        ("Die Bürger sollten, wenn möglich, zuhause bleiben.", []),
        ("Wir sollten mehr tun.", []),
    ],
)
def test_advice(sentence: str, expected: list[str]) -> None:
    assert advice(sentence) == expected


def test_advice_reaches_the_summary_and_is_never_the_title() -> None:
    for release, line in (
        (
            german_release(
                "Rauch über Nordheim",
                "Am Montag ist in Nordheim eine Lagerhalle in Brand geraten. "
                "Anwohner sollten Fenster und Türen geschlossen halten.",
                organisation="Feuerwehr Nordheim",
            ),
            "Anwohner sollen Fenster und Türen geschlossen halten.",
        ),
        (
            german_release(
                "Giftköder im Stadtpark",
                "Die Polizei Südheim hat im Stadtpark Giftköder gefunden. Achtung: Hunde anleinen!",
                organisation="Polizei Südheim",
            ),
            "Bitte anleinen Sie Hunde.",
        ),
    ):
        title, body = title_and_body(release)
        assert not title.startswith(("Anwohner sollen", "Bitte")), title
        if line.startswith("Bitte an"):
            assert line not in body  # "anleinen" is separable: left out rather than misbuilt
        else:
            assert line in body, body
