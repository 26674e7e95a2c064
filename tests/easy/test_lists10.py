"""Enumerations as Leichte-Sprache lists (lists.py): an intro line and one item a line, whole or not at all."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pikepdf
import pytest

from pressconv.api import make_context
from pressconv.checks.pdf_structure import check_pdf_structure
from pressconv.model import BulletList, Paragraph, inline_text
from pressconv.registry import get_writer
from pressconv.transforms import SUMMARY, run
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.lists import enumeration
from tests.fixtures.releases import german_release
from tests.validators import tools

# Invented releases of different kinds of sender: a municipal pool, a state funding programme, a
# health office's vaccination day, a youth club's summer party.
_POOL = (
    "Hallenbad Lindhof öffnet wieder",
    "Die Gemeinde Lindhof öffnet ihr Hallenbad nach dem Umbau am Montag, 4. März 2024, wieder.",
    "Das Bad hat neue Umkleiden und ein neues Becken bekommen.",
    "Ermäßigungen gelten für Schülerinnen und Schüler, Auszubildende, Studierende und Menschen mit Behinderung.",
    "Im Erdgeschoss gibt es einen Ruheraum, eine Sauna, ein Café und 80 Schließfächer.",
)
_CLUB = (
    "Sommerfest im Jugendhaus Brenning",
    "Das Jugendhaus Brenning feiert am Samstag, 16. März 2024, sein Sommerfest.",
    "Das Fest beginnt um 14 Uhr im Garten des Hauses.",
    "Auf dem Fest gibt es einen Flohmarkt, Spiele für Kinder, Kuchen und Musik.",
    "Der Eintritt ist frei.",
)


def _easy(title: str, *paragraphs: str, organisation: str) -> tuple[list[str], list[list[str]]]:
    """The summary's paragraphs and the items of each of its bullet lists, Mediopunkt removed."""
    release = summarise(german_release(title, *paragraphs, organisation=organisation)).release
    lines = [inline_text(b.children).replace("·", "") for b in release.body if isinstance(b, Paragraph)]
    lists = [
        [inline_text(item.children).replace("·", "") for item in block.items]
        for block in release.body
        if isinstance(block, BulletList)
    ]
    return lines, lists


@pytest.mark.parametrize(
    ("paragraphs", "organisation", "intro", "items"),
    [
        (
            _POOL,
            "Gemeinde Lindhof",
            "Ermäßigungen gelten für:",
            ["Schülerinnen und Schüler", "Auszubildende", "Studierende", "Menschen mit Behinderung"],
        ),
        (
            _POOL,
            "Gemeinde Lindhof",
            "Im Erdgeschoss gibt es:",
            ["einen Ruheraum", "eine Sauna", "ein Café", "80 Schließfächer"],
        ),
        (_CLUB, "Jugendhaus Brenning", "Auf dem Fest gibt es:", ["einen Flohmarkt", "Spiele für Kinder", "Kuchen", "Musik"]),
    ],
)
def test_an_enumeration_becomes_an_intro_and_a_bullet_list(
    paragraphs: tuple[str, ...], organisation: str, intro: str, items: list[str]
) -> None:
    lines, lists = _easy(*paragraphs, organisation=organisation)
    assert intro in lines
    # The whole list, every item as the release wrote it and in its case, in the source's order.
    assert items in lists
    # The plain-text form the judges read: the intro, then one item a line.
    text = summary_text(summarise(german_release(*paragraphs, organisation=organisation)).release).replace("·", "")
    assert "\n".join([intro, *(f"- {item}" for item in items)]) in text


