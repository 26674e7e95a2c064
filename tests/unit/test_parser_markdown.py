"""Releases kept as Markdown: front matter, record headers, CommonMark blocks and Markdown inlines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pressconv.api import ParseResult
from pressconv.batch import collect_inputs
from pressconv.model import BulletList, Email, Emphasis, Heading, Link, Paragraph, Phone, Strong, inline_text
from pressconv.parser import parse_text
from pressconv.parser.frontmatter import read_front_matter
from pressconv.parser.inlines import build_inlines
from pressconv.parser.markdown import is_markdown


def _paragraphs(result: ParseResult) -> list[str]:
    return [inline_text(b.children) for b in result.release.body if isinstance(b, Paragraph)]


def _reasons(result: ParseResult) -> dict[str, str]:
    return {entry.text: entry.reason for entry in result.removed}


YAML_DE = """---
# Vorlage: nur zwischen den Anführungszeichen ausfüllen
title: "Neue Radwege für die Altstadt"
datum: "2024-05-14"   # Format JJJJ-MM-TT
autor: Erika Muster
einleitung: >
  Die Stadt baut bis zum Herbst
  drei neue Radwege.
schlagworte:
  - Verkehr
  - Radwege
#button_text: "Mehr"
---
Die Stadtverwaltung hat am Dienstag den Bau von drei Radwegen beschlossen.
Die Arbeiten beginnen im Juni.

