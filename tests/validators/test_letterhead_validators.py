"""A letterhead (issue 18 #7) keeps the PDF and the DOCX valid: page-validation (PDF/UA-1) for our
PDF and for LibreOffice's PDF of the DOCX, in whose structure tree it stays content, not an artifact."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressconv.checks.pdf_structure import structure_outline
from pressconv.writers.docx import DocxWriter
from pressconv.writers.pdf import PdfWriter
from tests.fixtures.releases import context, english_release, seed_shaped_release
from tests.validators import tools
from tests.validators.test_docx_validators import unexplained_failures

LETTERHEAD = "Presseamt der Beispielstadt\nMarktplatz 1 · 12345 Beispielstadt · Telefon 0123 45678"
FIRST = LETTERHEAD.splitlines()[0]


@pytest.mark.parametrize("size", ["A4", "Letter"])
def test_letterhead_pdf_passes_pdfua1_and_qpdf(tmp_path: Path, size: str) -> None:
    path = tmp_path / "letterhead.pdf"
    path.write_bytes(PdfWriter().render(seed_shaped_release(), context(letterhead=LETTERHEAD, page_size=size)))
    assert tools.pdfua_failures(path) == []
    code, output = tools.qpdf_check(path)
    assert code == 0, output
    # poppler reads it from the structure tree, where artifacts never appear.
    assert FIRST in tools.pdfinfo_struct_text(path)


def test_letterhead_docx_exports_to_pdfua1_with_the_letterhead_as_content(tmp_path: Path) -> None:
    paths = []
    for name, release in (("de", seed_shaped_release()), ("en", english_release())):
        path = tmp_path / f"letterhead-{name}.docx"
        path.write_bytes(DocxWriter().render(release, context(letterhead=LETTERHEAD)))
        paths.append(path)
    pdfs = tools.libreoffice_to_pdf_many(paths, tmp_path / "pdf")
    for docx_path, pdf in zip(paths, pdfs, strict=True):
        assert unexplained_failures(pdf, docx_path) == [], docx_path.name
        assert FIRST in tools.pdfinfo_struct_text(pdf), docx_path.name
        found = [kind for kind, text in structure_outline(pdf.read_bytes()) if text.startswith(FIRST)]
        assert found and not any(kind.startswith("H") for kind in found), found
