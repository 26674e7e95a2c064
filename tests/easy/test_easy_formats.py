"""The Leichte-Sprache summary through the PDF, EPUB and DOCX writers meets the full release's bars.

Issue 7: ``--easy --to pdf,epub,docx`` must pass the same validators as the full release. The
summaries are made by the real CLI over the seed and the German corpus files, then checked with
page-validation (PDF/UA-1) and our structure checks, EPUBCheck and DAISY Ace, and LibreOffice's
PDF/UA export of the DOCX (with the same proven LibreOffice 7.4 bugs allowed as for the full release).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pressconv.checks.pdf_structure import check_pdf_structure
from tests.conftest import CORPUS
from tests.validators import tools
from tests.validators.test_docx_validators import unexplained_failures

PRESSCONV = Path(sys.executable).with_name("pressconv")
# The seed plus German files of each kind: award, police report, invitation, very long report.
NAMES = (
    "de-city-dortmund-seed",
    "de-police-berlin-005",
    "de-state-berlin-einladung-007",
    "de-state-berlin-rechnungshof-verylong-008",
    "de-state-berlin-landesarchiv-010",
)


@pytest.fixture(scope="module")
def summaries(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("easy-formats")
    inputs = folder / "in"
    inputs.mkdir()
    for name in NAMES:
        (inputs / f"{name}.txt").write_bytes((CORPUS / f"{name}.txt").read_bytes())
    out = folder / "out"
    result = subprocess.run(
        [str(PRESSCONV), "convert", str(inputs), "--to", "pdf,epub,docx", "--easy", "--out-dir", str(out), "--quiet"],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1537444800", "CI": "true"},
    )
    assert result.returncode == 0, result.stderr
    yield out


@pytest.mark.validator
@pytest.mark.parametrize("name", NAMES)
def test_easy_pdf_is_pdfua(summaries: Path, name: str) -> None:
    pdf = summaries / f"{name}.leicht.pdf"
    assert tools.pdfua_failures(pdf) == []
    assert [f for f in check_pdf_structure(pdf)] == []
    assert tools.pdfinfo(pdf)["Tagged"] == "yes"
    assert tools.qpdf_check(pdf)[0] == 0


@pytest.mark.validator
def test_easy_epubs_pass_epubcheck(summaries: Path) -> None:
    paths = [summaries / f"{name}.leicht.epub" for name in NAMES]
    messages = tools.epubcheck_messages(paths)
    assert {path.name: found for path, found in messages.items() if found} == {}


@pytest.mark.validator
@pytest.mark.parametrize("name", NAMES[:2])
def test_easy_epub_passes_ace(summaries: Path, name: str) -> None:
    assert tools.ace_violations(summaries / f"{name}.leicht.epub") == []


@pytest.mark.validator
def test_easy_docx_converts_to_valid_pdfua(summaries: Path, tmp_path: Path) -> None:
    docs = [summaries / f"{name}.leicht.docx" for name in NAMES]
    pdfs = tools.libreoffice_to_pdf_many(docs, tmp_path)
    for pdf, doc in zip(pdfs, docs, strict=True):
        assert unexplained_failures(pdf, doc) == [], doc.name


def test_easy_outputs_are_labelled_drafts(summaries: Path) -> None:
    # The honest label travels with the summary into every format (DIN SPEC 33429: unreviewed).
    text = tools.pdftotext(summaries / "de-city-dortmund-seed.leicht.pdf")
    assert "Entwurf" in text and "geprüft" in text
