"""A participle headline said as a state ("Das Besuchsverbot ist aufgehoben") is refused where the body
lifts or starts it on a day ahead ("wird mit Wirkung zum 20. Januar aufgehoben").

Blind judgement (session 27): a hospital's visiting ban was said to be lifted two days before it was.
Invented releases of a hospital and a road authority; a state the body tells as done stays.
"""

from __future__ import annotations

import pytest

from pressconv.api import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.title_check import state_ahead


@pytest.mark.parametrize(
    ("title", "source"),
    [
        ("Das Besuchs·verbot ist aufgehoben", "Das Besuchsverbot wird mit Wirkung zum Montag, 3. Mai 2027, aufgehoben."),
        ("Die Brücke ist gesperrt", "Die Brücke an der Mühle wird ab dem 12. Juni für Autos gesperrt."),
    ],
)
def test_a_state_the_body_starts_ahead_is_not_yet(title: str, source: str) -> None:
    assert state_ahead(title, source)


@pytest.mark.parametrize(
    ("title", "source"),
    [
        ("Die Brücke ist gesperrt", "Die Brücke wurde am Montag gesperrt. Sie bleibt zu."),
        ("Das Besuchs·verbot ist aufgehoben", "Das Besuchsverbot ist seit heute aufgehoben."),
    ],
)
def test_a_state_the_body_tells_as_done_stays(title: str, source: str) -> None:
    assert not state_ahead(title, source)


def test_the_summary_does_not_say_the_ban_is_lifted_before_its_day() -> None:
    release = """Kreisklinik Nordau

Besuchsverbot aufgehoben: Kreisklinik lockert Regeln

Nordau, 1. Mai 2027 – Das Besuchsverbot der Kreisklinik Nordau wird mit Wirkung zum Montag, 3. Mai 2027, aufgehoben.
Besuche sind dann täglich von 14 bis 18 Uhr möglich.
"""
    text = summary_text(summarise(parse(release.encode()).release).release)
    assert "ist aufgehoben" not in text
