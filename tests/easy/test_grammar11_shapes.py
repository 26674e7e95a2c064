"""Shapes that made broken summary sentences: spacing after a rewrite, reported words without a speaker.

Invented sentences of several kinds of sender (consumer advice centre, school, town hall, club).
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.reported import full_verb_subjunctive
from pressconv.transforms.easy.select import candidates
from pressconv.transforms.easy.source import SourceSentence


@pytest.mark.parametrize(
    ("words", "text"),
    [
        (["Das", "Formular", "„", "Schaden", "melden", "“", "hilft", "."], "Das Formular „Schaden melden“ hilft."),
        (["Die", "Schule", "(", "Haus", "B", ")", "bleibt", "zu", "."], "Die Schule (Haus B) bleibt zu."),
        (["Alle", "Bürger", "*", "innen", "sind", "eingeladen", "."], "Alle Bürger*innen sind eingeladen."),
        (["Ein", "20", "-jähriger", "Spieler", "trifft", "."], "Ein 20-jähriger Spieler trifft."),
        (["Infos", "unter", "www.club-beispiel.example", "."], "Infos unter www.club-beispiel.example."),
    ],
)
def test_join_spaces_as_german_writes(words: list[str], text: str) -> None:
    assert morph.join(words) == text


@pytest.mark.parametrize(
    ("piece", "reported"),
    [
        ("Man helfe aber bei der Suche nach einer Wohnung.", True),  # a town hall's advice, reported
        ("Der Verein lege großen Wert auf Fairness.", True),  # a sports club's view, reported
        ("Die Beratungsstelle hilft bei der Suche.", False),  # indicative
        ("Die Schule meldete den Schaden sofort.", False),  # Präteritum of a weak verb, also "-e"
        ("Ich helfe gern beim Aufbau.", False),  # first person indicative
    ],
)
def test_full_verb_subjunctive(piece: str, reported: bool) -> None:
    assert full_verb_subjunctive(piece) is reported


def test_reported_words_without_a_speaker_are_left_out() -> None:
    sentences = [
        SourceSentence("Die Verbraucherzentrale berät ab Montag in der Stadtbibliothek.", paragraph=0),
        SourceSentence("Man helfe dort auch bei Fragen zu Verträgen.", paragraph=1),
        SourceSentence("Die Beratung dauert eine halbe Stunde.", paragraph=1, position=1),
    ]
    texts = [c.text for c in candidates(sentences, lambda piece: piece)]
    assert "Die Beratung dauert eine halbe Stunde." in texts
    assert not any("helfe" in text for text in texts)
