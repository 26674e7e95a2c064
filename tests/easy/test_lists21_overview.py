"""Body overview lists said as Leichte-Sprache lists, whole or counted with examples (lists21).

Invented releases of several kinds of sender: a transport company's timetable changes, a police
force's check results, a chamber's survey results, a library's new rules, an adult-education
centre's lecture series (a programme list, said by programme.py) and a contact block with a list.
"""

from __future__ import annotations

import pytest

from pressconv.api import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.sourcelists import overview, safe_heads


def _summary(text: str) -> str:
    release = parse(text.encode("utf-8"), path="invented.txt").release
    body = summary_text(summarise(release).release).split("## Worum geht es?")[1].split("## ")[0]
    return body.replace("·", "")


_BUS = """Stadtwerke Kellbach – Verkehrsbetrieb

Neuer Fahrplan ab 4. Mai: Buslinien fahren öfter

Kellbach, 20. April 2026 – Der Verkehrsbetrieb der Stadtwerke Kellbach stellt am 4. Mai 2026 um.

Die Änderungen auf einen Blick:
- Die Linie 3 fährt jetzt bis zum Freibad.
- Die Linie 8 fährt alle 15 Minuten.
- Der Nachtbus N4 fährt auch am Sonntag.

Die neuen Fahrpläne gibt es im Kundenbüro am Marktplatz.

Pressekontakt:
Jana Beller
Telefon 07123 4567-10
presse@stadtwerke-kellbach.de
"""

_POLICE = """Polizeidirektion Hohenfels

Kontrollwoche an Schulen – viele Verstöße

Hohenfels, 12. März 2026 – Die Polizei hat vor zehn Grundschulen im Landkreis Hohenfels kontrolliert.

Die Bilanz im Überblick:
- 31 Autofahrer fuhren zu schnell, der schnellste Fahrer hatte 52 km/h bei erlaubten 30 km/h
- 14 Kinder waren nicht richtig angeschnallt
- 6 Fahrer telefonierten während der Fahrt mit dem Handy
- 3 Anzeigen wurden wegen des Parkens auf dem Gehweg vor dem Eingangsbereich der Schule geschrieben
- 2 Fahrzeuge mit abgefahrenen Reifen, davon 1 Kleinbus

Die Polizei will die Kontrollen im April wiederholen.

Pressestelle der Polizeidirektion Hohenfels
Telefon 07361 580-1012
"""

_LIBRARY = """Stadtbibliothek Almbach

Neue Regeln in der Stadtbibliothek

Almbach, 3. Februar 2026 – Die Stadtbibliothek Almbach ändert ab März ihre Benutzungsordnung.

Die wichtigsten Neuerungen im Überblick:
- Der Ausweis für Kinder kostet nichts mehr.
- Bücher können Sie jetzt 4 Wochen lang ausleihen.
- Die Bibliothek hat am Samstag bis 16 Uhr geöffnet.
- Verspätete Medien werden mit einer Gebühr von einem Euro pro Tag belegt, die an der Theke bezahlt wird.
- Die Rückgabe ist auch am Automaten vor dem Eingang möglich.

Kontakt:
Birgit Sonnleitner
Telefon 08641 2233-0
"""


def test_whole_list_stands_with_its_count() -> None:
    # Every item passes: the list stands whole, its count true of the lines below it.
    summary = _summary(_BUS)
    assert "Es gibt drei Änderungen:" in summary
    for item in ("Die Linie 3 fährt jetzt bis zum Freibad.", "Die Linie 8 fährt alle 15 Minuten.", "Nachtbus N4"):
        assert item in summary
    assert "Zum Beispiel" not in summary


def test_partial_list_says_its_count_and_examples() -> None:
    # Some items fail (hard word, passive with genitive): the intro says how many there are and
    # that the lines shown are examples, never a part as the whole.
    summary = _summary(_POLICE)
    assert "Es gibt eine Bilanz mit fünf Punkten." in summary
    assert "Zum Beispiel:" in summary
    assert "31 Autofahrer sind zu schnell gefahren." in summary  # cut before its own second clause
    assert "52 Kilometer" not in summary
    # "angeschnallt" is an everyday word (session 29: native words from Zipf 3.1), so its item stays.
    assert "14 Kinder waren nicht richtig angeschnallt" in summary
    assert "Anzeigen" not in summary  # refused: passive, genitive, too long
    assert summary.index("Zum Beispiel:") == summary.index("Es gibt eine Bilanz") + len(
        "Es gibt eine Bilanz mit fünf Punkten.\n"
    )


