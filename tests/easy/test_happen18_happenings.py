"""The incident a police, fire or accident report tells eventively ("es kam zu …", "ereignete sich …").

Invented sentences and releases of several sender kinds (a city police, a motorway police, a fire
brigade, a county police office): the noun read from the construction, its count, the time and
place of the same clause, and the refusals (hedge, attempt, negation, habit, forecast).
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.model import Release
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.happenings import find_happening, happening_lines
from tests.fixtures.releases import german_release


def _lines(sentence: str, issued: date | None = date(2025, 6, 4)) -> list[str] | None:
    found = find_happening([sentence], issued)
    return happening_lines(found) if found is not None else None


def _body(release: Release) -> list[str]:
    """The summary's title and its "Worum geht es?" lines (the title step may lift the first line)."""
    text = summary_text(summarise(release).release).replace("·", "")
    body = text.split("## Worum geht es?")[1].split("## ")[0]
    return [text.splitlines()[0], *(line for line in body.splitlines() if line)]


def test_city_police_burglaries_keep_their_count_night_and_district() -> None:
    lines = _lines(
        "In der Nacht von Freitag, 30. Mai 2025, auf Samstag, 31. Mai 2025, ist es im Rodauer Ortsteil "
        "Hasenbühl zu fünf Kellereinbrüchen gekommen."
    )
    assert lines == [
        "Es hat 5 Kellereinbrüche gegeben.",
        "Die Kellereinbrüche waren in der Nacht von Freitag auf Samstag.",
        "Die Kellereinbrüche waren im Rodauer Ortsteil Hasenbühl.",
    ]


def test_motorway_police_crash_on_a_numbered_road_between_two_towns() -> None:
    lines = _lines("Am Montag kam es auf der A 9 zwischen Tannfeld und Birkhausen zu einem schweren Auffahrunfall.")
    assert lines == [
        "Es hat einen schweren Auffahrunfall gegeben.",
        "Der Auffahrunfall war am Montag.",
        "Der Auffahrunfall war auf der A 9 zwischen Tannfeld und Birkhausen.",
    ]


def test_fire_brigade_subject_of_ereignete_sich_with_yesterday_resolved() -> None:
    lines = _lines("Eine Explosion ereignete sich gestern Abend in Wiesenroth.")
    assert lines == [
        "Es hat eine Explosion gegeben.",
        "Die Explosion war am Dienstagabend, 3. Juni 2025.",
        "Die Explosion war in Wiesenroth.",
    ]


def test_county_police_clock_time_and_street_of_the_clause() -> None:
    lines = _lines("Am Dienstagabend kam es in der Lindenallee gegen 21.30 Uhr zu einer Schlägerei.")
    assert lines == [
        "Es hat eine Schlägerei gegeben.",
        "Die Schlägerei war am Dienstagabend.",
        "Die Schlägerei war gegen 21:30 Uhr.",
        "Die Schlägerei war in der Lindenallee.",
    ]


def test_plural_nouns_in_their_nominative_form() -> None:
    # Dative plural "-n" taken off only where the plural itself has none (Duden §292).
    assert _lines("Am Wochenende kam es im Landkreis zu zwei Bränden.") == [
        "Es hat 2 Brände gegeben.",
        "Die Brände waren am Wochenende.",
        "Die Brände waren im Landkreis.",
    ]
    assert (_lines("Am Samstag kam es zu drei Sachbeschädigungen.") or [""])[0] == "Es hat 3 Sachbeschädigungen gegeben."
    assert (_lines("In Eichstetten kam es zu mehreren Unfällen.") or [""])[0] == "Es hat mehrere Unfälle gegeben."


@pytest.mark.parametrize(
    "sentence",
    [
        "Am Montag kam es zu einem versuchten Einbruch in ein Wohnhaus.",  # an attempt
        "Am Montag soll es zu einem Überfall gekommen sein.",  # hedged
        "Mutmaßlich kam es am Montag zu einer Brandstiftung.",  # hedged
        "Zu einem Brand ist es nicht gekommen.",  # denied
        "Immer wieder kommt es an der Kreuzung zu Unfällen.",  # a habit, present tense
        "Während der Bauarbeiten kommt es zu Behinderungen.",  # a forecast, present tense
        "Am Sonntag kam es beinahe zu einem Zusammenstoß.",  # a near miss
        "Wenn es zu einem Unfall kommt, rufen Sie 112.",  # a condition
        "Am Montag kam es zum Einsatz der Drehleiter.",  # definite: no incident introduced
        "Am Montag kam es zu einer Vielzahl von Notrufen.",  # a quantity noun: the head only counts
    ],
)
def test_hedged_attempted_denied_or_habitual_clauses_are_refused(sentence: str) -> None:
    assert _lines(sentence) is None


