"""Releases pasted with the e-mail that carried them: header fields, salutation, cover note,
separator and closing are removed with their reasons; the subject is the headline only when the
release has none.

Every release here is invented; each convention is exercised by releases of at least two kinds of sender.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.api import ParseResult, parse
from pressconv.model import Paragraph, block_text, inline_text


def _parse(text: str) -> ParseResult:
    return parse(text.encode("utf-8"))


def _first_paragraph(result: ParseResult) -> str:
    return next(block_text(block) for block in result.release.body if isinstance(block, Paragraph))


def _removed(result: ParseResult) -> dict[str, str]:
    return {entry.text.strip(): entry.reason for entry in result.removed}


def _lost(result: ParseResult) -> list[str]:
    return [diagnostic.message for diagnostic in result.diagnostics if diagnostic.code == "text.lost"]


_RELEASE = (
    "Presseinformation\nSeedorf, 3. Juni 2026\n\n"
    "Wochenmarkt zieht auf den Rathausplatz um\n\n"
    "Seedorf. Der Wochenmarkt findet ab Juli auf dem Rathausplatz statt, weil der Marktplatz neu "
    "gepflastert wird. Die Stände öffnen wie gewohnt dienstags und freitags von 7 bis 13 Uhr.\n\n"
    "Pressekontakt:\nJana Wendt\nTel. 0123 45678-9\n"
)
_HEADERS = [
    # a utility's press desk, forwarded with the date it was sent
    (
        "Von: Presse Stadtwerke Seedorf <presse@stadtwerke-seedorf.example>\n"
        "Gesendet: Dienstag, 2. Juni 2026 17:12\nAn: Redaktion\n"
        "Betreff: PM – Wochenmarkt zieht um\n"
    ),
    # a club's chair, with a forwarding prefix on the subject
    "Von: Vorstand Marktgilde Seedorf e. V.\nBetreff: WG: PM: Wochenmarkt zieht um\n",
]


@pytest.mark.parametrize("header", _HEADERS)
def test_mail_header_salutation_cover_note_and_separator_are_removed(header: str) -> None:
    text = (
        f"{header}\nSehr geehrte Damen und Herren,\nanbei unsere Pressemitteilung mit der Bitte um "
        f"Veröffentlichung.\n\n-----\n\n{_RELEASE}\nMit freundlichen Grüßen\nJana Wendt\n"
    )
    result = _parse(text)
    meta = result.release.meta
    assert inline_text(meta.title) == "Wochenmarkt zieht auf den Rathausplatz um"
    assert meta.kicker == "Presseinformation"
    assert meta.issued == date(2026, 6, 3)
    assert _first_paragraph(result).startswith("Seedorf. Der Wochenmarkt")
    removed = _removed(result)
    assert "e-mail header" in removed[header.splitlines()[0]]
    assert "salutation" in removed["Sehr geehrte Damen und Herren,"]
    assert "cover note" in removed["anbei unsere Pressemitteilung mit der Bitte um Veröffentlichung."]
    assert "separator" in removed["-----"]
    assert "closing" in removed["Mit freundlichen Grüßen"]
    assert "signature" in removed["Jana Wendt"]  # the name repeats the press contact
    assert not _lost(result)


@pytest.mark.parametrize("header", _HEADERS)
def test_the_subject_names_a_release_that_has_no_headline(header: str) -> None:
    text = (
        f"{header}\n"
        "Der Wochenmarkt findet ab Juli auf dem Rathausplatz statt, weil der Marktplatz neu gepflastert "
        "wird. Die Stände öffnen wie gewohnt dienstags und freitags.\n"
    )
    result = _parse(text)
    assert inline_text(result.release.meta.title) == "Wochenmarkt zieht um"
    subject = next(line for line in header.splitlines() if line.startswith("Betreff"))
    assert "used as the headline" in _removed(result)[subject]


@pytest.mark.parametrize("closing", ["Mit freundlichen Grüßen", "Viele Grüße"])
def test_a_signature_that_adds_a_phone_number_is_not_removed(closing: str) -> None:
    text = f"{_RELEASE}\n{closing}\nKarl Ostmann\nTel. 0987 6543-21\n"
    result = _parse(text)
    removed = _removed(result)
    assert "closing" in removed[closing]
    assert "Karl Ostmann" not in removed  # only in the signature: kept for the contact reader
    assert not _lost(result)


def test_a_single_date_field_is_no_mail_header() -> None:
    result = _parse("Datum: 10.03.2026\n\nWochenmarkt zieht auf den Rathausplatz um\n\nSeedorf. Der Markt zieht um.\n")
    assert result.release.meta.issued == date(2026, 3, 10)
    assert inline_text(result.release.meta.title) == "Wochenmarkt zieht auf den Rathausplatz um"


@pytest.mark.parametrize(
    ("sent", "issued"),
    [
        ("Gesendet: Dienstag, 2. Juni 2026 16:40", date(2026, 6, 2)),
        ("Datum: 02.06.2026 16:40", date(2026, 6, 2)),
    ],
)
@pytest.mark.parametrize("sender", ["Von: Pressestelle Kreisklinik Seedorf", "Von: Vorstand Marktgilde Seedorf e. V."])
def test_the_mail_date_dates_a_release_that_states_none(sent: str, issued: date, sender: str) -> None:
    text = (
        f"{sender}\n{sent}\nBetreff: Wochenmarkt zieht um\n\n"
        "Wochenmarkt zieht auf den Rathausplatz um\n\n"
        "Der Wochenmarkt findet ab Juli auf dem Rathausplatz statt, weil der Marktplatz neu gepflastert "
        "wird. Die Stände öffnen wie gewohnt dienstags und freitags.\n"
    )
    result = _parse(text)
    assert result.release.meta.issued == issued
    assert "used as the release date" in _removed(result)[sent]
    assert inline_text(result.release.meta.title) == "Wochenmarkt zieht auf den Rathausplatz um"
    assert "used as the headline" not in _removed(result)["Betreff: Wochenmarkt zieht um"]


@pytest.mark.parametrize("header", _HEADERS)
def test_the_release_date_wins_over_the_mail_date(header: str) -> None:
    result = _parse(f"{header}\n-----\n\n{_RELEASE}")
    assert result.release.meta.issued == date(2026, 6, 3)