@pytest.mark.parametrize(
    ("sentence", "intro", "items"),
    [
        # A state ministry's funding programme: the subject list after the copula.
        (
            "Antragsberechtigt sind Kommunen, Zweckverbände, gemeinnützige Vereine und Kirchengemeinden.",
            "Antragsberechtigt sind:",
            ("Kommunen", "Zweckverbände", "gemeinnützige Vereine", "Kirchengemeinden"),
        ),
        # A health office: the verb part closing the clause moves into the intro.
        (
            "Zur Impfung sind der Ausweis, die Versichertenkarte und der Impfpass mitzubringen.",
            "Zur Impfung sind mitzubringen:",
            ("der Ausweis", "die Versichertenkarte", "der Impfpass"),
        ),
        # A club's dative object stays in the intro; the accusative items are the list.
        (
            "Der Verein schenkt jedem Kind einen Ball, ein Buch und eine Mütze.",
            "Der Verein schenkt jedem Kind:",
            ("einen Ball", "ein Buch", "eine Mütze"),
        ),
        # A restriction before the list ("nur") stays in the intro, where it covers every item.
        (
            "Zugelassen sind nur Kinder, Jugendliche und Senioren.",
            "Zugelassen sind nur:",
            ("Kinder", "Jugendliche", "Senioren"),
        ),
        # A list of prepositional phrases: the preposition belongs to each item.
        (
            "Karten gibt es an der Abendkasse, bei der Touristinformation sowie im Rathaus.",
            "Karten gibt es:",
            ("an der Abendkasse", "bei der Touristinformation", "im Rathaus"),
        ),
        # A genitive or a prepositional attribute inside the list stays with its item.
        (
            "Gefördert werden Bänke, die Sanierung der Turnhalle, der Bau von Wegen, Spielplätze und Bäume.",
            "Gefördert werden:",
            ("Bänke", "die Sanierung der Turnhalle", "der Bau von Wegen", "Spielplätze", "Bäume"),
        ),
        # A dative preposition inside the first item cannot hold items that are not dative (a park
        # authority's rules): "laute Musik" and "Hunde" are no complements of "von".
        (
            "Nicht erlaubt sind das Grillen von Fleisch, laute Musik und Hunde ohne Leine.",
            "Nicht erlaubt sind:",
            ("das Grillen von Fleisch", "laute Musik", "Hunde ohne Leine"),
        ),
        # A function verb's "zur Verfügung" after the list goes with the verb into the intro.
        (
            "Im Wohnheim stehen eine Küche, zwei Bäder und ein Garten zur Verfügung.",
            "Im Wohnheim stehen zur Verfügung:",
            ("eine Küche", "zwei Bäder", "ein Garten"),
        ),
        # A list of people: a role and a name each.
        (
            "Es sprechen Schulleiterin Eva Roth, Landrat Otto Kurz und Pfarrer Paul Lang.",
            "Es sprechen:",
            ("Schulleiterin Eva Roth", "Landrat Otto Kurz", "Pfarrer Paul Lang"),
        ),
    ],
)
def test_the_clause_is_kept_and_the_items_as_written(sentence: str, intro: str, items: tuple[str, ...]) -> None:
    found = enumeration(sentence)
    assert found is not None
    assert (found.intro, found.items) == (intro, items)


@pytest.mark.parametrize(
    "sentence",
    [
        # "oder": one of them, not all of them (the rescuer refuses; see test_an_oder_list_is_refused).
        # A list inside a subordinate clause.
        "Wer Fieber, Husten und Schnupfen hat, soll zuerst in der Praxis anrufen.",
        "Da die Halle, das Bad und die Bücherei geschlossen sind, fallen die Kurse aus.",
        # A list before the finite verb (the subject list) has no clause to introduce it.
        "Die Stadt, der Kreis und das Land zahlen die Kosten.",
        # An item with a clause of its own (a relative clause; a finite verb).
        "Das Amt sucht Ärzte, die Kinder impfen, Pflegekräfte und Helfer.",
        "Die Stadt baut eine Schule, saniert die Halle und pflanzt Bäume.",
        # A negation of the first item covers the whole list in the sentence, not in a list.
        "Im Park gibt es keine Toiletten, Bänke und Tische.",
        # An ambiguous last "und" and two lists in a row.
        "Es gibt Brot, Kaffee und Kuchen und Saft.",
        "Der Verein bittet Eltern, Lehrer und Kinder, Kuchen, Salate und Getränke mitzubringen.",
        # Two items are a pair, not a list.
        "Im Haus gibt es eine Küche und ein Bad.",
        # The list may sit inside the first item or the last "und" inside the item before it
        # (scope of coordination), or a determiner may govern every item.
        "Gefördert werden die Sanierung der Turnhalle, der Bau eines Weges und neue Bänke.",
        "Mitgemacht haben Fachleute aus der Verwaltung, Wissenschaft und Wirtschaft.",
        "Es fahren die Busse der Linien 4, 7 und 12.",
        "Geleitet wird das Haus von Ärztin Eva Roth, Fachärztin für Kinder und Jugendliche.",
        "In der Woche haben die meisten Kurse, Treffen und Beratungen stattgefunden.",
        "Die Stadt baut neue Schulen, Kitas und Sporthallen.",
        "Im Land planen die Städte Altdorf, Neudorf, Oberdorf und Unterdorf ähnliche Feste.",
        # A prepositional list where only some items have the preposition.
        "Informiert wird über die Zeitung, das Radio und über Aushänge.",
        # A place after the last item may be its own or every item's ("… und ein Bad im Keller").
        "Im Haus gibt es einen Raum, eine Küche und ein Bad im Keller.",
        # A dative preposition in the first item may hold bare singular items in the dative.
        "Es kommen Fachleute aus der Verwaltung, Wissenschaft und Wirtschaft.",
        # Negation, adverbs and adverbials after the last item are said of every item (review):
        # on the last line alone they would make the other lines false.
        "Im Stadtpark sind Hunde, Fahrräder, Roller und Grills ab sofort nicht mehr erlaubt.",
        "Die Stadt fördert die Chöre, die Orchester und die Theatergruppen mit 5.000 Euro.",
        "Die Gemeinde saniert die Schule, die Halle und den Sportplatz bis Ende 2027.",
        "Der Verein hat die Hütte, den Steg und das Bootshaus kaum genutzt.",
    ],
)
def test_refusals(sentence: str) -> None:
    assert enumeration(sentence) is None


