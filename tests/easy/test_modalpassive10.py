"""Session 10 (modalpassive10): agentless modal passives and "sein + zu" become "man" sentences, and unsure ones stay.

Covered: the advice "sollte … werden" (as "soll"), "sein + zu" behind an adverbial Vorfeld ("muss"),
"sein + zu" with a verb of perceiving or reaching ("kann"), and the rule check that flags "ist … zu"
as a passive. Every sentence is invented, from a veterinary office, a water utility, a school, a
housing office and a museum.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.modal_passive import advised_passive, sein_zu
from pressconv.transforms.easy.passives import gerundive
from pressconv.transforms.easy.rewrite import rewrite
from pressconv.transforms.easy.verify import rule_failures


def _passive(sentence: str) -> bool:
    return "rule.passive" in {f.check for f in rule_failures(sentence)}


@pytest.mark.parametrize(
    ("source", "active"),
    [
        # veterinary office: the advice in the Konjunktiv II, a bare plural subject
        ("Katzen sollten im Haus gehalten werden.", "Man soll Katzen im Haus halten."),
        # water utility: an adverbial Vorfeld stays first, "man" follows the modal verb
        ("Bei Frost sollte die Wasseruhr gut abgedeckt werden.", "Bei Frost soll man die Wasseruhr gut abdecken."),
        # school: a plural noun phrase with its article
        ("Die Turnschuhe sollten mit Namen versehen werden.", "Man soll die Turnschuhe mit Namen versehen."),
    ],
)
def test_advice_in_sollte_becomes_soll_with_man(source: str, active: str) -> None:
    assert advised_passive(source) == active
    assert not _passive(active)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ursprünglich sollte die Turnhalle im Mai eröffnet werden.",  # a changed plan, the Präteritum
        "Im Jahr 2019 sollte das Wehr erneuert werden.",  # a past year: "sollte" reports, it does not advise
        "Die Turnschuhe sollten nicht von den Eltern gekauft werden.",  # an agent: voice.py's case
        "Wenn es friert, sollte die Leitung geleert werden.",  # a condition with a comma
        "Gegen 15 Uhr sollte der Fahrer befragt werden.",  # a report's narrative: what was to happen
        "Ein Korb sollte dem Vermieter gegeben werden.",  # "ein Korb": the lexicon does not show the gender
    ],
)
def test_unsure_sollte_stays(sentence: str) -> None:
    assert advised_passive(sentence) == sentence


@pytest.mark.parametrize(
    ("source", "active"),
    [
        # housing office: a deposit on signing, "ist … zu" as a duty
        (
            "Bei Einzug ist eine Kaution von 500 Euro zu zahlen.",
            "Bei Einzug muss man eine Kaution von 500 Euro zahlen.",
        ),
        # veterinary office: a masculine subject takes "einen", the adjective "-en"
        ("Für jeden Hund ist ein neuer Antrag zu stellen.", "Für jeden Hund muss man einen neuen Antrag stellen."),
        # school: the zu-infinitive of a separable verb
        ("Am ersten Schultag ist der Ausweis vorzuzeigen.", "Am ersten Schultag muss man den Ausweis vorzeigen."),
    ],
)
def test_sein_zu_after_adverbial_is_a_duty(source: str, active: str) -> None:
    assert sein_zu(source) == active
    assert not _passive(active)


@pytest.mark.parametrize(
    ("source", "active"),
    [
        # museum: a verb of perceiving, "ist zu sehen" = "kann man sehen"
        ("Die Sammlung ist bis Ende Mai im Foyer zu sehen.", "Man kann die Sammlung bis Ende Mai im Foyer sehen."),
        # water utility: a verb of reaching, its negation stays
        ("Der Kundendienst ist am Feiertag nicht zu erreichen.", "Man kann den Kundendienst am Feiertag nicht erreichen."),
        # school: an adverbial Vorfeld with "kann"
        ("Im Flur sind die Bilder zu sehen.", "Im Flur kann man die Bilder sehen."),
    ],
)
def test_sein_zu_with_a_verb_of_perceiving_is_a_possibility(source: str, active: str) -> None:
    assert sein_zu(source) == active


@pytest.mark.parametrize(
    "sentence",
    [
        "Im Winter ist der Weg nicht zu befahren.",  # negated duty reads "darf nicht", never "muss nicht"
        "Am Abend ist die Halle nur mit Karte zu betreten.",  # "nur": a permission, not a duty
        "Die Gebühr ist von den Eltern zu zahlen.",  # an agent: "man" would hide who must pay
        "Nach der Feier ist der Mutter das Geschenk zu geben.",  # "der" + feminine noun: a dative
        "Die Tickets sind an der Kasse zu kaufen.",  # buying may be a duty or a possibility
        "Es ist im Büro zu melden.",  # a pronoun in the Vorfeld
        "Die Ausstellung war im Mai zu sehen.",  # the past: a possibility that was
    ],
)
def test_unsure_sein_zu_stays(sentence: str) -> None:
    assert sein_zu(sentence) == sentence
    assert gerundive(sentence) == sentence


def test_gerundive_refuses_an_agent() -> None:
    # housing office: "von den Mietern" says who must pay; "Man muss … von den Mietern zahlen" is wrong
    sentence = "Die Nebenkosten sind von den Mietern monatlich zu zahlen."
    assert gerundive(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Das Formular ist bis Freitag auszufüllen.", True),
        ("Die Ausstellung ist im Foyer zu sehen.", True),
        ("Es ist wichtig, den Hund anzuleinen.", False),  # a subordinate infinitive clause, not a passive
        ("Die Schule ist am Montag geschlossen.", False),  # a state, no zu-infinitive
        ("Man muss das Formular ausfüllen.", False),
    ],
)
def test_rule_check_flags_sein_zu_as_passive(sentence: str, flagged: bool) -> None:
    assert _passive(sentence) is flagged


@pytest.mark.parametrize(
    ("source", "active"),
    [
        # dairy advice of a consumer office: the unit stays "°C"
        ("Milch sollte bei 4 °C gelagert werden.", "Man soll Milch bei 4 °C lagern."),
        # water utility: an address stays whole
        (
            "Der Fahrplan ist unter www.stadtwerke-beispiel.de zu finden.",
            "Man kann den Fahrplan unter www.stadtwerke-beispiel.de finden.",
        ),
    ],
)
def test_words_with_signs_stay_as_written(source: str, active: str) -> None:
    assert (advised_passive(source) if "sollte" in source else sein_zu(source)) == active


def test_rewrite_runs_both_repairs() -> None:
    # water utility and veterinary office, through the whole rewrite
    assert rewrite("Bei Rohrbruch ist der Haupthahn sofort zu schließen.", None) == (
        "Bei Rohrbruch muss man den Haupthahn sofort schließen."
    )
    assert rewrite("Hunde sollten im Wald an der Leine geführt werden.", None) == (
        "Man soll Hunde im Wald an der Leine führen."
    )
