"""A hand-built release for the CLI tests that must not wait for the parser, and its source words."""

from __future__ import annotations

from datetime import date

from pressconv.model import (
    BlockQuote,
    BulletList,
    Contact,
    Email,
    Heading,
    Link,
    ListItem,
    Metadata,
    Paragraph,
    Release,
    Section,
    Text,
)

# The words of the release as a press office would have typed them (for the "nothing lost" check).
SOURCE_TEXT = """Stadt baut neue Radwege am Hafen
Dortmund, 20. September 2018
Die Stadt Dortmund baut bis Ende 2019 zwölf Kilometer neue Radwege rund um den Hafen.
Was sich ändert
Die Wege werden breiter und beleuchtet.
Radfahrende bekommen eigene Ampeln.
Mehr Platz für alle, die Oberbürgermeisterin.
Weitere Informationen: https://www.dortmund.de/radwege
Kontakt: Presseamt, presse@dortmund.de
"""


def sample_release() -> Release:
    """A small German release with a heading, a list, a quote, a bare-URL link and a contact."""
    return Release(
        meta=Metadata(
            title=(Text(text="Stadt baut neue Radwege am Hafen"),),
            language="de-DE",
            issued=date(2018, 9, 20),
            place="Dortmund",
            organisation="Stadt Dortmund",
        ),
        body=(
            Paragraph(
                children=(
                    Text(text="Die Stadt Dortmund baut bis Ende 2019 zwölf Kilometer neue Radwege "),
                    Text(text="rund um den Hafen."),
                ),
                lead=True,
            ),
            Heading(level=2, children=(Text(text="Was sich ändert"),), id="was-sich-aendert"),
            BulletList(
                items=(
                    ListItem(children=(Text(text="Die Wege werden breiter und beleuchtet."),)),
                    ListItem(children=(Text(text="Radfahrende bekommen eigene Ampeln."),)),
                )
            ),
            BlockQuote(
                children=(Paragraph(children=(Text(text="Mehr Platz für alle,"),)),),
                speaker="die Oberbürgermeisterin",
            ),
            Paragraph(
                children=(
                    Text(text="Weitere Informationen: "),
                    Link(
                        url="https://www.dortmund.de/radwege",
                        children=(Text(text="https://www.dortmund.de/radwege"),),
                    ),
                )
            ),
        ),
        sections=(
            Section(
                kind="contact",
                title="Kontakt",
                contacts=(Contact(organisation="Presseamt", email="presse@dortmund.de"),),
                blocks=(Paragraph(children=(Text(text="Presseamt, "), Email(address="presse@dortmund.de"))),),
            ),
        ),
    )


def png_bytes(size: int = 16) -> bytes:
    """A valid opaque grey PNG, built here so no binary file is needed in the repository."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x40" * size for _ in range(size))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
