"""Glossary entries explain something: no compound entry only repeats its head word (issue 16).

The texts are invented; they stand for releases of a police department, a town hall and a sports
club. "Eine X·sicherheit ist eine Sicherheit." was the judged failure: circular, it explains nothing.
"""

from __future__ import annotations

import re

import pytest

from pressconv.transforms.easy.lexicon import Entry, entries_for, lexicon, modifiers
from pressconv.transforms.easy.pipeline import build
from tests.fixtures.releases import german_release

# "<Article> <word> ist <article> <head>." with nothing else in the sentence.
_CIRCULAR = re.compile(r"^(?:Ein|Eine|Der|Die|Das)\s+(?P<word>\S+)\s+ist\s+(?:ein|eine|der|die|das)\s+(?P<head>\S+)\.$")

TEXTS = [
    # police
    "Die Verkehrs·polizei prüft die Räder. Die Kinder·sicherheit ist ein Thema. Der Kriminal·beamte hilft.",
    # town hall
    "Die Stadt·verwaltung plant eine Kinder·betreuung. Die Bezirks·bürgermeisterin eröffnet den Jugend·treff.",
    # sports club
    "Der Chef·trainer lobt die Spieler. Die Fußball·abteilung sucht einen Jugend·trainer.",
]


def _circular(entry: Entry) -> bool:
    """An explanation whose first sentence is only "<Art> <word> ist <art> <last part>."."""
    first = re.split(r"(?<=\.)\s+", entry.explanation.strip())[0]
    match = _CIRCULAR.match(first)
    if match is None:
        return False
    word = match.group("word").replace("·", "").lower()
    return word.endswith(match.group("head").replace("·", "").lower())


@pytest.mark.parametrize("text", TEXTS)
def test_no_glossary_entry_is_its_head_word_with_an_article(text: str) -> None:
    entries = entries_for([text])
    assert entries, "the texts use lexicon words: the glossary must not be empty"
    assert not [e.explanation for e in entries if _circular(e)]


def test_no_lexicon_entry_is_circular() -> None:
    assert not [e.word for e in lexicon() if e.explanation and _circular(e)]


def test_circular_check_catches_the_judged_pattern() -> None:
    # The check itself must be able to fail.
    assert _circular(Entry("Kinder·sicherheit", "die", (), "Eine Kinder·sicherheit ist eine Sicherheit."))
    assert not _circular(
        Entry("Senioren·sicherheit", "die", (), "Senioren·sicherheit heißt: Sicherheit für ältere Menschen.")
    )


@pytest.mark.parametrize(
    ("text", "word", "adds"),
    [
        ("Die Kinder·sicherheit ist wichtig.", "Kinder·sicherheit", "für Kinder"),
        ("Die Verkehrs·polizei kommt.", "Verkehrs·polizei", "im Verkehr"),
        ("Der Jugend·trainer kommt.", "Jugend·trainer", "für junge Menschen"),
    ],
)
def test_a_compound_entry_says_what_its_first_part_adds(text: str, word: str, adds: str) -> None:
    entries = {e.word: e.explanation for e in entries_for([text])}
    assert adds in entries[word]


@pytest.mark.parametrize("text", ["Der Chef·trainer lobt die Spieler.", "Die Kult·senatorin kommt."])
def test_a_compound_whose_first_part_has_no_gloss_is_left_out(text: str) -> None:
    first = text.split()[1].split("·")[0]
    assert first.lower() not in modifiers()
    words = {e.word for e in entries_for([text])}
    assert not any(w.startswith(first) for w in words)


@pytest.mark.parametrize(
    ("headline", "body", "sender"),
    [
        (
            "Mehr Sicherheit für Kinder",
            "Die Polizei Nordstadt berät Eltern. Die Kinder·sicherheit ist ihr wichtig.",
            "Polizei Nordstadt",
        ),
        (
            "Neuer Jugendtrainer",
            "Der TSV Lindental hat einen neuen Jugendtrainer. Der Jugendtrainer heißt Max Muster.",
            "TSV Lindental",
        ),
    ],
)
def test_summary_glossaries_are_never_circular(headline: str, body: str, sender: str) -> None:
    draft = build(german_release(headline, body, organisation=sender))
    assert not [e.explanation for e in draft.glossary if _circular(e)]
