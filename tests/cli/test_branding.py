"""Branding from pressconv.toml (logo with alt text, footer, organisation, accent) in all four formats.

Each format is its own test, so the status per writer is visible. Two configurations are converted:
an informative logo (alt text) and a decorative one (``decorative = true``), and the validators run
over both: axe and vnu for the HTML, page-validation for the PDF, EPUBCheck and Ace for the EPUB,
and LibreOffice's PDF/UA export for the DOCX (with the same allow-listed LibreOffice bugs only).
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.cli.cli_fixtures import png_bytes
from tests.cli.helpers import corpus_files, explain, run_cli
from tests.validators import tools
from tests.validators.test_docx_validators import unexplained_failures

ALT = "Wappen der Stadt Musterstadt"
FOOTER = "Stadt Musterstadt · Presse- und Informationsamt · Markt 1"
ORGANISATION = "Stadt Musterstadt"
ACCENT = "#005a9c"
PNG = png_bytes()
KINDS = ("informative", "decorative")


def _convert(folder: Path, logo: str) -> Path:
    """Convert the first corpus release with a branding config whose logo table is ``logo``."""
    (folder / "logo.png").write_bytes(PNG)
    (folder / "pressconv.toml").write_text(
        f'organisation = "{ORGANISATION}"\nfooter = "{FOOTER}"\naccent = "{ACCENT}"\nlogo = {logo}\n',
        encoding="utf-8",
    )
    source = folder / "release.txt"
    source.write_bytes(corpus_files()[0].read_bytes())
    completed = run_cli(["convert", source, "--to", "html,pdf,epub,docx", "-d", folder / "out"])
    assert completed.returncode == 0, explain(completed)
    return folder / "out"


@pytest.fixture(scope="module")
def branded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One corpus release converted with a full branding config into html, pdf, epub and docx."""
    return _convert(tmp_path_factory.mktemp("branded"), f'{{ path = "logo.png", alt = "{ALT}" }}')


