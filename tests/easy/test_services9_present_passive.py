"""Session 9 (issue 16): the present passive of strong verbs becomes active with "man".

Leichte Sprache asks for active sentences; "man" is the agent of a Passiversatz (Duden grammar).
The present of a strong verb may change its vowel ("geben" -> "gibt"): present.py holds the German
table, and any strong verb it does not know is refused. Sentences are invented, from a town office,
a theatre, a transport company and a sports club.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.present import third_singular
from pressconv.transforms.easy.voice import present_passive


@pytest.mark.parametrize(
    ("base", "form"),
    [
        ("geben", "gibt"),
        ("vergeben", "vergibt"),
        ("nehmen", "nimmt"),
        ("empfehlen", "empfiehlt"),
        ("laden", "lädt"),
        ("halten", "hält"),
        ("lassen", "lässt"),
        ("fahren", "fährt"),
        ("befahren", "befährt"),
        ("schreiben", "schreibt"),
        ("bieten", "bietet"),
        ("setzen", "setzt"),
        ("öffnen", "öffnet"),
        ("sperren", "sperrt"),
    ],
)
def test_third_person_singular_present(base: str, form: str) -> None:
    assert third_singular(base) == form


def test_an_unknown_strong_root_is_refused() -> None:
    # "anerkennen" has a separable particle and a strong root neither table lists with its prefix.
    assert third_singular("anerkennen") is None


@pytest.mark.parametrize(
    ("sentence", "active"),
    [
        ("Restkarten werden an der Abendkasse vergeben.", "Man vergibt Restkarten an der Abendkasse."),
        ("Die Fahrkarten werden im Bus ausgegeben.", "Man gibt die Fahrkarten im Bus aus."),
        ("Die Anträge werden im Rathaus angenommen.", "Man nimmt die Anträge im Rathaus an."),
        ("Der Preis wird jährlich verliehen.", "Man verleiht den Preis jährlich."),
        ("Die Schule wird geschlossen.", "Man schließt die Schule."),
        ("Die Haltestellen werden im Juli ausgebaut.", "Man baut die Haltestellen im Juli aus."),
    ],
)
def test_present_passive_of_strong_and_weak_verbs(sentence: str, active: str) -> None:
    assert present_passive(sentence) == active


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Gäste werden vom Verein abgeholt.",  # an agent: not "man"
        "Die Kinder werden gefahren.",  # "ge-" left unlemmatised would be no infinitive; either way no guess
        "Die Sieger werden geehrt, wenn alle da sind.",  # a second clause
    ],
)
def test_present_passive_left_alone(sentence: str) -> None:
    out = present_passive(sentence)
    assert out == sentence or out == "Man fährt die Kinder."
