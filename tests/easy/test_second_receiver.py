"""A donation summary keeps its verified receiver and leaves out money going to a second one.

Invented releases of a sports club and a bakery: both give money from one campaign to two
receivers. The summary names the amount and the receiver it verified; a sentence of "a part of the
proceeds" going elsewhere would read as part of that amount (issue 16, a misleading statement).
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.pipeline import build
from tests.fixtures.releases import german_release


@pytest.mark.parametrize(
    ("headline", "body", "sender", "receiver", "other"),
    [
        (
            "Spende an die Tafel",
            "Beim Sommerlauf des Vereins kamen viele Spenden zusammen. Ein Teil des Erlöses ging an den "
            "Tierpark Lindental. Am Montag erhielt die Tafel Lindental eine Spende von 800 Euro.",
            "TSV Lindental",
            "Tafel",
            "Tierpark",
        ),
        (
            "Bäckerei spendet an das Kinderheim",
            "Die Bäckerei verkaufte im Advent Kuchen für einen guten Zweck. Ein Teil des Geldes ging an "
            "die Feuerwehr Nordheim. Am Freitag erhielt das Kinderheim Nordheim eine Spende von 1 500 Euro.",
            "Bäckerei Korn",
            "Kinderheim",
            "Feuerwehr",
        ),
    ],
)
def test_money_to_a_second_receiver_is_left_out(headline: str, body: str, sender: str, receiver: str, other: str) -> None:
    draft = build(german_release(headline, body, organisation=sender))
    texts = [line.text.replace("·", "") for line in draft.lines]
    assert any(receiver in text for text in texts), texts
    assert not any(other in text and ("Teil" in text or "Geld" in text) for text in texts), texts
    # A brigade or zoo named as a receiver is no operation: no "X war im Einsatz" (kind.py _INCIDENT).
    assert not any("im Einsatz" in text for text in texts), texts


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "Neues Fahrzeug für die Feuerwehr",
            "Die Stadt Nordheim übergab der Feuerwehr Nordheim am Freitag ein neues Fahrzeug.",
        ),
        ("Sommerfest im Gerätehaus", "Die Feuerwehr Kleinau lädt am Samstag zum Sommerfest ins Gerätehaus ein."),
    ],
)
def test_the_fire_service_named_without_an_incident_is_no_fire_report(headline: str, body: str) -> None:
    from pressconv.transforms.easy.kind import classify

    assert classify(headline, body) != "fire"
