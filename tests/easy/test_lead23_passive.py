"""The news core of passive and framed leads (leadcore.py, leadvoice.py): invented leads of several sender kinds."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.leadcore import build_core
from pressconv.transforms.easy.verify import rule_failures


def test_hanta_reads_the_clause() -> None:
    # Without HanTa every negative case below would pass vacuously as "says nothing".
    assert morph.available()


ISSUED = date(2026, 4, 20)


def _core(lead: str) -> tuple[str, ...] | None:
    # The source is the lead itself: the invented leads carry no genitive the rewrite would say with "von".
    return build_core(lead, ISSUED, lead)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A utility's present passive: "man" as the agent, the time said apart.
        (
            "Die Wasserleitungen in der Altstadt von Musterstadt werden ab Montag, 4. Mai 2026, erneuert.",
            ("Man erneuert die Wasserleitungen in der Altstadt von Musterstadt.", "Das gilt ab Montag, 4. Mai 2026."),
        ),
        # A bank closes branches: the list of places stays whole.
        (
            "Die Filialen in Adorf, Bedorf und Cedorf werden bis zum 30. September 2026 geschlossen.",
            ("Man schließt die Filialen in Adorf, Bedorf und Cedorf.",),
        ),
        # The police search for a missing man: the patient in the accusative ("den … Karl Beispiel").
        (
            "Seit Montagnachmittag, 23. März 2026, wird der 75-jährige Karl Beispiel aus dem Ortsteil Nord vermisst.",
            ("Man vermisst den 75-jährigen Karl Beispiel aus dem Ortsteil Nord.",),
        ),
        # A town's past passive: the Perfekt with "hat".
        (
            "Am Samstag, 18. April 2026, wurde der neue Spielplatz am Rathausplatz im Ortsteil Bedorf eröffnet.",
            (
                "Man hat den neuen Spielplatz am Rathausplatz im Ortsteil Bedorf eröffnet.",
                "Das war am Samstag, 18. April 2026.",
            ),
        ),
        # A museum's modal passive of possibility: "man kann … besichtigen".
        (
            "Der alte Wasserturm in Bedorf kann ab Juni 2026 wieder besichtigt werden.",
            ("Man kann ab Juni 2026 den alten Wasserturm in Bedorf wieder besichtigen.",),
        ),
        # A utility's deadline "bis Ende Juni": a month after "Ende" is the date's own part.
        (
            "Die rund 40 Ladesäulen in der Innenstadt werden bis Ende Juni erneuert.",
            ("Man erneuert bis Ende Juni die rund 40 Ladesäulen in der Innenstadt.",),
        ),
    ],
)
def test_an_agentless_passive_lead_is_said_with_man(lead: str, expected: tuple[str, ...]) -> None:
    found = _core(lead)
    assert found == expected
    assert all(not rule_failures(sentence) for sentence in found)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A library announces a change, the clause after the colon holds it (with "nur noch" kept).
        (
            "Die Stadtbücherei Musterau stellt ihren Betrieb um: Ab Montag, 11. Mai 2026, werden Medien "
            "nur noch am Automaten ausgeliehen.",
            (
                "Die Stadtbücherei Musterau stellt ihren Betrieb um.",
                "Man leiht Medien nur noch am Automaten aus.",
                "Das gilt ab Montag, 11. Mai 2026.",
            ),
        ),
        # A swimming pool opens its season.
        (
            "Das Hallenbad Bedorf startet in die Saison: Ab Samstag, 16. Mai 2026, wird das Becken "
            "wieder für alle Gäste geöffnet.",
            (
                "Das Hallenbad Bedorf startet in die Saison.",
                "Man öffnet das Becken wieder für alle Gäste.",
                "Das gilt ab Samstag, 16. Mai 2026.",
            ),
        ),
    ],
)
def test_a_clause_before_a_colon_and_the_news_after_it_are_both_said(lead: str, expected: tuple[str, ...]) -> None:
    assert _core(lead) == expected


@pytest.mark.parametrize(
    "lead",
    [
        # Hearsay "soll" (a court report, the police) and a plan's "soll" (a firm): never a fact, and no
        # "man soll", which would read as a duty.
        "Der Mann soll nach Angaben der Polizei mehrfach auf das Opfer eingeschlagen haben.",
        "Die Serienfertigung soll bis Ende 2027 nach Prag verlagert werden.",
        "Der Angeklagte soll im Jahr 2025 rund 40.000 Euro aus der Vereinskasse genommen haben.",
        # Harm without an agent (a fire brigade, the police): "man hat … verletzt" would blame someone.
        "Am Sonntag ist bei einem Brand in einem Wohnhaus ein Mann schwer verletzt worden.",
        "Bei einem Unfall am Montag wurde auf der Kreisstraße bei Bedorf ein Radfahrer schwer verletzt.",
        # An agent of harm (the police): neither "man" nor the agent as a doer of a deed.
        "Bei dem Unfall am Montag wurde ein Radfahrer von einem Auto erfasst.",
        # An agent phrase with an attribute, or two "von" phrases: which one is the agent is unsure.
        "Die Kreisstraße wird ab Montag, 11. Mai 2026, von der Stadt Musterau von Adorf bis Bedorf gesperrt.",
        # A birth is no deed of anyone (a museum's, a university's biography).
        "Die Malerin Anna Beispiel wurde im Jahr 1950 in Adorf geboren.",
        "Der neue Präsident von der Hochschule wurde 1971 in Bedorf geboren.",
        # "zuletzt" without its year would read as "recently" (a town's fees, a club's fee).
        "Die Gebühren für das Parken an den Automaten in der Altstadt waren zuletzt im Jahr 2013 angepasst worden.",
        "Der Mitgliedsbeitrag vom Turnverein Adorf für Kinder und Jugendliche wurde zuletzt im Jahr 2015 erhöht.",
        # A judgement without its judges: "man" would make an opinion a fact.
        "Die Ergebnisse werden von Fachleuten als sehr gut bewertet.",
        # A speaker before the colon: what follows is their statement, never a bare fact.
        "Der Bürgermeister betont: Ab Montag, 11. Mai 2026, werden Anträge nur noch digital bearbeitet.",
        "Die Vorsitzende vom Verein ist überzeugt: Ab Mai 2026 wird das Vereinsheim wieder geöffnet.",
        # A tail after a semicolon or dash that limits the clause (a town, a utility).
        "Die Stadt Musterau baut ab Juni eine neue Grundschule; ausgenommen ist der Ortsteil Bedorf.",
        "Die Stadtwerke Musterau passen zum 1. Januar 2027 ihre Preise für Strom und Gas an – aber nur für Neukunden.",
        # An attribution in the clause: without it a claim becomes a fact. (One in front now stays in
        # front, the clause behind it: test_lead24_front.py.)
        "Die Brücke in Adorf muss nach einem Gutachten vom Landesamt bis Ende des Jahres abgerissen werden.",
        "Nach Einschätzung der Kammer hat die Wirtschaft im Landkreis im März 2026 wieder mehr Aufträge bekommen.",
    ],
)
def test_nothing_is_said_where_man_or_a_cut_would_mislead(lead: str) -> None:
    assert _core(lead) is None


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A town closes a road: the agent becomes the subject, the time stays before the object.
        (
            "Die Kreisstraße wird ab Montag, 11. Mai 2026, von der Stadt Musterau voll gesperrt.",
            ("Die Stadt Musterau sperrt ab Montag, 11. Mai 2026, die Kreisstraße voll.",),
        ),
        # A mayor opens a playground (a past passive: the Perfekt, its time said apart).
        (
            "Der neue Spielplatz wurde am Samstag, 18. April 2026, von der Bürgermeisterin feierlich eröffnet.",
            ("Die Bürgermeisterin hat den neuen Spielplatz feierlich eröffnet.", "Das war am Samstag, 18. April 2026."),
        ),
        # A district must demolish a bridge (a modal passive with its agent).
        (
            "Die Brücke muss bis Ende Juni vom Landkreis abgerissen werden.",
            ("Der Landkreis muss bis Ende Juni die Brücke abreißen.",),
        ),
    ],
)
def test_a_passive_lead_with_its_agent_names_the_agent(lead: str, expected: tuple[str, ...]) -> None:
    assert _core(lead) == expected


def test_a_genitive_said_with_von_is_no_agent_only_where_the_source_has_none() -> None:
    # The rewrite says "der Stadt" as "von der Stadt" (rewrite.py); the source tells the two apart.
    rewritten = "Die Wasserleitungen in der Altstadt von der Stadt Adorf werden ab Montag, 4. Mai 2026, erneuert."
    genitive = "Die Wasserleitungen in der Altstadt der Stadt Adorf werden ab Montag, 4. Mai 2026, erneuert."
    agent = "Die Wasserleitungen in der Altstadt werden ab Montag, 4. Mai 2026, von der Stadt Adorf erneuert."
    assert build_core(rewritten, ISSUED, genitive) is not None
    assert build_core(agent, ISSUED, agent) is None


def test_a_time_phrase_moved_after_the_verb_is_no_sentence_start() -> None:
    found = _core("Ab Montag, 4. Mai 2026, werden in Bedorf die Anträge für den Kindergarten nur noch digital bearbeitet.")
    assert found is None or not any(" Ab " in sentence for sentence in found)
