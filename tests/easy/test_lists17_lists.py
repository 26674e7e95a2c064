"""Tips as infinitives, opening hours, moved dates and fee lines read into the summary (lists17).

Invented releases of several kinds of sender: a county's storm warning, a health office's heat tips,
a police force's burglary tips, a citizens' office and a swimming pool with opening hours, a waste
authority and a clinic moving dates, a choir's concert and an adult-education course with fees.
"""

from __future__ import annotations

import itertools

import pytest

from pressconv.api import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.instructions import imperatives, infinitive_advice
from pressconv.transforms.easy.looks import looks
from pressconv.transforms.easy.schedules import fee_lines, schedules
from pressconv.transforms.easy.source import sentences
from pressconv.transforms.easy.winners import winners


def _summary(text: str) -> str:
    release = parse(text.encode("utf-8"), path="invented.txt").release
    body = summary_text(summarise(release).release).split("## Worum geht es?")[1].split("## ")[0]
    return body.replace("·", "")


def _sentences(text: str):  # type: ignore[no-untyped-def]
    return sentences(parse(text.encode("utf-8"), path="invented.txt").release)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "Fenster und Türen geschlossen halten, Rollläden herunterlassen.",
            ["Halten Sie Fenster und Türen geschlossen.", "Lassen Sie Rollläden herunter."],
        ),
        ("Keller und Tiefgaragen meiden.", ["Meiden Sie Keller und Tiefgaragen."]),
        ("Viel Wasser trinken und die Mittagshitze meiden.", ["Trinken Sie viel Wasser.", "Meiden Sie die Mittagshitze."]),
        ("Fahrzeuge nicht unter Bäumen abstellen.", ["Stellen Sie Fahrzeuge nicht unter Bäumen ab."]),
        ("Auf unnötige Fahrten verzichten.", ["Verzichten Sie auf unnötige Fahrten."]),
        ("Beim Verlassen der Wohnung die Tür abschließen.", ["Schließen Sie beim Verlassen der Wohnung die Tür ab."]),
    ],
)
def test_infinitive_tip_becomes_sie_imperative(item: str, expected: list[str]) -> None:
    assert imperatives(item) == expected


@pytest.mark.parametrize(
    "item",
    [
        "Gartenmöbel sichern oder ins Haus holen.",  # an alternative: one of them, not both
        "Die Feuerwehr ist informiert.",  # no instruction
        "Kinder nie allein im Auto lassen, wenn die Sonne scheint.",  # a condition after the verb
    ],
)
def test_item_that_cannot_be_turned_whole_is_refused(item: str) -> None:
    assert imperatives(item) == []


_STORM = """Sturmwarnung für den Landkreis Weidenau

Weidenau, 3. Februar 2027 – Der Wetterdienst warnt für Sonntag vor schweren Sturmböen.

Der Landkreis empfiehlt folgende Maßnahmen:

* Fenster und Türen geschlossen halten.
* Fahrzeuge nicht unter Bäumen abstellen.
* Wälder und Parks meiden.
"""

_HEAT = """Hitzewelle: Gesundheitsamt gibt Tipps

Talheim, 10. Juli 2027 – Das Gesundheitsamt Talheim rechnet ab Montag mit Temperaturen über 35 Grad.

Tipps des Gesundheitsamtes:

* Viel Wasser trinken.
* Die Mittagshitze meiden.
"""

_PROGRAMME = """Sommerfest im Jugendhaus

Lindhof, 2. Juni 2027 – Das Jugendhaus Lindhof feiert am Samstag, 19. Juni 2027, sein Sommerfest.

Auf dem Programm stehen:

* Gemeinsam singen.
* Kuchen backen.
"""


def test_tips_of_a_warning_and_of_a_health_office_reach_the_summary() -> None:
    storm = _summary(_STORM)
    assert "Halten Sie Fenster und Türen geschlossen." in storm
    assert "Stellen Sie Fahrzeuge nicht unter Bäumen ab." in storm
    assert "Meiden Sie Wälder und Parks." in storm
    heat = [line for _, line in infinitive_advice(_sentences(_HEAT))]
    assert heat == ["Trinken Sie viel Wasser.", "Meiden Sie die Mittagshitze."]


