"""Wrong statements found by the adversarial review (wrongs17), each pinned with invented releases of two senders."""

from __future__ import annotations

import pytest

from pressconv.api import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.ages import indefinite_age, unintroduced_age
from pressconv.transforms.easy.audience import for_reader
from pressconv.transforms.easy.facts import _injured_count
from pressconv.transforms.easy.kind import classify


def _summary(text: str) -> str:
    release = parse(text.encode("utf-8"), path="invented.txt").release
    return summary_text(summarise(release).release)


# --- a person's sentence given to another person (pronoun chains with two persons of one gender)

_POLICE_TWO_MEN = """Polizeiinspektion Kornfeld

POL-KF: Senior auf Parkplatz angegriffen

Kornfeld, 21.09.2026

Am Sonntagabend, 20. September 2026, ist ein 71-Jähriger auf dem Parkplatz am Rathausplatz angegriffen worden.
Ein 71-Jähriger wurde von einem Polizisten in Zivil versorgt.
Er hatte gerade Feierabend.
Er trat danach wieder seinen Dienst an.

Die Polizei sucht Zeugen.
"""

_FIRE_TWO_WOMEN = """Feuerwehr Wiesental

Küchenbrand in Mehrfamilienhaus

Wiesental, 8. Oktober 2026

Am Mittwochmittag, 7. Oktober 2026, ist in einer Wohnung in der Gartenstraße ein Feuer ausgebrochen.
Eine 82-Jährige wurde von einer Nachbarin aus der Wohnung geholt.
Sie ist Krankenschwester und versorgte die Frau.
Die Feuerwehr löschte den Brand schnell.
"""


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (_POLICE_TWO_MEN, "71-Jährige hatte gerade Feier·abend"),
        (_POLICE_TWO_MEN, "71-Jährige hat danach wieder seinen Dienst"),
        (_FIRE_TWO_WOMEN, "82-Jährige ist Kranken·schwester"),
    ],
)
def test_a_pronoun_after_two_persons_of_its_gender_is_not_given_to_the_subject(text: str, wrong: str) -> None:
    assert wrong not in _summary(text)


_COMPANY_SUCCESSION = """Bäckerei Sonnkorn GmbH

Pressemitteilung

Talheim, 2. Juni 2026

Neue Leitung für die Filiale in Talheim

Maria Kühn übernimmt am 1. Juli 2026 die Leitung der Filiale.
Sie folgt auf Petra Brandt.
Die 63-Jährige geht in den Ruhestand.
"""


def test_a_definite_age_nominal_without_its_person_is_not_read_as_the_last_person_named() -> None:
    # Company: the retiring predecessor ("Die 63-Jährige") must not follow her successor as if it were her.
    assert "Die 63-Jährige geht" not in _summary(_COMPANY_SUCCESSION)
    # Police and a court: the same rule on sentences.
    assert indefinite_age("Der 45-Jährige ist gestürzt.", ["Es hat einen Unfall gegeben."]) == (
        "Ein 45-Jähriger ist gestürzt."
    )
    assert indefinite_age("Die 38-Jährige ist verurteilt.", ["Eine 38-Jährige hat gestohlen."]) == (
        "Die 38-Jährige ist verurteilt."
    )
    assert unintroduced_age("Man hat dem 38-Jährigen geholfen.", ["Ein 40-Jähriger ist gestürzt."]) is not None
    assert unintroduced_age("Man hat dem 38-Jährigen geholfen.", ["Ein 38-jähriger Mann ist gestürzt."]) is None


# --- the press office's line given as the reader's contact

_CITY_MEDIA_ONLY = """Stadt Lindenfeld

Pressemitteilung
12.03.2026

Neue Öffnungszeiten im Bürgerbüro

Das Bürgerbüro der Stadt Lindenfeld hat ab dem 1. April 2026 neue Öffnungszeiten.
Samstags bleibt das Bürgerbüro geschlossen.

Pressekontakt (nur für Medienvertreter):
Stadt Lindenfeld
Pressesprecher Jonas Berger
Mobil: 0171 2345678
E-Mail: jonas.berger@lindenfeld.example
"""

_UTILITY_JOURNALISTS = """Stadtwerke Oberrain GmbH

Pressemitteilung

Oberrain, 4. Februar 2026

Neue Grundgebühr für Trinkwasser

Die Stadtwerke Oberrain erhöhen die Grundgebühr für Trinkwasser. Der Preis für einen Kubikmeter Wasser bleibt gleich.

Für Rückfragen von Journalistinnen und Journalisten:
Miriam Kessler
Telefon: 07721 8830-215
E-Mail: presse@stadtwerke-oberrain.example
"""

_POLICE_PRESS_CARD = """Polizeipräsidium Südhang

POL-SH: Radfahrer gestürzt

Südhang, 18.04.2026

Ein 34-jähriger Radfahrer ist am Freitag, 17. April 2026, in der Marktstraße gestürzt. Er kam in ein Krankenhaus.

Pressestelle Polizeipräsidium Südhang
Telefon: 0711 5566-1100
"""


