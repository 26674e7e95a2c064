"""Session 7 (issue 16): no padding, no echo. Who wrote the release and when is one sentence at the
end of the content; the body does not repeat the title word for word.

Every release here is invented for these tests (senders, places, dates); none is a corpus file.
"""

from __future__ import annotations

from datetime import date

from tests.easy.support import title_and_body
from tests.fixtures.releases import german_release

POLICE = german_release(
    "Unfall an der Kreuzung",
    "In Nordheim ist ein Radfahrer bei einem Unfall leicht verletzt worden. "
    "Die Polizei hat die Kreuzung für eine Stunde gesperrt.",
    organisation="Polizeidirektion Nordheim",
    issued=date(2024, 5, 8),
)
CLUB = german_release(
    "Neue Trainingszeiten",
    "Der Turnverein Südheim bietet jetzt auch Training für Kinder an. Das Training ist in der Sporthalle am Markt.",
    organisation="Turnverein Südheim",
    issued=date(2024, 3, 12),
)


def test_one_closing_sentence_says_who_wrote_it_and_when() -> None:
    # No day of the event in the body: the message's date is the only date the reader gets.
    for release, written in (
        (POLICE, "Die Polizeidirektion Nordheim hat die Nachricht am 8. Mai 2024 geschrieben."),
        (CLUB, "Der Turnverein Südheim hat die Nachricht am 12. März 2024 geschrieben."),
    ):
        _, body = title_and_body(release)
        assert body[-1] == written, body
        assert not any(line.startswith("Die Nachricht ist") for line in body), body


def test_two_senders_one_dated_closing_line() -> None:
    # Two senders make the closing sentence longer than 12 words with the date: the one short
    # frame line with the date stands, never the sender's name alone (it says nothing).
    release = german_release(
        "Gemeinsame Kontrollen",
        "Die Polizei Westheim und die Stadt Westheim haben Lastwagen kontrolliert.",
        kicker="Gemeinsame Meldung Polizei Westheim und Stadt Westheim",
        issued=date(2024, 2, 6),
    )
    _, body = title_and_body(release)
    assert body[-1] == "Die Nachricht ist vom 6. Februar 2024.", body
    assert sum("Nachricht" in line for line in body) == 1, body


def test_without_a_date_no_closing_line() -> None:
    # "Die Feuerwehr hat die Nachricht geschrieben." says nothing (issue 16, round 2): left out.
    for release in (
        german_release(
            "Gemeinsame Kontrollen",
            "Die Polizei Westheim und die Stadt Westheim haben Lastwagen kontrolliert.",
            kicker="Gemeinsame Meldung Polizei Westheim und Stadt Westheim",
            issued=None,
        ),
        german_release(
            "Katze gerettet",
            "Die Feuerwehr Osthausen hat in der Bachgasse eine Katze von einem Baum geholt.",
            organisation="Feuerwehr Osthausen",
            issued=None,
        ),
    ):
        _, body = title_and_body(release)
        assert not any("die Nachricht" in line for line in body), body


def test_the_event_date_replaces_the_message_date() -> None:
    # The body names the day of the event: the message's date beside it is padding.
    for release in (
        german_release(
            "Sommerfest im Garten",
            "Am Samstag, 8. Juni 2024, feiern die Nachbarn ein Sommerfest im Gemeinschaftsgarten.",
            issued=date(2024, 5, 20),
        ),
        german_release(
            "Einbruch in Kiosk",
            "Am 3. Mai 2024 ist in Westheim ein Kiosk aufgebrochen worden. Die Polizei ermittelt.",
            organisation="Polizei Westheim",
            issued=date(2024, 5, 4),
        ),
    ):
        _, body = title_and_body(release)
        assert any(" Juni 2024" in line or " Mai 2024" in line for line in body), body
        assert not any("Nachricht" in line for line in body), body


def test_the_body_does_not_repeat_the_title() -> None:
    for release in (POLICE, CLUB):
        title, body = title_and_body(release)
        assert all(line.rstrip(".") != title for line in body), (title, body)


def test_an_only_sentence_equal_to_the_title_stays_when_nothing_else_would() -> None:
    # No sender and no date: without the sentence "Worum geht es?" would be empty.
    release = german_release(
        "Schwimmbad öffnet",
        "Das Freibad Nordheim öffnet am Samstag.",
        issued=None,
    )
    title, body = title_and_body(release)
    assert body, title


def test_a_body_sentence_the_title_contains_goes() -> None:
    # The title says the same with the place; the shorter sentence adds nothing (fire and police).
    for release in (
        german_release(
            "Brand in Nordheim",
            "Am Montag hat es in der Lindenstraße in Nordheim einen Brand in einer Garage gegeben. Verletzt wurde niemand.",
            organisation="Feuerwehr Nordheim",
        ),
        german_release(
            "Unfall in Südheim",
            "Am Dienstag hat es in Südheim einen Unfall gegeben. Ein Radfahrer wurde leicht verletzt.",
            organisation="Polizei Südheim",
        ),
    ):
        title, body = title_and_body(release)
        kept = [line for line in body if line.startswith("Es hat ")]
        assert not kept or " in " not in title, (title, body)
