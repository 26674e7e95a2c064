"""A name's genitive after a noun is a rule failure and is rewritten with "von"."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.saxon import with_von
from pressconv.transforms.easy.verify import rule_failures
from tests.fixtures.releases import german_release


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Der Rat hat die Strategie Nordheims vorgestellt.", "Der Rat hat die Strategie von Nordheim vorgestellt."),
        ("Die Schulen Birkenaus bekommen neue Computer.", "Die Schulen von Birkenau bekommen neue Computer."),
    ],
)
def test_name_genitive_becomes_von(sentence: str, expected: str) -> None:
    assert any(f.check == "rule.genitive" for f in rule_failures(sentence))
    assert with_von(sentence) == expected
    assert not any(f.check == "rule.genitive" for f in rule_failures(expected))


@pytest.mark.parametrize(
    "sentence", ["Die Firma Siemens baut ein Werk.", "Der Verein kauft neue Trikots.", "Die Polizei kontrolliert Lkws."]
)
def test_names_and_plurals_in_s_are_no_genitive(sentence: str) -> None:
    assert with_von(sentence) == sentence
    assert not any(f.check == "rule.genitive" for f in rule_failures(sentence))


def test_summary_of_a_city_release_says_von() -> None:
    release = german_release(
        "Neue Strategie",
        "Der Rat hat am Montag die Klimastrategie Nordheims beschlossen.",
        organisation="Stadt Nordheim",
    )
    text = summary_text(summarise(release).release).replace("·", "")
    assert "Nordheims" not in text.split("## Wörterbuch")[0]
    assert "Klimastrategie von Nordheim" in text


def test_summary_of_a_club_release_says_von() -> None:
    release = german_release(
        "Turniersieg",
        "Die Jugendmannschaft Talheims hat am Sonntag das Turnier in Birkenau gewonnen.",
        organisation="Sportverein Talheim",
    )
    text = summary_text(summarise(release).release).replace("·", "")
    assert "Talheims" not in text.split("## Wörterbuch")[0]
    assert "von Talheim" in text


def test_a_name_made_of_nouns_is_no_genitive() -> None:
    for sentence in ("Das Netzwerk Kabels und Drähte fordert mehr Geld.", "Die Nachricht ist vom Verein Gitters und Zäune."):
        assert with_von(sentence) == sentence
        assert not any(f.check == "rule.genitive" for f in rule_failures(sentence))
