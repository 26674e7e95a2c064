"""The set words "alle anderen", "die übrigen" point at the set named before them: a summary sentence with them is refused.

Blind judgement (session 26): a recall's "Für alle anderen Verbraucherinnen und Verbraucher ist das
Produkt unbedenklich" stood as the title and read as "the product is harmless". Invented sentences of a
food recall and a pool's price notice; "andere" without the article of a set stays.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.verify import structure_failures


@pytest.mark.parametrize(
    "sentence",
    [
        "Für alle anderen Kundinnen und Kunden ist der Käse unbedenklich.",
        "Die übrigen Gäste zahlen 4 Euro.",
    ],
)
def test_a_set_defined_by_one_named_before_points_at_nothing(sentence: str) -> None:
    assert any(f.check == "guard.pronoun" for f in structure_failures(sentence))


@pytest.mark.parametrize("sentence", ["Es gibt auch andere Angebote für Kinder.", "Das Bad hat eine neue Rutsche."])
def test_other_uses_of_ander_stay(sentence: str) -> None:
    assert not any(f.check == "guard.pronoun" for f in structure_failures(sentence))
