"""A day the release says the event is not on, a deadline, a call-off and a borrowed day are never
said as the event's day; a registration asks for no registration; a place is kept (invented releases)."""

from __future__ import annotations

from datetime import date

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.eventnouns import contingent, noun_bound, statt_subject
from pressconv.transforms.easy.when import find_moments
from tests.fixtures.releases import german_release

_ISSUED = date(2027, 3, 1)


def _body(title: str, *paragraphs: str, organisation: str) -> str:
    """The "Worum geht es?" lines of the summary, Mediopunkt removed."""
    release = german_release(title, *paragraphs, issued=_ISSUED, organisation=organisation)
    text = summary_text(summarise(release).release).replace("·", "")
    return text.split("## Worum geht es?")[1].split("## ")[0]


def test_no_day_between_findet_and_statt_after_a_negation_a_bound_or_sondern() -> None:
    assert statt_subject("Die Matinee findet nicht wie geplant am Sonntag, 14. März 2027, sondern im April statt.") is None
    assert statt_subject("Die Kleidersammlung findet am Mittwoch, 10. März 2027, nicht statt.") is None
    assert statt_subject("Die Stimmabgabe findet bis zum Montag, 22. März 2027, statt.") is None
    assert statt_subject("Die Turnstunde findet nur noch am Dienstag statt.") is None
    # A span of hours or days is the event's own time, not a bound.
    assert statt_subject("Die Kräuterbörse findet am Samstag von 10 bis 16 Uhr statt.") == ("Kräuterbörse", "die")
    assert statt_subject("Die Gartenmesse findet vom 12. bis 14. März statt.") == ("Gartenmesse", "die")


def test_a_moved_reading_is_not_said_on_its_old_day_library() -> None:
    body = _body(
        "Lesung mit Reiseautor",
        "Die Lesung mit dem Reiseautor Jonas Falk findet nicht wie geplant am Donnerstag, "
        "11. März 2027, sondern erst im April statt. Der neue Tag steht noch nicht fest.",
        organisation="Stadtbibliothek Ostbach",
    )
    assert "11. März" not in body


def test_a_consultation_that_does_not_take_place_is_not_said_on_that_day_town_hall() -> None:
    body = _body(
        "Mietersprechstunde im März",
        "Die Mietersprechstunde findet am Mittwoch, 17. März 2027, nicht statt. "
        "Die Beraterin Pia Kern ist an diesem Tag im Urlaub.",
        organisation="Gemeinde Lindbrunn",
    )
    assert "Mietersprechstunde ist am" not in body
    assert "Mietersprechstunde findet am Mittwoch" not in body or "nicht statt" in body


def test_a_vote_until_a_day_is_no_vote_on_that_day_council_and_club() -> None:
    body = _body(
        "Briefwahl zum Jugendrat",
        "Die Briefwahl zum Jugendrat findet bis zum Dienstag, 23. März 2027, statt. "
        "Wählen dürfen alle zwischen 14 und 21 Jahren.",
        organisation="Stadt Holmbach",
    )
    assert "ist am Dienstag" not in body
    body = _body(
        "Umfrage unter Mitgliedern",
        "Die Mitgliederumfrage des Ruderclubs findet bis Freitag, 26. März 2027, statt. Die Bögen liegen im Bootshaus aus.",
        organisation="Ruderclub Ried",
    )
    assert "ist am Freitag" not in body


def test_a_reason_or_a_past_storm_is_no_case_of_a_call_off() -> None:
    assert not contingent("Die Führung fällt aus, da der Gästeführer krankheitsbedingt nicht kommen kann.")
    assert not contingent("Das Turnier wird abgesagt, weil die Schiedsrichter verhindert sind.")
    assert not contingent("Bei dem Hagel am Montag ist das Zelt gerissen, das Fest fällt deshalb aus.")
    assert not contingent("Wenn alles klappt, wird der Flohmarkt auf Mai verschoben.")
    # Cases of the contingency convention stay cases.
    assert contingent("Bei Regen wird das Picknick in die Turnhalle verlegt.")
    assert contingent("Sollte die Wiese zu nass sein, fällt das Spiel aus.")
    assert contingent("Wer am Termin verhindert ist, kann den Ersatztermin nutzen.")


def test_a_cancelled_talk_gets_no_day_or_time_adult_school() -> None:
    body = _body(
        "Vortrag über Moose am Mittwoch",
        "Die Volkshochschule Kranzfeld lädt zu einem Vortrag über Moose am Mittwoch, "
        "10. März 2027, um 18 Uhr ein. Der Vortrag fällt aus, da der Referent Tim Gode krankheitsbedingt nicht "
        "kommen kann.",
        organisation="Volkshochschule Kranzfeld",
    )
    assert "Vortrag ist am" not in body and "beginnt um" not in body


