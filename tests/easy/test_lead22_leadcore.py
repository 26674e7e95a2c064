"""The news core of a lead built from its main clause (leadcore.py): invented leads of several sender kinds."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.leadcore import build_core, opener
from pressconv.transforms.easy.source import SourceSentence


def test_hanta_reads_the_clause() -> None:
    # HanTa is a dependency of the easy extra (pyproject): without it every case below would pass
    # vacuously as "says nothing", so its absence fails here instead of being skipped.
    assert morph.available()


ISSUED = date(2026, 5, 6)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A university's senate elects a president (a predicative "zu" phrase: the role said apart).
        (
            "Der Senat von der Hochschule Talberg hat in seiner Sitzung am Montag, 4. Mai 2026, "
            "Maria Beispiel zur neuen Rektorin von der Hochschule gewählt.",
            (
                "Der Senat von der Hochschule Talberg hat Maria Beispiel gewählt.",
                "Das war am Montag, 4. Mai 2026.",
                "Maria Beispiel wird die neue Rektorin von der Hochschule Talberg.",
            ),
        ),
        # A utility's supervisory board appoints a managing director.
        (
            "Der Aufsichtsrat von den Stadtwerken Musterstadt hat in seiner Sitzung am 30. April 2026 "
            "Peter Probe zum neuen Geschäftsführer bestellt.",
            (
                "Der Aufsichtsrat von den Stadtwerken Musterstadt hat Peter Probe bestellt.",
                "Das war am 30. April 2026.",
                "Peter Probe wird der neue Geschäftsführer.",
            ),
        ),
    ],
)
def test_an_election_names_the_person_and_the_role_apart(lead: str, expected: tuple[str, ...]) -> None:
    assert build_core(lead, ISSUED) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A district council: the frame ("in seiner Sitzung"), the debate and the votes go, the date apart.
        (
            "Der Kreistag vom Landkreis Musterland hat in seiner öffentlichen Sitzung am Donnerstag, 30. April 2026, "
            "nach langer Debatte mit 40 Ja-Stimmen den neuen Nahverkehrsplan beschlossen.",
            (
                "Der Kreistag vom Landkreis Musterland hat den neuen Nahverkehrsplan beschlossen.",
                "Das war am Donnerstag, 30. April 2026.",
            ),
        ),
        # A municipal council.
        (
            "Der Gemeinderat von der Gemeinde Beispielbach hat am Montag, 4. Mai 2026, nach kurzer Aussprache "
            "einstimmig die neue Friedhofssatzung beschlossen.",
            (
                "Der Gemeinderat von der Gemeinde Beispielbach hat einstimmig die neue Friedhofssatzung beschlossen.",
                "Das war am Montag, 4. Mai 2026.",
            ),
        ),
        # A hospital opens a ward: the fixed verb complement "in Betrieb" stays with its verb.
        (
            "Das Klinikum Musterstadt nimmt am Montag, 16. März 2026, nach langer Umbauzeit seine neue "
            "Station für Geriatrie in Betrieb.",
            (
                "Das Klinikum Musterstadt nimmt seine neue Station für Geriatrie in Betrieb.",
                "Das war am Montag, 16. März 2026.",
            ),
        ),
    ],
)
def test_a_decision_keeps_who_what_and_when(lead: str, expected: tuple[str, ...]) -> None:
    assert build_core(lead, ISSUED) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A weather service's warning: each place of the event its own follower.
        (
            "Der Deutsche Wetterdienst warnt vor einem schweren Sturm in den Höhenlagen vom Schwarzwald und "
            "an der Küste von der Nordsee.",
            (
                "Der Deutsche Wetterdienst warnt vor einem schweren Sturm.",
                "Das ist in den Höhenlagen vom Schwarzwald.",
                "Das ist auch an der Küste von der Nordsee.",
            ),
        ),
        # A police office's warning.
        (
            "Die Polizeiinspektion Musterstadt warnt vor falschen Handwerkern in den Ortsteilen Nordfeld und "
            "Südfeld und in der Altstadt.",
            (
                "Die Polizeiinspektion Musterstadt warnt vor falschen Handwerkern.",
                "Das ist in den Ortsteilen Nordfeld und Südfeld.",
                "Das ist auch in der Altstadt.",
            ),
        ),
    ],
)
def test_a_warning_says_its_places_apart(lead: str, expected: tuple[str, ...]) -> None:
    assert build_core(lead, ISSUED) == expected


@pytest.mark.parametrize(
    "lead",
    [
        # A beneficiary that would go ("für Kinder …"): the rest would say too much.
        "Die Bibliothek von der Stadt Musterstadt hat in diesem Jahr für Kinder unter 10 Jahren die Gebühren "
        "für den Leseausweis abgeschafft.",
        "Der Sportverein Musterdorf bietet ab dem 4. Mai 2026 für Seniorinnen und Senioren über 70 Jahre "
        "kostenlose Kurse in der Turnhalle an.",
        # A passive of harm without its agent (a fire brigade, the police): "man hat … verletzt" would
        # claim that someone did it. (Other agentless passives are said with "man": test_lead23_passive.py.)
        "Am Sonntag, 3. Mai 2026, ist bei einem Brand in einem Wohnhaus in Adorf ein Mann schwer verletzt worden.",
        "Bei einem Unfall am Montag, 4. Mai 2026, wurden auf der Kreisstraße bei Bedorf 2 Radfahrer verletzt.",
        # A conditional clause limits the claim: never cut.
        "Wenn es am Samstag, 9. Mai 2026, regnet, fällt das Sommerfest von der Grundschule Musterstadt aus.",
        # A scope with a number in front (a waste company, a school authority).
        "In 19 von den 24 Gemeinden vom Landkreis ändert sich ab dem 4. Januar 2027 der Abfuhrtag für die Restmülltonne.",
        "An 3 von den 8 Grundschulen von der Stadt fällt ab Montag, 4. Mai 2026, der Nachmittagsunterricht aus.",
        # A pronoun points at nothing.
        "Sie hat am Montag, 4. Mai 2026, in der Stadthalle von der "
        "Stadt Musterhausen den Preis für ihr Lebenswerk bekommen.",
        # A nominalised role ("zur Vorsitzenden") whose nominative cannot be read off safely.
        "Die Mitgliederversammlung vom Turnverein Nordheim hat am Samstag, "
        "2. Mai 2026, Jana Muster zur neuen Vorsitzenden gewählt.",
        # A list after "über" whose cut would leave a wrong fragment ("informiert ohne Berufsabschluss").
        "Das Jobcenter informiert ganztägig über Weiterbildungen, Fördermittel und die Umschulung ohne Berufsabschluss.",
        # A modal without its infinitive.
        "Mitmachen kann grundsätzlich, wer schwimmen kann, mindestens 12 Jahre alt ist und eine Badekappe trägt.",
    ],
)
def test_nothing_is_built_where_a_cut_could_change_the_meaning(lead: str) -> None:
    assert build_core(lead, ISSUED) is None


@pytest.mark.parametrize(
    ("lead", "kept"),
    [
        # A restricting attribute with a number stays (a city council, a utility).
        (
            "Der Stadtrat von der Stadt Musterhausen hat am Montag, 4. Mai "
            "2026, die Parkgebühren in 3 von 5 Zonen deutlich erhöht.",
            "in 3 von 5 Zonen",
        ),
        (
            "Die Stadtwerke Musterstadt haben am Montag, 4. Mai 2026, die "
            "Preise für Gas in der Grundversorgung deutlich gesenkt.",
            "für Gas",
        ),
        # A negation stays (a district council, a court).
        (
            "Der Kreistag vom Landkreis Musterland hat in seiner öffentlichen Sitzung am Dienstag, 28. April 2026, "
            "den Antrag von der Fraktion nach langer Debatte nicht angenommen.",
            "nicht",
        ),
        (
            "Das Amtsgericht Musterstadt hat am Montag, 4. Mai 2026, nach kurzer "
            "Verhandlung die Klage von dem Verein nicht zugelassen.",
            "nicht",
        ),
    ],
)
def test_a_limiting_part_stays_or_nothing_is_built(lead: str, kept: str) -> None:
    found = build_core(lead, ISSUED)
    assert found is None or kept in found[0]


def test_a_lead_and_the_first_sentence_of_each_paragraph_are_openers() -> None:
    sentences = [
        SourceSentence("Der Verein lädt ein.", paragraph=0),
        SourceSentence("Das Fest ist am Samstag.", paragraph=0),
        SourceSentence("Es gibt Kuchen.", paragraph=1),
        SourceSentence("Der Eintritt ist frei.", paragraph=1),
    ]
    assert [opener(sentences, i) for i in range(4)] == [True, True, True, False]
