"""``letterhead`` in the [pdf] and [docx] tables: checked with file:line by the config loader and
printed by both writers as real first-page content, never as page-margin artifacts (issue 18 #7).
Real WeasyPrint, pikepdf, pypdfium2 and python-docx."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from pressconv.checks.extract.epub import epub_text
from pressconv.checks.extract.pdf import page_text
from pressconv.checks.pdf_structure import check_pdf_structure, structure_outline
from pressconv.config import ConfigError, describe_config, parse_config
from pressconv.errors import UsageError
from pressconv.model import inline_text
from pressconv.writers.docx import DocxWriter
from pressconv.writers.epub import EpubWriter
from pressconv.writers.html import HtmlWriter
from pressconv.writers.pdf import PdfWriter
from tests.fixtures.releases import context, seed_shaped_release

LETTERHEAD = "Presseamt der Beispielstadt\nMarktplatz 1 · 12345 Beispielstadt · Telefon 0123 45678"
LINES = LETTERHEAD.splitlines()


@pytest.fixture(scope="module")
def pdf_bytes() -> bytes:
    return PdfWriter().render(seed_shaped_release(), context(letterhead=LETTERHEAD))


def test_config_reads_letterhead_in_both_tables(tmp_path: Path) -> None:
    text = f'[pdf]\nletterhead = """{LETTERHEAD}"""\n\n[docx]\nletterhead = "Presseamt"\npage_size = "A4"\n'
    loaded = parse_config(text, tmp_path / "pressconv.toml")
    assert loaded.format_options["pdf"] == {"letterhead": LETTERHEAD}
    assert loaded.format_options["docx"] == {"letterhead": "Presseamt", "page_size": "A4"}


def test_config_show_lists_the_letterhead_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "pressconv.toml"
    path.write_text('[docx]\n\nletterhead = "Presseamt"\n', encoding="utf-8")
    lines = describe_config(path)
    assert 'letterhead = "Presseamt"  # pressconv.toml:3' in lines
    assert "letterhead = (not set)  # default" in lines  # the [pdf] one


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[pdf]\n\nletterhead = 3\n", "pressconv.toml:3: pdf.letterhead: must be a string, not an integer"),
        ('[docx]\nletterhead = "  \\n "\n', "pressconv.toml:2: docx.letterhead: is empty"),
        ('[pdf]\nletterhead = "a\\nb\\nc\\nd\\ne"\n', "pressconv.toml:2: pdf.letterhead: has 5 lines, at most 4"),
        (f'[pdf]\nletterhead = "{"x" * 201}"\n', "pressconv.toml:2: pdf.letterhead: has a line of 201 characters"),
        ('[pdf]\nleterhead = "A"\n', "pressconv.toml:2: pdf.leterhead: unknown key (did you mean 'letterhead'?)"),
        # The screen page and the EPUB have no first page: their tables do not take the key.
        ('[html]\nletterhead = "A"\n', "pressconv.toml:2: html.letterhead: unknown key"),
        ('[epub]\nletterhead = "A"\n', "pressconv.toml:2: epub.letterhead: unknown key"),
    ],
)
def test_config_refuses_bad_letterheads_with_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(text, tmp_path / "pressconv.toml")
    assert str(caught.value).startswith(f"{tmp_path}/{message}"), str(caught.value)


def test_api_options_refuse_a_letterhead_that_is_no_text() -> None:
    with pytest.raises(UsageError, match="letterhead: must be a string"):
        PdfWriter().render(seed_shaped_release(), context(letterhead=["A"]))
    with pytest.raises(UsageError, match="letterhead: is empty"):
        DocxWriter().render(seed_shaped_release(), context(letterhead=" "))


def test_pdf_text_has_the_letterhead_on_the_first_page_above_the_headline(pdf_bytes: bytes, tmp_path: Path) -> None:
    path = tmp_path / "letterhead.pdf"
    path.write_bytes(pdf_bytes)
    text = page_text(path)
    title = inline_text(seed_shaped_release().meta.title)
    first_page = text[: text.index(title)]
    assert all(line in first_page for line in LINES), first_page
    # The first page only: it is no running header.
    assert text.count(LINES[1]) == 1


def test_pdf_letterhead_is_one_paragraph_of_the_structure_tree(pdf_bytes: bytes) -> None:
    outline = structure_outline(pdf_bytes)
    found = [(kind, text) for kind, text in outline if LINES[0] in text and kind not in ("Part", "Art", "Sect", "Div")]
    # One P (not a heading, not an artifact), before the H1.
    assert found == [("P", "".join(LINES))], found
    kinds = [kind for kind, _ in outline]
    assert outline.index(found[0]) < kinds.index("H1")
    assert check_pdf_structure(pdf_bytes) == []


def test_pdf_without_letterhead_has_none() -> None:
    plain = PdfWriter().render(seed_shaped_release(), context())
    assert not any(LINES[0] in text for _, text in structure_outline(plain))


def test_docx_letterhead_is_the_first_body_paragraph(tmp_path: Path) -> None:
    data = DocxWriter().render(seed_shaped_release(), context(letterhead=LETTERHEAD))
    document = docx.Document(io.BytesIO(data))
    first = document.paragraphs[0]
    assert first.style is not None and first.style.name == "Letterhead"
    assert first.text == "\n".join(LINES)
    # In the body, not in a header (Word and LibreOffice keep headers out of the reading order).
    section = document.sections[0]
    assert not section.different_first_page_header_footer
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        headers = [n for n in archive.namelist() if n.startswith("word/header")]
        assert not any(LINES[0] in archive.read(n).decode("utf-8") for n in headers)


def test_docx_without_letterhead_is_unchanged() -> None:
    document = docx.Document(io.BytesIO(DocxWriter().render(seed_shaped_release(), context())))
    assert document.paragraphs[0].style is not None and document.paragraphs[0].style.name == "Meta"
    assert "Letterhead" not in [style.name for style in document.styles]


def test_screen_and_epub_pages_never_print_it() -> None:
    release = seed_shaped_release()
    # Even an API caller who passes the option to them: it is a first-page (paper) element.
    assert LINES[0].encode() not in HtmlWriter().render(release, context(letterhead=LETTERHEAD))
    book = epub_text(EpubWriter().render(release, context(letterhead=LETTERHEAD)))
    assert inline_text(release.meta.title) in book and LINES[0] not in book
