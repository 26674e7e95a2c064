"""An appointment with its office's place said in two sentences (appointed.py), for two kinds of sender."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.appointed import appointed
from pressconv.transforms.easy.verify import rule_failures, structure_failures
from tests.easy.support import lone_context


def test_a_cabinet_appointment_drops_its_meeting_and_says_the_ministry_apart() -> None:
    rescue = appointed(
        lone_context(
            "Die Landesregierung hat in ihrer Sitzung am Dienstag Frau Marta Lindqvist zur Staatssekretärin "
            "im Ministerium für Umwelt, Klima und Energie ernannt."
        )
    )
    assert rescue is not None
    assert rescue.sentences == (
        "Die Landesregierung hat Frau Marta Lindqvist zur Staatssekretärin ernannt.",
        "Marta Lindqvist ist dann Staatssekretärin im Ministerium für Umwelt, Klima und Energie.",
    )
    assert all(not structure_failures(s) for s in rescue.sentences)


def test_a_club_election_keeps_the_role_noun_and_its_adjective_in_the_first_sentence() -> None:
    rescue = appointed(
        lone_context(
            "Die Mitgliederversammlung hat Herrn Jonas Brede zum neuen Kassenwart beim Turnverein Eichholz gewählt."
        )
    )
    assert rescue is not None
    first, second = rescue.sentences
    assert first == "Die Mitgliederversammlung hat Herrn Jonas Brede zum neuen Kassenwart gewählt."
    # The predicate takes the role noun alone: an inflected "neuen" cannot stand after "ist".
    assert second == "Jonas Brede ist dann Kassenwart beim Turnverein Eichholz."
    # The verifier still decides: a role the lexicon does not know is refused there (rule.unknown-role).
    assert [f.check for f in rule_failures(second)] == ["rule.unknown-role"]


@pytest.mark.parametrize(
    "sentence",
    [
        # A negation, a plan or a hedge is not a plain appointment: left to the other rescuers.
        "Die Landesregierung hat Frau Marta Lindqvist nicht zur Staatssekretärin im Ministerium ernannt.",
        "Der Vorstand soll Herrn Jonas Brede zum Geschäftsführer bei der Stiftung bestellen.",
        # A declined role noun ("zum Vorsitzenden", "zum Präsidenten") has another nominative.
        "Die Mitgliederversammlung hat Herrn Jonas Brede zum Vorsitzenden beim Turnverein Eichholz gewählt.",
        "Der Senat hat Frau Ilse Marr zur Beauftragten für Datenschutz bestellt.",
    ],
)
def test_a_negated_or_planned_appointment_is_not_rescued(sentence: str) -> None:
    assert appointed(lone_context(sentence)) is None
