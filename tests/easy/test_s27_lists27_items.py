"""Session 27 (lists27): price and hours lists set without bullets or colons, said whole or as examples.

The examples are invented in the shapes of notices of several senders (an indoor pool, a music school,
a library, a recycling yard); none is copied from one release.
"""

from __future__ import annotations

import pytest

from pressconv.api import parse
from pressconv.parser import parse_text
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.labelitems import label_item, label_sentence, price_intro
from pressconv.transforms.easy.schedules import schedules
from pressconv.transforms.easy.source import SourceSentence, sentences
from pressconv.transforms.easy.sourcelists import source_lists


@pytest.mark.parametrize(
    ("item", "pair"),
    [
        ("Senioren 3,20 €", ("Senioren", "3,20 €")),
        ("Schüler 2,00 € (bisher 1,50 €)", ("Schüler", "2,00 €")),
        ("Kinder unter 4 Jahren frei", ("Kinder unter 4 Jahren", "frei")),
        ("Monatskarte 30 Euro pro Monat", ("Monatskarte", "30 Euro pro Monat")),
        # two prices on one line: never a false label with the last amount
        ("Jahreskarte Erwachsene 60,00 €, ermäßigt 30,00 €", None),
        ("Zwölferkarte Erwachsene 33,00 € / Kinder 18,00 €", None),
        # a sentence, no price line
        ("Der Kurs kostet 12 €", None),
        ("Erwachsene zahlen 5 Euro", None),
    ],
)  # fmt: skip
def test_a_price_line_without_a_colon_is_a_label_and_its_amount(item: str, pair: tuple[str, str] | None) -> None:
    assert label_item(item) == pair


def test_a_bare_price_line_is_said_as_a_plain_sentence() -> None:
    intro = "Die Kurspreise der Musikschule Hellbach bleiben unverändert:"
    assert label_sentence("Senioren", "3,20 €", intro) == "Senioren zahlen 3,20 Euro."
    assert label_sentence("Erwachsene", "5,00 €", intro) == "Erwachsene zahlen 5 Euro."
    assert label_sentence("Kinder unter 4 Jahren", "frei", intro) == "Kinder unter 4 Jahren zahlen nichts."


@pytest.mark.parametrize(
    ("intro", "noun"),
    [
        ("Die Kurspreise der Musikschule Hellbach bleiben unverändert:", "Kurspreise"),
        ("Die Eintrittspreise steigen gegenüber dem Vorjahr leicht:", "Eintrittspreise"),
        ("Die Hallengebühren betragen:", "Hallengebühren"),
        # a list of another time, a restricted or partial list: never "Es gibt diese Preise:"
        ("Die Gebühren steigen ab 1. Juli:", None),
        ("Die Eintrittspreise im Vorjahr waren:", None),
        ("Die Preise gelten nur für Mitglieder:", None),
        ("Die Eintrittspreise sind unter anderem:", None),
        ("Die Eintrittspreise sind u. a.:", None),
        ("Der Eintritt kostet:", None),
    ],
)  # fmt: skip
def test_a_sentence_about_a_price_list_names_its_noun(intro: str, noun: str | None) -> None:
    assert price_intro(intro) == noun


def _lines(*texts: str) -> list[SourceSentence]:
    return [SourceSentence(text, paragraph=number) for number, text in enumerate(texts)]


def test_hours_lines_without_a_colon_are_said_as_hours() -> None:
    found = schedules(
        _lines(
            "Die Öffnungszeiten der Bücherei Kleinweiler:",
            "Montag bis Freitag 9.00 – 17.00 Uhr",
            "Samstag 10.00 – 13.00 Uhr",
            "Die Bücherei freut sich auf viele Gäste.",
        )
    )
    assert found == [("Die Öffnungszeiten sind:", ("Montag bis Freitag: 9 bis 17 Uhr", "Samstag: 10 bis 13 Uhr"))]


def test_hours_with_a_colon_still_read_as_before() -> None:
    found = schedules(_lines("Öffnungszeiten Wertstoffhof:", "Dienstag: 8 – 12 Uhr", "Freitag: 13 – 18 Uhr", "Ende."))
    assert found == [("Die Öffnungszeiten sind:", ("Dienstag: 8 bis 12 Uhr", "Freitag: 13 bis 18 Uhr"))]


