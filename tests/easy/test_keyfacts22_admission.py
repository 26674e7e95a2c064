"""Free entry said with the day it holds for, and a free fee line with a harmless note (invented releases)."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.admission import free_on
from pressconv.transforms.easy.schedules import fee_lines
from pressconv.transforms.easy.source import SourceSentence
from tests.easy.support import easy_body


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # A museum association's reopening and a town's new hall: two senders, three forms.
        ("Der Museumsverein Talheim lädt Familien zum Wiedereröffnungstag ein, an welchem der Eintritt den ganzen"
         " Tag kostenlos ist.", "Wiedereröffnungstag"),
        ("Am Eröffnungswochenende ist der Eintritt frei.", "Eröffnungswochenende"),
        ("Der Eintritt ist am Einweihungstag kostenlos.", "Einweihungstag"),
    ],
)  # fmt: skip
def test_free_on_the_opening_day(sentence: str, day: str) -> None:
    assert free_on([sentence]) == day


@pytest.mark.parametrize(
    "sentence",
    [
        # A time, a group or a negation in the clause: said whole or not at all.
        "Am Eröffnungstag ist der Eintritt für Kinder frei.",
        "Am Eröffnungstag ist der Eintritt nicht frei.",
        "Am Eröffnungstag ist der Eintritt von 10 bis 12 Uhr frei.",
        "Der Eintritt ist frei.",  # no day: the general template's case, not this one
        "Am Eröffnungstag spielt die Stadtkapelle.",
    ],
)
def test_no_free_day_when_not_plain(sentence: str) -> None:
    assert free_on([sentence]) is None


def test_opening_day_free_entry_in_an_event_summary() -> None:
    body = easy_body(
        "Heimatmuseum Kirchberg öffnet am 12. September wieder",
        "Das Heimatmuseum Kirchberg öffnet am Samstag, 12. September 2026, um 11 Uhr wieder. "
        "Der Heimatverein Kirchberg lädt Nachbarn und Gäste zum Eröffnungstag ein, "
        "an welchem der Eintritt ganztägig kostenlos ist.",
        "Eintritt: Erwachsene 4 Euro, Kinder 2 Euro.",
        organisation="Heimatverein Kirchberg",
    )
    assert "Am Eröffnungstag ist der Eintritt frei." in body
    assert "Der Eintritt ist frei." not in body
    assert "kostet nichts" not in body


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # A music school's concert and a parish's lecture evening: a request for donations is no limit.
        ("Eintritt: frei, um Spenden für den Instrumentenfonds wird gebeten", "Der Eintritt ist frei."),
        ("Teilnahme: kostenlos, Spenden sind willkommen", "Die Teilnahme ist frei."),
    ],
)
def test_free_fee_line_with_a_comma_note(line: str, said: str) -> None:
    assert fee_lines([SourceSentence(line)]) == [(line, said)]


@pytest.mark.parametrize(
    "line",
    [
        "Eintritt: frei, nur für Mitglieder",
        "Eintritt: frei, Erwachsene zahlen 5 Euro",
        "Teilnahme: kostenlos, außer am Sonntag",
        "Eintritt: frei, für Kinder unter 12 Jahren",
    ],
)
def test_free_fee_line_with_a_limiting_note_is_left_out(line: str) -> None:
    assert fee_lines([SourceSentence(line)]) == []


@pytest.mark.parametrize(
    "lines",
    [
        # A museum's opening evening is free, its exhibition is not; a club's open day beside a course fee.
        ("Eintritt: frei, um eine kurze Anmeldung per Telefon wird gebeten", "Der Eintritt zur Ausstellung beträgt 6 Euro."),
        ("Eintritt: frei", "Die Teilnahme am Kurs kostet 40 Euro."),
    ],
)
def test_free_fee_line_beside_a_price_is_left_out(lines: tuple[str, str]) -> None:
    assert fee_lines([SourceSentence(line) for line in lines]) == []
