"""Issue 15 #6-#8, #10 and #20: content the parser lost or changed while the conversion exited 0.

Each test feeds the adversarial input of the finding and checks the model, the diagnostics and the
rendered text of the outputs (HTML, DOCX, JSON; the PDF where the finding was about the PDF), so that
it failed before the fix and holds after it.
"""

from __future__ import annotations

import json
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from pressconv.api import ParseResult, parse, render
from pressconv.checks.text_preserved import extract_text
from pressconv.model import OrderedList, block_text

BODY = "Berlin, 12.03.2024 – Die Stadt eröffnet heute eine neue Brücke über den Fluss. Sie ist lang.\n"


def codes(result: ParseResult) -> list[str]:
    return [diagnostic.code for diagnostic in result.diagnostics]


def output_text(result: ParseResult, fmt: str, tmp_path: Path) -> str:
    """The text a reader gets from the rendered output (the nothing-lost check's own extractor)."""
    path = tmp_path / f"release.{fmt}"
    path.write_bytes(render(result.release, fmt))
    return extract_text(path)


# ------------------------------------------------------------------------------ #6 embargo


def test_a_valid_embargo_followed_by_an_unreadable_one_keeps_both(tmp_path: Path) -> None:
    text = (
        "Pressemitteilung\n\nSperrfrist: 24.12.2024, 18:00 Uhr\nSperrfrist: irgendwann bald\n\n"
        "Neue Brücke eröffnet\n\n" + BODY
    )
    result = parse(text)
    meta = result.release.meta
    assert meta.embargo == datetime(2024, 12, 24, 18, 0)
    assert meta.embargo_lines == ("Sperrfrist: 24.12.2024, 18:00 Uhr", "Sperrfrist: irgendwann bald")
    assert "embargo.unreadable" in codes(result)
    # The unreadable line no longer ends the head: the headline is still the headline.
    assert block_text(result.release.body[0]).startswith("Die Stadt")
    for fmt in ("html", "docx"):
        shown = output_text(result, fmt, tmp_path)
        assert "Sperrfrist: 24.12.2024, 18:00 Uhr" in shown, fmt
        assert "Sperrfrist: irgendwann bald" in shown, fmt
    # Nothing of an embargo line is "removed": both are in every output.
    assert not [entry for entry in result.removed if "Sperrfrist" in entry.text]


def test_two_valid_embargoes_keep_both_lines_the_first_wins_and_the_conflict_is_a_warning() -> None:
    text = "Sperrfrist: 24.12.2024, 18:00 Uhr\nSperrfrist: 25.12.2024, 10:00 Uhr\n\nNeue Brücke eröffnet\n\n" + BODY
    result = parse(text)
    meta = result.release.meta
    assert meta.embargo == datetime(2024, 12, 24, 18, 0)
    assert len(meta.embargo_lines) == 2
    assert "embargo.conflict" in codes(result)
    html = render(result.release, "html").decode()
    assert "24.12.2024, 18:00 Uhr" in html and "25.12.2024, 10:00 Uhr" in html
    # The embargo read is the machine-readable one.
    assert '<time datetime="2024-12-24T18:00">' in html


def test_the_same_embargo_twice_is_no_conflict() -> None:
    text = "Sperrfrist: 24.12.2024, 18:00 Uhr\nSperrfrist: 24.12.2024, 18:00 Uhr\n\nNeue Brücke eröffnet\n\n" + BODY
    assert "embargo.conflict" not in codes(parse(text))


def test_an_embargo_keeps_its_time_zone(tmp_path: Path) -> None:
    text = (
        "FOR IMMEDIATE RELEASE\nEMBARGOED UNTIL 25 December 2024, 00:01 EST\n\nCity opens new bridge\n\n"
        "SPRINGFIELD, Dec. 20, 2024 -- The city opened a new bridge over the river today. It is long.\n"
    )
    result = parse(text)
    embargo = result.release.meta.embargo
    assert embargo is not None and embargo.utcoffset() == timedelta(hours=-5)
    html = render(result.release, "html").decode()
    assert 'datetime="2024-12-25T00:01-05:00"' in html and "00:01 EST" in html
    document = json.loads(render(result.release, "json"))
    assert document["meta"]["embargo"] == "2024-12-25T00:01:00-05:00"
    assert document["meta"]["embargo_lines"] == ["EMBARGOED UNTIL 25 December 2024, 00:01 EST"]
    assert "00:01 EST" in output_text(result, "docx", tmp_path)


