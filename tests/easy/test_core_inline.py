"""A time or place phrase moved from the Vorfeld into the sentence starts in lower case."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy.core import core_sentences
from pressconv.transforms.easy.rewrite import rewrite
from pressconv.transforms.easy.source import SourceSentence


@pytest.mark.parametrize(
    "lead",
    [
        "Am Mittwoch fand die Rehasportstunde beim SV Nordheim statt.",  # a sports club
        "Am Freitag fand der Elternabend beim Förderverein Lindenschule statt.",  # a school association
    ],
)
def test_no_capital_preposition_inside_the_sentence(lead: str) -> None:
    found = core_sentences([SourceSentence(lead, lead=True)], lambda text: rewrite(text, date(2024, 3, 13)))
    for _, sentence in found:
        assert " Am " not in sentence and " In " not in sentence, sentence
    assert found, "the lead has a kernel"


@pytest.mark.parametrize(
    "sentence",
    ["Am 13. März hat die Rehasportstunde stattgefunden.", "Am 2. Mai hat der Elternabend stattgefunden."],
)
def test_a_capitalised_preposition_before_a_date_is_tagged_as_one(sentence: str) -> None:
    from pressconv.transforms.easy import morph

    # HanTa leaves sentence-initial "Am" before a number unknown (XY); it is "an" + article.
    assert morph.tag(sentence)[0].pos == "APPRART"


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("Am Freitag, 8. März, um 19 Uhr beginnt der Elternabend in der Aula.", "8. März"),
        ("Am Mittwoch, 13. März, um 16 Uhr hat die Stunde beim SV Nordheim stattgefunden.", "13. März"),
    ],
)
def test_a_date_and_its_time_are_one_time_phrase(lead: str, day: str) -> None:
    from pressconv.transforms.easy.core import kernel

    core = kernel(lead)
    assert core is not None and core.time is not None and day in core.time


@pytest.mark.parametrize(
    ("lead", "news"),
    [
        (
            # Adapted from the shared corpus release dc-dev-09.
            "Am Mittwoch, 13. März, 16:00 Uhr war es so weit: Es fand die 1000. Rehasportstunde beim SV Nordheim statt.",
            "Rehasportstunde fand beim SV Nordheim statt",
        ),
        (
            "Am Freitag war es endlich so weit: Es fand das Sommerfest im Kindergarten Sonnenschein statt.",
            "Das Sommerfest fand im Kindergarten Sonnenschein statt",
        ),
    ],
)
def test_the_news_after_es_ist_so_weit(lead: str, news: str) -> None:
    from pressconv.transforms.easy.core import kernel

    core = kernel(lead)
    assert core is not None and news in core.text and core.time is not None


def test_so_weit_with_a_subject_of_its_own_is_refused() -> None:
    from pressconv.transforms.easy.core import kernel

    # The news clause has its own subject in the Vorfeld: the time cannot simply take its place.
    assert kernel("Am Freitag war es so weit: Die Kita feierte ihr Sommerfest.") is None
