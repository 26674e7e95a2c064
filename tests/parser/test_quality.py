"""Focused regressions for parser weaknesses found on the corpus: lists, invitations, tails, quotes, speed."""

from __future__ import annotations

from pressconv.api import parse
from pressconv.model import BlockQuote, BulletList, Paragraph, Quotation, block_text, inline_text
from tests.conftest import CORPUS, parse_file


def _items(block: BulletList) -> list[str]:
    return [inline_text(item.children) for item in block.items]


def test_dash_list_items_stop_at_their_closing_reference() -> None:
    body = parse_file(CORPUS / "de-state-berlin-rechnungshof-verylong-008.txt").release.body
    lists = [block for block in body if isinstance(block, BulletList)]
    # Every item ends with its "(T … bis …)" reference; no summary sentence hides inside an item.
    for block in lists:
        for text in _items(block):
            assert text.endswith(").") or text.endswith("wahrnimmt."), text[-80:]
    texts = [block_text(block) for block in body]
    summary = next(t for t in texts if t.startswith("Angesichts dieser Feststellungen"))
    assert summary.endswith("Messkriterien festlegen.")
    intro = next(t for t in texts if t.startswith("Die vom Senat vor Kurzem"))
    assert intro.endswith("zwei Beispiele auf:")
    assert any(t.startswith("Zunehmende Bedeutung für den Landeshaushalt") for t in texts)


def test_dash_list_without_closing_references_is_unchanged() -> None:
    text = (
        "Titel der Mitteilung\n\nDie Stadt plant drei Dinge für das nächste Jahr und informiert heute: "
        "- Neue Radwege entstehen. Sie sind breit. - Mehr Bäume werden gepflanzt. - Die Busse fahren öfter."
    )
    body = parse(text.encode()).release.body
    lists = [block for block in body if isinstance(block, BulletList)]
    assert len(lists) == 1
    assert _items(lists[0])[0] == "Neue Radwege entstehen. Sie sind breit."


def test_flattened_invitation_gets_appointment_and_participant_lists() -> None:
    body = parse_file(CORPUS / "de-state-berlin-einladung-007.txt").release.body
    lists = [_items(block) for block in body if isinstance(block, BulletList)]
    assert lists[0] == [
        "Dienstag, 14. März 2023",
        "13.30 bis 14.30 Uhr",
        "Oldenburger Straße. 47, 10551 Berlin.",
    ]
    names = [entry.split(",")[0] for entry in lists[1]]
    assert names == ["Katja Kipping", "Michael Sommer", "Melanie Kinnius"]
    assert block_text(body[-1]).startswith("Wenn Sie an diesem Termin teilnehmen möchten")


def test_invitation_without_clear_signal_stays_prose() -> None:
    text = "Titel\n\nDie Senatorin besucht am Dienstag die Beratung. Mit dabei sind viele Gäste aus der Stadt"
    body = parse(text.encode()).release.body
    assert not any(isinstance(block, BulletList) for block in body)


def test_unlabelled_contact_card_and_boilerplate_become_sections() -> None:
    release = parse_file(CORPUS / "en-company-newsdirect-016.txt").release
    kinds = [(section.kind, section.title) for section in release.sections]
    assert kinds[:2] == [("contact", "Contact"), ("about", "About Benzinga")]
    card = release.sections[0].contacts[0]
    assert (card.organisation, card.email, card.address) == (
        "Benzinga",
        "drew@benzinga.com",
        "1 Campus Martius, Detroit, MI 48226",
    )
    assert release.meta.organisation == "Benzinga"
    assert block_text(release.body[-1]).startswith("For further details")


def test_final_paragraph_about_an_unnamed_subject_stays_in_the_body() -> None:
    text = (
        "Title\n\nAcme opens a new plant today in the city.\n\nThe plant employs many people.\n\n"
        "Globex is a company that makes other things entirely."
    )
    release = parse(text.encode()).release
    assert not release.sections  # "Globex" is not named before: no clear signal


