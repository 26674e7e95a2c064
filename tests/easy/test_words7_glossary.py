"""Glossary words of session 7: no basic vocabulary, headwords as the body writes them, compounds by parts.

The texts are invented; they stand for releases of a police department, a sports club, a town hall
and a trade union (issue 16 judgement: trivial entries, headword form differing from the body, key
compounds left unexplained).
"""

from __future__ import annotations

import re

import pytest

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.lexicon import basic, entries_for
from tests.fixtures.releases import german_release


@pytest.mark.parametrize("word", ["Polizei", "Geld", "Euro", "Adresse", "Termin", "Feuerwehr", "Schule"])
def test_everyday_words_are_basic_vocabulary(word: str) -> None:
    assert basic(word)


@pytest.mark.parametrize("word", ["Veranstaltung", "Demokratie", "Integration", "Hehlerei", "Haft·befehl", "AWO"])
def test_abstract_rare_and_abbreviated_words_are_not_basic(word: str) -> None:
    assert not basic(word)


def test_no_entry_for_basic_vocabulary() -> None:
    text = "Die Polizei und die Feuerwehr kommen zur Adresse. Der Termin kostet Geld. Es gibt einen Haft·befehl."
    words = [e.word for e in entries_for([text])]
    assert "Haft·befehl" in words
    assert not {"Polizei", "Feuerwehr", "Feuer·wehr", "Adresse", "Termin", "Geld"} & set(words)


@pytest.mark.parametrize(
    ("text", "headword"),
    [
        ("Der Verein hat einen Neuzugang.", "Neuzugang"),
        ("Der Neu·zugang spielt im Sturm.", "Neu·zugang"),
        ("Der Sport·verein feiert.", "Sport·verein"),
        ("Der Sportverein feiert.", "Sportverein"),
        ("Die Kriminalpolizei ermittelt.", "Kriminalpolizei"),
    ],
)
def test_headword_is_written_as_the_body_writes_it(text: str, headword: str) -> None:
    entries = entries_for([text])
    assert headword in [e.word for e in entries]
    entry = next(e for e in entries if e.word == headword)
    # The headword inside its own explanation is written the same way.
    other = headword.replace("·", "") if "·" in headword else None
    assert other is None or other not in entry.explanation


@pytest.mark.parametrize(
    ("text", "word", "parts"),
    [
        ("Die Reha·sport·gruppe trifft sich am Montag.", "Reha·sport·gruppe", ("Reha·sport", "Gruppe")),
        ("Das Gewerkschafts·haus ist neu.", "Gewerkschafts·haus", ("Gewerkschaft", "Haus")),
        ("Der Präventions·tag findet statt.", "Präventions·tag", ("Prävention", "Tag")),
    ],
)
def test_compound_without_entry_is_explained_by_its_parts(text: str, word: str, parts: tuple[str, str]) -> None:
    entry = next((e for e in entries_for([text]) if e.word == word), None)
    assert entry is not None
    assert entry.explanation.startswith(f"Das Wort {word} hat 2 Teile: {parts[0]} und {parts[1]}.")
    # Never circular: the entry explains the part the reader may not know, not only the word.
    assert len(re.split(r"(?<=\.)\s+", entry.explanation)) >= 2


@pytest.mark.parametrize("text", ["Die Quatsch·bude öffnet.", "Der Haus·garten ist groß."])
def test_compound_of_unknown_or_only_everyday_parts_gets_no_entry(text: str) -> None:
    word = re.search(r"\w+·\w+", text)
    assert word is not None
    assert word.group(0) not in [e.word for e in entries_for([text])]


