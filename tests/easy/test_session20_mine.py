"""Session 20: a meeting on the release's own day told in the past is reported, not announced
(facts._side_event); the genitive of a hyphenated compound keeps its number (rewrite._dative_plural).
Invented lines of a company, a hospital, a club and a utility."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy.facts import _side_event
from pressconv.transforms.easy.rewrite import rewrite

ISSUED = date(2026, 5, 28)


@pytest.mark.parametrize(
    "sentence",
    [
        # A company told its staff of a decision the same day.
        "Die Geschäftsführung hat die Belegschaft heute auf einer Betriebsversammlung informiert.",
        # A hospital's board told its staff on the release's own day.
        "Der Vorstand informierte die Beschäftigten heute auf einer Mitarbeiterversammlung.",
    ],
)
def test_a_same_day_meeting_told_in_the_past_is_no_event(sentence: str) -> None:
    assert _side_event([sentence], ISSUED) is None


def test_a_same_day_event_announced_in_the_present_stays() -> None:
    found = _side_event(["Der Verein lädt heute um 18 Uhr zu einer Mitgliederversammlung ein."], ISSUED)
    assert found is not None and found[0] == "Mitgliederversammlung"


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        # A company group's turnover: one group, never "den …-Gruppen".
        ("Der Umsatz der Hesselmann-Gruppe war im Jahr 2025 gesunken.", "Gruppen"),
        # A utility's subsidiary: one company.
        ("Der Chef der Stadtwerke-Tochter ist neu.", "Töchtern"),
    ],
)
def test_a_hyphenated_singular_is_not_made_plural(sentence: str, wrong: str) -> None:
    assert wrong not in rewrite(sentence, None)


def test_a_hyphenated_plural_gets_its_dative_plural() -> None:
    assert "von den Sport-Vereinen" in rewrite("Der Sitz der Sport-Vereine ist neu.", None)
