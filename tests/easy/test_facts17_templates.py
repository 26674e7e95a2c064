"""Fact templates of session 17: a closure's period and detour, a new head of an office, a decision, a missing child's day.

Each convention is exercised by invented releases of at least two different kinds of sender, and
by the near misses that must stay silent (omission over error, DESIGN §6).
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.api import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.closures import closure_lines
from pressconv.transforms.easy.decisions import decision_line
from pressconv.transforms.easy.leadership import leadership, start_line
from pressconv.transforms.easy.verify import rule_failures

_ISSUED = date(2027, 3, 10)


def _summary(text: str) -> str:
    return summary_text(summarise(parse(text.encode()).release).release)


# --- closures.py -----------------------------------------------------------------------------------

# A county's road works notice and a city's bridge notice: two senders, one convention.
_COUNTY_ROAD = (
    ["Landesstraße L 512 zwischen Kirchdorf und Talheim wird ab 12. April voll gesperrt"],
    [
        "Der Landkreis erneuert die Fahrbahn.",
        "Die Sperrung soll nach derzeitiger Planung bis zum Freitag, 21. Mai 2027, andauern.",
        "Der Verkehr wird über die Bundesstraße B 12 und die Kreisstraße K 7 umgeleitet.",
    ],
)
_CITY_BRIDGE = (
    ["Neues aus dem Rathaus"],
    ["Die Mühlenbrücke ist vom 3. Mai bis zum 14. Mai 2027 gesperrt.", "Die Stadt repariert das Geländer."],
)


def test_a_road_closure_says_what_from_when_where_until_when_and_the_detour() -> None:
    lines, days = closure_lines(*_COUNTY_ROAD, _ISSUED)
    assert lines == [
        "Die Landesstraße L 512 ist ab Montag, 12. April 2027, voll gesperrt.",
        "Die Sperrung ist zwischen Kirchdorf und Talheim.",
        # "soll … nach derzeitiger Planung": the end stays a plan.
        "Die Sperrung soll bis Freitag, 21. Mai 2027, dauern.",
        # Nine words of roads: the road nouns go, the road numbers name the roads.
        "Die Umleitung führt über die B 12 und die K 7.",
    ]
    assert days == [date(2027, 4, 12), date(2027, 5, 21)]
    assert all(not rule_failures(line) for line in lines)


def test_a_bridge_closure_with_its_span_in_one_clause() -> None:
    lines, _ = closure_lines(*_CITY_BRIDGE, _ISSUED)
    assert lines == [
        "Die Mühlenbrücke ist ab Montag, 3. Mai 2027, gesperrt.",
        "Die Sperrung dauert bis Freitag, 14. Mai 2027.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Mühlenbrücke ist ab 3. Mai nicht gesperrt.",  # negation
        "Die Mühlenbrücke wird falls nötig ab 3. Mai gesperrt.",  # condition
        "Die Mühlenbrücke ist am 3. Mai gesperrt.",  # one day, no period this module states
        "Die Mühlenbrücke ist ab 3. Mai gesperrt, weil das Geländer bricht.",  # a clause after the verb
        "Er ist ab 3. Mai gesperrt.",  # a pronoun: no noun phrase to name
    ],
)
def test_an_unsure_or_unnamed_closure_is_left_out(sentence: str) -> None:
    assert closure_lines([], [sentence], _ISSUED) == ([], [])


def test_a_partial_closure_never_reads_as_a_full_one() -> None:
    lines, _ = closure_lines([], ["Die Hauptstraße ist ab 3. Mai halbseitig gesperrt."], _ISSUED)
    assert lines == ["Die Hauptstraße ist ab Montag, 3. Mai 2027, halbseitig gesperrt."]


def test_a_closure_in_a_whole_release() -> None:
    release = """Landkreis Beispielheim – Pressestelle

Kreisstraße K 40 zwischen Altdorf und Neudorf wird ab 12. April voll gesperrt

