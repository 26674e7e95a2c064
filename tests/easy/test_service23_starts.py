"""What begins on which day is said with its own subject, never as an event (invented releases)."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.starts import start_lines
from tests.fixtures.releases import german_release

ISSUED = date(2026, 8, 3)


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        # An adult-education centre's term and a music school's lessons: the clause's own subject.
        (
            "Die Anmeldung ist ab Montag, 3. August 2026, möglich; die ersten Kurse starten am Montag, 31. August 2026.",
            ["Die Anmeldung beginnt am Montag, 3. August 2026.", "Die ersten Kurse starten am Montag, 31. August 2026."],
        ),
        ("Der Unterricht startet am 14. September.", ["Der Unterricht startet am Montag, 14. September 2026."]),
        # A sports club's registration as an announcement label, and a works start of a road authority.
        ("Anmeldung ab Dienstag, 1. September 2026", ["Die Anmeldung beginnt am Dienstag, 1. September 2026."]),
        ("Die Bauarbeiten beginnen am Montag, 24. August 2026.", ["Die Bauarbeiten beginnen am Montag, 24. August 2026."]),
    ],
)  # fmt: skip
def test_a_start_is_said_with_its_subject(sentence: str, said: list[str]) -> None:
    assert [line for line, _ in start_lines([sentence], ISSUED)] == said


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Kurse beginnen voraussichtlich am Montag, 7. September 2026.",  # a hedge: not said as certain
        "Die Kurse beginnen nicht am Montag, 7. September 2026.",  # a negation
        "Die Kurse begannen am Montag, 6. Juli 2026.",  # over: no start ahead
        "Die Kurse beginnen am Montag, 7. September 2026, in der Turnhalle.",  # more than the day
        "Die Kurse beginnen am 7. und 14. September 2026.",  # two days
        "Wenn die Anmeldung ab Montag, 10. August 2026, möglich ist, melden sich viele an.",  # a condition
    ],
)
def test_no_start_when_not_plain(sentence: str) -> None:
    assert start_lines([sentence], ISSUED) == []


@pytest.mark.parametrize(
    ("title", "lead", "organisation"),
    [
        (
            "Neues Kursprogramm der Volkshochschule Lindenbrück",
            "Die Volkshochschule Lindenbrück hat ihr Programm vorgelegt. "
            "Die Anmeldung ist ab Montag, 3. August 2026, möglich; die ersten Kurse starten am Montag, 31. August 2026.",
            "Volkshochschule Lindenbrück",
        ),
        (
            "Musikschule Hagenau startet ins neue Schuljahr",
            "Die Musikschule Hagenau bietet wieder Unterricht für alle Altersgruppen an. "
            "Die Anmeldung ist ab Montag, 3. August 2026, möglich; der Unterricht beginnt am Montag, 31. August 2026.",
            "Musikschule Hagenau",
        ),
    ],
)
def test_a_term_start_is_no_event(title: str, lead: str, organisation: str) -> None:
    release = german_release(title, lead, issued=ISSUED, organisation=organisation)
    text = summary_text(summarise(release).release).replace("·", "")
    assert "Veranstaltung" not in text
    assert "beginn" in text and "31. August 2026" in text
    assert "Die Anmeldung beginnt am Montag, 3. August 2026." in text


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        # The ways to register after the day are left out; the clock time gets a sentence of its own.
        (
            "Anmeldungen sind ab Montag, 17. August 2026, um 9 Uhr im Internet, per Telefon oder vor Ort möglich.",
            ["Die Anmeldung beginnt am Montag, 17. August 2026.", "Die Anmeldung beginnt um 9 Uhr."],
        ),
        (
            "Die Anmeldung ist bereits ab 1. September 2026 in der Geschäftsstelle des Sportvereins möglich.",
            ["Die Anmeldung beginnt am Dienstag, 1. September 2026."],
        ),
    ],
)  # fmt: skip
def test_a_registration_start_with_its_ways(sentence: str, said: list[str]) -> None:
    assert [line for line, _ in start_lines([sentence], ISSUED)] == said


@pytest.mark.parametrize(
    "sentence",
    [
        "Anmeldungen sind ab Montag, 24. August 2026, nur für Mitglieder möglich.",  # a group
        "Anmeldungen sind ab Montag, 24. August 2026, bis Freitag möglich.",  # a deadline beside the start
    ],
)
def test_no_registration_start_with_a_limit(sentence: str) -> None:
    assert start_lines([sentence], ISSUED) == []
