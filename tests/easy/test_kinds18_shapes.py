"""Release shapes a cue list misread: the storm operation report, the annual report, the blood drive."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.facts import _INCIDENT_HEADS, _head_noun
from pressconv.transforms.easy.kind import classify
from tests.easy.support import easy_text

# Invented releases of different senders: (title, body one sentence a line, expected kind).
CASES: list[tuple[str, str, str]] = [
    # Operation reports (Einsatzbericht) of a volunteer brigade and a district's fire service: a storm
    # night with closed roads is a fire report, not a road-closure notice.
    (
        "Freiwillige Feuerwehr Sandhagen",
        "Orkan „Berta“: 51 Einsätze in einer Nacht – B 3 gesperrt\n"
        "Die Ortsfeuerwehren wurden zu 51 Einsätzen alarmiert.\n"
        "Die B 3 bleibt bis Mittwoch gesperrt.\nEine Umleitung ist ausgeschildert.",
        "fire",
    ),
    (
        "Unwetter hält Kreisfeuerwehr in Atem",
        "Die Einsatzkräfte sind 38 Mal ausgerückt.\nMehrere Keller wurden ausgepumpt.\nDie Landstraße 80 ist gesperrt.",
        "fire",
    ),
    # Annual reports of a fire service and a police headquarters: counts of a year, not one incident.
    (
        "Feuerwehr Kleinau zieht Bilanz",
        "Die Feuerwehr Kleinau ist im Jahr 2025 zu 612 Einsätzen ausgerückt.\n"
        "Das sind 8 Prozent mehr als im Vorjahr.\nDie Feuerwehr hat 140 Brände gelöscht.",
        "figures",
    ),
    (
        "Kriminalstatistik 2025: weniger Einbrüche",
        "Die Zahl der Einbrüche ist im vergangenen Jahr gesunken.\n"
        "Die Zahl der Diebstähle ist um 4 Prozent gestiegen.\nDie Polizei hat 900 Tatverdächtige ermittelt.",
        "figures",
    ),
    # Blood drives of a Red Cross branch and a town: a day to come and give blood, not a donation award.
    (
        "DRK ruft zur Blutspende auf",
        "Der Ortsverein lädt am Freitag, 3. Juli, von 15 bis 19 Uhr zur Blutspende ein.\n"
        "Jede Spende hilft.\nErstspender bringen einen Ausweis mit.",
        "event",
    ),
    (
        "Blutspendetermin im Bürgerhaus",
        "Die Gemeinde Tannrode bittet um Spenden: Blut ist knapp.\n"
        "Spenderinnen und Spender kommen am Montag ins Bürgerhaus.\nDer Blutspendedienst ist ab 16 Uhr da.",
        "event",
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), CASES)
def test_kind(title: str, body: str, expected: str) -> None:
    assert classify(title, body) == expected


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # One incident of the police and of the fire service stays one, even with a year in a later line.
        (
            "Brand in Scheune",
            "In der Nacht hat eine Scheune gebrannt.\nDie Feuerwehr hat den Brand gelöscht.\n"
            "Es ist der dritte Brand seit dem Vorjahr.",
        ),
        (
            "Einbruch in Kiosk",
            "Unbekannte Täter sind in einen Kiosk eingebrochen.\nSie haben Zigaretten gestohlen.\nDie Polizei sucht Zeugen.",
        ),
    ],
)
def test_one_incident_stays_a_report(title: str, body: str) -> None:
    assert classify(title, body) in ("fire", "police", "appeal")


def test_money_donation_still_an_award() -> None:
    # A club hands over a cheque and a company gives money: the gift is what the release reports.
    club = "Der Verein hat 2.000 Euro gespendet.\nDie Spende geht an die Tafel."
    assert classify("Verein übergibt Spende", club) == "award"
    assert classify("Firma spendet für Kita", "Die Spende der Firma Holm ist 500 Euro.\nDie Kita kauft Spiele.") == "award"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sturmtief „Lore“: 40 Einsätze in der Nacht", ("Sturmtief", "das")),
        ("Orkantief sorgt für 12 Einsätze", ("Orkantief", "das")),
        ("Der Sturm hat Bäume umgeworfen", ("Sturm", "der")),
    ],
)
def test_weather_names_the_incident(text: str, expected: tuple[str, str]) -> None:
    assert _head_noun([text], _INCIDENT_HEADS, asserted=True) == expected


@pytest.mark.parametrize(
    ("title", "lead", "organisation"),
    [
        (
            "Sturmtief „Lore“: 40 Einsätze in einer Nacht",
            "Das Sturmtief „Lore“ hat die Feuerwehr in der Nacht zum Montag, 9. März 2026, beschäftigt. "
            "Die Ortswehren wurden zu 40 Einsätzen alarmiert. Die K 5 bleibt gesperrt. "
            "Verletzt wurde niemand, nur ein Feuerwehrmann hat sich leicht verletzt.",
            "Freiwillige Feuerwehr Birkenau",
        ),
        (
            "Orkantief „Kai“ sorgt für 25 Einsätze",
            "Das Orkantief „Kai“ hat am Sonntag, 8. Februar 2026, viele Bäume umgeworfen. "
            "Die Einsatzkräfte der Kreisfeuerwehr sind 25 Mal ausgerückt. Die Landstraße 80 ist gesperrt.",
            "Kreisfeuerwehrverband Talkreis",
        ),
    ],
)
def test_storm_report_names_the_storm_and_no_wrong_injury(title: str, lead: str, organisation: str) -> None:
    text = easy_text(title, lead, organisation=organisation)
    assert "tief" in text
    # Omission over error: "nobody hurt, except one firefighter" must never become "Niemand ist verletzt".
    assert "niemand" not in text.lower()
