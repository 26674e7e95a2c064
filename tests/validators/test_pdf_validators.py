"""PDF writer against real tools: page-validation (PDF/UA-1), qpdf, poppler, and our structure checks.

Every PDF is rendered once per session (WeasyPrint is the slow part) and shared by all checks.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from pressconv.checks.pdf_structure import check_pdf_structure, structure_outline
from pressconv.checks.text_preserved import Word, compare_text, words_of
from pressconv.model import Release, Section, block_text, contact_text, inline_text
from pressconv.writers.pdf import PdfWriter
from tests.fixtures.releases import context, long_release, seed_shaped_release
from tests.validators import tools

REPO = Path(__file__).resolve().parents[2]
CORPUS = sorted((REPO / "tests" / "corpus").glob("*.txt"))
SEED = "de-city-dortmund-seed"
LONGEST = "de-state-berlin-rechnungshof-verylong-008"
ARTIFACTS = REPO / "test-artifacts"


@dataclass(frozen=True)
class Rendered:
    """One rendered PDF and the release it came from."""

    path: Path
    release: Release


def _parse(path: Path) -> Release:
    from pressconv.api import parse

    return parse(path.read_bytes(), path=str(path)).release


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Rendered]:
    """Render the hand-built releases and every corpus file once for the whole session."""
    out = tmp_path_factory.mktemp("pdf")
    releases: dict[str, Release] = {"fixture-seed-like": seed_shaped_release(), "fixture-long": long_release()}
    for path in CORPUS:
        releases[path.stem] = _parse(path)
    result: dict[str, Rendered] = {}
    for name, release in releases.items():
        target = out / f"{name}.pdf"
        target.write_bytes(PdfWriter().render(release, context()))
        result[name] = Rendered(target, release)
    return result


NAMES = ["fixture-seed-like", "fixture-long", *(p.stem for p in CORPUS)]


def _release_texts(release: Release) -> list[str]:
    texts = [inline_text(release.meta.title)]
    if release.meta.subtitle:
        texts.append(inline_text(release.meta.subtitle))
    texts += [block_text(block) for block in release.body]
    for section in release.sections:
        texts += _section_texts(section)
    return texts


def _section_texts(section: Section) -> list[str]:
    texts = [section.title, *(block_text(block) for block in section.blocks)]
    # Every word of a card: fields, the release's labels ("Tel.", "Mail") and notes.
    texts += [contact_text(contact) for contact in section.contacts]
    return texts


def test_corpus_is_present() -> None:
    assert CORPUS, "tests/corpus/*.txt is empty: the parser engineer copies the corpus there"
    assert any(p.stem == SEED for p in CORPUS) and any(p.stem == LONGEST for p in CORPUS)


@pytest.mark.validator
@pytest.mark.parametrize("name", NAMES)
def test_pdfua1_validator_passes(rendered: dict[str, Rendered], name: str) -> None:
    assert tools.pdfua_failures(rendered[name].path) == []


@pytest.mark.validator
@pytest.mark.parametrize("name", NAMES)
def test_structure_qpdf_and_pdfinfo(rendered: dict[str, Rendered], name: str) -> None:
    path = rendered[name].path
    assert [str(f) for f in check_pdf_structure(path)] == []
    code, output = tools.qpdf_check(path)
    assert code == 0, output
    info = tools.pdfinfo(path)
    assert info["Tagged"] == "yes"
    assert info["Title"]


@pytest.mark.validator
@pytest.mark.parametrize("name", NAMES)
def test_every_word_is_in_the_text(rendered: dict[str, Rendered], name: str) -> None:
    text = tools.pdftotext(rendered[name].path)
    assert "\u2010" not in text and "\u00ad" not in text  # no hyphenation (formats.md §1.2)
    assert "Ã" not in text  # no mojibake (UTF-8 read as Windows-1252)
    # The shared nothing-lost comparison: it knows pdftotext's habit of joining a word that ends in
    # a hard hyphen at a line end with the next line ("IT-" + "Notfall" -> "ITNotfall").
    release = rendered[name].release
    expected = [Word(w, 0) for w in words_of(" ".join(_release_texts(release)))]
    comparison = compare_text(expected, text)
    assert comparison.ok, [w.text for w in comparison.missing][:20]


@pytest.mark.validator
@pytest.mark.parametrize("name", ["fixture-seed-like", *(p.stem for p in CORPUS if p.stem == SEED)])
def test_seed_reading_order(rendered: dict[str, Rendered], name: str) -> None:
    struct = tools.pdfinfo_struct_text(rendered[name].path)
    assert "H1" in struct
    assert "Seite 1 von" not in struct and "Seite 2 von" not in struct  # footer is an Artifact
    title = " ".join(inline_text(rendered[name].release.meta.title).split())
    assert struct.count(title) == 1  # the H1; the running-header copy is not content
    outline = structure_outline(rendered[name].path)
    kinds = [kind for kind, _ in outline]
    first_words = " ".join(block_text(rendered[name].release.body[0]).split()[:4])
    lead = next(i for i, (kind, text) in enumerate(outline) if kind == "P" and text.startswith(first_words))
    assert kinds.index("H1") < lead
    quotes = [text for kind, text in outline if kind in ("Quote", "BlockQuote")]
    assert len(quotes) >= 3, quotes
    # Reading order: the quotations appear in the order of the release text.
    body = " ".join(block_text(b) for b in rendered[name].release.body)
    # Compared without white space: WeasyPrint draws no space where a line breaks, so the text
    # taken from the content stream runs the last word of a line into the next one.
    squeezed = "".join(body.split())
    positions = [squeezed.find("".join(q.strip('„“"” ').split())[:25]) for q in quotes]
    assert positions == sorted(positions) and -1 not in positions


@pytest.mark.validator
@pytest.mark.parametrize("name", ["fixture-long", *(p.stem for p in CORPUS if p.stem == LONGEST)])
def test_long_release_not_split(rendered: dict[str, Rendered], name: str) -> None:
    path = rendered[name].path
    assert int(tools.pdfinfo(path)["Pages"]) > 1
    outline = structure_outline(path)
    assert not [f for f in check_pdf_structure(path) if f.code == "pdf.split-paragraph"]
    struct = tools.pdfinfo_struct_text(path)
    title = " ".join(inline_text(rendered[name].release.meta.title).split())
    # The running header repeats on every page; in the tree the title is the H1 only.
    assert sum(1 for kind, text in outline if text == title) <= 2
    assert "Seite 2 von" not in struct


@pytest.mark.validator
def test_page_images_for_people(rendered: dict[str, Rendered]) -> None:
    """Render the seed's pages to PNG (test-artifacts/) so a person can look at the layout."""
    name = SEED if SEED in rendered else "fixture-seed-like"
    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", str(rendered[name].path), str(ARTIFACTS / "pdf-seed-page")],
        check=True,
        timeout=120,
    )
    assert sorted(ARTIFACTS.glob("pdf-seed-page*.png"))