def test_infinitives_of_a_programme_are_no_advice() -> None:
    assert infinitive_advice(_sentences(_PROGRAMME)) == []


_OFFICE = """Bürgeramt Lindenau ändert die Öffnungszeiten

Lindenau, 1. März 2027 – Das Bürgeramt Lindenau ändert ab April seine Öffnungszeiten.

Die neuen Öffnungszeiten im Überblick:

Montag und Dienstag: 8:00 bis 12:00 Uhr
Mittwoch: geschlossen
Donnerstag: 14:00 bis 18:00 Uhr
"""

_POOL = """Freibad Hainfeld startet in die Saison

Hainfeld, 10. Mai 2027 – Das Freibad Hainfeld öffnet am Samstag, 15. Mai 2027.

Für Schwimmerinnen und Schwimmer gelten diese Zeiten:

Montag bis Freitag: 6:30 bis 20:00 Uhr
Samstag und Sonntag: 9:00 bis 19:00 Uhr
"""


def test_opening_hours_of_an_office_and_a_pool_as_a_whole_list() -> None:
    office = schedules(_sentences(_OFFICE))
    assert office == [
        (
            "Die Öffnungszeiten sind:",
            ("Montag und Dienstag: 8:00 bis 12:00 Uhr", "Mittwoch: geschlossen", "Donnerstag: 14:00 bis 18:00 Uhr"),
        )
    ]
    pool = schedules(_sentences(_POOL))
    assert pool == [
        (
            "Die Zeiten sind:",  # the intro names no kind of times and no noun phrase before its colon
            ("Montag bis Freitag: 6:30 bis 20:00 Uhr", "Samstag und Sonntag: 9:00 bis 19:00 Uhr"),
        )
    ]
    summary = _summary(_OFFICE)
    assert "- Mittwoch: geschlossen" in summary and "- Donnerstag: 14:00 bis 18:00 Uhr" in summary


_WASTE = """Pfingsten: Abfuhr verschiebt sich

Kreis Auenstein, 10. Mai 2027 – Wegen Pfingstmontag verschieben sich die Abfuhrtermine.

Die neuen Termine:

Abfuhr von Pfingstmontag, 17. Mai → Dienstag, 18. Mai
Abfuhr von Dienstag, 18. Mai → Mittwoch, 19. Mai
Abfuhr von Mittwoch, 19. Mai → wird nachgeholt am Donnerstag, 20. Mai
"""

_CLINIC = """Klinik verlegt Sprechstunden

Bergen, 4. Januar 2027 – Die Klinik Bergen verlegt wegen eines Umbaus ihre Sprechstunden.

Sprechstunde von Montag, 11. Januar → Dienstag, 12. Januar
Sprechstunde von Freitag, 15. Januar → Samstag, 16. Januar
"""


def test_moved_dates_of_a_waste_authority_and_a_clinic() -> None:
    waste = schedules(_sentences(_WASTE))
    assert waste == [
        (
            "Diese Termine ändern sich:",
            (
                "Abfuhr von Pfingstmontag, 17. Mai: jetzt am Dienstag, 18. Mai",
                "Abfuhr von Dienstag, 18. Mai: jetzt am Mittwoch, 19. Mai",
                "Abfuhr von Mittwoch, 19. Mai: jetzt am Donnerstag, 20. Mai",
            ),
        )
    ]
    clinic = schedules(_sentences(_CLINIC))
    assert clinic[0][1] == (
        "Sprechstunde von Montag, 11. Januar: jetzt am Dienstag, 12. Januar",
        "Sprechstunde von Freitag, 15. Januar: jetzt am Samstag, 16. Januar",
    )


def test_a_moved_line_that_cannot_be_read_drops_the_whole_list() -> None:
    cut = _WASTE + "Abfuhr am Feiertag → siehe Abfallkalender\n"
    assert schedules(_sentences(cut)) == []


