"""Session 19b: cancelled dates, label layouts, time words and hedges never turn into a wrong fact.

Invented releases and sentences of several sender kinds (a club, a utility, a museum, a choir, a
city, the police, a library, a company); none is taken from a development file.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.api import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.calledoff import called_off, not_held
from pressconv.transforms.easy.facts import _SERIES_HEADS, _head_noun
from pressconv.transforms.easy.kind import classify
from pressconv.transforms.easy.nounphrases import reduce
from pressconv.transforms.easy.programme import day_programme, event_days, programme, prose_dates
from pressconv.transforms.easy.source import SourceSentence


def _lines(*texts: str) -> tuple[SourceSentence, ...]:
    return tuple(SourceSentence(t, paragraph=i, position=0) for i, t in enumerate(texts))


def _body(text: str) -> str:
    release = parse(text.encode("utf-8"), path="release.txt").release
    summary = summary_text(summarise(release).release).replace("·", "")
    return summary.split("## Worum geht es?")[1].split("## ")[0]


# --- 4: a sentence of dates that says what does not take place on them is no series


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Kurs vom Turnverein fällt am 5. März und am 19. März aus.",  # club
        "Das Hallenbad der Stadtwerke ist am 5. März und am 19. März geschlossen.",  # utility
        "Die Bücherei bleibt am 5. März und am 19. März zu.",  # library
        "Am 5. März und am 19. März gibt es keine Sprechstunde im Rathaus.",  # city
        "Falls es regnet, ist der Markt am 5. März und am 19. März in der Halle.",  # market: a condition
    ],
)
def test_prose_dates_of_closing_or_cancelled_days_are_no_series(sentence: str) -> None:
    assert prose_dates(_lines(sentence), date(2026, 2, 20)) is None


def test_prose_dates_of_a_held_series_stay() -> None:
    found = prose_dates(_lines("Der Kurs ist am 5. März und am 19. März, jeweils um 19 Uhr."), date(2026, 2, 20))
    assert found is not None
    assert found.intro == "Es gibt zwei Termine:"


# --- 5: a programme with an item called off or moved is said whole or not at all: here not at all


@pytest.mark.parametrize(
    "mark",
    [" – entfällt", " (abgesagt)", ", fällt aus", " – verschoben auf Herbst", " – findet nicht statt"],
)
@pytest.mark.parametrize(
    "title",
    ["Vortrag über Bienen", "Konzert vom Kammerchor"],  # museum, choir
)
def test_a_programme_with_a_cancelled_item_is_no_list(mark: str, title: str) -> None:
    lines = _lines(
        "Die Termine:",
        f"Donnerstag, 8. Oktober, 18 Uhr: {title}{mark}",
        "Donnerstag, 15. Oktober, 18 Uhr: Lesung mit Musik",
        "Donnerstag, 22. Oktober, 18 Uhr: Führung im Keller",
    )
    assert programme(lines, date(2026, 9, 1)) is None


def test_a_programme_without_a_cancellation_stays() -> None:
    lines = _lines(
        "Die Termine:",
        "Donnerstag, 8. Oktober, 18 Uhr: Vortrag über Bienen",
        "Donnerstag, 15. Oktober, 18 Uhr: Lesung mit Musik",
    )
    found = programme(lines, date(2026, 9, 1))
    assert found is not None
    assert found.intro == "Es gibt zwei Termine:"


def test_a_cancelled_block_detail_drops_the_list() -> None:
    # Adult education: the date on its line, the title below, a note "entfällt" under it.
    lines = _lines(
        "Donnerstag, 8. Oktober, 18 Uhr",
        "Kochen für Einsteiger",
        "Der Termin entfällt.",
        "Donnerstag, 15. Oktober, 18 Uhr",
        "Backen für Einsteiger",
    )
    assert programme(lines, date(2026, 9, 1)) is None


def test_a_day_programme_with_a_cancelled_point_and_cancelled_event_days() -> None:
    # Park festival and open day: a point "entfällt" ends the programme; a "Wann:" day "abgesagt" too.
    assert (
        day_programme(
            _lines(
                "Programm am Samstag:",
                "14 Uhr – Eröffnung",
                "15 Uhr – Kinderschminken (entfällt)",
                "16 Uhr – Musik",
            )
        )
        is None
    )
    assert event_days("Samstag, 5. September (abgesagt), und Sonntag, 6. September, ab 11 Uhr", date(2026, 8, 1)) is None


def test_called_off_and_not_held_words() -> None:
    assert called_off("Die Lesung wird auf einen späteren Termin verschoben.")
    assert not called_off("Die Lesung beginnt um 19 Uhr.")
    assert not_held("Das Museum bleibt an beiden Tagen zu.")
    assert not not_held("Das Museum zeigt an beiden Tagen Bilder.")


# --- 6: "Wann:"/"Wo:" labels are a weak cue: a closure, a check, a drill keep their kind


_CLOSURE = """Stadt Beispielfeld

Beispielfeld, 20. Mai 2026

