"""A hand-built Release of the seed (Dortmund, 20.09.2018), independent of the parser."""

from __future__ import annotations

from datetime import date

from pressconv.model import Link, Metadata, Paragraph, Quotation, Release, Section, Text


def _t(text: str) -> Text:
    return Text(text=text)


def _q(text: str, speaker: str | None = None, role: str | None = None) -> Quotation:
    return Quotation(children=(Text(text=text),), speaker=speaker, role=role)


def seed_release() -> Release:
    """Return the seed as the parser is expected to model it (quotations as Quotation inlines)."""
    body = (
        Paragraph(
            lead=True,
            children=(
                _t("Die Stiftung "),
                _q("Lebendige Stadt"),
                _t(" hat die Stadt Dortmund als "),
                _q("Digitalste Stadt"),
                _t(
                    " ausgezeichnet. Damit hat die Digitalisierungsstrategie Dortmunds gestern Abend im "
                    "Rahmen "
                    "einer feierlichen Preisverleihung in Potsdam höchste Anerkennung bekommen."
                ),
            ),
        ),
        Paragraph(
            children=(
                _t(
                    "Die Jury lobte Dortmund unter anderem als eine Stadt, die die Digitalisierung in eine "
                    "Stadtentwicklungsstrategie einbindet. Oberbürgermeister Ullrich Sierau freut sich: "
                ),
                _q(
                    "Der Preis bestätigt uns in unserer bisherigen Digitalisierungsstrategie. Er wird "
                    "Ansporn "
                    "sein, unseren erfolgreich eingeschlagenen Weg mit allen Partnern weiter zu gehen. "
                    "Partizipation ist dabei einer der wichtigsten Faktoren.",
                    "Ullrich Sierau",
                    "Oberbürgermeister",
                ),
            ),
        ),
        Paragraph(
            children=(
                _t(
                    "In Dortmund arbeiten Verwaltung, Zivilgesellschaft, Wirtschaft und Wissenschaft "
                    "vernetzt in "
                    "einem Reallabor "
                ),
                _q("Smart City"),
                _t(
                    ". Ziele Dortmunds sind in diesem Kontext der Erhalt bzw. die Verbesserung der Lebens- "
                    "und "
                    "Umweltqualität in den Quartieren, die Stärkung des Wirtschaftsstandortes sowie eine "
                    "effiziente, "
                    "digitale und benutzerfreundliche Verwaltung. "
                ),
                _q(
                    "Die Digitalisierung wird uns helfen, die politischen und strategischen Ziele der Stadt "
                    "schneller, effizienter und qualitativ hochwertiger zu erreichen. Dafür haben wir eigens "
                    "ein "
                    "Chief Information/Innovation Office eingerichtet, was die notwendige Vernetzung der "
                    "unterschiedlichen Akteure sicherstellt und als Innovationsscout digitale Trends und "
                    "Entwicklungen beobachtet sowie innovative Digitalisierungsprojekte in der Stadt anstößt",
                    "Ullrich Sierau",
                    "Oberbürgermeister",
                ),
                _t(", so Oberbürgermeister Ullrich Sierau."),
            ),
        ),
        Paragraph(
            children=(
                _t(
                    "Den Akteuren ist es in diesem Zusammenhang sehr wichtig, die Bürgerinnen und Bürger "
                    "sowie die "
                    "Mitarbeiterinnen und Mitarbeiter der Verwaltung mitzunehmen. Entsprechende "
                    "Beteiligungsprozesse "
                    "sind auf den Weg gebracht und helfen, Menschen und Technik zusammenzubringen."
                ),
            ),
        ),
        Paragraph(
            children=(
                _t(
                    "Thomas Westphal, Geschäftsführer der Wirtschaftsförderung Dortmund, sieht die "
                    "Auszeichnung als "
                    "Bestätigung für die Arbeit der ganzen Stadt: "
                ),
                _q(
                    "Bereits vor Jahren hat die Wirtschaft gemeinsam mit der Stadt im Strukturwandel hier "
                    "einen "
                    "klaren Schwerpunkt gesetzt. Dortmund ist das digitale Oberzentrum zwischen Ruhrgebiet "
                    "und "
                    "Westfalen nicht über Nacht geworden. Es ist uns in den letzten 20 Jahren gemeinsam "
                    "gelungen, "
                    "hier konsequent Start Ups zu entwickeln, die mittlerweile starker westfälischer "
                    "Mittelstand "
                    "geworden sind. Wir sind bereits heute größter IT-Bildungsstandort in Deutschland, "
                    "wollen aber "
                    "nicht nur in der Breite, sondern auch in der Spitze weiter wachsen: Mit dem neuen "
                    "Zentrum für "
                    "maschinelles Lernen an der TU Dortmund, dem Digital HUB Logistics der beiden "
                    "exzellenten "
                    "Fraunhofer-Institute IML und ISST und hoffentlich bald dem neuen Max-Planck-Institut "
                    "für "
                    "Cybersecurity, das wir gemeinsam mit Bochum in die Region holen wollen. Daher sehe ich "
                    "die "
                    "Auszeichnung als gemeinsamen Erfolg auch unserer gesamten Wirtschaft und Wissenschaft "
                    "am "
                    "Standort. Dortmund ist eben Mannschaftsspiel. Das unterscheidet uns auch von allen "
                    "anderen "
                    "Digitalstandorten, die mehr auf Einzelstars setzen.",
                    "Thomas Westphal",
                    "Geschäftsführer der Wirtschaftsförderung Dortmund",
                ),
            ),
        ),
    )
    links = Section(
        kind="links",
        title="Weitere Informationen",
        blocks=(
            Paragraph(
                children=(
                    _t("Weitere Informationen dazu: "),
                    Link(
                        url="https://www.dortmund.de/de/leben_in_dortmund/nachrichtenportal/alle_nachrichten/"
                        "nachricht.jsp?nid=548121",
                        children=(
                            _t(
                                "www.dortmund.de/de/leben_in_dortmund/nachrichtenportal/alle_nachrichten/"
                                "nachricht.jsp?nid=548121"
                            ),
                        ),
                    ),
                )
            ),
            Paragraph(
                children=(
                    _t("Weitere Informationen zur Stiftung "),
                    _q("Lebendige Stadt"),
                    _t(": "),
                    Link(url="https://www.lebendige-stadt.de", children=(_t("www.lebendige-stadt.de"),)),
                )
            ),
        ),
    )
    meta = Metadata(
        title=(_t("Dortmund als "), _q("Digitalste Stadt"), _t(" ausgezeichnet")),
        language="de-DE",
        issued=date(2018, 9, 20),
    )
    return Release(meta=meta, body=body, sections=(links,))
