"""``check --against`` gives the same verdict on a PDF with and without poppler on the machine (issue 17).

The PDF's text is read with pypdfium2, which ships PDFium in its wheel. Before, a machine without
``pdftotext`` fell back to the structure tree's text and reported words of a correct PDF as missing
("3644" of the Berlin justice release, "auch im Jahr 2017 wurden" of the long audit report).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from pressconv.checks.extract.pdf import page_text
from pressconv.errors import MissingDependencyError
from tests.cli.helpers import CORPUS, explain, run_cli

# Both failed without poppler before; the second also breaks "E-Government-" at a line end.
RELEASES = ("de-state-berlin-justiz-002", "de-state-berlin-rechnungshof-verylong-008")


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pdfs")
    sources = [CORPUS / f"{name}.txt" for name in RELEASES]
    converted = run_cli(["convert", *sources, "--to", "pdf", "-d", folder])
    assert converted.returncode == 0, explain(converted)
    return folder


def _verdicts(release: Path, pdf: Path, empty_bin: Path) -> tuple[tuple[int, str, str], tuple[int, str, str]]:
    """``check --against`` run once as the machine is and once with no pdftotext on PATH."""
    # make test installs poppler-utils: the "with" side must really have pdftotext, or the two
    # runs would compare the same setting.
    assert shutil.which("pdftotext") is not None, "poppler's pdftotext is missing (make setup installs it)"
    with_poppler = run_cli(["check", "--against", release, pdf])
    # An empty folder as PATH: the entry script names its interpreter by absolute path.
    assert shutil.which("pdftotext", path=str(empty_bin)) is None
    without_poppler = run_cli(["check", "--against", release, pdf], env={"PATH": str(empty_bin)})
    return (
        (with_poppler.returncode, with_poppler.stdout, with_poppler.stderr),
        (without_poppler.returncode, without_poppler.stdout, without_poppler.stderr),
    )


@pytest.mark.parametrize("name", RELEASES)
def test_a_correct_pdf_passes_with_and_without_poppler(pdfs: Path, tmp_path: Path, name: str) -> None:
    release = CORPUS / f"{name}.txt"
    with_poppler, without_poppler = _verdicts(release, pdfs / f"{name}.pdf", tmp_path)
    assert with_poppler == without_poppler
    code, stdout, stderr = with_poppler
    assert code == 0, stdout + stderr
    assert "present, in order" in stderr


def test_a_lost_word_is_reported_alike_with_and_without_poppler(pdfs: Path, tmp_path: Path) -> None:
    name = RELEASES[0]
    # The release as checked has one word more than the PDF was made from: that word is lost.
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    assert "Beratungsstelle" in text
    release = tmp_path / f"{name}.txt"
    release.write_text(text.replace("Beratungsstelle", "Beratungsstelle Quaxelbrunnen", 1), encoding="utf-8")
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    with_poppler, without_poppler = _verdicts(release, pdfs / f"{name}.pdf", empty_bin)
    assert with_poppler == without_poppler
    code, stdout, _ = with_poppler
    assert code == 1
    assert "1 of " in stdout and "[text.missing]" in stdout
    assert stdout.rstrip().endswith(f"not in {name}.pdf: quaxelbrunnen")


def test_a_line_end_hyphen_comes_back_as_a_hyphen(pdfs: Path) -> None:
    # PDFium marks "E-" at a line end as "E" U+FFFE and joins the lines; the text keeps the hyphen.
    text = page_text(pdfs / f"{RELEASES[1]}.pdf")
    assert "\ufffe" not in text
    assert "E-Government-Gesetzes" in text


def test_without_pypdfium2_the_error_names_the_extra(pdfs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pypdfium2", None)  # import now raises ImportError
    with pytest.raises(MissingDependencyError, match=r"pressconv\[pdf\]"):
        page_text(pdfs / f"{RELEASES[0]}.pdf")
