"""A relative clause with "eigen" ("nach eigenen Angaben") is not told as a sentence of its own
(relatives.split_relative), on invented sentences of a company and a club."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.relatives import split_relative


@pytest.mark.parametrize(
    "sentence",
    [
        # A company: the claim is the company's; told about the product, "eigenen" would be the product's.
        "Die Firma hat im März ein neues Gerät vorgestellt, das nach eigenen Angaben das leiseste auf dem Markt ist.",
        # A club: "aus eigener Kraft" is the club's effort, not the new hall's.
        "Der Verein hat am Samstag die neue Halle eröffnet, die er aus eigener Kraft gebaut hat.",
    ],
)
def test_a_clause_with_eigen_stays_with_its_main_clause(sentence: str) -> None:
    assert split_relative(sentence) is None
