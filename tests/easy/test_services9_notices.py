"""Session 9 (issue 16): service notices and the reader's own phone number.

A closure's start and end (a coordinated predicate split into two main clauses), replacement buses
and their route, and the number a release offers the reader (registration, hotline) before the press
office's. Every release is invented: a rail operator, a town's road office, a museum and a clinic.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.notices import notice_lines, period
from tests.fixtures.releases import german_release

_ISSUED = date(2027, 3, 1)


@pytest.mark.parametrize(
    ("sentence", "lines"),
    [
        (
            "Die Sperrung beginnt am Montag, 3. Mai 2027, um 6 Uhr und endet am Freitag, 7. Mai 2027.",
            ["Die Sperrung beginnt am Montag, 3. Mai 2027 um 6 Uhr.", "Die Sperrung endet am Freitag, 7. Mai 2027."],
        ),
        (
            "Die Ausstellung beginnt am 12. April 2027 und endet voraussichtlich am 30. Mai 2027.",
            ["Die Ausstellung beginnt am Montag, 12. April 2027.", "Die Ausstellung soll am Sonntag, 30. Mai 2027 enden."],
        ),
    ],
)
def test_a_period_becomes_two_main_clauses(sentence: str, lines: list[str]) -> None:
    assert period(sentence, _ISSUED)[0] == lines


@pytest.mark.parametrize(
    "sentence",
    [
        "Sie beginnt am 3. Mai 2027 und endet am 7. Mai 2027.",  # a pronoun points outside
        "Die Sperrung beginnt nicht am 3. Mai 2027 und endet am 7. Mai 2027.",  # negated
        "Die Sperrung beginnt am 3. Mai 2027 und endet, wenn das Wetter hält, am 7. Mai.",  # a condition
        "Die Sperrung beginnt am 9. Mai 2027 und endet am 7. Mai 2027.",  # the end before the start
        "Die Sperrung beginnt am 3. und 4. Mai 2027 und endet am 7. Mai 2027.",  # no one day
    ],
)
def test_an_unsure_period_is_left_out(sentence: str) -> None:
    assert period(sentence, _ISSUED) == ([], [])


def test_replacement_buses_and_their_route() -> None:
    lines, _ = notice_lines(
        ["Die Strecke ist gesperrt."], "Ersatzverkehr mit Bussen zwischen Nordtal und Südheim im Mai", _ISSUED
    )
    assert lines == ["Es fahren Ersatzbusse.", "Die Ersatzbusse fahren zwischen Nordtal und Südheim."]
    assert notice_lines(["Es fahren keine Ersatzbusse."], None, _ISSUED)[0] == []


def _summary(title: str, *paragraphs: str, organisation: str) -> str:
    release = german_release(title, *paragraphs, issued=_ISSUED, organisation=organisation)
    return summary_text(summarise(release).release).replace("·", "")


@pytest.mark.parametrize(
    ("organisation", "title", "paragraphs"),
    [
        (
            "Regionalbahn Nordtal",
            "Bahnstrecke im Mai gesperrt",
            (
                "Die Bahnstrecke zwischen Nordtal und Südheim ist im Mai gesperrt. Die Sperrung beginnt am Montag, "
                "3. Mai 2027, und endet am Freitag, 7. Mai 2027. Zwischen Nordtal und Südheim fahren Ersatzbusse.",
            ),
        ),
        (
            "Stadt Nordtal",
            "Brücke im Mai gesperrt",
            (
                "Die Brücke am Markt ist im Mai gesperrt. Die Sperrung beginnt am Montag, 3. Mai 2027, und endet "
                "am Freitag, 7. Mai 2027. Der Umweg führt über die Hauptstraße.",
            ),
        ),
    ],
)
def test_closure_notices_state_their_period(organisation: str, title: str, paragraphs: tuple[str, ...]) -> None:
    text = _summary(title, *paragraphs, organisation=organisation)
    assert "Die Sperrung beginnt am Montag, 3. Mai 2027." in text
    assert "Die Sperrung endet am Freitag, 7. Mai 2027." in text


@pytest.mark.parametrize(
    ("organisation", "paragraphs", "reader", "press"),
    [
        (
            "Museum Nordtal",
            (
                "Am Sonntag, 9. Mai 2027, zeigt das Museum von 10 bis 16 Uhr seine neue Ausstellung.",
                "Presseanfragen beantwortet die Museumsleitung unter 0123 456-10.",
                "Eine Anmeldung ist bis Freitag, 7. Mai 2027, telefonisch unter 0123 456-78 möglich.",
            ),
            "0123 456-78",
            "0123 456-10",
        ),
        (
            "Klinik Südheim",
            (
                "Die Klinik öffnet im Mai eine neue Sprechstunde für Kinder.",
                "Medienanfragen richten Sie bitte an 0987 654-99.",
                "Termine gibt es unter 0987 654-21.",
            ),
            "0987 654-21",
            "0987 654-99",
        ),
    ],
)
def test_the_readers_number_is_the_contact(organisation: str, paragraphs: tuple[str, ...], reader: str, press: str) -> None:
    contact = _summary("Neu im Mai", *paragraphs, organisation=organisation).split("## Kontakt")[1]
    assert reader in contact.split("##")[0]
    assert press not in contact.split("##")[0]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Linie 7 im August unterbrochen", "Zwischen Nordtal und Südheim fahren Ersatzbusse. Die Fahrzeit ist länger."),
        ("Neue Gleise am Bahnhof", "Während der Arbeiten gibt es Ersatzverkehr mit Bussen. Die Tickets gelten weiter."),
    ],
)
def test_replacement_traffic_is_a_service_notice(title: str, body: str) -> None:
    from pressconv.transforms.easy.kind import classify

    assert classify(title, body, "") == "service"
