"""Hand-built releases and text helpers for the EPUB writer tests: every block and inline kind."""

from __future__ import annotations

import base64
import re
import struct
import unicodedata
import zlib
from datetime import UTC, date, datetime

from pressconv.model import (
    Abbr,
    Block,
    BlockQuote,
    BulletList,
    Contact,
    Email,
    Emphasis,
    Heading,
    Image,
    Inline,
    Lang,
    LineBreak,
    Link,
    ListItem,
    Metadata,
    OrderedList,
    Paragraph,
    Phone,
    PhotoCredit,
    Quotation,
    Release,
    Section,
    Strong,
    Table,
    Text,
    contact_items,
    inline_text,
)

TIMESTAMP = datetime(2018, 9, 20, 12, 0, tzinfo=UTC)


def _t(text: str) -> Text:
    return Text(text=text)


def png_data_uri() -> str:
    """A valid 2×2 grey PNG as a data: URI (the only image source a writer may read without a file)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    pixels = b"".join(b"\x00" + b"\x80\x80" for _ in range(2))
    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(pixels))
        + chunk(b"IEND", b"")
    )
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def german_release(
    *, images: bool = False, title: str = "Dortmund als „Digitalste Stadt“ ausgezeichnet"
) -> Release:
    """A German release with every block and inline kind (images optional: they change the a11y metadata)."""
    body: list[Block] = [
        Paragraph(
            children=(
                _t("Die Stiftung „Lebendige Stadt“ hat die "),
                Abbr(text="TU", expansion="Technische Universität"),
                _t(" und die Stadt Dortmund "),
                Quotation(children=(_t("ausgezeichnet"),), speaker="Jury"),
                _t(". Das Reallabor "),
                Lang(children=(_t("Smart City"),), lang="en"),
                _t(" wird "),
                Emphasis(children=(_t("weiter"),)),
                _t(" "),
                Strong(children=(_t("gefördert"),)),
                _t("."),
            ),
            lead=True,
        ),
        BlockQuote(
            children=(
                Paragraph(children=(_t("Der Preis bestätigt uns in unserer Digitalisierungsstrategie."),)),
                Paragraph(children=(_t("Partizipation ist einer der wichtigsten Faktoren."),)),
            ),
            speaker="Ullrich Sierau",
            role="Oberbürgermeister",
        ),
        Heading(level=2, children=(_t("Zahlen und Fakten"),)),
        Table(
            header=((_t("Jahr"),), (_t("Projekte"),)),
            rows=(((_t("2017"),), (_t("12"),)), ((_t("2018"),), (_t("19"),))),
            caption="Digitalprojekte nach Jahr",
        ),
        Heading(level=3, children=(_t("Ziele"),)),
        BulletList(
            items=(
                ListItem(children=(_t("Lebensqualität verbessern"),)),
                ListItem(children=(_t("Verwaltung vereinfachen"),)),
            )
        ),
        OrderedList(
            items=(
                ListItem(children=(_t("Bürgerbeteiligung starten"),)),
                ListItem(children=(_t("Reallabor ausbauen"),)),
            ),
            start=3,
        ),
        Paragraph(
            children=(
                _t("Weitere Informationen: "),
                Link(
                    url="https://www.dortmund.de/de/leben_in_dortmund/nachricht.jsp?nid=548121",
                    children=(_t("www.dortmund.de/de/leben_in_dortmund/nachricht.jsp?nid=548121"),),
                ),
                LineBreak(),
                Link(url="https://www.lebendige-stadt.de", children=(_t("Stiftung Lebendige Stadt"),)),
                _t(" und "),
                Link(url="javascript:alert(1)", children=(_t("kein echter Link"),)),
            )
        ),
        PhotoCredit(children=(_t("Foto: Stadt Dortmund / Roland Gorecki"),)),
    ]
    if images:
        body.append(Image(src=png_data_uri(), alt="Urkunde der Stiftung Lebendige Stadt"))
        body.append(Image(src=png_data_uri(), alt="", decorative=True))
    return Release(
        meta=Metadata(
            title=(_t(title),),
            language="de-DE",
            subtitle=(_t("Preis für die Digitalisierungsstrategie"),),
            kicker="Pressemitteilung",
            issued=date(2018, 9, 20),
            place="Dortmund",
            organisation="Stadt Dortmund",
            author="Anna Muster",
            release_number="0815",
            keywords=("Digitalisierung", "Smart City"),
        ),
        body=tuple(body),
        sections=(
            Section(
                kind="contact",
                title="Pressekontakt",
                contacts=(
                    Contact(
                        name="Anna Muster",
                        role="Pressesprecherin",
                        organisation="Stadt Dortmund",
                        email="presse@dortmund.de",
                        phone="0231 50-12345",
                        address="Friedensplatz 1, 44135 Dortmund",
                    ),
                ),
            ),
            Section(
                kind="about",
                title="Über die Stadt Dortmund",
                blocks=(
                    Paragraph(
                        children=(
                            _t("Dortmund ist das digitale Oberzentrum Westfalens. Kontakt: "),
                            Email(address="info@dortmund.de"),
                            _t(", Telefon "),
                            Phone(number="0231 50-0", tel="+49231500"),
                        )
                    ),
                ),
            ),
        ),
    )


def english_release() -> Release:
    """A short English release without an organisation, author or date (metadata must still be valid)."""
    return Release(
        meta=Metadata(title=(_t("Senator welcomes <new> funding & support"),), language="en-US"),
        body=(
            Paragraph(
                children=(_t("WASHINGTON – The senator welcomed the decision on Tuesday."),), lead=True
            ),
            Heading(level=2, children=(_t("Background"),)),
            Paragraph(
                children=(
                    _t("The programme started in 2009 "),
                    Emphasis(children=(_t("after years"),)),
                    _t(" of work."),
                )
            ),
        ),
        sections=(
            Section(kind="notes", title="Notes to editors", blocks=(Paragraph(children=(_t("Ends."),)),)),
        ),
    )


# --------------------------------------------------------------------------- words

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Return the normalised word sequence of a text: NFC, case-folded, punctuation dropped."""
    return _WORD.findall(unicodedata.normalize("NFC", text).casefold())


