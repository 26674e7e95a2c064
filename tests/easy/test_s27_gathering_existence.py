"""A gathering's last part ("-markt", "-fest") makes "Es gibt … im Mai" only where the body tells an event.

Invented releases: an employment agency's and a housing office's reports (an economy, no event) and a
town's farmers' market and a school's summer party (events the body says take place or are celebrated).
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.segments import segment_sentences


def _said(headline: str, body: str) -> list[str]:
    return segment_sentences([headline], [body], [], past=False, passes=lambda sentence: True)


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("Der Arbeitsmarkt im Januar 2027", "Der Arbeitsmarkt im Bezirk zeigt im Januar 2027 das übliche Winterbild."),
        ("Der Wohnungsmarkt im Mai 2026", "Der Wohnungsmarkt in Nordau bleibt im Mai 2026 angespannt."),
    ],
)
def test_an_economy_named_like_a_market_is_no_event(headline: str, body: str) -> None:
    assert _said(headline, body) == []


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        (
            "Der Bauernmarkt im Mai 2026",
            "Der Bauernmarkt findet im Mai 2026 jeden Samstag auf dem Marktplatz statt.",
            "Es gibt einen Bauernmarkt im Mai 2026.",
        ),
        (
            "Das Sommerfest im Juli 2026",
            "Das Sommerfest der Schule wird im Juli 2026 gefeiert.",
            "Es gibt ein Sommerfest im Juli 2026.",
        ),
    ],
)
def test_a_gathering_the_body_tells_as_an_event_is_said(headline: str, body: str, expected: str) -> None:
    assert _said(headline, body) == [expected]
