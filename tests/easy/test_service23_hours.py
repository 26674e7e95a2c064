"""Opening hours said in one sentence as the notice's list; free entry with a restriction is not free (invented releases)."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.admission import free_on
from pressconv.transforms.easy.facts import _free_for_all
from pressconv.transforms.easy.schedules import fee_lines, schedules
from pressconv.transforms.easy.source import SourceSentence
from tests.fixtures.releases import german_release


def _hours(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return schedules([SourceSentence(text)])


@pytest.mark.parametrize(
    ("sentence", "intro", "items"),
    [
        # A citizens' office and a town library: whose hours they are stays with them.
        (
            "Die Öffnungszeiten des Bürgeramts bleiben unverändert: Montag, Mittwoch und Freitag von 7:30 bis 12 Uhr, "
            "Dienstag von 7:30 bis 17 Uhr, Donnerstag geschlossen.",
            "Die Öffnungszeiten vom Bürgeramt sind:",
            (
                "Montag, Mittwoch und Freitag: von 7:30 bis 12 Uhr",
                "Dienstag: von 7:30 bis 17 Uhr",
                "Donnerstag: geschlossen",
            ),
        ),
        (
            "Die neuen Öffnungszeiten der Stadtbibliothek sind: Dienstag bis Freitag von 10 bis 18 Uhr, "
            "Samstag von 10 bis 13 Uhr.",
            "Die neuen Öffnungszeiten von der Stadtbibliothek sind:",
            ("Dienstag bis Freitag: von 10 bis 18 Uhr", "Samstag: von 10 bis 13 Uhr"),
        ),
    ],
)  # fmt: skip
def test_prose_opening_hours_as_a_list(sentence: str, intro: str, items: tuple[str, ...]) -> None:
    assert _hours(sentence) == [(intro, items)]


@pytest.mark.parametrize(
    "sentence",
    [
        # A hotline's hours are not an office's opening hours.
        "Das Hitzetelefon ist von Montag bis Freitag von 9 bis 15 Uhr erreichbar.",
        # A part that is no plain day and time: the list is said whole or not at all.
        "Die Öffnungszeiten des Bürgerbüros bleiben unverändert: Montag von 8 bis 12 Uhr, Mittwoch nach Vereinbarung.",
        # A one-day time is no weekly rule.
        "Am Samstag, 7. März, ist das Rathaus von 9 bis 12 Uhr geöffnet.",
    ],
)
def test_no_hours_list(sentence: str) -> None:
    assert _hours(sentence) == []


def test_the_summary_lists_the_office_hours() -> None:
    release = german_release(
        "Rathaus Kleinfeld: neue Sprechzeiten",
        "Die Gemeinde Kleinfeld ändert ihre Sprechzeiten.",
        "Die Sprechzeiten der Gemeindeverwaltung sind: Montag bis Donnerstag von 8 bis 12 Uhr, Freitag geschlossen.",
        issued=date(2026, 3, 2),
        organisation="Gemeinde Kleinfeld",
    )
    text = summary_text(summarise(release).release).replace("·", "")
    assert "Die Sprechzeiten von der Gemeindeverwaltung sind:" in text
    assert "Montag bis Donnerstag: von 8 bis 12 Uhr" in text
    assert "Freitag: geschlossen" in text


@pytest.mark.parametrize(
    "sentence",
    [
        # A museum's special tours and a zoo's age limit: the restriction after the comma stays with the fact.
        "Der Eintritt ist frei, ausgenommen Sonderführungen.",
        "Der Eintritt ist frei, für Kinder unter 12 Jahren.",
        "Die Teilnahme ist kostenlos, außer beim Kochkurs.",
        "Der Eintritt ist frei (nur mit Gästekarte).",
    ],
)
def test_free_entry_with_a_restriction_is_not_for_all(sentence: str) -> None:
    assert not _free_for_all([sentence])


@pytest.mark.parametrize(
    "sentence",
    ["Der Eintritt ist frei, anmelden muss man sich nicht.", "Die Teilnahme ist kostenlos."],
)
def test_free_entry_for_all(sentence: str) -> None:
    assert _free_for_all([sentence])


def test_free_opening_day_with_an_exception() -> None:
    assert free_on(["Am Eröffnungstag ist der Eintritt frei, ausgenommen die Führungen."]) is None
    assert free_on(["Am Eröffnungstag ist der Eintritt frei."]) == "Eröffnungstag"


@pytest.mark.parametrize(
    ("title", "sentence", "organisation"),
    [
        ("Sommerfest im Tierpark Auental", "Der Eintritt ist frei, ausgenommen Fütterungen.", "Tierpark Auental"),
        ("Museumsnacht im Stadtmuseum Grünau", "Der Eintritt ist frei, für Kinder unter 12 Jahren.", "Stadtmuseum Grünau"),
    ],
)  # fmt: skip
def test_the_summary_never_says_free_for_all_with_a_restriction(title: str, sentence: str, organisation: str) -> None:
    release = german_release(
        title,
        f"Am Samstag, 13. Juni 2026, lädt das Haus von 14 bis 20 Uhr zum Fest ein. {sentence}",
        issued=date(2026, 6, 1),
        organisation=organisation,
    )
    text = summary_text(summarise(release).release).replace("·", "")
    assert "kostet nichts" not in text
    assert "Der Eintritt ist frei." not in text


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # A museum's and a swimming pool's price lines: the full and the reduced price, further prices after them.
        (
            "Eintritt: 7 Euro, ermäßigt 4 Euro, Familienkarte 15 Euro; Kinder unter 6 Jahren frei",
            ["Der Eintritt kostet 7 Euro.", "Ermäßigt kostet der Eintritt 4 Euro."],
        ),
        (
            "Eintritt: 4,50 Euro, ermäßigt 2,50 Euro, Zehnerkarte 40 Euro",
            ["Der Eintritt kostet 4,50 Euro.", "Ermäßigt kostet der Eintritt 2,50 Euro."],
        ),
    ],
)  # fmt: skip
def test_a_price_list_gives_full_and_reduced_price(line: str, said: list[str]) -> None:
    assert [text for _, text in fee_lines([SourceSentence(line)])] == said


@pytest.mark.parametrize(
    "sentences",
    [
        # More after the prices than further prices: said whole or not at all.
        ["Eintritt: 7 Euro, ermäßigt 4 Euro, Gruppen nach Absprache"],
        # A free part said elsewhere (the opening evening): the price would read as that evening's too.
        ["Der Eintritt zur Eröffnung ist frei.", "Eintritt: 7 Euro, ermäßigt 4 Euro"],
        ["Sonntags ist der Eintritt frei.", "Eintritt: 5 Euro"],
    ],
)
def test_no_price_when_not_whole(sentences: list[str]) -> None:
    assert fee_lines([SourceSentence(text) for text in sentences]) == []
