"""Facts and titles of the easy summary: who speaks, usable contacts, press appointments, titles, glossary.

Every release here is invented for these tests (senders, names, streets, numbers); none is a corpus file.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.model import Contact, Metadata, Paragraph, Release, Section, Text
from pressconv.transforms.easy import morph, summarise, summary_text
from pressconv.transforms.easy.contact import dialable, email_address
from pressconv.transforms.easy.facts import _people
from pressconv.transforms.easy.readability import words
from pressconv.transforms.easy.verify import FactGuard, rule_failures


def _release(
    title: str,
    *paragraphs: str,
    issued: date = date(2024, 3, 1),
    organisation: str | None = None,
    kicker: str | None = None,
    sections: tuple[Section, ...] = (),
) -> Release:
    meta = Metadata(title=(Text(text=title),), language="de-DE", issued=issued, organisation=organisation, kicker=kicker)
    body = tuple(Paragraph(children=(Text(text=p),)) for p in paragraphs)
    return Release(meta=meta, body=body, sections=sections)


def _text(release: Release) -> str:
    return summary_text(summarise(release).release).replace("·", "")


def _lines(release: Release) -> list[str]:
    text = _text(release).split("## Wörterbuch")[0]
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def _title(release: Release) -> str:
    return _text(release).splitlines()[0]


def _glossary(release: Release) -> list[str]:
    text = _text(release)
    if "## Wörterbuch" not in text:
        return []
    return [line[4:] for line in text.split("## Wörterbuch")[1].splitlines() if line.startswith("### ")]


# --- contacts (bullet 4): usable or left out


@pytest.mark.parametrize(
    ("raw", "usable"),
    [
        ("presse at beispiel-verein punkt de", "presse@beispiel-verein.de"),
        ("info [at] stadt-nordheim.de", "info@stadt-nordheim.de"),
        ("kontakt(at)feuerwehr-musterdorf(dot)de", "kontakt@feuerwehr-musterdorf.de"),
        ("mailto:buero@verein.example", "buero@verein.example"),
        ("presse@amt.example.org", "presse@amt.example.org"),
    ],
)
def test_obfuscated_address_is_written_out(raw: str, usable: str) -> None:
    assert email_address(raw) == usable


@pytest.mark.parametrize("raw", ["info at beispiel", "a at b at c.de", "presse [at] verein", "Pressestelle"])
def test_address_that_stays_ambiguous_is_left_out(raw: str) -> None:
    assert email_address(raw) is None


@pytest.mark.parametrize(
    ("raw", "usable"),
    [
        ("(0421) 361-12345", "0421 361-12345"),
        ("+49 (0)89 - 233 445 66", "+49 89 233 445 66"),
        ("+49 (0)40 42828 - 100", "+49 40 42828-100"),
        ("0351 / 488-0 (Zentrale)", "0351 488-0"),
        ("07031-123456 (AB)", "07031 123456"),
        ("0049 30 1234-567", "+49 30 1234-567"),
    ],
)
def test_phone_number_is_dialable(raw: str, usable: str) -> None:
    assert dialable(raw) == usable


@pytest.mark.parametrize("raw", ["4664-123", "110", "Tel. auf Anfrage", "+49 (0)030 123"])
def test_phone_number_without_area_code_or_with_text_is_left_out(raw: str) -> None:
    assert dialable(raw) is None


def test_summary_gives_usable_contacts_only() -> None:
    contact = Contact(name="Pressestelle", email="presse [at] musterverein.de", phone="+49 (0)761 - 123 45 67")
    release = _release(
        "Verein fordert mehr Radwege",
        "Der Musterverein fordert mehr sichere Radwege in der Innenstadt.",
        organisation="Musterverein Radfahren",
        sections=(Section(kind="contact", title="Kontakt", contacts=(contact,)),),
    )
    text = _text(release)
    assert "presse@musterverein.de" in text
    assert "+49 761 123 45 67" in text
    assert "[at]" not in text and "(0)" not in text


# --- who speaks (bullet 1)


def test_sender_from_the_byline_with_its_article() -> None:
    release = _release(
        "Radfahrer bei Unfall verletzt",
        "In Nordheim ist ein Radfahrer bei einem Unfall leicht verletzt worden.",
        organisation="Polizeidirektion Nordheim",
        issued=date(2024, 5, 8),
    )
    assert "Die Polizeidirektion Nordheim hat die Nachricht am 8. Mai 2024 geschrieben." in _lines(release)


def test_two_senders_take_an_article_each() -> None:
    release = _release(
        "Gemeinsame Kontrollen",
        "Die Polizei Südheim und die Stadt Südheim haben gestern Lastwagen kontrolliert.",
        kicker="Gemeinsame Meldung Polizei Südheim und Stadt Südheim",
        issued=date(2024, 5, 8),
    )
    # The sentence with the date would be too long: the short date line stands, never the names
    # without a date (pipeline._written). The names keep an article each where they are said.
    lines = _lines(release)
    assert "Die Polizei Südheim und die Stadt Südheim haben die Nachricht geschrieben." not in lines
    # The title says what they did (the lead's clause, titles12) with an article for each sender.
    assert "Die Polizei Südheim und die Stadt Südheim" in lines[0], lines


def test_sender_says_what_it_is_only_from_its_own_words() -> None:
    about = Section(
        kind="about",
        title="Über uns",
        blocks=(
            Paragraph(children=(Text(text="„Grün & Gerecht“ ist ein gemeinnütziger Verein für saubere Luft in Ostheim."),)),
        ),
    )
    release = _release(
        "Verein fordert saubere Luft",
        "Wir bei Grün & Gerecht fordern weniger Autos in der Innenstadt von Ostheim.",
        sections=(about,),
    )
    lines = _lines(release)
    assert "Grün und Gerecht hat die Nachricht am 1. März 2024 geschrieben." in lines
    assert "Grün und Gerecht ist ein Verein." in lines  # head noun only: "gemeinnützig" is not needed


def test_no_self_description_is_invented() -> None:
    release = _release(
        "Verein fordert saubere Luft",
        "Der Verein Luft für alle fordert weniger Autos in der Innenstadt.",
        organisation="Verein Luft für alle",
    )
    assert not any(" ist ein " in line or " ist eine " in line for line in _lines(release))


def test_speaker_in_apposition_keeps_role_modifier_and_organisation() -> None:
    people = _people(
        [
            "„Wir brauchen mehr Platz“, sagt Petra Beispiel, stellvertretende Vorsitzende des Sportvereins Nordheim.",
            "Dazu spricht Herr Kriminaldirektor Karl Muster.",
        ]
    )
    by_name = {p.name: p for p in people}
    assert by_name["Petra Beispiel"].role == "stellvertretende Vorsitzende vom Sportverein Nordheim"
    assert by_name["Petra Beispiel"].female is True
    assert by_name["Karl Muster"].role == "Kriminaldirektor" and by_name["Karl Muster"].female is False


def test_form_of_address_contradicting_the_role_noun_gives_no_role() -> None:
    assert _people(["Es spricht Frau Direktor Anna Muster."]) == ()


def test_plural_genitive_is_not_turned_into_a_singular() -> None:
    (person,) = _people(["Das sagt Anna Muster, Leiterin der Grundschulen, am Montag."])
    assert person.role == "Leiterin"


# --- press appointments and public events (bullet 3)


PRESS = _release(
    "Presseeinladung: Vorstellung der neuen Feuerwache",
    "Die Stadt Nordheim lädt Medienvertreterinnen und Medienvertreter zu einem Pressetermin ein. "
    "Der Pressetermin findet am Donnerstag, 14. März 2024, um 11 Uhr statt.",
    "Ort: Feuerwache Nord (Eingang Hof), Brunnenstraße 12, 12345 Nordheim",
    "Um Anmeldung wird gebeten.",
    organisation="Stadt Nordheim",
)


def test_press_appointment_is_for_journalists_and_invites_no_reader() -> None:
    lines = _lines(PRESS)
    assert "Der Termin ist für Journalisten." in lines
    assert "Bitte melden Sie sich vorher an." not in lines
    assert not any("Bitte kommen Sie" in line for line in _text(PRESS).splitlines())
    assert "Der Pressetermin ist am Donnerstag, 14. März 2024." in lines
    assert "Die Adresse ist: Feuerwache Nord, Eingang Hof, Brunnenstraße 12 in Nordheim." in lines


def test_press_appointment_title_names_who_invites_and_whom() -> None:
    title = _title(PRESS)
    assert title == "Die Stadt Nordheim lädt Journalisten zu einem Pressetermin ein"
    assert not title.startswith("Einladung")


def test_public_event_says_everyone_may_come() -> None:
    release = _release(
        "Sommerfest im Stadtpark",
        "Die Gemeinde Musterdorf lädt am Samstag, 6. Juli 2024, um 15 Uhr zu einem Sommerfest ein. "
        "Alle Bürgerinnen und Bürger sind herzlich eingeladen.",
    )
    lines = _lines(release)
    assert "Alle dürfen kommen." in lines
    assert "Der Termin ist für Journalisten." not in lines


# --- appeals (bullet 2)


def test_appeal_for_an_object_names_the_object() -> None:
    release = _release(
        "Wer kennt diesen Koffer?",
        "Die Polizei Westheim bittet um Mithilfe. Ein Koffer wurde am Bahnhof gefunden. "
        "Hinweise nimmt die Polizei unter 0711 8990-1234 entgegen.",
        issued=date(2024, 2, 9),
    )
    assert _title(release) == "Die Polizei sucht Hinweise zu einem Koffer"
    assert "Die Polizei sucht Hinweise zu einem Koffer." not in _lines(release)  # the title says it


# --- titles (bullet 6)


def test_headline_pun_is_not_the_title() -> None:
    release = _release(
        "Einsatz 2: Heißer Ofen",
        "In der Nacht zu Montag brannte in Musterdorf eine Scheune. Die Feuerwehr Musterdorf löschte den Brand. "
        "Verletzt wurde niemand.",
        issued=date(2024, 6, 3),
    )
    title = _title(release)
    assert "Ofen" not in title and "Einsatz 2" not in title
    assert title.startswith("Es hat einen ") and title.endswith(" in Musterdorf gegeben")


def test_title_from_the_sender_when_the_headline_is_a_metaphor() -> None:
    release = _release(
        "Rückenwind für die Schiene",
        "Der Fahrgastverband Nordland fordert mehr Züge zwischen Nordheim und Südheim.",
        organisation="Fahrgastverband Nordland",
    )
    # The lead's main clause says what the sender wants; the metaphor of the headline stays out.
    assert _title(release) == "Der Fahrgastverband Nordland fordert mehr Züge zwischen Nordheim und Südheim"


KINDS = {
    "event": PRESS,
    "police": _release(
        "Unfall in Ostheim",
        "Gestern Mittag ist in Ostheim ein Autofahrer gegen einen Baum gefahren. Er wurde leicht verletzt.",
        issued=date(2024, 5, 8),
    ),
    "decision": _release(
        "Neue Regeln",
        "Der Gemeinderat hat am Dienstag neue Regeln für das Parken beschlossen.",
        organisation="Gemeinde Musterdorf",
    ),
    "service": _release(
        "Bibliothek geschlossen",
        "Die Stadtbibliothek bleibt wegen Bauarbeiten vom 4. bis 8. März geschlossen.",
        organisation="Stadt Nordheim",
    ),
    "figures": _release(
        "Bilanz",
        "Die Zahl der Unfälle ist im Jahr 2023 gesunken. Das zeigt die neue Statistik.",
        organisation="Polizeidirektion Nordheim",
    ),
    "statement": _release(
        "Ein Schritt ins Leere",
        "Der Mieterverein Südheim kritisiert die neuen Mieten. Der Verein fordert eine Pause.",
        organisation="Mieterverein Südheim",
    ),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_title_is_a_short_sentence_with_a_finite_verb(kind: str) -> None:
    title = _title(KINDS[kind])
    assert 3 <= len(words(title)) <= 10, title
    assert not title.startswith(("Es geht um", "Eine Nachricht", "Einladung")), title
    assert any(t.pos.endswith("(FIN)") for t in morph.tag(title)), title
    assert not [f for f in rule_failures(title) if f.check not in ("rule.abbreviation", "rule.long-word")], title


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_fact_of_the_summary_is_in_the_source(kind: str) -> None:
    release = KINDS[kind]
    result = summarise(release)
    source = " ".join(
        [release.meta.title[0].text, release.meta.organisation or "", release.meta.kicker or ""]  # type: ignore[union-attr]
        + [p.children[0].text for p in release.body if isinstance(p, Paragraph)]  # type: ignore[union-attr]
    )
    weekdays = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag 1. März 2024 7. Mai 2024 8. Mai 2024"
    guard = FactGuard(source, derived=(weekdays,))
    for sentence in result.sentences:
        assert [f for f in guard.failures(sentence.replace("·", "")) if f.match not in ("Journalisten",)] == [], sentence


# --- glossary (bullet 7)


def test_traffic_word_used_for_a_coalition_gets_no_traffic_explanation() -> None:
    release = _release(
        "Ampel muss liefern",
        "Der Verband Digitales Nordland kritisiert die Ampel. Die Koalition hat ihre Versprechen nicht gehalten.",
        organisation="Verband Digitales Nordland",
    )
    assert "Ampel" not in _glossary(release)


def test_traffic_word_in_a_traffic_text_is_explained() -> None:
    from pressconv.transforms.easy.lexicon import entries_for

    source = "An der Kreuzung ist die Ampel ausgefallen. Autos und Fußgänger müssen warten."
    assert [e.word for e in entries_for(["Die Ampel ist kaputt."], source=source)] == ["Ampel"]
    assert entries_for(["Die Ampel streitet."], source="Die Koalition streitet über den Haushalt.") == []


def test_word_inside_a_quoted_name_is_not_explained() -> None:
    from pressconv.transforms.easy.lexicon import entries_for

    # ("Preis" is basic vocabulary and gets no entry at all: lexicon.basic.)
    assert entries_for(["Sie heißt „Auszeichnung und Leistung“."]) == []
    assert [e.word for e in entries_for(["Sie bekommt eine Auszeichnung."])] == ["Auszeichnung"]


# --- the news itself (bullet 2) and lists (bullet 5)


def test_signing_is_stated_with_both_senders() -> None:
    release = _release(
        "Zusammenarbeit für ältere Menschen",
        "Die Stadt Nordheim und der Seniorenbund Nordheim haben heute eine Kooperationsvereinbarung unterzeichnet.",
        kicker="Gemeinsame Meldung Stadt Nordheim und Seniorenbund Nordheim",
    )
    expected = "Die Stadt Nordheim und der Seniorenbund Nordheim haben eine Kooperationsvereinbarung unterschrieben"
    assert _title(release) == expected
    assert expected + "." not in _lines(release)  # the title says it; the body does not repeat it


def test_signing_by_someone_else_is_not_given_to_the_sender() -> None:
    release = _release(
        "Vertrag unterzeichnet",
        "Die Gemeinde Südheim und die Firma Beispiel haben eine Vereinbarung unterzeichnet.",
        organisation="Stadt Nordheim",
    )
    assert not any("unterschrieben" in line for line in _lines(release))


def test_new_member_welcomed_by_its_acronym() -> None:
    release = _release(
        "Wir wachsen",
        "Mit großer Freude heißen wir das Deutsche Rote Kreuz (DRK) als neues Mitglied willkommen. "
        "Wir bei Netz & Hilfe freuen uns.",
    )
    # The release defines the acronym: the title uses the long form (Leichte Sprache: no abbreviations).
    assert _title(release) == "Das Deutsche Rote Kreuz ist neu bei Netz und Hilfe"


def test_list_of_dates_is_kept_whole_with_its_count() -> None:
    from pressconv.model import BulletList, ListItem

    items = tuple(
        ListItem(children=(Text(text=d),))
        for d in ("Dienstag, 5. März 2024", "Dienstag, 12. März 2024", "Dienstag, 19. März 2024")
    )
    meta = Metadata(title=(Text(text="Sperrungen am Hafen"),), language="de-DE", issued=date(2024, 3, 1))
    release = Release(
        meta=meta,
        body=(
            Paragraph(children=(Text(text="Die Hafenstraße wird an folgenden Tagen gesperrt:"),)),
            BulletList(items=items),
        ),
    )
    lines = _lines(release)
    assert "Es gibt drei Termine." in lines
    for day in ("5. März 2024", "12. März 2024", "19. März 2024"):
        assert f"Ein Termin ist am Dienstag, {day}." in lines


def test_every_named_fire_brigade_is_listed() -> None:
    release = _release(
        "Scheunenbrand",
        "In der Nacht brannte in Musterdorf eine Scheune. Die Feuerwehr Musterdorf und die Feuerwehr Nordheim "
        "löschten den Brand. Verletzt wurde niemand.",
        issued=date(2024, 6, 3),
    )
    assert "Die Feuerwehren aus Musterdorf und Nordheim waren im Einsatz." in _lines(release)


def test_registration_deadline_is_stated_with_its_weekday() -> None:
    release = _release(
        "Infoabend zur Schulwahl",
        "Die Grundschule am See lädt am Donnerstag, 14. März 2024, um 18 Uhr zu einem Infoabend ein. "
        "Die Anmeldung ist bis zum 11. März 2024 möglich.",
    )
    lines = _lines(release)
    assert "Bitte melden Sie sich bis Montag, 11. März 2024 an." in lines
    assert "Bitte melden Sie sich vorher an." not in lines


def test_a_street_keeps_its_article() -> None:
    from pressconv.transforms.easy.facts import _area

    assert _area("Es brannte in der Lindenstraße.") == "in der Lindenstraße"
    assert _area("Es brannte in dem Haus am Mühlendamm.") is None
    assert _area("Der Unfall geschah in Lichtenfelde.") == "in Lichtenfelde"


@pytest.mark.parametrize(
    "extra",
    [
        # A museum's tour: free, but for a limited group (a judged blind release said "Alle dürfen kommen.").
        "Der Eintritt ist frei. Die Teilnehmerzahl ist auf 25 Personen begrenzt.",
        # A club's evening: only for members.
        "Alle Interessierten sind eingeladen, die Teilnahme ist nur für Mitglieder möglich.",
        # Free entry alone says what it costs, not who may come.
        "Der Eintritt ist frei.",
    ],
)
def test_free_or_limited_event_does_not_say_everyone_may_come(extra: str) -> None:
    release = _release(
        "Abend im Museum",
        f"Das Stadtmuseum Nordheim lädt am Samstag, 6. Juli 2024, um 19 Uhr zu einem Abend ein. {extra}",
    )
    assert "Alle dürfen kommen." not in _lines(release)
