"""The narrative rescuer: coordinated Präteritum verb phrases said as one Perfekt sentence each."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.narrative import narrative_clauses, narrative_rescue
from pressconv.transforms.easy.rescue import RescueContext
from pressconv.transforms.easy.verify import rule_failures, structure_failures
from tests.easy.support import lone_context


def _context(text: str) -> RescueContext:
    return lone_context(text, rewritten=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A police report: a robbery told in three verb phrases, the time kept with the first.
        (
            "Gegen 22 Uhr betrat ein bewaffneter Mann den Kiosk, bedrohte den Verkäufer mit einer Pistole "
            "und verlangte das Geld aus der Kasse.",
            (
                "Gegen 22 Uhr hat ein bewaffneter Mann den Kiosk betreten.",
                "Der bewaffnete Mann hat den Verkäufer mit einer Pistole bedroht.",
                "Der bewaffnete Mann hat das Geld aus der Kasse verlangt.",
            ),
        ),
        # A police report: the separable verb joined in the participle ("nahmen … fest").
        (
            "Die Polizisten stoppten den Lieferwagen und nahmen die 31-Jährige wenig später fest.",
            (
                "Die Polizisten haben den Lieferwagen gestoppt.",
                "Die Polizisten haben die 31-Jährige wenig später festgenommen.",
            ),
        ),
        # A fire brigade report: "sein" for a verb of motion without an object.
        (
            "Eine ältere Frau stürzte auf der Treppe und verletzte sich am Arm.",
            ("Eine ältere Frau ist auf der Treppe gestürzt.", "Die ältere Frau hat sich am Arm verletzt."),
        ),
        # A court release: the court repeated as the subject of each sentence.
        (
            "Am Dienstag verurteilte das Amtsgericht den Angeklagten zu einer Geldstrafe und ordnete die Einziehung an.",
            (
                "Am Dienstag hat das Amtsgericht den Angeklagten zu einer Geldstrafe verurteilt.",
                "Das Amtsgericht hat die Einziehung angeordnet.",
            ),
        ),
    ],
)
def test_each_verb_phrase_is_one_perfekt_sentence(text: str, expected: tuple[str, ...]) -> None:
    found = narrative_rescue(_context(text))
    assert found is not None
    assert found.sentences == expected
    for sentence in found.sentences:
        assert not rule_failures(sentence)
        assert not structure_failures(sentence)


@pytest.mark.parametrize(
    "text",
    [
        # A hedge in the shared part may hold for every verb phrase: refused.
        "Durch den Sturm beschädigte wohl ein umstürzender Baum die Leitung und verursachte einen Stromausfall.",
        "Laut Zeugen betrat ein Mann den Laden und forderte Geld.",
        # A relative clause: the conjuncts' ends are unclear.
        "Die Feuerwehr löschte den Brand, der im Keller ausgebrochen war, und belüftete das Haus.",
        # "ein" without an adjective does not show the gender of an unknown noun: no repeated subject.
        "Ein Kleinkraftrad kam von der Fahrbahn ab und prallte gegen einen Zaun.",
        # A bare second verb may share the first one's object.
        "Der Mann griff den Radfahrer an und flüchtete.",
    ],
)
def test_unsure_narratives_are_refused(text: str) -> None:
    assert narrative_clauses(text) is None


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # A police report: the date apposition of the Vorfeld stays with the first sentence.
        (
            "Am Freitag, 6. März 2026, gegen 9 Uhr überfiel ein unbekannter Mann die Filiale und bedrohte eine Kundin.",
            "Am Freitag, 6. März 2026, gegen 9 Uhr überfiel ein unbekannter Mann die Filiale.",
        ),
        # A fire brigade report: the tagger reads "und belüfteten" as an adjective before an article.
        (
            "Am Abend löschten die Einsatzkräfte das Feuer und belüfteten das Gebäude.",
            "Am Abend löschten die Einsatzkräfte das Feuer.",
        ),
    ],
)
def test_vorfeld_stays_with_the_first_sentence(text: str, first: str) -> None:
    found = narrative_clauses(text)
    assert found is not None
    assert found[0] == first
    assert len(found) == 2


def test_a_long_first_sentence_says_its_time_apart() -> None:
    # A police report whose first verb phrase is too long with its date: the time rescuer's follower.
    text = (
        "Am Mittwoch, 18. März 2026, gegen 21:40 Uhr betrat ein maskierter Mann eine Bäckerei "
        "in der Lindenstraße und bedrohte die 24-jährige Angestellte mit einem Messer."
    )
    found = narrative_rescue(_context(text))
    assert found is not None
    assert found.sentences[-1] == "Der maskierte Mann hat die 24-jährige Angestellte mit einem Messer bedroht."
    assert found.sentences[1].startswith("Das war am Mittwoch, 18. März 2026")