def test_many_moved_dates_say_their_count() -> None:
    days = [("Montag", 1), ("Dienstag", 2), ("Mittwoch", 3), ("Donnerstag", 4), ("Freitag", 5)]
    lines = "\n".join(
        f"Abfuhr von {day}, {n}. März → {nxt}, {n + 1}. März" for (day, n), (nxt, _) in itertools.pairwise(days)
    )
    lines += "\n" + "\n".join(
        f"Abfuhr von {day}, {n + 7}. März → {nxt}, {n + 8}. März" for (day, n), (nxt, _) in itertools.pairwise(days)
    )
    lines += "\nAbfuhr von Montag, 15. März → Dienstag, 16. März"
    text = "Abfuhr verschiebt sich\n\nOrt, 1. Februar 2027 – Die Abfuhr verschiebt sich.\n\n" + lines + "\n"
    found = schedules(_sentences(text))
    assert found[0][0] == "9 Termine ändern sich. Zum Beispiel:"
    assert len(found[0][1]) == 3


_CONCERT = """Frühjahrskonzert des Chors

Lindau, 1. April 2027 – Der Chor Lindau lädt zum Frühjahrskonzert ein.

Wann: Samstag, 24. April 2027, 19:00 Uhr
Wo: Stadthalle, Seestraße 2
Eintritt: 12 Euro, ermäßigt 8 Euro
"""

_COURSE = """Volkshochschule bietet Erste-Hilfe-Kurs an

Ebersheim, 5. März 2027 – Die Volkshochschule Ebersheim bietet einen Erste-Hilfe-Kurs an.

Kursgebühr: 25 Euro
"""


def test_labelled_fees_of_a_concert_and_a_course() -> None:
    assert [line for _, line in fee_lines(_sentences(_CONCERT))] == [
        "Der Eintritt kostet 12 Euro.",
        "Ermäßigt kostet der Eintritt 8 Euro.",
    ]
    assert [line for _, line in fee_lines(_sentences(_COURSE))] == ["Die Kursgebühr beträgt 25 Euro."]
    summary = _summary(_CONCERT)
    assert "Der Eintritt kostet 12 Euro." in summary
    assert "beginnt um 19" in summary  # the label line's time is no longer split off (parser, invitations.py)


def test_free_entry_and_an_amount_with_a_condition() -> None:
    free = _CONCERT.replace("12 Euro, ermäßigt 8 Euro", "frei")
    assert [line for _, line in fee_lines(_sentences(free))] == ["Der Eintritt ist frei."]
    # An amount with a condition of its own is not a plain price: left out.
    conditional = _CONCERT.replace("12 Euro, ermäßigt 8 Euro", "12 Euro pro Person ab 16 Jahren")
    assert fee_lines(_sentences(conditional)) == []


def test_hours_intro_keeps_whom_the_times_are_for() -> None:
    office = _OFFICE.replace(
        "Die neuen Öffnungszeiten im Überblick:", "Ab April gelten folgende Zeiten für Besucher ohne Termin:"
    )
    # The intro's start stays with the times (session 23: said without it they read as today's).
    assert schedules(_sentences(office))[0][0] == "Ab April gelten diese Zeiten für Besucher ohne Termin:"


_SPORTS = """Sportlerehrung der Stadt Kellbach

Kellbach, 20. Januar 2027 – Die Stadt Kellbach hat am Freitag ihre besten Sportlerinnen und Sportler geehrt.

Die Preisträgerinnen und Preisträger:

- Mannschaft des Jahres (500 Euro): der Ruderclub Kellbach, der den Landestitel gewann, sowie die Tischtennis-Jugend Ostend
- Sportlerin des Jahres: Marta Kowalski (19) aus Kellbach, die deutsche Meisterin im Judo wurde
"""

_SCHOOL = """Vorlesewettbewerb entschieden

Haldern, 3. März 2027 – Der Kreisentscheid im Vorlesewettbewerb ist entschieden.

Gewonnen haben:

- Klasse 6: Jonas Beck aus der Grundschule Haldern
- Klasse 7: Lina Yilmaz, die aus einem Jugendbuch las, und Paul Neumann aus Weiler
"""


def test_winners_of_a_sports_honour_and_a_reading_contest_as_a_whole_list() -> None:
    sports = winners(_sentences(_SPORTS))
    assert sports == ("Gewonnen haben:", ("der Ruderclub Kellbach", "die Tischtennis-Jugend Ostend", "Marta Kowalski"))
    # A name this plain reading cannot check (a genitive) refuses the list: never a cut list.
    assert winners(_sentences(_SPORTS.replace("Tischtennis-Jugend Ostend", "Handballfrauen des TSV Ostend"))) is None
    school = winners(_sentences(_SCHOOL.replace("Gewonnen haben:", "Die Siegerinnen und Sieger:")))
    assert school == ("Gewonnen haben:", ("Jonas Beck", "Lina Yilmaz", "Paul Neumann"))


