"""Classes of wrong statements a blind judgement found on unseen senders (judge17h), as general rules."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.appeals import found_again
from pressconv.transforms.easy.facts import _injured


@pytest.mark.parametrize(
    "body",
    [
        # A state police's missing senior, a city police's missing child: found in any state, or the search ended.
        ["Der seit Montag vermisste 80-jährige Mann ist am Dienstag unterkühlt, aber ansprechbar aufgefunden worden."],
        ["Die vermisste Zwölfjährige ist am Abend bei einer Freundin angetroffen worden."],
        ["Die Suche ist abgeschlossen."],
    ],
)
def test_a_person_found_ends_the_appeal(body: list[str]) -> None:
    assert found_again(body)


@pytest.mark.parametrize(
    "body",
    [
        ["Der vermisste Mann ist am Dienstag tot aufgefunden worden."],
        ["Die Polizei sucht weiterhin nach dem vermissten Mann."],
    ],
)
def test_found_dead_or_still_sought_is_no_return(body: list[str]) -> None:
    assert not found_again(body)


@pytest.mark.parametrize(
    "body",
    [
        # A fire brigade's storm night and a road accident: residents unhurt, a helper hurt.
        ["Bewohner wurden nicht verletzt; ein Feuerwehrmann zog sich eine leichte Handverletzung zu."],
        ["Die Insassen blieben unverletzt, eine Helferin erlitt jedoch eine Schnittverletzung."],
    ],
)
def test_nobody_hurt_is_never_said_beside_an_injury(body: list[str]) -> None:
    assert _injured(body) != ("Niemand", False)


def test_nobody_hurt_stays_where_nobody_was() -> None:
    assert _injured(["Verletzt wurde niemand."]) == ("Niemand", False)
