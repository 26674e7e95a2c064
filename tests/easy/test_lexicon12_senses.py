"""Lexicon, session 12: a word of several senses is explained in the sense its own text uses, or not
at all, and an entry's headword and explanation follow the form the text writes."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.lexicon import entries_for, sense


def _glossary(summary: str, source: str | None = None) -> dict[str, str]:
    return {e.word: e.explanation for e in entries_for([summary], source=source or summary)}


@pytest.mark.parametrize(
    ("summary", "source", "says"),
    [
        # food recall: a refund by bank transfer, with "see a doctor" in the next sentence
        (
            "Man bekommt das Geld per Über·weisung zurück.",
            "Der Kaufpreis wird per Überweisung erstattet. Wer Beschwerden hat, sollte einen Arzt aufsuchen.",
            "Konto",
        ),
        # charity appeal: a donation by transfer
        ("Man kann per Über·weisung spenden.", None, "Konto"),
        # medical practice: the doctor's referral
        ("Für den Termin braucht man eine Über·weisung vom Haus·arzt.", None, "Arzt"),
    ],
)
def test_transfer_and_referral_are_told_apart(summary: str, source: str | None, says: str) -> None:
    assert says in _glossary(summary, source)["Über·weisung"]


@pytest.mark.parametrize(
    "summary",
    [
        "Die Über·weisung kommt später.",  # no cue: neither money nor doctor
        # cues of both senses in one sentence: the text does not tell which
        "Die Praxis schickt die Über·weisung und die Rechnung.",
    ],
)
def test_a_transfer_of_unknown_sense_gets_no_entry(summary: str) -> None:
    assert "Über·weisung" not in _glossary(summary)


@pytest.mark.parametrize(
    ("summary", "word", "says"),
    [
        ("Wer nach dem Verzehr Beschwerden hat, soll zum Arzt gehen.", "Beschwerden", "Krankheit"),  # recall
        ("Nach dem Einsatz hatten 2 Helfer Beschwerden beim Atmen und Husten.", "Beschwerden", "Krankheit"),  # fire
        ("Die Kundin hat eine Beschwerde eingereicht.", "Beschwerde", "nicht zufrieden"),  # utility
        ("Der Verein hat eine Beschwerde geschrieben.", "Beschwerde", "nicht zufrieden"),  # singular: a complaint
    ],
)
def test_symptoms_are_no_complaint(summary: str, word: str, says: str) -> None:
    assert says in _glossary(summary)[word]


def test_plural_complaints_without_a_cue_get_no_entry() -> None:
    # "Beschwerden" alone may be symptoms or complaints: omission over error.
    assert not any(w.startswith("Beschwerde") for w in _glossary("Es gab viele Beschwerden."))


@pytest.mark.parametrize(
    ("summary", "says"),
    [
        ("Die Verhandlung vor dem Land·gericht beginnt am Montag.", "Gericht"),  # court press office
        # employers' association (words22: an inflected compound "Tarif·verhandlungen" no longer gets
        # its head's entry under a headword the text does not use, so the plain plural stands here)
        ("Die Verhandlungen mit der Gewerkschaft gehen weiter.", "2 Seiten"),
    ],
)
def test_a_hearing_is_no_negotiation(summary: str, says: str) -> None:
    assert says in _glossary(summary)["Verhandlung"]


@pytest.mark.parametrize(
    ("summary", "says"),
    [
        ("Alle Schüler haben die Prüfung bestanden.", "Zeugnis"),  # school
        ("Die Prüfung der Brücke dauert 2 Wochen.", "Ist alles richtig"),  # road authority
    ],
)
def test_an_exam_is_no_inspection(summary: str, says: str) -> None:
    assert says in _glossary(summary)["Prüfung"]


def test_a_rarer_sense_needs_a_cue_in_its_own_sentence() -> None:
    # A council's agenda item two sentences away does not turn a patient's treatment into one.
    source = (
        "Die Klinik hat ein neues Gerät. Die Behandlung dauert nur noch 10 Minuten. "
        "Das Gerät kostet 2 Millionen Euro. Der Ausschuss hat das Geld im Frühjahr bewilligt."
    )
    assert sense("Behandlung", "Die Behandlung dauert nur noch 10 Minuten.", source) is not None
    assert "Arzt" in _glossary("Die Behandlung dauert nur noch 10 Minuten.", source)["Behandlung"]
    council = "Der Ausschuss hat die Behandlung von dem Antrag vertagt."
    assert "Gruppe" in _glossary(council)["Behandlung"]


@pytest.mark.parametrize(
    "summary",
    [
        "In der Kantine gibt es jeden Tag ein vegetarisches Haupt·gericht.",  # company canteen
        "Das Restaurant kocht ein neues Haupt·gericht mit Spargel.",  # tourist office
    ],
)
def test_a_dish_is_never_explained_as_a_court(summary: str) -> None:
    assert not any("Verbotenes" in text for text in _glossary(summary).values())


def test_an_idiom_gets_no_entry_of_an_offices_letter() -> None:
    assert not any("Brief" in text for text in _glossary("Bitte sagen Sie der Schule Bescheid.").values())


@pytest.mark.parametrize(
    ("summary", "word", "says"),
    [
        ("Das Museum ist barrierefrei.", "barrierefrei", "Barrierefrei heißt"),  # museum
        ("Der neue Bahnsteig ist barrierefrei.", "barrierefrei", "Barrierefrei heißt"),  # transport company
        ("Die Öffnungszeiten ändern sich ab Mai.", "Öffnungszeiten", "Die Öffnungszeiten sagen"),  # library
    ],
)
def test_headword_and_explanation_are_written_as_the_text_writes_the_word(summary: str, word: str, says: str) -> None:
    assert _glossary(summary)[word].startswith(says)


def test_a_city_administration_is_no_plural() -> None:
    assert "sind" not in _glossary("Die Stadt·verwaltung hat viele Ämter.")["Stadt·verwaltung"]


@pytest.mark.parametrize(
    ("summary", "word", "says"),
    [
        ("Der Fahrer saß betrunken am Steuer.", "Steuer", "Lenk·rad"),  # police
        ("Die Gemeinde erhöht die Steuern.", "Steuern", "Geld"),  # town council
        ("Wegen der Baustelle gibt es Behinderungen auf der Straße.", "Behinderung", "Störung"),  # road authority
        ("Menschen mit Behinderung können den Rollstuhl·lift nutzen.", "Behinderung", "schwer"),  # museum
        ("Der Pfarrer feiert die Messe in der Kirche.", "Messe", "Gottes·dienst"),  # diocese
        ("Auf der Messe zeigen 200 Aussteller ihre Sachen.", "Messe", "Firmen"),  # trade fair
        ("Das Gericht hat eine einstweilige Verfügung erlassen.", "Verfügung", "Entscheidung"),  # court
        ("Die Räume stehen allen Vereinen zur Verfügung.", "Verfügung", "benutzen"),  # town hall
        ("Jeder Haushalt bekommt eine neue Tonne.", "Haushalt", "Wohnung"),  # waste company
        ("Der Stadtrat hat den Haushalt beschlossen.", "Haushalt", "Plan für das Geld"),  # town council
        ("Der Landtag berät das Gesetz.", "berät", "Gruppe spricht"),  # parliament
        ("Die Beratungs·stelle berät Eltern kostenlos.", "berät", "Tipps"),  # welfare association
    ],
)
def test_public_life_words_take_their_texts_sense(summary: str, word: str, says: str) -> None:
    assert says in _glossary(summary)[word]


@pytest.mark.parametrize(
    "summary",
    [
        "Der Senat hat das beschlossen.",  # a city state's, a court's or a university's: not told
        "Der Senat tagt am Mittwoch.",
    ],
)
def test_a_senate_of_untold_kind_gets_no_entry(summary: str) -> None:
    assert "Senat" not in _glossary(summary)


def test_a_compound_part_in_its_ordinary_sense_is_still_explained() -> None:
    entry = _glossary("Das Beratungs·team hilft Familien.")
    assert "Tipps" in entry["Beratungs·team"]


@pytest.mark.parametrize(
    ("summary", "word", "shown"),
    [
        ("Die Brücke ist ab Montag gesperrt.", "gesperrt", True),  # road authority
        ("Die Bank·karte ist gesperrt.", "gesperrt", False),  # savings bank: a blocked card, no road
        ("Die Demonstranten tragen Transparente.", "Transparente", False),  # police: banners, a noun
        ("Die Stadt will transparent arbeiten.", "transparent", True),  # town hall: the adjective
        ("Das Aussetzen von Tieren ist verboten.", "aussetzen", True),  # animal shelter: a nominalised verb
    ],
)
def test_verbs_and_adjectives_are_explained_only_in_their_own_sense(summary: str, word: str, shown: bool) -> None:
    assert (word.lower() in {w.lower() for w in _glossary(summary)}) is shown


@pytest.mark.parametrize(
    ("summary", "word"),
    [
        ("Die Verwaltung plant neue Wege.", "Verwaltung"),  # town hall
        ("Die Beschilderung ist neu.", "Beschilderung"),  # road authority
        ("Die Kanalisation wird saniert.", "Kanalisation"),  # water utility
    ],
)
def test_a_singular_noun_is_not_explained_with_a_plural_verb(summary: str, word: str) -> None:
    explanation = _glossary(summary)[word]
    assert f"{word} sind" not in explanation.replace("·", "")
