"""Session 26: the lead's kernel keeps its time in a follower, and its subject keeps what narrows it.

Invented sentences in the shapes of several senders' leads (a county, a charity, a club, a city).
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.core import Kernel, _perfect, _time_follower, kernel
from pressconv.transforms.easy.phrases import _kind


def _core(text: str, time: str | None, *, event: str | None = None, past: bool = False) -> Kernel:
    return Kernel(text=text, time=time, place=None, event=event, past=past)


@pytest.mark.parametrize(
    ("time", "follower"),
    [
        ("ab dem 1. Juli 2026", "Das gilt ab dem 1. Juli 2026."),  # a start: the statement holds from then
        ("vom 3. bis 7. Mai 2026", "Das gilt vom 3. bis 7. Mai 2026."),
        ("am 4. Mai 2026", "Das ist am 4. Mai 2026."),  # a day
        ("am 4. Mai ab dem 4. Mai", None),  # two time phrases: no one plain follower
        ("in der kommenden Woche", None),  # no plain form here
    ],
)
def test_a_kernel_without_an_event_noun_says_its_time_in_a_follower(time: str, follower: str | None) -> None:
    assert _time_follower(_core("Der Bus fährt wieder.", time)) == follower


def test_no_follower_where_an_event_noun_says_the_time_or_the_clause_tells_the_past() -> None:
    assert _time_follower(_core("Der Bus fährt wieder.", "am 4. Mai", event="Die Fahrt")) is None
    assert _time_follower(_core("Der Verein hat den Preis bekommen.", "am 4. Mai 2026")) is None
    assert _time_follower(_core("Der Verein erhielt den Preis.", "am 4. Mai 2026")) is None


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("Die Stadt hat höchste Anerkennung bekommen.", True),  # "bekommen" read as an infinitive
        ("Der Verein erhielt den Preis.", True),
        ("Der Bus ist wieder unterwegs.", False),
        ("Familien können den Pass beantragen.", False),
    ],
)
def test_the_past_is_told_by_the_perfekt_or_the_praeteritum(text: str, past: bool) -> None:
    assert _perfect(text) is past


def test_a_date_apposition_closed_by_a_comma_is_one_time_phrase() -> None:
    found = kernel("Der Wetterdienst hat für den Landkreis Nordwald ab Mittwoch, 15. Juli 2026, eine Warnung herausgegeben.")
    assert found is not None and found.time == "ab Mittwoch 15. Juli 2026"
    # Kept inside the clause, the date is set off by both its commas again.
    found = kernel("Am Samstag, 9. Mai 2026, versteigert das Fundbüro 60 Fahrräder.")
    assert found is not None and found.text == "Das Fundbüro versteigert am Samstag, 9. Mai 2026, 60 Fahrräder."


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("in Ebersrode", "place"),  # a town's name read as a common noun
        ("in Kranzbachtal", "place"),
        ("in Kraft", "pp"),  # a fixed phrase of an everyday noun
        ("in Betrieb", "pp"),
    ],
)
def test_a_bare_name_after_in_is_a_place(phrase: str, kind: str) -> None:
    assert _kind(list(morph.tag(phrase))) == kind


def test_a_phrase_that_narrows_a_subject_of_the_mittelfeld_never_goes() -> None:
    from pressconv.transforms.easy.leadcore import build_core

    for lead in (
        "Ab dem 1. Juli 2026 können Familien mit geringem Einkommen in Nordheim den neuen Pass beantragen.",
        "Ab sofort dürfen Kinder unter 6 Jahren im Museum Südhafen kostenlos an Führungen teilnehmen.",
    ):
        built = build_core(lead, date(2026, 6, 15))
        # Refused, or said with the narrowing phrase: never "Familien können … beantragen" for all.
        assert built is None or any("geringem Einkommen" in s or "unter 6 Jahren" in s for s in built), built


@pytest.mark.parametrize(("what", "gender"), [("Sitzung", "die"), ("Versammlung", "die"), ("Empfang", "der")])
def test_an_event_with_no_day_place_or_name_is_not_said_to_exist(what: str, gender: str) -> None:
    from pressconv.transforms.easy.facts import Facts
    from pressconv.transforms.easy.templates import _event

    # A council's session or a club's assembly that only framed a decision: nothing a reader can use.
    assert _event(Facts(kind="event", issued=date(2026, 6, 1), what=what, what_gender=gender)) == []
    # With a place it is an event the reader can go to.
    lines = _event(Facts(kind="event", issued=date(2026, 6, 1), what=what, what_gender=gender, address="Markt 1"))
    assert lines and lines[0].text.startswith("Es gibt")


def test_a_decision_that_falls_on_a_day_is_no_negation() -> None:
    from pressconv.transforms.easy.core import _NEGATED

    assert not _NEGATED.search("Die Entscheidung fällt am 5. Mai.")
    assert _NEGATED.search("Der Kurs fällt am 5. Mai aus.")
    assert _NEGATED.search("Die Sprechstunde findet nicht statt.")
