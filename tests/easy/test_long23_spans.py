"""A too-long sentence with a fact-box label, a route span or opening hours said in short sentences (spansapart.py)."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy.spansapart import split_spans, without_label

_ISSUED = date(2026, 3, 2)


def _split(text: str, *, key: bool = False) -> tuple[str, ...] | None:
    return split_spans(text, _ISSUED, key=key)


# --- opening hours after a run or a day -------------------------------------------------------------


def test_a_museums_hours_go_into_a_follower() -> None:
    assert _split("Man kann die Schau bis zum 4. Oktober 2026 mittwochs bis sonntags von 10 bis 18 Uhr sehen.") == (
        "Man kann die Schau bis zum 4. Oktober 2026 sehen.",
        "Das ist mittwochs bis sonntags von 10 bis 18 Uhr.",
    )


def test_a_sports_clubs_late_entry_hours_go_into_a_follower() -> None:
    assert _split("Anmeldungen sind noch am Freitag, 8. Mai, von 15 bis 19 Uhr im Vereinsheim möglich.") == (
        "Anmeldungen sind noch am Freitag, 8. Mai, im Vereinsheim möglich.",
        "Das ist von 15 bis 19 Uhr.",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # Two clock spans for different days: one follower would give one of them to every day.
        "Die Beratungsstelle im Rathaus ist dienstags von 9 bis 12 Uhr und donnerstags von 14 bis 18 Uhr geöffnet.",
        # "jeweils" spreads the hours over several events: not sure what a follower would say.
        "Die Musikschule lädt an vier Sonntagen jeweils von 17 bis 18 Uhr zu Konzerten in den Saal vom Rathaus ein.",
        # A past statement: "Das ist …" would say the hours hold now.
        "Die Feuerwehr hat am Samstag, 3. Mai, von 10 bis 16 Uhr auf dem Hof vom Gerätehaus ihre Fahrzeuge gezeigt.",
        # A negated statement: with its hours apart it would read as "never" first.
        "Die Halle im Sportpark ist wegen der Arbeiten am Dach montags bis freitags von 8 bis 14 Uhr nicht geöffnet.",
    ],
)
def test_hours_that_may_not_go_apart_stay(sentence: str) -> None:
    found = _split(sentence)
    assert found is None or not any(part.startswith("Das ist") and "Uhr" in part for part in found[1:])


# --- a route span "zwischen A und B" -----------------------------------------------------------------


def test_a_road_closures_span_goes_into_a_follower() -> None:
    assert _split(
        "Die Lindenallee bleibt voraussichtlich bis Ende Juni zwischen der Einmündung Kirchweg und dem Kreisel gesperrt."
    ) == (
        "Die Lindenallee bleibt voraussichtlich bis Ende Juni gesperrt.",
        "Das gilt zwischen der Einmündung Kirchweg und dem Kreisel.",
    )


def test_a_transport_companys_shuttle_span_goes_into_a_follower() -> None:
    found = _split("Ein Ersatzbus verkehrt am Wochenende stündlich zwischen dem Bahnhof Altstadt und dem Ortsteil Neuhof.")
    assert found == (
        "Ein Ersatzbus verkehrt am Wochenende stündlich.",
        "Das ist zwischen dem Bahnhof Altstadt und dem Ortsteil Neuhof.",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # Parties of a talk, not points of a route.
        "Man führt die Gespräche über den neuen Tarif zwischen der Gewerkschaft und dem Verband der Arbeitgeber.",
        # A span of time or of an amount is no place.
        "Man bringt die neuen Papiertonnen zwischen dem 2. November und dem 20. November zu allen Haushalten.",
        "Der Verein bietet Kurse für Kinder zwischen 3 und 9 Jahren in der Turnhalle an der Schulstraße an.",
        # A negated statement with its place apart reads as "nowhere" first.
        "Die Busse fahren in den Ferien wegen der Bauarbeiten zwischen dem Bahnhof und dem Markt nicht.",
    ],
)
def test_spans_that_are_no_route_or_may_not_go_apart_stay(sentence: str) -> None:
    found = _split(sentence)
    assert found is None or not any("zwischen" in part and part.startswith("Das") for part in found[1:])


# --- a fact-box label before a colon ----------------------------------------------------------------


def test_a_generic_label_goes() -> None:
    assert without_label("Anfahrt: Ein Bus fährt ab dem Bahnhof.") == "Ein Bus fährt ab dem Bahnhof."
    assert without_label("Hintergrund: Der Verband zählt 300 Mitglieder.") == "Der Verband zählt 300 Mitglieder."


def test_a_label_the_sentence_says_again_goes() -> None:
    assert without_label("Sammeltermine: Für die Dörfer im Norden ändern sich die Sammeltermine.") == (
        "Für die Dörfer im Norden ändern sich die Sammeltermine."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # A label that restricts what follows: without it the price would be any price.
        "Gas: Der Preis in der Grundversorgung steigt von 9 Cent auf 10 Cent.",
        "Kinder: Der Eintritt ist frei.",
        # A clause before the colon is no label.
        "Wer am Montag keine Zeit hat: Die Stelle ist auch dienstags offen.",
        "Am 3. Mai: Der Markt öffnet.",
    ],
)
def test_a_label_that_says_something_stays(sentence: str) -> None:
    assert without_label(sentence) is None


def test_a_label_with_hours_and_a_route_span_goes_and_the_rest_is_said_apart() -> None:
    found = _split(
        "Anreise: Ein Pendelbus fährt zwischen 8 und 18 Uhr alle 30 Minuten zwischen dem Bahnhof und dem Messegelände."
    )
    assert found == (
        "Ein Pendelbus fährt alle 30 Minuten.",
        "Das ist zwischen dem Bahnhof und dem Messegelände.",
        "Das ist zwischen 8 und 18 Uhr.",
    )


def test_a_short_sentence_is_no_business_of_this_module() -> None:
    assert _split("Die Halle ist von 8 bis 14 Uhr offen.") is None


def test_a_span_whose_end_may_run_on_stays() -> None:
    # "in Richtung …" after the second point may belong to it: where the span ends is not sure.
    found = _split(
        "Die Sperrung betrifft den Abschnitt zwischen dem Friedhof und dem Ortsende in Richtung Talheim auf 900 Metern."
    )
    assert found is None or not any("zwischen" in part for part in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Beratung im Bürgerbüro ist bis Ende Mai mittwochs von 9 bis 12 Uhr sowie nach Vereinbarung möglich.",
        "Das Team vom Jugendamt ist in den Ferien nach Vereinbarung und von 8 bis 12 Uhr im Rathaus erreichbar.",
    ],
)
def test_hours_joined_to_another_time_stay(sentence: str) -> None:
    found = _split(sentence)
    assert found is None or not any(part.startswith("Das ist") and "Uhr" in part for part in found[1:])


# --- two days of one event joined by "und" ---------------------------------------------------------


def test_a_fairs_two_days_go_into_a_follower() -> None:
    assert _split("Die Jobmesse findet am Freitag, 5. Juni, und Samstag, 6. Juni 2026, im Rathaus von Altdorf statt.") == (
        "Die Jobmesse findet im Rathaus von Altdorf statt.",
        "Das ist am 5. und 6. Juni 2026.",
    )


def test_a_fire_brigades_fete_over_a_month_end_goes_into_a_follower() -> None:
    assert _split(
        "Das Sommerfest der Feuerwehr findet am 30. Juni und 1. Juli 2026 rund um das Gerätehaus in Neudorf statt."
    ) == (
        "Das Sommerfest der Feuerwehr findet rund um das Gerätehaus in Neudorf statt.",
        "Das ist am 30. Juni und am 1. Juli 2026.",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # A past statement: "Das ist …" would say the days are still to come.
        "Die Jobmesse hat am Freitag, 5. Juni, und Samstag, 6. Juni 2026, im Rathaus von Altdorf stattgefunden.",
        # Closed on the days: apart, it reads as closed for good first.
        "Die Halle bleibt am Freitag, 5. Juni, und Samstag, 6. Juni 2026, wegen der Messe für den Sport geschlossen.",
        # A third day: the pair is part of a longer list.
        "Der Markt findet am 5. Juni und 6. Juni und am 7. Juni 2026 auf dem Platz vor dem Rathaus statt.",
    ],
)
def test_days_that_may_not_go_apart_stay(sentence: str) -> None:
    found = _split(sentence)
    assert found is None or not any(part.startswith("Das ist am") for part in found[1:])


def test_a_span_of_one_conjunct_stays() -> None:
    # Only the second road is closed between the points; a follower would say it of both.
    found = _split("Die Hauptstraße und die Kreisstraße K 5 zwischen Altdorf und Neudorf bleiben bis Freitag gesperrt.")
    assert found is None or not any("zwischen" in part for part in found)
