"""Contacts and closing sections across senders: invented German and English examples (issue 14)."""

from __future__ import annotations

import pytest

from pressconv.api import ParseResult, parse
from pressconv.model import Contact, Paragraph, Section, contact_text, inline_text
from pressconv.parser.contacts import parse_contacts, tokens
from pressconv.parser.organisation import from_contact, from_lead
from pressconv.parser.residue import end_mark_reason
from pressconv.parser.tail import contact_paragraph, glued_end_mark, heading_continues_about, tip_contacts
from tests.parser.accounting import missing_words


def _cards(lines: list[str], language: str = "de-DE") -> list[Contact]:
    contacts, _ = parse_contacts(lines, organisation=None, language=language)
    return contacts


def _parse(text: str) -> ParseResult:
    result = parse(text)
    assert not missing_words(text, result), "every word stays in the model or in removed"
    return result


def _contacts(result: ParseResult) -> list[Contact]:
    return [contact for section in result.release.sections for contact in section.contacts]


def _kinds(result: ParseResult) -> list[str]:
    return [section.kind for section in result.release.sections]


def _section(result: ParseResult, kind: str) -> Section:
    (section,) = [s for s in result.release.sections if s.kind == kind]
    return section


def _body_texts(result: ParseResult) -> list[str]:
    return [inline_text(b.children) for b in result.release.body if isinstance(b, Paragraph)]


# ------------------------------------------------------------------------------ one-line contacts


@pytest.mark.parametrize(
    ("line", "name", "email", "phone"),
    [
        ("MEDIA CONTACT: JANE DOE 0400 000 000", None, None, "0400 000 000"),
        ("Rita Muster,555-010-2030", "Rita Muster", None, "555-010-2030"),
        (
            "Jan Beispiel, Tel. 040 123456-7, E-Mail jan.beispiel@example.org",
            "Jan Beispiel",
            "jan.beispiel@example.org",
            "040 123456-7",
        ),
        ("Anna Probe, Sprecherin, Mobil: 0170 1234567", "Anna Probe", None, "0170 1234567"),
    ],
)
def test_one_line_cards(line: str, name: str | None, email: str | None, phone: str | None) -> None:
    (card,) = _cards([line])
    assert (card.phone, card.email) == (phone, email)
    if name:
        assert card.name == name


def test_contact_without_spaces_after_the_label_and_comma() -> None:
    result = _parse(
        "Schulbau beginnt\n\nContact:Rita Muster,555-010-2030\n\n"
        "The city starts building a new school in spring, the mayor said on Monday in a long statement to the press.\n"
    )
    (card,) = _contacts(result)
    assert (card.name, card.phone) == ("Rita Muster", "555-010-2030")
    assert any("new school" in text for text in _body_texts(result)), "the body after the contact line is body"


@pytest.mark.parametrize(
    "written",
    [
        "presse[at]example.org",
        "presse [at] example.org",
        "presse (at) example (dot) org",
        "presse@example[.]org",
        "presse at example punkt org",
        "presse(at)example.org",
    ],
)
def test_obfuscated_emails_are_kept_as_written(written: str) -> None:
    (card,) = _cards([f"Pressestelle, {written}"])
    assert card.email == written


def test_spelt_out_at_needs_a_spelt_out_dot() -> None:
    assert not [t for t in tokens("Visit us at example.org today") if t.kind == "email"]


# ------------------------------------------------------------------------------ blocks


def test_block_with_several_persons_and_labelled_phones() -> None:
    lines = [
        "Erika Beispiel", "Pressesprecherin", "Büro: 030 1234-567", "Mobil: 0151 2345678", "erika@example.de",
        "", "Max Muster", "Referent", "Tel. 030 1234-568", "max@example.de",
    ]  # fmt: skip
    first, second = _cards(lines)
    assert (first.name, first.role, first.email) == ("Erika Beispiel", "Pressesprecherin", "erika@example.de")
    assert first.phone == "030 1234-567" or first.phone == "0151 2345678"
    assert "0151 2345678" in contact_text(first) and "030 1234-567" in contact_text(first)
    assert (second.name, second.phone, second.email) == ("Max Muster", "030 1234-568", "max@example.de")


