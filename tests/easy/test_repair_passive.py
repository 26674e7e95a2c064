"""Past passive repaired to the active before the verifier decides: agentless with "man", agent as subject.

Every sentence and release here is invented for these tests (senders, streets, numbers).
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.impersonal import past_passive
from pressconv.transforms.easy.rewrite import rewrite
from pressconv.transforms.easy.verify import rule_failures
from tests.easy.support import easy_body


@pytest.mark.parametrize(
    ("passive", "active"),
    [
        # Police report: subject in the Vorfeld with an attached prepositional phrase.
        ("Der Leiter vom Kindergarten wurde eingeladen.", "Man hat den Leiter vom Kindergarten eingeladen."),
        # Police report: negation keeps its place; a bare plural looks the same in the accusative.
        ("Spuren wurden nicht gesichert.", "Man hat Spuren nicht gesichert."),
        # Club or authority: adverbial Vorfeld, the subject follows the verb.
        ("Im Frühjahr wurde eine neue Halle gebaut.", "Im Frühjahr hat man eine neue Halle gebaut."),
        ("Im Lager wurden viele Kisten nicht geöffnet.", "Im Lager hat man viele Kisten nicht geöffnet."),
        # Perfekt passive ("ist … worden") becomes the same Perfekt active.
        ("Der Spielplatz ist geschlossen worden.", "Man hat den Spielplatz geschlossen."),
        # "nur" stays with what it limits.
        ("Am Sonntag wurde nur der Saal geöffnet.", "Am Sonntag hat man nur den Saal geöffnet."),
    ],
)
def test_agentless_past_passive_becomes_man(passive: str, active: str) -> None:
    result = past_passive(passive)
    assert result == active
    checks = {f.check for f in rule_failures(result)}
    assert "rule.passive" not in checks and "rule.praeteritum" not in checks


@pytest.mark.parametrize(
    "sentence",
    [
        "Gestern wurde der Nachbarin geholfen.",  # dative verb: no subject to move ("den Nachbarin" is wrong)
        "Ein Radfahrer wurde schwer verletzt.",  # harm: "man hat … verletzt" would invent an attacker
        "Dort wurde nur die Garage beschädigt.",  # damage by a fire is no act of anyone
        "Im Keller wurde ein Kessel entdeckt.",  # "ein Kessel": neuter or masculine, the lexicon does not say
        "Der Zeuge wurde befragt.",  # weak noun: "den Zeugen" needs an ending the words do not show
        "Es wurde lange gefeiert.",  # impersonal passive: no subject
        "Der Antrag wurde von einem jungen Mann gestellt.",  # an agent: never hidden behind "man"
        "Die Halle wurde gebaut, die Wiese wurde gemäht.",  # two clauses: left to the clause splitter
    ],
)
def test_uncertain_past_passive_stays(sentence: str) -> None:
    assert past_passive(sentence) == sentence


@pytest.mark.parametrize(
    ("passive", "active"),
    [
        ("Der Antrag wurde von einer Sachbearbeiterin geprüft.", "Eine Sachbearbeiterin hat den Antrag geprüft."),
        ("Der Bauantrag wurde durch einen Gutachter geprüft.", "Ein Gutachter hat den Bauantrag geprüft."),
        # An ordinal's dot inside the clause must not cost the clause a word.
        (
            "Der Fahrer wurde am 3. Mai von der Polizei in Gewahrsam genommen.",
            "Die Polizei hat den Fahrer am 3. Mai in Gewahrsam genommen.",
        ),
    ],
)
def test_agent_with_indefinite_article_becomes_subject(passive: str, active: str) -> None:
    assert rewrite(passive, None) == active


def test_police_release_keeps_repaired_passive() -> None:
    body = easy_body(
        "Einbruch in Lagerhalle",
        "Unbekannte sind in der Nacht zu Dienstag in eine Lagerhalle in Felsbach eingebrochen. "
        "Im Büro wurden mehrere Schränke aufgebrochen. Der Eigentümer wurde am Morgen informiert.",
        organisation="Polizeiinspektion Felsbach",
    )
    assert "Im Büro hat man mehrere Schränke aufgebrochen." in body
    assert "wurde" not in body


def test_club_release_keeps_repaired_passive() -> None:
    body = easy_body(
        "Neue Tribüne am Sportplatz",
        "Der Turnverein Grünau hat am Sportplatz eine neue Tribüne gebaut. "
        "Im Herbst wurde die alte Tribüne abgerissen. Die Arbeiten dauerten drei Monate.",
        organisation="Turnverein Grünau",
    )
    # The lead's kernel reads "man" as the subject (session 32) and puts it first, the time after it.
    assert "Man hat im Herbst die alte Tribüne abgerissen." in body
