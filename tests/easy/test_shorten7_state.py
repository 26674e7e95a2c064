"""Session 7, issue 16: an agentless passive of injury or damage says the state it left ("ist verletzt")."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.voice import result_state
from tests.easy.support import easy_body


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Der Radfahrer wurde schwer am Kopf verletzt.", "Der Radfahrer ist schwer am Kopf verletzt."),  # police
        ("Zwei Autos wurden beschädigt.", "Zwei Autos sind beschädigt."),
        ("Eine Scheune wurde vollständig zerstört.", "Eine Scheune ist vollständig zerstört."),  # fire brigade
    ],
)
def test_the_state_of_an_injury_or_damage(source: str, expected: str) -> None:
    assert result_state(source) == expected


@pytest.mark.parametrize(
    "kept",
    [
        "Die Scheune wurde durch das Feuer zerstört.",  # an agent: left for voice.active
        "Der Mann wurde von einem Auto erfasst und schwer verletzt.",  # two verbs
        "Am Sonntag wurde ein Mann verletzt.",  # not subject first
        "Die Straße wurde gesperrt.",  # a closure ends: its state may be over
    ],
)
def test_other_passives_are_left_to_the_other_repairs(kept: str) -> None:
    assert result_state(kept) == kept


def test_the_summary_says_the_damage_in_the_state_passive() -> None:
    police = easy_body(
        "Unfall auf der Kreuzung",
        "Am Montag sind in Neudorf zwei Autos auf einer Kreuzung zusammengestoßen.",
        "Zwei Autos wurden beschädigt.",
        organisation="Polizei Neudorf",
    )
    assert "Zwei Autos sind beschädigt." in police, police
    fire = easy_body(
        "Brand in einer Scheune",
        "In der Nacht hat in Bergdorf eine Scheune gebrannt.",
        "Eine Scheune wurde vollständig zerstört.",
        organisation="Feuerwehr Bergdorf",
    )
    assert "Eine Scheune ist vollständig zerstört." in fire, fire
