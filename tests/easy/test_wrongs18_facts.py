"""Fact-level wrongs: an opening's day given to the whole exhibition, a statistic's victims read as
the incident's, a count taken from the wrong clause, and "Man hat X geboren".

Every sentence here is invented; each convention is exercised by at least two kinds of sender.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.casualties import count_clause, statistic
from pressconv.transforms.easy.facts import _dead, _injured
from pressconv.transforms.easy.impersonal import past_passive
from pressconv.transforms.easy.openings import opening_event
from pressconv.transforms.easy.relatives import split_relative
from pressconv.transforms.easy.revoked import revokes
from pressconv.transforms.easy.segments import headline_parts

# ------------------------------------------------------------- (a) an opening is not the run


@pytest.mark.parametrize(
    ("what", "texts"),
    [
        (("Sonderausstellung", "die"), ["Zur Eröffnung am Freitag sind alle eingeladen."]),  # a museum
        (("Kulturfestival", "das"), ["Der Auftakt ist am Samstag auf dem Marktplatz."]),  # a city's festival
        (("Konzertreihe", "die"), ["Die Reihe wird am Sonntag mit einem Festakt eröffnet."]),  # a music school
    ],
)
def test_a_lasting_event_with_an_opening_gives_the_opening_its_day(what: tuple[str, str], texts: list[str]) -> None:
    assert opening_event(what, texts)


@pytest.mark.parametrize(
    ("what", "texts"),
    [
        (("Sonderausstellung", "die"), ["Die Ausstellung ist bis Mai zu sehen."]),  # no opening named
        (("Vortrag", "der"), ["Der Vortrag eröffnet die Reihe."]),  # one sitting: its day is its own
    ],
)
def test_no_opening_or_no_lasting_event_keeps_the_event(what: tuple[str, str], texts: list[str]) -> None:
    assert not opening_event(what, texts)


# ------------------------------------------------------------- victims of the incident only


@pytest.mark.parametrize(
    "sentence",
    [
        # a police inspection's background figures
        "Im vergangenen Jahr gab es dort 40 Unfälle, bei denen zwei Menschen starben und 17 verletzt wurden.",
        # a fire brigade's annual report
        "Bei den Einsätzen wurden 90 Menschen gerettet; drei Personen kamen bei Bränden ums Leben.",
    ],
)
def test_figures_of_many_incidents_are_no_toll(sentence: str) -> None:
    assert statistic(sentence)
    assert _injured([sentence]) is None
    assert _dead([sentence]) is None


def test_one_incident_is_no_statistic() -> None:
    assert not statistic("Bei dem Unfall auf der Kreisstraße wurde ein Mann schwer verletzt.")


@pytest.mark.parametrize(
    ("sentence", "injured", "dead"),
    [
        # a police report: the count of each verb is its own clause's
        (
            "Bei dem Zusammenstoß starb ein 40-jähriger Mann, zwei Menschen wurden leicht verletzt.",
            "2 Menschen|leicht",
            "Ein Mann",
        ),
        # a fire report
        ("Drei Personen wurden gerettet, eine Frau wurde leicht verletzt.", "Eine Frau|leicht", None),
    ],
)
def test_each_count_is_read_in_its_own_clause(sentence: str, injured: str, dead: str | None) -> None:
    found = _injured([sentence])
    assert found is not None and found[0] == injured
    died = _dead([sentence])
    assert (died[0] if died else None) == dead


def test_count_clause_cuts_where_a_new_count_begins() -> None:
    sentence = "Zwei Menschen starben und 27 Personen wurden verletzt."
    assert count_clause(sentence, r"verletzt") == "27 Personen wurden verletzt."


@pytest.mark.parametrize(
    "sentence",
    ["Der Fahrer und seine Beifahrerin wurden verletzt.", "Die Mieterin und ihr Sohn wurden leicht verletzt."],
)
def test_people_joined_by_und_are_not_counted_as_one(sentence: str) -> None:
    assert _injured([sentence]) is None


# ------------------------------------------------------------- "geboren" stays a birth


@pytest.mark.parametrize(
    "sentence",
    [
        "Die neue Staatssekretärin wurde 1971 in Nordau geboren.",  # a ministry's appointment
        "Der Trainer wurde 1988 in Südstadt geboren.",  # a sports club's newcomer
    ],
)
def test_a_birth_is_never_made_active_with_man(sentence: str) -> None:
    assert "Man" not in past_passive(sentence)


# ------------------------------------------------------------- a clause that takes back its noun


@pytest.mark.parametrize(
    "sentence",
    [
        # a court's schedule notice
        "Gegen den Angeklagten Max Muster ist ein Haftbefehl ergangen, der außer Vollzug gesetzt worden ist.",
        # a county's order
        "Der Landkreis Nordau hat im März ein Badeverbot erlassen, das am Montag aufgehoben wurde.",
    ],
)
def test_a_relative_clause_that_revokes_its_noun_is_never_cut_off(sentence: str) -> None:
    assert revokes(sentence.split(",", 1)[1])
    assert split_relative(sentence) is None


def test_an_ordinary_relative_clause_is_no_revocation() -> None:
    assert not revokes("die im Mai fertig sein soll")


# ------------------------------------------------------------- a headline topic's day


@pytest.mark.parametrize(
    ("title", "kept", "left"),
    [
        # a utility's strike notice
        (
            "Warnstreik am Donnerstag: Busse stehen still, Hallenbad geschlossen",
            "Warnstreik am Donnerstag",
            "Hallenbad geschlossen",
        ),
        # a city's market notice
        ("Stadtfest am 12. Juni: Marktplatz gesperrt", "Stadtfest am 12. Juni", "Marktplatz gesperrt"),
    ],
)
def test_parts_after_a_dated_topic_are_not_stated_without_the_day(title: str, kept: str, left: str) -> None:
    parts = headline_parts(title, None, None, [])
    assert kept in parts
    assert not any(left in part for part in parts)


def test_a_topic_without_a_day_keeps_its_parts() -> None:
    assert "Marktplatz gesperrt" in headline_parts("Stadtfest: Marktplatz gesperrt", None, None, [])
