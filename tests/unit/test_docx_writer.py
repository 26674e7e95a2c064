"""The DOCX writer read back with python-docx and lxml: styles, language, links, images, tables, lists."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import docx
import pytest
from lxml import etree

from pressconv.model import Heading, Image, Paragraph, Release, Text
from pressconv.registry import get_writer
from pressconv.writers.base import Branding, RenderContext
from pressconv.writers.docx import DocxWriter, format_date
from tests.fixtures.releases import LONG_URL, TIMESTAMP, english_release, every_kind_release, write_logo

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "adec": "http://schemas.microsoft.com/office/drawing/2017/decorative",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
W = f"{{{NS['w']}}}"


def _render(release: Release, ctx: RenderContext | None = None) -> bytes:
    return DocxWriter().render(release, ctx or RenderContext(timestamp=TIMESTAMP))


def _part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return etree.fromstring(archive.read(name))


def _styles_of(document: docx.document.Document) -> list[str]:
    return [p.style.name for p in document.paragraphs if p.style is not None]


@pytest.fixture(scope="module")
def full_bytes() -> bytes:
    return _render(every_kind_release())


@pytest.fixture(scope="module")
def full_doc(full_bytes: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(full_bytes))


def test_registry_finds_the_docx_writer() -> None:
    writer = get_writer("docx")
    assert isinstance(writer, DocxWriter)
    assert writer.extension == "docx"
    assert writer.media_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_output_is_byte_identical_for_the_same_timestamp(full_bytes: bytes) -> None:
    assert _render(every_kind_release()) == full_bytes
    later = _render(every_kind_release(), RenderContext(timestamp=datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC)))
    assert later != full_bytes


def test_zip_starts_with_content_types_and_has_fixed_dates(full_bytes: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(full_bytes)) as archive:
        infos = archive.infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert {info.date_time for info in infos} == {(2018, 9, 20, 12, 0, 0)}


def test_core_properties_are_ours(full_doc: docx.document.Document) -> None:
    props = full_doc.core_properties
    # Without the Quotation's marks today: see test_core_title_keeps_its_quotation_marks.
    assert props.title == "Dortmund als „Digitalste Stadt“ ausgezeichnet"
    assert props.subject == "Stiftung „Lebendige Stadt“ ehrt Strategie"
    assert props.author == "Stadt Dortmund"
    assert props.last_modified_by == "Stadt Dortmund"
    assert props.language == "de-DE"
    assert props.keywords == "Digitalisierung, Smart City"
    assert props.comments == "Die Stiftung hat die Stadt Dortmund als „Digitalste Stadt“ ausgezeichnet."
    assert props.category == "Pressemitteilung"
    assert props.created == props.modified == TIMESTAMP


def test_core_title_keeps_its_quotation_marks(full_doc: docx.document.Document) -> None:
    assert full_doc.core_properties.title == "Dortmund als „Digitalste Stadt“ ausgezeichnet"


def test_no_template_leftovers(full_bytes: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(full_bytes)) as archive:
        names = archive.namelist()
        everything = b"".join(archive.read(name) for name in names)
        app = archive.read("docProps/app.xml").decode()
    assert not any(name.startswith(("customXml/", "docProps/thumbnail")) for name in names)
    assert "word/stylesWithEffects.xml" not in names
    assert b"python-docx" not in everything
    assert b"2013-12-23" not in everything
    assert b"Macintosh" not in everything
    assert "<Application>pressconv</Application>" in app
    assert "<Company>Stadt Dortmund</Company>" in app


def test_document_language_is_set_in_style_defaults_and_settings(full_bytes: bytes) -> None:
    styles = _part(full_bytes, "word/styles.xml")
    (lang,) = styles.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang", namespaces=NS)
    assert lang.get(W + "val") == "de-DE"
    assert lang.get(W + "eastAsia") == "de-DE"
    assert lang.get(W + "bidi") == "de-DE"
    settings = _part(full_bytes, "word/settings.xml")
    (theme,) = settings.xpath("w:themeFontLang", namespaces=NS)
    assert theme.get(W + "val") == "de-DE"
    english = _part(_render(english_release()), "word/styles.xml")
    assert english.xpath("string(w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val)", namespaces=NS) == "en-US"


def test_foreign_passages_carry_their_language(full_bytes: bytes) -> None:
    document = _part(full_bytes, "word/document.xml")
    runs = document.xpath("//w:r[w:rPr/w:lang/@w:val='en']", namespaces=NS)
    assert ["".join(r.itertext()) for r in runs] == ["Smart City"]


def test_paragraph_styles_in_reading_order(full_doc: docx.document.Document) -> None:
    styles = _styles_of(full_doc)
    assert styles[:4] == ["Meta", "Title", "Subtitle", "Lead"]
    assert full_doc.paragraphs[1].text == "Dortmund als „Digitalste Stadt“ ausgezeichnet"
    headings = [(p.style.name, p.text) for p in full_doc.paragraphs if p.style and "Heading" in p.style.name]
    assert headings == [
        ("Heading 2", "Smart City Reallabor"),
        ("Heading 3", "Ein Reallabor für die ganze Stadt"),
        ("Heading 3", "Die Ziele"),  # level 4 in the model: Word's outline stops at the third level here
        ("Heading 2", "Pressekontakt"),
        ("Heading 2", "Über die Stiftung"),
        ("Heading 2", "Hinweis an die Redaktionen"),
        ("Heading 2", "Fotos"),
        ("Heading 2", "Weitere Informationen"),
    ]
    for expected in ("Quotations", "Quote Attribution", "List Bullet", "List Number", "Caption", "Contact"):
        assert expected in styles


def test_title_is_an_outline_level_one_heading(full_doc: docx.document.Document) -> None:
    title = full_doc.styles["Title"].element
    assert title.xpath("string(w:pPr/w:outlineLvl/@w:val)") == "0"


def test_meta_line_localises_date_and_embargo(full_doc: docx.document.Document) -> None:
    assert full_doc.paragraphs[0].text.split("\n") == [
        "Stadt Dortmund",
        "Pressemitteilung",
        "Dortmund, 20. September 2018, 10.30 Uhr",
        "Nr. 548/2018",
        # The author is release text: printed as in the HTML byline, not only in core properties.
        "Von Frank Bußmann",
        "Sperrfrist: 20. September 2018, 10:00 Uhr",
    ]


def test_format_date_per_language() -> None:
    day = date(2018, 9, 20)
    assert format_date(day, "de-DE") == "20. September 2018"
    assert format_date(date(2018, 3, 1), "de-AT") == "1. März 2018"
    assert format_date(day, "en-GB") == "20 September 2018"
    assert format_date(day, "en-US") == "September 20, 2018"


def test_no_empty_paragraphs_in_the_body(full_bytes: bytes) -> None:
    document = _part(full_bytes, "word/document.xml")
    for paragraph in document.xpath("/w:document/w:body/w:p", namespaces=NS):
        has_content = paragraph.xpath(".//w:t[normalize-space()] | .//w:drawing", namespaces=NS)
        assert has_content, etree.tostring(paragraph)[:200]


def test_inline_quotations_use_language_marks(full_doc: docx.document.Document) -> None:
    body = [p.text for p in full_doc.paragraphs]
    assert any("„Der Preis bestätigt uns, sagt das ‚Reallabor‘ Team.“" in text for text in body)
    english = docx.Document(io.BytesIO(_render(english_release())))
    assert any("“We are proud”" in p.text for p in english.paragraphs)
    assert english.paragraphs[0].text.split("\n") == [
        "Office of Senator Example",
        "FOR IMMEDIATE RELEASE",
        "Washington, D.C., October 27, 2009",
    ]


def test_block_quote_has_marks_and_attribution_outside(full_doc: docx.document.Document) -> None:
    quoted = [p.text for p in full_doc.paragraphs if p.style and p.style.name == "Quotations"]
    assert quoted == [
        "„Der Preis bestätigt uns in unserer Digitalisierungsstrategie.",
        "Partizipation ist einer der wichtigsten Faktoren.“",
    ]
    (attribution,) = [p.text for p in full_doc.paragraphs if p.style and p.style.name == "Quote Attribution"]
    assert attribution == "— Ullrich Sierau, Oberbürgermeister"


def test_hyperlinks_have_descriptive_text_and_safe_targets(full_doc: docx.document.Document) -> None:
    links = [(link.text, link.address) for p in full_doc.paragraphs for link in p.hyperlinks]
    # tel: targets are compared without spaces here; test_tel_targets_have_no_spaces holds the rest.
    links = [(text, address.replace(" ", "") if address.startswith("tel:") else address) for text, address in links]
    assert links == [
        ("Seite auf dortmund.de", LONG_URL),
        ("Stiftung Lebendige Stadt", "https://www.lebendige-stadt.de/"),
        ("presse@stadtdo.de", "mailto:presse@stadtdo.de"),
        ("0231 50-2 23 45", "tel:+492315022345"),
        ("0231 50-2 23 45", "tel:+492315022345"),
        ("awidow@stadtdo.de", "mailto:awidow@stadtdo.de"),
        ("presse@dortmund.de", "mailto:presse@dortmund.de"),
        ("0231 50-12345", "tel:+492315012345"),
        ("Website lebendige-stadt.de", "https://www.lebendige-stadt.de"),
    ]
    text = "\n".join(p.text for p in full_doc.paragraphs)
    # The bare address stays readable next to its description; the unsafe link is plain text.
    assert f"({LONG_URL.removeprefix('https://')})" in text
    assert "sowie kein Skriptlink." in text
    assert "javascript" not in text
    # A Phone without a dialable form is plain text.
    assert "oder Zentrale." in text


def test_tel_targets_have_no_spaces(full_doc: docx.document.Document) -> None:
    # RFC 3966 §5.1.1: visual separators in a tel: URI are "-", "." and parentheses, never a space.
    tels = [link.address for p in full_doc.paragraphs for link in p.hyperlinks if link.address.startswith("tel:")]
    assert tels and not any(" " in tel for tel in tels)


def test_hyperlink_runs_use_the_hyperlink_character_style(full_bytes: bytes) -> None:
    document = _part(full_bytes, "word/document.xml")
    runs = document.xpath("//w:hyperlink/w:r", namespaces=NS)
    assert runs
    assert {r.xpath("string(w:rPr/w:rStyle/@w:val)", namespaces=NS) for r in runs} == {"Hyperlink"}
    styles = _part(full_bytes, "word/styles.xml")
    (style,) = styles.xpath("w:style[@w:styleId='Hyperlink']", namespaces=NS)
    assert style.get(W + "type") == "character"
    assert style.xpath("w:rPr/w:u/@w:val", namespaces=NS) == ["single"]


def test_images_have_alt_text_or_the_decorative_flag(full_bytes: bytes) -> None:
    document = _part(full_bytes, "word/document.xml")
    doc_prs = document.xpath("//wp:docPr", namespaces=NS)
    assert [d.get("descr") for d in doc_prs] == ["Oberbürgermeister Sierau mit der Urkunde", ""]
    decorative = doc_prs[1].xpath(".//adec:decorative/@val", namespaces=NS)
    assert decorative == ["1"]
    assert not doc_prs[0].xpath(".//adec:decorative", namespaces=NS)


def test_logo_goes_to_the_header_with_unique_drawing_ids(tmp_path: Path) -> None:
    logo = write_logo(tmp_path)
    ctx = RenderContext(timestamp=TIMESTAMP, branding=Branding(logo_path=str(logo), logo_alt="Logo der Stadt"))
    data = _render(every_kind_release(), ctx)
    header = _part(data, "word/header1.xml")
    assert header.xpath("//wp:docPr/@descr", namespaces=NS) == ["Logo der Stadt"]
    ids = header.xpath("//wp:docPr/@id", namespaces=NS)
    ids += _part(data, "word/document.xml").xpath("//wp:docPr/@id", namespaces=NS)
    assert sorted(ids) == ["1", "2", "3"]
    assert data == _render(every_kind_release(), ctx)


def test_unreadable_image_keeps_its_alt_text(tmp_path: Path) -> None:
    outside = tmp_path / "secret.png"
    outside.write_bytes(b"not an image")
    release = replace(
        english_release(),
        body=(
            Image(src=str(outside), alt="Chart of broadband coverage"),
            Image(src="data:image/png;base64,AAAA", alt="Broken chart"),
        ),
    )
    ctx = RenderContext(timestamp=TIMESTAMP)
    document = docx.Document(io.BytesIO(_render(release, ctx)))
    texts = [p.text for p in document.paragraphs]
    assert "Chart of broadband coverage" in texts
    assert "Broken chart" in texts
    assert [d.code for d in ctx.reporter.diagnostics] == ["docx.image-unavailable"] * 2


def test_table_has_repeating_header_and_caption(full_bytes: bytes, full_doc: docx.document.Document) -> None:
    document = _part(full_bytes, "word/document.xml")
    table, headless = document.xpath("//w:tbl", namespaces=NS)
    assert table.xpath("string(w:tblPr/w:tblCaption/@w:val)", namespaces=NS) == "Digitalprojekte nach Jahr"
    rows = table.xpath("w:tr", namespaces=NS)
    assert rows[0].xpath("w:trPr/w:tblHeader", namespaces=NS)
    assert not rows[1].xpath("w:trPr/w:tblHeader", namespaces=NS)
    cells = [[cell.text for cell in row.cells] for row in full_doc.tables[0].rows]
    assert cells == [["Jahr", "Projekte"], ["2017", "12"], ["2018", "27"]]
    header_runs = rows[0].xpath(".//w:r", namespaces=NS)
    assert all(r.xpath("w:rPr/w:b", namespaces=NS) for r in header_runs)
    # A table without a header row repeats nothing and claims no header.
    assert not headless.xpath(".//w:tblHeader", namespaces=NS)
    assert [[cell.text for cell in row.cells] for row in full_doc.tables[1].rows] == [["ohne", "Überschrift"]]


def test_each_ordered_list_restarts_its_numbering(full_bytes: bytes) -> None:
    document = _part(full_bytes, "word/document.xml")
    numbering = _part(full_bytes, "word/numbering.xml")

    def num_ids(style: str) -> list[str]:
        return [
            str(p.xpath("string(w:pPr/w:numPr/w:numId/@w:val)", namespaces=NS))
            for p in document.xpath(f"//w:p[w:pPr/w:pStyle/@w:val='{style}']", namespaces=NS)
        ]

    ordered = num_ids("ListNumber")
    assert len(ordered) == 4 and ordered[0] == ordered[1] != ordered[2] == ordered[3]
    starts = []
    for num_id in (ordered[0], ordered[2]):
        (num,) = numbering.xpath(f"w:num[@w:numId='{num_id}']", namespaces=NS)
        starts.append(num.xpath("string(w:lvlOverride/w:startOverride/@w:val)", namespaces=NS))
    assert starts == ["3", "1"]  # the first list's own start; the second starts again at one
    bullets = num_ids("ListBullet")
    assert len(set(bullets)) == 1 and bullets[0] not in ordered
    # Every abstractNum precedes every num (CT_Numbering's sequence), or Word calls the file corrupt.
    tags = [etree.QName(child).localname for child in numbering]
    assert tags.index("num") > max(i for i, tag in enumerate(tags) if tag == "abstractNum")


def test_ordered_list_start_is_kept() -> None:
    from pressconv.model import ListItem, OrderedList

    release = replace(
        english_release(),
        body=(OrderedList(items=(ListItem(children=(Text(text="third"),)),), start=3),),
    )
    data = _render(release)
    numbering = _part(data, "word/numbering.xml")
    assert numbering.xpath("w:num/w:lvlOverride/w:startOverride/@w:val", namespaces=NS) == ["3"]


def test_xml_forbidden_characters_never_reach_the_xml() -> None:
    dirty = "Bell\x07 vertical\x0b tab\x1f end\ufffe"
    release = Release(
        meta=replace(english_release().meta, title=(Text(text=dirty),), keywords=("a\x01b",)),
        body=(Heading(level=2, children=(Text(text=dirty),)), Paragraph(children=(Text(text=dirty),))),
    )
    document = docx.Document(io.BytesIO(_render(release)))
    assert document.core_properties.title == "Bell vertical tab end"
    assert document.core_properties.keywords == "ab"
    assert [p.text for p in document.paragraphs][1:] == ["Bell vertical tab end"] * 3


def test_page_size_follows_the_language() -> None:
    german = docx.Document(io.BytesIO(_render(every_kind_release()))).sections[0]
    english = docx.Document(io.BytesIO(_render(english_release()))).sections[0]
    assert (german.page_width, german.page_height) == (7560310, 10692130)  # A4
    assert (english.page_width, english.page_height) == (7772400, 10058400)  # US Letter


def test_style_colours_have_enough_contrast(full_bytes: bytes) -> None:
    styles = _part(full_bytes, "word/styles.xml")

    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    ours = {"Normal", "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "Meta", "Lead", "Quotations",
            "QuoteAttribution", "Caption", "PhotoCredit", "Hyperlink"}  # fmt: skip
    for style in styles.xpath("w:style", namespaces=NS):
        if style.get(W + "styleId") not in ours:
            continue
        for colour in style.xpath("w:rPr/w:color/@w:val", namespaces=NS):
            ratio = 1.05 / (luminance(str(colour)) + 0.05)
            assert ratio >= 4.5, (style.get(W + "styleId"), colour, ratio)


def test_document_body_has_no_random_ids(full_bytes: bytes) -> None:
    document = _part(full_bytes, "word/document.xml")
    rels = _part(full_bytes, "word/_rels/document.xml.rels")
    targets = {rel.get("Id"): rel.get("Target") for rel in rels}
    used = document.xpath("//@r:id | //@r:embed", namespaces=NS)
    assert all(re.fullmatch(r"rId\d+", rid) and rid in targets for rid in used)


def test_odd_but_valid_releases_render() -> None:
    from pressconv.model import Lang, Link, Metadata, Section, Table

    release = Release(
        meta=Metadata(title=(Text(text="Nur ein Titel"),)),
        body=(
            Heading(level=6, children=(Text(text="Tiefe Überschrift"),)),
            Table(header=None, rows=(((Text(text="a"),), (Text(text="b"),)), ((Text(text="c"),),))),
            Table(header=None, rows=()),
            Paragraph(
                children=(
                    Link(url="https://example.org/", children=(Link(url="https://example.com/", children=()),)),
                    Lang(children=(Text(text="مرحبا"),), lang="ar"),
                )
            ),
        ),
        sections=(Section(kind="links", title="Links"),),
    )
    data = _render(release)
    document = docx.Document(io.BytesIO(data))
    assert [p.style.name for p in document.paragraphs if p.style is not None][:2] == ["Title", "Heading 3"]
    assert [[c.text for c in row.cells] for row in document.tables[0].rows] == [["a", "b"], ["c", ""]]
    body = _part(data, "word/document.xml")
    assert body.xpath("//w:r[w:rPr/w:rtl]/w:rPr/w:lang/@w:bidi", namespaces=NS) == ["ar"]
    assert not body.xpath("//w:hyperlink//w:hyperlink", namespaces=NS)
    assert [link.text for p in document.paragraphs for link in p.hyperlinks] == ["Website example.org"]


def test_documents_from_the_shared_template_do_not_leak_into_each_other(tmp_path: Path) -> None:
    # One process renders many releases from one copied template (writers/docx.py _fresh_document):
    # a release rendered after others, with another language, letterhead and logo, must give the
    # bytes it gives in a process that never built a template.
    from pressconv.writers import docx as docx_writer

    german, english = every_kind_release(), english_release()
    logo = Branding(logo_path=str(write_logo(tmp_path)))
    letterhead = RenderContext(timestamp=TIMESTAMP, options={"letterhead": "Stadt Musterstadt, Rathaus"})
    docx_writer._TEMPLATES.clear()
    first = _render(german)
    _render(english, RenderContext(timestamp=TIMESTAMP, branding=logo))
    _render(german, letterhead)
    _render(english)
    assert _render(german) == first
    docx_writer._TEMPLATES.clear()
    assert _render(german) == first


def test_template_styles_are_not_changed_by_a_render() -> None:
    # The copies share the template's styles element instead of copying 9 000 elements each time;
    # that is only right while nothing after the template writes to it.
    from pressconv.writers import docx as docx_writer

    _render(every_kind_release())
    template = next(iter(docx_writer._TEMPLATES.values())).document
    before = etree.tostring(template.styles.element)
    _render(every_kind_release())
    _render(english_release())
    assert etree.tostring(template.styles.element) == before
