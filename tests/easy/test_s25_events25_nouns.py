"""An event said with its own noun where the release ties it to the day; dates that are no event's (invented releases)."""

from __future__ import annotations

from datetime import date

from pressconv.transforms.easy.eventnouns import contingent, doc_stamp, linked_head, noun_bound, start_time, statt_subject
from pressconv.transforms.easy.facts import _EVENT_HEADS
from pressconv.transforms.easy.when import find_moments
from tests.easy.support import easy_text

ISSUED = date(2024, 3, 1)


def _linked(text: str, word: str) -> bool:
    start = text.index(word)
    return linked_head(word, text, start, start + len(word))


def test_tag_and_abend_compounds_count_only_when_tied_to_a_day_or_an_invitation() -> None:
    assert _linked("Der Gartenverein lädt zum Erntetag am kommenden Sonntag ein", "Erntetag")
    assert _linked("Die Bücherei lädt zu einem Vorleseabend in den Lesesaal ein.", "Vorleseabend")
    assert _linked("Der Spieleabend findet im Gemeindehaus statt.", "Spieleabend")
    # Times and bodies built with the same heads are never the event.
    assert not _linked("Der Samstag am 4. Mai ist frei.", "Samstag")
    assert not _linked("Der Kreistag am 4. Mai berät den Haushalt.", "Kreistag")
    assert not _linked("Am Freitagabend findet das Konzert statt.", "Freitagabend")
    assert not _linked("Ihr letzter Arbeitstag am 28. Juni wird gefeiert.", "Arbeitstag")
    # Named without a day or an invitation, the compound is only mentioned.
    assert not _linked("Die Helfer stehen am Erntetag für Fragen bereit.", "Erntetag")


def test_the_subject_of_findet_statt_with_the_article_that_gives_its_gender() -> None:
    assert statt_subject("Die Auktion findet im Hof des Rathauses statt.") == ("Auktion", "die")
    assert statt_subject("Der Flohmarkt der Kita Sonnenhof findet am 4. Mai statt.") == ("Flohmarkt", "der")
    # A relative clause before "findet" may hold another subject: no noun is said.
    assert statt_subject("Die Sitzung, die sonst im März stattfindet, findet im Mai statt.") is None
    assert statt_subject("Am Sonntag findet das Fest statt.") is None
    # A part of the events is no event of its own.
    assert statt_subject("Die Hälfte der Kurse findet in der Turnhalle statt.") is None


def test_a_start_time_said_with_beginnt() -> None:
    assert start_time("Die Auktion findet im Hof statt und beginnt um 11 Uhr.") == "um 11 Uhr"
    assert start_time("Die Führung beginnt pünktlich um 14.30 Uhr.") == "um 14:30 Uhr"
    assert start_time("Die Kasse öffnet um 9 Uhr.") is None


def test_stamps_and_dates_of_an_opening_phrase_are_no_event_day() -> None:
    assert doc_stamp("Pressemitteilung 17/2024 vom ")
    assert doc_stamp("Presseinformation Nr. 4 vom ")
    assert not doc_stamp("Der Markt ist vom ")
    sentence = "Mit dem Ende der Sommerferien am 12. August beginnt wieder der Schulbus."
    assert noun_bound(sentence, sentence.index("12."), _EVENT_HEADS)
    # An event noun before the day keeps it ("Zum Sommerfest am Samstag …").
    festival = "Zum Sommerfest am 12. August kommen viele Gäste."
    assert not noun_bound(festival, festival.index("12."), _EVENT_HEADS)
    lead = "Am 12. August öffnet die Halle."
    assert not noun_bound(lead, lead.index("12."), _EVENT_HEADS)


def test_a_move_only_for_a_case_is_contingent_a_plain_move_is_not() -> None:
    assert contingent("Bei Regen wird der Basar in die Turnhalle verlegt.")
    assert contingent("Bei schlechtem Wetter wird das Fest verlegt.")
    assert contingent("Wer verhindert ist, kann einen Ersatztermin vereinbaren.")
    assert not contingent("Der Basar wird auf den 9. Juni verlegt.")
    assert not contingent("Bei der Stadthalle wird das Fest abgesagt.")
    # "Bei" and a name is no case: a club's cancelled match stays cancelled.
    assert not contingent("Bei Blau-Weiß Erlenbach wird das Spiel abgesagt.")


