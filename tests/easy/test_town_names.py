"""An address keeps its town's whole name after the postcode ("in Bad" alone would be a wrong address)."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.facts import _address


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a museum's exhibition (culture sender): a spa town's "Bad"
        ("Wo: Heimatmuseum, Brunnenplatz 3, 61790 Bad Lindau, Saal 2", "Brunnenplatz 3 in Bad Lindau"),
        # a job centre's new office (public service sender): a saint's town
        ("Ort: Jobcenter, Bahnhofstraße 12, 53700 Sankt Ansgar", "Bahnhofstraße 12 in Sankt Ansgar"),
        # a company's plant (company sender): a town named by its river
        ("Werk Süd, Industriestraße 8, 60313 Mühlheim am Main", "Industriestraße 8 in Mühlheim am Main"),
        # a city's town hall (city sender): a river in brackets
        ("Rathaus, Marktstraße 1, 06108 Weißenau (Saale)", "Marktstraße 1 in Weißenau (Saale)"),
    ],
)
def test_the_town_after_the_postcode_is_whole(text: str, address: str) -> None:
    found = _address(text, labelled=True)
    assert found is not None and found.endswith(address)
