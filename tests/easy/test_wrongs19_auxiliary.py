"""wrongs19: a Perfekt with "haben" for a verb that takes "sein" ("hat … gescheitert") is refused.

Invented sentences of a court, a fire brigade, a railway operator and a sports club.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.auxiliaries import wrong_auxiliary
from pressconv.transforms.easy.verify import rule_failures


@pytest.mark.parametrize(
    "sentence",
    [
        "In 3 Fällen hat der Betrug gescheitert.",  # court
        "Die Alarmierung hat um 2 Uhr erfolgt.",  # fire brigade
        "Der Zug hat in Musterstadt spät angekommen.",  # railway
        "Der Aufstieg hat knapp gescheitert.",  # sports club
    ],
)
def test_haben_with_a_sein_verb_fails(sentence: str) -> None:
    assert wrong_auxiliary(sentence) is not None
    assert "rule.auxiliary" in {f.check for f in rule_failures(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "In 3 Fällen ist der Betrug gescheitert.",
        "Die Alarmierung ist um 2 Uhr erfolgt.",
        "Die Polizei hat den Wagen verfolgt.",  # "ver-" + "folgen" is transitive
        "Der Täter hat das Geschäft überfallen.",  # "über-" inseparable
        "Der Fahrer hat das Auto in die Werkstatt gefahren.",  # "fahren" with an object
        "Die Feuerwehr ist eingetroffen und hat das Feuer gelöscht.",
        "Der Verein hat mitgeteilt, dass der Trainer gekommen ist.",
    ],
)
def test_right_auxiliaries_pass(sentence: str) -> None:
    assert wrong_auxiliary(sentence) is None


def test_the_lexicon_builds_sein_for_event_verbs() -> None:
    assert morph.participle("scheitern") == ("gescheitert", "sein")
    assert morph.participle("erfolgen") == ("erfolgt", "sein")
    assert morph.takes_sein("ankommen")
    assert not morph.takes_sein("fahren")
