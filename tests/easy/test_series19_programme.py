"""Session 19: the dates of an event series and of a multi-day event, as one whole list (programme.py).

Every release here is invented for these tests (senders, places, dates, titles); none is a dev file.
Each rule is exercised by releases of at least two kinds of sender: a museum, an adult-education
centre, a parish, a police prevention week, a university open day, a village club, a nature group.
"""

from __future__ import annotations

from datetime import date

from pressconv.api import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.programme import (
    day_programme,
    event_days,
    plainer_items,
    programme,
    prose_dates,
)
from pressconv.transforms.easy.source import SourceSentence


def _lines(*texts: str) -> tuple[SourceSentence, ...]:
    return tuple(SourceSentence(text, paragraph=index) for index, text in enumerate(texts))


def _body(text: str) -> str:
    """The "Worum geht es?" section of the summary of a plain-text release, Mediopunkt removed."""
    release = parse(text.encode("utf-8"), path="release.txt").release
    summary = summary_text(summarise(release).release).replace("·", "")
    return summary.split("## Worum geht es?")[1].split("## ")[0]


# --- the list of a series: one line per date, the weekday derived from the date


def test_parish_services_inline_with_titles() -> None:
    found = programme(
        _lines(
            "Die Gottesdienste im Frühling:",
            "• Do., 2. April, 19 Uhr: Orgelandacht mit Liedern",
            "• Fr., 3. April, 15 Uhr: Andacht für Familien",
            "• So., 5. April, 6 Uhr: Frühgottesdienst – anschließend Frühstück im Pfarrsaal",
            "Alle Gottesdienste sind in der Marienkirche.",
        ),
        date(2026, 3, 10),
    )
    assert found is not None
    assert found.intro == "Es gibt drei Termine:"
    assert found.items == (
        "Donnerstag, 2. April, 19 Uhr: Orgelandacht mit Liedern",
        "Freitag, 3. April, 15 Uhr: Andacht für Familien",
        "Sonntag, 5. April, 6 Uhr: Frühgottesdienst",
    )
    assert found.lines == (1, 2, 3)


def test_adult_education_block_form_date_line_then_title_line() -> None:
    found = programme(
        _lines(
            "Das Programm im Überblick:",
            "Dienstag, 13.10.2026, 18:30 Uhr",
            "Tabellen für Einsteiger – Kurs mit Tablet-Übungen",
            "Leitung: Anna Berg",
            "Mittwoch, 21.10.2026, 10-12 Uhr",
            "Online-Banking sicher nutzen",
            "Die Kurse finden in der Volkshochschule statt.",
        ),
        date(2026, 9, 1),
    )
    assert found is not None
    assert found.items == (
        "Dienstag, 13. Oktober, 18:30 Uhr: Tabellen für Einsteiger",
        "Mittwoch, 21. Oktober, 10 bis 12 Uhr: Online-Banking sicher nutzen",
    )
    # The detail line under the first title belongs to the list, the closing sentence does not.
    assert found.lines == (1, 2, 3, 4, 5)


def test_year_stays_when_the_series_runs_into_the_next_year() -> None:
    found = programme(
        _lines("Sonntag, 13. Dezember 2026: Adventskonzert", "Sonntag, 10. Januar 2027: Neujahrskonzert"),
        date(2026, 11, 20),
    )
    assert found is not None
    assert found.items == ("Sonntag, 13. Dezember: Adventskonzert", "Sonntag, 10. Januar 2027: Neujahrskonzert")


def test_a_selection_is_said_as_examples_without_a_count() -> None:
    # A museum's "Rahmenprogramm (Auswahl):" and a police week's "unter anderem:" give some dates only.
    for intro in ("Rahmenprogramm (Auswahl):", "Geplant sind unter anderem:"):
        found = programme(
            _lines(intro, "Sonntag, 12. April, 15 Uhr: Führung", "Samstag, 9. Mai, 14 Uhr: Kräuterwanderung"),
            date(2026, 3, 3),
        )
        assert found is not None
        assert found.intro == "Termine sind zum Beispiel:"
        assert "gibt" not in found.intro