@pytest.mark.parametrize(("text", "number"), [(_CITY_MEDIA_ONLY, "0171 2345678"), (_UTILITY_JOURNALISTS, "07721")])
def test_a_line_reserved_for_the_media_is_never_the_readers(text: str, number: str) -> None:
    summary = _summary(text)
    assert number not in summary
    assert "Haben Sie Fragen?" not in summary


def test_a_press_office_is_named_as_such() -> None:
    summary = _summary(_POLICE_PRESS_CARD)
    assert "Haben Sie Fragen?" not in summary
    assert "Die Presse·stelle beantwortet Fragen." in summary


def test_public_lines_go_first_and_alone() -> None:
    found = {"0800 123456": "public", "0151 22334455": "press", "presse@x.example": "press", "a@x.example": "media"}
    phones = ("0151 22334455", "0800 123456")
    emails = ("presse@x.example", "a@x.example")
    assert for_reader(phones, emails, found) == (("0800 123456",), (), False)  # type: ignore[arg-type]
    assert for_reader(("0151 22334455",), emails, found) == (("0151 22334455",), ("presse@x.example",), True)  # type: ignore[arg-type]


# --- a fee or rule notice read as an event; a cancelled event stated as taking place

_HALL_FEE = (
    "Neue Mietpreise für das Bürgerhaus",
    "Der Gemeinderat hat am 2. März 2026 neue Mietpreise beschlossen.\n"
    "Ab dem 1. Mai 2026 kostet eine Veranstaltung im großen Saal 250 Euro.\nVereine zahlen nur 100 Euro.",
)
_MUSEUM_FEE = (
    "Neue Gebühren für Führungen",
    "Ab 1. Juli kostet eine Führung für Gruppen 60 Euro.\nDer Stiftungsrat hat die Gebühr im Mai beschlossen.",
)


@pytest.mark.parametrize(("title", "body"), [_HALL_FEE, _MUSEUM_FEE])
def test_a_fee_notice_is_no_event(title: str, body: str) -> None:
    assert classify(title, body) != "event"


def test_an_invitation_with_a_fee_stays_an_event() -> None:
    body = "Die Stadt lädt am Samstag, 9. Mai, um 15 Uhr zur Führung ein.\nDie Führung kostet 5 Euro."
    assert classify("Führung durch die Altstadt", body) == "event"


_CONCERT_CALLED_OFF = """Gemeinde Steinbach

Pressemitteilung

Steinbach, 15. Juli 2026

Sommerkonzert im Schlosspark abgesagt

Das Sommerkonzert im Schlosspark am Samstag, 18. Juli 2026, findet nicht statt. Grund ist das schlechte Wetter.
"""

_LECTURE_CALLED_OFF = """Hochschule Seeburg

Pressemitteilung

Seeburg, 2. November 2026

Vortrag entfällt

Der öffentliche Vortrag von Lena Hofer am Donnerstag, 5. November 2026, um 18 Uhr im Hörsaal 1 entfällt wegen Krankheit.
"""


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (_CONCERT_CALLED_OFF, "Das Sommer·konzert ist am Samstag"),
        (_CONCERT_CALLED_OFF, "Es gibt ein Sommer·konzert."),
        (_LECTURE_CALLED_OFF, "Der Vortrag ist am"),
        (_LECTURE_CALLED_OFF, "Es gibt einen Vortrag."),
    ],
)
def test_a_called_off_event_is_not_announced(text: str, wrong: str) -> None:
    assert wrong not in _summary(text)


# --- the hours of the whole event given to a part that the release times apart

_ADVICE_AT_ACTION_DAY = """Verbraucherzentrale Nordtal

Kostenlose Beratung beim Aktionstag Wohnen

Nordtal, 20. April 2026

Am Samstag, 9. Mai 2026, findet von 11 bis 17 Uhr der Aktionstag Wohnen auf dem Marktplatz statt.
Die Verbraucherzentrale bietet dort eine kostenlose Beratung an.
Die Beratung gibt es von 12 bis 16 Uhr am Stand.
"""

_GUIDED_TOUR_AT_FESTIVAL = """Stadtmuseum Auental

Führung beim Museumsfest

Auental, 2. Mai 2026

Am Sonntag, 17. Mai 2026, feiert das Stadtmuseum von 10 bis 18 Uhr sein Museumsfest.
Es gibt eine Führung durch die Sammlung.
Die Führung beginnt um 14 Uhr.
"""


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (_ADVICE_AT_ACTION_DAY, "Die Beratung ist von 11"),
        (_GUIDED_TOUR_AT_FESTIVAL, "Die Führung ist von 10"),
    ],
)
def test_the_hours_of_the_whole_are_not_given_to_a_part(text: str, wrong: str) -> None:
    assert wrong not in _summary(text).replace(" Uhr bis", " bis")


