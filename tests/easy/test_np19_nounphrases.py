"""Shorter noun phrases for long key-fact sentences (nounphrases.py, keynouns.py), session 19.

Invented sentences of several sender kinds (police, city, company, club, university, fire brigade):
each cut leaves out a part German grammar marks as describing, and every part that could change
who, what or which stays; where nothing can go safely, the reducer refuses.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from pressconv.transforms.easy.keynouns import key_sentence, shorter_nouns, shorter_rescue
from pressconv.transforms.easy.leads import lead_sentences
from pressconv.transforms.easy.nounphrases import fitted, reduce
from pressconv.transforms.easy.rescue import Rescue
from pressconv.transforms.easy.source import SourceSentence
from tests.easy.support import lone_context


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # City: an extended participle attribute before the noun describes it.
        (
            "Die seit Montag geltende Regel betrifft alle Hundehalter in der Stadt und im Umland.",
            "Die Regel betrifft alle Hundehalter in der Stadt und im Umland.",
        ),
        # School authority: "als … genutzt" is the participle's own phrase, the plot stays the plot.
        (
            "Die Turnhalle soll auf dem als Parkplatz genutzten Gelände direkt neben der bestehenden Schule entstehen.",
            "Die Turnhalle soll auf dem Gelände direkt neben der bestehenden Schule entstehen.",
        ),
        # Police: a framing phrase of officialese goes from the middle of the clause.
        (
            "Die Polizei hat im Rahmen von einer groß angelegten Verkehrskontrolle am Mittwoch mehrere Autofahrer gestoppt.",
            "Die Polizei hat am Mittwoch mehrere Autofahrer gestoppt.",
        ),
        # City: a loose apposition between commas after the acting person's name.
        (
            "Anna Berg, Leiterin vom Bauamt der Stadt, hat am Montag den Umbau vom Rathausplatz vorgestellt.",
            "Anna Berg hat am Montag den Umbau vom Rathausplatz vorgestellt.",
        ),
        # District office: an aside between dashes.
        (
            "Alte Batterien – vor allem Knopfzellen und Akkus – soll man nicht in den Hausmüll werfen.",
            "Alte Batterien soll man nicht in den Hausmüll werfen.",
        ),
        # Company: an aside in brackets without a number.
        (
            "Die Bäckerei Korn (ein Familienbetrieb) eröffnet am Samstag ihre neue Filiale am Marktplatz in Nordstadt.",
            "Die Bäckerei Korn eröffnet am Samstag ihre neue Filiale am Marktplatz in Nordstadt.",
        ),
        # University: a "von" attribute that repeats a noun the sentence has named already.
        (
            "Der Senat von der Hochschule Talheim hat Professorin Eva Roth zur neuen Rektorin von der Hochschule gewählt.",
            "Der Senat von der Hochschule Talheim hat Professorin Eva Roth zur neuen Rektorin gewählt.",
        ),
        # Road authority: the outer adjective of a stack goes, the classifying one next to the noun stays.
        (
            "Der Landkreis beginnt im Juni mit der gründlichen baulichen Sanierung von der Brücke über den Fluss.",
            "Der Landkreis beginnt im Juni mit der baulichen Sanierung von der Brücke über den Fluss.",
        ),
        # Police: a measure noun only names the kind of quantity the number gives.
        (
            "Die Seniorin hat am Montag bei ihrer Bank einen Betrag von 9000 Euro abgehoben und übergeben.",
            "Die Seniorin hat am Montag bei ihrer Bank 9000 Euro abgehoben und übergeben.",
        ),
        # Road authority: "auf einer Länge von" -> "auf", the preposition keeps its dative.
        (
            "Die Landstraße ist wegen Bauarbeiten ab Montag auf einer Länge von 3 Kilometern voll gesperrt.",
            "Die Landstraße ist wegen Bauarbeiten ab Montag auf 3 Kilometern voll gesperrt.",
        ),
        # Company: "in Höhe von" -> "von".
        (
            "Der Schaden in Höhe von 40.000 Euro an der Lagerhalle ist nach dem Brand sehr hoch.",
            "Der Schaden von 40.000 Euro an der Lagerhalle ist nach dem Brand sehr hoch.",
        ),
        # Fire brigade: a town's name names the town without "der Gemeinde".
        (
            "Der Sturm hat die Freiwillige Feuerwehr von der Gemeinde Talheim die ganze Nacht beschäftigt.",
            "Der Sturm hat die Freiwillige Feuerwehr von Talheim die ganze Nacht beschäftigt.",
        ),
    ],
)
def test_describing_parts_go(sentence: str, expected: str) -> None:
    assert reduce(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Police: the apposition holds the only name of the person who acts.
        "Der Einsatzleiter, Kommissar Jan Vogt, hat am Dienstag die Suche nach dem Mann im Wald beendet.",
        # Club: the bracket holds a number (an age), a fact.
        "Der Vorsitzende vom Turnverein (64) hat am Freitag nach zwanzig Jahren im Amt seinen Rücktritt erklärt.",
        # City: the commas are a list's; an item goes only with the whole list.
        "In Nordstadt arbeiten Verwaltung, Vereine, Schulen und Firmen seit dem Frühjahr gemeinsam an einem Klimaplan.",
        # Company: "für Kinder" decides the referent; the attribute stays.
        "Die für Kinder kostenlose Führung durch die Fabrik findet am Sonntag um 11 Uhr in der Halle statt.",
        # Association: a negation in the attribute must never go.
        "Die nicht genehmigte Versammlung auf dem Marktplatz hat die Polizei am Samstagabend nach einer Stunde aufgelöst.",
        # University: a role modifier and a time relation decide who is meant.
        "Die Universität hat den kommissarisch amtierenden Kanzler zum neuen Leiter der Verwaltung bestellt.",
        # Building authority: "hat 20 Metern" would be wrong German; the measure noun stays.
        "Die neue Brücke über den Fluss bei Talheim hat nach der Planung eine Länge von 20 Metern.",
        # District: "Kreis X" and the town X are two bodies; the district's name stays whole.
        "Die Musikschule vom Landkreis Talheim hat im Jahr 2025 mehr als 900 Schülerinnen unterrichtet.",
        # School: "Geld" is the verb's object, no town's name; "der Stadt" stays.
        "Die Schule hat am Montag von der Stadt Geld für die neue Turnhalle und den Schulhof bekommen.",
        # Fire brigade: a capitalised adjective is part of a name ("Freiwillige Feuerwehr").
        "Die Freiwillige Feuerwehr Talheim hat am Sonntag mit 40 Kräften einen Brand in einer Scheune gelöscht.",
    ],
)
def test_refused_where_the_referent_could_change(sentence: str) -> None:
    assert reduce(sentence) is None


def test_short_sentence_untouched() -> None:
    assert reduce("Die Stadt baut eine neue Schule.") is None


def _release(*paragraphs: list[str]) -> list[SourceSentence]:
    return [
        SourceSentence(text, paragraph=p, position=i) for p, texts in enumerate(paragraphs) for i, text in enumerate(texts)
    ]


def test_key_sentences_are_lead_and_next_paragraph() -> None:
    sentences = _release(["Die Stadt baut eine Schule."], ["Der Bau beginnt im Mai."], ["Die Kosten trägt das Land."])
    assert [key_sentence(sentences, i) for i in range(3)] == [True, True, False]


def test_rescue_of_a_key_sentence() -> None:
    # Company: the refused lead comes through with its attribute and its aside left out.
    text = (
        "Die Firma Holzbau Berg, ein Familienbetrieb aus dem Umland, "
        "hat die seit Jahren leer stehende Halle am Hafen gekauft."
    )
    found = shorter_nouns(lone_context(text))
    assert found is not None
    assert found.sentences == ("Die Firma Holzbau Berg hat die Halle am Hafen gekauft.",)


def test_rescue_refuses_a_later_paragraph() -> None:
    sentences = _release(
        ["Der Tennisclub feiert sein Jubiläum."],
        ["Das Fest ist am Samstag."],
        ["Die Vorsitzende Eva Roth, Lehrerin an der Grundschule, hat die seit Jahren geplante Feier am Montag vorgestellt."],
    )
    context = lone_context(sentences[2].text)
    assert shorter_nouns(replace(context, sentences=tuple(sentences), index=2, source=sentences[2])) is None


def test_lead_cut_with_shorter_nouns() -> None:
    # Police: an apposition's commas stop the clause cut; without it, the clause is cut and fits.
    lead = [
        SourceSentence(
            "Ein Autofahrer, ein Mann aus dem Nachbarort, hat am Montagabend auf der Landstraße bei Talheim "
            "einen Radfahrer angefahren, der schwer verletzt ins Krankenhaus kam.",
            paragraph=0,
        )
    ]
    found = lead_sentences(lead, lambda s: s)
    assert found
    assert all(len(text.split()) <= 12 for _, text in found)
    assert "Radfahrer angefahren" in found[0][1]


def test_another_rescue_made_short_enough() -> None:
    # Association: a rescue's head still too long by its apposition gets it reduced; a follower stays.
    text = "Der Vorstand hat den Vorsitzenden Max Berg, einen Lehrer aus dem Dorf, zum Ehrenmitglied ernannt."
    offer = Rescue(
        (
            "Der Vorstand hat den Vorsitzenden Max Berg, einen Lehrer aus dem Dorf, zum Ehrenmitglied ernannt.",
            "Das war am 4. Mai.",
        )
    )
    found = shorter_rescue(offer, lone_context(text))
    assert found is not None
    assert found.sentences == ("Der Vorstand hat den Vorsitzenden Max Berg zum Ehrenmitglied ernannt.", "Das war am 4. Mai.")
    # University: an offer whose sentences fit already is left to stand as offered.
    assert shorter_rescue(Rescue(("Die Hochschule hat einen Preis bekommen.",)), lone_context(text)) is None


def test_fitted_keeps_what_cannot_be_made_short() -> None:
    # City: nothing describing to cut, the sentence stays as it is (the verifier refuses it).
    long = "Die Stadt hat am Montag in der Sitzung vom Rat mit großer Mehrheit den Haushalt für 2027 und 2028 beschlossen."
    assert fitted(long) == long
    assert fitted("Die Polizei hat im Rahmen von einer großen Kontrolle am Mittwoch mehrere Autofahrer gestoppt.") == (
        "Die Polizei hat am Mittwoch mehrere Autofahrer gestoppt."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # City: "ab Montag" limits when the closure holds; the attribute stays.
        "Bitte nutzen Sie die ab Montag gesperrte Brücke über den Fluss am Hafen in Nordstadt nicht mehr.",
        # Utility: "im Verlauf" says when; a state without its time would hold always.
        "Die Wasserleitung in der Hauptstraße bleibt im Verlauf von der kommenden Woche ohne Druck.",
    ],
)
def test_limiting_and_time_frames_stay(sentence: str) -> None:
    assert reduce(sentence) is None


def test_plain_adjective_with_adverb_stays() -> None:
    # Audit office: "weiterhin gute" is the property the sentence is about, no participle phrase.
    sentence = "Die weiterhin gute Lage vom Haushalt darf den Senat nicht zu neuen Schulden und Ausgaben verleiten."
    assert reduce(sentence) is None