@pytest.mark.parametrize("zone", ["CST", "IST"])
def test_an_ambiguous_zone_leaves_the_embargo_naive_but_keeps_it_as_written(zone: str) -> None:
    result = parse(f"Embargoed until March 4, 2025 10:00 {zone}\n\nCity opens new bridge\n\nThe city opened it today.\n")
    meta = result.release.meta
    assert meta.embargo == datetime(2025, 3, 4, 10, 0)
    assert meta.embargo_lines == (f"Embargoed until March 4, 2025 10:00 {zone}",)


def test_an_embargo_with_an_impossible_time_is_unreadable_not_midnight() -> None:
    result = parse("Sperrfrist: 24.12.2024, 25:61 Uhr\n\nNeue Brücke eröffnet\n\n" + BODY)
    assert result.release.meta.embargo is None
    assert "embargo.unreadable" in codes(result)
    assert result.release.meta.embargo_lines == ("Sperrfrist: 24.12.2024, 25:61 Uhr",)


# ------------------------------------------------------------------------------ #7 repeated labels


def test_a_repeated_links_label_without_its_url_is_kept() -> None:
    text = (
        "Neue Brücke eröffnet\n\n" + BODY + "\nWeitere Informationen zum Bau:\nhttps://example.org/bau\n\n"
        "Weitere Informationen zum Verkehr:\nhttps://example.org/verkehr\n"
    )
    result = parse(text)
    assert "text.lost" not in codes(result)
    section_text = [
        section.title + "\n" + "\n".join(block_text(block) for block in section.blocks)
        for section in result.release.sections
    ]
    joined = "\n".join(section_text)
    assert "Weitere Informationen zum Bau" in joined
    assert "Weitere Informationen zum Verkehr" in joined


def test_three_thousand_repeated_labels_lose_no_word() -> None:
    lines = ["Neue Brücke eröffnet", "", BODY]
    for number in range(3000):
        lines += [f"Weitere Informationen zum Thema {number}:", f"https://example.org/t{number}", ""]
    result = parse("\n".join(lines))
    assert "text.lost" not in codes(result)
    html = render(result.release, "html").decode()
    assert html.count("Weitere Informationen zum Thema") == 3000


def test_a_repeated_contact_heading_is_accounted_for() -> None:
    """The class behind #7: a section label written twice, whose second copy the parser folds away."""
    text = (
        "Neue Brücke eröffnet\n\n" + BODY + "\nPressekontakt:\nAnna Muster\nTel. 030 123456\n\n"
        "Pressekontakt:\nBernd Beispiel\nTel. 030 654321\n"
    )
    result = parse(text)
    assert "text.lost" not in codes(result)
    assert [(entry.line, entry.text) for entry in result.removed if "heading repeated" in entry.reason] == [
        (9, "Pressekontakt")
    ]


# ------------------------------------------------------------------------------ #8 list numbers

LISTS = (
    "Neue Brücke eröffnet\n\n" + BODY + "\nDie Schritte:\n\n1) Planung\n2) Bau\n10) Eröffnung\n\n"
    "Die Termine:\n\n1. Montag\n2. Dienstag\n\n1. Mittwoch\n2. Donnerstag\n3. Freitag\n\nDas war es.\n"
)


def _numbers(result: ParseResult) -> list[list[int]]:
    from pressconv.model import ordered_numbers

    return [list(ordered_numbers(b)) for b in result.release.body if isinstance(b, OrderedList)]


def test_list_numbers_as_written_are_kept_in_the_model() -> None:
    assert _numbers(parse(LISTS)) == [[1, 2, 10], [1, 2], [1, 2, 3]]


def test_a_list_interrupted_by_a_blank_line_that_counts_on_is_still_one_list() -> None:
    result = parse("Neue Brücke eröffnet\n\n" + BODY + "\nDie Schritte:\n\n1. Planung\n2. Bau\n\n3. Eröffnung\n4. Feier\n")
    assert _numbers(result) == [[1, 2, 3, 4]]


def test_html_keeps_the_written_numbers() -> None:
    html = render(parse(LISTS).release, "html").decode()
    assert '<li value="10"' in html
    assert html.count("<ol") == 3


