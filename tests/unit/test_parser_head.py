"""The head of a release (labels, senders, dates, numbers, datelines, headline) and plain-text line breaks."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.api import ParseResult, parse
from pressconv.model import BulletList, Heading, Paragraph, block_text, inline_text


def _parse(text: str) -> ParseResult:
    return parse(text.encode("utf-8"))


def _paragraphs(result: ParseResult) -> list[str]:
    return [block_text(block) for block in result.release.body if isinstance(block, Paragraph)]


def _codes(result: ParseResult) -> list[str]:
    return [diagnostic.code for diagnostic in result.diagnostics]


# ----------------------------------------------------------------------------------- the head


def test_sender_label_and_weekday_date_above_the_headline() -> None:
    result = _parse(
        "Sen. Jane Example\nGreen Valley Party\nMEDIA RELEASE\nTuesday, May 3 2016\n\n"
        "New Bridge Opens for Cyclists\n\n"
        "The new bridge over the river opened this morning. It carries cyclists and walkers.\n"
    )
    meta = result.release.meta
    assert inline_text(meta.title) == "New Bridge Opens for Cyclists"
    assert meta.kicker == "MEDIA RELEASE"
    assert meta.issued == date(2016, 5, 3)
    assert meta.issued_time is not None and "Tuesday" in meta.issued_time  # the weekday is kept
    assert meta.organisation == "Sen. Jane Example, Green Valley Party"
    assert _paragraphs(result)[0].startswith("The new bridge")


def test_letter_spaced_label_is_a_kicker() -> None:
    result = _parse("M E D I A  R E L E A S E\n\nCouncil Plants Trees\n\nThe council planted fifty trees today.\n")
    assert result.release.meta.kicker == "MEDIA RELEASE"
    assert inline_text(result.release.meta.title) == "Council Plants Trees"


@pytest.mark.parametrize(
    ("line", "issued"),
    [
        ("Pressemitteilung vom 9. Dezember 2030", date(2030, 12, 9)),
        ("Kassel, den 14.05.2024", date(2024, 5, 14)),
        ("12.03.2024 09:15 Uhr", date(2024, 3, 12)),
        ("15-03-2023 - 12:48", date(2023, 3, 15)),
        ("March 07, 2019 05:47 PM Eastern Standard Time", date(2019, 3, 7)),
        ("January 21, 2021", date(2021, 1, 21)),
    ],
)
def test_date_lines_above_the_headline_are_not_the_title(line: str, issued: date) -> None:
    result = _parse(f"{line}\nNeue Radwege in der Innenstadt\n\nDie Stadt baut in diesem Jahr drei neue Radwege.\n")
    assert result.release.meta.issued == issued
    assert inline_text(result.release.meta.title) == "Neue Radwege in der Innenstadt"


def test_pm_time_and_zone_are_kept() -> None:
    result = _parse("Acme Opens Plant\n\nMarch 07, 2019 05:47 PM Eastern Standard Time\n\nAcme opened a plant.\n")
    assert result.release.meta.issued_time == "17:47 Eastern Standard Time"


@pytest.mark.parametrize(
    ("line", "number"),
    [("0815.", "0815."), ("Nr. 2353", "Nr. 2353"), ("SG/SM/21234", "SG/SM/21234")],
)
def test_running_numbers_are_not_the_title(line: str, number: str) -> None:
    result = _parse(f"{line}\n\nBrand in einer Lagerhalle\n\nAm Montag brannte eine Lagerhalle im Hafen.\n")
    assert result.release.meta.release_number == number
    assert inline_text(result.release.meta.title) == "Brand in einer Lagerhalle"


def test_police_record_issuer_place_and_number_lines_after_the_headline() -> None:
    result = _parse(
        "03.04.2025 10:12 Uhr\nZeugen nach Unfall gesucht\n\nKassel/Baunatal\n"
        "Gemeinsame Meldung Polizei und Stadt Kassel\nNr. 0412\n"
        "Ein Radfahrer wurde gestern bei einem Unfall leicht verletzt. Die Polizei bittet um Hinweise.\n"
    )
    meta = result.release.meta
    assert inline_text(meta.title) == "Zeugen nach Unfall gesucht"
    assert meta.place == "Kassel/Baunatal"
    assert meta.release_number == "Nr. 0412"
    assert meta.organisation == "Polizei und Stadt Kassel"
    assert meta.kicker == "Gemeinsame Meldung Polizei und Stadt Kassel"
    assert meta.issued_time == "10:12"
    paragraphs = _paragraphs(result)
    assert len(paragraphs) == 1 and paragraphs[0].startswith("Ein Radfahrer")


def test_label_with_a_topic_is_the_headline() -> None:
    result = _parse("Pressemeldung zur Aktionswoche Sicherheit im Herbst\n\nDie Polizei informiert eine Woche lang.\n")
    assert inline_text(result.release.meta.title) == "Pressemeldung zur Aktionswoche Sicherheit im Herbst"


def test_headline_wrapped_over_two_lines() -> None:
    body = (
        "The city council approved the new budget for the coming year on Monday after a\n"
        "long debate that lasted well into the evening and ended with a clear majority\n"
        "for the proposal of the mayor and her team, who had worked on the plan for\n"
        "several months with all departments.\n"
    )
    result = _parse("# City Council Approves Budget With Record Spending on Schools and\nLibraries\n\n" + body)
    assert inline_text(result.release.meta.title) == (
        "City Council Approves Budget With Record Spending on Schools and Libraries"
    )


def test_standfirst_under_the_headline_is_the_subtitle() -> None:
    long_body = "Parliament adopted the report on Thursday with a large majority. " * 6
    result = _parse(
        "Clean Air: MEPs back stricter limits | News | Example Parliament\n"
        "MEPs want lower limits for fine dust by 2030.\n" + long_body + "\n"
    )
    meta = result.release.meta
    assert inline_text(meta.title) == "Clean Air: MEPs back stricter limits"
    assert meta.subtitle is not None and inline_text(meta.subtitle) == "MEPs want lower limits for fine dust by 2030."
    assert any(entry.text == "| News | Example Parliament" for entry in result.removed)


# ---------------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("opening", "place", "issued"),
    [
        ("DENVER, CO (May 4, 2023) – ", "DENVER, CO", date(2023, 5, 4)),
        ("PORTLAND -– March 2, 2022 – ", "PORTLAND", date(2022, 3, 2)),
        ("NEW YORK, March 3, 2025 /PRNewswire/ -- ", "NEW YORK", date(2025, 3, 3)),
        ("ANKENY, Iowa--(BUSINESS WIRE)--", "ANKENY, Iowa", None),
        ("WASHINGTON, D.C.—", "WASHINGTON, D.C.", None),
        ("CHICAGO, Sept. 5, 2023 /PRNewswire/ -- ", "CHICAGO", date(2023, 9, 5)),
        ("München – ", "München", None),
        ("Frankfurt (ots) - ", "Frankfurt", None),
        ("Berlin (29.08.2023). ", "Berlin", date(2023, 8, 29)),
        ("Berlin, 3. Okt. 2024 – ", "Berlin", date(2024, 10, 3)),
        ("Hamburg, 3. Mai 2024 (dpa) - ", "Hamburg", date(2024, 5, 3)),
        ("WASHINGTON (AP) — ", "WASHINGTON", None),
    ],
)
def test_datelines_opening_the_first_paragraph(opening: str, place: str, issued: date | None) -> None:
    result = _parse(f"Acme Opens a New Plant\n\n{opening}Acme opened a new plant today. It employs 50 people.\n")
    meta = result.release.meta
    assert meta.place == place
    assert meta.issued == issued
    assert _paragraphs(result)[0].startswith("Acme opened")


def test_dateline_weekday_and_time_stay_in_the_model() -> None:
    result = _parse(
        "Acme Opens a New Plant\n\nAUSTIN, TX / Example Wire / Tuesday, June 4, 2024 9:00 -- "
        "Acme opened a new plant today.\n"
    )
    meta = result.release.meta
    assert meta.issued == date(2024, 6, 4)
    assert meta.issued_time == "Tuesday, 09:00"
    assert any(entry.text == "Example Wire" for entry in result.removed)


def test_dateline_split_over_lines_by_a_scraper() -> None:
    result = _parse(
        "Senator Backs Trail Bill\n\nWASHINGTON\n–\nSen. Jane Example introduced a bill today to keep the "
        "trails on public land open to walkers and riders in every season.\n"
    )
    assert result.release.meta.place == "WASHINGTON"
    assert _paragraphs(result)[0].startswith("Sen. Jane Example introduced")


def test_title_from_a_short_first_sentence() -> None:
    result = _parse(
        "Frankfurt (ots) - Ein Radfahrer stürzte am Montag schwer. Er kam ins Krankenhaus.\nDie Polizei sucht Zeugen.\n"
    )
    assert inline_text(result.release.meta.title) == "Ein Radfahrer stürzte am Montag schwer"
    assert "title.missing" in _codes(result)


def test_title_from_a_long_first_sentence_ends_on_a_whole_phrase() -> None:
    result = _parse(
        "Frankfurt (ots) - In der Nacht zum Sonntag ist ein 20-jähriger Mann ohne Führerschein mit einem "
        "gestohlenen Motorroller durch den Stadtteil gefahren und von einer Streife angehalten worden. Er floh.\n"
        "Die Polizei ermittelt.\n"
    )
    title = inline_text(result.release.meta.title)
    assert title.endswith(" …")
    last = title[: -len(" …")].split()[-1]
    assert last.lower() not in ("den", "dem", "der", "die", "das", "einem", "mit", "durch")
    assert "title.missing" in _codes(result)


# ------------------------------------------------------------------------- one rule for breaks


def test_link_text_split_onto_its_own_line_is_one_paragraph() -> None:
    result = _parse(
        "Neues Angebot für Senioren\n\n"
        "Das Angebot richtet sich an ältere Menschen in allen Bezirken der Stadt und ist kostenlos.\n"
        "Das\nNachbarschaftsnetz\nbietet Kurse und Beratung an. Weitere Informationen finden Sie\nhier\n.\n"
    )
    paragraphs = _paragraphs(result)
    assert len(paragraphs) == 2
    assert paragraphs[1] == ("Das Nachbarschaftsnetz bietet Kurse und Beratung an. Weitere Informationen finden Sie hier.")


def test_english_link_words_and_quote_marks_on_their_own_lines() -> None:
    result = _parse(
        "Senator Backs Trail Bill\n\nSen. Jane Example introduced a bill today.\n"
        "“\nThis bill keeps our trails open,\n”\nsaid Sen. Example.\n“\nIt is good for everyone.\n”\n"
        "For bill text, click\nHERE\n.\n"
    )
    paragraphs = _paragraphs(result)
    # Quotation marks are markup in the model (block_text leaves them out).
    assert paragraphs[1:] == [
        "This bill keeps our trails open, said Sen. Example. It is good for everyone.",
        "For bill text, click HERE.",
    ]


def test_each_line_is_a_paragraph_unless_it_continues_the_sentence() -> None:
    result = _parse(
        "Einladung zum Pressetermin am Rathaus\n\n"
        "Wir laden Sie herzlich zur Eröffnung der neuen Ausstellung im Rathaus ein.\n"
        "Zeit:\nMontag, 10 Uhr\nOrt:\nRathaus, Saal 2\n"
        "Die Ausstellung zeigt Bilder aus hundert Jahren Stadtgeschichte und ist bis Ende Mai zu sehen.\n"
        "Der Eintritt ist frei.\n"
    )
    assert len(_paragraphs(result)) == 7
    assert not any(isinstance(block, Heading) for block in result.release.body)


def test_broken_line_with_indented_continuation_is_joined() -> None:
    result = _parse(
        "Durchsuchung in Lagerhalle\n\nDie Polizei durchsuchte gestern eine Lagerhalle. Die Maßnahmen führten zum\n"
        "    Auffinden von mehreren gestohlenen Fahrrädern. Die Ermittlungen dauern an.\n"
    )
    assert len(_paragraphs(result)) == 1


def test_hard_wrapped_paragraphs_are_unwrapped_and_a_heading_stays_apart() -> None:
    result = _parse(
        "Acme Opens a New Plant\n\n"
        "Acme opened a new plant in the north of the city today. The plant will employ\n"
        "about fifty people from the region and produce parts for bicycles and small\n"
        "electric cars. Production starts in the autumn.\n\n"
        "Background\n"
        "Acme was founded twenty years ago by two engineers who wanted to build better\n"
        "bicycles. The company now has four plants in three countries and sells its\n"
        "parts to many makers.\n"
    )
    paragraphs = _paragraphs(result)
    assert len(paragraphs) == 2
    assert paragraphs[0].endswith("Production starts in the autumn.")
    assert any(isinstance(block, Heading) and block_text(block) == "Background" for block in result.release.body)


def test_unmarked_list_lines_after_a_colon_stay_apart() -> None:
    result = _parse(
        "Gestohlene Uhr gesucht\n\nDie Uhr wird wie folgt beschrieben:\nGehäuse aus Gold\n"
        "mit Gravur auf der Rückseite\nArmband aus braunem Leder\n"
        "Wer kann Hinweise geben?\nWer hat die Uhr gesehen?\n"
    )
    paragraphs = _paragraphs(result)
    assert "Wer kann Hinweise geben?" in paragraphs and "Wer hat die Uhr gesehen?" in paragraphs
    assert not any(isinstance(block, Heading) for block in result.release.body)


def test_second_quote_paragraph_of_a_new_speaker_starts_a_paragraph() -> None:
    result = _parse(
        "Senator Backs Trail Bill\n\nSen. Jane Example introduced a bill today.\n"
        "“\nThe trails matter,\n”\nsaid Sen. Example.\nThe bill goes to committee next week.\n"
    )
    assert _paragraphs(result)[-1] == "The bill goes to committee next week."


def test_flattened_report_list_items_end_at_their_page_reference() -> None:
    result = _parse(
        "Prüfbericht vorgelegt\n\nDer Bericht nennt mehrere Mängel: - Die Kosten stiegen stark (S. 4). "
        "- Die Planung fehlte (S. 7). Danach folgt eine Bewertung der Lage durch die Prüfer. "
        "- Die Aufsicht war schwach (S. 9).\n"
    )
    body = result.release.body
    lists = [block for block in body if isinstance(block, BulletList)]
    assert len(lists) == 2
    assert "Danach folgt eine Bewertung der Lage durch die Prüfer." in _paragraphs(result)


def test_contact_line_in_the_head_is_not_the_headline() -> None:
    result = _parse(
        "FOR IMMEDIATE RELEASE\nContact: Jane Example (202) 555-0100\n\nSenator Backs Clean Water Bill\n\n"
        "WASHINGTON – Senator Jane Example introduced a clean water bill today.\n"
    )
    release = result.release
    assert inline_text(release.meta.title) == "Senator Backs Clean Water Bill"
    assert release.meta.place == "WASHINGTON"
    assert [section.kind for section in release.sections] == ["contact"]
    assert _paragraphs(result) == ["Senator Jane Example introduced a clean water bill today."]


def test_sender_stack_after_the_label_is_not_the_headline() -> None:
    result = _parse(
        "PRESS RELEASE\nGreen Valley County\nOffice of the County Executive\n\n"
        "County Opens Cooling Centers as Heat Wave Continues\n\n"
        "GREEN VALLEY, Ore. (July 8, 2024) – The county will open five cooling centers on Tuesday.\n"
    )
    meta = result.release.meta
    assert inline_text(meta.title) == "County Opens Cooling Centers as Heat Wave Continues"
    assert meta.organisation == "Green Valley County, Office of the County Executive"
    assert meta.issued == date(2024, 7, 8)


def test_one_title_case_line_over_a_subtitle_is_the_headline() -> None:
    result = _parse(
        "MEDIA RELEASE\n\nCity Library Wins Award\n\nJury praises the reading programme for children\n\n"
        "The city library won the national library award on Monday evening in the capital.\n"
    )
    meta = result.release.meta
    assert inline_text(meta.title) == "City Library Wins Award"
    assert meta.subtitle is not None
    assert inline_text(meta.subtitle) == "Jury praises the reading programme for children"


def test_sender_over_a_desk_coded_headline() -> None:
    result = _parse(
        "Polizeipräsidium Musterstadt\n\nPOL-MS: Verkehrsunfall mit Verletzten\n\n"
        "Musterstadt (ots) - Bei einem Unfall wurden am Dienstag zwei Menschen leicht verletzt.\n"
    )
    meta = result.release.meta
    assert inline_text(meta.title) == "POL-MS: Verkehrsunfall mit Verletzten"  # as published
    assert meta.organisation == "Polizeipräsidium Musterstadt"
    assert meta.place == "Musterstadt"


def test_subtitle_above_a_date_line() -> None:
    result = _parse(
        "Bürgermeisterin eröffnet Bibliothek\n\nStadtteil erhält modernen Lernort\n\nMittwoch, 12. Juni 2024\n\n"
        "Die neue Bibliothek in der Marktstraße ist eröffnet. Sie bietet viele Medien.\n"
    )
    meta = result.release.meta
    assert meta.subtitle is not None and inline_text(meta.subtitle) == "Stadtteil erhält modernen Lernort"
    assert meta.issued == date(2024, 6, 12)
    assert meta.issued_time == "Mittwoch"


def test_markdown_runs_are_one_paragraph_each() -> None:
    from pressconv.parser.blocks import RawBlock, group_lines
    from pressconv.parser.lines import split_lines

    lines = split_lines("Erster Satz steht hier.\nZweiter Satz folgt.  \nDritter Satz.\n\nNeuer Absatz.")
    plain = [item for item in group_lines(lines, "de")[0] if isinstance(item, RawBlock)]
    markdown = [item for item in group_lines(lines, "de", markdown=True)[0] if isinstance(item, RawBlock)]
    assert len(plain) == 4
    assert [item.text for item in markdown] == ["Erster Satz steht hier. Zweiter Satz folgt. Dritter Satz.", "Neuer Absatz."]


def test_news_room_page_repeats_headline_and_prints_tags_before_the_date() -> None:
    body = "On Wednesday, plenary adopted a resolution on air quality by a large majority. " * 4
    result = _parse(
        "Clean Air: MEPs back stricter limits | News | Example Parliament\n\n"
        "Clean Air: MEPs back stricter limits\n\nClean Air: MEPs back stricter limits\nPress Releases\n"
        "Plenary session\nENVI\n15-03-2023 - 12:48\n\n\nMEPs want lower limits for fine dust by 2030.\n" + body + "\n"
    )
    meta = result.release.meta
    assert inline_text(meta.title) == "Clean Air: MEPs back stricter limits"
    assert meta.kicker == "Press Releases – Plenary session – ENVI"
    assert meta.issued == date(2023, 3, 15) and meta.issued_time == "12:48"
    assert meta.subtitle is not None and inline_text(meta.subtitle) == "MEPs want lower limits for fine dust by 2030."
    assert meta.place is None
    assert [entry.reason for entry in result.removed].count("headline repeated as page title or breadcrumb") == 2
    assert _paragraphs(result)[0].startswith("On Wednesday")


def test_institution_line_over_the_headline_is_the_sender() -> None:
    result = _parse(
        "Senatsverwaltung für Bildung, Jugend und Familie\n\nNeue Schulplätze für das kommende Schuljahr\n\n"
        "Für das kommende Schuljahr stehen 2.000 zusätzliche Schulplätze zur Verfügung.\n"
    )
    meta = result.release.meta
    assert inline_text(meta.title) == "Neue Schulplätze für das kommende Schuljahr"
    assert meta.organisation == "Senatsverwaltung für Bildung, Jugend und Familie"


def test_title_case_headline_with_an_institution_word_stays_the_headline() -> None:
    result = _parse(
        "County Opens Cooling Centers\n\nFive sites will open on Tuesday as the heat wave continues\n\n"
        "The county will open five cooling centers on Tuesday as temperatures rise above 100 degrees.\n"
    )
    meta = result.release.meta
    assert inline_text(meta.title) == "County Opens Cooling Centers"
    assert meta.subtitle is not None


def test_text_that_opens_with_a_sentence_has_no_headline() -> None:
    result = _parse(
        "Am Montagabend ist ein Radfahrer in der Innenstadt bei einem Unfall schwer verletzt worden.\n"
        "Die Polizei sucht Zeugen.\n"
    )
    assert inline_text(result.release.meta.title) == (
        "Am Montagabend ist ein Radfahrer in der Innenstadt bei einem Unfall schwer verletzt worden"
    )
    assert "title.missing" in _codes(result)
    assert len(_paragraphs(result)) == 2


def test_short_headline_with_a_full_stop_is_still_the_headline() -> None:
    result = _parse("Polizei sucht Zeugen.\n\nNach einem Unfall am Montag sucht die Polizei Zeugen.\n")
    assert inline_text(result.release.meta.title) == "Polizei sucht Zeugen."
    assert "title.missing" not in _codes(result)


def test_label_listing_topic_date_and_sender_is_no_subtitle() -> None:
    result = _parse(
        "Die Kosten der Kleinbetriebe\n\n"
        "Pressemitteilung zu den Landtagswahlen 2022, 17.03.2022, Die Beispielpartei Kreisverband Musterstadt\n\n"
        "Vielen Menschen ist bekannt, dass eine Partei fünf Prozent der Stimmen braucht.\n"
    )
    meta = result.release.meta
    assert meta.subtitle is None
    assert meta.issued == date(2022, 3, 17)
    assert meta.organisation == "Die Beispielpartei Kreisverband Musterstadt"
    assert meta.kicker == (
        "Pressemitteilung zu den Landtagswahlen 2022, 17.03.2022, Die Beispielpartei Kreisverband Musterstadt"
    )
