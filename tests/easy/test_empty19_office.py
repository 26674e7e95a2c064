"""A dated appointment said as "<Name> ist ab <Datum> <Rolle> <Ort>." (takes_office.py), for a university and a hospital."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy.takes_office import office_lines, takes_office
from pressconv.transforms.easy.verify import rule_failures, structure_failures
from tests.easy.support import lone_context


def test_a_university_professorship_in_the_passive_names_the_person_post_date_and_university() -> None:
    lines = office_lines(
        [
            "Die Chemikerin Prof. Dr. Henrike Saalfeld ist zum 1. März 2026 auf die neu eingerichtete "
            "Professur für Katalyseforschung an der Fakultät für Chemie der Hochschule Brandwiese berufen worden."
        ],
        date(2026, 3, 10),
    )
    # The start is before the release date: "seit"; the field's hard words are left out.
    assert lines == ["Henrike Saalfeld ist seit 1. März 2026 Professorin an der Hochschule Brandwiese."]
    assert not rule_failures(lines[0]) and not structure_failures(lines[0])


def test_a_hospital_appointment_in_the_active_keeps_the_senders_role_noun_and_a_later_start() -> None:
    rescue = takes_office(
        lone_context(
            "Das Klinikum Oberweiden hat Dr. Jonas Feldkamp zum 1. April 2026 zum Chefarzt der Klinik "
            "für Kardiologie ernannt."
        )
    )
    assert rescue is not None
    assert rescue.sentences == ("Jonas Feldkamp ist ab 1. April 2026 Chefarzt am Klinikum Oberweiden.",)


def test_a_professor_is_male_only_by_his_profession_noun() -> None:
    rescue = takes_office(
        lone_context(
            "Die Universität Kornhagen hat den Physiker Prof. Dr. Lukas Mertens zum 1. Oktober 2026 "
            "auf die Professur für Optik berufen."
        )
    )
    assert rescue is not None
    assert rescue.sentences == ("Lukas Mertens ist ab 1. Oktober 2026 Professor an der Universität Kornhagen.",)


def test_a_board_is_not_the_place_of_the_post() -> None:
    rescue = takes_office(
        lone_context(
            "Der Aufsichtsrat hat Frau Petra Olsberg zum 1. Juli 2026 zur Geschäftsführerin der Stadtwerke bestellt."
        )
    )
    assert rescue is not None
    assert rescue.sentences == ("Petra Olsberg ist ab 1. Juli 2026 Geschäftsführerin.",)


@pytest.mark.parametrize(
    "sentence",
    [
        # No gender plain in the clause: "Professorin" or "Professor" would be a guess.
        "Die Universität Kornhagen hat Prof. Dr. Kim Mertens zum 1. Oktober 2026 auf die Professur für Optik berufen.",
        # A junior professorship is another post.
        "Die Universität Kornhagen hat Frau Kim Mertens zum 1. Oktober 2026 auf die W1-Professur für Optik berufen.",
        # A declined role noun has another nominative.
        "Das Klinikum Oberweiden hat Herrn Jonas Feldkamp zum 1. April 2026 zum Präsidenten ernannt.",
        # A plan or a hedge is not an appointment; without a full date there is no start to say.
        "Das Klinikum Oberweiden soll Dr. Jonas Feldkamp zum 1. April 2026 zum Chefarzt ernennen.",
        "Das Klinikum Oberweiden hat Dr. Jonas Feldkamp zum Chefarzt der Klinik für Kardiologie ernannt.",
        "Die Universität Kornhagen hat Frau Kim Mertens kommissarisch zum 1. Oktober 2026 zur Dekanin bestellt.",
    ],
)
def test_an_unsure_appointment_is_left_out(sentence: str) -> None:
    assert takes_office(lone_context(sentence)) is None