Beispielheim, 10. März 2027 – Der Landkreis erneuert die Fahrbahn der Kreisstraße. \
Die Sperrung soll bis Freitag, 21. Mai 2027, andauern.
"""
    summary = _summary(release)
    assert "Die Kreis·straße K 40 ist ab Montag, 12. April 2027, voll gesperrt." in summary
    assert "Die Sperrung soll bis Freitag, 21. Mai 2027, dauern." in summary


# --- leadership.py ---------------------------------------------------------------------------------


def test_an_acting_head_of_an_office_keeps_kommissarisch() -> None:
    found = leadership(
        ["Dr. Erika Muster übernimmt kommissarisch die Leitung des Landesamtes für Statistik"],
        ["Das Ministerium hat Frau Dr. Erika Muster mit Wirkung vom 1. April 2027 beauftragt."],
        _ISSUED,
    )
    assert found is not None
    assert found.line == "Erika Muster leitet kommissarisch das Landesamt für Statistik."
    assert found.day == date(2027, 4, 1)
    assert start_line(found.day, _ISSUED) == "Die neue Aufgabe beginnt am Donnerstag, 1. April 2027."


def test_a_club_or_school_head_with_the_day_in_the_headline() -> None:
    found = leadership(["Anna Beispiel übernimmt zum 1. August die Leitung der Stadtbibliothek"], [], _ISSUED)
    assert found is not None
    assert found.line == "Anna Beispiel leitet die Stadtbibliothek."
    assert found.day == date(2027, 8, 1)
    assert start_line(date(2027, 3, 1), _ISSUED) == "Die neue Aufgabe hat am Montag, 1. März 2027, begonnen."


@pytest.mark.parametrize(
    "headline",
    [
        "Anna Beispiel übernimmt nicht die Leitung der Stadtbibliothek",  # negation
        "Anna Beispiel übernimmt vorerst nur die Leitung der Stadtbibliothek",  # words the template would drop
        "Anna Beispiel übernimmt die Leitung des Kreisverbandes der Partei",  # a genitive inside the name
        "Anna Beispiel übernimmt die Leitung des Projektes Zukunft",  # a name after the noun
    ],
)
def test_an_unsure_leadership_is_left_out(headline: str) -> None:
    assert leadership([headline], [], _ISSUED) is None


# --- decisions.py ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "line"),
    [
        (
            "Stadtrat beschließt neue Gebührenordnung – Parken wird teurer",
            "Der Stadtrat hat eine neue Gebührenordnung beschlossen.",
        ),
        ("Kreistag beschließt neuen Haushalt", "Der Kreistag hat einen neuen Haushalt beschlossen."),
        ("Vereinsvorstand beschließt neues Leitbild", "Der Vereinsvorstand hat ein neues Leitbild beschlossen."),
    ],
)
def test_a_decision_headline_in_the_perfekt_with_its_articles(headline: str, line: str) -> None:
    assert decision_line([headline]) == line


@pytest.mark.parametrize(
    "headline",
    [
        "Stadtrat beschließt neue Regeln",  # "neue" before a plural: no singular article
        "Stadtrat beschließt nicht neue Gebührenordnung",  # negation
        "Bürgermeister beschließt neue Gebührenordnung",  # one person, not a deciding body
        "Stadtrat soll neue Gebührenordnung beschließen",  # a plan
    ],
)
def test_an_unsure_decision_is_left_out(headline: str) -> None:
    assert decision_line([headline]) is None


# --- facts._missing, _missing_since ----------------------------------------------------------------

_MISSING_CHILD = """Polizeiinspektion Musterfeld

Vermisst: Junge aus Musterfeld

Musterfeld, 10. März 2027 – Seit Dienstag, 9. März 2027, wird der elfjährige Tim K. aus Musterfeld vermisst. \
Hinweise nimmt die Polizei unter Tel. 01234 5678-0 entgegen.
"""
_MISSING_WOMAN = """Kriminalpolizei Beispielstadt

Öffentlichkeitsfahndung

Beispielstadt, 10. März 2027 – Die Polizei sucht die 16-jährige Jana S. aus Beispielstadt. \
Seit Montag, 8. März, wird die 16-jährige Jana S. vermisst. Wer hat Jana S. gesehen?
"""


@pytest.mark.parametrize(
    ("text", "name", "age", "since"),
    [
        (_MISSING_CHILD, "Tim K.", "11", "seit Dienstag, 9. März 2027, weg."),
        (_MISSING_WOMAN, "Jana S.", "16", "seit Montag, 8. März 2027, weg."),
    ],
)
def test_a_missing_person_with_age_in_words_or_digits_and_the_day(text: str, name: str, age: str, since: str) -> None:
    summary = _summary(text)
    assert f"{name} ist {age} Jahre alt." in summary, summary
    assert f"{name} ist {since}" in summary, summary


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Mühlenbrücke ist ab 3. Mai nachts gesperrt.",  # only at night: the template cannot keep it
        "Die Mühlenbrücke ist voraussichtlich ab 3. Mai gesperrt.",  # a hedged start
    ],
)
def test_a_narrowed_or_hedged_closure_is_left_out(sentence: str) -> None:
    assert closure_lines([], [sentence], _ISSUED) == ([], [])


def test_leadership_taken_over_from_someone_is_not_their_office() -> None:
    # "die Leitung des Amtes von Max Muster": from him, or his office? Left out.
    assert leadership(["Anna Beispiel übernimmt die Leitung des Gymnasiums von Max Muster"], [], _ISSUED) is None


# --- facts._PREP_STREET ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("place", "address"),
    [
        ("Stadtbücherei Musterstadt, Lesesaal im 2. OG, Am Alten Kornspeicher 6", "Am Alten Kornspeicher 6"),
        ("Gemeindehaus, An der Kirche 2, 12345 Musterdorf", "Gemeindehaus, An der Kirche 2 in Musterdorf"),
        ("Sportplatz, Im Wiesengrund 7", "Sportplatz, Im Wiesengrund 7"),
    ],
)
def test_a_labelled_street_named_with_a_preposition_is_the_address(place: str, address: str) -> None:
    from pressconv.transforms.easy.facts import _address

    assert _address(place, labelled=True) == address


@pytest.mark.parametrize("place", ["Am Samstag 14 Uhr", "Im Jahr 2026", "Im Raum 12", "Am Abend 8"])
def test_a_time_or_a_room_is_no_street(place: str) -> None:
    from pressconv.transforms.easy.facts import _address

    assert _address(place, labelled=True) is None
    assert _address(f"Wir treffen uns {place}.") is None  # outside a labelled place never


def test_a_closure_headline_with_a_second_part_after_a_dash() -> None:
    lines, _ = closure_lines(["Mühlenbrücke wird ab 3. Mai gesperrt – Umleitung über die Ringstraße"], [], _ISSUED)
    assert lines == ["Die Mühlenbrücke ist ab Montag, 3. Mai 2027, gesperrt."]


def test_a_role_noun_before_the_verb_is_no_name() -> None:
    assert leadership(["Neue Leiterin übernimmt die Leitung der Stadtbibliothek"], [], _ISSUED) is None
