"""An inchoative light verb with a time of its own stays as it is ("hat noch in der Nacht … aufgenommen")."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.lightverbs import plain_light_verbs


@pytest.mark.parametrize(
    "sentence",
    [
        # A fire report and a police report: the time dates the start of the inquiry.
        "Die Kriminalpolizei hat noch in der Nacht die Ermittlungen aufgenommen.",
        "Am Montag hat die Staatsanwaltschaft die Ermittlungen aufgenommen.",
    ],
)
def test_a_dated_beginning_is_not_made_an_ongoing_state(sentence: str) -> None:
    assert plain_light_verbs(sentence) == sentence


def test_an_undated_beginning_still_becomes_the_plain_verb() -> None:
    assert plain_light_verbs("Die Polizei hat die Ermittlungen aufgenommen.") == "Die Polizei ermittelt."
