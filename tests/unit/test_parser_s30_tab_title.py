"""A page's title as the browser tab shows it ("Presse | Universität X") is the sender, never the headline.

Invented pages of a university and a city: the HTML <title> convention puts the page's section first
and the site's name last; a copy from the top of the page keeps that line above the headline.
"""

from __future__ import annotations

import pytest

from pressconv.api import parse
from pressconv.model import inline_text
from pressconv.parser.pagedump import breadcrumb_after_name


@pytest.mark.parametrize(
    ("line", "sender"),
    [
        ("Presse | Universität Nordheim", "Universität Nordheim"),
        ("Aktuelles | Stadt Talheim", "Stadt Talheim"),
    ],
)
def test_a_tab_title_above_the_headline_is_the_sender(line: str, sender: str) -> None:
    text = (
        f"{line}\n\n02.09.2027\n\nNeue Brücke am Mühlbach eröffnet\n\n"
        "Talheim, 3. Mai 2027. Die Stadt hat die neue Brücke am Mühlbach eröffnet.\n"
    )
    result = parse(text.encode())
    assert inline_text(result.release.meta.title) == "Neue Brücke am Mühlbach eröffnet"
    assert result.release.meta.organisation == sender
    # Nothing lost: the section's name is listed as removed, with its reason.
    assert any(line.split(" | ")[0] in item.text for item in result.removed)


def test_the_tab_title_split_and_what_stays_a_label() -> None:
    assert breadcrumb_after_name("Presse | Universität Nordheim") == ("Universität Nordheim", "Presse |")
    # A headline with the site's section is no tab title of a sender (no institution's name last).
    assert breadcrumb_after_name("Presse | Neue Brücke eröffnet") is None
    # "Pressemitteilung | Stadt X" stays the kicker and the sender, as before.
    text = "Pressemitteilung | Stadt Talheim\n\nNeue Brücke eröffnet\n\nTalheim, 3. Mai 2027. Die Stadt hat sie eröffnet.\n"
    meta = parse(text.encode()).release.meta
    assert meta.kicker == "Pressemitteilung" and meta.organisation == "Stadt Talheim"


@pytest.mark.parametrize(
    ("roof", "headline", "subtitle"),
    [
        (
            "Umzug ins neue Rathaus",
            "Bürgerbüro zieht an den Marktplatz",
            "Vom 12. bis 17. März geschlossen – Termine ab sofort online buchbar",
        ),
        (
            "Nachwuchs im Tierpark",
            "Elefantenkalb erstmals für Besucher zu sehen",
            "Seltenes Jungtier in Nordheim – Tierpark sucht einen Namen",
        ),
    ],
)
def test_a_dachzeile_phrase_over_headline_and_subtitle_is_the_kicker(roof: str, headline: str, subtitle: str) -> None:
    # Dachzeile, Schlagzeile, Unterzeile: three head lines in one block, the first names the topic.
    text = (
        f"{roof}\n{headline}\n{subtitle}\n\nNordheim, 2. März 2027. Die Stadt Nordheim informiert heute über "
        "eine Änderung, die ab dem kommenden Monat für alle Besucherinnen und Besucher gilt. Weitere Auskünfte "
        "gibt es am Telefon.\n"
    )
    meta = parse(text.encode()).release.meta
    assert inline_text(meta.title) == headline
    assert meta.kicker == roof
    assert meta.subtitle is not None and inline_text(meta.subtitle) == subtitle
    assert meta.issued is not None and meta.issued.year == 2027


def test_a_headline_and_subtitle_block_without_a_roof_stays_as_it_is() -> None:
    # The first line is no short topic phrase: it is the headline, with two lines of subtitle-like text.
    text = (
        "Neue Brücke über den Mühlbach wird am Montag eröffnet\nStadt lädt zum Fest ein\nMit Musik\n\n"
        "Nordheim, 2. März 2027. Die Stadt eröffnet die Brücke.\n"
    )
    meta = parse(text.encode()).release.meta
    assert inline_text(meta.title).startswith("Neue Brücke über den Mühlbach")


@pytest.mark.parametrize("first", ["Rathaus bleibt geschlossen", "Polizei sucht Zeugen", "Schwimmbad öffnet nicht"])
def test_a_headline_with_a_verb_over_two_lines_is_no_dachzeile(first: str) -> None:
    # A Dachzeile is a noun phrase; a line with a verb is the headline itself (review of session 30).
    text = (
        f"{first}\nStromausfall legt die Verwaltung am Montag lahm\nBürgerbüro und Standesamt betroffen\n\n"
        "Talheim, 4. Mai 2026. Wegen eines Stromausfalls bleibt das Rathaus Talheim am Montag geschlossen. "
        "Termine werden verschoben, die Stadt meldet sich bei allen Betroffenen.\n"
    )
    meta = parse(text.encode()).release.meta
    assert inline_text(meta.title) == first and meta.kicker != first
