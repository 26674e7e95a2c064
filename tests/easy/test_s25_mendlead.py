"""Review mends of the lead core's list of days (leadcore._dated): negated or cancelled clauses, a second
"am", an action noun's object, one shape of clock times in a range.

Invented leads of several sender kinds (a town hall, a library, a waste office, a sports club, a school).
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy.dates import normalise_dates
from pressconv.transforms.easy.leadcore import build_core

ISSUED = date(2026, 3, 5)


def _core(text: str) -> tuple[str, ...] | None:
    return build_core(normalise_dates(text, ISSUED, "de"), ISSUED, text)


@pytest.mark.parametrize(
    "lead",
    [
        # a town hall: a consultation that does not take place on two days
        "Die Beratung des Bürgermeisters für Gäste aus allen Dörfern findet am Montag, 20. April 2026,"
        " und Dienstag, 21. April 2026, jeweils von 9.00 bis 11.30 Uhr nicht statt.",
        # a library: a reading hour that is called off
        "Die Vorlesestunde der Bücherei fällt am Freitag, 13. März, und am Samstag, 14. März, aus.",
        # a sports club: no training on two days
        "Das Training der Jugend findet am Montag, 2. März, und am Mittwoch, 4. März, nicht in der Halle statt.",
    ],
)
def test_negated_or_cancelled_days_are_never_said_as_event_days(lead: str) -> None:
    found = _core(lead)
    assert found is None or not any(s.startswith("Das ist") for s in found)


def test_days_still_said_for_a_plain_event_with_a_second_am() -> None:
    # The docstring's shape: "am A, und am B, jeweils von … bis … Uhr statt" (a library).
    found = _core(
        "Die Lesenacht findet am Donnerstag, 16. April, und am Freitag, 17. April, jeweils von 18 bis 21 Uhr statt."
    )
    assert found == (
        "Die Lesenacht findet statt.",
        "Das ist am Donnerstag, 16. April.",
        "Das ist auch am Freitag, 17. April.",
        "Das ist jeweils von 18 bis 21 Uhr.",
    )


def test_days_with_a_second_am_and_a_place_second_sender() -> None:
    # A sports club: the place stays with the clause, each day its own sentence.
    found = _core("Der Flohmarkt findet am Samstag, 4. Juli, und am Sonntag, 5. Juli, auf dem Sportplatz statt.")
    assert found is not None
    assert found[0] == "Der Flohmarkt findet auf dem Sportplatz statt."
    assert "Das ist auch am Sonntag, 5. Juli." in found


def test_a_time_list_joined_to_a_place_is_refused() -> None:
    found = _core("Der Flohmarkt findet am Samstag, 4. Juli, und in der Halle am Sonntag statt.")
    assert found is None or not any("Das ist auch" in s for s in found)


@pytest.mark.parametrize(
    ("lead", "object_word"),
    [
        # a waste office: what is handed out
        (
            "Die Ausgabe der Biotonnen für die Haushalte in allen Dörfern ist am Montag, 20. April, und Freitag,"
            " 24. April, jeweils von 14 bis 17 Uhr nur im Bauhof möglich.",
            "Biotonnen",
        ),
        # a school office: what is repaired
        ("Die Sanierung der Turnhalle von der Grundschule in Adorf dauert noch bis zum Sommer.", "Turnhalle"),
    ],
)
def test_an_action_noun_keeps_its_object(lead: str, object_word: str) -> None:
    found = _core(lead)
    assert found is None or all(object_word in s for s in found if s.startswith("Die "))


def test_an_owner_still_goes_after_a_plain_noun() -> None:
    # A club's bus: the owner is no object, the head still says what it is (positive case).
    found = _core(
        "Der Bücherbus vom Förderverein hält am Montag, 2. März, und Dienstag, 3. März,"
        " jeweils von 9 bis 12 Uhr an der Schule."
    )
    assert found is not None
    assert found[0].startswith("Der Bücherbus")
    assert "Das ist auch am Dienstag, 3. März." in found


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("von 14.00 bis 17.30 Uhr", "von 14 bis 17:30 Uhr"),
        ("zwischen 9.15 und 11.00 Uhr", "zwischen 9:15 und 11 Uhr"),
    ],
)
def test_a_range_of_clock_times_in_one_shape(written: str, said: str) -> None:
    assert said in normalise_dates(f"Geöffnet ist {written}.", ISSUED, "de")


@pytest.mark.parametrize(
    "lead",
    [
        # A bank and a club: a spelled number before a noun counts that noun, no name's number.
        "Am Montag hat die Bank in der Stadt zwei Filialen geschlossen.",
        "Am Montag hat der Verein in der Halle drei neue Geräte aufgestellt.",
    ],
)
def test_a_count_after_a_place_is_never_read_as_its_name(lead: str) -> None:
    found = build_core(lead, ISSUED, lead)
    assert found is not None
    assert not any(s.split()[-3] in ("zwei", "drei") and " hat " in s and "Filialen" not in s for s in found)
    assert any(" zwei Filialen " in s or " drei neue Geräte " in s for s in found)


@pytest.mark.parametrize(
    "lead",
    [
        # A pool and a zoo: "am Wochenende" says when, it never picks out which pool or zoo.
        "Wegen des Regens bleibt das Freibad Adorf am Wochenende geschlossen.",
        "Wegen des Sturms bleibt der Tierpark Bedorf am Wochenende geschlossen.",
    ],
)
def test_a_day_part_after_the_subject_is_no_attribute(lead: str) -> None:
    found = build_core(lead, ISSUED, lead)
    assert found is None or not any(" am Wochenende bleibt" in s for s in found)


def test_a_day_part_after_the_subject_stays_in_the_clause() -> None:
    # A library: the evening said where the source says it (positive case).
    lead = "Wegen des Sturms bleibt die Bücherei in Cedorf am Montagabend geschlossen."
    assert build_core(lead, ISSUED, lead) == ("Die Bücherei in Cedorf bleibt am Montagabend geschlossen.",)


@pytest.mark.parametrize(
    ("lead", "hours"),
    [
        # A health office and a recycling yard: "in der Zeit von … bis … Uhr" is the span alone.
        (
            "Die Impfaktion findet am Montag, 20. April, und Dienstag, 21. April, jeweils in der Zeit von 9 bis 12 Uhr"
            " im Bürgerhaus statt.",
            "Das ist jeweils von 9 bis 12 Uhr.",
        ),
        (
            "Der Wertstoffhof Adorf ist am Samstag, 25. April, und Samstag, 2. Mai, in der Zeit von 8 bis 12 Uhr"
            " für Grünschnitt geöffnet.",
            "Das ist von 8 bis 12 Uhr.",
        ),
    ],
)
def test_an_officialese_span_of_hours_is_said_after_the_days(lead: str, hours: str) -> None:
    found = _core(lead)
    assert found is not None and found[-1] == hours and len(found) == 4