def test_article_and_lexicon_gender_must_agree() -> None:
    # "zu einer" is feminine only: a masculine noun after it is a misread, not an incident.
    assert _lines("Am Montag kam es zu einer Unfall.") is None


def test_city_police_release_says_count_time_and_place() -> None:
    release = german_release(
        "Polizei sucht Zeugen nach Einbrüchen",
        "In der Nacht von Sonntag auf Montag ist es im Stadtteil Westend von Altstadt zu vier Wohnungseinbrüchen "
        "gekommen. Die Täter brachen jeweils die Kellertüren auf.",
        "Hinweise nimmt die Polizei unter Telefon 0711 8990-0 entgegen.",
        issued=date(2025, 6, 3),
        organisation="Polizeipräsidium Altstadt",
    )
    said = "\n".join(_body(release))
    assert "Es hat 4 Wohnungseinbrüche" in said
    assert "Die Wohnungseinbrüche waren in der Nacht von Sonntag auf Montag." in said


def test_fire_brigade_release_says_the_explosion_and_its_place() -> None:
    release = german_release(
        "Explosion in Werkstatt – Feuerwehr im Einsatz",
        "Am Freitag kam es in Hohenmoor zu einer Explosion in einer Werkstatt. Ein Mann wurde leicht verletzt.",
        "Die Feuerwehr Hohenmoor löschte den Brand mit 20 Einsatzkräften.",
        issued=date(2025, 6, 9),
        organisation="Freiwillige Feuerwehr Hohenmoor",
    )
    said = "\n".join(_body(release))
    assert "Es hat eine Explosion" in said
    assert "Die Explosion war am Freitag." in said
    assert "in Hohenmoor" in said


def test_a_hedged_release_states_no_incident() -> None:
    release = german_release(
        "Polizei prüft Hinweise",
        "Am Montag soll es in Neustadt zu einem Raubüberfall gekommen sein. Die Polizei prüft die Angaben.",
        issued=date(2025, 6, 3),
        organisation="Polizeiinspektion Neustadt",
    )
    assert not any(line.startswith("Es hat") for line in _body(release))


def test_hedged_clause_found_by_noun_and_a_plain_mention_left_alone() -> None:
    from pressconv.transforms.easy.happenings import hedged

    assert hedged(["Am Montag soll es in Neustadt zu einem Raubüberfall gekommen sein."], "Raubüberfall")
    assert hedged(["Zu einem Brand ist es dabei nicht gekommen."], "Brand")
    # The noun is not what the hedged clause tells: "Unfall" in another role stays an incident.
    assert not hedged(["Der Fahrer kam nach dem Unfall nicht zum Stehen."], "Unfall")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Unbekannte brachen in der Nacht zum Dienstag in ein Geschäft in der Hauptstraße ein.",
            [
                "Unbekannte sind in der Nacht zum Dienstag in ein Geschäft eingebrochen.",
                "Das Geschäft ist in der Hauptstraße.",
            ],
        ),
        (
            "Zwei Männer drangen am Montag in eine Wohnung im Birkenweg ein.",
            ["Zwei Männer sind am Montag in eine Wohnung eingedrungen.", "Die Wohnung ist im Birkenweg."],
        ),
        ("Ein Unbekannter stieg in einen Kiosk ein.", ["Ein Unbekannter ist in einen Kiosk eingestiegen."]),
    ],
)
def test_a_way_in_told_with_its_verb_in_the_perfekt(sentence: str, expected: list[str]) -> None:
    from pressconv.transforms.easy.entered import entered

    assert [line for _, line in entered([sentence])] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Täter brachen in ein Geschäft ein.",  # a definite subject points back
        "Unbekannte versuchten in ein Geschäft einzubrechen.",  # an attempt
        "Unbekannte sollen in ein Geschäft eingebrochen sein.",  # hedged
        "Unbekannte brachen die Tür eines Geschäfts auf.",  # no way in: an object, another particle
        "Unbekannte brachen nicht in das Geschäft ein.",  # denied
    ],
)
def test_a_way_in_that_is_not_plain_is_left_out(sentence: str) -> None:
    from pressconv.transforms.easy.entered import entered

    assert entered([sentence]) == []