def test_a_long_list_gives_its_count_and_the_first_items() -> None:
    days = [f"Montag, {d}. März 2026: Sprechstunde" for d in (2, 9, 16, 23, 30)]
    days += [f"Montag, {d}. April 2026: Sprechstunde" for d in (6, 13, 20, 27)]
    found = programme(_lines(*days), date(2026, 2, 1))
    assert found is not None
    assert found.intro == "Es gibt neun Termine. Zum Beispiel:"
    assert len(found.items) == 3 and found.items[0] == "Montag, 2. März: Sprechstunde"


def test_a_wrong_weekday_in_the_source_gives_no_list() -> None:
    # 16 April 2026 is a Thursday: a "Mittwoch" before it leaves the day in doubt (omission over error).
    found = programme(_lines("Mittwoch, 16. April 2026: Vortrag", "Donnerstag, 7. Mai 2026: Vortrag"), date(2026, 3, 1))
    assert found is None


def test_a_title_with_a_limiting_word_or_too_long_is_left_out() -> None:
    found = programme(
        _lines(
            "Samstag, 6. Juni, 10 Uhr: Keine Führung für Gruppen ohne Anmeldung",
            "Samstag, 20. Juni, 10 Uhr: Rundgang durch den Auwald mit der Biologin und dem Förster aus Nordheim",
        ),
        date(2026, 5, 1),
    )
    assert found is not None
    assert found.items[0] == "Samstag, 6. Juni, 10 Uhr"  # "Keine …" is said whole or not at all
    assert found.items[1] == "Samstag, 20. Juni, 10 Uhr: Rundgang"  # cut before its attached phrase


def test_prose_and_deadlines_are_no_programme() -> None:
    assert programme(_lines("Anmeldung bis 3. März.", "Der Kurs beginnt am 10. März."), date(2026, 2, 1)) is None
    assert programme(_lines("3. März 2026: Anmeldeschluss bis 20. März"), date(2026, 2, 1)) is None


# --- the days of one event over two days (its "Wann:" line)


def test_two_day_festival_and_open_days_from_the_when_label() -> None:
    fest = event_days(
        "Samstag, 5. September 2026, ab 17 Uhr, und Sonntag, 6. September 2026, ab 11 Uhr (Frühschoppen), Umzug um 15 Uhr",
        date(2026, 8, 20),
        "Das Dorffest",
    )
    assert fest is not None
    assert fest.intro == "Das Dorffest ist an zwei Tagen:"
    assert fest.items == ("Samstag, 5. September, ab 17 Uhr", "Sonntag, 6. September, ab 11 Uhr")
    open_days = event_days("Fr., 8.5., 9-15 Uhr; Sa., 9.5., 10-14 Uhr", date(2026, 4, 2), None)
    assert open_days is not None
    assert open_days.intro == "Es gibt zwei Termine:"
    assert open_days.items == ("Freitag, 8. Mai, 9 bis 15 Uhr", "Samstag, 9. Mai, 10 bis 14 Uhr")


def test_a_when_label_with_one_day_or_an_unread_part_gives_no_days() -> None:
    assert event_days("Samstag, 5. September 2026, 18 Uhr", date(2026, 8, 1), None) is None
    assert event_days("Samstag, 5. September, und an einem Tag im Oktober", date(2026, 8, 1), None) is None


# --- the verifier's fallback: an item whose title fails a check is said by its date, the list stays whole


def test_plainer_items_keep_the_list_whole() -> None:
    items = ("Montag, 2. März: Kurs A", "Montag, 9. März: Kurs mit E-Bike")
    plain = ("Montag, 2. März", "Montag, 9. März")
    kept = plainer_items(items, plain, lambda item: "E-Bike" not in item, lambda item: item)
    assert kept == ("Montag, 2. März: Kurs A", "Montag, 9. März")


# --- whole summaries


_MUSEUM = """Stadtmuseum Nordheim

Pressemitteilung – 2. Februar 2026

Vortragsreihe „Nordheim am Fluss“ startet im März

Das Stadtmuseum Nordheim startet im März eine Vortragsreihe über die Geschichte des Hafens.

Die Termine im Überblick:

Donnerstag, 5. März 2026, 19 Uhr
„Kähne und Kräne“ – Der alte Hafen

Donnerstag, 19. März 2026, 19 Uhr
„Hochwasser 1926“ – Eine Stadt unter Wasser

Donnerstag, 2. April 2026, 19 Uhr
„Der neue Hafen“ – Pläne für morgen

Die Vorträge sind im Saal des Museums, Kaistraße 4, 12345 Nordheim.
"""

