"""Letterheads above the press label, label lines with number, date and embargo, the Dachzeile and
ticker markers over the headline.

Every release here is invented; each convention is exercised by releases of at least two kinds of sender.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from pressconv.model import inline_text
from tests.fixtures.heads import HEADLINE as _HEADLINE
from tests.fixtures.heads import SUBTITLE as _SUBTITLE
from tests.fixtures.heads import first_paragraph as _first_paragraph
from tests.fixtures.heads import lost as _lost
from tests.fixtures.heads import parse_text as _parse
from tests.fixtures.heads import removed as _removed

_BODY = (
    "Ortsmitte. Die Arbeiten beginnen am kommenden Montag und dauern nach Angaben der Verantwortlichen "
    "rund drei Wochen. Anlieger erhalten vorab einen Brief.\n"
)


# ------------------------------------------------------------- letterhead above the label


@pytest.mark.parametrize(
    ("letterhead", "label", "organisation"),
    [
        # a district office: authority, department, office
        (
            "Kreisverwaltung Talheim\nFachbereich Umwelt – Untere Wasserbehörde",
            "Presseinformation Nr. 7/2026",
            "Kreisverwaltung Talheim, Fachbereich Umwelt – Untere Wasserbehörde",
        ),
        # a registered association whose name has small words and a legal form
        (
            "Förderverein für den Naturpark Eichental e.V.",
            "Pressemitteilung",
            "Förderverein für den Naturpark Eichental e.V.",
        ),
        # a town hall: town, mayor, office with a small adjective
        (
            "Stadt Brunnhausen\nDie Oberbürgermeisterin\nAmt für öffentliche Grünflächen",
            "PRESSEMITTEILUNG",
            "Stadt Brunnhausen, Die Oberbürgermeisterin, Amt für öffentliche Grünflächen",
        ),
        # a sports club with its division on the name line
        (
            "TSV Wiesental 1921 e. V. – Abteilung Leichtathletik",
            "Medieninformation",
            "TSV Wiesental 1921 e. V. – Abteilung Leichtathletik",
        ),
    ],
)
def test_letterhead_above_the_label_is_the_sender(letterhead: str, label: str, organisation: str) -> None:
    result = _parse(f"{letterhead}\n\n{label}\n\n12.03.2026\n\n{_HEADLINE}\n{_SUBTITLE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.subtitle is not None and inline_text(meta.subtitle) == _SUBTITLE
    assert meta.organisation == organisation
    assert meta.issued == date(2026, 3, 12)
    assert _first_paragraph(result).startswith("Ortsmitte. Die Arbeiten")
    assert not _lost(result)


@pytest.mark.parametrize(
    ("letterhead", "organisation"),
    [
        ("LANDESINSTITUT FÜR BODENKUNDE UND GEOLOGIE", "LANDESINSTITUT FÜR BODENKUNDE UND GEOLOGIE"),
        ("GEMEINDE SEEHOFEN\nDer Bürgermeister", "GEMEINDE SEEHOFEN, Der Bürgermeister"),
    ],
)
def test_letterhead_in_capitals_is_an_organisation_never_the_headline(letterhead: str, organisation: str) -> None:
    result = _parse(f"{letterhead}\n\nPressemitteilung\n\n{_HEADLINE}\n\n{_BODY}")
    assert inline_text(result.release.meta.title) == _HEADLINE
    assert result.release.meta.organisation == organisation


@pytest.mark.parametrize(
    ("department", "name"),
    [
        ("– Abteilung Bodenschutz, Außenstelle Nordheim –", "Abteilung Bodenschutz, Außenstelle Nordheim"),
        ("— Hauptamt / Öffentlichkeitsarbeit —", "Hauptamt / Öffentlichkeitsarbeit"),
    ],
)
def test_dashes_around_a_department_are_not_part_of_its_name(department: str, name: str) -> None:
    result = _parse(f"Landesbetrieb Forst und Wald\n{department}\n\nPRESSEMITTEILUNG\n\n{_HEADLINE}\n\n{_BODY}")
    assert result.release.meta.organisation == f"Landesbetrieb Forst und Wald, {name}"


@pytest.mark.parametrize(
    ("head", "address"),
    [
        ("Stadtarchiv Kornfeld\nMühlenweg 12 | 54321 Kornfeld\n\nPressemitteilung", "Mühlenweg 12 | 54321 Kornfeld"),
        (
            "Pressemitteilung\n\nMusikschule Lerchenau gGmbH\nPostfach 11 20, 65432 Lerchenau",
            "Postfach 11 20, 65432 Lerchenau",
        ),
    ],
)
def test_an_address_in_the_letterhead_is_removed_with_its_reason(head: str, address: str) -> None:
    result = _parse(f"{head}\n\n03.02.2026\n\n{_HEADLINE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.organisation is not None and address not in meta.organisation
    assert "address" in _removed(result)[address]


def test_a_headline_below_a_date_above_the_label_stays_the_headline() -> None:
    # News rooms print date and headline first and the label below: no letterhead.
    result = _parse(f"12.03.2026 10:15 Uhr\n{_HEADLINE}\nGemeinsame Meldung Polizei und Feuerwehr\n\n{_BODY}")
    assert inline_text(result.release.meta.title) == _HEADLINE


def test_a_headline_with_a_verb_above_the_label_is_no_letterhead() -> None:
    result = _parse(f"Stadtwerke erneuern die Leitungen am Nordufer\n\nPressemitteilung\n\n{_BODY}")
    assert inline_text(result.release.meta.title) == "Stadtwerke erneuern die Leitungen am Nordufer"


# ------------------------------------------------------------- label lines: number, date, embargo


@pytest.mark.parametrize(
    ("label", "number", "issued"),
    [
        ("Pressemitteilung 21/2026 · 4. Mai 2026", "21/2026", date(2026, 5, 4)),
        ("Medieninformation | 04.05.2026", None, date(2026, 5, 4)),
        ("Presseinformation Nr. 88/2025 – 04.05.2026", "Nr. 88/2025", date(2026, 5, 4)),
    ],
)
def test_label_with_number_and_date_items(label: str, number: str | None, issued: date) -> None:
    result = _parse(f"Zweckverband Abwasser Oberland\n{label}\n\n{_HEADLINE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.release_number == number
    assert meta.issued == issued


@pytest.mark.parametrize(
    "label",
    [
        "Presseinformation Nr. 5/2026 – Sperrfrist: 02.06.2026, 11:00 Uhr",
        "Pressemitteilung | Sperrfrist: 02.06.2026, 11:00 Uhr",
    ],
)
@pytest.mark.parametrize("sender", ["Jobcenter Kreis Marbach", "Statistisches Landesamt Nordmark"])
def test_an_embargo_on_the_label_line_is_the_embargo_never_the_subtitle(label: str, sender: str) -> None:
    result = _parse(f"{sender}\n{label}\n\n{_HEADLINE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.subtitle is None
    assert meta.embargo == datetime(2026, 6, 2, 11, 0)
    assert meta.embargo_lines == ("Sperrfrist: 02.06.2026, 11:00 Uhr",)


@pytest.mark.parametrize("sender", ["Feuerwehr Nordheim\nLöschzug Mitte", "Rettungsdienst Kreis Tann"])
def test_pressebericht_is_a_label(sender: str) -> None:
    result = _parse(f"{sender}\n\nPressebericht\n\n05.12.2025, 10:15 Uhr\n\n{_HEADLINE}\n\n{_BODY}")
    meta = result.release.meta
    assert meta.kicker == "Pressebericht"
    assert meta.organisation is not None and "Pressebericht" not in meta.organisation


# ------------------------------------------------------------- Dachzeile and ticker markers


@pytest.mark.parametrize(
    ("sender", "roof"),
    [("Gesundheitsamt Kreis Lindtal", "Hitzeschutz"), ("Kunsthalle am Wehr", "Ausstellungsreihe")],
)
def test_one_word_topic_line_over_the_headline_is_the_dachzeile(sender: str, roof: str) -> None:
    result = _parse(f"{sender}\n\nPressemitteilung\nDatum: 10.03.2026\n\n{roof}\n{_HEADLINE}\n{_SUBTITLE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.subtitle is not None and inline_text(meta.subtitle) == _SUBTITLE
    assert meta.kicker == f"Pressemitteilung – {roof}"
    assert meta.issued == date(2026, 3, 10)


def test_one_word_line_over_a_blank_line_is_no_dachzeile() -> None:
    result = _parse(f"Pressemitteilung\n\nHitzeschutz\n\n{_BODY}")
    assert inline_text(result.release.meta.title) == "Hitzeschutz"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("+++ Unwetterwarnung für das Neubaugebiet Ost +++", "Unwetterwarnung für das Neubaugebiet Ost"),
        ("+++Vollsperrung der Talbrücke ab Freitag+++", "Vollsperrung der Talbrücke ab Freitag"),
    ],
)
def test_ticker_markers_are_not_part_of_the_headline(line: str, title: str) -> None:
    result = _parse(f"{line}\n\n{_BODY}")
    assert inline_text(result.release.meta.title) == title
    assert not _lost(result)


@pytest.mark.parametrize("kicker", ["Medieninformation", "Medienmitteilung"])
@pytest.mark.parametrize("body", [["Der Verein stellt den neuen Trainer vor."], ["Die Klinik öffnet eine neue Station."]])
def test_a_media_label_is_never_taken_for_the_easy_sender(kicker: str, body: list[str]) -> None:
    # The label names the kind of document, not who wrote it ("Die Medieninformation hat die
    # Nachricht geschrieben" would be a wrong sentence).
    from pressconv.transforms.easy.sender import find_sender

    sender = find_sender(None, kicker, body)
    assert sender is None or "Medien" not in sender.name


def test_a_label_that_names_its_issuer_leaves_the_line_above_the_headline() -> None:
    # A party's and a club's releases print headline, then "Pressemitteilung zu …, date, sender".
    for headline, label in (
        (
            "Die Kosten der Kleinbetriebe",
            "Pressemitteilung zu den Landtagswahlen 2022, 17.03.2022, Die Beispielpartei Kreisverband Musterstadt",
        ),
        ("Der Sieg der Jugend", "Pressemitteilung zum Saisonende, 02.05.2025, Turnverein Beispielheim"),
    ):
        release = _parse(f"{headline}\n\n{label}\n\nDer Text beginnt hier mit einem Satz.\n").release
        assert inline_text(release.meta.title) == headline, release.meta
