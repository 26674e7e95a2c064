"""The PDF's bullets are text of the item, cut into LI > Lbl + LBody by the tag fixer (issue 15 #5).

The print variant writes "• " at the start of each bullet item instead of a ::marker box (about a
third of WeasyPrint's time with 10 000 bullets); these tests hold the PDF to what the marker gave:
the structure LI > Lbl + LBody (ISO 14289-1 7.6), a consistent ParentTree, PDF/UA-1 by the
validator the suite uses, every item's text and number in the text layer, and a screen page
without any of it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pressconv.api import parse
from pressconv.checks.pdf_structure import check_pdf_structure, structure_outline
from pressconv.model import Release
from pressconv.writers._pdf_tags import _cut_label, _type0_fonts
from pressconv.writers.html import render_document
from pressconv.writers.pdf import PdfWriter
from tests.fixtures.releases import context
from tests.validators import tools

# Enough items to run over several pages, so labels are cut on pages after the first too.
_ITEMS = [f"Punkt {i} der Liste" for i in range(120)]
_LONG = (
    "sichere Kreuzungen für alle Menschen, die mit dem Rad, zu Fuß oder mit dem Rollstuhl "
    "unterwegs sind, und bessere Ampeln an den großen Straßen der Innenstadt"
)
_TEXT = (
    "Stadt baut Radwege\n\nBerlin, 12.03.2024\n\nDie Stadt baut Radwege in allen Bezirken.\n\n"
    + "".join(f"- {item}\n" for item in _ITEMS)
    + f"- {_LONG}\n- www.berlin.de nennt alle Radwege\n\n"
    + "Die Schritte:\n\n1) Planen\n2) Bauen\n10) Eröffnen\n"
)


@pytest.fixture(scope="module")
def release() -> Release:
    return parse(_TEXT, path="bullets.txt").release


@pytest.fixture(scope="module")
def pdf(release: Release, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bullets") / "bullets.pdf"
    path.write_bytes(PdfWriter().render(release, context()))
    return path


def test_only_the_print_variant_writes_bullets_as_text(release: Release) -> None:
    printed = render_document(release, context(), variant="print")
    screen = render_document(release, context(), variant="screen")
    assert printed.count('<li data-pdf-label="•">• ') == len(_ITEMS) + 2
    assert "data-pdf-label" not in screen
    assert "<li>• " not in screen
    assert '<ul class="text-bullets">' not in screen


def test_every_bullet_is_an_lbl_beside_its_lbody(pdf: Path) -> None:
    outline = structure_outline(pdf)
    items = [i for i, (kind, _) in enumerate(outline) if kind == "LI"]
    bullets = [i for i in items if outline[i + 1] == ("Lbl", "•")]
    assert len(bullets) == len(_ITEMS) + 2
    bodies = [outline[i + 2] for i in bullets]
    assert all(kind == "LBody" for kind, _ in bodies)
    # The body holds the item's text and nothing of the bullet.
    texts = [text for _, text in bodies]
    assert texts[: len(_ITEMS)] == _ITEMS
    # Compared without white space: WeasyPrint draws no space where a line breaks.
    assert texts[len(_ITEMS)].replace(" ", "") == _LONG.replace(" ", "")
    assert texts[-1].endswith("nennt alle Radwege") and "•" not in "".join(texts)


def test_numbers_stay_outside_markers_as_written(pdf: Path) -> None:
    outline = structure_outline(pdf)
    labels = [text for kind, text in outline if kind == "Lbl" and text != "•"]
    assert [label.rstrip(".)") for label in labels] == ["1", "2", "10"]


def test_structure_and_pdfua1_pass(pdf: Path) -> None:
    assert check_pdf_structure(pdf) == []
    assert tools.pdfua_failures(pdf) == []


def test_every_item_and_number_is_in_the_text_layer(pdf: Path) -> None:
    lines = [" ".join(line.split()) for line in tools.pdftotext(pdf).splitlines()]
    for item in _ITEMS:
        assert f"• {item}" in lines
    text = " ".join(lines)
    # An item that starts with a link: the bullet is a line of its own in the content stream.
    assert "• Website berlin.de" in text
    for number, step in (("1", "Planen"), ("2", "Bauen"), ("10", "Eröffnen")):
        assert f"{number}. {step}" in text or f"{number}) {step}" in text


def _page_with_type0_font() -> tuple[Any, Any, Any]:
    """pikepdf, a new PDF (kept by the caller: a page of a freed PDF is destroyed) and its page."""
    import pikepdf

    pdf = pikepdf.new()
    page = pdf.add_blank_page()
    font = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type0)
    page.obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    return pikepdf, pdf, page


def _line(pikepdf: Any, *shows: list[Any]) -> list[Any]:
    """WeasyPrint's line: colour, BT, Tm, Tf, one TJ per text run (a Tf between runs), ET."""

    def op(operands: list[Any], operator: str) -> Any:
        return pikepdf.ContentStreamInstruction(operands, pikepdf.Operator(operator))

    body = [op([0, 0, 0], "rg"), op([], "BT"), op([1, 0, 0, -1, 10, 20], "Tm")]
    for index, show in enumerate(shows):
        body += [op([pikepdf.Name(f"/F{index + 1}"), 11], "Tf"), op([pikepdf.Array(show)], "TJ")]
    return [*body, op([], "ET")]