# --- "sonst niemand": a restricted negative is no "nobody was hurt"


@pytest.mark.parametrize(
    "body",
    [
        ["Eine 82-Jährige kam mit einer Rauchvergiftung in ein Krankenhaus.", "Verletzt wurde sonst niemand."],
        ["Der Fahrer kam in eine Klinik.", "Weitere Personen wurden nicht verletzt."],
    ],
)
def test_nobody_else_hurt_is_not_nobody_hurt(body: list[str]) -> None:
    assert _injured_count(body) != ("Niemand", False)


def test_nobody_hurt_stays() -> None:
    assert _injured_count(["Bei dem Brand wurde niemand verletzt."]) == ("Niemand", False)


# --- an event the release mentions in passing as called off

_CITY_OFFICE_HOUR_OFF = """Stadt Kranichfeld

Pressemitteilung

Kranichfeld, 9. Januar 2026

Bürgermeister im Urlaub – Stellvertreterin übernimmt

Bürgermeister Thomas Eckl ist vom 12. bis 23. Januar 2026 im Urlaub.
In dieser Zeit vertritt ihn die Erste Beigeordnete Sandra Lenz.
Sie leitet auch die Sitzung des Stadtrats am 20. Januar.
Die Bürgersprechstunde am 15. Januar fällt aus.
"""

_LIBRARY_READING_OFF = """Stadtbücherei Auental

Pressemitteilung

Auental, 9. Januar 2026

Leiterin im Urlaub – Stellvertreter übernimmt

Büchereileiterin Anna Roth ist vom 12. bis 23. Januar 2026 im Urlaub.
In dieser Zeit vertritt sie ihr Stellvertreter Jonas Beck.
Er leitet auch die Sitzung des Fördervereins am 20. Januar.
Die Autorenlesung am 15. Januar fällt aus.
"""


@pytest.mark.parametrize(
    ("text", "noun"), [(_CITY_OFFICE_HOUR_OFF, "Bürger·sprech·stunde ist am"), (_LIBRARY_READING_OFF, "lesung ist am")]
)
def test_a_side_event_called_off_gets_no_day(text: str, noun: str) -> None:
    assert noun not in _summary(text)


# --- the place of one incident given to another one of the same release

_FIRE_TWO_CALLS = """Freiwillige Feuerwehr Moosbach

Zwei Einsätze am Wochenende

Moosbach, 11. Mai 2026

Am Samstag, 9. Mai 2026, brannte gegen 15 Uhr eine Hecke in der Ringstraße.
Am Sonntag, 10. Mai 2026, wurde die Feuerwehr um 22 Uhr zu einem Unfall auf der Bundesstraße gerufen.
Dabei wurde ein Autofahrer leicht verletzt.
"""

_POLICE_TWO_CASES = """Polizeirevier Auental

Zwei Fälle am Wochenende

Auental, 11. Mai 2026

Am Samstag, 9. Mai 2026, wurde in der Lindenstraße ein Fahrrad gestohlen.
Am Sonntag, 10. Mai 2026, ereignete sich ein Unfall auf der Landstraße nach Bergdorf.
Dabei wurde eine Radfahrerin leicht verletzt.
"""


@pytest.mark.parametrize(("text", "wrong"), [(_FIRE_TWO_CALLS, "Ring·straße"), (_POLICE_TWO_CASES, "Linden·straße")])
def test_the_lead_place_of_another_incident_is_not_the_incidents(text: str, wrong: str) -> None:
    summary = _summary(text)
    assert not any("Unfall" in line and wrong in line for line in summary.splitlines())


_CONCERT_WITH_DOORS = """Stadt Hollfeld

Pressemitteilung

Hollfeld, 2. Juni 2026

Sommerkonzert im Park

Die Stadt Hollfeld lädt am Samstag, 20. Juni 2026, um 19 Uhr zum Sommerkonzert in den Stadtpark ein.
Einlass ist um 18 Uhr, das Konzert beginnt um 19 Uhr.
"""

_LECTURE_WITH_DOORS = """Hochschule Seeburg

Pressemitteilung

Seeburg, 2. Juni 2026

Öffentlicher Vortrag über Bienen

Die Hochschule lädt am Dienstag, 16. Juni 2026, um 18 Uhr zu einem Vortrag über Bienen ein.
Der Saal ist ab 17.30 Uhr geöffnet, der Vortrag beginnt um 18 Uhr.
"""


@pytest.mark.parametrize(
    ("text", "line"), [(_CONCERT_WITH_DOORS, "konzert beginnt um 19 Uhr."), (_LECTURE_WITH_DOORS, "beginnt um 18 Uhr.")]
)
def test_an_events_own_start_beside_the_doors_stays(text: str, line: str) -> None:
    assert line in _summary(text)
