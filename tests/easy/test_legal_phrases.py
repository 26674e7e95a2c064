"""Legal fixed phrases that read wrongly word by word are refused as idioms (rubric item 4)."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.verify import rule_failures


@pytest.mark.parametrize(
    "sentence",
    [
        # a court's press release (justice sender): the warrant suspended, the man free
        "Man hat den Haft·befehl außer Vollzug gesetzt.",
        # a city's statute (city sender): the old fee rules no longer valid
        "Die alte Gebühren·ordnung ist außer Kraft.",
    ],
)
def test_a_legal_fixed_phrase_is_an_idiom(sentence: str) -> None:
    assert any(f.check == "rule.idiom" for f in rule_failures(sentence))
