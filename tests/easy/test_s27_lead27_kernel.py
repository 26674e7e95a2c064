"""The core kernel (core.kernel) on leads of new senders: an asyndetic second main clause, a place-kind
noun with its name, a name the release uses after the subject, a bracketed abbreviation, seasons.

Invented leads of several sender kinds (a sports club, a fire brigade, a music school, a road
authority, a waste service, a police office) and negative cases: a second clause that restricts or
points back ("das gilt aber nicht …", "nur …", "oder …"), a frame of saying before the comma, an
everyday noun after the subject (an object), a direction "in die Ferien", a topic "über die Ferien".
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.core import _time_follower, kernel, release_names
from pressconv.transforms.easy.phrases import _chunks, _kind, place_kind, with_place_names


def test_hanta_reads_the_clause() -> None:
    assert morph.available()


@pytest.mark.parametrize(
    ("lead", "text", "time"),
    [
        # A sports club: the second clause says the fee; the event is as true without it.
        (
            "Der Turnverein Adorf veranstaltet am Samstag ein Sportfest, die Teilnahme ist kostenlos.",
            "Der Turnverein Adorf veranstaltet ein Sportfest.",
            "am Samstag",
        ),
        # A fire brigade report: "verletzt wurde niemand" is a main clause of its own (participle Vorfeld).
        (
            "Die Feuerwehr Bedorf löschte am Sonntag einen Brand in der Lindenstraße, verletzt wurde niemand.",
            "Die Feuerwehr Bedorf löschte am Sonntag einen Brand in der Lindenstraße.",
            None,
        ),
    ],
)
def test_the_first_of_two_asyndetic_main_clauses(lead: str, text: str, time: str | None) -> None:
    core = kernel(lead)
    assert core is not None
    assert core.text == text
    assert core.time == time


@pytest.mark.parametrize(
    "lead",
    [
        # The second clause restricts the first: alone it would say the whole hall is open.
        "Die Halle Bedorf ist ab Montag geöffnet, das gilt aber nicht für die Sauna.",
        "Die Bücherei Adorf ist ab Montag geöffnet, nur die Sauna bleibt geschlossen.",
        # An alternative: neither clause is stated as a fact.
        "Der Kurs beginnt am Montag in der Schule Adorf, oder die Kinder gehen in die Halle.",
        # A verb of saying: what follows the comma is its object, the first clause alone is broken.
        "Die Polizei warnt am Montag vor Betrügern, die Täter rufen bei älteren Menschen an.",
        "Die Polizei sagt am Montag, die Täter sind geflohen.",
        # A pointer back into the first clause.
        "Die Gemeinde Cedorf baut ab Mai eine Brücke, dort dürfen dann keine Autos fahren.",
    ],
)
def test_a_second_clause_that_may_change_the_first_refuses(lead: str) -> None:
    assert kernel(lead) is None


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        # A club's festival in a district; a police check in an industrial area (a hyphenated name).
        ("Der Verein feiert am Samstag im Ortsteil Bedorf ein Sommerfest.", "im Ortsteil Bedorf"),
        ("Die Polizei kontrolliert im Gewerbegebiet Nord-Ost die Lastwagen.", "im Gewerbegebiet Nord-Ost"),
    ],
)
def test_a_place_kind_noun_with_its_name_is_one_place(lead: str, place: str) -> None:
    tagged = morph.tag(lead)
    chunks = with_place_names(_chunks(tagged[3:-1]))
    assert chunks is not None
    assert any(" ".join(t.word for t in c) == place and place_kind(c) == "place" for c in chunks)
    # Other steps read it as before: a prepositional phrase (leads.py keeps it).
    assert all(_kind(c) != "place" for c in chunks if " ".join(t.word for t in c) == place)


def test_a_place_kind_noun_before_an_everyday_noun_keeps_it_apart() -> None:
    # "im Stadtpark Männer": "Männer" is the object, never the park's name.
    chunks = with_place_names(_chunks(morph.tag("Die Polizei nahm im Stadtpark Männer fest.")[3:-1]))
    assert chunks is not None
    assert [t.word for t in chunks[0]] == ["im", "Stadtpark"]


def test_the_festival_place_is_said_on_its_own() -> None:
    core = kernel("Der Verein feiert am Samstag im Ortsteil Bedorf ein Sommerfest.")
    assert core is not None
    assert core.text == "Der Verein feiert ein Sommerfest."
    assert core.places == ("im Ortsteil Bedorf",)


def test_a_name_the_release_uses_as_a_place_joins_the_subject() -> None:
    lead = "Seit Montag reinigen die Stadtwerke Wiesenau wieder die Straßen."
    names = release_names(["Die Kehrmaschinen fahren in Wiesenau.", "Das Gesetz tritt in Kraft."])
    assert names == frozenset({"Wiesenau"})
    core = kernel(lead, names)
    assert core is not None
    assert core.text == "Die Stadtwerke Wiesenau reinigen seit Montag wieder die Straßen."
    # Without the release's word the tags cannot tell a name from an object: refused.
    assert kernel(lead) is None


def test_an_everyday_noun_after_the_subject_stays_an_object() -> None:
    assert kernel("Am Sonntag fand die Polizei Einbrecher im Keller.", frozenset({"Wiesenau"})) is None


def test_a_bracketed_abbreviation_after_a_name_goes() -> None:
    core = kernel("Der Landesbetrieb Straßenbau (LBS) saniert ab Montag die Brücke in Adorf.")
    assert core is not None
    assert core.text == "Der Landesbetrieb Straßenbau saniert ab Montag die Brücke in Adorf."


def test_a_season_is_a_time() -> None:
    core = kernel("Die Musikschule Adorf bietet in diesem Sommer einen Trommelkurs an.")
    assert core is not None
    assert core.text == "Die Musikschule Adorf bietet einen Trommelkurs an."
    assert core.time == "in diesem Sommer"
    assert core.event == "Der Trommelkurs"


def test_a_holiday_period_after_ueber_is_a_time() -> None:
    core = kernel("Über die Feiertage bietet die Bücherei Bedorf ein Leseprogramm an.")
    assert core is not None
    assert core.text == "Die Bücherei Bedorf bietet über die Feiertage ein Leseprogramm an."


@pytest.mark.parametrize(
    "lead",
    [
        # A direction ("in die Ferien") is the verb's complement; a topic ("über die Ferien") its object.
        "Die Stadt hat die Sperrung in die Sommerferien verschoben.",
        "Die Stadt Adorf informiert über die Sommerferien.",
    ],
)
def test_a_season_as_complement_stays(lead: str) -> None:
    assert kernel(lead) is None


def test_a_summer_festival_is_no_time() -> None:
    core = kernel("Das Sommerfest findet am Samstag im Stadtpark Adorf statt.")
    assert core is not None
    assert core.text == "Das Sommerfest findet statt."
    assert core.event == "Das Sommerfest"


@pytest.mark.parametrize(
    ("lead", "text", "follower"),
    [
        # A fire report and a zoo's birth: time and place do not both fit; the place stays in the
        # sentence and the day is said after it, pointing back ("Das war …").
        (
            "Im Ortsteil Adorf ist am Samstag, 3. Mai 2026, ein großes Feuer in einer alten Scheune ausgebrochen.",
            "Ein großes Feuer ist im Ortsteil Adorf in einer alten Scheune ausgebrochen.",
            "Das war am Samstag, 3. Mai 2026.",
        ),
        (
            "Im Tierpark Bedorf ist am 2. April 2026 ein kleines männliches Zebra zur Welt gekommen.",
            "Ein kleines männliches Zebra ist im Tierpark Bedorf zur Welt gekommen.",
            "Das war am 2. April 2026.",
        ),
    ],
)
def test_a_past_event_keeps_its_place_and_says_its_day_after(lead: str, text: str, follower: str) -> None:
    core = kernel(lead)
    assert core is not None
    assert core.text == text
    assert core.day_after
    assert _time_follower(core) == follower


def test_a_past_kernel_that_fits_whole_needs_no_follower() -> None:
    core = kernel("Im Tierpark Bedorf ist am 2. April 2026 ein Zebra geboren worden.")
    assert core is not None
    assert core.text == "Ein Zebra ist im Tierpark Bedorf am 2. April 2026 geboren worden."
    assert _time_follower(core) is None


def test_a_colon_before_a_main_clause_that_details_the_first() -> None:
    # A nature park and a public utility: the clause after the colon details the first.
    core = kernel("Der Naturpark Adorfer Heide hat einen neuen Lehrpfad: Der Pfad wurde am Sonntag eröffnet.")
    assert core is not None
    assert core.text == "Der Naturpark Adorfer Heide hat einen neuen Lehrpfad."
    core = kernel("Die Stadtwerke Bedorf haben im Juli das Ladenetz erweitert: Jetzt stehen 20 Säulen bereit.")
    assert core is not None
    assert core.text.startswith("Die Stadtwerke Bedorf haben")


@pytest.mark.parametrize(
    "lead",
    [
        # A frame of saying before the colon: what follows is what was said.
        "Die Polizei Adorf warnt am Montag: Falsche Handwerker klingeln an Haustüren.",
        # A restriction after the colon.
        "Die Halle Bedorf ist ab Montag wieder offen: Nur die Sauna bleibt geschlossen.",
    ],
)
def test_a_colon_before_a_framed_or_limiting_clause_refuses(lead: str) -> None:
    assert kernel(lead) is None
