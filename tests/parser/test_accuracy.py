"""The parser's accuracy against hand-made gold stays above its floors (``make eval`` prints the figures).

The floors are what issue 14 demands of the parser: ≥ 0.92 overall on the team's annotated
development releases plus the seed, no field but ``place`` below 0.85 there, ≥ 0.95 on our 22
corpus releases, and every convention fixture of our own fully right. They are floors, not the
figures of the day: a change that lowers accuracy below them fails here, one that raises it passes.
"""

from __future__ import annotations

import pytest

from tests.eval.score import FileScore, GoldSet, default_sets, score_set, summary

SETS = {gold.name: gold for gold in default_sets()}
OVERALL_FLOOR = {"annotated+seed": 0.92, "corpus": 0.95, "fixtures": 0.95}
FIELD_FLOOR = 0.85
# The place is often not in the text at all (GOLD.md takes it from the sender then); it is reported,
# not held to the floor.
UNFLOORED_FIELDS = frozenset({"place"})

_scores: dict[str, list[FileScore]] = {}


def _scored(gold: GoldSet) -> list[FileScore]:
    if gold.name not in _scores:
        _scores[gold.name] = score_set(gold)
    return _scores[gold.name]


def test_the_sets_are_there() -> None:
    assert len(SETS["corpus"].pairs) == 22
    assert len(SETS["fixtures"].pairs) >= 24
    for gold_file, text in (*SETS["corpus"].pairs, *SETS["fixtures"].pairs):
        assert text.is_file(), f"{gold_file.name} annotates a text that is missing"


@pytest.mark.parametrize("name", sorted(SETS))
def test_no_release_of_a_set_is_refused(name: str) -> None:
    assert not [entry.name for entry in _scored(SETS[name]) if entry.crashed]


@pytest.mark.parametrize("name", sorted(SETS))
def test_overall_accuracy_is_above_its_floor(name: str) -> None:
    overall, fields = summary(_scored(SETS[name]))
    assert overall >= OVERALL_FLOOR[name], f"{name}: {overall:.3f}; per field {fields}"


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_field_is_above_its_floor(name: str) -> None:
    _, fields = summary(_scored(SETS[name]))
    low = {field: round(value, 3) for field, value in fields.items() if value < FIELD_FLOOR}
    assert not set(low) - UNFLOORED_FIELDS, f"{name}: fields below {FIELD_FLOOR}: {low}"