_POLICE = """Polizeipräsidium Südstadt

15.09.2026

Themenwoche „Sicher im Alter“

Die Polizei Südstadt informiert in einer Themenwoche über Betrug an älteren Menschen.

Die Termine:

• Montag, 5. Oktober 2026, 10 Uhr: Infostand am Marktplatz
• Mittwoch, 7. Oktober 2026, 15 Uhr: Vortrag über Schockanrufe
• Freitag, 9. Oktober 2026, 11 Uhr: Beratung im Seniorentreff

Die Teilnahme ist kostenlos.
"""


def test_museum_lecture_series_states_every_date() -> None:
    body = _body(_MUSEUM)
    assert "Es gibt drei Termine:" in body
    assert "- Donnerstag, 5. März, 19 Uhr" in body
    assert "- Donnerstag, 19. März, 19 Uhr" in body
    assert "- Donnerstag, 2. April, 19 Uhr" in body


def test_police_prevention_week_states_every_date_with_its_title() -> None:
    body = _body(_POLICE)
    assert "Es gibt drei Termine:" in body
    assert "- Montag, 5. Oktober, 10 Uhr: Info" in body
    assert "- Mittwoch, 7. Oktober, 15 Uhr" in body
    assert "- Freitag, 9. Oktober, 11 Uhr" in body


_FEST = """Heimatverein Oberbach e.V.

Oberbach, 12. Mai 2026

Sommerfest am Dorfteich

Der Heimatverein Oberbach lädt zu einem großen Sommerfest ein. Es gibt Musik, Spiele und Kuchen.

Wann: Samstag, 20. Juni 2026, ab 17 Uhr, und Sonntag, 21. Juni 2026, ab 11 Uhr
Wo: Festwiese, Teichweg 3, 54321 Oberbach
"""

_WALK = """NABU-Gruppe Talheim

Talheim, 3. April 2026

Vogelstimmen am Morgen

Die NABU-Gruppe Talheim lädt zu einer Wanderung ein. Die Wanderung ist am Sonntag, 26. April 2026, um 7 Uhr.

Treffpunkt: Parkplatz Waldweg 2, 76543 Talheim
"""


def test_two_day_festival_states_both_days() -> None:
    body = _body(_FEST)
    assert "Samstag, 20. Juni, ab 17 Uhr" in body
    assert "Sonntag, 21. Juni, ab 11 Uhr" in body
    assert "an zwei Tagen:" in body


def test_meeting_point_is_said_as_a_meeting_point() -> None:
    body = _body(_WALK)
    assert "Der Treffpunkt ist: Parkplatz, Waldweg 2 in Talheim." in body
    assert "Die Adresse ist" not in body


# --- titles are cut only where the rest is a detail, never inside a list


def test_a_title_is_not_cut_inside_a_list_and_a_note_is_no_title() -> None:
    found = programme(
        _lines(
            "Sonntag, 7. Juni 2026, 17 Uhr: Konzert mit Chor, Orchester und Solisten",
            "Freitag, 12. Juni 2026, 9 Uhr – offen für alle Jugendlichen, Eltern und Lehrkräfte",
        ),
        date(2026, 5, 1),
    )
    assert found is not None
    # "Konzert mit Chor" would say the list's first item only; "offen für alle Jugendlichen" the same.
    assert found.items == ("Sonntag, 7. Juni, 17 Uhr: Konzert", "Freitag, 12. Juni, 9 Uhr")


# --- the dates of a series told in one sentence


