"""A last cut to 12 words never takes the adjective of a time phrase ("in den kommenden Tagen")."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.clauses import _without_place_adjectives


@pytest.mark.parametrize(
    "sentence",
    [
        # A fire brigade's warning and a city's notice: the adjective says which days are meant.
        "Bitte halten Sie auch in den kommenden Tagen Abstand von der Brandstelle.",
        "Die Bücherei bleibt in den nächsten Wochen am Samstag geschlossen.",
        "Die Straße ist am frühen Morgen gesperrt.",
    ],
)
def test_time_phrases_keep_their_adjective(sentence: str) -> None:
    assert _without_place_adjectives(sentence) == sentence


def test_a_describing_adjective_of_a_place_still_goes() -> None:
    assert _without_place_adjectives("Der Unfall war auf der schmalen Landstraße.") == "Der Unfall war auf der Landstraße."
