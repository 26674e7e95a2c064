"""Front matter of senders the parser was not developed on: sender and label lines, press-office
labels, running numbers, datelines with two seats, section labels that are no organisation.

Every release here is invented; each convention is exercised by releases of at least two senders.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.api import ParseResult, parse
from pressconv.model import Paragraph, block_text, inline_text


def _parse(text: str) -> ParseResult:
    return parse(text.encode("utf-8"))


def _first_paragraph(result: ParseResult) -> str:
    return next(block_text(block) for block in result.release.body if isinstance(block, Paragraph))


def _lost(result: ParseResult) -> list[str]:
    return [diagnostic.message for diagnostic in result.diagnostics if diagnostic.code == "text.lost"]


_BODY = (
    "Die Arbeiten beginnen am kommenden Montag und dauern nach Angaben der Verantwortlichen rund "
    "drei Wochen. Anlieger erhalten vorab einen Brief.\n"
)


# ------------------------------------------------------- "Sender – Label" over a date-only line


@pytest.mark.parametrize(
    ("sender", "label", "date_line", "issued"),
    [
        ("Tierpark Ostheim", "Pressemitteilung", "14.05.2025", date(2025, 5, 14)),
        ("Stadtwerke Birkenau GmbH (SWB)", "Presseinformation", "09.04.2026, 08:30 Uhr", date(2026, 4, 9)),
        ("Acme Robotics Inc.", "Press Release", "March 4, 2025", date(2025, 3, 4)),
    ],
)
def test_sender_and_label_on_one_line_then_a_date_line(sender: str, label: str, date_line: str, issued: date) -> None:
    result = _parse(
        f"{sender} – {label}\n{date_line}\n\nNeue Leitungen für die Oststadt\n"
        f"Bauarbeiten ab Montag – Umleitung ausgeschildert\n\n{_BODY}"
    )
    meta = result.release.meta
    assert inline_text(meta.title) == "Neue Leitungen für die Oststadt"
    assert meta.subtitle is not None and inline_text(meta.subtitle) == "Bauarbeiten ab Montag – Umleitung ausgeschildert"
    assert meta.issued == issued
    assert meta.kicker == label  # the document kind is the kicker, never the title
    assert meta.organisation == sender
    assert _first_paragraph(result).startswith("Die Arbeiten beginnen")
    assert not _lost(result)


@pytest.mark.parametrize(
    ("line", "organisation"),
    [
        ("Landratsamt Tannenfeld, Pressestelle – Pressemitteilung", "Landratsamt Tannenfeld"),
        ("Acme Robotics Inc. | Press Office – Press Release", "Acme Robotics Inc."),
    ],
)
def test_sender_label_line_with_its_press_office(line: str, organisation: str) -> None:
    result = _parse(f"{line}\n3. Mai 2024\n\nNeue Buslinie verbindet Stadt und Land\n\n{_BODY}")
    assert result.release.meta.organisation == organisation
    assert any("press-office" in entry.reason for entry in result.removed)
    assert not _lost(result)


def test_a_headline_with_a_dash_and_a_label_word_stays_a_headline() -> None:
    # Lower-case words make it a sentence-like headline, not a sender's name.
    result = _parse("Stadt Nordau informiert – Meldung zur Wahl verschoben\n\n" + _BODY)
    assert result.release.meta.organisation is None


# ------------------------------------------- label with a running number, press-office label lines


@pytest.mark.parametrize(
    ("head", "organisation", "number"),
    [
        (
            "Amtsgericht Weidenbrück\n– Pressestelle –\n\nPressemitteilung 12/2025\nWeidenbrück, 03.12.2025",
            "Amtsgericht Weidenbrück",
            "12/2025",
        ),
        ("Polizeipräsidium Seehafen\nPressestelle\n\n14.03.2026 – 09:05 Uhr", "Polizeipräsidium Seehafen", None),
        ("Landratsamt Tannenfeld, Pressestelle\nPresseinformation 7\n3. Mai 2024", "Landratsamt Tannenfeld", "7"),
    ],
)  # fmt: skip
def test_press_office_label_is_no_part_of_the_organisation(head: str, organisation: str, number: str | None) -> None:
    result = _parse(f"{head}\n\nNeuer Radweg an der Landstraße\n\n{_BODY}")
    meta = result.release.meta
    assert meta.organisation == organisation
    assert meta.release_number == number
    assert inline_text(meta.title) == "Neuer Radweg an der Landstraße"
    # Nothing lost: the office label is listed as removed with its reason.
    assert any(entry.text.strip("– ") == "Pressestelle" and "press-office" in entry.reason for entry in result.removed)
    assert not _lost(result)


# --------------------------------------------------- a long institution name over label and dateline


@pytest.mark.parametrize(
    "ministry",
    [
        "Ministerium für Umwelt, Klima, Energie und Landwirtschaft",
        "Senatsverwaltung für Stadtentwicklung, Bauen, Wohnen und Verkehr",
    ],
)
def test_long_ministry_name_above_label_and_dateline_is_the_sender(ministry: str) -> None:
    result = _parse(
        f"{ministry}\n\nPRESSEMITTEILUNG Nr. 41/2026\nNordstadt, 8. Juli 2026\n\n"
        "Land fördert neue Radwege mit zehn Millionen Euro\n"
        "Staatssekretärin Dr. Erika Beispiel: „Sicher ankommen ist kein Luxus“\n\n" + _BODY
    )
    meta = result.release.meta
    assert inline_text(meta.title) == "Land fördert neue Radwege mit zehn Millionen Euro"
    assert meta.subtitle is not None and inline_text(meta.subtitle).startswith("Staatssekretärin")
    assert meta.organisation == ministry
    assert meta.release_number == "Nr. 41/2026"
    assert meta.issued == date(2026, 7, 8)
    assert meta.place == "Nordstadt"


# ------------------------------------------------------------------ datelines with two seats


@pytest.mark.parametrize(
    ("dateline", "place", "issued"),
    [
        ("Altdorf / Neudorf, 4. November 2025 – ", "Altdorf / Neudorf", date(2025, 11, 4)),
        ("Berlin/Potsdam, 3. Mai 2024 – ", "Berlin/Potsdam", date(2024, 5, 3)),
    ],
)
def test_dateline_with_two_places(dateline: str, place: str, issued: date) -> None:
    result = _parse("PRESSEMITTEILUNG\n\nNeues Werk eröffnet\n\n" + dateline + _BODY)
    meta = result.release.meta
    assert meta.place == place
    assert meta.issued == issued
    assert _first_paragraph(result).startswith("Die Arbeiten beginnen")


# ---------------------------------------------------------- report kinds of fire brigades and police


@pytest.mark.parametrize("kind", ["Einsatzbericht", "Polizeibericht"])
def test_report_kind_with_date_is_a_label_not_a_place(kind: str) -> None:
    result = _parse(
        f"Freiwillige Feuerwehr Musterau\n{kind} – 23.09.2025\n\nBrand in einer Lagerhalle – niemand verletzt\n\n{_BODY}"
    )
    meta = result.release.meta
    assert meta.kicker == kind
    assert meta.place != kind
    assert meta.issued == date(2025, 9, 23)
    assert meta.organisation == "Freiwillige Feuerwehr Musterau"


# ------------------------------------------------------------------ section labels are no organisation


@pytest.mark.parametrize("heading", ["Hintergrund:", "Hintergrund", "Über uns", "Unternehmensprofil"])
def test_a_section_label_is_never_the_organisation(heading: str) -> None:
    result = _parse(
        "PRESSEMITTEILUNG\n\nNeue Sporthalle eingeweiht\n\n" + _BODY + f"\n{heading}\n"
        "Die alte Halle stammte aus dem Jahr 1965. Sie wurde 2020 gesperrt.\n"
    )
    assert result.release.meta.organisation is None


@pytest.mark.parametrize(
    ("heading", "name"), [("Über die Stiftung Lesewelt", "Stiftung Lesewelt"), ("About Acme Robotics", "Acme Robotics")]
)
def test_an_about_heading_names_the_organisation(heading: str, name: str) -> None:
    result = _parse(
        "PRESSEMITTEILUNG\n\nNeue Sporthalle eingeweiht\n\n" + _BODY + f"\n{heading}\n"
        f"{name} wurde 1990 gegründet und beschäftigt 120 Menschen.\n"
    )
    assert result.release.meta.organisation == name


# ------------------------------------------------------------- the "Ortsmarke": place and full stop


@pytest.mark.parametrize(
    ("head", "lead", "place"),
    [
        (
            "Stadt Nordau\nPresseinformation vom 6. Oktober 2026\n\nFreibad öffnet wieder\n\n",
            "Nordau. Nach drei Monaten Pause öffnet das Freibad Nordau wieder. Der Eintritt ist am Samstag frei.",
            "Nordau",
        ),
        (
            "Stadtwerke Bad Ostheim GmbH – Presseinformation\n11.05.2026\n\nBuslinie 3 fährt wieder durch die Altstadt\n\n",
            "Bad Ostheim. Ab Montag fahren die Busse wieder nach Plan. Die Stadtwerke Bad Ostheim danken für die Geduld.",
            "Bad Ostheim",
        ),
    ],
)
def test_place_and_full_stop_open_the_text(head: str, lead: str, place: str) -> None:
    result = _parse(head + lead + "\n")
    assert result.release.meta.place == place
    assert not _first_paragraph(result).startswith(place + ".")
    assert not _lost(result)


@pytest.mark.parametrize(
    "lead",
    [
        "Endlich. Der Sommer ist da, und die Freibäder öffnen am Samstag ihre Tore für alle Gäste.",
        "Prof. Dr. Erika Beispiel übernimmt die Leitung des Instituts. Sie kommt aus Nordau.",
    ],
)
def test_a_word_and_a_full_stop_named_once_is_no_place(lead: str) -> None:
    result = _parse("PRESSEMITTEILUNG\n\nNeue Leitung im Institut\n\n" + lead + "\n")
    assert result.release.meta.place in (None, "Nordau")
    assert result.release.meta.place_inferred or result.release.meta.place is None
    assert _first_paragraph(result) == lead


@pytest.mark.parametrize("label", ["Pressekontakt", "Hintergrund", "Bildunterschrift", "Pressestelle"])
def test_a_label_line_over_the_head_is_never_the_organisation(label: str) -> None:
    result = _parse(f"{label}\nPRESSEMITTEILUNG\n3. Mai 2024\n\nNeue Leitungen für die Oststadt\n\n{_BODY}")
    meta = result.release.meta
    assert meta.organisation is None
    assert inline_text(meta.title) == "Neue Leitungen für die Oststadt"
    assert not _lost(result)


# ------------------------------------------------------------------ captions sent with the photo


@pytest.mark.parametrize(
    "caption",
    [
        "Bildunterschrift: Die Leiterin der Station mit den neuen Geräten. Foto: Klinikum Seeland",
        "Bildzeile: Der neue Spielplatz im Stadtpark. Foto: Stadt Nordau",
        "Photo caption: The new bridge at dawn. Photo: Acme Robotics",
    ],
)
def test_a_photo_caption_is_no_body_paragraph(caption: str) -> None:
    from pressconv.model import PhotoCredit

    result = _parse("PRESSEMITTEILUNG\n\nNeue Sporthalle eingeweiht\n\n" + _BODY + "\n" + caption + "\n")
    credits = [block for block in result.release.body if isinstance(block, PhotoCredit)]
    assert [block_text(block) for block in credits] == [caption]
    assert all(block_text(block) != caption for block in result.release.body if isinstance(block, Paragraph))


# ------------------------------------------------------ bars, dates before labels, numbers with senders


@pytest.mark.parametrize(
    ("line", "kicker", "organisation", "number"),
    [
        ("PRESSEINFORMATION | 12. März 2025", "PRESSEINFORMATION", None, None),
        ("Stadt Nordau | Pressemitteilung | 12.03.2025", "Pressemitteilung", "Stadt Nordau", None),
        ("12.03.2025 | Pressemitteilung", "Pressemitteilung", None, None),
        ("Acme Robotics Inc. | Press Release | March 12, 2025", "Press Release", "Acme Robotics Inc.", None),
    ],
)
def test_label_lines_set_off_by_bars(line: str, kicker: str, organisation: str | None, number: str | None) -> None:
    result = _parse(f"{line}\n\nNeue Brücke für die Altstadt\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == "Neue Brücke für die Altstadt"
    assert (meta.kicker, meta.organisation, meta.release_number) == (kicker, organisation, number)
    assert meta.issued == date(2025, 3, 12)
    assert not _lost(result)


@pytest.mark.parametrize(
    ("line", "organisation", "number"),
    [
        ("PM 17/2025 – Stadt Nordau", "Stadt Nordau", "PM 17/2025"),
        ("Nr. 045 – Landratsamt Seeland", "Landratsamt Seeland", "Nr. 045"),
    ],
)
def test_release_number_with_the_sender_after_it(line: str, organisation: str, number: str) -> None:
    result = _parse(f"{line}\n\nNeue Brücke für die Altstadt\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == "Neue Brücke für die Altstadt"
    assert (meta.organisation, meta.release_number) == (organisation, number)


@pytest.mark.parametrize(
    ("line", "organisation"),
    [
        ("Hochschule Nordau – Pressestelle", "Hochschule Nordau"),
        ("Acme Robotics Inc. | Media Relations", "Acme Robotics Inc."),
    ],
)
def test_sender_and_press_office_on_one_line_over_the_headline(line: str, organisation: str) -> None:
    result = _parse(f"{line}\n12. März 2025\n\nNeue Brücke für die Altstadt\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == "Neue Brücke für die Altstadt"
    assert meta.organisation == organisation
    assert meta.issued == date(2025, 3, 12)
    assert any("press-office" in entry.reason for entry in result.removed)


@pytest.mark.parametrize(
    ("lead", "place", "author"),
    [
        ("Nordau/Seestadt. Die Brücke verbindet Nordau und Seestadt. Sie ist 300 Meter lang.", "Nordau/Seestadt", None),
        ("Seeheim (pm). Die Brücke ist 300 Meter lang und wird im Mai eröffnet.", "Seeheim", "pm"),
        ("Altdorf (red). Die Brücke ist 300 Meter lang und wird im Mai eröffnet.", "Altdorf", "red"),
    ],
)
def test_place_stop_with_two_seats_or_a_desk_code(lead: str, place: str, author: str | None) -> None:
    result = _parse("PRESSEMITTEILUNG\n\nNeue Brücke eröffnet\n\n" + lead + "\n")
    meta = result.release.meta
    assert meta.place == place
    assert meta.author == author
    assert _first_paragraph(result).startswith("Die Brücke")
    assert not _lost(result)


@pytest.mark.parametrize(
    ("line", "kicker", "organisation", "number", "place"),
    [
        ("Presseinformation Nr. 12 | 12.03.2025 | Stadt Nordau", "Presseinformation", "Stadt Nordau", "Nr. 12", None),
        ("Seeheim, 12. März 2025 | Pressemitteilung", "Pressemitteilung", None, None, "Seeheim"),
        ("Media Release | No. 12 | 12 March 2025", "Media Release", None, "No. 12", None),
    ],
)
def test_head_line_of_items_set_off_by_bars(
    line: str, kicker: str, organisation: str | None, number: str | None, place: str | None
) -> None:
    result = _parse(f"{line}\n\nNeue Brücke für die Altstadt\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == "Neue Brücke für die Altstadt"
    assert (meta.kicker, meta.organisation, meta.release_number) == (kicker, organisation, number)
    assert meta.issued == date(2025, 3, 12)
    if place is not None:
        assert meta.place == place
    assert not _lost(result)


@pytest.mark.parametrize(
    ("sender", "headline"),
    [
        ("Northgate Transit Authority", "New Bridge Opens for Cyclists"),
        ("Lakeside School District", "Schools Open Two Hours Late on Friday"),
    ],
)
def test_english_sender_line_over_a_title_case_headline(sender: str, headline: str) -> None:
    result = _parse(
        f"FOR IMMEDIATE RELEASE\nMarch 12, 2025\n\n{sender}\n{headline}\n\n"
        "The change takes effect next week and was approved by the board on Tuesday. Parents were told by letter.\n"
    )
    meta = result.release.meta
    assert inline_text(meta.title) == headline
    assert meta.organisation == sender
    assert meta.subtitle is None


@pytest.mark.parametrize("office", ["Presseamt", "Presse- und Informationsamt"])
def test_city_press_office_on_the_contact_card(office: str) -> None:
    result = _parse(
        "PRESSEMITTEILUNG\n\nNeue Brücke für die Altstadt\n\n" + _BODY + f"\nPressekontakt\nStadt Nordau\n{office}\n"
        "Erika Muster\nTelefon 0123 456-789\npresse@nordau.example\n"
    )
    assert result.release.meta.organisation == "Stadt Nordau"


@pytest.mark.parametrize("line", ["Sommerfest im Park | 12. März 2025", "Tag der offenen Tür | 12.03.2025"])
def test_a_headline_with_its_date_after_a_bar_names_no_sender(line: str) -> None:
    result = _parse(f"PRESSEMITTEILUNG\n\n{line}\n\n{_BODY}")
    assert result.release.meta.organisation is None
    assert not _lost(result)