def _cut(pikepdf: Any, page: Any, body: list[Any], glyphs: int, mcids: tuple[int, int]) -> list[Any] | None:
    """``_cut_label`` as the fixer calls it: the page's Type0 fonts and the operator names read once."""
    return _cut_label(pikepdf, _type0_fonts(pikepdf, page), body, [str(i.operator) for i in body], glyphs, mcids)


def _shape(pikepdf: Any, instructions: list[Any]) -> list[tuple[str, list[bytes | int]]]:
    """Operator and the glyph strings / MCIDs it carries, for comparing."""
    out: list[tuple[str, list[bytes | int]]] = []
    for instruction in instructions:
        name = str(instruction.operator)
        if name == "TJ":
            out.append((name, [bytes(i) for i in instruction.operands[0] if isinstance(i, pikepdf.String)]))
        elif name == "BDC":
            out.append((name, [int(instruction.operands[1].MCID)]))
        else:
            out.append((name, []))
    return out


def test_the_label_glyphs_are_cut_from_the_first_text_run() -> None:
    pikepdf, _pdf, page = _page_with_type0_font()
    # "•", " ", "P", "u": two bytes a glyph (Identity-H), a position adjustment after each.
    body = _line(pikepdf, [pikepdf.String(b"\x00\x10\x00\x03"), 0, pikepdf.String(b"\x00\x20\x00\x21"), 11])
    cut = _cut(pikepdf, page, body, 2, (5, 9))
    assert cut is not None
    assert _shape(pikepdf, cut) == [
        ("rg", []),
        ("BT", []),
        ("Tm", []),
        ("Tf", []),
        ("BDC", [5]),
        ("TJ", [b"\x00\x10\x00\x03"]),
        ("EMC", []),
        ("BDC", [9]),
        ("TJ", [b"\x00\x20\x00\x21"]),
        ("EMC", []),
        ("ET", []),
    ]


def test_a_label_that_ends_its_text_run_leaves_the_next_run_to_the_body() -> None:
    """The first word in a fallback font: its own Tf and TJ after the label's run."""
    pikepdf, _pdf, page = _page_with_type0_font()
    body = _line(pikepdf, [pikepdf.String(b"\x00\x10\x00\x03")], [pikepdf.String(b"\x00\x40")])
    cut = _cut(pikepdf, page, body, 2, (0, 1))
    assert cut is not None
    assert [name for name, _ in _shape(pikepdf, cut)] == [
        "rg", "BT", "Tm", "Tf", "BDC", "TJ", "EMC", "BDC", "Tf", "TJ", "EMC", "ET"
    ]  # fmt: skip


def test_a_line_with_the_label_alone_is_the_label_whole() -> None:
    pikepdf, _pdf, page = _page_with_type0_font()
    assert _cut(pikepdf, page, _line(pikepdf, [pikepdf.String(b"\x00\x10")]), 2, (0, 1)) == []


def test_a_line_of_another_shape_is_left_alone() -> None:
    """Content the cut does not recognise stays as it was: no label."""
    pikepdf, _pdf, page = _page_with_type0_font()
    rectangle = [pikepdf.ContentStreamInstruction([0, 0, 10, 10], pikepdf.Operator("re"))]
    assert _cut(pikepdf, page, rectangle, 2, (0, 1)) is None
    # A font that is not a two-byte Type0 font: the glyph count of a string is unknown.
    page.obj.Resources.Font.F1.Subtype = pikepdf.Name.TrueType
    body = _line(pikepdf, [pikepdf.String(b"\x00\x10\x00\x03\x00\x20")])
    assert _cut(pikepdf, page, body, 2, (0, 1)) is None
