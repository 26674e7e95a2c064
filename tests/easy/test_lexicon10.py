"""Lexicon of public life, session 10: hard words of many kinds of senders keep their sentence, the
explanations are Leichte Sprache themselves, and a word of several senses is explained only in its own."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from pressconv.transforms.easy.lexicon import entries_for
from pressconv.transforms.easy.style import hard_word_failures

_MARK = "session 10 (lexicon10)"


def _glossary(text: str) -> dict[str, str]:
    return {e.word: e.explanation for e in entries_for([text], source=text)}


def _session_lines() -> list[list[str]]:
    text = resources.files("pressconv.transforms.easy").joinpath("lexicon_de.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if _MARK in line)
    return [line.split("|") for line in lines[start:] if line[:2] in ("N|", "R|", "W|")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ab Montag gilt eine Stall·pflicht.",  # veterinary office
        "Der Täter hat der Frau die Tasche entrissen.",  # police
        "Die Feuer·wehr hat die Wohnung entraucht.",  # fire brigade
        "Nur immatrikulierte Studenten können sich bewerben.",  # university
        "Das Leitungs·wasser ist wieder unbedenklich.",  # water utility
        "Die Kundinnen bekommen einen Brief.",  # savings bank
        "Die Stadt saniert das alte Rathaus.",  # town hall
        "Die Polizei·inspektion sucht Zeugen.",  # police
        "Das Tier·heim sucht tatkräftige Helfer.",  # animal shelter
        "Der Verein braucht eine Kaution.",  # sports club
    ],
)
def test_hard_words_with_a_new_entry_keep_their_sentence(sentence: str) -> None:
    assert hard_word_failures(sentence) == []


def test_an_unexplained_hard_word_still_refuses_its_sentence() -> None:
    # The check is not switched off: a rare word with no entry still fails (omission over error).
    assert [f.match for f in hard_word_failures("Die Firma hat die Anlage kalibriert.")] == ["kalibriert"]


@pytest.mark.parametrize(
    ("text", "word", "start"),
    [
        ("Die Kundin bekommt das Geld zurück.", "Kundin", "Eine Kundin "),  # bank
        ("Der Kunde bekommt das Geld zurück.", "Kunde", "Ein Kunde "),  # energy supplier
        ("Die Tier·halterin muss den Hund anmelden.", "Tier·halterin", "Eine Tier·halterin "),  # town hall
        ("Die Sozia wurde leicht verletzt.", "Sozia", "Eine Sozia "),  # police
        ("Der Sozius wurde leicht verletzt.", "Sozius", "Ein Sozius "),  # police
    ],
)
def test_role_nouns_are_explained_in_the_form_the_text_uses(text: str, word: str, start: str) -> None:
    assert _glossary(text)[word].startswith(start)


def test_a_storey_is_no_bullet() -> None:
    # A housing company: a new building with five storeys.
    assert "Stock·werk" in _glossary("Das neue Haus hat fünf Geschosse und wird bis zum Sommer gebaut.")["Geschoss"]
    # A police report: a bullet, no building words near it, so no entry at all.
    assert "Geschoss" not in _glossary("Ein Geschoss traf die Scheibe von einem Auto.")


def test_a_league_needs_its_cues() -> None:
    assert "Liga" in _glossary("Die Mannschaft feiert den Aufstieg in die Landesliga.")["Aufstieg"]  # club
    assert "Aufstieg" not in _glossary("Der Aufstieg zum Gipfel dauert drei Stunden.")  # hiking club


def test_representative_has_two_senses() -> None:
    survey = _glossary("Die Umfrage unter Eltern ist repräsentativ.")  # a ministry's survey
    duty = _glossary("Die Stell·vertreterin übernimmt repräsentative Termine.")  # a town hall
    assert "gefragt" in survey["repräsentativ"]
    assert "Festen" in duty["repräsentativ"]  # a declined adjective under its base form (lexicon._as_written)
    assert "repräsentativ" not in _glossary("Das Haus ist sehr repräsentativ.")  # no cue: no entry


def test_handing_over_is_no_publication() -> None:
    assert "abgeben" in _glossary("Der Täter forderte die Herausgabe von Bargeld.")["Herausgabe"]  # police
    assert "Herausgabe" not in _glossary("Die Herausgabe von dem neuen Buch ist im Mai.")  # publisher


def test_a_compound_with_a_new_first_part_splits_and_passes() -> None:
    # "Benefiz" is explained, so "Benefiz·lauf" (a club) and "Benefiz·konzert" (a choir) pass, and a
    # compound without its own entry is explained through its parts.
    assert hard_word_failures("Der Benefiz·lauf ist am Sonntag.") == []
    assert "guten Zweck" in _glossary("Der Benefiz·lauf ist am Sonntag.")["Benefiz·lauf"]
    assert hard_word_failures("Das Benefiz·konzert ist am Freitag.") == []


def test_new_explanations_are_easy_language() -> None:
    # Netzwerk Leichte Sprache: short sentences (at most 12 words here, as in the summaries) and no
    # hard word in the explanation of a hard word; no place-specific facts (no year, no street).
    lines = _session_lines()
    assert len(lines) >= 150
    for fields in lines:
        if fields[0] == "R":
            assert fields[2], fields  # both role-noun forms
            head, explanation = fields[1], fields[3]
        else:
            head, explanation = fields[2], fields[4]
            assert fields[0] == "W" or fields[1] in ("der", "die", "das"), fields
        assert not re.search(r"\b(?:19|20)\d\d\b|straße\b", explanation), head
        body = re.sub(re.escape(head.split("·")[0]) + r"[\w·]*", " ", explanation, flags=re.IGNORECASE)
        for sentence in re.split(r"(?<=[.!?])\s+", explanation):
            assert len(re.findall(r"[\w·\-]+", sentence)) <= 12, (head, sentence)
        for sentence in re.split(r"(?<=[.!?])\s+", body):
            assert hard_word_failures(sentence) == [], (head, sentence)


def test_leaving_an_animal_is_no_reward_offered() -> None:
    # An animal shelter: leaving a pet outside is "Aussetzen", explained with its cue word.
    assert "Tier" in _glossary("Das Aussetzen von Kaninchen ist verboten.")["aussetzen"]
    # A police appeal: a reward "ausgesetzt" is no abandoned animal, so no entry at all.
    assert not any("Tier" in text for text in _glossary("Für Hinweise ist eine Belohnung ausgesetzt.").values())
    # Without any animal near it the word gets no entry either (omission over error).
    assert "aussetzen" not in _glossary("Das Aussetzen der Sitzung ist beschlossen.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Warm·miete ist 400 Euro im Monat.", "Warm·miete"),  # student housing
        ("Die Tages·kasse öffnet um 14 Uhr.", "Tages·kasse"),  # football club
        ("Der Gesamt·erlös geht an das Tier·heim.", "Gesamt·erlös"),  # charity run
    ],
)
def test_fees_and_tickets_have_a_glossary_entry(text: str, word: str) -> None:
    assert _glossary(text)[word]