def test_glued_card_lines_office_cell_and_fax() -> None:
    (card,) = _cards(["Sam Sample Office 555-201-3000 Cell 555-201-3001 Fax 555-201-3002 sam@example.com"], "en-US")
    assert (card.name, card.phone, card.email) == ("Sam Sample", "555-201-3000", "sam@example.com")
    text = contact_text(card)
    assert "Cell 555-201-3001" in text and "Fax 555-201-3002" in text


def test_grouped_desks_each_open_a_card() -> None:
    lines = [
        "Media (Korea):", "Kim Example", "+82 2 555 0100", "kim@example.com", "",
        "Investors:", "Lee Example", "+1 555 0100 200", "ir@example.com",
    ]  # fmt: skip
    first, second = _cards(lines, "en-US")
    assert first.email == "kim@example.com" and second.email == "ir@example.com"
    assert "Media (Korea):" in contact_text(first) and "Investors:" in contact_text(second)


def test_fields_set_apart_by_blank_lines_stay_one_card() -> None:
    (card,) = _cards(["Beispiel GmbH", "", "+49 30 555000", "", "info@example.de"])
    assert (card.phone, card.email) == ("+49 30 555000", "info@example.de")


def test_second_phrase_on_a_name_line_is_the_organisation() -> None:
    first, second = _cards(
        [
            "Lena Muster, Verein Beispiel, lena[at]example.de, 030 555 1234",
            "Tom Probe, Bund Muster, tom[at]example.de, 030 555 4321",
        ]
    )
    assert (first.name, first.organisation) == ("Lena Muster", "Verein Beispiel")
    assert (second.name, second.organisation, second.email) == ("Tom Probe", "Bund Muster", "tom[at]example.de")


def test_contact_block_printed_twice_is_one_card_and_the_repeat_is_removed() -> None:
    card = "## Contacts\n\nPat Example\n(555) 010-3000\npat@example.com\n"
    text = "# Acme opens a plant\n\nAcme opened a plant in Springfield today, the company said.\n\n" + card + "\n" + card
    result = _parse(text)
    assert [c.email for c in _contacts(result)] == ["pat@example.com"]
    assert any("repeated" in entry.reason and "pat@example.com" in entry.text for entry in result.removed)


# ------------------------------------------------------------------------------ sentences


def test_contact_sentence_gives_a_card_per_person() -> None:
    text = (
        "For further information, please contact Ann Example at ann@example.com or 555-010-4000 "
        "or Bo Sample at bo@example.com or 555-010-4001."
    )
    assert contact_paragraph(text)
    cards = tip_contacts(text)
    assert [(c.name, c.email, c.phone) for c in cards] == [
        ("Ann Example", "ann@example.com", "555-010-4000"),
        ("Bo Sample", "bo@example.com", "555-010-4001"),
    ]


def test_investor_sentence_with_colon() -> None:
    (card,) = tip_contacts("For investor questions, please contact Jane Example: ir@example.com")
    assert (card.name, card.email) == ("Jane Example", "ir@example.com")


@pytest.mark.parametrize(
    ("sentence", "name", "phone", "email"),
    [
        (
            "Hinweise nimmt die Kriminalpolizei Musterstadt unter der Rufnummer 030 4664-912444 entgegen.",
            "Kriminalpolizei Musterstadt", "030 4664-912444", None,
        ),
        (
            "Bei Fragen können Sie sich an das Bürgertelefon der Stadt Musterstadt unter (0231) 555-1000 wenden.",
            "Bürgertelefon der Stadt Musterstadt", "(0231) 555-1000", None,
        ),
        (
            "Anyone with information should call (555) 010-6154 or email tips@example.gov.",
            None, "(555) 010-6154", "tips@example.gov",
        ),
    ],
)  # fmt: skip
def test_tip_lines_are_desks(sentence: str, name: str | None, phone: str, email: str | None) -> None:
    (card,) = tip_contacts(sentence)
    assert (card.name, card.phone, card.email) == (name, phone, email)


