"""The seed's easy summary states the key facts, each in its own short sentence, and reads easier."""

from __future__ import annotations

import re

import pytest

from pressconv.model import BulletList, Heading, Paragraph, Quotation, Text
from pressconv.transforms.easy import (
    DRAFT_LABELS,
    EasyResult,
    is_easy_release,
    report,
    summarise,
    summary_text,
)
from pressconv.transforms.easy.compounds import segment
from pressconv.transforms.easy.dates import format_date, normalise_dates
from pressconv.transforms.easy.facts import source_text, unsupported_facts
from pressconv.transforms.easy.readability import words
from pressconv.transforms.easy.sentences import split_sentences
from tests.easy.fixtures import seed_release


@pytest.fixture(scope="module")
def seed() -> EasyResult:
    return summarise(seed_release())


def _lines(result: EasyResult) -> list[str]:
    return summary_text(result.release).splitlines()


@pytest.mark.parametrize(
    "sentence",
    [
        "Dortmund hat einen Preis bekommen.",
        "Der Preis heißt „Digitalste Stadt“.",
        "Der Preis ist von der Stiftung „Lebendige Stadt“.",
        "Die Preis·verleihung war am 19. September 2018.",
        "Die Preis·verleihung war in Potsdam.",
        "Ullrich Sierau ist Ober·bürger·meister.",
        "Ullrich Sierau freut sich über den Preis.",
    ],
)
def test_seed_states_each_key_fact_in_its_own_sentence(seed: EasyResult, sentence: str) -> None:
    assert sentence in _lines(seed)


def test_seed_keeps_facts_from_the_quotations(seed: EasyResult) -> None:
    lines = _lines(seed)
    quoted = [
        "- Die Digitalisierung wird uns helfen.",
        "- Der Preis bestätigt uns in unserer bisherigen Digitalisierungs·strategie.",
        "- Partizipation ist einer der wichtigsten Faktoren.",
        "- Dortmund ist Mannschafts·spiel.",
    ]
    assert sum(line in lines for line in quoted) >= 2
    assert "Ullrich Sierau sagt:" in lines and "Thomas Westphal sagt:" in lines
    # City, business, science and citizens work together (as a list, one item per line).
    assert "In Dortmund arbeiten zusammen:" in lines
    for item in ("- Verwaltung", "- Zivil·gesellschaft", "- Wirtschaft", "- Wissenschaft"):
        assert item in lines


def test_seed_report_meets_the_targets(seed: EasyResult) -> None:
    figures = report(seed)
    summary, source = figures["summary"], figures["source"]
    assert isinstance(summary, dict) and isinstance(source, dict)
    assert summary["max_words"] <= 12
    assert summary["mean_words"] <= 8
    assert summary["flesch"] - source["flesch"] >= 20
    assert summary["wstf1"] < source["wstf1"]
    facts = figures["facts_kept"]
    assert isinstance(facts, dict) and facts["kept"] == facts["total"] >= 7
    for kind in ("passive", "genitive", "konjunktiv", "negation", "abbreviation"):
        assert summary["findings"][kind] == 0, kind


def test_seed_release_is_a_normal_release(seed: EasyResult) -> None:
    easy = seed.release
    assert is_easy_release(easy)
    assert easy.meta.language == "de-DE"
    assert easy.meta.subtitle == (Text(text=DRAFT_LABELS["de"]),)
    assert all(isinstance(b, Heading | Paragraph | BulletList) for b in easy.body)
    (glossary,) = easy.sections
    assert glossary.kind == "notes" and glossary.title == "Wörterbuch"
    headwords = [b.children[0].text for b in glossary.blocks if isinstance(b, Heading)]  # type: ignore[union-attr]
    assert {"Ober·bürger·meister", "Stiftung", "Preis·verleihung", "Partizipation"} <= set(headwords)
    # Named prizes keep their quotation marks through the model (writers add them).
    assert any(isinstance(i, Quotation) for b in easy.body if isinstance(b, Paragraph) for i in b.children)


