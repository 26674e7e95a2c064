"""Which sites close, as a counted list under an intro line (closings.py), with invented releases."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.closings import closing_lists
from tests.easy.support import easy_body


@pytest.mark.parametrize(
    ("sentence", "intro", "places"),
    [
        # A bank (passive, attributed), a library (active, time after the verb), a health insurer.
        (
            "Wie der Vorstand mitgeteilt hat, werden die Filialen in Eschbach, Oberried und Talheim "
            "bis spätestens 30. Juni 2026 geschlossen.",
            "Diese 3 Filialen schließen bis spätestens 30. Juni 2026:",
            ("Eschbach", "Oberried", "Talheim"),
        ),
        (
            "Die Zweigstellen in Nordend und Weststadt schließen zum 31. März 2026.",
            "Diese 2 Zweigstellen schließen zum 31. März 2026:",
            ("Nordend", "Weststadt"),
        ),
        (
            "Die Geschäftsstellen in Bad Sulz, Lindau-Ost und Ried werden Ende Juni geschlossen.",
            "Diese 3 Geschäftsstellen schließen Ende Juni:",
            ("Bad Sulz", "Lindau-Ost", "Ried"),
        ),
        (
            "Die Beratungsstellen in Altdorf und Neudorf schließen.",
            "Diese 2 Beratungsstellen schließen:",
            ("Altdorf", "Neudorf"),
        ),
    ],
)
def test_closing_sites_counted(sentence: str, intro: str, places: tuple[str, ...]) -> None:
    assert closing_lists([sentence]) == [(sentence, (intro, places))]


@pytest.mark.parametrize(
    "sentence",
    [
        # Denied, planned, demanded, conditional, temporary, incomplete or limited: left out.
        "Die Filialen in Eschbach und Oberried werden nicht geschlossen.",
        "Die Filialen in Eschbach und Oberried sollen geschlossen werden.",
        "Der Gemeinderat kritisiert, dass die Filialen in Eschbach und Oberried schließen.",
        "Wenn die Zahlen sinken, werden die Filialen in Eschbach und Oberried geschlossen.",
        "Die Filialen in Eschbach und Oberried werden vorübergehend geschlossen.",
        "Unter anderem werden die Filialen in Eschbach und Oberried geschlossen.",
        "Die Filialen in Eschbach und Oberried werden geschlossen, aber nur samstags.",
        "Die Filialen in Eschbach und Oberried bleiben geschlossen.",
        "Die Büchereien in Nordend und Weststadt schließen sich zusammen.",
        "Die Filialen in Eschbach und Oberried werden voraussichtlich geschlossen.",
    ],
)
def test_unsure_or_limited_closings_left_out(sentence: str) -> None:
    assert closing_lists([sentence]) == []


def test_bank_release_lists_the_closing_branches() -> None:
    body = easy_body(
        "Volksbank Talgrund schließt Filialen",
        "Die Volksbank Talgrund passt ihr Filialnetz an. Wie der Vorstand am Montag mitgeteilt hat, "
        "werden die Filialen in Eschbach, Oberried und Talheim bis spätestens 30. Juni 2026 geschlossen.",
        "Die Kundinnen und Kunden bekommen einen Brief.",
        organisation="Volksbank Talgrund",
    )
    assert "Diese 3 Filialen schließen bis spätestens 30. Juni 2026:\n- Eschbach\n- Oberried\n- Talheim" in body


def test_library_release_says_the_list_once() -> None:
    body = easy_body(
        "Stadtbibliothek Kornau schließt zwei Zweigstellen",
        "Die Stadtbibliothek Kornau ordnet ihr Angebot neu. "
        "Die Zweigstellen in Nordend und Weststadt schließen zum 31. März 2026.",
        "Die Medien können in der Zentrale ausgeliehen werden.",
        organisation="Stadt Kornau",
    )
    assert "Diese 2 Zweigstellen schließen zum 31. März 2026:\n- Nordend\n- Weststadt" in body
    assert "Die Zweigstellen in Nordend und Weststadt" not in body


def test_an_opinion_gets_no_closing_list() -> None:
    body = easy_body(
        "Fraktion kritisiert Schließungen",
        "Die Fraktion Neue Mitte kritisiert die Pläne der Sparkasse scharf. "
        "Die Filialen in Eschbach und Oberried schließen zum 30. Juni 2026.",
        "Das ist ein schwerer Fehler, sagt die Fraktionsvorsitzende.",
        organisation="Fraktion Neue Mitte",
    )
    assert "Diese 2 Filialen" not in body