def test_an_oder_list_is_refused() -> None:
    # "Sie brauchen den Ausweis, den Pass oder den Führerschein": one of them. A list under "Sie
    # brauchen:" would say all three are needed (a wrong statement): no list, no sentence.
    release = german_release(
        "Neue Ausweise im Bürgeramt Tannbach",
        "Das Bürgeramt Tannbach gibt ab Montag, 4. März 2024, neue Parkausweise aus.",
        "Für den Antrag brauchen Sie den Personalausweis, den Reisepass oder den Führerschein.",
        organisation="Stadt Tannbach",
    )
    assert enumeration("Für den Antrag brauchen Sie den Personalausweis, den Reisepass oder den Führerschein.") is not None
    text = summary_text(summarise(release).release)
    assert "Führer" not in text and "- den" not in text


def test_a_list_is_kept_whole_or_not_at_all() -> None:
    # One item breaks a rule (an abbreviation no lexicon explains): the list is not printed without
    # it, since the rest would read as the whole list.
    paragraphs = (*_CLUB[:3], "Auf dem Fest gibt es einen Flohmarkt, Spiele für Kinder, Kuchen und ein Konzert der XQZ.")
    lines, lists = _easy(*paragraphs, organisation="Jugendhaus Brenning")
    assert not lists
    assert not any(line.startswith("Auf dem Fest gibt es") for line in lines)


def test_speech_is_never_made_a_list() -> None:
    paragraphs = (
        *_CLUB[:3],
        "„Auf dem Fest gibt es Spiele für Kinder, einen Flohmarkt, Kuchen und Musik“, sagt die Leiterin Eva Rot.",
    )
    _, lists = _easy(*paragraphs, organisation="Jugendhaus Brenning")
    assert not lists


def _rendered(fmt: str) -> bytes:
    """The pool release's summary through a real writer, as ``--easy --to FMT`` renders it."""
    release = german_release(*_POOL, organisation="Gemeinde Lindhof")
    easy = run(release, SUMMARY)
    return get_writer(fmt).render(easy, make_context(easy, stem="lindhof"))


def test_writers_render_the_list_as_a_list() -> None:
    # A real list in every format: HTML <ul>/<li> (WCAG 1.3.1, info and relationships), the PDF's
    # structure tree L/LI (PDF/UA-1, 7.6), which our structure checks read.
    html = _rendered("easy").decode("utf-8")
    dot = r"(?:<span aria-hidden=\"true\">·</span>|·)"  # the easy writer hides the Mediopunkt from screen readers
    assert re.search(rf"<p>Im Erdgeschoss gibt es:</p>\s*<ul>\s*<li>einen Ruhe{dot}raum</li>\s*<li>eine Sauna</li>", html)
    pdf = _rendered("pdf")
    assert check_pdf_structure(pdf) == []
    # Two lists of four items: two L elements with four LI each in the structure tree.
    assert _structure_roles(pdf).count("/L") == 2
    assert _structure_roles(pdf).count("/LI") == 8


def _structure_roles(pdf: bytes) -> list[str]:
    """The roles of the PDF's structure elements in reading order (/Document, /P, /L, /LI …)."""
    roles: list[str] = []

    def walk(node: pikepdf.Object) -> None:
        if "/S" in node:
            roles.append(str(node.S))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            if isinstance(kid, pikepdf.Dictionary):
                walk(kid)

    with pikepdf.open(io.BytesIO(pdf)) as document:
        walk(document.Root.StructTreeRoot)
    return roles


@pytest.mark.validator
def test_the_easy_html_list_passes_vnu(tmp_path: Path) -> None:
    page = tmp_path / "lindhof.leicht.html"
    page.write_bytes(_rendered("easy"))
    messages = tools.vnu_messages([page])
    assert all(found == [] for found in messages.values()), messages


@pytest.mark.validator
def test_the_easy_html_list_passes_axe(tmp_path: Path, browser: tools.Browser) -> None:
    page = tmp_path / "lindhof.leicht.html"
    page.write_bytes(_rendered("easy"))
    for width in (1280, 320):
        violations = browser.axe(page, viewport_width=width, color_scheme="light")
        assert violations == [], [(v["id"], v["help"]) for v in violations]