def test_survey_kind_sender_partial_list() -> None:
    # A library's new rules: the long passive item with a relative clause is refused, the rest kept.
    summary = _summary(_LIBRARY)
    assert "Es gibt fünf wichtige Neuerungen." in summary
    assert "Zum Beispiel:" in summary
    assert "Gebühr" not in summary
    assert "Der Ausweis für Kinder kostet nichts mehr." in summary


_LECTURES = """Volkshochschule Brenntal

Vortragsreihe zur Stadtgeschichte

Brenntal, 2. März 2026 – Die Volkshochschule Brenntal lädt zu einer Vortragsreihe ein. Der Eintritt ist frei.

Die Termine im Überblick:
- Donnerstag, 9. April 2026, 19 Uhr: Die Stadt im Mittelalter
- Donnerstag, 16. April 2026, 19 Uhr: Handwerk und Zünfte
- Donnerstag, 23. April 2026, 19 Uhr: Die Stadt nach 1945

Alle Vorträge finden im Saal der Volkshochschule, Lindenweg 4, statt.

Kontakt:
Volkshochschule Brenntal
Telefon 06221 4455-0
"""


def test_programme_list_is_not_said_twice() -> None:
    # The dates of a series are programme.py's list; this module leaves them to it.
    summary = _summary(_LECTURES)
    assert summary.count("16. April") <= 1
    assert "Punkten" not in summary


_CONTACTS = """Industrie- und Handelskammer Wettrach

Umfrage: Betriebe suchen Fachkräfte

Wettrach, 5. Mai 2026 – Die Industrie- und Handelskammer Wettrach hat 400 Betriebe in der Region befragt.

Die Ergebnisse im Überblick:
- 120 Betriebe haben freie Stellen.
- 80 Betriebe suchen Auszubildende.

Pressekontakt:
Die Ansprechpartner im Überblick:
- Karl Mertens, Telefon 07741 900-12
- Olga Brandl, Telefon 07741 900-13
"""


def test_list_in_contact_block_is_not_said_and_body_list_is() -> None:
    summary = _summary(_CONTACTS)
    assert "Es gibt zwei Ergebnisse:" in summary
    assert "120 Betriebe haben freie Stellen." in summary
    assert "Ansprechpartner" not in summary
    assert "Mertens" not in summary


@pytest.mark.parametrize(
    ("intro", "phrase", "plural"),
    [
        ("Die Änderungen auf einen Blick:", "die Änderungen", True),
        ("Die wichtigsten Ergebnisse im Überblick:", "die wichtigsten Ergebnisse", True),
        ("Die Bilanz im Überblick:", "die Bilanz", False),
        ("Die Zahlen im Überblick (März 2026):", "die Zahlen", True),
        ("Weitere Hinweise:", "weitere Hinweise", True),
    ],
)
def test_overview_intro_read(intro: str, phrase: str, plural: bool) -> None:
    found = overview(intro)
    assert found is not None
    assert (found.phrase, found.plural) == (phrase, plural)


@pytest.mark.parametrize(
    "intro",
    ["Das Programm:", "Betroffen sind:", "Die Polizei rät:", "Öffnungszeiten:", "Im Einsatz waren:", "Bilanz:"],
)
def test_other_intros_are_not_overviews(intro: str) -> None:
    assert overview(intro) is None


@pytest.mark.parametrize(
    ("item", "heads"),
    [
        # A statement of its own after the comma: the noun phrase before it is whole.
        (
            "38 Verstöße bei erlaubten 50 km/h, Spitzenreiter war eine Fahrerin mit 94 km/h",
            ["38 Verstöße bei erlaubten 50 km/h"],
        ),
        ("5 Fahrzeuge mit Mängeln, davon 1 Lastwagen", ["5 Fahrzeuge mit Mängeln"]),
        ("31 Fahrer fuhren zu schnell, der schnellste hatte 52 km/h", ["31 Fahrer fuhren zu schnell"]),
        # The verb needs its zu-infinitive: never "Nur 12 Prozent planen".
        ("Nur 12 Prozent planen, neue Stellen zu schaffen, 31 Prozent rechnen mit Abbau", []),
        # An ellipsis sharing the verb, a relative clause, a restriction: no cut.
        ("29 Prozent bewerten ihre Lage als gut, 22 Prozent als schlecht", []),
        ("Die Gebühr beträgt 5 Euro, die vor Ort bezahlt werden", []),
        ("Besuche sind täglich möglich, sie müssen aber angemeldet werden", []),
        ("Linie 4: Takt alle 10 Minuten", []),
    ],
)
def test_item_cut_only_where_the_rest_stays_whole(item: str, heads: list[str]) -> None:
    assert safe_heads(item) == heads


