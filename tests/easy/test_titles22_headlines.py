"""Titles from the headline's news instead of a side fact or a generic line (session 22): appointments
with the body's agent, the Perfekt of a done act, articles of abstract and year-numbered objects,
verbs of beginning, and an -ung noun with its object."""

from __future__ import annotations

from datetime import date

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.title_articles import object_article
from pressconv.transforms.easy.title_check import TitleContext, title_failures
from pressconv.transforms.easy.title_elected import elected_titles
from pressconv.transforms.easy.title_perfect import perfect_title
from pressconv.transforms.easy.title_verbs import same_sense, with_particle
from pressconv.transforms.easy.titles import from_headline
from tests.fixtures.releases import german_release


def _title(headline: str, *paragraphs: str, organisation: str | None = None, subtitle: str | None = None) -> str:
    release = german_release(headline, *paragraphs, organisation=organisation, subtitle=subtitle, issued=date(2026, 6, 18))
    return summary_text(summarise(release).release).splitlines()[0].replace("·", "")


def _context(source: str) -> TitleContext:
    return TitleContext(source=source, news=source, style=lambda text: text, failures=lambda text: [])


# --- title_elected: "X zur Präsidentin gewählt" with the body's agent --------------------------------------------


def test_an_election_headline_takes_the_body_agent() -> None:
    # A university senate and a club's general meeting.
    university = [
        "Der Akademische Senat der Hochschule Beispielhafen hat am Dienstag, 9. Juni 2026, Prof. Dr. Lena Probe"
        " zur neuen Rektorin der Hochschule gewählt."
    ]
    assert elected_titles("Prof. Dr. Lena Probe zur neuen Rektorin der Hochschule Beispielhafen gewählt", university) == [
        "Der Akademische Senat hat Lena Probe zur neuen Rektorin gewählt"
    ]
    club = ["Die Mitgliederversammlung hat am Freitag Jonas Muster zum Vorsitzenden gewählt."]
    assert elected_titles("Jonas Muster zum Vorsitzenden gewählt", club) == [
        "Die Mitgliederversammlung hat Jonas Muster zum Vorsitzenden gewählt"
    ]


def test_no_election_title_without_the_body_agent_or_with_a_negation() -> None:
    # A passive body names nobody who acts; a denied election is none; a name as subject is no agent found.
    passive = ["Anna Beispiel wurde am Mittwoch zur neuen Präsidentin gewählt."]
    assert elected_titles("Anna Beispiel zur neuen Präsidentin gewählt", passive) == []
    denied = ["Der Senat hat Anna Beispiel nicht zur Präsidentin gewählt."]
    assert elected_titles("Anna Beispiel zur Präsidentin gewählt", denied) == []
    cabinet = ["Gestern hat das Kabinett Jonas Muster zum Staatssekretär ernannt."]
    assert elected_titles("Jonas Muster zum Staatssekretär ernannt", cabinet) == []


def test_the_election_title_in_a_whole_summary() -> None:
    title = _title(
        "Anna Beispiel zur neuen Präsidentin der Hochschule Musterstadt gewählt",
        "Der Senat der Hochschule Musterstadt hat am Mittwoch, 17. Juni 2026, Anna Beispiel zur neuen"
        " Präsidentin der Hochschule gewählt.",
        "Die Amtszeit dauert vier Jahre. Sie beginnt ihre Arbeit am 1. September 2026.",
        organisation="Hochschule Musterstadt",
    )
    assert title.startswith("Der Senat hat Anna Beispiel zur neuen Präsidentin")
    assert "Amtszeit" not in title


# --- title_perfect: a headline present of a done act in the Perfekt ----------------------------------------------


