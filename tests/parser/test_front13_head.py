"""Web residue over the headline: page-tool rows joined by bars, the font-size switch, a picture's
caption, a press portal's breadcrumb, a CMS meta row and a one-word rubric in capitals.

Every release here is invented; each convention is exercised by releases of at least two kinds of sender.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.model import PhotoCredit, block_text, inline_text
from pressconv.parser.residue import residue_reason
from tests.fixtures.heads import BODY as _BODY
from tests.fixtures.heads import HEADLINE as _HEADLINE
from tests.fixtures.heads import lost as _lost
from tests.fixtures.heads import parse_text as _parse
from tests.fixtures.heads import removed as _removed
from tests.parser.hang import no_hang

# ------------------------------------------------------------- page tools and the font-size switch


@pytest.mark.parametrize(
    "row",
    [
        "Drucken | Merken | Vorlesen | Schrift A A A",
        "Seite drucken | Teilen | A- A A+",
        "Vorlesen   Schriftgröße: A A+ A++",
    ],
)
def test_a_row_of_page_tools_is_residue_not_the_headline(row: str) -> None:
    result = _parse(f"Gemeinde Tannfeld\n{row}\n\n{_HEADLINE}\n\n{_BODY}")
    assert inline_text(result.release.meta.title) == _HEADLINE
    assert row in _removed(result)
    assert not _lost(result)


@pytest.mark.parametrize("text", ["Ein A A A für die Schule", "Drucken | Neue Radwege am Ufer", "Sport | Freizeit"])
def test_a_row_with_content_in_it_is_no_residue(text: str) -> None:
    assert residue_reason(text) is None


# ------------------------------------------------------------- a picture's caption above the headline


@pytest.mark.parametrize(
    "caption",
    [
        "[Bild: Der neue Spielplatz am Weiher. Foto: Gemeinde Tannfeld/K. Ost]",
        "[Foto: Die Sieger des Wettbewerbs mit der Jury]",
        "Foto: Landratsamt Nordau/Pressestelle",
    ],
)
def test_a_caption_above_the_headline_is_the_pictures(caption: str) -> None:
    result = _parse(f"Pressemitteilung\n{caption}\n\n{_HEADLINE}\n\n{_BODY}")
    assert inline_text(result.release.meta.title) == _HEADLINE
    credits = [block_text(block) for block in result.release.body if isinstance(block, PhotoCredit)]
    assert credits == [caption.strip("[]")]
    assert not _lost(result)


# ------------------------------------------------------------- a press portal's breadcrumb


@pytest.mark.parametrize(
    ("crumb", "organisation"),
    [
        ("Meldungen › Landratsamt Nordau", "Landratsamt Nordau"),
        ("Blaulicht › Feuerwehr Tannfeld", "Feuerwehr Tannfeld"),
        ("Aktuelles » Veranstaltungen » Konzerte", None),
    ],
)
def test_an_arrow_breadcrumb_is_navigation(crumb: str, organisation: str | None) -> None:
    result = _parse(f"{crumb}\n12.03.2031\n{_HEADLINE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.organisation == organisation
    assert any("breadcrumb" in reason for reason in _removed(result).values())
    assert not _lost(result)


def test_a_lone_wire_dateline_is_no_subtitle() -> None:
    result = _parse(f"Blaulicht › Feuerwehr Tannfeld\n{_HEADLINE}\n\nTannfeld (ots) –\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.subtitle is None
    assert meta.place == "Tannfeld"


# ------------------------------------------------------------- a CMS meta row


@pytest.mark.parametrize(
    ("row", "issued"),
    [
        ("Presse | Veröffentlicht am 04.06.2031 | Kategorie: Kultur, Bildung", date(2031, 6, 4)),
        ("Presse | 17.02.2030 | Rubrik: Verkehr", date(2030, 2, 17)),
    ],
)
def test_a_meta_row_gives_the_date_and_the_headline_follows(row: str, issued: date) -> None:
    result = _parse(f"« Zurück zur Übersicht\n{row}\n\n{_HEADLINE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.subtitle is None
    assert meta.issued == issued
    assert not _lost(result)


# ------------------------------------------------------------- a one-word rubric in capitals


@pytest.mark.parametrize("rubric", ["EILMELDUNG", "TERMINHINWEIS"])
def test_a_caps_rubric_over_the_text_is_the_kicker(rubric: str) -> None:
    mail = f"Von: Pressestelle <presse@nordau.example>\nBetreff: {_HEADLINE}\n\n"
    result = _parse(f"{mail}Landratsamt Nordau\nPressestelle\n\n{rubric}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.kicker == rubric
    assert not _lost(result)


# ------------------------------------------------------------- no backtracking on long lines


@pytest.mark.parametrize("line", [" " * 100_000, "|" * 100_000])
def test_long_lines_of_spaces_or_bars_do_not_hang_the_parser(line: str) -> None:
    with no_hang():
        result = _parse(f"{line}\n\n{_HEADLINE}\n\n{_BODY}")
    assert not _lost(result)


@pytest.mark.parametrize("line", [" | " * 30_000, "A " * 50_000, "x › " * 25_000, "Drucken | " + " " * 100_000])
def test_long_rows_do_not_hang_the_parser(line: str) -> None:
    with no_hang():
        assert residue_reason(line) is None  # longer than any line of page furniture
        _parse(f"{line}\n\n{_HEADLINE}\n\n{_BODY}")


@pytest.mark.parametrize(
    ("head", "organisation"),
    [
        ("{rubric}\n\n12.03.2031", None),
        ("Landratsamt Nordau\nPressestelle\n\n{rubric}\n\n12.03.2031", "Landratsamt Nordau"),
        ("Pressemitteilung\n\n{rubric}\n\nNr. 12/2031", None),
    ],
)
@pytest.mark.parametrize("rubric", ["EILMELDUNG", "VERANSTALTUNGSHINWEIS"])
def test_a_caps_rubric_with_lines_between_it_and_the_headline_is_the_kicker(
    head: str, organisation: str | None, rubric: str
) -> None:
    result = _parse(f"{head.format(rubric=rubric)}\n\n{_HEADLINE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.organisation == organisation
    assert meta.kicker is not None and meta.kicker.endswith(rubric)
    assert not _lost(result)
