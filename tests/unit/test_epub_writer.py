"""The EPUB package: metadata, nav, NCX, fonts, images and a deterministic zip (no external tools)."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from lxml import etree

from pressconv.diagnostics import Reporter
from pressconv.errors import WriterError
from pressconv.model import Image, Paragraph, Release, Text
from pressconv.registry import get_writer
from pressconv.resources import default_resources
from pressconv.writers.base import RenderContext
from pressconv.writers.epub import EpubWriter, package_epub, publication_identifier
from tests.fixtures.releases import TIMESTAMP, every_kind_release, minimal_english_release, retitled

NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "x": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# The title as the package, nav and NCX carry it: with the marks of its Quotation.
METADATA_TITLE = "Dortmund als „Digitalste Stadt“ ausgezeichnet"


def _ctx(timestamp: datetime = TIMESTAMP, **kwargs: object) -> RenderContext:
    return RenderContext(timestamp=timestamp, **kwargs)  # type: ignore[arg-type]


def _render(release: Release, ctx: RenderContext | None = None) -> bytes:
    return EpubWriter().render(release, ctx or _ctx())


class Package:
    """An EPUB opened for inspection: members, parsed OPF, nav and NCX."""

    def __init__(self, data: bytes) -> None:
        self.archive = zipfile.ZipFile(io.BytesIO(data))
        self.opf = etree.fromstring(self.archive.read("EPUB/content.opf"))
        self.nav = etree.fromstring(self.archive.read("EPUB/nav.xhtml"))
        self.ncx = etree.fromstring(self.archive.read("EPUB/toc.ncx"))
        self.chapter = etree.fromstring(self.archive.read("EPUB/release.xhtml"))

    def meta(self, prop: str) -> list[str]:
        return [el.text for el in self.opf.xpath(f"//opf:meta[@property='{prop}']", namespaces=NS)]

    def dc(self, name: str) -> list[etree._Element]:
        return list(self.opf.xpath(f"//dc:{name}", namespaces=NS))


@pytest.fixture(scope="module")
def german() -> Package:
    return Package(_render(every_kind_release(images=False)))


def test_writer_is_registered_with_its_attributes() -> None:
    writer = get_writer("epub")
    assert isinstance(writer, EpubWriter)
    assert (writer.name, writer.extension, writer.media_type) == ("epub", "epub", "application/epub+zip")
    assert writer.requires == ("ebooklib",)


def test_zip_starts_with_stored_mimetype_and_has_fixed_timestamps(german: Package) -> None:
    infos = german.archive.infolist()
    assert infos[0].filename == "mimetype"
    assert infos[0].compress_type == zipfile.ZIP_STORED
    assert infos[0].extra == b""
    assert german.archive.read("mimetype") == b"application/epub+zip"
    assert {info.date_time for info in infos} == {(2018, 9, 20, 12, 0, 0)}


def test_package_language_title_and_discovery_metadata(german: Package) -> None:
    opf = german.opf
    assert opf.get(XML_LANG) == "de-DE"  # Ace epub-lang
    assert [el.text for el in german.dc("language")] == ["de-DE"]
    assert [el.text for el in german.dc("title")] == [METADATA_TITLE]
    creators = german.dc("creator")
    assert [el.text for el in creators] == ["Frank Bußmann", "Stadt Dortmund"]
    ids = [el.get("id") for el in creators]
    assert len(set(ids)) == len(ids)  # EPUBCheck RSC-005 on duplicates
    assert [el.text for el in german.dc("publisher")] == ["Stadt Dortmund"]
    assert [el.text for el in german.dc("date")] == ["2018-09-20"]
    assert [el.text for el in german.dc("description")] == ["Stiftung „Lebendige Stadt“ ehrt Strategie"]
    assert [el.text for el in german.dc("subject")] == ["Digitalisierung", "Smart City"]
    (identifier,) = german.dc("identifier")
    assert opf.get("unique-identifier") == identifier.get("id")
    assert re.fullmatch(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", identifier.text)
    assert identifier.text == publication_identifier(every_kind_release(images=False))
    assert german.meta("dcterms:modified") == ["2018-09-20T12:00:00Z"]


def test_metadata_title_keeps_its_quotation_marks(german: Package) -> None:
    assert [el.text for el in german.dc("title")] == ["Dortmund als „Digitalste Stadt“ ausgezeichnet"]


def test_accessibility_metadata_without_images(german: Package) -> None:
    assert german.meta("schema:accessMode") == ["textual"]
    assert german.meta("schema:accessModeSufficient") == ["textual"]
    assert german.meta("schema:accessibilityFeature") == [
        "structuralNavigation",
        "tableOfContents",
        "readingOrder",
        "displayTransformability",
    ]
    assert german.meta("schema:accessibilityHazard") == ["none"]
    (summary,) = german.meta("schema:accessibilitySummary")
    assert "Überschriften" in summary and "WCAG 2.1" in summary
    assert german.meta("dcterms:conformsTo") == ["EPUB Accessibility 1.1 - WCAG 2.1 Level AA"]


def test_images_make_the_publication_visual_with_alternative_text() -> None:
    package = Package(_render(every_kind_release()))
    assert package.meta("schema:accessMode") == ["textual", "visual"]
    assert package.meta("schema:accessModeSufficient") == ["textual"]
    assert "alternativeText" in package.meta("schema:accessibilityFeature")
    (summary,) = package.meta("schema:accessibilitySummary")
    assert "Alternativtext" in summary


def test_english_release_gets_english_labels_and_no_invented_metadata() -> None:
    package = Package(_render(minimal_english_release()))
    assert package.opf.get(XML_LANG) == "en-US"
    assert package.dc("creator") == [] and package.dc("publisher") == [] and package.dc("date") == []
    assert [el.text for el in package.dc("title")] == ["Senator welcomes <new> funding & support"]
    assert package.nav.xpath("string(//x:nav[@epub:type='toc']/x:h1)", namespaces=NS) == "Contents"
    landmarks = package.nav.xpath("//x:nav[@epub:type='landmarks']//x:a/text()", namespaces=NS)
    assert landmarks == ["Contents", "Start"]
    (summary,) = package.meta("schema:accessibilitySummary")
    assert summary.startswith("This press release")


def test_other_languages_fall_back_to_english_labels() -> None:
    release = minimal_english_release()
    release = replace(release, meta=replace(release.meta, language="fr-FR"))
    package = Package(_render(release))
    assert package.nav.get("lang") == "fr-FR" and package.nav.get(XML_LANG) == "fr-FR"
    assert package.nav.xpath("string(//x:title)", namespaces=NS) == "Contents"


def test_nav_is_localized_has_toc_and_landmarks_and_no_page_list(german: Package) -> None:
    nav = german.nav
    assert nav.get("lang") == "de-DE" and nav.get(XML_LANG) == "de-DE"
    assert nav.xpath("string(//x:title)", namespaces=NS) == "Inhalt"
    toc = nav.xpath("//x:nav[@epub:type='toc']", namespaces=NS)[0]
    assert toc.get("role") == "doc-toc"
    assert toc.xpath("string(x:h1)", namespaces=NS) == "Inhalt"
    landmarks = nav.xpath("//x:nav[@epub:type='landmarks']", namespaces=NS)[0]
    assert landmarks.xpath("string(x:h2)", namespaces=NS) == "Orientierungspunkte"
    kinds = landmarks.xpath(".//x:a/@epub:type", namespaces=NS)
    labels = landmarks.xpath(".//x:a/text()", namespaces=NS)
    assert list(zip(kinds, labels, strict=True)) == [("toc", "Inhalt"), ("bodymatter", "Beginn")]
    assert nav.xpath("//x:nav[@epub:type='page-list']", namespaces=NS) == []


def test_toc_lists_the_release_and_its_sections_with_working_anchors(german: Package) -> None:
    toc = german.nav.xpath("//x:nav[@epub:type='toc']/x:ol", namespaces=NS)[0]
    top = toc.xpath("x:li/x:a", namespaces=NS)
    assert [(a.get("href"), a.text) for a in top] == [("release.xhtml", METADATA_TITLE)]
    below = toc.xpath("x:li/x:ol/x:li/x:a/text()", namespaces=NS)
    assert below == [
        "Smart City Reallabor",
        "Pressekontakt",
        "Über die Stiftung",
        "Hinweis an die Redaktionen",
        "Weitere Informationen",
    ]
    # Body headings nest under theirs; a heading below the third level ("Die Ziele") is left out.
    nested = toc.xpath("x:li/x:ol/x:li/x:ol/x:li/x:a/text()", namespaces=NS)
    assert nested == ["Ein Reallabor für die ganze Stadt", "Fotos"]
    chapter_ids = set(german.chapter.xpath("//@id"))
    for href in toc.xpath(".//x:a/@href", namespaces=NS):
        _, _, anchor = href.partition("#")
        assert not anchor or anchor in chapter_ids, href


def test_ncx_mirrors_the_toc_and_the_spine_points_at_it(german: Package) -> None:
    labels = german.ncx.xpath("//ncx:navLabel/ncx:text/text()", namespaces=NS)
    assert labels[0] == METADATA_TITLE
    assert "Pressekontakt" in labels and "Ein Reallabor für die ganze Stadt" in labels
    ids = german.ncx.xpath("//ncx:navPoint/@id", namespaces=NS)
    assert len(set(ids)) == len(ids)
    (spine,) = german.opf.xpath("//opf:spine", namespaces=NS)
    ncx_item = german.opf.xpath(f"//opf:item[@id='{spine.get('toc')}']", namespaces=NS)[0]
    assert ncx_item.get("media-type") == "application/x-dtbncx+xml"
    refs = [(ref.get("idref"), ref.get("linear")) for ref in spine]
    assert refs == [("release", None), ("nav", "no")]


def test_stylesheet_and_bundled_fonts_are_embedded(german: Package) -> None:
    names = german.archive.namelist()
    css = german.archive.read("EPUB/styles/epub.css").decode("utf-8")
    fonts = sorted(name for name in names if name.endswith(".ttf"))
    assert fonts == [
        f"EPUB/styles/fonts/AtkinsonHyperlegible-{style}.ttf" for style in ("Bold", "BoldItalic", "Italic", "Regular")
    ]
    for font in fonts:
        assert font.removeprefix("EPUB/styles/") in css
    media = german.opf.xpath("//opf:item[contains(@href, '.ttf')]/@media-type", namespaces=NS)
    assert set(media) == {"font/ttf"}
    links = german.chapter.xpath("//x:link[@rel='stylesheet']/@href", namespaces=NS)
    assert links == ["styles/epub.css"]


def test_every_member_is_in_the_manifest(german: Package) -> None:
    hrefs = {"EPUB/" + href for href in german.opf.xpath("//opf:item/@href", namespaces=NS)}
    members = set(german.archive.namelist()) - {"mimetype", "META-INF/container.xml", "EPUB/content.opf"}
    assert members == hrefs


def test_same_input_and_timestamp_give_the_same_bytes() -> None:
    assert _render(every_kind_release(images=False)) == _render(every_kind_release(images=False))


def test_timestamp_only_changes_the_modified_date_and_is_written_in_utc() -> None:
    berlin = timezone(timedelta(hours=2))
    later = Package(_render(every_kind_release(images=False), _ctx(datetime(2024, 5, 1, 9, 30, tzinfo=berlin))))
    assert later.meta("dcterms:modified") == ["2024-05-01T07:30:00Z"]
    earlier = Package(_render(every_kind_release(images=False)))
    assert later.dc("identifier")[0].text == earlier.dc("identifier")[0].text


def test_different_content_gives_a_different_identifier() -> None:
    base = every_kind_release(images=False)
    other_title = retitled(base, "Dortmund als „Digitalste Stadt“ geehrt")
    other_body = replace(base, body=(*base.body, Paragraph(children=(Text(text="Ein Satz mehr."),))))
    identifiers = {publication_identifier(r) for r in (base, other_title, other_body, minimal_english_release())}
    assert len(identifiers) == 4
    # Source positions and the input's encoding are not content: the same release, the same id.
    moved = replace(base, body=tuple(replace(b, line=99) for b in base.body))
    assert publication_identifier(moved) == publication_identifier(base)


def test_release_text_is_escaped_everywhere() -> None:
    package = Package(_render(minimal_english_release()))
    assert package.nav.xpath("string(//x:nav[@epub:type='toc']/x:ol/x:li/x:a)", namespaces=NS) == (
        "Senator welcomes <new> funding & support"
    )
    assert package.ncx.xpath("string(//ncx:docTitle/ncx:text)", namespaces=NS) == (
        "Senator welcomes <new> funding & support"
    )


def test_web_image_is_replaced_by_its_alt_text_with_a_warning() -> None:
    release = minimal_english_release()
    release = replace(
        release,
        body=(
            *release.body,
            Image(src="https://example.org/logo.png", alt="Logo of the Senate"),
            Image(src="https://example.org/line.png", alt="", decorative=True),
        ),
    )
    reporter = Reporter()
    package = Package(_render(release, _ctx(reporter=reporter)))
    assert package.chapter.xpath("//x:img", namespaces=NS) == []
    assert "Logo of the Senate" in "".join(package.chapter.itertext())
    codes = [d.code for d in reporter.diagnostics]
    assert codes.count("epub.image-not-embedded") == 2
    assert package.meta("schema:accessMode") == ["textual"]


def test_malformed_chapter_is_a_writer_error() -> None:
    with pytest.raises(WriterError, match="not well-formed"):
        package_epub(minimal_english_release(), _ctx(), "<html><p>unclosed</html>")


def test_stylesheet_referencing_a_missing_font_is_a_writer_error(tmp_path: Path) -> None:
    (tmp_path / "epub.css").write_text('@font-face { src: url("fonts/Missing.ttf"); }', encoding="utf-8")
    ctx = _ctx(resources=default_resources(style_dir=tmp_path))
    with pytest.raises(WriterError, match=r"Missing\.ttf"):
        EpubWriter().render(minimal_english_release(), ctx)


def test_stylesheet_may_not_reach_outside_the_style_folders(tmp_path: Path) -> None:
    (tmp_path / "epub.css").write_text('body { background: url("../secret.ttf"); }', encoding="utf-8")
    ctx = _ctx(resources=default_resources(style_dir=tmp_path))
    with pytest.raises(WriterError, match="only reference files next to it"):
        EpubWriter().render(minimal_english_release(), ctx)


def test_timestamp_before_1980_still_gives_a_valid_zip() -> None:
    data = _render(minimal_english_release(), _ctx(datetime(1970, 1, 1, tzinfo=UTC)))
    package = Package(data)
    assert package.meta("dcterms:modified") == ["1970-01-01T00:00:00Z"]
    assert package.archive.testzip() is None


def test_stylesheet_href_option_must_stay_inside_the_publication() -> None:
    with pytest.raises(WriterError, match="epub_stylesheet_href"):
        EpubWriter().render(minimal_english_release(), _ctx(options={"epub_stylesheet_href": "../outside.css"}))


def test_release_without_title_is_a_writer_error() -> None:
    release = minimal_english_release()
    release = replace(release, meta=replace(release.meta, title=()))
    with pytest.raises(WriterError, match="no title"):
        EpubWriter().render(release, _ctx())