def test_a_done_decision_is_said_in_the_perfekt() -> None:
    # A town council and a company board.
    council = ["Der Stadtrat hat am Mittwoch, 11. März 2026, die Neufassung der Satzung über Parkgebühren beschlossen."]
    assert perfect_title("Der Stadtrat beschließt eine neue Park·gebühren·ordnung", council) == (
        "Der Stadtrat hat eine neue Park·gebühren·ordnung beschlossen"
    )
    company = ["Die Muster GmbH hat am Montag in Altdorf den neuen Rasenmäher vorgestellt."]
    assert perfect_title("Die Muster GmbH stellt den neuen Rasenmäher vor", company) == (
        "Die Muster GmbH hat den neuen Rasenmäher vorgestellt"
    )


def test_an_act_to_come_keeps_its_present() -> None:
    # An invitation whose object the done clause does not name; a planned decision; "Es gibt" and "Man".
    assert perfect_title("Die Stadt lädt zum Sommerfest ein", ["Die Stadt hat alle Vereine eingeladen."]) is None
    planned = ["Der Rat wird am Montag die neue Satzung beschließen, die er noch nicht beschlossen hat."]
    assert perfect_title("Der Rat beschließt eine neue Satzung", planned) is None
    assert perfect_title("Es gibt eine neue Satzung", ["Es hat eine Satzung gegeben."]) is None


# --- title_articles / title_check: abstract and year-numbered objects ---------------------------------------------


def test_an_abstract_object_the_release_writes_as_its_own_takes_the_definite_article() -> None:
    # A manufacturer and a hospital.
    firm = "Die Muster Armaturen GmbH wird ihre Fertigung in Altdorf bündeln."
    assert object_article("Muster Armaturen bündelt Fertigung am Standort Altdorf", firm) == (
        "Muster Armaturen bündelt die Fertigung am Standort Altdorf"
    )
    clinic = "Das Klinikum erweitert die Versorgung der Kinder im Landkreis."
    assert object_article("Das Klinikum erweitert Versorgung im Landkreis", clinic) == (
        "Das Klinikum erweitert die Versorgung im Landkreis"
    )
    # Without such a phrase in the release the abstract noun stays bare (no guess).
    assert object_article("Der Verein fordert Aufklärung", "Wir wollen Aufklärung.") == "Der Verein fordert Aufklärung"


def test_a_year_numbered_noun_takes_the_definite_article() -> None:
    # A town's budget and a festival's programme.
    town = "Der Stadtrat hat den Haushalt 2027 beschlossen. Ein Haushalt braucht eine Mehrheit."
    assert object_article("Der Stadtrat verabschiedet Haushalt 2027", town) == "Der Stadtrat verabschiedet den Haushalt 2027"
    assert "title.article" in title_failures("Der Stadtrat verabschiedet einen Haushalt 2027", _context(town))
    festival = "Der Verein stellt das Programm 2026 vor. Ein Programm hat viele Teile."
    assert object_article("Der Verein zeigt Programm 2026", festival) == "Der Verein zeigt das Programm 2026"
    assert "title.article" in title_failures("Der Verein zeigt ein Programm 2026", _context(festival))


def test_a_year_numbered_bare_subject_needs_its_article() -> None:
    # A charity's appeal and a sports club's season.
    charity = "Das Hilfswerk ruft zu seiner Spendenaktion auf, die am Samstag beginnt."
    assert "title.no-article" in title_failures("Spendenaktion 2026 startet", _context(charity))
    assert "title.no-article" not in title_failures("Die Spendenaktion 2026 startet", _context(charity))
    club = "Der Verein beginnt die Saison am Sonntag. Die Saison dauert bis Mai."
    assert "title.no-article" in title_failures("Saison 2026 beginnt", _context(club))


# --- title_verbs: "startet" over the body's "beginnt" -------------------------------------------------------------


def test_a_verb_of_beginning_is_grounded_by_another() -> None:
    assert same_sense("starten", "Die Aktion beginnt am ersten Advent.")
    assert same_sense("beginnen", "Die Bauarbeiten sind am Montag gestartet.")
    assert same_sense("enden", "Die Ausstellung läuft am 3. Mai aus.")
    assert not same_sense("starten", "Die Aktion ist sehr beliebt.")
    assert not same_sense("wachsen", "Die Zahl beginnt zu steigen.")


