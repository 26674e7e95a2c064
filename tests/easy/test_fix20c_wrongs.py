"""Session 20 fixes (fix20c): templates that could state a wrong fact now refuse, each with invented
sentences of at least two sender kinds."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.estimates import estimate_state
from pressconv.transforms.easy.harmstate import harm_state
from pressconv.transforms.easy.plandone import planned_done
from pressconv.transforms.easy.storeys import storeys
from pressconv.transforms.easy.title_articles import object_article
from pressconv.transforms.easy.title_detail import expected_clause, role_aside


@pytest.mark.parametrize(
    "source",
    [
        "Die Förderung soll Ende 2029 beendet werden.",  # foundation: ended is stopped, not finished
        "Der Linienverkehr soll im Mai beendet werden.",  # transport company
        "Der Vertrag soll zum Jahresende abgeschlossen werden.",  # club: a contract is signed
        "Die Wohnung soll nachts abgeschlossen werden.",  # housing company: locking
        "Die Versicherung soll im Herbst abgeschlossen werden.",  # insurer: a policy is taken out
        "Die Einrichtung soll im Winter abgeschlossen werden.",  # care home: a building is locked
    ],
)
def test_ending_locking_or_signing_is_never_fertig(source: str) -> None:
    assert planned_done(source) == source


@pytest.mark.parametrize(
    ("source", "state"),
    [
        # school board and utility: work that is finished
        (
            "Die Renovierung soll bis zu den Sommerferien abgeschlossen werden.",
            "Die Renovierung soll bis zu den Sommerferien fertig sein.",
        ),
        ("Die Bauarbeiten sollen im Oktober abgeschlossen werden.", "Die Bauarbeiten sollen im Oktober fertig sein."),
    ],
)
def test_finished_work_is_still_fertig(source: str, state: str) -> None:
    assert planned_done(source) == state


@pytest.mark.parametrize(
    "source",
    [
        "Vor drei Jahren wurde das Gebäude zerstört.",  # museum's history
        "Im vergangenen Jahr wurden zwölf Helfer verletzt.",  # aid organisation's annual report
        "Damals wurde die Brücke schwer beschädigt.",  # council's chronicle
        "In der Nacht wurde ein Auto beschädigt.",  # police
        "Seit Januar wurden vier Bänke zerstört.",  # parks department
        "Zerstört wurde das Haus eines Nachbarn.",  # fire service: a genitive is no subject
        "Verletzt wurde dabei der Fahrer eines Autos.",  # police
        "Beschädigt wurde das Dach einer Scheune.",  # storm report
    ],
)
def test_past_or_genitive_harm_stays_passive(source: str) -> None:
    assert harm_state(source) == source


@pytest.mark.parametrize(
    "source",
    [
        "Es brannte in einem 2,5-geschossigen Haus.",  # fire service: half storeys are no count
        "Die Schule plant einen 1,5-geschossigen Anbau.",  # school board
    ],
)
def test_decimal_storeys_stay(source: str) -> None:
    assert storeys(source) == source


def test_whole_storeys_still_counted() -> None:
    # A school board and a sports club.
    assert storeys("Die Schule plant einen 3-geschossigen Neubau.") == "Die Schule plant einen Neubau mit 3 Stock·werken."
    assert (
        storeys("Der Verein baut ein zweigeschossiges Vereinsheim.") == "Der Verein baut ein Vereinsheim mit 2 Stock·werken."
    )


@pytest.mark.parametrize(
    "source",
    [
        "Der Unbekannte wird auf Mitte 40 geschätzt.",  # police: an age
        "Der Täter wird auf etwa 1,80 Meter geschätzt.",  # police: a height
        "Die Vermisste wird auf 60 Kilogramm geschätzt.",  # search appeal: a weight
        "Nach ersten Schätzungen wird der Schaden auf 800 Euro beziffert.",  # subject after the verb: unsure
    ],
)
def test_person_estimates_refused(source: str) -> None:
    assert estimate_state(source) == source


def test_a_hedge_anywhere_in_the_figure_is_kept_without_etwa() -> None:
    # Insurer and fire service.
    assert (
        estimate_state("Der Schaden wird auf weit über 1 Million Euro geschätzt.")
        == "Der Schaden ist weit über 1 Million Euro."
    )
    assert estimate_state("Der Sachschaden an der Scheune wird auf 5000 Euro geschätzt.") == (
        "Der Sachschaden an der Scheune ist etwa 5000 Euro."
    )


def _tags(text: str) -> list[tuple[str, str, str]]:
    return [(t.word, t.pos, t.lemma or "") for t in morph.tag(text)]


@pytest.mark.parametrize(
    "part",
    [
        "Das Publikum erwartet",  # theatre: "erwartet" may be finite, the audience the subject
        "Was Besucher am Wochenende erwartet",  # town festival: a question clause
        "Großer Andrang erwartet",  # museum: the accusative needs "großen"
        "In Musterdorf großer Andrang erwartet",  # market: after the place name, the same
        "Ein Ansturm erwartet",  # swimming pool
    ],
)
def test_expected_clause_refuses_a_subject_it_would_turn_into_an_object(part: str) -> None:
    assert expected_clause(part, _tags(part)) is None


def test_expected_clause_keeps_case_free_parts() -> None:
    # Weather service and adult school.
    part = "Schönes Wetter erwartet"
    assert expected_clause(part, _tags(part)) == "Man erwartet schönes Wetter"
    part = "Bis zu 80 Gäste erwartet"
    assert expected_clause(part, _tags(part)) == "Man erwartet bis zu 80 Gäste"


def test_a_comparative_is_no_role_line() -> None:
    # Museum and swimming pool: a comparative ends like an agent noun but names no role.
    assert not role_aside("Der Eintritt ist günstiger", "Museum öffnet neuen Saal")
    assert not role_aside("Der Weg ist kürzer", "Freibad öffnet zweiten Eingang")
    assert role_aside("Lea Probe ist Geschäftsführerin", "Freibad öffnet zweiten Eingang")


def test_a_quoted_name_keeps_the_same_plural_guard() -> None:
    # A festival club and a reading project: "Helfer", "Paten" may be several.
    assert object_article("Der Verein sucht Helfer „Team Fest“", "") == "Der Verein sucht Helfer „Team Fest“"
    assert object_article("Die Schule sucht Paten „Lesestart“", "") == "Die Schule sucht Paten „Lesestart“"