def test_docx_restarts_numbering_at_a_written_number(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "lists.docx"
    path.write_bytes(render(parse(LISTS).release, "docx"))
    with zipfile.ZipFile(path) as package:
        numbering = package.read("word/numbering.xml").decode()
    # One numbering per list, plus one restart at the written "10)".
    assert numbering.count('<w:startOverride w:val="10"/>') == 1
    assert numbering.count('<w:startOverride w:val="1"/>') == 3


def test_json_keeps_the_written_numbers() -> None:
    document = json.loads(render(parse(LISTS).release, "json"))
    lists = [block for block in document["body"] if block["type"] == "ordered_list"]
    assert [item["value"] for item in lists[0]["items"]] == [None, None, 10]


def test_pdf_shows_the_written_numbers(tmp_path: Path) -> None:
    text = "Neue Brücke eröffnet\n\n" + BODY + "\nDie Schritte:\n\n3. Planung\n4. Bau\n10. Eröffnung\n\nDas war es.\n"
    path = tmp_path / "lists.pdf"
    path.write_bytes(render(parse(text).release, "pdf"))
    shown = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "3. Planung" in shown and "4. Bau" in shown and "10. Eröffnung" in shown


# ------------------------------------------------------------------------------ #10 dates


def test_a_four_digit_year_is_never_expanded() -> None:
    result = parse("Neue Brücke eröffnet\n\n01.01.0001\n\nDie Stadt eröffnet heute eine neue Brücke.\n")
    issued = result.release.meta.issued
    assert issued is not None and issued.year == 1


def test_a_two_digit_year_is_still_expanded() -> None:
    result = parse("Neue Brücke eröffnet\n\n01.03.24\n\nDie Stadt eröffnet heute eine neue Brücke.\n")
    issued = result.release.meta.issued
    assert issued is not None and issued.year == 2024


@pytest.mark.parametrize("written", ["31.02.2024", "29.02.2023", "12.03.2024, 25:61 Uhr", "30. Februar 2024"])
def test_an_impossible_date_or_time_is_a_warning_and_stays_as_written(written: str, tmp_path: Path) -> None:
    result = parse(f"Neue Brücke eröffnet\n\n{written}\n\nDie Stadt eröffnet heute eine neue Brücke.\n")
    warnings = [d for d in result.diagnostics if d.code == "date.impossible"]
    assert warnings and warnings[0].level == "warning" and warnings[0].line == 3
    assert written in output_text(result, "html", tmp_path)
    assert not [entry for entry in result.removed if written in entry.text]


def test_possible_dates_and_other_figures_are_not_flagged() -> None:
    text = (
        "Neue Brücke eröffnet\n\n29.02.2024\n\nDie Stadt eröffnet am 12.03.2024, 24:00 Uhr, "
        "mit Version 3.14.2024 und 31.12.2024 um 23:59 Uhr eine neue Brücke.\n"
    )
    assert "date.impossible" not in codes(parse(text))


def test_impossible_dates_are_counted_beyond_ten() -> None:
    body = "\n\n".join(f"Termin am 31.02.2024 Nummer {n}." for n in range(25))
    warnings = [d for d in parse("Neue Brücke eröffnet\n\n" + body + "\n").diagnostics if d.code == "date.impossible"]
    assert len(warnings) == 11 and "15 more" in warnings[-1].message


def test_a_date_after_the_agency_is_part_of_the_dateline() -> None:
    result = parse("Berlin (dpa), 12.03.2024\n\nDie Stadt eröffnet heute eine neue Brücke über den Fluss. Sie ist lang.\n")
    meta = result.release.meta
    assert meta.place == "Berlin" and meta.issued is not None and meta.issued.isoformat() == "2024-03-12"
    assert "12.03.2024" not in "".join(block_text(block) for block in result.release.body)
    title = block_text(result.release.body[0])
    assert not title.startswith(",")


# ------------------------------------------------------------------------------ #20 NEL and DEL


def test_nel_is_a_line_break_and_del_a_space() -> None:
    data = "Neue Brücke eröffnet\n\nDie Stadt eröffnet\u0085heute eine neue\u007fBrücke über den Fluss.\n".encode()
    result = parse(data)
    text = "\n".join(block_text(block) for block in result.release.body)
    assert "eröffnetheute" not in text and "neueBrücke" not in text
    assert "eröffnet heute" in text and "neue Brücke" in text
    notes = [d for d in result.diagnostics if d.code == "source.control"]
    assert notes and "NEL" in notes[0].message and "DEL" in notes[0].message


def test_json_reads_back_list_numbers_and_embargo_lines() -> None:
    from pressconv.writers.json import release_from_json, release_to_dict

    text = "EMBARGOED UNTIL 25 December 2024, 00:01 EST\nEmbargo: soon\n\n" + LISTS
    release = parse(text).release
    assert release.meta.embargo_lines and any(b for b in release.body if isinstance(b, OrderedList))
    assert release_from_json(json.loads(json.dumps(release_to_dict(release)))) == release


@pytest.mark.parametrize(("written", "relative"), [("01.01.0001", "gestern"), ("31.12.9999", "morgen")])
def test_a_date_at_the_calendars_ends_renders_the_easy_summary(written: str, relative: str) -> None:
    """A date kept as written (year 1, no longer 2001) must not crash "gestern"/"morgen" resolution."""
    text = f"Neue Brücke eröffnet\n\n{written}\n\nDie Stadt eröffnet {relative} eine neue Brücke.\n"
    assert b"</html>" in render(parse(text).release, "easy")
