"""Session 21 (compose21): the voice repairs on the one clause behind a date or partitive apposition (clausevoice.py),
and a rescuer's time split composed with the voice repair of its head (compose.py).

Invented sentences of several sender kinds (police, fire brigade, library, waste service); none is
taken from a development file.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.clausevoice import voiced_clause
from pressconv.transforms.easy.compose import Composer, composed
from pressconv.transforms.easy.rescuers import rescues
from tests.easy.support import easy_body, lone_context
from tests.easy.test_compose21_pieces import _passes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # police: a partitive apposition after the count stays at the end
        (
            "Insgesamt wurden 90 Autos angehalten, darunter 12 Lieferwagen.",
            "Insgesamt hat man 90 Autos angehalten, darunter 12 Lieferwagen.",
        ),
        # waste service: "davon" the same way
        (
            "Insgesamt wurden 340 Tonnen Laub abgeholt, davon 80 Tonnen aus Gärten.",
            "Insgesamt hat man 340 Tonnen Laub abgeholt, davon 80 Tonnen aus Gärten.",
        ),
        # fire brigade: the date apposition goes back after its weekday
        (
            "Am Samstag, 9. Mai 2026, wird im Feuerwehrhaus gefeiert.",
            "Am Samstag, 9. Mai 2026, feiert man im Feuerwehrhaus.",
        ),
        # library
        (
            "Am Freitag, 6. März 2026, wird in der Stadtbücherei vorgelesen.",
            "Am Freitag, 6. März 2026, liest man in der Stadtbücherei vor.",
        ),
    ],
)
def test_the_one_clause_is_said_in_the_active(sentence: str, expected: str) -> None:
    found = voiced_clause(lone_context(sentence, rewritten=True))
    assert found is not None
    assert found.sentences == (expected,)


@pytest.mark.parametrize(
    "sentence",
    [
        # police: "davon waren …" is a clause of its own, not an apposition
        "Insgesamt wurden 90 Autos angehalten, davon waren 12 Lieferwagen.",
        # police: "einbrechen" takes "sein" in the Perfekt; "hat man eingebrochen" would be wrong
        "Am Dienstag, 24. Februar 2026, wurde in der Innenstadt eingebrochen.",
        # no apposition at all: the rewrite has read the sentence already
        "Die Stadt baut eine neue Kita.",
    ],
)
def test_no_sure_repair_refuses(sentence: str) -> None:
    assert voiced_clause(lone_context(sentence, rewritten=True)) is None


def test_a_split_head_gets_the_voice_repair() -> None:
    # police: the time goes apart (timeout.py), then the injured are said as a state (harmstate.py)
    context = lone_context(
        "Am Montag, 2. März 2026, wurden bei einem Unfall zwei Radfahrer leicht verletzt.", rewritten=True
    )
    offers = [composed(offer, context, Composer(_passes)) for _, offer in rescues(context)]
    found = next(offer for offer in offers if offer is not None)
    assert found.sentences == ("2 Radfahrer sind bei einem Unfall leicht verletzt.", "Das war am Montag, 2. März 2026.")


def test_the_summary_says_the_count_in_the_active() -> None:
    body = easy_body(
        "Laub abgeholt",
        "Die Stadtreinigung hat im Herbst das Laub in allen Straßen abgeholt.",
        "Insgesamt wurden 340 Tonnen Laub abgeholt, davon 80 Tonnen aus Gärten.",
        organisation="Stadtreinigung Talheim",
    )
    assert "Insgesamt hat man 340 Tonnen Laub abgeholt, davon 80 Tonnen aus Gärten." in body
