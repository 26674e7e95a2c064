"""Survey results as what a share of the respondents say, and who asked how many (invented releases)."""

from __future__ import annotations

from pressconv.transforms.easy.studies import studies
from tests.easy.support import easy_body, lone_context


def _said(text: str) -> tuple[str, ...] | None:
    found = studies(lone_context(text))
    return None if found is None else found.sentences


def test_a_share_of_respondents_is_said_as_k_of_n_with_a_saying_verb_in_the_present() -> None:
    assert _said("58 Prozent der Befragten gaben an, regelmäßig Überstunden zu leisten.") == (
        "58 von 100 Befragten sagen: Sie leisten regelmäßig Überstunden.",
    )
    # A company's customer survey: the source's own counted noun ("befragten Kunden"), "zu sein" as "sind".
    assert _said("72 Prozent der befragten Kunden gaben an, mit dem Service zufrieden zu sein.") == (
        "72 von 100 befragten Kunden sagen: Sie sind mit dem Service zufrieden.",
    )
    # A fraction in words as "1 von 4", the hedge kept; a dass-clause with its verb moved second.
    assert _said("Mehr als ein Viertel der Befragten sagten, dass sie sich mehr Beratung wünschen.") == (
        "Mehr als 1 von 4 Befragten sagen: Sie wünschen sich mehr Beratung.",
    )
    # An association's member survey: a modal keeps its infinitive last, "nicht" and "fast" kept.
    assert _said("Fast zwei Drittel der Mitglieder gaben an, keine Lehrlinge finden zu können.") == (
        "Fast 2 von 3 Mitgliedern sagen: Sie können keine Lehrlinge finden.",
    )


def test_findings_the_rescuer_cannot_say_exactly_are_refused() -> None:
    # A subjunctive says what they would do, not what they do.
    assert _said("40 Prozent der Betriebe erklärten, dass sie die Preise erhöhen würden.") is None
    # A share with decimals, a share of an amount, no verb of saying (stated as fact: not a finding said).
    assert _said("58,5 Prozent der Befragten gaben an, Überstunden zu leisten.") is None
    assert _said("30 Prozent der Ausgaben gaben an, hoch zu sein.") is None
    assert _said("58 Prozent der Befragten leisten regelmäßig Überstunden.") is None
    # A separable verb's zu-infinitive ("anzurufen") and two verbs in the answer.
    assert _said("20 Prozent der Befragten gaben an, die Hotline nie anzurufen.") is None
    assert _said("20 Prozent der Befragten sagten, dass sie oft warten müssen.") is None
    # Speech of a named person is no survey answer.
    assert studies(lone_context("58 Prozent der Befragten gaben an, Sport zu treiben.", speech=True)) is None


def test_who_asked_how_many_names_a_feminine_sender_and_keeps_the_count() -> None:
    assert _said(
        "Das ist das Ergebnis einer Studie der Technischen Hochschule Kornau, für die das Team 640 Eltern befragt hat."
    ) == ("Die Technische Hochschule Kornau hat 640 Eltern befragt.",)
    # Someone else asked for the sender: not said as the sender's own asking.
    assert _said("Das zeigt eine Umfrage der Stiftung Kornau, für die ein Institut 900 Haushalte befragt hat.") is None
    # "man" names no asker: the sender is credited only where the sentence names its own people.
    assert _said("Das zeigt eine Umfrage der Stiftung Kornau, für die man 900 Haushalte befragt hat.") is None
    # A masculine or neuter sender ("des Landesamtes") or a plural would need a case the rescuer cannot make sure of.
    assert _said("Das zeigt eine Umfrage des Statistischen Landesamtes, für die es 900 Haushalte befragt hat.") is None
    assert _said("Das zeigt eine Umfrage der Hochschulen in Kornau, für die man 900 Haushalte befragt hat.") is None


def test_a_participation_sentence_says_how_many_took_part() -> None:
    assert _said("An der Mitgliederumfrage nahmen 812 Betriebe teil.") is None  # no "Umfrage" word of its own
    assert _said("An dieser Umfrage nahmen 812 Betriebe teil.") is None
    assert _said("Das zeigt eine Umfrage der Stiftung Kornau, für die sie 900 Haushalte befragt hat.") is None
    assert _said("An der Umfrage nahmen rund 812 Betriebe teil.") == ("Rund 812 Betriebe haben bei der Umfrage mitgemacht.",)


def test_a_university_study_release_says_who_asked_and_what_they_said() -> None:
    body = easy_body(
        "Studie: Viele Erzieherinnen fühlen sich erschöpft",
        "Das ist das Ergebnis einer Studie der Hochschule Lindau, für die das Team "
        "um Prof. Dr. Greta Holm 1.230 Erzieherinnen und Erzieher in Kitas befragt hat. 64 Prozent der Befragten "
        "gaben an, oft ohne Pause zu arbeiten.",
        organisation="Hochschule Lindau",
    )
    assert "Die Hochschule Lindau hat mehr als tausend Erzieherinnen und Erzieher" in body
    assert "64 von 100 Befragten sagen: Sie arbeiten oft ohne Pause." in body


def test_a_company_survey_release_says_the_answers_as_said() -> None:
    body = easy_body(
        "Kundenbefragung der Stadtwerke",
        "Die Stadtwerke Eschenau haben ihre Kundinnen und Kunden gefragt. "
        "72 Prozent der befragten Kunden gaben an, mit dem Service zufrieden zu sein. Mehr als ein Viertel der "
        "Befragten sagten, dass sie sich mehr Beratung wünschen.",
        organisation="Stadtwerke Eschenau",
    )
    assert "72 von 100 befragten Kunden sagen: Sie sind mit dem Service zufrieden." in body
    assert "Mehr als 1 von 4 Befragten sagen: Sie wünschen sich mehr Beratung." in body


def test_an_answer_about_the_past_is_not_said_in_the_present() -> None:
    assert _said("30 Prozent der Befragten gaben an, im vergangenen Jahr keinen Urlaub zu nehmen.") is None
    assert _said("30 Prozent der Befragten gaben an, 2025 keinen Urlaub zu nehmen.") is None


def test_the_fact_guard_accepts_k_of_n_only_for_the_fraction_the_source_names() -> None:
    from pressconv.transforms.easy.shares import from_fraction

    assert from_fraction("Mehr als 1 von 3 Befragten", "mehr als ein drittel der befragten") == "Mehr als  Befragten"
    # "zwei Drittel" is no "1 von 3"; a fraction the source never wrote stays a number to check.
    assert from_fraction("1 von 3 Befragten", "zwei drittel der befragten") == "1 von 3 Befragten"
    assert from_fraction("2 von 5 Befragten", "ein fünftel der befragten") == "2 von 5 Befragten"