_CLUB = """Sportkreis Ellertal

Mitgliederzahlen 2025: Vereine wachsen wieder

Ellertal, 15. Januar 2026 – Die Sportvereine im Kreis Ellertal haben im Jahr 2025 mehr Mitglieder gewonnen.

## Die Zahlen im Überblick

- 214 Vereine sind im Sportkreis.
- 9.400 Kinder spielen Fußball.

Kontakt:
Sportkreis Ellertal
Telefon 07551 3344-0
"""

_RESCUE = """Wasserwacht Kreisverband Tannried

Jahresbilanz: Die Wasserwacht war so oft im Einsatz wie nie

Tannried, 8. Januar 2026 – Die Wasserwacht im Kreis Tannried hat im Jahr 2025 so viele Einsätze gehabt wie noch nie.

Die Einsätze im Überblick:
- 96 Rettungseinsätze an Badeseen
- 41 Sucheinsätze, davon 12 in der Nacht
- 230 Sanitätsdienste bei Festen, die von den Veranstaltern bezahlt wurden

Kontakt:
Telefon 08803 4412-0
"""


def test_subheading_is_the_intro() -> None:
    # A subheading over the list introduces it as a line ending with a colon would.
    summary = _summary(_CLUB)
    assert "Es gibt zwei Zahlen:" in summary
    assert "214 Vereine sind im Sportkreis." in summary


def test_lines_that_count_the_intros_things_are_points() -> None:
    # "96 Rettungseinsätze" under "Die Einsätze im Überblick:": "Es gibt drei Einsätze" would be false.
    summary = _summary(_RESCUE)
    assert "drei Einsätze" not in summary
    assert "Zu den Einsätzen gibt es drei Punkte." in summary
    assert "Zum Beispiel:" in summary
    assert "Sanitätsdienste" not in summary  # refused: a relative clause in the passive


@pytest.mark.parametrize(
    ("styled", "split"),
    [
        ("Schrift·führer: Peter Schaum·löffel", True),  # a club's election results
        ("Leiterin der Filiale: Anna Kessel·baum", True),  # a company's new appointments
        ("Geschäfts·führer: Jonas Weber", False),
        ("Die Linie 8 fährt alle 15 Minuten.", False),
    ],
)
def test_family_name_split_like_a_compound(styled: str, split: bool) -> None:
    from pressconv.transforms.easy.sourcelists import split_name

    assert split_name(styled) is split


_OFFICE = """Landratsamt Wiesenfeld – Bürgerbüro

Bürgerbüro mit neuen Regeln

Wiesenfeld, 2. Juni 2026 – Das Bürgerbüro des Landratsamts Wiesenfeld ändert ab Juli seinen Ablauf.

Die Neuerungen im Überblick:
- Das Bürgerbüro hat am Donnerstag bis 18 Uhr geöffnet.
- Anträge auf Führerscheine werden nur noch nach vorheriger Terminvereinbarung über das Online-Portal angenommen.
- Die Gebühren werden in Zukunft ausschließlich bargeldlos erhoben, wobei Kartenzahlung an allen Schaltern möglich ist.

Kontakt:
Telefon 09321 880-0
"""


def test_one_item_left_is_no_list_and_not_said_alone() -> None:
    # Alone, "Das Bürgerbüro hat am Donnerstag bis 18 Uhr geöffnet." would read as now, not as news.
    summary = _summary(_OFFICE)
    assert "18 Uhr" not in summary
    assert "Zum Beispiel" not in summary
    assert "Neuerungen" not in summary
    assert "Führerscheine" not in summary


@pytest.mark.parametrize(
    "item",
    [
        "Die Gebühren werden bargeldlos erhoben, wobei Kartenzahlung möglich ist",
        "Die Halle bleibt geschlossen, sodass das Training ausfällt",
    ],
)
def test_no_cut_before_a_subordinate_clause(item: str) -> None:
    assert safe_heads(item) == []


_POOL = """Bäderbetriebe Lohmar

Freibad öffnet am 16. Mai

Lohmar, 4. Mai 2026 – Das Freibad Lohmar öffnet am Samstag, 16. Mai 2026, wieder seine Tore.

Bitte beachten Sie:
- Das Freibad hat jeden Tag von 9 bis 20 Uhr geöffnet.
- Kinder unter 10 Jahren dürfen nur mit Erwachsenen schwimmen.

Kontakt:
Telefon 02246 1500-0
"""


def test_notice_frame_is_said_as_notes() -> None:
    # "Bitte beachten Sie:" over the points a visitor should know, a pool's opening notice.
    summary = _summary(_POOL)
    assert "Es gibt zwei Hinweise:" in summary
    assert "Kinder unter 10 Jahren dürfen nur mit Erwachsenen schwimmen." in summary
