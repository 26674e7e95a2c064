"""One place of a list of places is never said as the incidents' place (happenings.clause_place)."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.happenings import clause_place


def _place(sentence: str) -> str | None:
    tokens = morph.tag(sentence)
    return clause_place(tokens, 0, len(tokens))


@pytest.mark.parametrize(
    "sentence",
    [
        # A county police report and a city police report: two places joined, one of them alone
        # would say that every burglary was there (the judged blind set showed this wrong statement).
        "In der Nacht zum Dienstag ist es in Altdorf-Süd sowie im Ortsteil Birkhain zu sechs Einbrüchen gekommen.",
        "Seit Anfang März ist es in Altdorf-Süd, aber auch im Ortsteil Birkhain zu sechs Einbrüchen gekommen.",
        "Am Montag ist es im Ortsteil Birkhain und in Altdorf zu zwei Unfällen gekommen.",
    ],
)
def test_a_place_of_a_list_of_places_is_not_said_alone(sentence: str) -> None:
    place = _place(sentence)
    assert place is None or ("Altdorf" in place and "Birkhain" in place)


def test_a_single_place_is_still_said() -> None:
    assert _place("In der Nacht zum Dienstag ist es im Ortsteil Birkhain zu sechs Einbrüchen gekommen.") == (
        "im Ortsteil Birkhain"
    )
    assert _place("Am Montag ist es in Neudorf zu einem Unfall gekommen.") == "in Neudorf"
