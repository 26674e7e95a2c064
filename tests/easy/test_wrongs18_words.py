"""Word-level wrongs: a nominalised infinitive read as a plural, a Fugen-s after a stem in "-e",
and a glossary word of two senses that dropped a whole list of winners.

Every sentence and release here is invented; each convention is exercised by at least two kinds of sender.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.compounds import segment
from pressconv.transforms.easy.lexicon import entries_for
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.style import hard_word_failures
from pressconv.transforms.easy.titles import infinitive_reading, noun_gender, plural_noun
from pressconv.transforms.easy.winners import winners


def sentences_of(lines: list[str]) -> list[SourceSentence]:
    """The lines as source sentences: the first an intro sentence, the rest list lines (headings)."""
    return [SourceSentence(text=lines[0]), *(SourceSentence(text=line, heading=True) for line in lines[1:])]


# ------------------------------------------------------------- (b) nominalised infinitives


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("Nachtparken", "Nachtpark"),  # a city's parking rules
        ("Vereinsschwimmen", "Vereinsschwimme"),  # a sports club
        ("Zahlen", "Zahl"),  # a statistics office: plural and infinitive both exist
    ],
)
def test_a_noun_that_is_also_an_infinitive_has_no_number_and_no_gender(word: str, lemma: str) -> None:
    assert infinitive_reading(word)
    assert not plural_noun(word, lemma)
    assert noun_gender(word) is None


@pytest.mark.parametrize(("word", "lemma"), [("Verkehrshinweise", "Verkehrshinweis"), ("Einbrüche", "Einbruch")])
def test_a_plain_plural_stays_a_plural(word: str, lemma: str) -> None:
    assert not infinitive_reading(word)
    assert plural_noun(word, lemma)


def test_a_lexicon_noun_in_its_own_form_keeps_its_gender() -> None:
    assert noun_gender("Treffen") == "das"  # "das Treffen" is the headword itself


# ------------------------------------------------------------- (c) the Fugen-s after "-e"


@pytest.mark.parametrize(
    ("word", "split"),
    [
        ("Wärmestube", "Wärme·stube"),  # a charity's shelter
        ("Landratsamt", "Landrats·amt"),  # a county office: the Fugen-s after a consonant stays
        ("Bundesstraße", "Bundes·straße"),  # a road authority
    ],
)
def test_a_stem_in_e_takes_no_fugen_s(word: str, split: str) -> None:
    assert segment(word) == split


# ------------------------------------------------------------- (e) a word of two senses


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Initiative sammelt Unterschriften.",  # a citizens' group
        "Der Verein hat eine neue Perspektive.",  # a youth club
    ],
)
def test_a_word_of_two_senses_keeps_its_sentence(sentence: str) -> None:
    assert not hard_word_failures(sentence)


def test_a_word_of_one_cued_sense_still_needs_its_cue() -> None:
    # A heating firm's "Revision" is no court's: the lexicon's one sense does not fit, the word is hard.
    assert [f.match for f in hard_word_failures("Die Revision dauert zwei Tage.")] == ["Revision"]


def test_the_glossary_leaves_an_undecided_sense_out() -> None:
    assert "Initiative" not in [e.word for e in entries_for(["Die Initiative sammelt Unterschriften."])]
    source = "Der Verein und die Anwohner haben eine Initiative gegründet. Die Initiative sammelt Unterschriften."
    entries = entries_for(["Die Initiative sammelt Unterschriften."], source=source)
    assert any(e.word == "Initiative" and "Gruppe" in e.explanation for e in entries)


@pytest.mark.parametrize(
    "lines",
    [
        # a county's volunteer award
        [
            "Die Preisträger 2031:",
            "Kategorie „Nachbarschaft“ (500 Euro): die Initiative „Bank am Bach“, die Bänke aufstellt.",
            "Kategorie „Jugend“ (500 Euro): der Verein „Jugend hilft Nordau“.",
        ],
        # a foundation's environment prize
        [
            "Ausgezeichnet wurden:",
            "Erster Preis: die Initiative „Grüne Höfe“ für ihre Gärten.",
            "Zweiter Preis: Erika Beispiel (67) aus Nordau.",
        ],
    ],
)
def test_a_winners_list_with_a_word_of_two_senses_is_read_whole(lines: list[str]) -> None:
    found = winners(sentences_of(lines))
    assert found is not None
    _, names = found
    assert any(name.startswith("die Initiative") for name in names)
    assert all(not hard_word_failures(name) for name in names)
