"""Web-page residue, rubrics, topic lines and sender lines around the headline are never the headline.

Every release here is invented; each convention is exercised by releases of at least two kinds of sender.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.model import inline_text
from pressconv.parser.residue import residue_reason
from tests.fixtures.heads import BODY as _BODY
from tests.fixtures.heads import HEADLINE as _HEADLINE
from tests.fixtures.heads import SUBTITLE as _SUBTITLE
from tests.fixtures.heads import first_paragraph as _first_paragraph
from tests.fixtures.heads import lost as _lost
from tests.fixtures.heads import parse_text as _parse
from tests.fixtures.heads import removed as _removed

# ------------------------------------------------------------- back links and page buttons


@pytest.mark.parametrize(
    "back",
    ["« Zurück zur Übersicht", "← Zurück zu allen Meldungen", "‹ Back to all news", "Zurück zu den Pressemitteilungen"],
)
def test_a_back_link_above_the_headline_is_navigation(back: str) -> None:
    result = _parse(f"Startseite > Presse > Meldungen\n{back}\n\n02.03.2026\n\n{_HEADLINE}\n\n{_SUBTITLE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.subtitle is not None and inline_text(meta.subtitle) == _SUBTITLE
    assert "back link" in _removed(result)[back]
    assert not _lost(result)


@pytest.mark.parametrize("headline", ["Zurück zur Natur", "Zurück in die Zukunft", "Back to school"])
def test_a_headline_that_starts_with_back_is_no_back_link(headline: str) -> None:
    assert residue_reason(headline) is None


@pytest.mark.parametrize("buttons", ["Teilen   Drucken   E-Mail", "Drucken\t\tTeilen", "Share   Print   Email", "Email"])
def test_a_row_of_page_buttons_is_residue(buttons: str) -> None:
    assert residue_reason(buttons) is not None


def test_a_row_of_words_that_are_not_all_buttons_stays() -> None:
    assert residue_reason("Teilen   und   Helfen") is None


# ------------------------------------------------------------- label line with web furniture


@pytest.mark.parametrize(
    ("line", "label", "issued"),
    [
        ("Pressemitteilung vom 20.02.2030 | Lesedauer: ca. 5 Minuten", "Pressemitteilung", date(2030, 2, 20)),
        ("Presseinformation | 04.05.2030 | Lesezeit: 2 Min.", "Presseinformation", date(2030, 5, 4)),
    ],
)
def test_a_reading_time_on_the_label_line_is_residue_not_the_headline(line: str, label: str, issued: date) -> None:
    result = _parse(f"{line}\n\n{_HEADLINE}\n\n{_SUBTITLE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.issued == issued
    assert meta.kicker == label
    assert any("article tool" in reason for reason in _removed(result).values())
    assert not _lost(result)


@pytest.mark.parametrize(
    ("crumbs", "sender"),
    [
        ("Stadt Nordwalde | Bürger & Verwaltung | Aktuelles", "Stadt Nordwalde"),
        ("Kreissportbund Kleinbergen > Verband > Presse", "Kreissportbund Kleinbergen"),
    ],
)
def test_a_breadcrumb_after_the_sites_name_is_navigation(crumbs: str, sender: str) -> None:
    result = _parse(f"{crumbs}\nPressemitteilung vom 20.02.2030\n\n{_HEADLINE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.organisation == sender
    assert any("breadcrumb" in reason for reason in _removed(result).values())
    assert not _lost(result)


# ------------------------------------------------------------- rubrics and topic lines


@pytest.mark.parametrize("rubric", ["PERSONALIE", "VERKEHR", "TIERSCHUTZ"])
def test_a_capitals_rubric_set_apart_above_the_headline_is_the_kicker(rubric: str) -> None:
    result = _parse(f"Pressemitteilung\n\n{rubric}\n\n{_HEADLINE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.kicker is not None and meta.kicker.endswith(rubric)
    assert not _lost(result)


@pytest.mark.parametrize(
    ("topic", "headline"),
    [
        ("Nachwuchs bei den Erdmännchen", "Vier auf einen Streich: Tierpark Nordwalde zeigt seine jüngsten Bewohner"),
        ("Ärger um die Ortsumgehung", "Gutachten liegt vor: Kreis prüft eine zweite Trasse durch das Mühlental"),
    ],
)
def test_a_topic_phrase_over_a_colon_headline_is_the_kicker(topic: str, headline: str) -> None:
    result = _parse(f"{topic}\n\n{headline}\n\nNordwalde, 16.02.2030\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == headline
    assert meta.kicker == topic
    assert not _lost(result)


@pytest.mark.parametrize(
    ("headline", "subtitle"),
    [
        ("Kunst im Stadtpark", "Skulpturen in Nordwalde aufgestellt – Rundgänge an zwei Sonntagen"),
        ("Aufruf des Stadtarchivs", "Wer hat alte Fotos vom Hafen?"),
    ],
)
def test_a_short_headline_over_a_longer_subtitle_stays_the_headline(headline: str, subtitle: str) -> None:
    result = _parse(f"{headline}\n{subtitle}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == headline
    assert meta.subtitle is not None and inline_text(meta.subtitle) == subtitle


def test_a_sender_over_a_desk_coded_headline_is_no_topic_line() -> None:
    headline = "POL-NW: Einbruch in Lagerhalle – Polizei sucht Zeugen"
    result = _parse(f"Polizeiinspektion Nordwalde\n\n{headline}\n\n24.11.2030 – 10:42\n\n{_BODY}")
    assert inline_text(result.release.meta.title) == headline
    assert result.release.meta.kicker is None


# ------------------------------------------------------------- sender lines


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Nordwalde Netz GmbH – ein Unternehmen der Stadtwerke Nordwalde", "Nordwalde Netz GmbH"),
        ("Bäderbetrieb Kleinbergen – eine Tochtergesellschaft der Stadt Kleinbergen", "Bäderbetrieb Kleinbergen"),
    ],
)
def test_an_affiliation_line_under_the_label_is_the_sender(line: str, name: str) -> None:
    result = _parse(f"PRESSEINFORMATION\n\n{line}\n\n{_HEADLINE}\n\n{_SUBTITLE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.subtitle is not None and inline_text(meta.subtitle) == _SUBTITLE
    assert meta.organisation == name
    assert "affiliation" in _removed(result)[line.split(" – ", 1)[1]]
    assert not _lost(result)


@pytest.mark.parametrize("sender", ["Polizeipräsidium Nordwalde", "Landratsamt Kleinbergen"])
def test_a_sender_under_the_headline_and_date_is_no_subtitle(sender: str) -> None:
    result = _parse(f"{_HEADLINE}\n\n17.08.2030 – 11:52\n\n{sender}\n\nNordwalde (ots) – {_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.subtitle is None
    assert meta.organisation == sender
    assert not _lost(result)


@pytest.mark.parametrize(
    ("sender", "motto"),
    [("VHS Kreis Nordwalde", "Bildung für alle – seit 1947"), ("Musikschule Kleinbergen", "Weil Musik verbindet")],
)
def test_a_bare_presse_under_a_letterhead_is_its_label_and_the_motto_no_name(sender: str, motto: str) -> None:
    result = _parse(f"{sender}\n{motto}\n\nPresse\n\n{_HEADLINE}\n\n{_SUBTITLE}\n\nFoto: Archiv\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.subtitle is not None and inline_text(meta.subtitle) == _SUBTITLE
    assert meta.kicker == "Presse"
    assert meta.organisation == sender
    assert "motto" in _removed(result)[motto]
    assert not _lost(result)


@pytest.mark.parametrize("sender", ["Diakonisches Werk Nordwalde", "Tierschutzverein Kleinbergen e. V."])
def test_a_date_and_sender_line_under_the_headline_is_read_into_the_head(sender: str) -> None:
    result = _parse(f"{_HEADLINE}\n\n08.01.2030 | {sender}\nLesezeit 3 Min.\n\nTeilen   Drucken   E-Mail\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.issued == date(2030, 1, 8)
    assert meta.organisation == sender
    assert "Die Arbeiten beginnen" in _first_paragraph(result)
    assert "web-page tool" in _removed(result)["Teilen   Drucken   E-Mail"]
    assert not _lost(result)


# ------------------------------------------------------------- the press desk that mailed the release


@pytest.mark.parametrize(
    ("sender", "name"),
    [
        ("Pressestelle Agentur für Arbeit Nordwalde <presse@nordwalde.example>", "Agentur für Arbeit Nordwalde"),
        ('"Pressestelle der Stadt Kleinbergen" <presse@kleinbergen.example>', "Stadt Kleinbergen"),
    ],
)
def test_the_mailing_press_desk_names_the_organisation_the_head_does_not(sender: str, name: str) -> None:
    mail = f"Von: {sender}\nBetreff: PM 3/2030\n\nSehr geehrte Damen und Herren,\n\nanbei unsere Meldung.\n\n-----\n\n"
    result = _parse(f"{mail}Presseinformation\n\n{_HEADLINE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.organisation == name
    assert not _lost(result)


def test_a_person_as_mail_sender_names_no_organisation() -> None:
    mail = "Von: Jana Beispiel <jana@kleinbergen.example>\nBetreff: PM 3/2030\n\n-----\n\n"
    result = _parse(f"{mail}Presseinformation\n\n{_HEADLINE}\n\n{_BODY}")
    assert result.release.meta.organisation is None
