"""Contact cards keep the release's field order and labels in the model, HTML, DOCX and JSON (issue 9)."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, datetime
from html.parser import HTMLParser

import docx
import pytest

from pressconv.model import (
    Contact,
    ContactField,
    Link,
    Metadata,
    Release,
    Section,
    Text,
    contact_fields_in_order,
    contact_label,
    contact_label_prefix,
)
from pressconv.parser.contacts import parse_contacts
from pressconv.writers.base import RenderContext
from pressconv.writers.docx import DocxWriter
from pressconv.writers.html import render_document
from pressconv.writers.json import JsonWriter, release_from_json
from tests.conftest import CORPUS, parse_file

TIMESTAMP = datetime(2018, 9, 20, 12, 0, tzinfo=UTC)

LANDESARCHIV_ORDER: tuple[ContactField, ...] = ("name", "email", "phone", "organisation", "address")
# "Pressekontakt Fraunhofer FOKUS: Natalie Nik-Nafs, Pressereferentin …, Tel. …¸ Mail: …": the
# organisation comes from the heading, which the release wrote before the card.
BILDUNG_ORDER: tuple[ContactField, ...] = ("organisation", "name", "role", "phone", "email")


def _only_contact(stem: str) -> Contact:
    release = parse_file(CORPUS / f"{stem}.txt").release
    contacts = [contact for section in release.sections for contact in section.contacts]
    assert len(contacts) == 1, contacts
    return contacts[0]


def _release_with(contact: Contact, language: str = "de-DE") -> Release:
    return Release(
        meta=Metadata(title=(Text(text="Kontaktkarte"),), language=language),
        body=(),
        sections=(Section(kind="contact", title="Kontakt", contacts=(contact,)),),
    )


def _ctx() -> RenderContext:
    return RenderContext(timestamp=TIMESTAMP)


class _AddressLines(HTMLParser):
    """The text of each <div> inside the <address> cards, and the href of each link there."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []
        self.hrefs: list[str] = []
        self._in_address = False
        self._in_line = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "address":
            self._in_address = True
        elif tag == "div" and self._in_address:
            self._in_line = True
            self.lines.append("")
        elif tag == "a" and self._in_address:
            self.hrefs.append(dict(attrs).get("href") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "address":
            self._in_address = False
        elif tag == "div":
            self._in_line = False

    def handle_data(self, data: str) -> None:
        if self._in_line:
            self.lines[-1] += data


def _html_card(contact: Contact, language: str = "de-DE") -> _AddressLines:
    parser = _AddressLines()
    parser.feed(render_document(_release_with(contact, language), _ctx()))
    return parser


def _docx_card(contact: Contact) -> list[str]:
    document = docx.Document(io.BytesIO(DocxWriter().render(_release_with(contact), _ctx())))
    cards = [p for p in document.paragraphs if p.style is not None and p.style.name == "Contact"]
    assert len(cards) == 1
    # The card is one paragraph with a line break (<w:br/>) between fields; python-docx reads it as "\n".
    return cards[0].text.split("\n")


# ------------------------------------------------------------------------------ the parser


def test_landesarchiv_contact_keeps_order_and_the_tel_label() -> None:
    contact = _only_contact("de-state-berlin-landesarchiv-010")
    assert contact.name == "Yvonne Reimers"
    assert contact.email == "reimers@landesarchiv.berlin.de"
    assert contact.phone == "+49 30 90264-275"
    assert contact.organisation == "Landesarchiv Berlin"
    assert contact.address == "Eichborndamm 115 – 121, D-13403 Berlin"
    assert contact.order == LANDESARCHIV_ORDER
    assert contact.labels == (("phone", "Tel."),)
    assert contact_label(contact, "email") is None


def test_bildung_contact_keeps_order_and_the_mail_label() -> None:
    contact = _only_contact("de-state-berlin-bildung-001")
    assert contact.name == "Natalie Nik-Nafs"
    assert contact.role == "Pressereferentin Institutskommunikation"
    assert contact.organisation == "Fraunhofer FOKUS"
    assert contact.order == BILDUNG_ORDER
    assert contact.labels == (("phone", "Tel."), ("email", "Mail"))


@pytest.mark.parametrize(
    ("line", "labels"),
    [
        ("Telefon: 0231 50-12345, E-Mail: presse@example.de", (("phone", "Telefon"), ("email", "E-Mail"))),
        ("Tel.-Nr. 0231 50-12345; Email presse@example.de", (("phone", "Tel.-Nr."), ("email", "Email"))),
        ("Fon 0231 50-12345 Mail: presse@example.de", (("phone", "Fon"), ("email", "Mail"))),
        ("Phone: +1 877-440-9464", (("phone", "Phone"),)),
        ("presse@example.de, 0231 50-12345", ()),
    ],
)
def test_labels_are_kept_as_written_without_the_colon(line: str, labels: tuple[tuple[str, str], ...]) -> None:
    contacts, leftovers = parse_contacts([line], organisation=None, language="de-DE")
    assert not leftovers
    assert contacts[0].labels == labels


def test_a_second_name_on_the_same_line_starts_a_second_card() -> None:
    # Before issue 9 the second name went into the card that had just been closed, and was lost.
    contacts, _ = parse_contacts(
        ["Anna Schmidt, Tel. 030 1234567, Bernd Meier, Tel. 030 7654321"], organisation=None, language="de-DE"
    )
    assert [(c.name, c.phone, c.order) for c in contacts] == [
        ("Anna Schmidt", "030 1234567", ("name", "phone")),
        ("Bernd Meier", "030 7654321", ("name", "phone")),
    ]


def test_an_area_code_in_brackets_after_the_label_stays_in_the_number() -> None:
    contacts, _ = parse_contacts(["Tel. (030) 1234567"], organisation=None, language="de-DE")
    assert contacts[0].phone == "(030) 1234567"
    assert contacts[0].labels == (("phone", "Tel."),)


def test_email_then_phone_on_one_part_keeps_that_order() -> None:
    contacts, _ = parse_contacts(
        ["Shane Devenish, shane.devenish@crva.ca (905) 315-3156"], organisation=None, language="en-US"
    )
    assert contacts[0].order == ("name", "email", "phone")


# ------------------------------------------------------------------------------ the model helpers


def test_fields_in_order_default_for_a_hand_built_contact() -> None:
    contact = Contact(name="A B", email="a@example.org", phone="0231 1234567", address="Markt 1")
    assert contact_fields_in_order(contact) == ("name", "address", "phone", "email")


def test_fields_in_order_given_first_then_the_rest_and_only_present_fields() -> None:
    contact = Contact(name="A B", email="a@example.org", phone="0231 1234567", role="Sprecherin", order=("email", "role"))
    assert contact_fields_in_order(contact) == ("email", "role", "name", "phone")


def test_label_prefix_shows_a_full_stop_label_as_written() -> None:
    assert contact_label_prefix("Tel.") == "Tel. "
    assert contact_label_prefix("Mail") == "Mail: "


# ------------------------------------------------------------------------------ the writers


def test_html_card_follows_the_landesarchiv_order_and_labels() -> None:
    card = _html_card(_only_contact("de-state-berlin-landesarchiv-010"))
    assert card.lines == [
        "Yvonne Reimers",
        "E-Mail: reimers@landesarchiv.berlin.de",
        "Tel. +49 30 90264-275",
        "Landesarchiv Berlin",
        "Eichborndamm 115 – 121, D-13403 Berlin",
    ]
    assert card.hrefs == ["mailto:reimers@landesarchiv.berlin.de", "tel:+493090264275"]


def test_html_card_follows_the_bildung_order_and_labels() -> None:
    card = _html_card(_only_contact("de-state-berlin-bildung-001"))
    assert card.lines == [
        "Fraunhofer FOKUS",
        "Natalie Nik-Nafs",
        "Pressereferentin Institutskommunikation",
        "Tel. +49 30 3463-7210",
        "Mail: presse@fokus.fraunhofer.de",
    ]
    assert card.hrefs == ["tel:+493034637210", "mailto:presse@fokus.fraunhofer.de"]


def test_html_card_of_a_hand_built_contact_keeps_the_default_order_and_our_labels() -> None:
    contact = Contact(name="Jane Doe", organisation="Example Inc.", email="jane@example.com", phone="+1 555 0100 123")
    assert _html_card(contact, "en-US").lines == [
        "Jane Doe",
        "Example Inc.",
        "Phone: +1 555 0100 123",
        "Email: jane@example.com",
    ]


def test_html_card_is_still_an_address_element_with_class_names() -> None:
    page = render_document(_release_with(_only_contact("de-state-berlin-bildung-001")), _ctx())
    card = re.search(r"<address class=\"contact\">(.*?)</address>", page, re.DOTALL)
    assert card is not None
    classes = re.findall(r'<div class="([^"]+)">', card.group(1))
    assert classes == ["contact-org", "contact-name", "contact-role", "contact-phone", "contact-email"]


def test_docx_card_follows_the_landesarchiv_order_and_labels() -> None:
    assert _docx_card(_only_contact("de-state-berlin-landesarchiv-010")) == [
        "Yvonne Reimers",
        "E-Mail: reimers@landesarchiv.berlin.de",
        "Tel. +49 30 90264-275",
        "Landesarchiv Berlin",
        "Eichborndamm 115 – 121, D-13403 Berlin",
    ]


def test_docx_card_follows_the_bildung_order_and_labels() -> None:
    assert _docx_card(_only_contact("de-state-berlin-bildung-001")) == [
        "Fraunhofer FOKUS",
        "Natalie Nik-Nafs",
        "Pressereferentin Institutskommunikation",
        "Tel. +49 30 3463-7210",
        "Mail: presse@fokus.fraunhofer.de",
    ]


def test_docx_card_of_a_hand_built_contact_keeps_the_default_order_and_our_labels() -> None:
    contact = Contact(name="Maria Beispiel", email="presse@example.de", phone="0231 50-12345", address="Markt 1")
    assert _docx_card(contact) == ["Maria Beispiel", "Markt 1", "Telefon: 0231 50-12345", "E-Mail: presse@example.de"]


def test_docx_and_html_cards_keep_a_trailing_web_line_after_the_fields() -> None:
    # "Contact DetailsBenzinga / +1 877-440-9464 / info@… / Company Website…": the website line is
    # a note of the card, after its fields.
    release = parse_file(CORPUS / "en-company-newsdirect-016.txt").release
    page = render_document(release, _ctx())
    section = page[page.index(">Contact Details</h2>") :]
    assert section.index("info@benzinga.com") < section.index("Company Website")
    document = docx.Document(io.BytesIO(DocxWriter().render(release, _ctx())))
    texts = [p.text for p in document.paragraphs]
    after = "\n".join(texts[texts.index("Contact Details") :])
    assert after.index("info@benzinga.com") < after.index("Company Website")


# ------------------------------------------------------------------------------ JSON


def test_json_round_trips_order_and_labels() -> None:
    contact = Contact(
        name="Yvonne Reimers",
        email="reimers@landesarchiv.berlin.de",
        phone="+49 30 90264-275",
        order=("name", "email", "phone"),
        labels=(("phone", "Tel."),),
    )
    release = _release_with(contact)
    document = json.loads(JsonWriter().render(release, _ctx()))
    written = document["sections"][0]["contacts"][0]
    assert written["order"] == ["name", "email", "phone"]
    assert written["labels"] == [{"field": "phone", "label": "Tel."}]
    assert release_from_json(document) == release


def test_json_round_trips_a_parsed_corpus_release() -> None:
    release = parse_file(CORPUS / "de-state-berlin-bildung-001.txt").release
    assert release_from_json(json.loads(JsonWriter().render(release, _ctx()))) == release


def test_json_without_order_and_labels_reads_as_the_default() -> None:
    release = _release_with(Contact(name="A B", phone="0231 1234567"))
    document = json.loads(JsonWriter().render(release, _ctx()))
    for contact in document["sections"][0]["contacts"]:
        del contact["order"], contact["labels"]
    assert release_from_json(document) == release


def test_json_rejects_an_unknown_contact_field() -> None:
    document = json.loads(JsonWriter().render(_release_with(Contact(name="A B")), _ctx()))
    document["sections"][0]["contacts"][0]["order"] = ["fax"]
    with pytest.raises(ValueError, match="unknown contact field"):
        release_from_json(document)


# ---------------------------------------------------------------- notes between the fields

_FRANKFURT_CARD = (
    "Rückfragen bitte an:\n\nPolizeipräsidium Frankfurt am Main Pressestelle Adickesallee 70 60322 Frankfurt am Main "
    "Direkte Erreichbarkeit von Mo. - Fr.: 07:30 Uhr bis 17:00 Uhr Telefon: 069 / 755-82110 (CvD) "
    "Fax: 069 / 755-82009 E-Mail: pressestelle.ppffm@polizei.hessen.de "
    "Homepage Polizeipräsidium Ffm.: http://www.polizei.hessen.de/ppffm\n"
)


def _frankfurt_contact() -> Contact:
    from pressconv.api import parse

    text = "Streit um Parkplatz endet im Krankenhaus\n\nAm Karfreitag endete ein Streit.\n\n" + _FRANKFURT_CARD
    release = parse(text).release
    (section,) = [section for section in release.sections if section.kind == "contact"]
    assert section.blocks == (), "every line of the card belongs to the card"
    (contact,) = section.contacts
    return contact


def test_lines_between_fields_stay_in_the_card_in_their_place() -> None:
    from pressconv.model import contact_items, inline_text

    contact = _frankfurt_contact()
    entries = [(name, value if isinstance(value, str) else inline_text(value)) for name, value in contact_items(contact)]
    assert [name for name, _ in entries] == [
        "organisation", "address", "note", "phone", "note", "email", "note",
    ]  # fmt: skip
    assert entries[2][1] == "Direkte Erreichbarkeit von Mo. - Fr.: 07:30 Uhr bis 17:00 Uhr"
    assert entries[4][1] == "Fax: 069 / 755-82009"
    assert any(isinstance(node, Link) for node in contact.notes[2]), "the homepage stays a link"


def test_notes_render_in_place_in_html_and_docx_and_round_trip_through_json() -> None:
    contact = _frankfurt_contact()
    expected_starts = ["Polizeipräsidium", "Adickesallee", "Direkte", "Telefon:", "Fax:", "E-Mail:", "Homepage"]
    html = _html_card(contact)
    assert [line.strip().split(" ")[0] for line in html.lines] == [s.split(" ")[0] for s in expected_starts]
    assert "http://www.polizei.hessen.de/ppffm" in html.hrefs, "the homepage note keeps its link"
    docx_lines = _docx_card(contact)
    assert [line.strip().split(" ")[0] for line in docx_lines] == [s.split(" ")[0] for s in expected_starts]
    document = json.loads(JsonWriter().render(_release_with(contact), _ctx()))
    written = document["sections"][0]["contacts"][0]
    assert [note["text"] for note in written["notes"]][:2] == [
        "Direkte Erreichbarkeit von Mo. - Fr.: 07:30 Uhr bis 17:00 Uhr",
        "Fax: 069 / 755-82009",
    ]
    assert release_from_json(document) == _release_with(contact)