def _inline_units(inlines: tuple[Inline, ...]) -> list[str]:
    """Split a paragraph at line breaks and links: a bare-URL link gets a description put before it."""
    units: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if "".join(current).strip():
            units.append("".join(current))
        current.clear()

    for node in inlines:
        if isinstance(node, LineBreak):
            flush()
        elif isinstance(node, Link):
            flush()
            units.append(inline_text(node.children))
        else:
            current.append(inline_text((node,)))
    flush()
    return units


def text_units(release: Release) -> list[str]:
    """Return the release's texts as units whose words an output must keep together and in order.

    Table cells and list items are separate units because readers lay them out in their own way.
    Link texts that are unsafe (``javascript:``) still count: the text is shown without a link.
    """
    meta = release.meta
    units: list[str] = [inline_text(meta.title)]
    if meta.subtitle:
        units.append(inline_text(meta.subtitle))
    units += [value for value in (meta.kicker, meta.place, meta.release_number) if value]
    for block in _all_blocks(release):
        match block:
            case Paragraph(children=children) | Heading(children=children) | PhotoCredit(children=children):
                units += _inline_units(children)
            case BlockQuote(children=paragraphs, speaker=speaker, role=role):
                for paragraph in paragraphs:
                    units += _inline_units(paragraph.children)
                units += [value for value in (speaker, role) if value]
            case BulletList(items=items) | OrderedList(items=items):
                for item in items:
                    units += _inline_units(item.children)
            case Table(header=header, rows=rows, caption=caption):
                for row in ((header,) if header else ()) + rows:
                    units += [inline_text(cell) for cell in row]
                if caption:
                    units.append(caption)
            case Image(alt=alt):
                if alt:
                    units.append(alt)
    for section in release.sections:
        units.append(section.title)
        # One unit per field, per label the release wrote ("Tel.", "Mail") and per note of a card;
        # a note's links are split out as in paragraphs (their text may be a description).
        for contact in section.contacts:
            for _, value in contact_items(contact):
                units += [value] if isinstance(value, str) else _inline_units(value)
            units += [label for _, label in contact.labels]
    return [unit for unit in units if words(unit)]


def _all_blocks(release: Release) -> list[Block]:
    blocks = list(release.body)
    for section in release.sections:
        blocks += section.blocks
    return blocks


def missing_words(release: Release, output_text: str) -> list[str]:
    """Return the release's text units whose words do not appear, in order and together, in the output."""
    haystack = " " + " ".join(words(output_text)) + " "
    return [unit for unit in text_units(release) if " " + " ".join(words(unit)) + " " not in haystack]
