"""wrongs19: subject before verb ("Die Polizei nimmt Hinweise entgegen") and the reader addressed
instead of "Interessierte". Invented sentences of a police authority, a town's building office, a
sports club, an adult education centre and a museum.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.wordorder import reader_addressed, subject_first


@pytest.mark.parametrize(
    ("fronted", "plain"),
    [
        (
            "Hinweise nimmt die Polizei·inspektion Musterstadt entgegen.",
            "Die Polizei·inspektion Musterstadt nimmt Hinweise entgegen.",
        ),
        (
            "Fragen zur Baustelle beantwortet das Bau·amt.",
            "Das Bau·amt beantwortet Fragen zur Baustelle.",
        ),
        (
            "Anmeldungen nimmt der Turn·verein bis 3. Mai entgegen.",
            "Der Turn·verein nimmt Anmeldungen bis 3. Mai entgegen.",
        ),
    ],
)
def test_a_fronted_plural_object_moves_behind_the_verb(fronted: str, plain: str) -> None:
    assert subject_first(fronted) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "Kinder begleiten die Eltern.",  # plural verb: either could be the subject
        "Informationen gibt es im Rathaus.",  # existential "es"
        "Auskunft gibt Frau Muster.",  # singular noun: agreement does not decide
        "Die Polizei nimmt Hinweise entgegen.",
    ],
)
def test_unsure_or_plain_order_stays(sentence: str) -> None:
    assert subject_first(sentence) == sentence


@pytest.mark.parametrize(
    ("generic", "addressed"),
    [
        (
            "Interessierte können sich im Museum beraten lassen.",
            "Sie können sich im Museum beraten lassen.",
        ),
        ("Interessenten müssen sich beim Verein anmelden.", "Sie müssen sich beim Verein anmelden."),
        # A full verb may state a duty: "Sie können …" would make it an option (fix19c), so it stays.
        (
            "Interessierte melden sich bei der Volks·hoch·schule an.",
            "Interessierte melden sich bei der Volks·hoch·schule an.",
        ),
        ("Interessenten wenden sich an den Verein.", "Interessenten wenden sich an den Verein."),
    ],
)
def test_interessierte_become_the_reader(generic: str, addressed: str) -> None:
    assert reader_addressed(generic) == addressed


def test_a_second_clause_stays() -> None:
    sentence = "Interessierte wenden sich an die Stadt, die hilft."
    assert reader_addressed(sentence) == sentence
