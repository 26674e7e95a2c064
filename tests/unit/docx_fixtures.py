"""Hand-built releases for the DOCX writer tests: every block and inline kind, German and English."""

from __future__ import annotations

import struct
import zlib
from datetime import UTC, date, datetime
from pathlib import Path

from pressconv.model import (
    Abbr,
    BlockQuote,
    BulletList,
    Contact,
    Email,
    Emphasis,
    Heading,
    Image,
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
)

TIMESTAMP = datetime(2018, 9, 20, 12, 0, tzinfo=UTC)


def tiny_png(width: int = 4, height: int = 2) -> bytes:
    """Return a valid grey PNG of the given size (no imaging library needed)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"pHYs", struct.pack(">IIB", 3780, 3780, 1))
        + chunk(b"IDAT", zlib.compress(pixels))
        + chunk(b"IEND", b"")
    )


def png_data_uri() -> str:
    """The tiny PNG as a data: URI, the one image source a writer may read without a file."""
    import base64

    return "data:image/png;base64," + base64.b64encode(tiny_png()).decode("ascii")


def full_release_de() -> Release:
    """A German release that uses every block and inline kind of the model at least once."""
    meta = Metadata(
        title=(
            Text(text="Dortmund als "),
            Quotation(children=(Text(text="Digitalste Stadt"),)),
            Text(text=" ausgezeichnet"),
        ),
        language="de-DE",
        subtitle=(Text(text="Stiftung lobt die Digitalisierungsstrategie"),),
        kicker="Pressemitteilung",
        issued=date(2018, 9, 20),
        issued_time="10:30 Uhr",
        place="Dortmund",
        embargo=datetime(2018, 9, 20, 18, 0, tzinfo=UTC),
        organisation="Stadt Dortmund",
        author="Presseamt",
        release_number="612/2018",
        keywords=("Digitalisierung", "Smart City"),
    )
    body = (
        Paragraph(
            children=(Text(text="Die Stiftung hat Dortmund gestern Abend in Potsdam ausgezeichnet."),),
            lead=True,
        ),
        Paragraph(
            children=(
                Text(text="Oberbürgermeister Ullrich Sierau freut sich: "),
                Quotation(
                    children=(
                        Text(text="Der Preis bestätigt uns, sagt das "),
                        Quotation(children=(Text(text="Reallabor"),)),
                        Text(text=" Team."),
                    ),
                    speaker="Ullrich Sierau",
                ),
                Text(text=" Die "),
                Abbr(text="TU", expansion="Technische Universität"),
                Text(text=" und das "),
                Lang(children=(Text(text="Digital Hub Logistics"),), lang="en"),
                Text(text=" sind "),
                Emphasis(children=(Text(text="wichtige"),)),
                Text(text=" und "),
                Strong(children=(Text(text="starke"),)),
                Text(text=" Partner\x0b mit Steuerzeichen\x00."),
            )
        ),
        Heading(level=2, children=(Text(text="Smart City Reallabor"),), id="smart-city"),
        Paragraph(
            children=(
                Text(text="Verwaltung, Zivilgesellschaft"),
                LineBreak(),
                Text(text="und Wissenschaft arbeiten vernetzt."),
            )
        ),
        Heading(level=3, children=(Text(text="Ziele im Quartier"),)),
        BulletList(
            items=(
                ListItem(children=(Text(text="Lebensqualität verbessern"),)),
                ListItem(children=(Text(text="Wirtschaftsstandort stärken"),)),
            )
        ),
        OrderedList(
            items=(
                ListItem(children=(Text(text="Erster Schritt planen"),)),
                ListItem(children=(Text(text="Zweiter Schritt umsetzen"),)),
            )
        ),
        OrderedList(
            items=(
                ListItem(children=(Text(text="Neue Liste beginnt"),)),
                ListItem(children=(Text(text="wieder bei eins"),)),
            )
        ),
        Heading(level=4, children=(Text(text="Zahlen und Daten"),)),
        Table(
            header=((Text(text="Bereich"),), (Text(text="Projekte"),)),
            rows=(
                ((Text(text="Verwaltung"),), (Text(text="12"),)),
                ((Text(text="Wirtschaft"),), (Text(text="7"),)),
            ),
            caption="Digitalprojekte nach Bereich",
        ),
        BlockQuote(
            children=(
                Paragraph(children=(Text(text="Dortmund ist eben Mannschaftsspiel."),)),
                Paragraph(children=(Text(text="Das unterscheidet uns von Einzelstars."),)),
            ),
            speaker="Thomas Westphal",
            role="Geschäftsführer der Wirtschaftsförderung",
        ),
        Image(src=png_data_uri(), alt="Urkunde der Stiftung Lebendige Stadt"),
        Image(src=png_data_uri(), alt="", decorative=True),
        PhotoCredit(children=(Text(text="Foto: Stadt Dortmund"),)),
        Paragraph(
            children=(
                Text(text="Weitere Informationen dazu: "),
                Link(
                    url="https://www.dortmund.de/de/leben_in_dortmund/nachricht.jsp?nid=548121",
                    children=(Text(text="www.dortmund.de/de/leben_in_dortmund/nachricht.jsp?nid=548121"),),
                ),
                Text(text=" und zur "),
                Link(url="https://www.lebendige-stadt.de", children=(Text(text="Stiftung Lebendige Stadt"),)),
                Text(text=" sowie "),
                Link(url="javascript:alert(1)", children=(Text(text="kein Skriptlink"),)),
                Text(text="."),
            )
        ),
    )
    sections = (
        Section(
            kind="contact",
            title="Pressekontakt",
            contacts=(
                Contact(
                    name="Anke Widow",
                    role="Pressesprecherin",
                    organisation="Stadt Dortmund",
                    email="presse@dortmund.de",
                    phone="0231 50-22222",
                    address="Friedensplatz 1\n44135 Dortmund",
                ),
            ),
        ),
        Section(
            kind="about",
            title="Über die Stiftung",
            blocks=(Paragraph(children=(Text(text="Die Stiftung fördert lebenswerte Städte."),)),),
        ),
        Section(
            kind="notes",
            title="Hinweis an die Redaktionen",
            blocks=(
                Paragraph(
                    children=(
                        Text(text="Rückfragen an "),
                        Email(address="presse@dortmund.de"),
                        Text(text=" oder "),
                        Phone(number="0231 50-12345", tel="+492315012345"),
                        Text(text="."),
                    )
                ),
            ),
        ),
        Section(
            kind="links",
            title="Weitere Informationen",
            blocks=(
                BulletList(
                    items=(
                        ListItem(
                            children=(
                                Link(
                                    url="https://www.dortmund.de/", children=(Text(text="www.dortmund.de"),)
                                ),
                            )
                        ),
                    )
                ),
            ),
        ),
    )
    return Release(meta=meta, body=body, sections=sections)


def small_release_en() -> Release:
    """A short English release: inline quotation marks and dates follow English conventions."""
    meta = Metadata(
        title=(Text(text="Senator Announces Grant for Rural Broadband"),),
        language="en-US",
        kicker="FOR IMMEDIATE RELEASE",
        issued=date(2009, 3, 4),
        place="Washington, D.C.",
        organisation="Office of the Senator",
    )
    body = (
        Paragraph(
            children=(
                Text(text="The senator said "),
                Quotation(children=(Text(text="this grant connects every farm"),)),
                Text(text=" on Tuesday."),
            ),
            lead=True,
        ),
        Heading(level=2, children=(Text(text="Background"),)),
        Paragraph(
            children=(
                Text(text="The programme began in "),
                Lang(children=(Text(text="Québec"),), lang="fr"),
                Text(text=" last year."),
            )
        ),
    )
    return Release(meta=meta, body=body)


def write_logo(folder: Path) -> Path:
    """Write the tiny PNG as a logo file in ``folder`` and return its path."""
    path = folder / "logo.png"
    path.write_bytes(tiny_png(40, 20))
    return path
