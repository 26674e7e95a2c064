"""Session 7, issue 16: a verbal noun in -ung with a light verb is nominal style; the verifier leaves it out."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.style import nominal_failures
from tests.easy.support import easy_body


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Feuerwehr hat die Brandbekämpfung eingeleitet.",  # fire brigade
        "Man hat die Brandbekämpfung und Menschenrettung eingeleitet.",
        "Die Feuerwehr leitete sofort die Rettung ein.",  # separated particle
        "Man muss echte Mitgestaltung ermöglichen.",  # an association's demand
        "Die Polizei nahm die Verfolgung auf.",  # police
        "Ein Mann soll im Kilogrammbereich gehandelt haben.",  # a measure as range noun
    ],
)
def test_light_verb_with_a_verbal_noun_is_nominal_style(sentence: str) -> None:
    assert any(f.check == "rule.nominal-style" for f in nominal_failures(sentence)), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stiftung hat 20 Kinder aufgenommen.",  # a subject in -ung, apart from its verb
        "Der Verein hat neue Mitglieder aufgenommen.",
        "Die Stadt baut neue Radwege.",
    ],
)
def test_plain_sentences_are_no_nominal_style(sentence: str) -> None:
    assert not nominal_failures(sentence), sentence


def test_the_summary_never_says_a_light_verb_with_a_verbal_noun() -> None:
    fire = easy_body(
        "Brand in einem Keller",
        "In der Nacht zum Sonntag hat es in einem Keller in der Bergstraße gebrannt.",
        "Die Feuerwehr hat sofort die Brandbekämpfung eingeleitet.",
        "Verletzt wurde niemand.",
        organisation="Feuerwehr Bergdorf",
    )
    assert "eingeleitet" not in fire, fire
    assert "Niemand ist verletzt." in fire, fire
    union = easy_body(
        "Mitbestimmung im Betrieb",
        "Der Gewerkschaftsbund Nordland fordert mehr Mitbestimmung.",
        "Die Landesregierung muss echte Mitgestaltung ermöglichen.",
        organisation="Gewerkschaftsbund Nordland",
    )
    assert "ermöglichen" not in union, union