def test_tip_line_keeps_its_paragraph_in_the_body() -> None:
    text = (
        "Zeugen gesucht\n\nAm Montag wurde in Musterstadt ein Fahrrad gestohlen. Die Polizei sucht Zeugen. "
        "Hinweise nimmt die Kriminalpolizei unter der Rufnummer 030 4664-912444 entgegen.\n"
    )
    result = _parse(text)
    assert any("Hinweise nimmt" in t for t in _body_texts(result))
    assert [c.phone for c in _contacts(result)] == ["030 4664-912444"]


def test_a_sentence_with_an_address_but_no_cue_is_no_contact() -> None:
    assert tip_contacts("Learn more at https://example.com or write to info@example.com.") == []


def test_closing_contact_sentence_leaves_the_body() -> None:
    text = (
        "Vereinsfest im Mai\n\nDer Verein feiert am 3. Mai sein Sommerfest mit Musik und Spielen für die ganze Familie.\n\n"
        "Das Programm beginnt um 14 Uhr auf dem Sportplatz an der Schulstraße.\n\n"
        "Interesse? Schreib uns an fest@example.de oder ruf an: 07000 123456\n"
    )
    result = _parse(text)
    assert _kinds(result) == ["contact"]
    (card,) = _contacts(result)
    assert (card.email, card.phone) == ("fest@example.de", "07000 123456")
    assert len(_body_texts(result)) == 2


# ------------------------------------------------------------------------------ boundaries


@pytest.mark.parametrize(
    "mark", ["###", "# # #", "#####", "-30-", "– 30 –", "– Ende –", "- END -", "ENDS", "ENDE", "**ENDS**"]
)
def test_end_marks(mark: str) -> None:
    assert end_mark_reason(mark) == "end mark of the release"


@pytest.mark.parametrize("word", ["Ende", "End", "Ends"])
def test_a_bare_word_is_no_end_mark(word: str) -> None:
    assert end_mark_reason(word) is None


def test_glued_end_mark() -> None:
    assert glued_end_mark('…protects workers."###') == ('…protects workers."', "###")
    assert glued_end_mark("Issue #3 ###") is None


def test_glued_end_mark_ends_the_body_and_is_removed() -> None:
    text = (
        "Statement on wages\n\nWASHINGTON – The caucus welcomed the decision today.###\n\n"
        "The caucus is a group of members.\n"
    )
    result = _parse(text)
    assert any(entry.text == "###" for entry in result.removed)
    assert _kinds(result) == ["about"]


def test_what_follows_an_end_mark_is_boilerplate_and_contacts() -> None:
    text = (
        "Acme opens a plant\n\nAcme opened a plant in Springfield on Monday, the company said.\n\n-30-\n\n"
        "Acme is a maker of machines.\n\nPat Example\npat@example.com\n(555) 010-3000\n"
    )
    result = _parse(text)
    assert _kinds(result) == ["about", "contact"]
    assert any(entry.reason == "end mark of the release" for entry in result.removed)


def test_notes_to_editors_and_hinweis_an_die_redaktion() -> None:
    for heading in ("Notes to editors", "Hinweis an die Redaktionen:"):
        text = f"Titel der Meldung\n\nDer erste Absatz der Meldung ist hier.\n\n{heading}\nFotos gibt es auf Anfrage.\n"
        assert _kinds(_parse(text)) == ["notes"]


def test_about_does_not_swallow_body_under_a_later_heading() -> None:
    text = (
        "# Neue Studie\n\nDie Stadt stellt eine Studie vor.\n\n## Über die Studie\n\n"
        "Die Studie lief zwei Jahre.\n\n## Ergebnisse\n\nDie Ergebnisse zeigen einen klaren Trend in allen Bezirken.\n"
    )
    result = _parse(text)
    assert any("klaren Trend" in t for t in _body_texts(result))


