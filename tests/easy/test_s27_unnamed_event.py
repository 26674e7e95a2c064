"""No "Es gibt eine Veranstaltung" for a day that no noun names and the sender never calls an event.

Blind judgement (session 27): extra wedding dates at a registry office and a degree programme's release
were each said to have "eine Veranstaltung" on a day. Facts as the facts step builds them for such
releases (kind "event", a day, no event noun); a sender that calls its day a "Veranstaltung" or names
it keeps the lines.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy.facts import Facts, _names_an_event
from pressconv.transforms.easy.templates import fact_lines
from pressconv.transforms.easy.when import Moment


def _facts(address: str = "Markt 1", **changes: object) -> Facts:
    when = Moment(day=date(2026, 6, 26), time="um 9 Uhr", start=0, explicit_year=True)
    return Facts(kind="event", issued=date(2026, 2, 3), when=when, address=address, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize("address", ["Markt 1", "Hauptstraße 5"])
def test_a_day_no_noun_names_is_no_event(address: str) -> None:
    lines = [line.text for line in fact_lines(_facts(address))]
    assert not any("Veranstaltung" in line or "26. Juni" in line for line in lines)


@pytest.mark.parametrize("changes", [{"said_event": True}, {"what_name": "Sommerabend im Park"}])
def test_a_day_the_sender_calls_or_names_an_event_keeps_its_lines(changes: dict[str, object]) -> None:
    lines = [line.text for line in fact_lines(_facts("Markt 1", **changes))]
    assert any("Veranstaltung" in line and "26. Juni" in line for line in lines)


@pytest.mark.parametrize(
    "text",
    [
        "Die Geschäftsführung der Stadtwerke teilt mit, dass die Preise steigen.",
        "Die Studienberatung hilft bei Fragen.",
        "Die Veranstaltungsräume sind gesperrt.",
        "Das Standesamt öffnet am Samstag für alle Brautpaare.",
    ],
)
def test_offices_rooms_and_appointments_name_no_event(text: str) -> None:
    assert not _names_an_event(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Veranstaltung beginnt um 15 Uhr.",
        "Die Bücherei öffnet am Sonntag von 10 bis 16 Uhr für alle Gäste.",
        "Die Schule lädt zum Infoabend ein.",
    ],
)
def test_an_event_word_an_open_house_or_an_event_noun_name_an_event(text: str) -> None:
    assert _names_an_event(text)
