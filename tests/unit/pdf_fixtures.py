"""Hand-built releases for the PDF writer tests (the seed's shape, plus a long multi-page release)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pressconv.model import (
    BlockQuote,
    BulletList,
    Heading,
    Image,
    Lang,
    Link,
    ListItem,
    Metadata,
    Paragraph,
    Quotation,
    Release,
    Section,
    Table,
    Text,
)
from pressconv.writers.base import RenderContext

TIMESTAMP = datetime(2018, 9, 20, 12, 0, tzinfo=UTC)
# A 2x2 PNG, blue: a decorative image that must become an Artifact (WeasyPrint #2550).
PNG = (
    "data:image/png;base64,"
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGPg8u0BIgYIBQAW2gONWKYIBwAAAABJRU5ErkJggg=="
)


def context(**kwargs: object) -> RenderContext:
    """A RenderContext with the fixed test timestamp."""
    return RenderContext(timestamp=TIMESTAMP, **kwargs)  # type: ignore[arg-type]


def t(text: str) -> Text:
    return Text(text=text)


def seed_like_release() -> Release:
    """The Dortmund seed's shape: title, lead, three quotations, a foreign phrase and two links."""
    filler = " ".join(
        [
            "die",
            "Verwaltung",
            "arbeitet",
            "vernetzt",
            "mit",
            "der",
            "Wissenschaft",
            "und",
            "der",
            "Wirtschaft",
            "zusammen",
        ]
        * 14
    )
    return Release(
        meta=Metadata(
            title=(t("Dortmund als „Digitalste Stadt“ ausgezeichnet"),),
            language="de-DE",
            issued=date(2018, 9, 20),
            organisation="Stadt Dortmund",
            keywords=("Digitalisierung", "Auszeichnung"),
        ),
        body=(
            Paragraph(
                lead=True,
                children=(
                    t(
                        "Die Stiftung „Lebendige Stadt“ hat die Stadt Dortmund als „Digitalste Stadt“ "
                        "ausgezeichnet. Das Reallabor "
                    ),
                    Lang(lang="en", children=(t("Smart City"),)),
                    t(" überzeugte die Jury."),
                ),
            ),
            Paragraph(
                children=(
                    t("Oberbürgermeister Ullrich Sierau freut sich: "),
                    Quotation(children=(t("Der Preis bestätigt uns in unserer Strategie."),)),
                ),
            ),
            Paragraph(children=(t("Zunächst " + filler + " und dann " + filler + " bis zum Ende."),)),
            Paragraph(
                children=(
                    Quotation(children=(t("Die Digitalisierung wird uns helfen, schneller zu werden."),)),
                    t(", so Oberbürgermeister Ullrich Sierau."),
                ),
            ),
            Image(src=PNG, alt="", decorative=True),
            BlockQuote(
                speaker="Thomas Westphal",
                role="Geschäftsführer der Wirtschaftsförderung Dortmund",
                children=(Paragraph(children=(t("Dortmund ist eben Mannschaftsspiel."),)),),
            ),
            Heading(level=2, children=(t("Ausblick"),)),
            BulletList(items=(ListItem(children=(t("Ruhrgebiet"),)), ListItem(children=(t("Westfalen"),)))),
            Paragraph(
                children=(
                    t("Weitere Informationen dazu: "),
                    Link(
                        url="https://www.dortmund.de/de/leben_in_dortmund/nachricht.jsp?nid=548121",
                        children=(t("www.dortmund.de/de/leben_in_dortmund/nachricht.jsp?nid=548121"),),
                    ),
                ),
            ),
            Paragraph(
                children=(
                    t("Zur Stiftung: "),
                    Link(url="https://www.lebendige-stadt.de", children=(t("Stiftung Lebendige Stadt"),)),
                ),
            ),
        ),
    )


def long_release() -> Release:
    """A multi-page release: paragraphs and a table that cross page breaks."""
    words = "zahlreiche öffentliche einrichtungen prüfen ihre haushaltsführung sorgfältig und regelmäßig"
    paragraphs = tuple(
        Paragraph(
            children=(t(f"Abschnitt {n} beginnt hier und " + " ".join(words.split() * 12) + " endet."),)
        )
        for n in range(1, 13)
    )
    rows = tuple(((t(f"Posten {n}"),), (t(f"{n * 1000} Euro"),)) for n in range(1, 70))
    table = Table(header=((t("Posten"),), (t("Betrag"),)), rows=rows, caption="Ausgaben")
    return Release(
        meta=Metadata(
            title=(t("Jahresbericht des Rechnungshofs"),), language="de-DE", organisation="Rechnungshof"
        ),
        body=(*paragraphs[:6], table, *paragraphs[6:]),
        sections=(Section(kind="about", title="Über den Rechnungshof", blocks=(paragraphs[0],)),),
    )
