"""Lexicon entries of general public life: the sense the text uses, both role forms, no wrong sense."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.lexicon import entries_for, lexicon
from pressconv.transforms.easy.style import hard_word_failures


def _glossary(text: str) -> dict[str, str]:
    return {e.word: e.explanation for e in entries_for([text], source=text)}


def test_a_court_sense_needs_a_court_in_the_text() -> None:
    # A court's press office: "Revision" is the appeal on points of law.
    court = _glossary("Die Angeklagte hat Revision eingelegt. Das Urteil ist noch nicht rechtskräftig.")
    assert "höheres Gericht" in court["Revision"]
    # A heating firm's notice: no court, so no court explanation (omission over error).
    assert "Revision" not in _glossary("Die Revision der Heizung dauert zwei Tage.")
    assert [f.match for f in hard_word_failures("Die Revision dauert zwei Tage.")] == ["Revision"]


def test_an_instrument_of_music_and_an_instrument_of_policy() -> None:
    music = _glossary("Die Kinder lernen ein Instrument, zum Beispiel Geige.")  # a music club
    policy = _glossary("Das Gesetz ist ein Instrument gegen Armut.")  # a ministry
    assert "Musik" in music["Instrument"] and "Musik" not in policy["Instrument"]


@pytest.mark.parametrize(
    ("text", "word", "start"),
    [
        ("Die Klägerin will Schadens·ersatz.", "Klägerin", "Eine Klägerin "),
        ("Der Kläger will Schadens·ersatz.", "Kläger", "Ein Kläger "),
        ("Der Sach·verständige prüft das Dach.", "Sach·verständige", "Ein Sach·verständiger "),
        ("Die Patientin ist wieder zu Hause.", "Patientin", "Eine Patientin "),
    ],
)
def test_role_nouns_are_explained_in_the_form_the_text_uses(text: str, word: str, start: str) -> None:
    assert _glossary(text)[word].startswith(start)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Polizei warnt vor Phishing.",  # police
        "Der neue Impf·stoff ist da.",  # health office
        "Die Bank schließt eine Filiale.",  # savings bank
        "Ab Montag gilt ein Abkoch·gebot.",  # water utility
        "Die Klägerin will Schadens·ersatz.",  # court
    ],
)
def test_hard_words_with_an_entry_keep_their_sentence(sentence: str) -> None:
    assert hard_word_failures(sentence) == []


def test_new_entries_are_general() -> None:
    # No place-specific facts: no entry names a town, a street or a year.
    import re

    for entry in lexicon():
        assert not re.search(r"\b(?:19|20)\d\d\b|straße\b", entry.explanation), entry.word
