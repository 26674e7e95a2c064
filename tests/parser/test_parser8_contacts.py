"""Contact blocks of senders the parser was not developed on: the scientist's own contact beside the
press office, and the organisation named by the press desk of a contact card.

Every release here is invented; each convention is exercised by releases of at least two senders.
"""

from __future__ import annotations

import pytest

from pressconv.api import ParseResult, parse
from pressconv.model import Paragraph, block_text


def _parse(text: str) -> ParseResult:
    return parse(text.encode("utf-8"))


_HEAD = "PRESSEMITTEILUNG\n\nNeue Messstation in Betrieb\n\n"
_BODY = "Eine neue Station misst seit Montag die Luftqualität am Marktplatz. Die Werte stehen täglich im Netz.\n\n"


@pytest.mark.parametrize(
    ("heading", "person", "institute"),
    [
        ("Wissenschaftlicher Kontakt:", "Prof. Dr. Erika Beispiel", "Institut für Werkstoffkunde, Hochschule Nordheim"),
        ("Fachliche Ansprechpartnerin:", "Dr. Clara Muster", "Forschungszentrum Seeland"),
    ],
)
def test_scientific_contact_heading_opens_a_contact_card(heading: str, person: str, institute: str) -> None:
    result = _parse(
        _HEAD + _BODY + f"{heading}\n{person}\n{institute}\nTel.: 0123 45-678\nE-Mail: forschung@example.org\n\n"
        "Pressekontakt:\nAnna Presse\nTel.: 0123 45-100\nE-Mail: presse@example.org\n"
    )
    sections = result.release.sections
    scientific = next(section for section in sections if section.title == heading.rstrip(":"))
    assert scientific.kind == "contact"
    assert [contact.name for contact in scientific.contacts] == [person]
    assert scientific.contacts[0].email == "forschung@example.org"
    # The heading and the card are not left in the body as paragraphs.
    body = " ".join(block_text(block) for block in result.release.body if isinstance(block, Paragraph))
    assert person not in body and heading.rstrip(":") not in body


@pytest.mark.parametrize(
    ("card_organisation", "desk", "organisation"),
    [
        ("Klinikum Seeland gGmbH", "Unternehmenskommunikation", "Klinikum Seeland gGmbH"),
        ("Stiftung Lesewelt e. V.", "Presse- und Öffentlichkeitsarbeit", "Stiftung Lesewelt e. V."),
        ("Stadtwerke Nordau GmbH", "Pressestelle", "Stadtwerke Nordau GmbH"),
    ],
)
def test_press_desk_of_the_contact_card_names_the_organisation(card_organisation: str, desk: str, organisation: str) -> None:
    result = _parse(
        _HEAD + _BODY + f"Pressekontakt:\n{card_organisation}\n{desk}\nJana Beispiel\n"
        "Tel.: 0123 45-100\nE-Mail: presse@example.org\n"
    )
    assert result.release.meta.organisation == organisation


def test_two_different_press_desks_name_no_organisation() -> None:
    result = _parse(
        _HEAD + _BODY + "Pressekontakt:\nKlinikum Seeland gGmbH\nUnternehmenskommunikation\nJana Beispiel\n"
        "Tel.: 0123 45-100\n\nStadtwerke Nordau GmbH\nUnternehmenskommunikation\nJohn Beispiel\nTel.: 0123 45-200\n"
    )
    assert result.release.meta.organisation is None


def test_scientific_contact_in_an_english_release() -> None:
    result = _parse(
        "PRESS RELEASE\n\nNew Weather Station Opens\n\nA new station measures air quality at the harbour from Monday. "
        "The data are published online every day.\n\nScientific contact:\nDr. Alan Example\n"
        "Lakeshore Institute of Technology\nPhone: 555-0100\nEmail: science@example.org\n\n"
        "Media contact:\nJane Press\nEmail: press@example.org\n"
    )
    titles = [(section.kind, section.title) for section in result.release.sections]
    assert ("contact", "Scientific contact") in titles
    scientific = next(section for section in result.release.sections if section.title == "Scientific contact")
    assert [contact.name for contact in scientific.contacts] == ["Dr. Alan Example"]


