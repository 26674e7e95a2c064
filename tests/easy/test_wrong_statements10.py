"""Wrong-statement classes of the tenth session's blind reading (judge23h), each fixed in general form."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.details import orphan_detail
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.verify import structure_failures
from tests.fixtures.releases import german_release

ISSUED = date(2026, 3, 1)


def _body(release: object) -> str:
    text = summary_text(summarise(release).release)  # type: ignore[arg-type]
    return text.split("## Worum geht es?")[1].split("## ")[0].replace("·", "")


@pytest.mark.parametrize(
    "sentence",
    [
        # A waste company's and a library's notice: "the other days" after an exception the summary lost.
        "An allen übrigen Wochentagen finden die Leerungen zu den gewohnten Terminen statt.",
        "Die restlichen Termine bleiben wie bisher.",
    ],
)
def test_the_rest_of_a_set_needs_its_exception(sentence: str) -> None:
    assert any(f.check == "guard.dangling-opener" for f in structure_failures(sentence))


def test_the_rest_with_its_exception_in_the_sentence_stands() -> None:
    assert not structure_failures("Außer am Montag ist die Bücherei an allen übrigen Tagen offen.")


@pytest.mark.parametrize(
    ("event", "details"),
    [
        # A health office's vaccination day and a museum's children's workshop: what to bring and who
        # must come along belong to the event; alone they read as a general rule.
        (
            "Das Gesundheitsamt impft am Donnerstag, 12. März 2026, von 14 bis 18 Uhr im Kreishaus.",
            [
                "Mitzubringen sind der Impfpass und die Versichertenkarte.",
                "Minderjährige müssen von einem Elternteil begleitet werden.",
            ],
        ),
        # A zoo's naming contest: its cards and conditions belong to the contest and its deadline.
        (
            "Der Namenswettbewerb läuft bis Sonntag, 29. März 2026.",
            ["Teilnahmekarten liegen an der Kasse aus.", "Die Teilnahmebedingungen stehen im Internet."],
        ),
        (
            "Die Werkstatt für Kinder ist am Samstag, 14. März 2026, im Stadtmuseum offen.",
            ["Kinder unter acht Jahren müssen von einem Erwachsenen begleitet werden.", "Bitte alte Kleidung mitbringen."],
        ),
    ],
)
def test_what_to_bring_and_who_comes_along_only_beside_their_event(event: str, details: list[str]) -> None:
    sentences = [
        SourceSentence(text="Die Stadt informiert über neue Angebote.", paragraph=0, position=0),
        SourceSentence(text=event, paragraph=1, position=0),
        *(SourceSentence(text=text, paragraph=1, position=i + 1) for i, text in enumerate(details)),
    ]
    for detail in sentences[2:]:
        assert orphan_detail(detail.text, detail, sentences, ["Die Stadt informiert über neue Angebote."], ISSUED)
        # Once the summary names the event's day, the detail stands beside it.
        assert not orphan_detail(detail.text, detail, sentences, [event], ISSUED)


@pytest.mark.parametrize("organisation", ["Statistisches Landesamt Musterland", "Agentur für Arbeit Musterstadt"])
def test_an_embargo_date_is_no_writing_date(organisation: str) -> None:
    # A statistics office's and a job centre's release dated only by its embargo (Sperrfrist).
    release = german_release(
        "Mehr Übernachtungen im Jahr 2025",
        f"Das {organisation} hat neue Zahlen zum Tourismus veröffentlicht.",
        issued=date(2026, 2, 26),
        organisation=organisation,
    )
    embargoed = replace(release, meta=replace(release.meta, embargo=datetime(2026, 2, 26, 10, tzinfo=UTC)))
    assert "geschrieben" not in _body(embargoed) and "Die Nachricht ist vom" not in _body(embargoed)
    # Without the embargo the release's own date is its writing date, and the line stays.
    plain = _body(release)
    assert "geschrieben" in plain or "Die Nachricht ist vom" in plain


@pytest.mark.parametrize(
    ("sentence", "source", "farewell"),
    [
        # A city's new head of office: the farewell of his predecessor in a council meeting is no law.
        (
            "Die Verabschiedung von Anna Muster ist in der Stadtratssitzung am Montag.",
            "Der Bürgermeister dankte der scheidenden Leiterin für zwanzig Jahre Arbeit. "
            "Die Verabschiedung von Anna Muster ist in der Stadtratssitzung am Montag.",
            True,
        ),
        # A state parliament's budget: the passing of a law.
        (
            "Der Landtag plant die Verabschiedung des Haushalts im Mai.",
            "Der Landtag plant die Verabschiedung des Haushalts.",
            False,
        ),
    ],
)
def test_a_farewell_is_no_law(sentence: str, source: str, farewell: bool) -> None:
    from pressconv.transforms.easy.lexicon import sense

    entry = sense("Verabschiedung", sentence, source)
    assert entry is not None and ("Tschüss" in entry.explanation) == farewell
