"""The headline is never an address, a date, a legal form, a label or a one-word kicker.

Every release here is invented; each convention is exercised by releases of at least two kinds of sender.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.model import block_text, inline_text
from pressconv.parser.header import match_label
from pressconv.parser.letterhead import contact_item_line, legal_form_line, split_legal_form
from tests.fixtures.heads import BODY as _BODY
from tests.fixtures.heads import HEADLINE as _HEADLINE
from tests.fixtures.heads import SUBTITLE as _SUBTITLE
from tests.fixtures.heads import first_paragraph as _first_paragraph
from tests.fixtures.heads import lost as _lost
from tests.fixtures.heads import parse_text as _parse
from tests.fixtures.heads import removed as _removed

# ------------------------------------------------------------- address lines in the letterhead


@pytest.mark.parametrize(
    ("sender", "address", "label"),
    [
        # a town's press office: street, postcode and web address set off by middle dots
        (
            "Gemeinde Birkenfurt · Pressestelle",
            "Am Anger 3 · 54321 Birkenfurt · www.birkenfurt.example",
            "Pressemitteilung Nr. 41 / 02.03.2026",
        ),
        # a sports club: its league and ground between the dots, then the address
        (
            "SV Blau-Weiß Mooshausen 1921 e. V.",
            "Oberliga · Sportpark am Hang · Hangweg 7 · 65432 Mooshausen",
            "+++ Presseinformation +++",
        ),
        # a water board: address and phone
        (
            "Zweckverband Wasser Oberes Tal",
            "Brunnenstraße 2 · 76543 Talhausen · Tel. 01234 567-0",
            "PRESSEMITTEILUNG",
        ),
    ],
)
def test_an_address_line_is_never_the_headline(sender: str, address: str, label: str) -> None:
    result = _parse(f"{sender}\n{address}\n\n{label}\n\n{_HEADLINE}\n\n{_SUBTITLE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.subtitle is not None and inline_text(meta.subtitle) == _SUBTITLE
    assert meta.organisation is not None and address not in meta.organisation
    assert "address" in _removed(result)[address]
    assert not _lost(result)


@pytest.mark.parametrize(
    "line",
    [
        "Am Anger 3 · 54321 Birkenfurt · www.birkenfurt.example",
        "Hangweg 7, 65432 Mooshausen",
        "presse@verein.example · Tel. 0711 123456",
    ],
)
def test_address_items_are_recognised(line: str) -> None:
    assert contact_item_line(line)


@pytest.mark.parametrize(
    "headline",
    [
        "Brand in der Hauptstraße 12 – zwei Verletzte",
        "Sommerfest am Markt · Eintritt frei",
        "Neue Sprechzeiten im Bürgerbüro",
    ],
)
def test_a_headline_naming_a_street_is_no_address_line(headline: str) -> None:
    assert not contact_item_line(headline)


# ------------------------------------------------------------- date and number lines


@pytest.mark.parametrize(
    ("sender", "label", "issued"),
    [
        ("Freiwillige Feuerwehr Eschbach", "PM 07/26 – 14.03.2026", date(2026, 3, 14)),
        ("Tierschutzverein Kranichsee e. V.", "PM 12/2026 – 3. April 2026", date(2026, 4, 3)),
    ],
)
def test_a_numbered_pm_line_with_a_date_is_no_headline(sender: str, label: str, issued: date) -> None:
    result = _parse(f"{sender}\n{label}\n\n{_HEADLINE}\n\n{_SUBTITLE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.subtitle is not None and inline_text(meta.subtitle) == _SUBTITLE
    assert meta.issued == issued
    assert meta.organisation == sender


@pytest.mark.parametrize(
    ("label", "number", "issued"),
    [
        ("Pressemitteilung Nr. 118 / 16.03.2026", "Nr. 118", date(2026, 3, 16)),
        ("PRESSEMELDUNG Nr. 77/2026", "Nr. 77/2026", None),
        ("Presse-Information 09/2026", "09/2026", None),
    ],
)
def test_label_lines_with_number_and_date(label: str, number: str, issued: date | None) -> None:
    found = match_label(label)
    assert found is not None and found.title is None
    assert found.number == number
    assert (found.issued.value if found.issued else None) == issued


# ------------------------------------------------------------- label with the issuing unit


@pytest.mark.parametrize(
    ("label", "department", "issued"),
    [
        ("Medienmitteilung vom 12.05.2026 – Fachbereich Umwelt und Grün", "Fachbereich Umwelt und Grün", date(2026, 5, 12)),
        ("Pressemitteilung vom 3. Juni 2026 | Amt für Schule und Sport", "Amt für Schule und Sport", date(2026, 6, 3)),
    ],
)
def test_the_unit_after_the_labels_date_is_the_organisation_never_the_date(
    label: str, department: str, issued: date
) -> None:
    result = _parse(f"{label}\n\n{_HEADLINE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.organisation == department
    assert meta.issued == issued
    assert meta.kicker is not None and department not in meta.kicker


def test_a_topic_after_the_labels_number_stays_a_headline() -> None:
    # Only an administrative unit is read as the issuer; a topic keeps the line a headline.
    found = match_label("Pressemitteilung 12/2026 – Sommerfest im Park")
    assert found is None or found.issuer is None


# ------------------------------------------------------------- legal forms


@pytest.mark.parametrize(
    ("letterhead", "organisation", "form"),
    [
        # a public utility, its legal form on the line below the name (letterhead above the label)
        (
            "Zweckverband Abfall Mittelland\nKörperschaft des öffentlichen Rechts\n\nPRESSEMITTEILUNG",
            "Zweckverband Abfall Mittelland",
            "Körperschaft des öffentlichen Rechts",
        ),
        # a student services body after a dash, BELOW a first label line
        (
            "Medieninformation 9 | 11.05.2026\nStudentenwerk Auenstadt – Anstalt des öffentlichen Rechts",
            "Studentenwerk Auenstadt",
            "Anstalt des öffentlichen Rechts",
        ),
        # a foundation, the same below the label
        (
            "Pressemitteilung 4/2026\nKulturstiftung Weidenbach – Stiftung des bürgerlichen Rechts",
            "Kulturstiftung Weidenbach",
            "Stiftung des bürgerlichen Rechts",
        ),
    ],
)
def test_a_legal_form_is_never_the_headline(letterhead: str, organisation: str, form: str) -> None:
    result = _parse(f"{letterhead}\n\n{_HEADLINE}\n\n{_SUBTITLE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.organisation == organisation
    assert "legal form" in _removed(result)[form]
    assert _first_paragraph(result).startswith("Nordwalde. Die Arbeiten")
    assert not _lost(result)


def test_legal_form_lines() -> None:
    assert legal_form_line("Anstalt des öffentlichen Rechts")
    assert legal_form_line("e. V.")
    assert not legal_form_line("Recht auf Wohnen: Studierende protestieren")
    assert split_legal_form("Musikschule Eichen – gGmbH") == ("Musikschule Eichen", "gGmbH")
    assert split_legal_form("Klinik Eichen – Akademisches Lehrkrankenhaus") is None


# ------------------------------------------------------------- one-word kicker in capitals


@pytest.mark.parametrize(
    ("sender", "roof"),
    [("Veterinäramt Kreis Lindtal", "TIERGESUNDHEIT"), ("TuS Eichenau 1908 e. V.", "JUGENDTURNIER")],
)
def test_a_one_word_line_in_capitals_over_the_headline_is_the_kicker(sender: str, roof: str) -> None:
    result = _parse(f"{sender}\n\nPresseinformation\n\n{roof}\n{_HEADLINE}\n\n{_SUBTITLE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.subtitle is not None and inline_text(meta.subtitle) == _SUBTITLE
    assert meta.kicker == f"Presseinformation – {roof}"


def test_a_capitals_line_over_a_blank_line_is_no_kicker() -> None:
    result = _parse(f"Presseinformation\n\nHITZEWARNUNG\n\n{_BODY}")
    assert inline_text(result.release.meta.title) == "HITZEWARNUNG"


@pytest.mark.parametrize(
    ("sender", "organisation", "office"),
    [
        ("Gemeinde Birkenfurt · Pressestelle", "Gemeinde Birkenfurt", "Pressestelle"),
        ("Hochschule Lindtal · Hochschulkommunikation", "Hochschule Lindtal", "Hochschulkommunikation"),
    ],
)
def test_a_press_office_after_a_middle_dot_is_no_part_of_the_name(sender: str, organisation: str, office: str) -> None:
    result = _parse(f"{sender}\n\nPressemitteilung\n\n{_HEADLINE}\n\n{_BODY}")
    assert result.release.meta.organisation == organisation
    assert "press-office" in _removed(result)[office]


# ------------------------------------------------------------- closing place and date


@pytest.mark.parametrize(
    ("sender", "closing", "issued"),
    [
        ("Zweckverband Wasser Oberes Tal", "Talhausen, 15. Dezember 2025", date(2025, 12, 15)),
        ("Turnverein Eichenau 1908 e. V.", "Eichenau, 02.03.2026", date(2026, 3, 2)),
    ],
)
def test_a_closing_place_and_date_line_dates_a_release_without_a_date_in_the_head(
    sender: str, closing: str, issued: date
) -> None:
    text = f"{sender}\n\nPRESSEMITTEILUNG\n\n{_HEADLINE}\n\n{_BODY}\n{closing}\n\nKontakt:\nPressestelle, Tel. 01234 5678\n"
    result = _parse(text)
    assert result.release.meta.issued == issued
    assert any(block_text(block) == closing for block in result.release.body)  # nothing lost


def test_a_date_in_the_head_wins_over_a_closing_date() -> None:
    text = f"Gemeinde Birkenfurt\n\nPressemitteilung\n04.05.2026\n\n{_HEADLINE}\n\n{_BODY}\nBirkenfurt, 2. Mai 2026\n"
    assert _parse(text).release.meta.issued == date(2026, 5, 4)


# ------------------------------------------------------------- sender directly below the label


@pytest.mark.parametrize("label", ["Medieninformation 9 | 11.05.2026", "Pressemitteilung 4/2026"])
@pytest.mark.parametrize("sender", ["Kulturstiftung Weidenbach", "Tierheim am Mühlgraben"])
def test_a_name_below_the_label_over_headline_and_subtitle_is_the_sender(label: str, sender: str) -> None:
    result = _parse(f"{label}\n{sender}\n\n{_HEADLINE}\n\n{_SUBTITLE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.subtitle is not None and inline_text(meta.subtitle) == _SUBTITLE
    assert meta.organisation == sender


def test_a_name_like_headline_below_the_label_over_the_body_stays_the_headline() -> None:
    # Only one head line follows it: the line below the label is the headline, its subtitle below.
    result = _parse(f"Pressemitteilung\nNeue Radwege im Park\n\n{_SUBTITLE}\n\n{_BODY}")
    assert inline_text(result.release.meta.title) == "Neue Radwege im Park"
    assert result.release.meta.organisation != "Neue Radwege im Park"


# ------------------------------------------------------------- "Presse" label, Dachzeile set off by a blank


@pytest.mark.parametrize(
    ("sender", "label", "issued"),
    [
        ("Handwerkskammer Unterland", "Presse | Nr. 31/2026 | 14.04.2026", date(2026, 4, 14)),
        ("Musikschule Eichen gGmbH", "Presse · 14.04.2026", date(2026, 4, 14)),
    ],
)
def test_presse_with_its_items_is_the_label(sender: str, label: str, issued: date | None) -> None:
    result = _parse(f"{sender}\n{label}\n\n{_HEADLINE}\n\n{_SUBTITLE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.kicker == "Presse"
    assert meta.organisation == sender
    assert meta.issued == issued


def test_presse_und_kommunikation_is_no_label() -> None:
    assert match_label("Presse und Kommunikation") is None


def test_presse_alone_is_a_menu_item_not_a_label() -> None:
    # A web page's menu ("Home / Aktuelles / Presse / Kontakt") names the desk as a link, no label.
    assert match_label("Presse") is None


@pytest.mark.parametrize(
    ("sender", "roof"),
    [("Handwerkskammer Unterland", "Ausbildungsmarkt"), ("Kreissportbund Tannfeld e. V.", "SPORTLEREHRUNG 2026")],
)
def test_a_topic_word_over_a_blank_line_above_headline_and_subtitle_is_the_kicker(sender: str, roof: str) -> None:
    result = _parse(f"{sender}\n\nPressemitteilung\n\n{roof}\n\n{_HEADLINE}\n\n{_SUBTITLE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.subtitle is not None and inline_text(meta.subtitle) == _SUBTITLE
    assert meta.kicker == f"Pressemitteilung – {roof}"


def test_a_topic_word_over_headline_and_text_stays_the_headline() -> None:
    # Only one head line below it, then the text: the word is the headline, the line below its subtitle.
    result = _parse(f"Pressemitteilung\n\nAusbildungsmarkt\n\n{_SUBTITLE}\n\n{_BODY}")
    assert inline_text(result.release.meta.title) == "Ausbildungsmarkt"
