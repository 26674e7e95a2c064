"""Properties of every writer over generated Release models (hypothesis).

Every writer renders every release; EPUB and DOCX XML parts are well-formed XML and the HTML page
has its landmarks; the JSON output reads back into an equal model; and every word of the release
arrives in HTML, EPUB, DOCX and PDF. Failures hypothesis has found stay here as @example cases.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import assume, example, given, settings
from lxml import etree
from lxml import html as lxml_html

from pressconv.api import make_context, render
from pressconv.checks.text_preserved import Word, compare_text, extract_text, words_of
from pressconv.model import (
    Block,
    Email,
    Emphasis,
    Heading,
    Image,
    Inline,
    Lang,
    LineBreak,
    Link,
    Metadata,
    Paragraph,
    PhotoCredit,
    Quotation,
    Release,
    Section,
    Strong,
    Text,
    block_text,
    inline_text,
)
from pressconv.writers.base import xml_safe
from pressconv.writers.json import release_from_json, release_to_dict
from tests.property.release_strategies import TINY_PNG, VOCABULARY, releases

_PROFILE_EXAMPLES = settings.default.max_examples if settings.default is not None else 15
# PDF and the easy summary cost about a second per example: a fifth of the profile's count.
_SLOW_EXAMPLES = max(3, _PROFILE_EXAMPLES // 5)
_TIMESTAMP = datetime(2018, 9, 20, 12, tzinfo=UTC)

# Kept examples (regressions found by hypothesis or by hand): a control character in a heading
# made the EPUB chapter ill-formed until html.render_document cleaned its output.
_CONTROL_HEADING = Release(
    meta=Metadata(title=(Text(text="Titel\x00mit\x1bSteuerzeichen"),)),
    body=(
        Heading(level=2, children=(Text(text="Kopf\x01zeile"),)),
        Paragraph(children=(Text(text="Absatz \ufffe mit \x0b Zeichen"),)),
    ),
)
# Found by hypothesis: "Stadt" followed by a quoted e-mail address (a false alarm of the word
# comparison, kept as a regression case for the test's own text model).
_QUOTED_EMAIL = Release(
    meta=Metadata(title=(Text(text="Stadt"), Text(text="Stadt"))),
    body=(PhotoCredit(children=(Text(text="Stadt"), Quotation(children=(Email(address="a.b@stadt.dortmund.de"),)))),),
)
# Found by the fuzz profile: an image's alt text lives in the PDF's structure tree (/Alt), which
# pdftotext does not read; the test now reads /Alt as well.
_IMAGE_ALT = Release(
    meta=Metadata(title=(Text(text="Stadt"),)),
    body=(Image(src=TINY_PNG, alt="Dortmund"),),
)
_MINIMAL = Release(meta=Metadata(title=(Text(text="T"),)), body=(Paragraph(children=(Text(text="a"),)),))
# Found by hypothesis: a Hebrew word then "0A" in a German release; the PDF shows "0 שלוםA" (UAX #9)
# and the text check read "0A" as lost until the extractor joined the number with its word again.
_RTL_THEN_NUMBER = Release(
    meta=Metadata(title=(Text(text="Stadt"),), language="de-DE"),
    body=(Image(src=TINY_PNG, alt="", decorative=True),),
    sections=(Section(kind="contact", title="שלום 0A"),),
)


def _render(release: Release, fmt: str) -> bytes:
    return render(release, fmt, ctx=make_context(release, timestamp=_TIMESTAMP))


def _spaced(inlines: tuple[Inline, ...]) -> str:
    """Inline text with a space around quotations, links and line breaks.

    ``inline_text`` leaves out the quotation marks writers add, so "Stadt" + Quotation("a") would
    read as one word "Stadta"; a link's text may be replaced by a description next to the address.
    Other nodes (Text, Emphasis, Abbr, ...) run on in every output, so they are joined directly.
    """
    parts: list[str] = []
    for node in inlines:
        match node:
            case Emphasis(children=c) | Strong(children=c) | Lang(children=c):
                parts.append(_spaced(c))
            case Link(children=c) | Quotation(children=c):
                parts.append(f" {_spaced(c)} ")
            case LineBreak():
                parts.append(" ")
            case _:
                parts.append(inline_text((node,)))
    return "".join(parts)


def _block_words(block: Block) -> str:
    return block_text(block, inline=_spaced, cell_separator=" ")


def _release_text(release: Release) -> str:
    """The text every full-format output must contain: title, body and section blocks and titles."""
    parts = [_spaced(release.meta.title)]
    parts += [_block_words(block) for block in release.body]
    for section in release.sections:
        parts.append(section.title)
        parts += [_block_words(block) for block in section.blocks]
    # What no document can carry is dropped by every writer on purpose; compare without it.
    return xml_safe("\n".join(parts))


def _expected_words(release: Release) -> list[Word]:
    return [Word(word, 0) for word in words_of(_release_text(release))]


# Words the PDF fonts can show: the generated vocabulary (German, Hebrew, Arabic, CJK, emoji) and
# anything below U+0590 (Latin, Greek, Cyrillic). Random code points from other scripts (Tangut, rare
# CJK) have no glyph in the bundled or system fonts and drop out of the PDF text layer: a known
# font-coverage limit, reported, not asserted here.
_PDF_SHOWABLE = frozenset(words_of(" ".join(VOCABULARY)))


def _pdf_showable(word: Word) -> bool:
    return word.text in _PDF_SHOWABLE or all(ord(ch) < 0x0590 for ch in word.text)


def _assert_text_preserved(release: Release, fmt: str, data: bytes, folder: Path) -> None:
    path = folder / f"output.{fmt}"
    path.write_bytes(data)
    output_text = extract_text(path)
    expected = _expected_words(release)
    if fmt == "pdf":
        expected = [word for word in expected if _pdf_showable(word)]
    comparison = compare_text(expected, output_text)
    assert comparison.ok, f"{fmt}: {comparison.describe()}"


def _assert_xml_package(data: bytes, fmt: str) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        for name in names:
            if name.endswith((".xml", ".rels", ".xhtml", ".opf", ".ncx")):
                try:
                    etree.fromstring(archive.read(name))
                except etree.XMLSyntaxError as error:
                    raise AssertionError(f"{fmt}: {name} is not well-formed XML: {error}") from error
    if fmt == "epub":
        assert names[0] == "mimetype"
        assert any(n.endswith(".opf") for n in names)
    else:
        assert "word/document.xml" in names


def _assert_html_page(data: bytes) -> None:
    page = data.decode("utf-8")
    root = lxml_html.document_fromstring(page)
    assert root.get("lang"), "<html> has no lang"
    assert len(root.findall(".//h1")) == 1, "the page needs exactly one <h1>"
    assert len(root.findall(".//main")) == 1, "the page needs one <main>"
    for script in root.iter("script"):
        assert script.get("type") == "application/ld+json"
        json.loads(script.text or "")


@example(_CONTROL_HEADING)
@example(_MINIMAL)
@example(_QUOTED_EMAIL)
@given(releases)
def test_html_renders_and_keeps_every_word(release: Release) -> None:
    import tempfile

    data = _render(release, "html")
    _assert_html_page(data)
    with tempfile.TemporaryDirectory() as folder:
        _assert_text_preserved(release, "html", data, Path(folder))


@example(_MINIMAL)
@example(_QUOTED_EMAIL)
@given(releases)
def test_epub_is_well_formed_and_keeps_every_word(release: Release) -> None:
    import tempfile

    data = _render(release, "epub")
    _assert_xml_package(data, "epub")
    with tempfile.TemporaryDirectory() as folder:
        _assert_text_preserved(release, "epub", data, Path(folder))


def test_epub_nav_with_control_characters() -> None:
    _assert_xml_package(_render(_CONTROL_HEADING, "epub"), "epub")


@example(_CONTROL_HEADING)
@example(_MINIMAL)
@example(_QUOTED_EMAIL)
@given(releases)
def test_docx_is_well_formed_and_keeps_every_word(release: Release) -> None:
    import tempfile

    data = _render(release, "docx")
    _assert_xml_package(data, "docx")
    with tempfile.TemporaryDirectory() as folder:
        _assert_text_preserved(release, "docx", data, Path(folder))


@example(_CONTROL_HEADING)
@example(_MINIMAL)
@given(releases)
def test_json_round_trips(release: Release) -> None:
    document = json.loads(_render(release, "json"))
    assert release_from_json(document) == release


_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


@settings(max_examples=_SLOW_EXAMPLES)
@example(_CONTROL_HEADING)
@example(_QUOTED_EMAIL)
@example(_IMAGE_ALT)
@example(_RTL_THEN_NUMBER)
@given(releases)
def test_pdf_renders_and_keeps_every_word(release: Release) -> None:
    import tempfile

    data = _render(release, "pdf")
    assert data.startswith(b"%PDF-")
    # Rendering must work for every script; but pdftotext reverses the two letters of an Arabic
    # ligature glyph inside a right-to-left run (poppler; the PDF's ToUnicode is right, see the
    # strict xfail test_arabic_ligatures_survive_in_pdf), so text preservation is checked without it.
    assume(not _ARABIC.search(json.dumps(release_to_dict(release), ensure_ascii=False)))
    with tempfile.TemporaryDirectory() as folder:
        _assert_text_preserved(release, "pdf", data, Path(folder))


@settings(max_examples=_SLOW_EXAMPLES)
@example(_CONTROL_HEADING)
@given(releases)
def test_easy_summary_renders(release: Release) -> None:
    _assert_html_page(_render(release, "easy"))