Ringstraße wird gesperrt

Die Stadt sperrt die Ringstraße für Arbeiten an der Wasserleitung.

Wann: Montag, 8. Juni 2026, ab 6 Uhr
Wo: Ringstraße zwischen Markt und Bahnhof

Der Verkehr wird über die Parkallee umgeleitet.
"""


def test_a_closure_with_when_and_where_labels_is_no_event() -> None:
    body = "\n".join(_CLOSURE.splitlines()[6:])
    assert classify("Ringstraße wird gesperrt", body) != "event"
    summary = _body(_CLOSURE)
    assert "Markt ist" not in summary and "Markt beginnt" not in summary
    assert "Veranstaltung" not in summary


def test_a_police_check_with_when_and_where_labels_is_no_event() -> None:
    body = (
        "Die Polizeiinspektion Talfeld kündigt eine Geschwindigkeitskontrolle an.\n"
        "Wann: Dienstag, 9. Juni 2026, 7 bis 12 Uhr\nWo: Landstraße bei der Grundschule\n"
        "Die Polizei bittet alle Autofahrer um Vorsicht."
    )
    assert classify("Geschwindigkeitskontrolle an der Landstraße", body) != "event"


def test_a_venue_line_names_no_event() -> None:
    # "Wo: … zwischen Markt und Bahnhof": places, never "Ein Markt ist …" (city, fire drill).
    assert _head_noun(["Wo: Platz zwischen Markt und Kirche"], ["markt"]) is None
    assert _head_noun(["Die Übung ist zwischen Markt und Feuerwache."], ["markt"]) is None
    assert _head_noun(["Der Verein lädt zum Markt ein."], ["markt"]) is not None


# --- 11: a bare time word ("Woche", "Tag", "Reihe", "Saison") names no event


@pytest.mark.parametrize(
    "lead",
    [
        "Die Stadtbibliothek lädt ab nächster Woche zu Lesungen ein.",  # library
        "Der Chor lädt in dieser Saison zu Konzerten ein.",  # choir
        "Das Museum bietet eine Reihe von Führungen an.",  # museum
    ],
)
def test_a_bare_time_or_amount_word_is_no_series(lead: str) -> None:
    assert _head_noun([lead], list(_SERIES_HEADS)) is None


def test_a_compound_series_noun_stays() -> None:
    found = _head_noun(["Die Polizei lädt zur Aktionswoche ein."], list(_SERIES_HEADS))
    assert found is not None and found[0] == "Aktionswoche"
    found = _head_noun(["Das Theater stellt die Spielsaison vor."], list(_SERIES_HEADS))
    assert found is not None and found[0] == "Spielsaison"


def test_a_library_series_is_not_called_a_week() -> None:
    release = """Stadtbibliothek Beispielfeld

Beispielfeld, 20. März 2026

Lesungen in der Stadtbibliothek

Die Stadtbibliothek lädt ab nächster Woche zu Lesungen ein.

Donnerstag, 16. April, 19 Uhr: Lesung mit Musik

Donnerstag, 23. April, 19 Uhr: Lesung für Kinder

Der Eintritt ist frei.
"""
    body = _body(release)
    assert "eine Woche" not in body and "einer Woche" not in body


# --- 10: hedges and attribution are never cut from a noun phrase or an aside


@pytest.mark.parametrize(
    "sentence",
    [
        # Police: an allegation stays an allegation.
        "Der mutmaßliche betrunkene Fahrer hat am Abend in der Innenstadt mehrere geparkte Autos schwer beschädigt.",
        "Der angebliche neue Handwerker hat am Montag in der Wohnung von einer Seniorin Schmuck gestohlen.",
        # Police: a source's claim between dashes stays the source's.
        "Der Fahrer war – laut Zeugen – viel zu schnell auf der nassen Straße in Richtung Innenstadt unterwegs.",
        # City: a plan stays a plan, a possibility a possibility.
        "Die geplante große Halle soll auf dem Gelände hinter dem Bahnhof am Rand der Stadt Platz bieten.",
        "Die mögliche neue Umgehungsstraße soll den Verkehr in der Altstadt und im Gewerbegebiet leiser machen.",
        # Company: an attribution in brackets and between dashes.
        "Die Firma hat – nach Angaben der Stadt – die alte Brücke über den Fluss im Norden der Stadt abgerissen.",
        "Die Firma hat (vermutlich wegen der Kosten) die alte Halle am Hafen im Norden der Stadt verkauft.",
    ],
)
def test_hedges_and_attribution_are_never_cut(sentence: str) -> None:
    assert reduce(sentence, 12) is None


def test_an_aside_without_a_hedge_still_goes() -> None:
    # Club: a plain aside between dashes goes as before.
    sentence = "Der Verein – seit Jahren im Dorf aktiv – hat am Samstag auf dem Sportplatz ein großes Fest gefeiert."
    assert reduce(sentence, 12) == "Der Verein hat am Samstag auf dem Sportplatz ein großes Fest gefeiert."
