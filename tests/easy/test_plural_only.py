"""Nouns without a singular ("Kosten", "Ferien") take "von den" for their genitive, never "von der"."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.lexicon import feminine_singular, lookup, plural_only
from pressconv.transforms.easy.rewrite import rewrite


@pytest.mark.parametrize("noun", ["Kosten", "Ferien", "Daten", "Zinsen"])
def test_a_plural_only_noun_is_no_feminine_singular(noun: str) -> None:
    entry = lookup(noun)
    assert entry is not None and plural_only(entry)
    assert not feminine_singular(noun)


@pytest.mark.parametrize("noun", ["Presse", "Software", "Opposition"])
def test_a_feminine_singular_stays_one(noun: str) -> None:
    assert feminine_singular(noun)


@pytest.mark.parametrize(
    "sentence",
    [
        # A ministry's funding release and a school's: "der Kosten"/"der Ferien" is a genitive plural.
        "Mehr als die Hälfte der Kosten trägt das Land.",
        "Die Hälfte der Ferien ist schon vorbei.",
    ],
)
def test_no_feminine_dative_for_a_plural_only_genitive(sentence: str) -> None:
    assert "von der" not in rewrite(sentence, None)