def test_heading_naming_the_subject_stays_in_about() -> None:
    assert heading_continues_about("Über Beispiel & Co", "Der Beispiel & Co Trägerkreis umfasst")
    assert not heading_continues_about("About Acme", "Results")


def test_contact_card_after_about_is_its_own_section() -> None:
    text = (
        "Acme opens a plant\n\nAcme opened a plant in Springfield on Monday, the company said.\n\n"
        "About Acme\n\nAcme is a maker of machines.\n\n"
        "For media inquiries, please contact Pat Example at pat@example.com.\n"
    )
    result = _parse(text)
    assert _kinds(result) == ["about", "contact"]
    assert _section(result, "about").blocks and [c.email for c in _contacts(result)] == ["pat@example.com"]


def test_contact_heading_after_about_closes_it() -> None:
    text = (
        "Titel\n\nErster Absatz der Meldung.\n\nÜber Muster e.V.\nDer Verein ist ein Beispiel.\n\n"
        "Pressekontakt:\nEva Muster\neva@example.de\n"
    )
    result = _parse(text)
    assert _kinds(result) == ["about", "contact"]
    assert [c.email for c in _contacts(result)] == ["eva@example.de"]


# ------------------------------------------------------------------------------ organisation


def test_institution_by_its_ending_not_by_a_list() -> None:
    assert from_lead("Das Umweltamt Musterstadt teilt mit: Ab Montag …") == "Umweltamt Musterstadt"
    assert from_lead("Die Sprecherin Erika Muster informiert: …") is None
    assert from_contact(["Landesmuseum Beispiel, Pressestelle"]) == "Landesmuseum Beispiel"


def test_about_section_quoting_a_speaker_is_release_text() -> None:
    text = (
        "Preis für die Stadt\n\nDie Stadt erhält einen Preis für ihre Radwege.\n\nÜber den Preis\n\n"
        "Der Preis wird seit zehn Jahren vergeben.\n\n"
        "„Wir freuen uns sehr über diese Auszeichnung für alle Beteiligten“, sagte Bürgermeisterin Erika Muster.\n"
    )
    result = _parse(text)
    assert "about" not in _kinds(result)
    assert any("Auszeichnung" in t for t in _body_texts(result))


@pytest.mark.parametrize("line", ["About 300 people attended", "Über 300 Gäste kamen", "About half of all"])
def test_a_sentence_opening_with_about_is_no_boilerplate_heading(line: str) -> None:
    from pressconv.parser.contacts import match_section_heading

    assert match_section_heading(line) is None


@pytest.mark.parametrize("line", ["Über Muster e.V.", "About Acme Inc.", "Über die Stadt Musterstadt", "Über uns"])
def test_about_headings(line: str) -> None:
    from pressconv.parser.contacts import match_section_heading

    start = match_section_heading(line)
    assert start is not None and start.kind == "about"


@pytest.mark.parametrize(
    ("line", "title", "rest"),
    [
        ("MEDIA CONTACT: JANE DOE 0400 000 000", "MEDIA CONTACT", "JANE DOE 0400 000 000"),
        ("Medienkontakt: Stadt Muster, Pressestelle", "Medienkontakt", "Stadt Muster, Pressestelle"),
        ("Rückfragen: Max Muster, Tel. 030 123456", "Rückfragen", "Max Muster, Tel. 030 123456"),
        ("For investor questions, please contact Jane Doe: ir@example.com", "For investor questions, please contact",
         "Jane Doe: ir@example.com"),
        ("Pressestelle: Tel. 030 1234567", "Pressestelle", "Tel. 030 1234567"),
    ],
)  # fmt: skip
def test_contact_heading_forms(line: str, title: str, rest: str) -> None:
    from pressconv.parser.contacts import match_section_heading

    start = match_section_heading(line)
    assert start is not None and (start.kind, start.title, start.rest) == ("contact", title, rest)