def test_every_sentence_is_short_and_alone(seed: EasyResult) -> None:
    for sentence in seed.sentences:
        assert len(words(sentence)) <= 12, sentence
        assert len(split_sentences(sentence, "de")) == 1, sentence


def test_summary_names_no_fact_the_source_lacks(seed: EasyResult) -> None:
    text = " ".join(seed.sentences)
    assert (
        unsupported_facts(
            text, source_text(seed_release()), allowed=seed.allowed_text, extra_numbers=seed.extra_numbers
        )
        == []
    )


def test_hyphen_style() -> None:
    result = summarise(seed_release(), separator="hyphen")
    lines = summary_text(result.release).splitlines()
    assert "Ullrich Sierau ist Ober-Bürger-Meister." in lines
    assert "·" not in summary_text(result.release)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Oberbürgermeister", "Ober·bürger·meister"),
        ("Digitalisierungsstrategie", "Digitalisierungs·strategie"),
        ("Stadtentwicklungsstrategie", "Stadt·entwicklungs·strategie"),
        ("Preisverleihung", "Preis·verleihung"),
        ("Wirtschaftsförderung", "Wirtschafts·förderung"),
        ("Digitalisierung", "Digitalisierung"),
        ("Deutschland", "Deutschland"),
        ("Reinickendorf", "Reinickendorf"),
    ],
)
def test_compound_splitting(word: str, expected: str) -> None:
    assert segment(word) == expected


def test_dates() -> None:
    from datetime import date

    assert format_date(date(2018, 9, 19), "de-DE") == "19. September 2018"
    assert format_date(date(2018, 9, 19), "en") == "19 September 2018"
    assert normalise_dates("Das war gestern Abend um 09:30 Uhr.", date(2018, 9, 20), "de") == (
        "Das war am 19. September 2018 um 9:30 Uhr."
    )
    assert (
        normalise_dates("Am 21.04.2019 gegen 18.25 Uhr.", None, "de") == "Am 21. April 2019 gegen 18:25 Uhr."
    )


def test_sentence_splitting_keeps_ordinals_and_abbreviations() -> None:
    text = "Die Feier ist am 18. März 2024 in Bonn. Sie beginnt z. B. um 9 Uhr. Danach gibt es Essen."
    assert split_sentences(text, "de") == [
        "Die Feier ist am 18. März 2024 in Bonn.",
        "Sie beginnt z. B. um 9 Uhr.",
        "Danach gibt es Essen.",
    ]


def test_unsupported_facts_finds_invented_names_and_numbers() -> None:
    source = "Die Stadt Dortmund feiert am 20.09.2018."
    assert unsupported_facts("Dortmund feiert mit 300 Gästen in Bochum.", source) == [
        "300",
        "Gästen",
        "Bochum",
    ]
    assert unsupported_facts("Dortmund feiert.", source) == []


def test_draft_label_and_no_invention_in_english() -> None:
    from datetime import date

    from pressconv.model import Metadata, Quotation, Release

    release = Release(
        meta=Metadata(
            title=(Text(text="Senator Akaka Welcomes New Funding"),),
            language="en-US",
            issued=date(2006, 2, 13),
        ),
        body=(
            Paragraph(
                children=(
                    Text(
                        text=(
                            "Washington, D.C. -- U.S. Senator Daniel K. Akaka announced new funding for "
                            "veterans in Hawaii "
                            "yesterday. The money will help 300 families. "
                        )
                    ),
                    Quotation(
                        children=(
                            Text(text="This funding is good news for our veterans and their families."),
                        ),
                        speaker="Daniel K. Akaka",
                    ),
                )
            ),
        ),
    )
    result = summarise(release)
    text = summary_text(result.release)
    assert "Draft – not checked by readers" in text
    assert "·" not in text
    assert all(len(words(s)) <= 12 for s in result.sentences)
    assert (
        unsupported_facts(
            " ".join(result.sentences),
            source_text(release),
            allowed=result.allowed_text,
            extra_numbers=result.extra_numbers,
        )
        == []
    )
    assert re.search(r"Daniel K\. Akaka is", text)
