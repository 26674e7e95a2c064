"""``page_size`` (A4, Letter) in the [pdf] and [docx] tables: checked with file:line by the config
loader and honoured by both writers (issue 18 #7). Real WeasyPrint, pikepdf and python-docx."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pikepdf
import pytest
from docx.shared import Inches, Mm

from pressconv.config import ConfigError, parse_config
from pressconv.errors import UsageError
from pressconv.writers.docx import DocxWriter
from pressconv.writers.pdf import PdfWriter
from tests.fixtures.releases import context, minimal_english_release, seed_shaped_release

# PDF user space units are points (1/72 in): A4 is 210 × 297 mm, US Letter 8.5 × 11 in.
MEDIA_BOXES = {"A4": (595, 842), "Letter": (612, 792)}


def _media_boxes(data: bytes) -> set[tuple[int, int]]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return {(round(float(page.mediabox[2])), round(float(page.mediabox[3]))) for page in pdf.pages}


@pytest.mark.parametrize("size", ["A4", "Letter"])
def test_pdf_media_box_follows_page_size(size: str) -> None:
    data = PdfWriter().render(seed_shaped_release(), context(page_size=size))
    assert _media_boxes(data) == {MEDIA_BOXES[size]}


def test_pdf_default_stays_a4() -> None:
    assert _media_boxes(PdfWriter().render(seed_shaped_release(), context())) == {MEDIA_BOXES["A4"]}


def _section_size(release_size: str | None, *, english: bool = False) -> tuple[int, int, int]:
    release = minimal_english_release() if english else seed_shaped_release()
    ctx = context() if release_size is None else context(page_size=release_size)
    document = docx.Document(io.BytesIO(DocxWriter().render(release, ctx)))
    assert len(document.sections) == 1
    section = document.sections[0]
    return int(section.page_width or 0), int(section.page_height or 0), int(section.left_margin or 0)


def test_docx_section_follows_page_size() -> None:
    # Compared in twips: Word stores the page size in twentieths of a point.
    twips = 635

    def in_twips(size: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(round(value / twips) for value in size)

    a4 = in_twips((int(Mm(210)), int(Mm(297)), int(Mm(25))))
    letter = in_twips((int(Inches(8.5)), int(Inches(11)), int(Inches(1))))

    assert in_twips(_section_size("A4")) == a4
    assert in_twips(_section_size("Letter")) == letter
    assert in_twips(_section_size(None)) == a4
    # The option wins over the language's default (Letter for en-US).
    assert in_twips(_section_size(None, english=True)) == letter
    assert in_twips(_section_size("A4", english=True)) == a4


def test_api_options_refuse_an_unknown_size() -> None:
    with pytest.raises(UsageError, match="'A5' is no page size"):
        PdfWriter().render(seed_shaped_release(), context(page_size="A5"))
    with pytest.raises(UsageError, match="use A4 or Letter"):
        DocxWriter().render(seed_shaped_release(), context(page_size=3))


def test_config_reads_page_size_in_both_tables(tmp_path: Path) -> None:
    path = tmp_path / "pressconv.toml"
    loaded = parse_config('[pdf]\npage_size = "letter"\n\n[docx]\npage_size = "A4"\n', path)
    # Case does not matter; the writers get the canonical name.
    assert loaded.format_options["pdf"] == {"page_size": "Letter"}
    assert loaded.format_options["docx"] == {"page_size": "A4"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[pdf]\n\npage_size = "A5"\n', "pressconv.toml:3: pdf.page_size: 'A5' is no page size (use A4 or Letter)"),
        ("[docx]\npage_size = 4\n", "pressconv.toml:2: docx.page_size: must be a string, not an integer"),
        ('[docx]\npage_sise = "A4"\n', "pressconv.toml:2: docx.page_sise: unknown key (did you mean 'page_size'?)"),
        ('[html]\npage_size = "A4"\n', "pressconv.toml:2: html.page_size: unknown key"),
    ],
)
def test_config_refuses_bad_page_sizes_with_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "pressconv.toml"
    with pytest.raises(ConfigError) as caught:
        parse_config(text, path)
    assert str(caught.value).startswith(f"{tmp_path}/{message}"), str(caught.value)