def test_a_short_closing_line_with_a_number_but_no_contact_word_stays_body() -> None:
    assert not contact_paragraph("Eintritt frei, Beginn 19 Uhr, Saal 1234567 im Haus.")
    assert contact_paragraph("Anmeldung bis Freitag unter 030 1234567.")


def test_contact_above_the_body_then_a_heading_opens_the_body() -> None:
    text = (
        "# Senator welcomes the bill\n\nContact: Pat Example, 555-010-7000\n\n## Statement\n\n"
        "The senator welcomed the bill on Tuesday and said it would help families across the state.\n"
    )
    result = _parse(text)
    assert [c.phone for c in _contacts(result)] == ["555-010-7000"]
    assert any("welcomed the bill" in t for t in _body_texts(result))


def test_heading_after_the_contacts_is_closing_material_not_a_card() -> None:
    text = (
        "# Acme opens a plant\n\nAcme opened a plant in Springfield on Monday, the company said in a statement "
        "to the press and to its staff.\n\n## Contacts\n\nPat Example\npat@example.com\n\n## Summary\n\n"
        "Acme has opened a plant.\n"
    )
    result = _parse(text)
    assert _kinds(result) == ["contact", "notes"]
    (card,) = _contacts(result)
    assert (card.name, card.email, card.role) == ("Pat Example", "pat@example.com", None)


def test_heading_sentence_naming_the_person_keeps_them_in_the_card() -> None:
    from pressconv.parser.contacts import match_section_heading

    start = match_section_heading("For more information, please contact Jo Ex at jo@ex.org")
    assert start is not None and start.title == "For more information, please contact"
    contacts, leftovers = parse_contacts([start.rest], organisation=None, language="en-US")
    assert [(c.name, c.email) for c in contacts] == [("Jo Ex", "jo@ex.org")]
    assert leftovers == ["Jo Ex at jo@ex.org"], "the sentence stays as written"


@pytest.mark.parametrize(
    "line", ["V.i.S.d.P.: Max Muster", "Pressesprecherin: Erika Muster, Tel. 030 123456", "Spokesperson: Pat Example"]
)
def test_press_office_labels_with_a_colon_open_contacts(line: str) -> None:
    from pressconv.parser.contacts import match_section_heading

    start = match_section_heading(line)
    assert start is not None and start.kind == "contact"


def test_a_spokesperson_speaking_is_no_contact_heading() -> None:
    from pressconv.parser.contacts import match_section_heading

    assert match_section_heading("Pressesprecher Max Muster sagte: „Wir sind froh.“") is None
    assert match_section_heading("For more information, contact:") is not None


def test_witness_appeal_stays_in_the_body_with_a_desk_card() -> None:
    text = (
        "Fahrrad gestohlen\n\nAm Montag wurde in Musterstadt ein Fahrrad gestohlen, teilte die Polizei mit.\n\n"
        "Der Täter flüchtete in Richtung Bahnhof und ist etwa 30 Jahre alt.\n\n"
        "Zeugen werden gebeten, sich unter der Telefonnummer 030 4664-912444 zu melden.\n"
    )
    result = _parse(text)
    assert any("Zeugen werden gebeten" in t for t in _body_texts(result))
    assert [c.phone for c in _contacts(result)] == ["030 4664-912444"]


def test_markdown_links_in_a_card_give_the_fields_and_keep_their_targets() -> None:
    text = (
        "# Titel\n\nErster Absatz der Meldung mit genug Text für einen Absatz.\n\n## Pressekontakt\n\n"
        "Erika Muster\nTel.: [+49 30 1234567](tel:+49301234567)\nE-Mail: [erika@example.de](mailto:erika@example.de)\n"
    )
    (card,) = _contacts(_parse(text))
    assert (card.name, card.phone, card.email) == ("Erika Muster", "+49 30 1234567", "erika@example.de")
    assert card.labels == (("phone", "Tel."), ("email", "E-Mail"))


