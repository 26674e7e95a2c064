"""A sender's place adjective in "-er" ("Nordauer", "Westauer") never declines: "von den Nordauer Stadtwerken".

Blind judgement (session 27): a transport company's "-er" place adjective was declined into a wrong name. Invented
senders of a town's transport company and waste company; a true adjective ("Deutscher") still declines.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.sender import Sender, von, with_article


@pytest.mark.parametrize(
    ("name", "gender", "nominative", "dative"),
    [
        ("Nordauer Verkehrsbetriebe", None, "die Nordauer Verkehrsbetriebe", "von den Nordauer Verkehrsbetrieben"),
        (
            "Westauer Entsorgungsbetriebe",
            None,
            "die Westauer Entsorgungsbetriebe",
            "von den Westauer Entsorgungsbetrieben",
        ),
    ],
)
def test_a_place_adjective_in_a_sender_never_declines(name: str, gender: str | None, nominative: str, dative: str) -> None:
    sender = Sender(name, gender, plural=gender is None)
    assert with_article(sender, "nom") == nominative
    assert von(sender) == dative


def test_a_true_adjective_in_a_sender_declines() -> None:
    sender = Sender("Deutscher Gewerkschaftsbund", "der")
    assert with_article(sender, "nom") == "der Deutsche Gewerkschaftsbund"
    assert von(sender) == "vom Deutschen Gewerkschaftsbund"
