"""Session 24: head lines that took the headline's place. A headline ending in a date is no "place, date"
line; a button row with "PDF" is residue; a topic word over a headline-and-subtitle block is the kicker;
rubrics after a CMS publication stamp and a letterhead set in columns are head items; the last letter of
a word is no phone label. Invented releases of at least two sender kinds per case."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.model import Phone, inline_text
from pressconv.parser import parse_text
from pressconv.parser.header import match_dateline, place_words
from pressconv.parser.inlines import build_inlines
from pressconv.parser.residue import residue_reason


def _title(text: str) -> str:
    return inline_text(parse_text(text).release.meta.title)


def _removed(text: str) -> list[str]:
    return [line.text for line in parse_text(text).removed]


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        # A council's tax decision and a transport company's new line: the headline ends in its date.
        ("Müllgebühr steigt zum 1. Januar 2028", "Der Ortsrat hat die Müllgebühr erhöht. Sie steigt um 12 Euro."),
        ("Neue Buslinie fährt ab 4. Mai 2026", "Die Verkehrsbetriebe richten eine neue Linie ein. Sie fährt oft."),
    ],
)
def test_a_headline_that_ends_in_a_date_stays_the_headline(headline: str, body: str) -> None:
    text = f"Stadt Nordau\n\nPressemitteilung 07/2026 | 26.03.2026\n\n{headline}\n\nNordau, 26. März 2026 – {body}\n"
    result = parse_text(text)
    assert inline_text(result.release.meta.title) == headline
    assert result.release.meta.place == "Nordau"


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Frankfurt am Main, 3. Mai 2026 – Die Messe beginnt.", "Frankfurt am Main"),
        ("Halle an der Saale, 3. Mai 2026 – Die Uni lädt ein.", "Halle an der Saale"),
        ("Nordstadt / Südheim, 4. November 2025 – Beide Städte planen.", "Nordstadt / Südheim"),
    ],
)
def test_place_names_with_small_joining_words_are_still_datelines(line: str, place: str) -> None:
    found = match_dateline(line)
    assert found is not None and found.place == place


@pytest.mark.parametrize("place", ["Müllgebühr steigt zum", "Neue Linie fährt ab", "Sommerfest im Park am"])
def test_a_clause_before_a_date_is_no_place(place: str) -> None:
    assert not place_words(place)


@pytest.mark.parametrize("line", ["Drucken   Teilen   PDF", "Vorlesen | PDF | E-Mail", "Drucken | Als PDF"])
def test_a_button_row_with_a_format_button_is_residue(line: str) -> None:
    assert residue_reason(line) is not None


def test_pdf_alone_is_no_residue() -> None:
    assert residue_reason("PDF") is None


_POLICE = """LANDESPOLIZEI NORDMARK
Pressestelle

Öffentlichkeitsfahndung

Vermisster 12-Jähriger aus Kellen – Polizei bittet um Hinweise
Wer hat Jonas seit Freitag gesehen?

Kellen, 3. Juli 2026 – Die Polizei sucht den 12-jährigen Jonas aus Kellen. Er wird seit Freitag vermisst.
"""

_THEATRE = """Saison 2027/28

Stadttheater Aue stellt neue Saison vor

18 Premieren in drei Sparten – Vorverkauf ab 1. Juni