@pytest.mark.parametrize(
    ("text", "tip_title", "tip_phone", "press_phone"),
    [
        (
            "POLIZEIMELDUNG\n\nEinbruch in Bäckerei – Polizei sucht Zeugen\n\nSeestadt (ots) – Unbekannte sind in der "
            "Nacht zum Dienstag in eine Bäckerei eingebrochen und haben Bargeld gestohlen. Zeugen werden gebeten, "
            "sich bei der Polizeiinspektion Seestadt unter 0123 4567-0 zu melden.\n\n"
            "Für Rückfragen der Medien:\nPolizeipräsidium Seestadt\nPressestelle\nTelefon: 0123 4567-110\n",
            "Hinweise",
            "0123 4567-0",
            "0123 4567-110",
        ),
        (
            "NEWS RELEASE\n\nSheriff Seeks Witnesses After Store Burglary\n\nMILLTOWN, Ore. – Deputies are investigating "
            "a burglary at a hardware store on Main Street early Tuesday. Anyone with information is asked to call the "
            "tip line at 555-0199.\n\nMedia contact:\nSgt. Jane Example\nPhone: 555-0100\n",
            "Tips",
            "555-0199",
            "555-0100",
        ),
    ],
)
def test_an_appeals_tip_line_is_set_apart_from_the_press_office(
    text: str, tip_title: str, tip_phone: str, press_phone: str
) -> None:
    sections = _parse(text).release.sections
    phones = {contact.phone: section.title for section in sections for contact in section.contacts}
    assert phones.get(tip_phone) == tip_title
    assert press_phone in phones and phones[press_phone] != tip_title


def test_a_registration_phone_in_the_body_is_no_tip_line() -> None:
    result = _parse(
        _HEAD + "Das Museum lädt am Samstag zu Führungen ein. Anmeldung telefonisch unter 0123 7788-40 "
        "(werktags 8 bis 12 Uhr).\n\nPressekontakt:\nAnna Presse\nTel.: 0123 7788-41\n"
    )
    titles = {contact.phone: section.title for section in result.release.sections for contact in section.contacts}
    assert titles.get("0123 7788-40") == "Kontakt"


@pytest.mark.parametrize(
    ("organisation", "person"),
    [
        ("Muster Maschinenbau GmbH & Co. KG", "Lena Beispiel"),
        ("Nordland Logistik AG", "Tom Example"),
        ("Heimatverein Seeland e. V.", "Erika Muster"),
    ],
)
def test_a_card_line_ending_in_a_legal_form_is_one_organisation(organisation: str, person: str) -> None:
    result = _parse(
        _HEAD + _BODY + f"Pressekontakt:\n{organisation}\n{person}, Pressereferentin\n"
        "Gewerbering 5, 12345 Musterstadt\nTel.: 0123 4411-20\n"
    )
    (card,) = [contact for section in result.release.sections for contact in section.contacts]
    assert card.organisation == organisation
    assert card.name == person
    assert card.role == "Pressereferentin"


@pytest.mark.parametrize(
    ("above", "organisation", "role", "person"),
    [
        (
            "Pressestelle\nMinisterium für Umwelt, Klima und Energie\n",
            "Ministerium für Umwelt, Klima und Energie",
            "Pressesprecher",
            "Max Beispiel",
        ),
        (
            "Pressestelle\nSenatsverwaltung für Bildung, Jugend und Familie\n",
            "Senatsverwaltung für Bildung, Jugend und Familie",
            "Pressesprecherin",
            "Erika Muster",
        ),
        # Without an office line the spokesperson's label stays the section's title, as when it stands alone.
        ("Stadtwerke Nordau GmbH\n", "Stadtwerke Nordau GmbH", "Pressesprecherin", "Jana Beispiel"),
    ],
)
def test_lines_over_the_spokespersons_line_belong_to_the_card(above: str, organisation: str, role: str, person: str) -> None:
    result = _parse(
        _HEAD + _BODY + "Hintergrund:\nIm Land gibt es 120 Freibäder. Viele sind älter als 50 Jahre.\n\n"
        f"{above}{role}: {person}\nTel.: 0123 4455-10\nE-Mail: presse@example.org\n"
    )
    cards = [(section.title, contact) for section in result.release.sections for contact in section.contacts]
    assert len(cards) == 1
    title, card = cards[0]
    assert (card.name, card.organisation) == (person, organisation)
    assert role in (card.role, title)
    about = [section for section in result.release.sections if section.kind == "about"]
    assert all(organisation not in block_text(block) for section in about for block in section.blocks)