@pytest.mark.parametrize(
    "last",
    [
        "Sonntag nach Vereinbarung",  # one more item the run cannot read
        "jeden 2. Samstag im Monat 9 – 12 Uhr",
        "Mittwoch 8 – 12 Uhr jeden 1.",  # a sentence split after an ordinal: no end of a sentence
    ],
)
def test_hours_cut_short_by_a_line_it_cannot_read_are_not_said(last: str) -> None:
    found = schedules(
        _lines("Die Öffnungszeiten am Wertstoffhof Birkenau:", "Montag 8 – 16 Uhr", "Dienstag 8 – 16 Uhr", last, "Fertig.")
    )
    assert found == []


_POOL = """Hallenbad Tannried öffnet nach der Sanierung

Tannried, 3. Februar 2027. Das Hallenbad Tannried öffnet am Montag wieder für alle Gäste.

Die Eintrittspreise bleiben gleich:
Erwachsene 4,00 €
Kinder unter 6 Jahren frei
Familienkarte 9,00 €

Das Bad hat einen neuen Kassenautomaten.
"""


def test_unbulleted_lines_under_an_intro_are_a_source_list() -> None:
    release = parse_text(_POOL).release
    found = source_lists(release, sentences(release))
    assert [(f.intro, f.items) for f in found] == [
        ("Die Eintrittspreise bleiben gleich:", ("Erwachsene 4,00 €", "Kinder unter 6 Jahren frei", "Familienkarte 9,00 €"))
    ]


def test_an_unbulleted_run_whose_end_is_unclear_is_no_list() -> None:
    text = _POOL.replace(
        "Familienkarte 9,00 €\n",
        "Familienkarte 9,00 €\n"
        "Jahreskarte für Erwachsene mit Sauna und allen Kursen nach eigener Wahl "
        "und ohne jede Begrenzung der Besuche 300 €\n",
    )
    release = parse_text(text).release
    assert source_lists(release, sentences(release)) == []


def test_a_table_set_with_spaces_is_no_list() -> None:
    text = _POOL.replace(
        "Die Eintrittspreise bleiben gleich:\nErwachsene 4,00 €\nKinder unter 6 Jahren frei\nFamilienkarte 9,00 €\n",
        "Die Besucherzahlen im Überblick:\n               2026     2025\n"
        "Hallenbad      41.200   39.800\nSauna          8.150    7.900\n",
    )
    release = parse_text(text).release
    assert source_lists(release, sentences(release)) == []


def test_the_cells_of_a_table_split_into_lines_are_no_list() -> None:
    text = _POOL.replace(
        "Die Eintrittspreise bleiben gleich:\nErwachsene 4,00 €\nKinder unter 6 Jahren frei\nFamilienkarte 9,00 €\n",
        "Die Besucherzahlen im Überblick:\nMärz 2027 März 2026\nHallenbad\n41.200\n39.800 Sauna\n8.150\n7.900\n",
    )
    release = parse_text(text).release
    assert source_lists(release, sentences(release)) == []


_RINK = """Eisbahn Kornfeld öffnet am Samstag

Kornfeld, 20. November 2026. Die Stadt Kornfeld öffnet am Samstag, 28. November 2026, die Eisbahn am Marktplatz.

Eintrittspreise:
Erwachsene 4,00 €
Kinder unter 6 Jahren frei
Zehnerkarte Erwachsene 35,00 € / Kinder 20,00 €

Die Eisbahn ist bis zum 10. Januar 2027 geöffnet.
"""


def test_a_price_list_is_said_without_a_count_its_lines_do_not_give() -> None:
    text = summary_text(summarise(parse(_RINK.encode(), path="rink.txt").release).release)
    assert "Erwachsene zahlen 4 Euro." in text
    assert "Kinder unter 6 Jahren zahlen nichts." in text
    assert "Es gibt drei Eintritts" not in text  # three lines, four prices
    assert "Es gibt zum Beispiel diese Eintritts·preise:" in text or "Es gibt zum Beispiel diese Eintrittspreise:" in text


@pytest.mark.parametrize(
    "intro",
    [
        "Die Eintrittspreise waren im Jahr 2019:",
        "Die Eintrittspreise für den Ausflug in den Freizeitpark betragen:",
        "Die Parkgebühren lagen im Jahr 2020 noch bei:",
    ],
)
def test_an_intro_of_past_prices_or_of_one_thing_names_no_price_list(intro: str) -> None:
    # Review of session 27: such lists were said as "Es gibt diese Eintrittspreise:", today's prices for all.
    assert price_intro(intro) is None
