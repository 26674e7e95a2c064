"""The place of a release without a dateline is its sender's seat, kept as metadata but never printed."""

from __future__ import annotations

from pressconv.api import parse, render
from pressconv.parser.place import sender_seat


def test_the_seat_named_most_often_after_an_institution_word() -> None:
    text = (
        "Die Feuerwehr Kleinau rückte um 3 Uhr aus. Unterstützt wurde sie von der Feuerwehr Großbach.\n"
        "Die Feuerwehr Kleinau dankt allen Helfern."
    )
    assert sender_seat(text, "de-DE") == "Kleinau"


def test_equal_counts_take_the_seat_written_first() -> None:
    assert sender_seat("Polizei Nordstadt und Staatsanwaltschaft Südheim ermitteln.", "de-DE") == "Nordstadt"


def test_a_street_after_an_institution_word_is_an_address_not_a_place() -> None:
    assert sender_seat("Pressekonferenz im Rathaus Lindenstraße, Raum 2.", "de-DE") is None


def test_english_seats() -> None:
    assert sender_seat("The City of Riverton opened a new library.", "en-US") == "Riverton"
    assert sender_seat("The Clinch Valley Volunteer Fire Department got a grant.", "en-US") is None
    assert sender_seat("Call the Harrow Falls Police Department.", "en-US") == "Harrow Falls"
    assert sender_seat("The Riverton Police Department asks for help.", "en-US") == "Riverton"
    assert sender_seat("Senator Doe said the bill passed.", "en-US") is None


def test_a_dateline_wins_over_the_seat_and_is_not_inferred() -> None:
    result = parse("Neue Bänke im Park\n\nKassel – Die Stadt Nordheim stellt neue Bänke auf.\n")
    assert result.release.meta.place == "Kassel"
    assert not result.release.meta.place_inferred


def test_an_inferred_place_is_metadata_but_not_a_printed_dateline() -> None:
    text = "Neue Bänke im Park\n\n20.03.2024\n\nDie Stadt Nordheim stellt neue Bänke auf. Die Stadt Nordheim zahlt.\n"
    release = parse(text).release
    assert release.meta.place == "Nordheim" and release.meta.place_inferred
    html = render(release, "html").decode("utf-8")
    assert '<span class="place">' not in html
    assert '"locationCreated"' in html


def test_compound_body_names_genitives_abbreviations_and_postcodes() -> None:
    assert sender_seat("Die Leiterin des Stadtarchivs Lindau geht in den Ruhestand.", "de-DE") == "Lindau"
    assert sender_seat("Beim Verwaltungsgericht (VG) Nordheim stiegen die Klagen.", "de-DE") == "Nordheim"
    assert sender_seat("Das Land Bremen zahlt mehr.", "de-DE") == "Bremen"
    assert sender_seat("Hinweise an die Kriminalpolizei Falkenried.", "de-DE") == "Falkenried"
    assert sender_seat("Treffpunkt: Am Markt 3, 34117 Kassel, Raum 2.", "de-DE") == "Kassel"