@pytest.fixture(scope="module")
def decorative(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same release with the logo marked decorative (the organisation's name is printed next to it)."""
    return _convert(tmp_path_factory.mktemp("decorative"), '{ path = "logo.png", decorative = true }')


@pytest.fixture(scope="module")
def both(branded: Path, decorative: Path) -> dict[str, Path]:
    """The output folders of both configurations, by kind of logo."""
    return {"informative": branded, "decorative": decorative}


def _logo_image_with_alt(markup: str) -> bool:
    return any(ALT in tag for tag in re.findall(r"<img\b[^>]*>", markup))


def _pdf_text(path: Path) -> str:
    completed = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(completed.stdout.split())


def _pdf_figure_alts(path: Path) -> list[str]:
    import pikepdf

    alts = []
    with pikepdf.open(path) as pdf:
        stack = [pdf.Root.StructTreeRoot]
        while stack:
            node = stack.pop()
            if isinstance(node, pikepdf.Dictionary) and node.get("/S") == "/Figure":
                alts.append(str(node.get("/Alt", "")))
            kids = node.get("/K") if isinstance(node, pikepdf.Dictionary) else None
            if isinstance(kids, pikepdf.Array):
                stack.extend(kids)
            elif isinstance(kids, pikepdf.Dictionary):
                stack.append(kids)
    return alts


def _epub_pages(path: Path) -> tuple[str, list[str]]:
    with zipfile.ZipFile(path) as archive:
        pages = "".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xhtml"))
        images = [n for n in archive.namelist() if n.lower().endswith((".png", ".jpg", ".svg"))]
    return pages, images


def _epub_opf(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return next(archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".opf"))


def _docx_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml"))


# ------------------------------------------------------------------------------------------- HTML


def test_html_footer(branded: Path) -> None:
    assert FOOTER in (branded / "release.html").read_text(encoding="utf-8")


def test_html_logo_with_alt(branded: Path) -> None:
    assert _logo_image_with_alt((branded / "release.html").read_text(encoding="utf-8"))


def test_html_logo_is_inlined_so_the_page_stays_one_file(branded: Path) -> None:
    markup = (branded / "release.html").read_text(encoding="utf-8")
    sources = re.findall(r'<img\b[^>]*\bsrc="([^"]*)"', markup)
    assert sources and all(src.startswith("data:image/png;base64,") for src in sources)


def test_html_decorative_logo_has_empty_alt(decorative: Path) -> None:
    images = re.findall(r"<img\b[^>]*>", (decorative / "release.html").read_text(encoding="utf-8"))
    assert images and all('alt=""' in tag for tag in images)


def test_html_applies_the_accent(branded: Path) -> None:
    assert f"--fg-accent: {ACCENT};" in (branded / "release.html").read_text(encoding="utf-8")


@pytest.mark.validator
def test_branded_html_passes_vnu(both: dict[str, Path]) -> None:
    messages = tools.vnu_messages([folder / "release.html" for folder in both.values()])
    assert {str(path): found for path, found in messages.items() if found} == {}


@pytest.mark.validator
def test_branded_html_passes_axe(both: dict[str, Path]) -> None:
    with tools.Browser() as browser:
        for kind, folder in both.items():
            for scheme in ("light", "dark"):
                violations = browser.axe(folder / "release.html", color_scheme=scheme)
                assert [v["id"] for v in violations] == [], f"{kind} logo, {scheme}: {violations}"
        assert browser.blocked == []


# -------------------------------------------------------------------------------------------- PDF


def test_pdf_footer(branded: Path) -> None:
    assert " ".join(FOOTER.split()) in _pdf_text(branded / "release.pdf")


def test_pdf_footer_is_a_page_footer_artifact_on_every_page(branded: Path) -> None:
    pdf = branded / "release.pdf"
    pages = int(tools.pdfinfo(pdf)["Pages"])
    # In the page footer of every page (pdftotext shows artifacts too), never in the structure tree.
    assert _pdf_text(pdf).count(" ".join(FOOTER.split())) == pages
    assert "Presse- und Informationsamt" not in tools.pdfinfo_struct_text(pdf)


def test_pdf_logo_is_a_figure_with_alt(branded: Path) -> None:
    assert ALT in _pdf_figure_alts(branded / "release.pdf")


def test_pdf_decorative_logo_is_an_artifact_not_a_figure(decorative: Path) -> None:
    import pikepdf

    assert _pdf_figure_alts(decorative / "release.pdf") == []
    with pikepdf.open(decorative / "release.pdf") as pdf:
        images = [name for page in pdf.pages for name in page.get_images()]
        content = b" ".join(page.obj.Contents.read_bytes() for page in pdf.pages)
    # The logo is still drawn, but inside a /Layout artifact (ISO 14289-1 7.3, WCAG 1.1.1).
    assert images and re.search(rb"/Artifact\s*<<\s*/Type\s*/Layout\s*>>", content)


@pytest.mark.validator
@pytest.mark.parametrize("kind", KINDS)
def test_branded_pdf_still_passes_pdf_ua(both: dict[str, Path], kind: str) -> None:
    assert tools.pdfua_failures(both[kind] / "release.pdf") == []


# ------------------------------------------------------------------------------------------- EPUB


def test_epub_footer(branded: Path) -> None:
    assert FOOTER in _epub_pages(branded / "release.epub")[0]


def test_epub_logo_with_alt(branded: Path) -> None:
    pages, images = _epub_pages(branded / "release.epub")
    assert _logo_image_with_alt(pages) and images


def test_epub_logo_is_a_manifest_image_and_makes_the_publication_visual(branded: Path) -> None:
    opf = _epub_opf(branded / "release.epub")
    items = re.findall(r"<item\b[^>]*>", opf)
    assert any('href="images/image-1.png"' in item and 'media-type="image/png"' in item for item in items)
    assert "data:" not in _epub_pages(branded / "release.epub")[0]
    assert re.search(r'property="schema:accessMode">visual<', opf)
    assert re.search(r'property="schema:accessibilityFeature">alternativeText<', opf)


def test_epub_decorative_logo_is_embedded_but_not_visual_content(decorative: Path) -> None:
    opf = _epub_opf(decorative / "release.epub")
    assert 'media-type="image/png"' in opf
    assert not re.search(r'property="schema:accessMode">visual<', opf)
    pages, images = _epub_pages(decorative / "release.epub")
    assert images and re.search(r'<img\b[^>]*alt=""', pages)


@pytest.mark.validator
def test_branded_epub_passes_epubcheck(both: dict[str, Path]) -> None:
    messages = tools.epubcheck_messages([folder / "release.epub" for folder in both.values()])
    assert {str(path): found for path, found in messages.items() if found} == {}


@pytest.mark.validator
@pytest.mark.parametrize("kind", KINDS)
def test_branded_epub_passes_ace(both: dict[str, Path], kind: str) -> None:
    violations = tools.ace_violations(both[kind] / "release.epub")
    assert [(v["rule"], v["impact"], v["description"]) for v in violations] == []


# ------------------------------------------------------------------------------------------- DOCX


def test_docx_footer(branded: Path) -> None:
    assert FOOTER in _docx_xml(branded / "release.docx")


def test_docx_footer_is_in_the_page_footer(branded: Path) -> None:
    with zipfile.ZipFile(branded / "release.docx") as archive:
        footers = [n for n in archive.namelist() if re.fullmatch(r"word/footer\d*\.xml", n)]
        assert any(FOOTER in archive.read(n).decode("utf-8") for n in footers)


def test_docx_logo_with_alt(branded: Path) -> None:
    assert re.search(rf'<wp:docPr\b[^>]*descr="{re.escape(ALT)}"', _docx_xml(branded / "release.docx"))


def test_docx_decorative_logo_is_flagged(decorative: Path) -> None:
    xml = _docx_xml(decorative / "release.docx")
    assert re.search(r'<adec:decorative\b[^>]*val="1"', xml)
    assert not re.search(r'<wp:docPr\b[^>]*descr="[^"]+"', xml)


def test_docx_headings_use_the_accent(branded: Path) -> None:
    with zipfile.ZipFile(branded / "release.docx") as archive:
        styles = archive.read("word/styles.xml").decode("utf-8")
    heading = re.search(r'<w:style [^>]*w:styleId="Heading2".*?</w:style>', styles, re.DOTALL)
    assert heading and f'w:val="{ACCENT.lstrip("#").upper()}"' in heading.group(0)


@pytest.mark.validator
def test_branded_docx_converts_with_only_known_libreoffice_bugs(both: dict[str, Path], tmp_path: Path) -> None:
    copies = []
    for kind, folder in both.items():
        copy = tmp_path / f"{kind}.docx"
        copy.write_bytes((folder / "release.docx").read_bytes())
        copies.append(copy)
    tools.libreoffice_to_pdf_many(copies, tmp_path / "pdf")
    for copy in copies:
        pdf = tmp_path / "pdf" / f"{copy.stem}.pdf"
        assert pdf.is_file(), f"LibreOffice wrote no PDF for {copy.name}"
        assert unexplained_failures(pdf, copy) == [], copy.stem
        # The footer text survives the export (LibreOffice marks page furniture as artifacts).
        assert " ".join(FOOTER.split()) in " ".join(tools.pdftotext(pdf).split())


# ------------------------------------------------------------------------------------- all four


def test_organisation_appears_in_every_format(branded: Path) -> None:
    assert ORGANISATION in (branded / "release.html").read_text(encoding="utf-8")
    assert ORGANISATION in _pdf_text(branded / "release.pdf")
    assert ORGANISATION in _epub_pages(branded / "release.epub")[0]
    assert ORGANISATION in _docx_xml(branded / "release.docx")
