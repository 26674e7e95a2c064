"""The sentence splitter does not cut after the abbreviations of company, office and place names."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.source import split_sentences


@pytest.mark.parametrize(
    "text",
    [
        # a food company's recall (company sender)
        "Andere Produkte der Gebr. Hollmann Feinkost GmbH sind nicht betroffen. Der Rückruf gilt nur für Charge 7.",
        # a county's road works (county sender)
        "Die Umleitung führt über die Lkr. Grenze bei Oberau. Sie ist ausgeschildert.",
        # a city's staffing news (city sender)
        "Die stellv. Leiterin Anna Berg übernimmt ab Mai. Sie war zuvor im Bauamt.",
    ],
)
def test_no_cut_after_a_name_abbreviation(text: str) -> None:
    assert len(split_sentences(text, "de-DE")) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a hospital's new ward (health sender)
        "Die neue Klinik leitet Chefarzt Dr. med. Tim Born. Sie hat 40 Betten.",
        # a university's appointment (research sender)
        "Neue Präsidentin ist Prof. Dr. rer. nat. Eva Lind. Sie kommt aus Kiel.",
    ],
)
def test_no_cut_inside_a_doctorate(text: str) -> None:
    assert len(split_sentences(text, "de-DE")) == 2
