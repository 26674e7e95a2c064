"""Wider time phrases (timephrases.py) and places in followers (places.py, placeout.py), invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy.placeout import split_place
from pressconv.transforms.easy.rewrite import rewrite
from pressconv.transforms.easy.timeout import split

ISSUED = date(2027, 2, 1)


def _split(sentence: str) -> tuple[str, ...] | str:
    return split(rewrite(sentence, ISSUED), ISSUED)


def _place(sentence: str) -> tuple[str, str] | str:
    return split_place(rewrite(sentence, ISSUED))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A sports club: "zum <date>" names the day a rule takes effect; the follower says "am".
        (
            "Zum 1. Juli 2027 tritt die neue Hausordnung für alle Mieterinnen und Mieter in Kraft.",
            ("Die neue Hausordnung tritt für alle Mieterinnen und Mieter in Kraft.", "Das ist am 1. Juli 2027."),
        ),
        # A district council: the meeting that decided gives its day to the decision.
        (
            "Der Kreistag hat in seiner Sitzung am Montag, 11. Januar 2027, "
            "einen neuen Haushalt mit großer Mehrheit beschlossen.",
            (
                "Der Kreistag hat einen neuen Haushalt mit großer Mehrheit beschlossen.",
                "Das war am Montag, 11. Januar 2027.",
            ),
        ),
        # A fire brigade's yearly report: a year; a statistics office: a month with its year.
        (
            "Die Feuerwehr hat im Jahr 2026 insgesamt 412 Einsätze in der Gemeinde und den Nachbarorten gehabt.",
            (
                "Die Feuerwehr hat insgesamt 412 Einsätze in der Gemeinde und den Nachbarorten gehabt.",
                "Das war im Jahr 2026.",
            ),
        ),
        (
            "Der Vorstand vom Tierschutzverein hat die neuen Beiträge im Dezember 2026 beschlossen.",
            ("Der Vorstand vom Tierschutzverein hat die neuen Beiträge beschlossen.", "Das war im Dezember 2026."),
        ),
        # A school authority: a school year a rule starts with.
        (
            "Die Grundschule bietet ab dem Schuljahr 2027/28 an allen Tagen eine warme Mahlzeit für die Kinder an.",
            (
                "Die Grundschule bietet an allen Tagen eine warme Mahlzeit für die Kinder an.",
                "Das gilt ab dem Schuljahr 2027/28.",
            ),
        ),
        # A public office and a museum: days that recur go with their hours.
        (
            "Die Servicenummer vom Sozialamt ist dienstags bis samstags von 9 bis 17 Uhr für alle Fragen erreichbar.",
            (
                "Die Servicenummer vom Sozialamt ist für alle Fragen erreichbar.",
                "Das ist dienstags bis samstags von 9 bis 17 Uhr.",
            ),
        ),
        (
            "Der Kiosk vom Freibad bleibt in der Saison täglich von 9 bis 20 Uhr für alle Gäste geöffnet.",
            "a time that may belong to a noun",
        ),
    ],
)
def test_wider_time_phrases(sentence: str, expected: tuple[str, ...] | str) -> None:
    assert _split(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A swimming club: a framing phrase stays in the Vorfeld; the invitees take no time of their own.
        (
            "Zum Saisonstart lädt der Schwimmverein alle Kinder am Sonntag, 6. Juni 2027, um 10 Uhr "
            "zu einem Probetraining ein.",
            (
                "Zum Saisonstart lädt der Schwimmverein alle Kinder zu einem Probetraining ein.",
                "Das ist am 6. Juni 2027 um 10 Uhr.",
            ),
        ),
        # An adult education centre: the same without a framing phrase.
        (
            "Die Volkshochschule lädt alle neuen Bürgerinnen und Bürger am 2. März 2027 zu einem Rundgang ein.",
            (
                "Die Volkshochschule lädt alle neuen Bürgerinnen und Bürger zu einem Rundgang ein.",
                "Das ist am 2. März 2027.",
            ),
        ),
        # Not an invitation: the time after an object may be the object's ("die Sitzung am …").
        ("Der Verein plant die Feier am 2. März 2027 für alle seine Mitglieder.", "a time that may belong to a noun"),
    ],
)
def test_the_invitees_of_an_invitation(sentence: str, expected: tuple[str, ...] | str) -> None:
    assert _split(sentence) == expected


def test_a_head_still_too_long_gives_its_place_to_a_follower() -> None:
    # A water board: the area restricts the claim; the follower keeps the restriction ("gilt" for a rule).
    sentence = (
        "Zum 1. März 2027 treten im Gebiet vom Abwasserverband Nordtal eine neue Gebührenordnung "
        "und eine neue Satzung in Kraft."
    )
    assert _split(sentence) == (
        "Eine neue Gebührenordnung und eine neue Satzung treten in Kraft.",
        "Das ist am 1. März 2027.",
        "Das gilt im Gebiet vom Abwasserverband Nordtal.",
    )


def test_a_rule_still_holds_at_its_place_after_its_day() -> None:
    # A day before the release says "war"; the place of a rule in the present still says "gilt".
    sentence = (
        "Zum 1. Januar 2027 treten im Gebiet vom Abwasserverband Nordtal eine neue Gebührenordnung "
        "und eine neue Satzung in Kraft."
    )
    assert _split(sentence) == (
        "Eine neue Gebührenordnung und eine neue Satzung treten in Kraft.",
        "Das war am 1. Januar 2027.",
        "Das gilt im Gebiet vom Abwasserverband Nordtal.",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A hospital: two places in the Vorfeld; the subject moves to the front.
        (
            "Auf der Kinderstation und in der Frauenklinik dürfen Eltern ab sofort rund um die Uhr zu Besuch kommen.",
            (
                "Eltern dürfen ab sofort rund um die Uhr zu Besuch kommen.",
                "Das gilt auf der Kinderstation und in der Frauenklinik.",
            ),
        ),
        # A charity: a named district in the Vorfeld; an event, so "Das ist".
        (
            "Im Stadtteil Neudorf verteilen ehrenamtliche Helferinnen und Helfer "
            "kostenlos warme Decken an wohnungslose Menschen.",
            (
                "Ehrenamtliche Helferinnen und Helfer verteilen kostenlos warme Decken an wohnungslose Menschen.",
                "Das ist im Stadtteil Neudorf.",
            ),
        ),
        # A past event: "Das war".
        (
            "Die Jugendfeuerwehr hat im Stadtpark von Neudorf zusammen mit Kindern aus den Schulen 300 Bäume gepflanzt.",
            (
                "Die Jugendfeuerwehr hat zusammen mit Kindern aus den Schulen 300 Bäume gepflanzt.",
                "Das war im Stadtpark von Neudorf.",
            ),
        ),
    ],
)
def test_a_place_stands_apart(sentence: str, expected: tuple[str, str]) -> None:
    assert _place(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # An accusative is the verb's direction, no place of the clause.
        (
            "Nach dem Unfall haben die Helfer das beschädigte Auto mit einem Kran in den Graben neben der Straße gezogen.",
            "no clause-level place phrase",
        ),
        # A phrase that is no place ("im Auftrag"), whatever the name after it.
        (
            "Im Auftrag vom Landkreis Nordtal prüfen unabhängige Fachleute "
            "in diesem Jahr alle Brücken an den Straßen vom Kreis.",
            "no clause-level place phrase",
        ),
        # The place is the verb's own: "befinden sich im …".
        (
            "Im Erdgeschoss vom neuen Rathaus befinden sich ab sofort das Bürgerbüro und die Kasse für alle Gebühren.",
            "no clause-level place phrase",
        ),
        # What does not happen keeps its place in the same sentence.
        (
            "In der Innenstadt dürfen Autos und Motorräder am Wochenende vom Stadtfest auf keinen Fall fahren.",
            "a negated statement with its place",
        ),
        # A particle before the place scopes over it ("nur"): the place is not read apart.
        (
            "Nur in der Grundschule am Park müssen alle Kinder der ersten und zweiten Klasse ab Montag eine Maske tragen.",
            "no clause-level place phrase",
        ),
        # "an" with a name is the verb's object ("beteiligt sich an der Messe …"), no place.
        (
            "Der Sportverein beteiligt sich an der Messe Hannover zusammen mit vielen Mitgliedern und Freunden aus dem Ort.",
            "no clause-level place phrase",
        ),
        # Short enough already: nothing to split.
        ("Im Rathaus gibt es eine neue Ausstellung.", "short enough"),
    ],
)
def test_a_doubtful_place_stays(sentence: str, reason: str) -> None:
    assert _place(sentence) == reason


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A road authority: "bis voraussichtlich Ende …" with a verb of lasting; the PPs before it stay.
        (
            "Die Brücke am Hafen bleibt wegen Bauarbeiten bis voraussichtlich Ende Mai 2027 für Autos gesperrt.",
            (
                "Die Brücke am Hafen bleibt wegen Bauarbeiten für Autos gesperrt.",
                "Das geht bis voraussichtlich Ende Mai 2027.",
            ),
        ),
        # A handball club: the day something is scheduled for.
        (
            "Das erste Training mit der neuen Trainerin ist für Montag, 5. Juli 2027, in der Sporthalle geplant.",
            (
                "Das erste Training mit der neuen Trainerin ist in der Sporthalle geplant.",
                "Das ist am Montag, 5. Juli 2027.",
            ),
        ),
        # A water supplier: "ist geplant" is a state (planen takes "haben"); "in der Zeit" is not repeated.
        (
            "Die Abschaltung vom Wasser in der Altstadt ist in der Zeit von 8 bis etwa 12 Uhr geplant.",
            ("Die Abschaltung vom Wasser in der Altstadt ist geplant.", "Das ist von 8 bis etwa 12 Uhr."),
        ),
        # "für <Tag>" without a schedule is the day of a noun ("Helfer für …").
        (
            "Der Verein sucht noch viele Helferinnen und Helfer für Samstag, 3. Juli 2027.",
            "a day given with 'für' that is not a schedule",
        ),
        # A theatre: a quoted title after a phrase before the subject.
        (
            "Am Freitag, 7. Mai 2027, steht unter dem Motto „Sommer im Park“ die Musik im Mittelpunkt.",
            ("Die Musik steht unter dem Motto „Sommer im Park“ im Mittelpunkt.", "Das ist am Freitag, 7. Mai 2027."),
        ),
    ],
)
def test_schedules_spans_and_titles(sentence: str, expected: tuple[str, ...] | str) -> None:
    assert _split(sentence) == expected
