"""Wrong statements a review of session 18's rescuers found, each now refused (omission over error)."""

from __future__ import annotations

from datetime import date

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.appointed import _APPOINTED
from pressconv.transforms.easy.both import _JOINED_PAIR
from pressconv.transforms.easy.closures import closure_lines
from pressconv.transforms.easy.happenings import _comes_to, _occurred
from pressconv.transforms.easy.leadcuts import first_statement
from pressconv.transforms.easy.narrative import _subject
from pressconv.transforms.easy.title_nominal import state_titles


def test_a_number_word_subject_is_not_read_as_a_vorfeld_phrase() -> None:
    # "Zwei Männer betraten …": the object after the verb must never become the subject.
    tagged = morph.tag("Zwei Männer betraten die Tankstelle und bedrohten die Kassiererin.")
    verb = next(i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)"))
    assert _subject(tagged, verb) is None


def test_a_closure_for_some_vehicles_or_an_occasion_is_left_out() -> None:
    issued = date(2027, 3, 10)
    for sentence in (
        "Für den Schwerlastverkehr wird die Mühlenbrücke ab Montag, 12. April 2027, gesperrt.",
        "Zum Stadtfest wird die Marktstraße ab Freitag, 16. April 2027, gesperrt.",
    ):
        assert closure_lines([], [sentence], issued) == ([], [])


def test_a_state_title_keeps_no_closure_whose_clause_limits_it() -> None:
    parts = ["Bahnhofstraße", "Sperrung ab 13. April"]
    assert state_titles(parts, ["Die Bahnhofstraße wird ab dem 13. April jeweils zwischen 22 Uhr und 5 Uhr gesperrt."]) == []
    assert state_titles(parts, ["Die Bahnhofstraße wird ab dem 13. April für Lastwagen gesperrt."]) == []


def test_a_second_main_clause_that_hedges_or_defers_keeps_the_first() -> None:
    assert first_statement("Der Täter ist zu Fuß in Richtung Bahnhof geflüchtet, so vermutet die Polizei.") is None
    assert (
        first_statement("Die Gemeinde senkt die Gebühren für alle Haushalte, darüber entscheidet der Rat im Juli.") is None
    )
    assert first_statement("Die Stadt eröffnet am Montag den Spielplatz, im Sommer folgt der zweite Bauabschnitt.") == (
        "Die Stadt eröffnet am Montag den Spielplatz."
    )


def test_an_acting_appointment_is_not_read_as_a_plain_one() -> None:
    sentence = (
        "Die Landesregierung hat in ihrer Sitzung am Dienstag kommissarisch Herrn Jonas Brede zum Leiter "
        "im Landesamt für Umwelt bestellt."
    )
    assert _APPOINTED.match(sentence) is None


def test_two_joined_people_make_beide_unsure() -> None:
    assert _JOINED_PAIR.search("Eine Frau und ihr Sohn beobachteten zwei Männer an einem Auto.")
    assert not _JOINED_PAIR.search("Ein Anwohner sah zwei junge Männer an einem Auto.")


def test_the_incident_is_the_phrase_of_its_own_clause() -> None:
    tokens = morph.tag("Auf dem Weg zu einem Einsatz kam es am Montag zu einem Unfall.")
    found = _comes_to(tokens)
    assert found is not None and tokens[found[1] - 1].word == "Unfall"
    tokens = morph.tag("Ein Radfahrer stürzte, als sich am Montag ein Unfall ereignete.")
    found = _occurred(tokens)
    assert found is not None and tokens[found[1] - 1].word == "Unfall"