def test_prose_dates_of_a_course_and_of_a_lecture_series() -> None:
    course = prose_dates(
        _lines("Der Erste-Hilfe-Kurs ist am Samstag, 7. März, und am Samstag, 14. März, jeweils von 9 bis 16 Uhr."),
        date(2026, 2, 1),
    )
    assert course is not None
    assert course.intro == "Es gibt zwei Termine:"
    assert course.items == ("Samstag, 7. März, 9 bis 16 Uhr", "Samstag, 14. März, 9 bis 16 Uhr")
    lectures = prose_dates(
        _lines("Die Vorträge sind am 5. März, 19. März und 2. April 2026 im Gemeindehaus."), date(2026, 2, 1)
    )
    assert lectures is not None
    assert lectures.items == ("Donnerstag, 5. März", "Donnerstag, 19. März", "Donnerstag, 2. April")


def test_prose_spans_deadlines_past_days_and_wrong_weekdays_are_no_series() -> None:
    issued = date(2026, 2, 1)
    assert prose_dates(_lines("Der Kurs läuft vom 5. März bis 2. April."), issued) is None
    assert prose_dates(_lines("Anmeldung für den 5. März und den 2. April bei der Kasse."), issued) is None
    assert prose_dates(_lines("Die Treffen am 5. Januar und am 12. Januar waren voll."), issued) is None
    assert prose_dates(_lines("Die Vorträge sind am Mittwoch, 5. März, und am 19. März."), issued) is None


# --- the timed programme of one day


def test_day_programme_of_a_park_festival_and_an_open_day() -> None:
    fest = day_programme(
        _lines(
            "Programm des Sommerfests am Samstag, 4. Juli:",
            "14:00 Uhr – Eröffnung am Pavillon mit der Bürgermeisterin, Musik: Blasorchester",
            "15:00 bis 18:00 Uhr – Kinderprogramm am Spielplatz",
            "16:00 Uhr – Führung durch den Rosengarten ab 17:30 Uhr – Live-Musik mit der Band „Nachtfalter“",
            "Für Kaffee sorgt der Förderverein.",
        )
    )
    assert fest is not None
    assert fest.intro == "Das Programm ist:"
    # The two items the layout ran together are read apart: the list is whole.
    assert fest.items == (
        "14 Uhr: Eröffnung am Pavillon mit der Bürgermeisterin",
        "15 bis 18 Uhr: Kinderprogramm am Spielplatz",
        "16 Uhr: Führung durch den Rosengarten",
        "ab 17:30 Uhr: Live-Musik mit der Band „Nachtfalter“",
    )
    open_day = day_programme(
        _lines(
            "Ablauf des Tages der offenen Tür:",
            "10 Uhr: Begrüßung im Foyer",
            "11 Uhr: Laborführung",
            "12 Uhr: Vortrag „Studieren mit Kind“",
        )
    )
    assert open_day is not None
    assert open_day.items[2] == "12 Uhr: Vortrag „Studieren mit Kind“"


def test_a_day_programme_needs_its_intro_and_three_whole_items() -> None:
    assert day_programme(_lines("Programm:", "10 Uhr – Beginn", "16 Uhr – Ende")) is None
    assert day_programme(_lines("Wir freuen uns auf Sie.", "10 Uhr – A", "11 Uhr – B", "12 Uhr – C")) is None


def test_a_sentence_after_a_list_of_bare_dates_is_no_title() -> None:
    # A court's hearing days and a choir's rehearsal days: the sentence after the list is about all.
    for after in ("Die Sitzungen beginnen jeweils um 9 Uhr im Saal 2.", "Die Proben sind im Gemeindehaus."):
        found = programme(
            _lines("Dienstag, 12. Mai 2026", "Dienstag, 19. Mai 2026", "Donnerstag, 21. Mai 2026", after),
            date(2026, 4, 20),
        )
        assert found is not None
        assert found.items == ("Dienstag, 12. Mai", "Dienstag, 19. Mai", "Donnerstag, 21. Mai")
        assert found.lines == (0, 1, 2)


def test_a_dated_list_of_what_happened_is_no_programme() -> None:
    # A police weekly report and a club's season review list past days: no "Termine".
    for lines in (
        ("Montag, 2. März 2026: Einbruch in ein Lager", "Mittwoch, 4. März 2026: Diebstahl eines Rads"),
        ("Samstag, 7. März 2026: Sieg gegen Nordheim", "Samstag, 14. März 2026: Niederlage in Südheim"),
    ):
        assert programme(_lines(*lines), date(2026, 3, 20)) is None