def test_one_letter_labels_of_british_and_french_cards() -> None:
    (card,) = _cards(["T +44 20 7946 0000 | M +44 7700 900000 | E press@example.co.uk"], "en-GB")
    assert (card.phone, card.email) == ("+44 20 7946 0000", "press@example.co.uk")
    assert card.labels == (("phone", "T"), ("email", "E"))
    assert "M +44 7700 900000" in contact_text(card)


def test_long_german_number_with_spaces_slash_and_dash() -> None:
    (card,) = _cards(["Tel. +49 (0) 30 / 9 02 27 - 28 31"])
    assert card.phone == "+49 (0) 30 / 9 02 27 - 28 31"


def test_a_second_contact_heading_after_a_complete_card_is_a_section_of_its_own() -> None:
    text = (
        "Titel\n\nErster Absatz der Meldung mit genug Text.\n\nPressekontakt:\nEva Muster\nTel. 030 1234567\n\n"
        "Kontakt für Bürgerinnen und Bürger:\nServicecenter\nTel. 030 7654321\n"
    )
    result = _parse(text)
    assert _kinds(result) == ["contact", "contact"]
    assert [c.phone for c in _contacts(result)] == ["030 1234567", "030 7654321"]


def test_a_contact_label_inside_an_open_card_stays_in_it() -> None:
    text = (
        "Titel\n\nErster Absatz der Meldung mit genug Text.\n\nContacts:\n\nPat EXAMPLE\n\nPress Officer\n\n"
        "Contact data:\n\nPhone number: (+32) 2 555 0000\n\nE-mail: pat.example@example.eu\n"
    )
    result = _parse(text)
    assert _kinds(result) == ["contact"]
    (card,) = _contacts(result)
    assert (card.name, card.role, card.phone) == ("Pat EXAMPLE", "Press Officer", "(+32) 2 555 0000")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Redaktioneller Hinweis:", "notes"),
        ("NOTES TO EDITORS", "notes"),
        ("Hinweis für Medienvertreterinnen und Medienvertreter:", "notes"),
        ("Company Profile", "about"),
        ("Unternehmensprofil", "about"),
    ],
)
def test_notes_and_profile_headings(line: str, kind: str) -> None:
    from pressconv.parser.contacts import match_section_heading

    start = match_section_heading(line)
    assert start is not None and start.kind == kind


@pytest.mark.parametrize("mark", ["[ENDS]", "(ENDE)", "END OF RELEASE", "Ende der Pressemitteilung"])
def test_more_end_mark_spellings(mark: str) -> None:
    assert end_mark_reason(mark) == "end mark of the release"


def test_wire_card_name_organisation_phone_email_and_source_line() -> None:
    lines = ["John Smith", "Acme Robotics", "+1 (555) 010-9999", "press@acme.example", "", "SOURCE Acme Robotics"]
    contacts, leftovers = parse_contacts(lines, organisation=None, language="en-US")
    assert [(c.name, c.organisation, c.phone, c.email) for c in contacts] == [
        ("John Smith", "Acme Robotics", "+1 (555) 010-9999", "press@acme.example")
    ]
    assert leftovers == ["SOURCE Acme Robotics"]


def test_card_lines_joined_by_a_copy_press_office_then_person() -> None:
    (card,) = _cards(["Polizei Musterstadt Pressestelle Max Muster Telefon: 0251 555-1010"])
    assert (card.organisation, card.name, card.phone) == ("Polizei Musterstadt Pressestelle", "Max Muster", "0251 555-1010")


def test_name_glued_to_its_role() -> None:
    (card,) = _cards(["Dr. Hans Meier Leiter der Pressestelle Tel. 030 1234567"])
    assert (card.name, card.role, card.phone) == ("Dr. Hans Meier", "Leiter der Pressestelle", "030 1234567")


def test_sentence_case_contact_headings() -> None:
    from pressconv.parser.contacts import match_section_heading

    for heading in ("Media contacts:", "Press contact", "Investor relations:"):
        found = match_section_heading(heading)
        assert found is not None and found.kind == "contact", heading
