"""Session 23 mends of the easy transform: additive determiners need a first set the summary named."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy import references
from pressconv.transforms.easy.programme import programme
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.style import introduced_failures
from pressconv.transforms.easy.title_check import TitleContext, title_failures


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        # Fire brigade: the two injured workers were left out, so "weitere" counts on nobody.
        ("Weitere Personen sind nicht verletzt.", ["Die Feuerwehr Talbach war im Einsatz."]),
        # School office: the closed school was left out.
        ("Andere Schulen bleiben geöffnet.", ["Das Landrats·amt hat die Nachricht geschrieben."]),
        # Police: "weitere" before an adjective and its noun.
        ("Weitere gestohlene Fahrräder sind noch nicht gefunden.", ["Die Polizei sucht Zeugen."]),
    ],
)
def test_additive_determiner_without_a_first_set_is_refused(sentence: str, earlier: list[str]) -> None:
    failures = introduced_failures(sentence, earlier)
    assert [f.check for f in failures] == ["guard.not-introduced"]


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        # The first set is named: a person, then the others.
        ("Weitere Personen sind nicht verletzt.", ["Eine Person ist im Kranken·haus."]),
        # A course programme: the first date is named.
        ("Weitere Termine sind zum Beispiel:", ["Der erste Termin ist am Montag, 3. August 2026."]),
        # The closing formula of a release points past the text itself.
        ("Weitere Informationen gibt es im Internet.", []),
        ("Weitere Auskünfte gibt das Bürger·amt.", []),
    ],
)
def test_additive_determiner_with_its_first_set_passes(sentence: str, earlier: list[str]) -> None:
    assert introduced_failures(sentence, earlier) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Fire brigade: a warning lifted that the summary never mentioned.
        ("Man hat die Warnung um 17:45 Uhr aufgehoben.", "Man hat eine Warnung um 17:45 Uhr aufgehoben."),
        # Road authority: a closure lifted that the summary never mentioned.
        ("Man hat die Sperrung um 9 Uhr aufgehoben.", "Man hat eine Sperrung um 9 Uhr aufgehoben."),
    ],
)
def test_an_authoritys_act_not_introduced_is_made_indefinite(sentence: str, expected: str) -> None:
    assert [f.check for f in references.failures(sentence, [])] == ["guard.event-not-introduced"]
    assert references.indefinite(sentence, []) == expected


def test_an_authoritys_act_said_before_stays_definite() -> None:
    earlier = ["Die Feuerwehr hat eine Warnung für Talbach herausgegeben."]
    assert references.failures("Man hat die Warnung um 18 Uhr aufgehoben.", earlier) == []


def test_a_warning_or_closure_issued_still_holds_in_the_existence_frame() -> None:
    # A county's storm warning and a road authority's closure, both issued before the release: the act is
    # done, its result holds, so the present existence frame is true (a fire or an election is not).
    report = TitleContext(source="", news="", style=lambda text: text, failures=lambda text: [], past=True)
    assert "title.tense" not in title_failures("Es gibt eine Unwetter·warnung", report)
    assert "title.tense" not in title_failures("Es gibt eine Voll·sperrung auf der Kreis·straße", report)
    assert "title.tense" in title_failures("Es gibt einen Groß·brand in einer Lager·halle", report)


def _list(intro: str, items: list[str]) -> tuple[SourceSentence, ...]:
    """An intro paragraph and one bulleted list: its items share one paragraph, each at position 0."""
    return (SourceSentence(intro, paragraph=0), *(SourceSentence(item, paragraph=1) for item in items))


@pytest.mark.parametrize(
    ("intro", "items"),
    [
        # A town festival: weekly items before and after the dated ones.
        (
            "Das Programm:",
            [
                "jeden Freitag, 19 Uhr: Live-Musik im Hof",
                "Sa, 6.6., 15 Uhr: Kinderflohmarkt auf dem Schulhof",
                "So, 7.6., 11 Uhr: Frühschoppen mit der Stadtkapelle",
                "Sa, 13.6., 20 Uhr: Sommernachtskino im Park",
            ],
        ),
        # A library: the dated readings first, a daily item after them.
        (
            "Veranstaltungen in der Bücherei:",
            [
                "Di, 9.6., 16 Uhr: Vorlesestunde für Kinder",
                "Do, 11.6., 19 Uhr: Lesung mit einer Krimiautorin",
                "täglich während der Öffnungszeiten: Bücherflohmarkt im Foyer",
            ],
        ),
    ],
)
def test_a_dated_run_inside_a_longer_list_is_no_count_of_dates(intro: str, items: list[str]) -> None:
    # "Es gibt drei Termine" over a list with weekly or daily items counts only part of it (omission
    # over error): the run is said as examples, with no count.
    found = programme(_list(intro, items), date(2026, 5, 20))
    assert found is not None
    assert found.intro == "Termine sind zum Beispiel:"


def test_a_whole_dated_list_keeps_its_count() -> None:
    # A choir's concert dates, every item dated: the count is the whole list's.
    items = ["Sa, 6.6., 19 Uhr: Konzert in der Stadtkirche", "So, 14.6., 17 Uhr: Konzert im Kurpark"]
    found = programme(_list("Die Konzerte:", items), date(2026, 5, 20))
    assert found is not None
    assert found.intro.startswith("Es gibt")