def test_a_winner_line_that_cannot_be_read_drops_the_whole_list() -> None:
    broken = _SCHOOL.replace("Gewonnen haben:", "Die Sieger:") + "- Klasse 8: noch offen\n"
    assert winners(_sentences(broken)) is None


def test_tips_in_one_line_and_as_plain_lines() -> None:
    police = _HEAT.replace(
        "Tipps des Gesundheitsamtes:\n\n* Viel Wasser trinken.\n* Die Mittagshitze meiden.\n",
        "Tipps der Polizei: Wertsachen nicht im Auto lassen und die Haustür abschließen.\n",
    )
    assert [line for _, line in infinitive_advice(_sentences(police))] == [
        "Lassen Sie Wertsachen nicht im Auto.",
        "Schließen Sie die Haustür ab.",
    ]
    # The tagger reads "Türen abschließen" as a finite verb ("they lock"): refused, not guessed.
    old = "Wertsachen nicht im Auto lassen und die Haustür abschließen"
    unsure = police.replace(old, "Türen abschließen und Fenster schließen")
    assert infinitive_advice(_sentences(unsure)) == []
    water = """Rohrbruch: Stadtwerke bitten um Vorsicht

Auenstadt, 8. Februar 2027 – Nach einem Rohrbruch ist das Trinkwasser in Auenstadt trüb.

Die Stadtwerke empfehlen:

Wasser vor dem Trinken abkochen.

Die Reparatur dauert bis Mittwoch.
"""
    assert [line for _, line in infinitive_advice(_sentences(water))] == ["Kochen Sie Wasser vor dem Trinken ab."]


@pytest.mark.parametrize(
    ("event", "invitation", "frame"),
    [
        ("Lesung", "zu einer Lesung", "Während der Lesung ist das Café ab 18:00 Uhr geschlossen."),
        ("Konzert", "zu einem Konzert", "Vor dem Konzert öffnet die Abendkasse um 18:00 Uhr."),
    ],
)
def test_hours_framed_by_the_event_are_not_its_own(event: str, invitation: str, frame: str) -> None:
    text = f"""{event} im Bürgerhaus

Feldheim, 2. Mai 2027 – Der Kulturverein Feldheim lädt {invitation} ein.

Wann: Freitag, 21. Mai 2027, 19:30 Uhr
Wo: Bürgerhaus Feldheim, Lindenweg 3

{frame}
"""
    assert "beginnt um 19:30 Uhr" in _summary(text)


_MISSING_CHILD = """Polizei sucht vermissten Jungen

Bergheim, 4. April 2027 – Die Polizei Bergheim sucht seit Samstag den 10-jährigen Tim K.

Tim K. wird wie folgt beschrieben:

• ca. 1,40 m groß, schlank
• kurze, blonde Haare
• führte vermutlich ein rotes Fahrrad mit sich
"""

_MISSING_SENIOR = """Seniorin aus Pflegeheim vermisst

Talstadt, 9. Oktober 2027 – Das Pflegeheim am Wald und die Polizei suchen eine 84 Jahre alte Frau.

Die Frau wird so beschrieben:

• etwa 1,60 m groß
• graue Haare
"""


def test_a_description_keeps_its_features_or_says_it_shows_some() -> None:
    child = looks(_sentences(_MISSING_CHILD))
    # The Präteritum feature is refused; the intro then says that these are some of the features.
    assert child == ("Das sind einige Merkmale von Tim K.:", ("etwa 1,40 Meter groß, schlank", "kurze, blonde Haare"))
    senior = looks(_sentences(_MISSING_SENIOR))
    assert senior == ("So sieht die Frau aus:", ("etwa 1,60 Meter groß", "graue Haare"))
    # A cut list of an article-named person cannot say "einige Merkmale von …" safely: left out.
    cut = _MISSING_SENIOR + "• führte vermutlich einen Stock mit sich\n"
    assert looks(_sentences(cut)) is None
