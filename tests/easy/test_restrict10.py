"""No shortening step drops a restriction: a summary never states a broader claim than its source.

Rubric, item 2: a restriction or condition dropped makes a claim broader. Each class is exercised
with sentences of invented releases of different kinds of sender (a city, a health insurer, a
sports club, a court, a utility, a museum).
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.clauses import shorten
from pressconv.transforms.easy.rewrite import rewrite


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # A city's appeal: "städtisch" names which pages; without it every page would be meant.
        ("Die Stadt bittet die Vereine darum, Termine auf den städtischen Internetseiten zu löschen.", "städtischen"),
        # A health insurer: "gesetzlich" names which kind of insurer (a relational adjective).
        ("Die neue Pflegeberatung findet ab Mai in der gesetzlichen Krankenkasse am Markt statt.", "gesetzlichen"),
        # A sports club and a choir: without an article the adjective picks some rooms out of all.
        ("Der Verein trainiert ab Oktober an drei Abenden in beheizten Hallen der Gemeinde.", "beheizten"),
        ("Der Chor probt ab Oktober an zwei Abenden in kirchlichen Räumen der Gemeinde.", "kirchlichen"),
    ],
)
def test_a_restricting_adjective_of_a_place_stays(sentence: str, kept: str) -> None:
    assert kept in shorten(sentence)


def test_a_describing_adjective_of_one_known_place_may_still_go() -> None:
    # A fire brigade's report: one known ditch, the adjectives only say how it looks.
    long = "Der Wagen ist auf der Seite im dicht bewachsenen und nassen Graben neben der Straße gelandet."
    assert shorten(long) == "Der Wagen ist auf der Seite im Graben neben der Straße gelandet."


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # A court: the period for the motion runs from the service, not from any day.
        (
            "Der Antrag kann binnen zwei Wochen nach Zustellung beim Landgericht schriftlich gestellt werden.",
            "nach Zustellung",
        ),
        # A school and a doctor's practice: "nach Möglichkeit", "nach Vereinbarung" are conditions.
        ("Die Schule bittet die Eltern, ihre Kinder nach Möglichkeit mit dem Rad zu bringen.", "nach Möglichkeit"),
        ("Der Hausarzt impft die Patienten nach Vereinbarung am Vormittag in der Praxis am Markt.", "nach Vereinbarung"),
        # A club and an insurer: the fee is refunded only if the child is ill.
        ("Der Verein erstattet den Beitrag für den Kurs bei Erkrankung des Kindes am Ende.", "bei Erkrankung"),
        ("Die Kasse erstattet die Gebühr für den Kurs bei Erkrankung am Ende des Jahres.", "bei Erkrankung"),
        # A swimming club: "mit Behinderung" says who the courses are for.
        ("Der Schwimmverein bietet im Herbst wieder Kurse für Kinder mit Behinderung im Bad an.", "mit Behinderung"),
    ],
)
def test_a_bare_condition_phrase_stays(sentence: str, kept: str) -> None:
    assert kept in shorten(sentence)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # A building authority and a city's traffic office: the negation is about the phrase;
        # without it the sentence denies more than the source.
        ("Die Firma hat die Fenster bei der Sanierung der Schule im Sommer nicht richtig eingebaut.", "bei der Sanierung"),
        ("Die Ampel an der Kreuzung funktioniert bei der Umstellung des Netzes am Montag nicht.", "bei der Umstellung"),
        # A swimming pool and a museum: "auch" is about the phrase after it ("auch nach der Sanierung").
        ("Der Eintritt ins Bad bleibt für Familien auch nach der Sanierung der Halle günstig.", "auch nach der Sanierung"),
        ("Das Museum zeigt die Bilder auch nach der Schließung der Ausstellung im Keller.", "auch nach der Schließung"),
    ],
)
def test_a_circumstance_phrase_under_a_negation_or_a_focus_particle_stays(sentence: str, kept: str) -> None:
    assert kept in shorten(sentence)


def test_a_nominal_circumstance_with_its_own_agent_still_goes() -> None:
    # An election office: a time phrase with its own agent is said again by the date.
    long = "Am 3. Mai ermittelt der Ausschuss nach Berichterstattung durch die Leiterin das Ergebnis im ganzen Kreis."
    assert shorten(long) == "Am 3. Mai ermittelt der Ausschuss das Ergebnis im ganzen Kreis."


@pytest.mark.parametrize(
    "sentence",
    [
        # A museum's opening hours: the exception limits "geschlossen".
        "Das Museum ist montags geschlossen (außer an Feiertagen).",
        # A utility's list of streets: only the odd numbers are affected.
        "Betroffen ist die Lindenallee, Hausnummern 2 bis 40 (nur gerade Hausnummern).",
        # A service centre's hours: the phone line is not open at all times.
        "Auskünfte gibt das Bürgerbüro unter der Nummer 0123 456 (montags bis freitags 8 bis 16 Uhr).",
    ],
)
def test_a_limiting_parenthesis_is_not_dropped(sentence: str) -> None:
    assert "(" in rewrite(sentence, None)


def test_a_parenthesis_of_detail_still_goes() -> None:
    # A club's anniversary and a city office: the aside adds detail, no limit.
    assert rewrite("Der Chor (gegründet 1950) feiert im Mai sein Jubiläum.", None) == "Der Chor feiert im Mai sein Jubiläum."
    assert "(" not in rewrite("Das Bürgeramt (im Rathaus) hat neue Öffnungszeiten.", None)
    # A swimming pool: the last entry is a further fact beside the opening hours, not a limit of them.
    assert "(" not in rewrite("Das Hallenbad ist werktags von 7 bis 21 Uhr geöffnet (letzter Einlass 20 Uhr).", None)
