"""A donation stated plainly becomes two template sentences: the amount, and who gets the money.

Every sentence and release here is invented for these tests (senders, receivers, amounts).
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.donation import Donation, find_donation
from tests.easy.support import easy_body
from tests.fixtures.releases import german_release


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A service club gives: the receiver after "an" keeps the source's accusative.
        (
            ["Der Rotary Club Seefeld spendet 500 Euro an den Tierschutzverein Nordstadt."],
            Donation(
                "500 Euro",
                to="an den Tierschutzverein Nordstadt",
                giver="Der Rotary Club Seefeld",
                giver_verb="spendet das Geld",
            ),
        ),
        # A company gave (Präteritum): the template will take the Perfekt; the place stays with the receiver.
        (
            ["Die Bäckerei Korn übergab 300 Euro an die Tafel in Nordstadt."],
            Donation(
                "300 Euro",
                to="an die Tafel in Nordstadt",
                past=True,
                giver="Die Bäckerei Korn",
                giver_verb="hat das Geld übergeben",
            ),
        ),
        # A school receives: the subject is the receiver; a qualifier stays with the amount.
        (
            ["Die Grundschule Seeblick erhielt eine Spende von rund 800 Euro."],
            Donation("rund 800 Euro", receiver="Die Grundschule Seeblick", past=True),
        ),
        # Adverbial Vorfeld: the first noun phrase after the verb is the subject; "-en" shows the plural.
        (
            ["Am Freitag bekamen die Sanitäter eine Spende von 250 Euro."],
            Donation("250 Euro", receiver="Die Sanitäter", plural=True, past=True),
        ),
    ],
)
def test_plain_donation_found(body: list[str], expected: Donation) -> None:
    assert find_donation(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        ["Der Verein spendet nicht 500 Euro an die Tafel."],  # negated
        ["Wenn das Fest gelingt, spendet der Verein 500 Euro an die Tafel."],  # a condition
        ["Der Verein soll 500 Euro an die Tafel spenden."],  # a hedge or a plan
        ["Der Verein spendet 500 Euro an die Tafel.", "Die Tafel erhielt eine Spende von 700 Euro."],  # two amounts
        ["Die Mitglieder haben je 20 Euro gespendet."],  # no receiver named
        ["Der Verein spendet 500 Euro an dem Stand."],  # "an dem" is a place, not a receiver
    ],
)
def test_unclear_donation_is_left_out(body: list[str]) -> None:
    assert find_donation(body) is None


def test_club_release_states_amount_and_receiver() -> None:
    body = easy_body(
        "Spendenlauf für das Tierheim",
        "Beim Spendenlauf des Laufclubs Seefeld sind 60 Läuferinnen und Läufer gestartet. "
        "Am Sonntag übergab der Laufclub 1 500 Euro an das Tierheim in Bremen.",
        organisation="Laufclub Seefeld",
    )
    # Session 7: the giver is named with the amount (the title may say it; the body does not repeat it).
    release = german_release(
        "Spendenlauf für das Tierheim",
        "Beim Spendenlauf des Laufclubs Seefeld sind 60 Läuferinnen und Läufer gestartet. "
        "Am Sonntag übergab der Laufclub 1 500 Euro an das Tierheim in Bremen.",
        organisation="Laufclub Seefeld",
    )
    title = summary_text(summarise(release).release).splitlines()[0].replace("·", "")
    assert "Der Laufclub hat 1 500 Euro übergeben." in [*body.splitlines(), title + "."]
    assert "Das Geld ist an das Tierheim in Bremen gegangen." in body


def test_school_release_states_amount_and_receiver() -> None:
    body = easy_body(
        "Förderverein unterstützt Schule",
        "Die Grundschule Seeblick erhielt am Montag eine Spende von 400 Euro. Das Geld kommt vom Förderverein.",
        organisation="Grundschule Seeblick",
    )
    assert "Es gibt eine Spende von 400 Euro." in body
    assert "Die Grundschule Seeblick hat das Geld bekommen." in body


def test_genitive_attribute_is_no_receiver() -> None:
    # "Die Bibliothek der Schule erhielt …": the Vorfeld is more than the subject; nothing is stated.
    assert find_donation(["Die Bibliothek der Grundschule Seeblick erhielt eine Spende von 400 Euro."]) is None
