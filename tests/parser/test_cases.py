"""Hand-written releases covering every construct the parser knows, each with a native-dump golden."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressconv.api import parse
from pressconv.model import (
    BlockQuote,
    BulletList,
    Heading,
    OrderedList,
    Paragraph,
    Quotation,
    Table,
    inline_text,
)
from pressconv.native import dump
from pressconv.source import decode
from tests.conftest import check_golden
from tests.parser.accounting import missing_words

CASES = Path(__file__).resolve().parent / "cases"


def case_files() -> list[Path]:
    """The fixture releases in tests/parser/cases."""
    return sorted(CASES.glob("*.txt"))


def _parse(name: str):  # type: ignore[no-untyped-def]
    path = CASES / name
    return parse(path.read_bytes(), path=name)


@pytest.mark.parametrize("path", case_files(), ids=lambda p: p.stem)
def test_case_matches_golden(path: Path) -> None:
    result = parse(path.read_bytes(), path=path.name)
    check_golden(dump(result.release), path.with_suffix(".native"))


@pytest.mark.parametrize("path", case_files(), ids=lambda p: p.stem)
def test_case_loses_no_word(path: Path) -> None:
    result = parse(path.read_bytes(), path=path.name)
    assert not missing_words(decode(path.read_bytes()).text, result)


def test_german_head_fields() -> None:
    meta = _parse("de-full.txt").release.meta
    assert meta.kicker == "Pressemitteilung"
    assert meta.release_number == "Nr. 123/2024"
    assert meta.embargo is not None and meta.embargo.isoformat() == "2024-03-21T11:00:00"
    assert meta.issued is not None and meta.issued.isoformat() == "2024-03-20"
    assert meta.place == "Musterstadt"
    assert inline_text(meta.title) == "Neue Radwege für die Innenstadt"
    assert meta.subtitle is not None
    assert inline_text(meta.subtitle) == "Stadt investiert zwei Millionen Euro in sichere Verbindungen"
    assert meta.language == "de-DE"
    assert meta.organisation == "Stadt Musterstadt"


def test_german_body_structure() -> None:
    result = _parse("de-full.txt")
    body = result.release.body
    kinds = [type(block).__name__ for block in body]
    assert "Heading" in kinds and "BulletList" in kinds and "OrderedList" in kinds and "Table" in kinds
    assert "PhotoCredit" in kinds
    table = next(block for block in body if isinstance(block, Table))
    assert table.header is not None and [inline_text(c) for c in table.header] == [
        "Abschnitt",
        "Länge",
        "Kosten",
    ]
    ordered = next(block for block in body if isinstance(block, OrderedList))
    assert ordered.start == 1 and len(ordered.items) == 3
    heading = next(block for block in body if isinstance(block, Heading))
    assert inline_text(heading.children) == "Die wichtigsten Strecken"
    quotes = [n for b in body if isinstance(b, Paragraph) for n in b.children if isinstance(n, Quotation)]
    assert [(q.speaker, q.role) for q in quotes] == [
        ("Erika Beispiel", "Bürgermeisterin"),
        ("Max Muster", "Verkehrsdezernent"),
    ]  # »großen Schritt …« is a cited phrase, not speech: it stays text with its marks
    kinds_of_sections = [section.kind for section in result.release.sections]
    assert kinds_of_sections == ["links", "contact", "about", "notes"]
    contact = result.release.sections[1].contacts[0]
    assert contact.name == "Maria Beispiel"
    assert contact.email == "presse@musterstadt.de"
    assert contact.phone == "0231 50-12345"
    assert contact.address == "Marktplatz 1, 44135 Musterstadt"
    assert [entry.text for entry in result.removed] == [
        "Startseite > Presse > Pressemitteilungen",
        "Seite drucken",
        "- Ende -",
    ]


def test_english_release() -> None:
    result = _parse("en-full.txt")
    meta = result.release.meta
    assert meta.kicker == "FOR IMMEDIATE RELEASE"
    assert meta.place == "BERLIN" and meta.issued is not None and meta.issued.isoformat() == "2025-03-04"
    assert meta.language == "en-US"
    assert meta.embargo is not None and meta.embargo.hour == 10
    body = result.release.body
    quotes = [n for b in body if isinstance(b, Paragraph) for n in b.children if isinstance(n, Quotation)]
    assert {(q.speaker, q.role) for q in quotes} == {("Jane Doe", "CEO of Acme")}
    blockquote = next(block for block in body if isinstance(block, BlockQuote))
    assert len(blockquote.children) == 2  # a quotation over two paragraphs
    assert any(isinstance(b, BulletList) and len(b.items) == 3 for b in body)
    # "Learn more at URL" is a sentence of the body, not a links section.
    assert [s.kind for s in result.release.sections] == ["about", "contact", "notes"]
    contact = result.release.sections[1].contacts[0]
    assert (contact.name, contact.role, contact.organisation) == (
        "Jane Roe",
        "Head of Communications",
        "Acme Corporation",
    )
    assert contact.phone == "+49 30 1234567" and contact.email == "press@acme.example.com"


@pytest.mark.parametrize(
    ("name", "issued", "time", "place"),
    [
        ("de-dates-and-datelines.txt", "2019-04-26", "11:53", "Frankfurt"),
        ("de-date-long.txt", "2018-09-20", None, None),
        ("de-date-iso.txt", "2018-09-20", None, "Berlin"),
        ("en-dates.txt", "2018-09-20", None, "Washington, D.C."),
        ("en-full.txt", "2025-03-04", None, "BERLIN"),
    ],
)
def test_dates_and_datelines(name: str, issued: str, time: str | None, place: str | None) -> None:
    meta = _parse(name).release.meta
    assert meta.issued is not None and meta.issued.isoformat() == issued
    assert meta.issued_time == time
    assert meta.place == place


def test_list_markers_and_quote_styles() -> None:
    body = _parse("de-lists-and-quotes.txt").release.body
    lists = [b for b in body if isinstance(b, BulletList)]
    assert [len(b.items) for b in lists] == [3, 2, 4]
    quotes = [n for b in body if isinstance(b, Paragraph) for n in b.children if isinstance(n, Quotation)]
    assert [q.speaker for q in quotes] == [
        "Petra Muster",
        None,
        "Jan Beispiel",
        "Petra Muster",
        "Petra Muster",
    ]


def test_residue_and_hard_wrap() -> None:
    result = _parse("de-residue-and-wrap.txt")
    reasons = {entry.text: entry.reason for entry in result.removed}
    assert "cookie" in reasons["Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie der Verwendung von Cookies zu."]
    assert "breadcrumb" in reasons["Sie sind hier: Startseite > Aktuelles > Meldungen"]
    paragraphs = [inline_text(b.children) for b in result.release.body if isinstance(b, Paragraph)]
    assert paragraphs[0].endswith("Entlastung der Nachmittagsstunden.")
    assert "\n" not in paragraphs[0]


def test_contact_heading_forms() -> None:
    expected = {
        "de-date-long.txt": ("Medienkontakt", "Anna Beispiel"),
        "de-date-iso.txt": ("Ansprechpartner/in", "Klaus Beispiel"),
        "de-lists-and-quotes.txt": ("Rückfragen bitte an", "Petra Muster"),
        "en-dates.txt": ("Contact", "Sam Example"),
        "en-contacts-and-end-marks.txt": ("Media Contacts", "Alex Example"),
    }
    for name, (title, person) in expected.items():
        sections = [s for s in _parse(name).release.sections if s.kind == "contact"]
        assert sections and sections[0].title == title, name
        assert sections[0].contacts[0].name == person, name


@pytest.mark.parametrize(
    ("text", "mark"),
    [("###", "###"), ("-30-", "-30-"), ("- Ende -", "- Ende -"), ("ENDS", "ENDS"), ("- 30 -", "- 30 -")],
)
def test_end_marks_are_removed(text: str, mark: str) -> None:
    result = parse(f"Titel der Mitteilung\n\nDer erste Absatz der Mitteilung ist hier.\n\n{text}\n")
    assert [entry.text for entry in result.removed] == [mark]
    assert all(mark not in inline_text(b.children) for b in result.release.body if isinstance(b, Paragraph))
