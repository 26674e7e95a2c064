"""Web-page head lines: a "Sie befinden sich hier:" breadcrumb and a "date | rubric" line are no headline.

Invented pages in the shapes three CMS senders used: a city's building office, a county's
environment office and a registry office print the date with the site's rubric above the headline;
two cities open the page with a breadcrumb in either wording.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.api import parse
from pressconv.model import inline_text


@pytest.mark.parametrize(
    "stamp",
    [
        "07.05.2027 | Bauen und Verkehr",
        "01.06.2027 | Umwelt, Gesundheit",
        "03.02.2027 | Stadt Nordheim | Bürgerservice & Standesamt",
    ],
)
def test_a_date_and_the_sites_rubric_above_the_headline_are_no_headline(stamp: str) -> None:
    text = (
        f"{stamp}\n\nBrücke am Mühlbach wird ab 1. Juni gesperrt\n\n"
        "Die Stadt sperrt die Brücke am Mühlbach ab Montag, 1. Juni 2027.\n"
    )
    result = parse(text.encode())
    assert inline_text(result.release.meta.title) == "Brücke am Mühlbach wird ab 1. Juni gesperrt"
    assert result.release.meta.issued is not None and result.release.meta.issued.year == 2027
    # Nothing lost: the rubric is listed as removed, with its reason.
    removed = " ".join(item.text for item in result.removed)
    assert stamp.split(" | ")[-1] in removed


def test_a_date_and_a_short_headline_stay_apart() -> None:
    result = parse("12.05.2027 | Neues Rathaus eröffnet\n\nDie Stadt hat ihr neues Rathaus eröffnet.\n".encode())
    assert "Neues Rathaus eröffnet" in inline_text(result.release.meta.title)


@pytest.mark.parametrize("opener", ["Sie befinden sich hier:", "Sie sind hier:"])
def test_a_breadcrumb_in_either_wording_is_web_residue(opener: str) -> None:
    text = (
        f"{opener} Startseite / Bürgerservice / Pressemitteilungen\n\n16.06.2027 | Pressestelle\n\n"
        "Bürgerbüro ab 1. Juli nur mit Termin\n\nAb Mittwoch, 1. Juli 2027, arbeitet das Bürgerbüro nur mit Termin.\n"
    )
    result = parse(text.encode())
    assert inline_text(result.release.meta.title) == "Bürgerbüro ab 1. Juli nur mit Termin"
    assert result.release.meta.issued == date(2027, 6, 16)
    assert any("Startseite" in item.text for item in result.removed)


def test_a_headline_of_nouns_only_after_a_date_stays_the_headline() -> None:
    text = (
        "04.05.2027 | Großbrand Lagerhalle Nordheim\n\n"
        "Nordheim, 4. Mai 2027. In einer Lagerhalle ist ein Feuer ausgebrochen.\n"
    )
    result = parse(text.encode())
    # Nouns strung together without "und", "&" or commas are a headline, never thrown away as a rubric.
    assert "Großbrand Lagerhalle Nordheim" in inline_text(result.release.meta.title)
    assert not any("Großbrand" in item.text for item in result.removed)


def test_a_document_number_of_a_year_is_no_phone() -> None:
    from pressconv.parser.reach import is_phone_number

    assert not is_phone_number("0731/2027")
    assert is_phone_number("0431 / 590 99-40")
    assert is_phone_number("06431 / 207-455")