@pytest.mark.parametrize(
    ("title", "paragraph", "organisation"),
    [
        (
            "Neuer Spieler beim Sportverein",
            "Der Sportverein Musterstadt hat einen Neuzugang. Max Beispiel wechselt zum Sportverein Musterstadt. "
            "Der Neuzugang spielt ab sofort in der ersten Mannschaft.",
            "Sportverein Musterstadt",
        ),
        (
            "Feuer in einem Keller",
            "Am Montag hat es in einem Keller in der Beispielstraße gebrannt. Die Feuerwehr hat das Feuer gelöscht. "
            "Die Polizei ermittelt jetzt die Brandursache. Niemand wurde verletzt.",
            "Polizei Musterstadt",
        ),
    ],
)
def test_every_headword_stands_in_the_summary_as_written(title: str, paragraph: str, organisation: str) -> None:
    text = summary_text(summarise(german_release(title, paragraph, organisation=organisation)).release)
    body, _, glossary = text.partition("## Wörterbuch")
    headwords = re.findall(r"^### (.+)$", glossary, re.M)
    assert not {"Polizei", "Feuerwehr", "Feuer·wehr"} & set(headwords)
    for headword in headwords:
        # The base form of an inflected word stands as a prefix of the body's word ("Spieler" / "Spielern").
        assert re.search(rf"(?<![\w·]){re.escape(headword[:-1])}", body), headword


@pytest.mark.parametrize(
    ("text", "headword", "base"),
    [
        ("Die Polizei hat einen Mann festgenommen.", "festgenommen", "Festnehmen heißt"),
        ("Der Verein hat den Vertrag unterschrieben.", "unterschrieben", "Unterschreiben heißt"),
    ],
)
def test_verb_headword_is_the_form_the_text_uses(text: str, headword: str, base: str) -> None:
    entry = next((e for e in entries_for([text]) if e.word == headword), None)
    assert entry is not None
    assert entry.explanation.startswith(base)


def test_inflected_basic_word_is_no_unexplained_hard_word() -> None:
    from pressconv.transforms.easy.hardwords import hard_words
    from pressconv.transforms.easy.lexicon import basic_form

    text = ["Drei Feuer·wehren und zwei Polizei·wachen waren da. Es gab einen Haft·befehl."]
    found = hard_words(text, "de", basic_form=basic_form)
    assert "Feuer·wehren" not in found


@pytest.mark.parametrize(
    ("title", "paragraph", "organisation", "split"),
    [
        (
            "Aktionstag der Polizei",
            "Die Polizei Musterstadt lädt am Samstag zu einem Aktionstag ein. Das Thema ist „Verkehrssicherheit“. "
            "Der Aktionstag ist auf dem Marktplatz in Musterstadt.",
            "Polizei Musterstadt",
            "Verkehrs·sicherheit",
        ),
        (
            "Abend im Rathaus",
            "Die Stadt Beispielheim lädt am Montag zu einem Abend im Rathaus ein. Das Thema ist „Bürgerbeteiligung“. "
            "Alle Bürgerinnen und Bürger können kommen.",
            "Stadt Beispielheim",
            "Bürger·beteiligung",
        ),
    ],
)
def test_quoted_common_noun_is_split_like_the_same_word_outside_quotes(
    title: str, paragraph: str, organisation: str, split: str
) -> None:
    text = summary_text(summarise(german_release(title, paragraph, organisation=organisation)).release)
    body = text.partition("## Wörterbuch")[0]
    plain = split.replace("·", "")
    assert split in body, body
    assert plain not in body, body


def test_quoted_name_stays_whole() -> None:
    from pressconv.transforms.easy.lexicon import common_noun

    assert common_noun("Taschendiebstahl") and common_noun("Bürgerbeteiligung")
    assert not common_noun("Jahreszeit") and not common_noun("Stadt")  # no explanation: a name's word


@pytest.mark.parametrize(
    "text",
    [
        "Die digitale Akte kommt. Die digitalen Akten sind neu.",
        "Der Verein hat den Vertrag unterschrieben. Jetzt unterschreiben alle Mitglieder.",
    ],
)
def test_one_entry_per_word_under_the_first_form_the_text_uses(text: str) -> None:
    words = [e.word for e in entries_for([text])]
    assert len(words) == 1, words
