"""The Perfekt rewrite: the auxiliary by verb and object, the Ersatzinfinitiv, and the shapes it refuses.

Invented sentences of several kinds of sender (police, school, sports club, town hall, animal shelter).
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.rewrite import rewrite


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # "ver-" + a verb of motion keeps "sein" (Duden grammar): an animal shelter, a police report.
        (
            "Die Suche nach dem entlaufenen Hund verlief ohne Erfolg.",
            "Die Suche nach dem entlaufenen Hund ist ohne Erfolg verlaufen.",
        ),
        # "stoßen auf" without an accusative object takes "sein": a town hall's building report.
        (
            "Beim Umbau der Turnhalle stieß ein Handwerker auf alte Leitungen.",
            "Beim Umbau der Turnhalle ist ein Handwerker auf alte Leitungen gestoßen.",
        ),
        # The same verbs with an accusative object or "sich" take "haben": a sports club, a mountain rescue.
        (
            "Der Trainer fuhr den verletzten Spieler ins Krankenhaus.",
            "Der Trainer hat den verletzten Spieler ins Krankenhaus gefahren.",
        ),
        ("Der Bus fuhr am Abend nach Hause.", "Der Bus ist am Abend nach Hause gefahren."),
        ("Der Wanderer verlief sich im Nebel.", "Der Wanderer hat sich im Nebel verlaufen."),
        ("Das Team fuhr den ganzen Tag durch die Berge.", "Das Team ist den ganzen Tag durch die Berge gefahren."),
        # A time phrase in the Vorfeld is no subject (a music club); verbs of change take "sein".
        ("Letzte Woche fuhr die Kapelle nach Wien.", "Letzte Woche ist die Kapelle nach Wien gefahren."),
        ("Der Wagen verunglückte auf der Landstraße.", "Der Wagen ist auf der Landstraße verunglückt."),
        ("Das Eis schmolz in der Sonne.", "Das Eis ist in der Sonne geschmolzen."),
        ("Der Koch schmolz die Butter.", "Der Koch hat die Butter geschmolzen."),
        # "treten" keeps "haben"; its particle verbs of change take "sein" unless they have an object.
        ("Der Vorstand trat im März zurück.", "Der Vorstand ist im März zurückgetreten."),
        ("Die Polizei trat die Tür ein.", "Die Polizei hat die Tür eingetreten."),
        ("Ein Unbekannter trat gegen die Tür.", "Ein Unbekannter hat gegen die Tür getreten."),
        # A nominalised adjective is the subject: a police report on a fall.
        ("Die 80-Jährige stürzte auf dem Gehweg.", "Die 80-Jährige ist auf dem Gehweg gestürzt."),
        # "lassen" with a bare infinitive: Ersatzinfinitiv (a school, a fire brigade).
        ("Die Schulleiterin ließ das Gebäude räumen.", "Die Schulleiterin hat das Gebäude räumen lassen."),
        (
            "Der Einsatzleiter ließ weitere Kräfte nachalarmieren.",
            "Der Einsatzleiter hat weitere Kräfte nachalarmieren lassen.",
        ),
        # The writer's spacing stays: an address is not cut at its dots.
        (
            "Die Stadt veröffentlichte den Plan auf www.stadt-beispiel.example/plan.",
            "Die Stadt hat den Plan auf www.stadt-beispiel.example/plan veröffentlicht.",
        ),
        (
            "Der Verein verschickte die Einladung an info@verein-beispiel.example.",
            "Der Verein hat die Einladung an info@verein-beispiel.example verschickt.",
        ),
    ],
)
def test_perfekt_auxiliary_and_form(source: str, expected: str) -> None:
    assert rewrite(source, None) == expected


@pytest.mark.parametrize(
    "source",
    [
        "Der Dieb entkam den Beamten.",  # a dative or an accusative plural: the case is unclear
        "Der Verein äußerte sich wie folgt:",  # what follows the colon is the object
        ", sagte die Vorsitzende.",  # the frame of a quotation, cut off from it
        "Die Kinder, die den Stand aufbauten.",  # a relative clause, verb last
        "Die Mannschaft gewann das Spiel. für alle Fans war es ein Fest.",  # a sentence end inside
        "Die Feuerwehr begann zu löschen.",  # another infinitive: not the Ersatzinfinitiv of "lassen"
    ],
)
def test_perfekt_refuses_unclear_shapes(source: str) -> None:
    assert rewrite(source, None) == source


def test_addresses_are_one_token() -> None:
    assert morph.tokens("Infos unter www.kreis-beispiel.example/seite. Danke") == [
        "Infos",
        "unter",
        "www.kreis-beispiel.example/seite",
        ".",
        "Danke",
    ]
    assert "post@schule-beispiel.example" in morph.tokens("Fragen an post@schule-beispiel.example.")