def test_county_police_release_says_who_broke_in_where() -> None:
    release = german_release(
        "Einbruch in Bäckerei",
        "Unbekannte brachen in der Nacht zum Sonntag in eine Bäckerei in der Bahnhofstraße ein. Sie stahlen Bargeld.",
        issued=date(2025, 6, 2),
        organisation="Polizeidirektion Seefeld",
    )
    said = "\n".join(_body(release))
    assert "Unbekannte sind in der Nacht zum Sonntag in eine Bäckerei eingebrochen." in said


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Am Montag wurde der Polizei ein Einbruch in eine Gartenlaube gemeldet.",
            "Jemand hat der Polizei am Montag einen Einbruch gemeldet.",
        ),
        (
            "Am Sonntag wurde der Leitstelle eine Explosion gemeldet.",
            "Jemand hat der Leitstelle am Sonntag eine Explosion gemeldet.",
        ),
        (
            "In der Nacht zum Samstag wurden dem Notruf zwei Brände gemeldet.",
            "Jemand hat dem Notruf in der Nacht zum Samstag 2 Brände gemeldet.",
        ),
    ],
)
def test_a_report_to_police_or_fire_brigade_said_in_the_active(sentence: str, expected: str) -> None:
    from pressconv.transforms.easy.alerted import alerted

    assert alerted([sentence]) == [(sentence, expected)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Polizei wurde kein Schaden gemeldet.",  # denied
        "Angeblich wurde der Polizei ein Überfall gemeldet.",  # hedged
        "Der Polizei wurde ein verdächtiger Mann gemeldet.",  # an adjective whose ending is not checked
        "Wenn ein Brand gemeldet wurde, rückt die Feuerwehr aus.",  # a condition, two clauses
    ],
)
def test_a_report_that_is_not_plain_is_left_out(sentence: str) -> None:
    from pressconv.transforms.easy.alerted import alerted

    assert alerted([sentence]) == []


def test_a_day_inside_a_span_is_no_day_of_the_incident() -> None:
    # "Zwischen 20 Uhr am Sonntagabend und …" starts a span: "war am Sonntagabend" would cut it.
    lines = _lines("Zwischen 20 Uhr am Sonntagabend und Mitternacht kam es in Hagenau zu drei Bränden.")
    assert lines == ["Es hat 3 Brände gegeben.", "Die Brände waren in Hagenau."]


def test_a_headline_series_is_said_only_where_the_body_names_the_plural() -> None:
    from pressconv.transforms.easy.happenings import series

    # Police: "Einbruchsserie" confirmed by the body's "Kellereinbrüche".
    found = series("Einbruchsserie in Talheim", ["Seit Montag hat die Polizei drei Kellereinbrüche aufgenommen."])
    assert found is not None and happening_lines(found) == ["Es hat mehrere Kellereinbrüche gegeben."]
    # Fire brigade: "Brandserie" confirmed by "mehrere Brände".
    found = series("Brandserie in Auwald", ["Im Mai gab es in Auwald mehrere Brände von Mülltonnen."])
    assert found is not None and happening_lines(found)[0] == "Es hat mehrere Brände gegeben."
    # The body names one incident only, or a genitive singular: the headline alone is no fact.
    assert series("Einbruchsserie in Talheim", ["Am Montag wurde ein Einbruch gemeldet."]) is None
    assert series("Brandserie in Auwald", ["Die Polizei ermittelt wegen des Brandes."]) is None


def test_a_place_of_another_clause_is_not_the_incident_place() -> None:
    lines = _lines("Als die Streife im Gewerbegebiet eintraf, kam es zu einer Schlägerei.")
    assert lines == ["Es hat eine Schlägerei gegeben."]