def test_two_days_written_out_are_one_span_and_jeweils_gives_the_time_to_each() -> None:
    text = "Die Anmeldung findet am Montag, 6. Mai 2024, und Dienstag, 7. Mai 2024, jeweils von 9 bis 12 Uhr statt."
    first = find_moments(text, ISSUED)[0]
    assert (first.day, first.until, first.time) == (date(2024, 5, 6), date(2024, 5, 7), "von 9 Uhr bis 12 Uhr")
    # Without "jeweils" the time may be the second day's only: the span has none.
    plain = find_moments("Der Basar ist am Samstag, 4. Mai, und Sonntag, 5. Mai, von 10 bis 16 Uhr offen.", ISSUED)[0]
    assert (plain.until, plain.time) == (date(2024, 5, 5), None)
    # Each day with its own time: two days, no span.
    apart = find_moments("Der Kurs ist am Montag, 6. Mai, um 9 Uhr und Dienstag, 7. Mai, um 14 Uhr.", ISSUED)
    assert [m.until for m in apart] == [None, None]


def test_a_club_invitation_says_its_own_tag_noun_with_day_and_time() -> None:
    text = easy_text(
        "Kleingartenverein lädt zum Erntetag am Samstag ein",
        "Der Kleingartenverein Lindwerder öffnet am Samstag, 13. April 2024, von 10 bis 15 Uhr seine Anlage.",
        "Es gibt Führungen durch die Gärten.",
        organisation="Kleingartenverein Lindwerder",
    )
    assert "Veranstaltung" not in text
    assert "Erntetag ist am Samstag, 13. April 2024." in text


def test_an_office_invitation_across_a_colon_line_and_not_its_stamp_date() -> None:
    text = easy_text(
        "Gemeinde lädt zum Bürgerabend ein",
        "Pressemitteilung 17/2024 vom 01.03.2024",
        "Zur geplanten Umgestaltung des Marktplatzes lädt die Gemeinde Hohenfurt zu einem Bürgerabend ein:",
        "am Dienstag, 12. März 2024, um 19 Uhr im Saal des Rathauses, Kirchgasse 2.",
        organisation="Gemeinde Hohenfurt",
    )
    assert "Der Bürgerabend ist am Dienstag, 12. März 2024." in text
    assert "Der Bürgerabend beginnt um 19 Uhr." in text
    assert "1. März 2024." not in text.split("Die Nachricht")[0]


def test_an_auction_keeps_its_day_when_moved_only_for_rain() -> None:
    text = easy_text(
        "Gemeinde versteigert Fundsachen",
        "Das Fundamt der Gemeinde Talwerth versteigert am Samstag, 20. April 2024, alte Fundsachen.",
        "Die Versteigerung findet vor dem Rathaus, Marktstraße 4, statt und beginnt um 11 Uhr.",
        "Bei Regen wird die Versteigerung in den Flur des Rathauses verlegt.",
        organisation="Gemeinde Talwerth",
    )
    # The event's own day line, which a move read as a call-off would leave out (the lead alone
    # names the day in its own copied sentence).
    assert "Versteigerung ist am Samstag, 20. April 2024." in text
    assert "Die Versteigerung beginnt um 11 Uhr." in text


def test_a_plain_move_still_says_no_day() -> None:
    text = easy_text(
        "Gemeinde versteigert Fundsachen",
        "Das Fundamt der Gemeinde Talwerth versteigert am Samstag, 20. April 2024, alte Fundsachen.",
        "Die Versteigerung findet vor dem Rathaus statt.",
        "Wegen der Bauarbeiten wird die Versteigerung auf einen späteren Termin verschoben.",
        organisation="Gemeinde Talwerth",
    )
    assert "Versteigerung ist am" not in text


def test_a_warning_with_a_dated_opening_phrase_is_no_event() -> None:
    text = easy_text(
        "Mit dem Beginn der Frostnächte steigt die Gefahr von Glätte",
        "Mit dem Beginn der Frostnächte am 10. März steigt im Kreis Bergen die Zahl der Glätteunfälle.",
        "Der Kreis bittet alle Autofahrer um Vorsicht, besonders zwischen 5 und 8 Uhr.",
        organisation="Kreis Bergen",
    )
    assert "Veranstaltung" not in text
    assert "10. März" not in text


def test_a_prose_venue_before_the_street_is_part_of_the_address() -> None:
    from pressconv.transforms.easy.facts import _address

    said = _address(
        "Der Basar ist in der Turnhalle der Grundschule Eichwald, Birkenweg 4, und beginnt um 9 Uhr.", prose_venue=True
    )
    assert said == "Turnhalle von der Grundschule Eichwald, Birkenweg 4"
    assert _address("Die Feier findet auf dem Gelände des Sportvereins, Wiesenweg 2, statt.", prose_venue=True) == (
        "Gelände vom Sportverein, Wiesenweg 2"
    )
    # A time before the street is no venue; a plural genitive is not said for sure.
    assert _address("Der Markt ist im Mai, Lindenstraße 5.", prose_venue=True) == "Lindenstraße 5"
    assert _address("Wir treffen uns in der Halle der Schulen, Lindenstraße 5.", prose_venue=True) == "Lindenstraße 5"
