"""Session 20: a meeting on the release's own day told in the past is reported, not announced
(facts._side_event); a number given for reports is no desk for questions (signup.report_only);
the genitive of a hyphenated compound keeps its number (rewrite._dative_plural); a closure with only
an end is done by then, not closed until then (title_candidates.ends_without_start).
Invented lines of companies, a hospital, clubs, utilities, road authorities and fire brigades."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.details import event_detail
from pressconv.transforms.easy.facts import _side_event
from pressconv.transforms.easy.programme import _entry, programme
from pressconv.transforms.easy.rewrite import rewrite
from pressconv.transforms.easy.signup import appointment_only, for_appointments, for_questions, report_only
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.title_articles import object_article
from pressconv.transforms.easy.title_candidates import clause_variants, counted_phrase
from pressconv.transforms.easy.titles import _passive_state

ISSUED = date(2026, 9, 17)


@pytest.mark.parametrize(
    "sentence",
    [
        # A company told its staff of a decision the same day.
        "Die Geschäftsführung hat die Belegschaft heute auf einer Betriebsversammlung informiert.",
        # A hospital's board told its staff on the release's own day.
        "Der Vorstand informierte die Beschäftigten heute auf einer Mitarbeiterversammlung.",
    ],
)
def test_a_same_day_meeting_told_in_the_past_is_no_event(sentence: str) -> None:
    assert _side_event([sentence], ISSUED) is None


def test_a_same_day_event_announced_in_the_present_stays() -> None:
    found = _side_event(["Der Verein lädt heute um 18 Uhr zu einer Mitgliederversammlung ein."], ISSUED)
    assert found is not None and found[0] == "Mitgliederversammlung"


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        # A company group's turnover: one group, never "den …-Gruppen".
        ("Der Umsatz der Brenner-Gruppe war im Jahr 2025 gesunken.", "Gruppen"),
        # A utility's subsidiary: one company.
        ("Der Chef der Stadtwerke-Tochter ist neu.", "Tochtern"),
    ],
)
def test_a_hyphenated_singular_is_not_made_plural(sentence: str, wrong: str) -> None:
    assert wrong not in rewrite(sentence, None)


def test_a_hyphenated_plural_gets_its_dative_plural() -> None:
    assert "von den Sport-Vereinen" in rewrite("Der Sitz der Sport-Vereine ist neu.", None)


@pytest.mark.parametrize(
    "sentence",
    [
        # A road authority: damaged signs go to the road maintenance depot.
        "Beschädigte Straßenschilder melden Sie bitte der Straßenmeisterei unter Tel. 05121 3344-700.",
        # A waste service: a missed collection is reported by phone.
        "Nicht geleerte Tonnen können unter 07362 9130-250 gemeldet werden.",
    ],
)
def test_a_line_for_reports_is_no_desk_for_questions(sentence: str) -> None:
    number = re.search(r"\d[\d -]{6,}\d", sentence)
    assert number is not None
    assert report_only(number.group(0), [sentence], digits=True)


@pytest.mark.parametrize(
    "sentence",
    [
        # Getting in touch ("sich melden") is what any question does.
        "Wer Fragen hat oder etwas melden möchte, erreicht uns unter 0361 573218-120.",
        "Bitte melden Sie sich unter 0221 445566-0.",
    ],
)
def test_getting_in_touch_is_no_report_line(sentence: str) -> None:
    number = re.search(r"\d[\d -]{6,}\d", sentence)
    assert number is not None
    assert not report_only(number.group(0), [sentence], digits=True)


def test_a_getting_in_touch_sentence_wins_over_its_fragment() -> None:
    # The source is also read as lines cut after "Tel.": the fragment alone has no "sich".
    body = ["Zeugen werden gebeten, sich beim Revier unter Tel. 06261 8840-0 zu melden.", "06261 8840-0 zu melden."]
    assert not report_only("06261 8840-0", body, digits=True)


@pytest.mark.parametrize(
    "headline",
    [
        "Das Werk Südfeld wird bis Ende Juni 2028 geschlossen",  # a company closes a plant for good
        "Die Produktion wird bis Ende 2026 eingestellt",  # a factory stops making something
    ],
)
def test_a_closure_with_only_an_end_is_no_state(headline: str) -> None:
    # "ist bis Ende März geschlossen" would promise a reopening (title20's finding).
    assert not any(" ist " in form for form in clause_variants(headline))
    assert _passive_state(morph.tag(headline)) is None


@pytest.mark.parametrize(
    "headline",
    [
        "Die Hauptstraße wird bis Freitag gesperrt",  # a city's road works: closed until Friday
        "Das Hallenbad wird ab Montag bis Freitag geschlossen",  # a pool's span with its start
    ],
)
def test_a_closure_of_a_span_is_still_said_as_a_state(headline: str) -> None:
    assert any(" ist " in form for form in clause_variants(headline))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A transport company's stop closed for road works (a plural headword of the lexicon).
        ("Die Haltestelle entfällt für die Dauer der Bauarbeiten.", "von den Bauarbeiten"),
        # A fire brigade's report: the start of the extinguishing work.
        ("Der Beginn der Löscharbeiten war um 3 Uhr.", "von den Löscharbeiten"),
        # A feminine singular keeps "von der".
        ("Die Leiterin der Stadtbibliothek ist neu.", "von der Stadtbibliothek"),
    ],
)
def test_an_en_plural_takes_the_plural_dative(sentence: str, expected: str) -> None:
    assert expected in rewrite(sentence, None)


@pytest.mark.parametrize(
    ("title", "source"),
    [
        # A city's road works headline.
        ("Man sperrt Lindenstraße ab 4. Mai voll", "Die Lindenstraße ist voll gesperrt. Die Straße ist alt."),
        # A utility's pipe works headline.
        ("Stadtwerke erneuern Bahnhofstraße", "Die Stadtwerke erneuern die Leitungen in der Bahnhofstraße."),
    ],
)
def test_a_street_name_takes_the_definite_article(title: str, source: str) -> None:
    changed = object_article(title, source)
    assert " die " in changed and " eine " not in changed


@pytest.mark.parametrize(
    "sentence",
    [
        # A fire brigade's open day: the invitation cut to its last zu-infinitive.
        "Groß und Klein sind mit den Einsatzkräften ins Gespräch zu kommen.",
        # A club's annual meeting: the members are to appear (a verb with "sein" in the Perfekt).
        "Alle Mitglieder sind pünktlich zu erscheinen.",
    ],
)
def test_a_verb_without_an_object_makes_no_gerundive(sentence: str) -> None:
    assert "Man muss" not in rewrite(sentence, None)


@pytest.mark.parametrize(
    "headline",
    [
        "125 Jahre Freiwillige Feuerwehr Nordheim",  # a fire brigade's anniversary
        "50 Jahre Musikschule Südstadt",  # a music school's anniversary
    ],
)
def test_a_count_of_years_is_no_tally(headline: str) -> None:
    assert counted_phrase(headline, past=True) is None
    assert counted_phrase(headline, past=False) is None


@pytest.mark.parametrize(
    "headline",
    [
        "Das Werk wird vom Konzern bis Ende 2027 geschlossen",  # a company's plant: "vom" names who closes
        "Der Standort wird bis 2028 stillgelegt",  # a utility's plant shut down for good
    ],
)
def test_an_agent_is_no_start_of_a_span(headline: str) -> None:
    assert not any(" ist " in form for form in clause_variants(headline))
    assert _passive_state(morph.tag(headline)) is None


def test_a_span_from_a_day_is_a_state() -> None:
    assert any(" ist " in form for form in clause_variants("Die Halle wird vom 4. Mai bis 8. Juni geschlossen"))


@pytest.mark.parametrize(
    ("body", "number"),
    [
        # A school office: one school's appointment line beside the office's line for questions.
        (
            [
                "Gesamtschule Nord: nur nach Terminvereinbarung unter Tel. 05821 388-410.",
                "Bei Fragen steht das Schulamt unter Tel. 05821 388-205 zur Verfügung.",
            ],
            "05821 388-410",
        ),
        # A job centre: appointments for young people by a free number.
        (["Termine können unter der Rufnummer 0800 4 1234 00 vereinbart werden."], "0800 4 1234 00"),
    ],
)
def test_an_appointment_line_is_no_desk_for_questions(body: list[str], number: str) -> None:
    assert for_appointments(number, body, digits=True)
    assert not for_questions(number, body, digits=True)


def test_the_line_for_questions_is_found() -> None:
    body = ["Bei Fragen steht das Schulamt unter Tel. 02964 471-212 zur Verfügung."]
    assert for_questions("02964 471-212", body, digits=True)
    assert appointment_only("02964 471-212", body, digits=True) is False


@pytest.mark.parametrize(
    "sentence",
    [
        "Treffpunkt ist die Eingangshalle von Haus C.",  # a hospital's tour of a new ward
        "Treffpunkt ist der Parkplatz am Waldrand.",  # a nature society's walk
    ],
)
def test_a_meeting_point_is_a_detail_of_its_event(sentence: str) -> None:
    # Said only with the event it belongs to (details.orphan_detail); alone it reads as a place for everyone.
    assert event_detail(sentence)


@pytest.mark.parametrize(
    "lines",
    [
        # A theatre: the further performances after the premiere named in the lead.
        ["Die weiteren Vorstellungen:", "Fr. 27.03.2026, 19:30 Uhr", "So. 29.03.2026, 16:00 Uhr"],
        # A choir: the further concerts of a tour.
        ["Die weiteren Konzerte der Tournee:", "Sa. 02.05.2026, 18:00 Uhr", "So. 10.05.2026, 17:00 Uhr"],
    ],
)
def test_further_dates_are_said_as_further(lines: list[str]) -> None:
    found = programme([SourceSentence(text=line) for line in lines], date(2026, 3, 11))
    assert found is not None and found.intro == "Es gibt zwei weitere Termine:"


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("Fr. 24.04.2026, 10:00 Uhr (Schulvorstellung)", "Schulvorstellung"),  # a theatre's school show
        ("Mi. 06.05.2026, 15:00 Uhr (Familienführung)", "Familienführung"),  # a museum's family tour
    ],
)
def test_a_note_in_brackets_keeps_the_time_and_says_what_the_date_is(line: str, note: str) -> None:
    found = _entry(line, date(2026, 3, 11))
    assert found is not None and found[2] == note and found[1] is not None
