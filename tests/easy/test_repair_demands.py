"""A demand split into frame and statement stays a demand: "X fordert: Y soll …" / "X fordert: Man soll …".

Every sentence and release here is invented for these tests (senders, places).
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.clauses import demand_infinitive, pieces
from pressconv.transforms.easy.verify import rule_failures, structure_failures
from tests.fixtures.releases import german_release


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Parents' association: "dass" clause with a separable verb; the demand keeps "soll".
        (
            "Der Elternverein fordert, dass die Stadt den Schulhof zurückgibt.",
            "Der Elternverein fordert: Die Stadt soll den Schulhof zurückgeben.",
        ),
        # A modal of the source stays as it is.
        (
            "Der Mieterbund fordert, dass die Stadt mehr Wohnungen bauen muss.",
            "Der Mieterbund fordert: Die Stadt muss mehr Wohnungen bauen.",
        ),
        # Environmental alliance: "zu" infinitives, coordinated, no one named who shall act.
        (
            "Das Bündnis fordert, Radwege und Gehwege schneller aufzubauen und zu fördern.",
            "Das Bündnis fordert: Man soll Radwege und Gehwege schneller aufbauen und fördern.",
        ),
        # A negation keeps its place.
        (
            "Die Gewerkschaft fordert, die Bibliotheken nicht zu schließen.",
            "Die Gewerkschaft fordert: Man soll die Bibliotheken nicht schließen.",
        ),
    ],
)
def test_demand_stays_a_demand(sentence: str, expected: str) -> None:
    assert pieces(sentence) == [expected]
    statement = expected.split(": ", 1)[1]
    assert not rule_failures(statement) or all(f.check == "rule.hard-word" for f in rule_failures(statement))


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Partei fordert die Stadt auf, Radwege zu bauen.",  # an object who shall act: not "man"
        "Der Verein fordert, dass Radwege gebaut werden.",  # passive demand: left whole for the verifier
        "Der Verein fordert, Radwege zu bauen, die sicher sind.",  # a second comma: not the plain form
    ],
)
def test_unclear_demand_is_not_split(sentence: str) -> None:
    assert demand_infinitive(sentence) == sentence


def test_informing_frame_still_goes() -> None:
    # Only demands take "sollen"; a frame of informing passes the statement on as it is.
    assert pieces("Die Stadt teilt mit, dass die Bücherei am Montag öffnet.") == ["Die Bücherei öffnet am Montag."]


def test_statement_release_carries_the_demand() -> None:
    release = german_release(
        "Umweltverband fordert mehr Bäume",
        "Der Umweltverband Seeland fordert, dass die Stadt mehr Bäume pflanzt.",
        organisation="Umweltverband Seeland",
    )
    text = summary_text(summarise(release).release).replace("·", "")
    # In the title (session 8: a statement's title is its position) or in the body.
    assert "Der Umweltverband Seeland fordert: Die Stadt soll mehr Bäume pflanzen" in text
    assert "Die Stadt pflanzt mehr Bäume." not in text
    assert not structure_failures("Der Umweltverband Seeland fordert: Die Stadt soll mehr Bäume pflanzen.")