def test_a_start_headline_becomes_the_title() -> None:
    # A charity's appeal and a library's reading programme.
    charity = _title(
        "„Warm durch den Winter“ – Winterspendenaktion 2026 startet",
        "Die Tafel Musterstadt ruft wieder zu ihrer Winterspendenaktion auf, die am Montag, 30. November, beginnt.",
        "Das Geld hilft Familien in Not.",
        organisation="Tafel Musterstadt",
    )
    # The lead's own clause may say it too; never the generic line or the slogan.
    assert "Winterspendenaktion" in charity and "Warm" not in charity
    library = _title(
        "Ferienaktion 2026 startet",
        "Die Stadtbibliothek Musterstadt lädt Kinder zu ihrer Ferienaktion ein, die am Montag, 6. Juli, beginnt.",
        "Die Teilnahme ist kostenlos.",
        organisation="Stadtbibliothek Musterstadt",
    )
    assert library == "Die Ferienaktion 2026 startet"


# --- titles._shorten: an -ung noun and its object ----------------------------------------------------------------


def test_an_act_noun_keeps_its_object_within_ten_words() -> None:
    # A county's road closure and a town's bridge closure.
    road = from_headline(
        "Vollsperrung von der Kreisstraße MK 17 zwischen Berlin und Potsdam ab 20. April",
        past=False,
        body="Die Vollsperrung beginnt am Montag, 20. April 2026.",
    )
    assert road == "Es gibt eine Vollsperrung von der Kreisstraße MK 17"
    clinic = from_headline(
        "Sanierung von der Kinderklinik Sankt Marien Musterstadt ab 1. Mai",
        past=False,
        body="Die Sanierung der Kinderklinik beginnt am 1. Mai.",
    )
    assert clinic == "Es gibt eine Sanierung von der Kinderklinik Sankt Marien Musterstadt"


# --- title_verbs.with_particle and title_check: an invitation's particle, a place in the accusative -------------


def test_an_invitation_headline_gets_its_particle() -> None:
    # A music school's concert and a fire brigade's open day; the particle only where the source says "einladen".
    school = "Die Musikschule lädt alle Familien zum Adventskonzert ein."
    assert with_particle("Die Musikschule lädt zum Adventskonzert in die Stadthalle", school) == (
        "Die Musikschule lädt zum Adventskonzert in die Stadthalle ein"
    )
    brigade = "Alle Bürgerinnen und Bürger sind herzlich eingeladen."
    assert with_particle("Die Feuerwehr lädt zum Sommerfest", brigade) == "Die Feuerwehr lädt zum Sommerfest ein"
    # A title that has it, or another verb, stays as it is.
    assert with_particle("Die Stadt lädt zum Fest ein", school) == "Die Stadt lädt zum Fest ein"
    assert with_particle("Der Verein lädt die Kisten auf", school) == "Der Verein lädt die Kisten auf"


def test_the_existence_frame_with_a_place_of_direction_is_broken() -> None:
    # A concert hall and a museum.
    hall = _context("Die Musikschule lädt zum Konzert in die Stadthalle ein.")
    assert "title.broken" in title_failures("Es gibt ein Konzert in die Stadthalle", hall)
    assert "title.broken" not in title_failures("Es gibt ein Konzert in der Stadthalle", hall)
    museum = _context("Das Museum lädt ins Kornhaus ein.")
    assert "title.broken" in title_failures("Es gibt eine Führung ins Kornhaus", museum)
    # A noun's own accusative complement is no place of direction: a club's donation, a company's insight.
    donation = _context("Die Radler laden die Malteser ein. Die Spende an die Malteser ist groß.")
    assert "title.broken" not in title_failures("Es hat eine Spende an die Malteser gegeben", donation)
    insight = _context("Die Firma lädt Schüler ein. Es gibt einen Einblick in die Arbeit.")
    assert "title.broken" not in title_failures("Es gibt einen Einblick in die Arbeit", insight)