def test_a_festival_called_off_after_a_storm_gets_no_day_line_town() -> None:
    body = _body(
        "Weinfest am Wochenende",
        "Die Gemeinde Brandau lädt zum Weinfest am Samstag, 20. März 2027, in den Schlosshof "
        "ein. Bei dem Sturm am Dienstag ist das große Zelt zerrissen, das Weinfest fällt deshalb aus.",
        organisation="Gemeinde Brandau",
    )
    assert "Weinfest ist am" not in body


def test_a_call_off_the_summary_cannot_say_takes_the_day_and_time_with_it_club() -> None:
    # The passive "wird abgesagt" is dropped: the day, the hour and the invitation go with it.
    body = _body(
        "Kegelclub lädt zum Frühlingsfest ein",
        "Der Kegelclub Moosdorf lädt alle Mitglieder zum Frühlingsfest am Samstag, "
        "27. März 2027, ein. Das Fest beginnt um 15 Uhr im Clubheim, Lindenweg 4. Das Frühlingsfest wird "
        "abgesagt, weil die Bahn nicht rechtzeitig fertig wird und die Helfer verhindert sind.",
        organisation="Kegelclub Moosdorf",
    )
    assert "27. März" not in body and "15 Uhr" not in body


def test_the_head_of_an_opening_phrase_keeps_its_day() -> None:
    # "Nach der Sitzung des Stadtrats am Dienstag": the day is the meeting's, the genitive is its attribute.
    sentence = "Nach der Sitzung des Stadtrats am Dienstag, 16. März 2027, steht der Plan fest."
    assert not noun_bound(sentence, sentence.index("Dienstag"), ["sitzung"])
    other = "Mit dem Ende der Osterferien am Montag, 5. April 2027, beginnt der Kurs."
    assert noun_bound(other, other.index("Montag"), ["kurs"])


def test_a_statt_sentence_with_its_own_time_borrows_no_day_club_and_choir() -> None:
    for organisation, verb in (("Anglerverein Seewald", "wählt"), ("Chor Seewald", "probt")):
        body = _body(
            f"{organisation.split()[0]} {verb} am Samstag",
            f"Der {organisation} {verb} am Samstag, 20. März 2027, im Vereinsheim. "
            "Die Ehrung der langjährigen Mitglieder findet später im Jahr statt.",
            organisation=organisation,
        )
        assert "Ehrung ist am" not in body


def test_a_registration_as_the_event_asks_for_no_registration_school_and_club() -> None:
    for organisation, noun in (("Grundschule Kiefernweg", "Schulanmeldung"), ("Tanzverein Aue", "Anmeldung")):
        body = _body(
            f"{noun} für das neue Jahr",
            f"Die {noun} für das neue Jahr findet am Montag, 15. März 2027, und Dienstag, "
            "16. März 2027, jeweils von 14 bis 17 Uhr statt.",
            organisation=organisation,
        )
        assert "Bitte melden Sie sich" not in body


def test_jeweils_gives_each_day_only_the_time_right_after_it() -> None:
    text = (
        "Die Blutspende findet am Montag, 15. März 2027, und Dienstag, 16. März 2027, jeweils nachmittags statt, "
        "am Montag von 14 bis 17 Uhr und am Dienstag von 15 bis 19 Uhr."
    )
    first = find_moments(text, _ISSUED)[0]
    assert first.until == date(2027, 3, 16) and first.time is None
    each = "Der Basar ist am Montag, 15. März 2027, und Dienstag, 16. März 2027, jeweils von 10 bis 12 Uhr geöffnet."
    assert find_moments(each, _ISSUED)[0].time is not None
    spelled = (
        "Die Börse ist am Montag, 15. März 2027, und Dienstag, 16. März 2027, "
        "jeweils nur am Vormittag von 9 bis 11 Uhr offen."
    )
    assert find_moments(spelled, _ISSUED)[0].time is not None


def test_a_place_in_the_statt_sentence_is_not_lost_behind_the_day_line() -> None:
    for organisation, place in (("Chorgemeinschaft Elm", "Kurpark"), ("Gemeinde Sandholz", "Stadtgarten")):
        body = _body(
            "Frühlingskonzert im Freien",
            f"Das Frühlingskonzert findet am Sonntag, 21. März 2027, im {place} statt. Der Eintritt ist frei.",
            organisation=organisation,
        )
        assert place in body.replace("·", "")
