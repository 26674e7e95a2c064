"""The nothing-lost check's alignment: words in order, moves found, the masthead and addresses free."""

from __future__ import annotations

from pressconv.api import parse
from pressconv.checks.text_preserved import Word, compare_text, expected_words, masthead_lines, release_words

RELEASE = """Pressemitteilung

20.09.2018

Stadt baut neue Radwege

Die Stadt baut in diesem Jahr zwölf Kilometer Radwege. Mehr unter https://example.org/radwege/plan.

Die Arbeiten beginnen im Oktober und enden im Mai.
"""


def _expected() -> list[Word]:
    return expected_words(RELEASE.encode())


def test_the_masthead_is_the_lines_above_the_body() -> None:
    assert masthead_lines(parse(RELEASE).release) == frozenset(range(1, 7))


def test_an_output_in_source_order_passes() -> None:
    comparison = compare_text(_expected(), RELEASE)
    assert comparison.in_order, comparison.describe()


def test_the_masthead_may_be_laid_out_title_first() -> None:
    # What every writer prints: <title>, the h1, then the kicker and the long date.
    output = (
        "Stadt baut neue Radwege\nStadt baut neue Radwege\nPressemitteilung\n20. September 2018\n"
        "Die Stadt baut in diesem Jahr zwölf Kilometer Radwege. Mehr unter Seite auf example.org.\n"
        "Die Arbeiten beginnen im Oktober und enden im Mai.\nhttps://example.org/radwege/plan"
    )
    comparison = compare_text(_expected(), output)
    assert comparison.in_order, comparison.describe()


def test_a_missing_masthead_word_is_still_missing() -> None:
    output = RELEASE.replace("Pressemitteilung", "")
    comparison = compare_text(_expected(), output)
    assert [(w.text, w.line) for w in comparison.missing] == [("pressemitteilung", 1)]


def test_swapped_paragraphs_are_out_of_order() -> None:
    first = "Die Stadt baut in diesem Jahr zwölf Kilometer Radwege. Mehr unter https://example.org/radwege/plan."
    second = "Die Arbeiten beginnen im Oktober und enden im Mai."
    output = RELEASE.replace(first, "FIRST").replace(second, first).replace("FIRST", second)
    comparison = compare_text(_expected(), output)
    assert comparison.missing == []
    assert comparison.moved, "a swapped paragraph must be reported"
    assert "out of order" in comparison.describe()


def test_an_extra_copy_of_the_title_does_not_derail_the_alignment() -> None:
    # A greedy walk matched the title's words inside the lead and lost everything after it.
    text = "Dortmund als Digitalste Stadt\n\nDie Stiftung hat Dortmund als Digitalste Stadt ausgezeichnet. "
    expected = release_words(text + "\nDer Preis kam gestern.")
    output = "Dortmund als Digitalste Stadt\n" + text + "\nDer Preis kam gestern."
    comparison = compare_text(expected, output)
    assert comparison.in_order, comparison.describe()


def test_repeated_words_and_long_inputs_align() -> None:
    # 100 000 identical lines have no unique anchor word: the windowed fallback keeps it linear.
    same = "und die der\n" * 100_000
    assert compare_text(release_words(same), same).in_order
    numbered = "".join(f"Zeile{i} endet hier.\n" for i in range(50_000))
    comparison = compare_text(release_words(numbered), numbered.replace("Zeile7 endet", "endet"))
    assert [w.text for w in comparison.missing] == ["zeile7"]
    assert comparison.moved == []


def test_hyphens_join_compounds_but_separate_numbers() -> None:
    from pressconv.checks.text_preserved import words_of

    # pdftotext joins a compound broken at a line end, so compounds compare without the hyphen ...
    assert words_of("IT-Fachverfahren D-13403") == ["itfachverfahren", "d13403"]
    # ... while between digits a hyphen separates numbers: an ISO date in JSON, a phone extension.
    assert words_of("2018-09-20 90264-275") == ["2018", "9", "20", "90264", "275"]