Aue, 6. Mai 2026 – Das Stadttheater Aue zeigt in der neuen Spielzeit 18 Premieren. Der Vorverkauf beginnt im Juni.
"""


@pytest.mark.parametrize(
    ("text", "kicker", "title"),
    [
        (_POLICE, "Öffentlichkeitsfahndung", "Vermisster 12-Jähriger aus Kellen – Polizei bittet um Hinweise"),
        (_THEATRE, "Saison 2027/28", "Stadttheater Aue stellt neue Saison vor"),
    ],
)
def test_a_topic_word_over_headline_and_subtitle_is_the_kicker(text: str, kicker: str, title: str) -> None:
    meta = parse_text(text).release.meta
    assert meta.kicker == kicker
    assert inline_text(meta.title) == title
    assert meta.subtitle is not None


@pytest.mark.parametrize(
    ("stamp", "rubrics"),
    [
        (
            "Veröffentlicht am 05.10.2026 | Bürgerservice & Soziales | Aus dem Ortsrat",
            ["Bürgerservice & Soziales", "Aus dem Ortsrat"],
        ),
        ("Erstellt am 12.03.2026 | Studium | Aus den Fakultäten", ["Studium", "Aus den Fakultäten"]),
    ],
)
def test_rubrics_after_a_publication_stamp_are_removed_head_items(stamp: str, rubrics: list[str]) -> None:
    text = (
        f"Gemeinde Oberau\n\n{stamp}\n\nNeue Öffnungszeiten im Rathaus\n\n"
        "Oberau, 5. Oktober 2026 – Das Rathaus öffnet ab November auch am Samstag.\n"
    )
    result = parse_text(text)
    assert inline_text(result.release.meta.title) == "Neue Öffnungszeiten im Rathaus"
    assert result.release.meta.issued is not None
    removed = _removed(text)
    assert all(rubric in removed for rubric in rubrics)


@pytest.mark.parametrize(
    ("line", "number", "issued"),
    [
        ("Pressemitteilung 07/2026                      26.03.2026", "07/2026", date(2026, 3, 26)),
        ("Presseinformation Nr. 12\t\t14.05.2026", "12", date(2026, 5, 14)),
    ],
)
def test_a_letterhead_set_in_columns_is_read_item_by_item(line: str, number: str, issued: date) -> None:
    text = (
        f"Verwaltungsgericht Nordau\n\n{line}\n\nKlage gegen Bebauungsplan abgewiesen\n\n"
        "Das Gericht hat die Klage abgewiesen. Das Urteil ist nicht rechtskräftig.\n"
    )
    meta = parse_text(text).release.meta
    assert inline_text(meta.title) == "Klage gegen Bebauungsplan abgewiesen"
    assert meta.issued == issued
    assert meta.release_number is not None and number in meta.release_number


@pytest.mark.parametrize("text", ["Die Saison 2027/28 beginnt im September.", "Der Etat 2026/27 ist beschlossen."])
def test_the_last_letter_of_a_word_is_no_phone_label(text: str) -> None:
    assert not any(isinstance(node, Phone) for node in build_inlines(text))


@pytest.mark.parametrize(
    "text",
    [
        "T: 030 1234567",
        "Die Telefonnummer des Bürgerbüros lautet 0231 50-0.",
        "Die Hotline ist unter 0800 123456 erreichbar.",
    ],
)
def test_labelled_and_named_numbers_are_phones(text: str) -> None:
    assert any(isinstance(node, Phone) for node in build_inlines(text))


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Frankfurt a.M., 3. Mai 2026 – Die Messe beginnt.", "Frankfurt a.M."),
        ("Offenbach a.M., 4. Mai 2026 – Die Stadt lädt ein.", "Offenbach a.M."),
    ],
)
def test_an_abbreviated_joiner_ends_a_place(line: str, place: str) -> None:
    found = match_dateline(line)
    assert found is not None and found.place == place


@pytest.mark.parametrize(
    "text",
    [
        # A police news room and a school board: the last short item is the headline, the body right below.
        "Veröffentlicht am 05.10.2026 | Blaulicht | Einbruch in Kita\n\n"
        "Unbekannte sind in der Nacht in eine Kita eingebrochen. Sie stahlen Laptops.\n",
        "Erstellt am 12.03.2026 | Schule | Neue Mensa eröffnet\n\n"
        "Die Gesamtschule hat am Montag ihre neue Mensa eröffnet. Sie hat 200 Plätze.\n",
    ],
)
def test_without_a_headline_below_the_stamp_row_keeps_its_last_item(text: str) -> None:
    result = parse_text(text)
    kept = inline_text(result.release.meta.title) + " ".join(line.text for line in result.removed)
    assert "Einbruch in Kita" in kept or "Neue Mensa eröffnet" in kept
    assert not any(
        "topic tags" in line.reason and line.text in ("Einbruch in Kita", "Neue Mensa eröffnet") for line in result.removed
    )
