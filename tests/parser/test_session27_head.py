"""Session 27: a label between the same marks ("- Pressemitteilung -") with its date in a column is a
label line, never the headline; a row of bracketed page buttons ("[Drucken]  [Teilen]") is residue.

Invented releases of a parish, a sports club, a county and a museum; bracketed words that are no
buttons stay in the text."""

from __future__ import annotations

import datetime

import pytest

from pressconv.model import inline_text
from pressconv.parser import parse_text
from pressconv.parser.residue import residue_reason


@pytest.mark.parametrize(
    ("sender", "label"),
    [
        ("Kirchengemeinde St. Beispiel Nordau", "- Pressemitteilung -"),
        ("Turnverein Südheim", "== Presseinformation =="),
    ],
)
def test_a_decorated_label_with_a_date_in_a_column_is_no_headline(sender: str, label: str) -> None:
    text = (
        f"{sender}\n{label}{' ' * 40}12. Mai 2026\n\n"
        "Neue Orgel erklingt zum ersten Mal\n\n"
        "Am Sonntag, 17. Mai 2026, erklingt die neue Orgel zum ersten Mal. Der Eintritt ist frei.\n"
    )
    meta = parse_text(text).release.meta
    assert inline_text(meta.title) == "Neue Orgel erklingt zum ersten Mal"
    assert meta.issued == datetime.date(2026, 5, 12)
    assert meta.kicker == label.strip("-= ")


@pytest.mark.parametrize(
    "line",
    [
        "[Drucken]  [Als PDF speichern]  [Zurück zur Übersicht]",
        "[Seite drucken] | [Teilen] | [Nach oben]",
    ],
)
def test_a_row_of_bracketed_page_buttons_is_residue(line: str) -> None:
    assert residue_reason(line) is not None


@pytest.mark.parametrize("line", ["[Anmeldung]  [Programm]", "[Drucken]", "- Neue Buslinie -"])
def test_bracketed_words_that_are_no_button_row_stay(line: str) -> None:
    assert residue_reason(line) is None


def test_a_button_row_after_the_contact_is_no_contact_role() -> None:
    text = (
        "Landkreis Nordwald\n\nKreis eröffnet Radweg\n\n"
        "Nordwald, 3. Mai 2026 – Der Kreis eröffnet am Freitag den neuen Radweg nach Südheim.\n\n"
        "Pressekontakt: Landkreis Nordwald, Pressestelle, Anna Beispiel, Tel. 01234 5678-10\n\n"
        "[Drucken]  [Als PDF speichern]  [Zurück zur Übersicht]\n"
    )
    result = parse_text(text)
    assert "Drucken" not in str(result.release)
    assert any("Drucken" in str(item) for item in result.removed)


@pytest.mark.parametrize(
    ("section", "headline"),
    [
        ("Studium & Lehre", "Neuer Studiengang Holzbau startet zum Wintersemester"),
        ("Kultur & Freizeit", "Stadtmuseum zeigt Fotos aus hundert Jahren"),
        ("Bauen und Wohnen", "Stadt fördert neue Dächer aus Holz"),
    ],
)
def test_a_site_section_over_headline_and_subtitle_is_the_kicker(section: str, headline: str) -> None:
    text = (
        f"{section}\n\n{headline}\nMehr dazu im Rathaus – Anmeldung bis 15. Juli\n\n"
        "Nordau, 20.04.2026. Die Stadt Nordau stellt heute ihr neues Angebot vor. Es gilt ab Mai.\n"
    )
    meta = parse_text(text).release.meta
    assert inline_text(meta.title) == headline
    assert meta.kicker == section
    assert meta.issued == datetime.date(2026, 4, 20)


def test_a_short_headline_pairing_two_nouns_stays_the_headline() -> None:
    text = (
        "Wald und Wild\nFörster zeigen Kindern den Stadtwald am Samstag\n\n"
        "Nordau, 20.04.2026. Die Försterei Nordau lädt am Samstag Kinder in den Stadtwald ein.\n"
    )
    meta = parse_text(text).release.meta
    assert inline_text(meta.title) == "Wald und Wild"
