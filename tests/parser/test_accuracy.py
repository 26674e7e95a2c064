"""The parser's accuracy against hand-made gold stays above its floors (``make eval`` prints the figures).

The floors hold the parser where issue 14 put it: ≥ 0.95 overall on the team's annotated development
releases plus the seed (the issue asks ≥ 0.92) with no field but ``place`` below 0.85, and ≥ 0.95 on
our convention fixtures. Our 22 corpus releases are held at 0.95 overall (the issue's floor) with
fields at 0.70: their gold counts list items and quotation paragraphs as paragraphs, which the scorer
(like the team's gold-score) does not (README, "Parser accuracy"). The place, inferred from the
towns a release is about and the sender's seat when there is no dateline, is held like any field.
They are floors, not the figures of the day: a change that lowers accuracy below them fails here.
"""

from __future__ import annotations

import pytest

from tests.eval.score import FileScore, GoldSet, default_sets, score_set, summary

SETS = {gold.name: gold for gold in default_sets()}
OVERALL_FLOOR = {"annotated+seed": 0.95, "corpus": 0.95, "fixtures": 0.95}
FIELD_FLOOR = {"annotated+seed": 0.85, "corpus": 0.70, "fixtures": 0.85}
# Fields reported but not held to the floor: none since the place is inferred (session 5).
UNFLOORED_FIELDS: frozenset[str] = frozenset()

_scores: dict[str, list[FileScore]] = {}


def _scored(gold: GoldSet) -> list[FileScore]:
    if gold.name not in _scores:
        _scores[gold.name] = score_set(gold)
    return _scores[gold.name]


def test_the_sets_are_there() -> None:
    assert len(SETS["annotated+seed"].pairs) == 31
    assert len(SETS["corpus"].pairs) == 22
    assert len(SETS["fixtures"].pairs) >= 40
    for gold_file, text in (pair for gold in SETS.values() for pair in gold.pairs):
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
    low = {field: round(value, 3) for field, value in fields.items() if value < FIELD_FLOOR[name]}
    assert not set(low) - UNFLOORED_FIELDS, f"{name}: fields below {FIELD_FLOOR[name]}: {low}"
