"""A passive subject led by a determiner ("kein", "dieser", "keine") moves into the accusative correctly.

Invented sentences from a fire brigade's and a city's releases. The bare masculine-or-neuter "kein"
leaves its case open ("kein Qualm" needs "keinen", "kein Auto" stays): where the lexicon does not give
the noun's gender, such a sentence is left as it is rather than written with a wrong case (issue 16:
broken sentences); where it does, the case follows it.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.impersonal import past_passive
from pressconv.transforms.easy.voice import modal_passive


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Am Ort wurden keine Spuren gefunden.", "Am Ort hat man keine Spuren gefunden."),
        ("Am Morgen wurde dieser Weg gesperrt.", "Am Morgen hat man diesen Weg gesperrt."),
        ("Am Abend wurde jeder Brief geöffnet.", "Am Abend hat man jeden Brief geöffnet."),
        ("Vor Ort konnten keine Spuren festgestellt werden.", "Vor Ort konnte man keine Spuren feststellen."),
    ],
)
def test_determiner_subjects_take_the_accusative(sentence: str, expected: str) -> None:
    rewritten = past_passive(sentence)
    if rewritten == sentence:
        rewritten = modal_passive(sentence)
    assert rewritten == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Vor Ort wurde kein Qualm festgestellt.",
        "Am Ort wurde kein Auto gefunden.",
        "Vor Ort konnte kein Qualm festgestellt werden.",
        "Im Rathaus wurde sein Brief geprüft.",
    ],
)
def test_an_open_case_is_left_alone_never_written_wrong(sentence: str) -> None:
    assert past_passive(sentence) == sentence
    assert modal_passive(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The lexicon lists "Rauch" and "Antrag" as masculine: "kein"/"sein" take "-en" in the accusative.
        ("Vor Ort wurde kein Rauch festgestellt.", "Vor Ort hat man keinen Rauch festgestellt."),
        ("Im Rathaus wurde sein Antrag geprüft.", "Im Rathaus hat man seinen Antrag geprüft."),
    ],
)
def test_a_case_the_lexicon_settles(sentence: str, expected: str) -> None:
    assert past_passive(sentence) == expected