Der Bauausschuss stimmte einstimmig zu.
"""


def test_yaml_front_matter_fills_the_metadata() -> None:
    result = parse_text(YAML_DE, path="radwege.md")
    meta = result.release.meta
    assert inline_text(meta.title) == "Neue Radwege für die Altstadt"
    assert meta.subtitle is not None and inline_text(meta.subtitle) == "Die Stadt baut bis zum Herbst drei neue Radwege."
    assert meta.issued == date(2024, 5, 14)
    assert meta.author == "Erika Muster"
    assert meta.keywords == ("Verkehr", "Radwege")
    reasons = _reasons(result)
    assert reasons['title: "Neue Radwege für die Altstadt"'] == "front matter: field 'title' used as the title"
    assert reasons["---"] == "front matter: template field not shown"
    assert reasons['#button_text: "Mehr"'] == "front matter: template field not shown"
    # CommonMark: a soft line break does not start a paragraph.
    assert _paragraphs(result) == [
        "Die Stadtverwaltung hat am Dienstag den Bau von drei Radwegen beschlossen. Die Arbeiten beginnen im Juni.",
        "Der Bauausschuss stimmte einstimmig zu.",
    ]


def test_yaml_date_with_time_and_inline_list() -> None:
    text = (
        "---\ntitle: Council approves budget\ndate: 2023-11-02T09:30:00+0100\ntags: [budget, council]\n---\n"
        "The council approved the budget for next year on Thursday.\n"
    )
    meta = parse_text(text).release.meta
    assert inline_text(meta.title) == "Council approves budget"
    assert meta.issued == date(2023, 11, 2) and meta.issued_time == "09:30"
    assert meta.keywords == ("budget", "council")


def test_toml_front_matter_with_table_and_shortcode() -> None:
    text = (
        '+++\ntitle = "Einsatz: Kellerbrand"\ndescription = "Rauch im Treppenhaus"\n\n[extra]\n'
        'image = "keller.webp"\n+++\n\n{{ figure(path="keller.webp", alt="Keller") }}\n\n'
        "Am Abend wurde die Feuerwehr zu einem Kellerbrand gerufen.\n"
        'Der Brand war schnell gelöscht.\n\n{{< gallery dir="/bilder/" >}}\n'
    )
    result = parse_text(text)
    meta = result.release.meta
    assert inline_text(meta.title) == "Einsatz: Kellerbrand"
    assert meta.subtitle is not None and inline_text(meta.subtitle) == "Rauch im Treppenhaus"
    assert _paragraphs(result) == [
        "Am Abend wurde die Feuerwehr zu einem Kellerbrand gerufen. Der Brand war schnell gelöscht."
    ]
    reasons = _reasons(result)
    assert reasons["[extra]"] == "front matter: template field not shown"
    assert reasons['image = "keller.webp"'] == "front matter: template field not shown"
    assert reasons['{{ figure(path="keller.webp", alt="Keller") }}'] == "template shortcode of the site generator"
    assert '{{< gallery dir="/bilder/" >}}' in reasons


def test_record_header_english() -> None:
    text = (
        "Title: Senator opens new district office\nDate: March 3, 2022\nPR Tag: Press Release\n\nContent:\n"
        "The senator opened a new office in the district on Thursday.\n"
    )
    result = parse_text(text)
    meta = result.release.meta
    assert inline_text(meta.title) == "Senator opens new district office"
    assert meta.issued == date(2022, 3, 3)
    assert _reasons(result)["Content:"] == "record field marker: the release text follows"
    assert _paragraphs(result)[0].startswith("The senator opened")


def test_record_header_german() -> None:
    text = "Titel: Neue Bibliothek eröffnet\nDatum: 12.09.2023\n\nDie neue Stadtbibliothek hat ihre Türen geöffnet.\n"
    meta = parse_text(text).release.meta
    assert inline_text(meta.title) == "Neue Bibliothek eröffnet"
    assert meta.issued == date(2023, 9, 12)


def test_a_colon_line_alone_is_no_record() -> None:
    assert read_front_matter(["Berlin: Neue Regeln für Parkplätze", "", "Text."]) is None
    assert read_front_matter(["Fazit: gut", "Ergebnis: besser"]) is None


def test_markdown_detection() -> None:
    assert is_markdown(["Text with a [link](https://example.org)."], None, None)
    assert is_markdown(["## Heading"], None, None)
    assert is_markdown(["plain"], "release.md", None)
    assert not is_markdown(["Ein ganz normaler Satz.", "- ein Punkt"], "release.txt", None)


def test_atx_headline_hard_breaks_and_lists() -> None:
    text = (
        "# Company opens second plant\n\nThe company opened its second plant today.  \n"
        "Production starts in May.\\\nAbout 200 jobs are created.\n\n## Numbers\n\n"
        "* 200 jobs\n* 3 lines\n\n> The plant is a big step for us,\nsaid the CEO.\n"
    )
    result = parse_text(text, path="plant.md")
    assert inline_text(result.release.meta.title) == "Company opens second plant"
    body = result.release.body
    paragraphs = _paragraphs(result)
    assert paragraphs[0] == (
        "The company opened its second plant today. Production starts in May. About 200 jobs are created."
    )
    assert any(isinstance(b, Heading) and inline_text(b.children) == "Numbers" for b in body)
    lists = [b for b in body if isinstance(b, BulletList)]
    assert lists and [inline_text(item.children) for item in lists[0].items] == ["200 jobs", "3 lines"]
    assert not any(">" in p for p in paragraphs)


def test_html_fragments_images_escapes_and_entities() -> None:
    text = (
        "---\ntitle: Fest im Park\n---\n<p>Am Samstag feiert der Verein&nbsp;sein <b>Sommerfest</b>.</p>\n"
        "<h3>Programm</h3>\n<p>Es gibt Musik &amp; Tanz für alle Bürger\\*innen.</p>\n\n"
        "![Plakat](/bilder/plakat.jpg)\n\n<!-- TODO Foto ergänzen -->\n"
    )
    result = parse_text(text)
    paragraphs = _paragraphs(result)
    assert paragraphs[0] == "Am Samstag feiert der Verein sein Sommerfest."
    assert "Es gibt Musik & Tanz für alle Bürger*innen." in paragraphs
    assert any(isinstance(b, Heading) and inline_text(b.children) == "Programm" for b in result.release.body)
    reasons = _reasons(result)
    assert reasons["![Plakat](/bilder/plakat.jpg)"] == "image (Markdown)"
    assert reasons["<!-- TODO Foto ergänzen -->"] == "HTML comment"


def test_markdown_inlines() -> None:
    nodes = build_inlines(
        "Mehr [auf der Website](https://example.org/fest), per [info@verein.de](mailto:info@verein.de) "
        "oder Tel. [0711 123456](tel:+49711123456); **fett**, __auch fett__, *kursiv*, _auch kursiv_ "
        "und <https://example.org/a>.",
        "de-DE",
    )
    assert Link(url="https://example.org/fest", children=build_inlines("auf der Website")) in nodes
    assert Email(address="info@verein.de") in nodes
    assert any(isinstance(n, Phone) and n.tel == "+49711123456" for n in nodes)
    assert sum(isinstance(n, Strong) for n in nodes) == 2
    assert sum(isinstance(n, Emphasis) for n in nodes) == 2
    assert any(isinstance(n, Link) and n.url == "https://example.org/a" for n in nodes)
    assert inline_text(build_inlines("snake_case_name stays", "en-US")) == "snake_case_name stays"


def test_mailto_link_with_other_text_keeps_the_text() -> None:
    nodes = build_inlines("[Write to us](mailto:press@example.com)", "en-US")
    assert nodes == (Link(url="mailto:press@example.com", children=build_inlines("Write to us")),)


def test_folders_pick_up_markdown(tmp_path: Path) -> None:
    for name in ("a.txt", "b.md", "c.markdown", "d.html"):
        (tmp_path / name).write_text("Text\n", encoding="utf-8")
    names = sorted(relative.name for _, relative in collect_inputs([tmp_path]))
    assert names == ["a.txt", "b.md", "c.markdown"]


def test_folders_leave_repository_documents_out(tmp_path: Path) -> None:
    for name in ("README.md", "CHANGELOG.md", "_index.md", "2024-05-01-release.md", "readme.txt"):
        (tmp_path / name).write_text("Text\n", encoding="utf-8")
    names = sorted(relative.name for _, relative in collect_inputs([tmp_path]))
    assert names == ["2024-05-01-release.md", "readme.txt"]
    # A document named on the command line is converted all the same.
    assert [relative.name for _, relative in collect_inputs([tmp_path / "README.md"])] == ["README.md"]


def test_one_megabyte_markdown_line_parses_whole() -> None:
    # Its speed is measured in `make bench` (bench/run.py), never asserted here.
    text = "---\ntitle: x\n---\n" + ("**a** [b](c) _d_ \\* &amp; <i>e</i> <!-- c --> " * 22000)
    result = parse_text(text, path="big.md")
    assert not [d for d in result.diagnostics if d.code in ("text.lost", "parser.markdown", "parser.internal")]


def test_rules_around_prose_are_no_front_matter() -> None:
    text = "---\nStadt eröffnet neues Bad\n---\nDas neue Hallenbad ist ab Montag geöffnet.\n"
    assert read_front_matter(text.split("\n")) is None
    result = parse_text(text)
    assert inline_text(result.release.meta.title) == "Stadt eröffnet neues Bad"


def test_emphasised_release_label_gives_kicker_and_date() -> None:
    text = (
        "---\ntitle: Kandidatur eingereicht\ndate: 2024-02-01T10:00:00+0100\n---\n"
        "*Pressemitteilung zur Kommunalwahl, 02.02.2024, Wählergruppe Nord*\n\n"
        "Die Wählergruppe hat ihre Liste für die Kommunalwahl eingereicht.\n"
    )
    meta = parse_text(text).release.meta
    assert meta.kicker == "Pressemitteilung zur Kommunalwahl, 02.02.2024, Wählergruppe Nord"
    assert meta.issued == date(2024, 2, 2)
    assert meta.issued_time is None


def test_head_lines_above_a_headline_stay_apart() -> None:
    text = "FOR IMMEDIATE RELEASE\nMay 2, 2024\n\n# Library opens new wing\n\nThe city library opened a new wing.\n"
    result = parse_text(text)
    meta = result.release.meta
    assert meta.kicker is not None and meta.kicker.upper() == "FOR IMMEDIATE RELEASE"
    assert meta.issued == date(2024, 5, 2)
    assert inline_text(meta.title) == "Library opens new wing"


def test_bold_paragraph_under_the_headline_is_the_standfirst() -> None:
    text = (
        "# Museum reopens\n\n**After two years of work the museum opens its doors again**\n\n"
        "The museum reopened on Monday.\n"
    )
    result = parse_text(text)
    meta = result.release.meta
    assert inline_text(meta.title) == "Museum reopens"
    assert meta.subtitle is not None and inline_text(meta.subtitle).startswith("After two years")
    assert _paragraphs(result) == ["The museum reopened on Monday."]
    # Without a headline a bold first line is the headline itself.
    bare = parse_text("**Museum reopens**\n\nThe museum reopened on Monday after two years of work.\n")
    assert inline_text(bare.release.meta.title) == "Museum reopens"


def test_link_target_repeating_the_number_is_accounted() -> None:
    text = "# Kurs startet\n\nFragen? [kurs@verein.de](mailto:kurs@verein.de) oder Tel. [07071 12345](tel:0707112345)\n"
    result = parse_text(text)
    paragraph = next(b for b in result.release.body if isinstance(b, Paragraph))
    assert Email(address="kurs@verein.de") in paragraph.children
    assert any(isinstance(n, Phone) for n in paragraph.children)
    assert _reasons(result)["tel:0707112345"] == "link target repeats the e-mail address or phone number"


def test_pipe_table_setext_heading_and_attribute_list() -> None:
    from pressconv.model import Table

    text = (
        "Sommerkonzert im Park\n=====================\n\nDas Orchester spielt an drei Abenden.\n{: .lead}\n\n"
        "Termine\n-------\n\n| Tag | Uhrzeit |\n|-----|:-------:|\n| Freitag | 19 Uhr |\n| Samstag | 18 Uhr |\n\n"
        "Der Eintritt ist frei.\n"
    )
    result = parse_text(text, path="konzert.md")
    assert inline_text(result.release.meta.title) == "Sommerkonzert im Park"
    body = result.release.body
    assert any(isinstance(b, Heading) and inline_text(b.children) == "Termine" for b in body)
    tables = [b for b in body if isinstance(b, Table)]
    assert tables, body
    cells = [[inline_text(cell) for cell in row] for row in tables[0].rows]
    assert ["Freitag", "19 Uhr"] in cells
    reasons = _reasons(result)
    assert reasons["|-----|:-------:|"] == "Markdown table rule"
    assert reasons["====================="] == "heading underline (Markdown)"


def test_record_with_title_and_content_marker_only() -> None:
    text = "Title: Port expands terminal\nContent: The port authority announced a new container terminal today.\n"
    result = parse_text(text)
    assert inline_text(result.release.meta.title) == "Port expands terminal"
    assert _paragraphs(result)[0] == "The port authority announced a new container terminal today."
    assert _reasons(result)["Content:"] == "record field marker: the release text follows"


def test_bold_run_in_label_is_unwrapped() -> None:
    result = parse_text("# Neuer Kurs\n\nDer Kurs beginnt im Mai.\n\n**Anmeldung:** im Sekretariat des Vereins\n")
    assert "Anmeldung: im Sekretariat des Vereins" in _paragraphs(result)


def test_ordered_and_loose_lists_stay_one_list() -> None:
    from pressconv.model import OrderedList

    text = "# Ablauf\n\nDas Programm:\n\n1. Begrüßung\n2. Vortrag\n3. Diskussion\n\n- Kaffee\n\n- Kuchen\n"
    body = parse_text(text).release.body
    ordered = [b for b in body if isinstance(b, OrderedList)]
    assert ordered and [inline_text(i.children) for i in ordered[0].items] == ["Begrüßung", "Vortrag", "Diskussion"]
    bullets = [b for b in body if isinstance(b, BulletList)]
    assert bullets and [inline_text(i.children) for i in bullets[0].items] == ["Kaffee", "Kuchen"]


def test_markdown_list_numbers_count_on_from_the_first_as_commonmark_says() -> None:
    # CommonMark 0.31 §5.3: only the first number counts; plain-text numbers stay as written.
    from pressconv.model import OrderedList, ordered_numbers

    text = "# Ablauf\n\nDas Programm:\n\n3. Begrüßung\n3. Vortrag\n\n1. Diskussion\n"
    lists = [b for b in parse_text(text).release.body if isinstance(b, OrderedList)]
    assert len(lists) == 1 and ordered_numbers(lists[0]) == (3, 4, 5)


def test_quoted_yaml_value_over_several_lines() -> None:
    text = '---\ntitle: "Neue Brücke\nfreigegeben"\ndate: 2024-06-01\n---\nDie Brücke über den Fluss ist seit heute offen.\n'
    meta = parse_text(text).release.meta
    assert inline_text(meta.title) == "Neue Brücke freigegeben"
    assert meta.issued == date(2024, 6, 1)