def test_german_quotation_over_paragraphs_takes_the_closing_speaker() -> None:
    text = (
        "Neue Radwege\n\nMusterstadt, 20.03.2024 – Die Stadt baut neue Radwege.\n\n"
        "„Wir investieren in sichere Wege für alle Menschen in unserer Stadt.\n\n"
        "„Wir nennen das Projekt „Grüne Welle“ und freuen uns auf die Eröffnung im Sommer.\n\n"
        "„Damit setzen wir ein klares Zeichen für die Verkehrswende“, "
        "sagte Oberbürgermeisterin Anna Beispiel.\n\n"
        "„Das ist ein guter Tag für alle in der Stadt“, so Beispiel.\n"
    )
    result = parse(text.encode())
    body = result.release.body
    quote = body[1]
    assert isinstance(quote, BlockQuote)
    assert (quote.speaker, quote.role) == ("Anna Beispiel", "Oberbürgermeisterin")
    assert "„Grüne Welle“" in block_text(quote)  # a nested quoted term does not end the quotation
    closing = body[2]
    assert isinstance(closing, Paragraph) and isinstance(closing.children[0], Quotation)
    assert closing.children[0].speaker == "Anna Beispiel"
    last = body[3]
    assert isinstance(last, Paragraph) and isinstance(last.children[0], Quotation)
    assert last.children[0].speaker == "Anna Beispiel"  # "so Beispiel": a surname of a known speaker
    assert not [d for d in result.diagnostics if d.code == "quote.unclosed"]


def test_quotation_paragraph_with_speaker_after_is_a_blockquote() -> None:
    text = (
        "Titel\n\nDie Stadt hat gestern einen neuen Haushalt beschlossen.\n\n"
        "„Wir haben lange auf diesen Tag gewartet und freuen uns sehr über die Entscheidung.“\n\n"
        "So Kämmerin Erika Mustermann.\n"
    )
    body = parse(text.encode()).release.body
    quote = body[1]
    assert isinstance(quote, BlockQuote)
    assert (quote.speaker, quote.role) == ("Erika Mustermann", "Kämmerin")
    assert block_text(body[2]) == "So Kämmerin Erika Mustermann."  # the words stay


def test_one_megabyte_lines_of_contacts_and_quotes_parse_completely() -> None:
    # These inputs once took minutes (a quadratic phone check, unbounded quote attribution look-ups).
    # Their speed is a figure for `make bench`, not an assertion here; this checks they parse whole.
    kontakt = "Die Verwaltung arbeitet heute an vielen Dingen. Kontakt: Max Muster, Stelle, Tel. 030 1234567 "
    quotes = "„Ein Satz mit Wörtern.“ "
    for unit in (kontakt, quotes):
        repeats = 1_000_000 // len(unit)
        result = parse(("Titel\n\n" + unit * repeats).encode())
        release = result.release
        text = " ".join(block_text(b) for b in release.body)
        text += " ".join(block_text(b) for s in release.sections for b in s.blocks)
        text += " ".join(str(c.phone or "") + str(c.name or "") for s in release.sections for c in s.contacts)
        assert text.count("Muster") + text.count("Wörtern") >= repeats


def test_organisation_only_from_stated_forms() -> None:
    expected = {
        "de-state-berlin-einladung-007.txt": "Senatsverwaltung für Integration, Arbeit und Soziales",
        "de-police-frankfurt-012.txt": "Polizeipräsidium Frankfurt am Main",  # presseportal footer
        "de-city-berlin-mitte-003.txt": "Bezirksamt Mitte",  # "Bezirksamt Mitte, Pressestelle"
        # Mentioned but not stated as the issuer: nothing is guessed.
        "de-city-dortmund-seed.txt": None,
        "de-city-berlin-pankow-004.txt": None,
        "de-police-berlin-005.txt": None,
    }
    for name, organisation in expected.items():
        assert parse_file(CORPUS / name).release.meta.organisation == organisation, name