@pytest.mark.parametrize(
    ("organisation", "line", "role", "person"),
    [
        ("Freiwillige Feuerwehr Musterau", "Pressewart Tom Beispiel", "Pressewart", "Tom Beispiel"),
        ("Turnverein Seeland e. V.", "Pressewartin Jana Muster", "Pressewartin", "Jana Muster"),
        (
            "Amtsgericht Weidenbrück",
            "Richter am Amtsgericht Dr. Max Beispiel",
            "Richter am Amtsgericht",
            "Dr. Max Beispiel",
        ),
    ],
)
def test_role_written_before_the_name_on_a_card(organisation: str, line: str, role: str, person: str) -> None:
    result = _parse(_HEAD + _BODY + f"Kontakt:\n{organisation}\n{line}\nMobil: 0151 2345 6789\nE-Mail: presse@example.org\n")
    (card,) = [contact for section in result.release.sections for contact in section.contacts]
    assert (card.organisation, card.role, card.name) == (organisation, role, person)


@pytest.mark.parametrize(
    ("person", "line"),
    [
        ("Prof. Dr. Erika Beispiel", "Institut für Werkstoffkunde, Hochschule Nordheim"),
        ("Dr. Max Muster", "Klinik für Kardiologie, Klinikum Seeland"),
    ],
)
def test_unit_and_institution_on_one_line_are_one_organisation(person: str, line: str) -> None:
    result = _parse(
        _HEAD + _BODY + f"Wissenschaftlicher Kontakt:\n{person}\n{line}\nTel.: 0123 45-678\nE-Mail: forschung@example.org\n"
    )
    (card,) = [contact for section in result.release.sections for contact in section.contacts]
    assert (card.name, card.organisation, card.role) == (person, line, None)


@pytest.mark.parametrize(
    ("sentence", "desk"),
    [
        (
            "Fragen beantworten die Stellen in den Rathäusern sowie die Beratungsstelle der Handwerkskammer, "
            "Tel. 0123 7788-50.",
            "Beratungsstelle der Handwerkskammer",
        ),
        (
            "Fragen beantworten die Lehrkräfte an den Schulen oder die Servicestelle der Stadt Nordau unter 0123 506-240.",
            "Servicestelle der Stadt Nordau",
        ),
    ],
)
def test_the_desk_joined_last_before_the_number_names_the_card(sentence: str, desk: str) -> None:
    result = _parse(_HEAD + _BODY + sentence + "\n")
    names = [contact.name for section in result.release.sections for contact in section.contacts]
    assert names == [desk]


@pytest.mark.parametrize(
    ("card_organisation", "desk"),
    [
        ("Hochschule Seeland", "Stabsstelle Kommunikation"),
        ("Stadtwerke Nordau GmbH", "Presse und Kommunikation"),
        ("Acme Robotics Inc.", "Corporate Communications"),
    ],
)
def test_communication_desk_after_the_sender_on_a_card(card_organisation: str, desk: str) -> None:
    result = _parse(_HEAD + _BODY + f"Kontakt für Medien:\n{card_organisation}\n{desk}\nMax Beispiel\nTel.: 0123 45-100\n")
    assert result.release.meta.organisation == card_organisation


@pytest.mark.parametrize(
    ("imprint", "organisation"),
    [
        ("Herausgeber:\nStadt Nordau\nPresse- und Informationsamt\nMarktplatz 1, 12345 Nordau\n", "Stadt Nordau"),
        ("Herausgeber: Landratsamt Seeland, Pressestelle\n", "Landratsamt Seeland"),
        ("Published by: Northgate City Council\n", "Northgate City Council"),
    ],
)
def test_imprint_names_the_publisher(imprint: str, organisation: str) -> None:
    result = _parse(_HEAD + _BODY + imprint)
    assert result.release.meta.organisation == organisation
