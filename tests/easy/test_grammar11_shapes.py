"""Shapes that made broken summary sentences: spacing after a rewrite, reported words without a speaker.

Invented sentences of several kinds of sender (consumer advice centre, school, town hall, club).
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.clauses import _that_clause, pieces, trim
from pressconv.transforms.easy.compounds import segment_text
from pressconv.transforms.easy.openers import without_opener
from pressconv.transforms.easy.reported import full_verb_subjunctive
from pressconv.transforms.easy.rewrite import rewrite
from pressconv.transforms.easy.select import candidates
from pressconv.transforms.easy.shorten import condensed
from pressconv.transforms.easy.source import SourceSentence, split_sentences


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A museum's booking note and a court's file number: no end inside brackets.
        (
            "Führungen (max. 12 Personen) können gebucht werden. Danach gibt es Kaffee.",
            ["Führungen (max. 12 Personen) können gebucht werden.", "Danach gibt es Kaffee."],
        ),
        (
            "Das Gericht ordnete die Haft an (Az. 5 Ks 7/26). Das Urteil ist rechtskräftig.",
            ["Das Gericht ordnete die Haft an (Az. 5 Ks 7/26).", "Das Urteil ist rechtskräftig."],
        ),
        # An office's opening hours: "Mo.–Fr." is a range of abbreviations.
        (
            "Die Hotline ist erreichbar (Mo.–Fr. 8–16 Uhr, Sa. 9–12 Uhr). Wir freuen uns.",
            ["Die Hotline ist erreichbar (Mo.–Fr. 8–16 Uhr, Sa. 9–12 Uhr).", "Wir freuen uns."],
        ),
        # A counselling office's address with a floor; a title and a phone label.
        (
            "Die Beratung ist im Rathaus, Markt 4, 2. Obergeschoss. Sie ist kostenlos.",
            ["Die Beratung ist im Rathaus, Markt 4, 2. Obergeschoss.", "Sie ist kostenlos."],
        ),
        (
            "Es spricht Dipl.-Ing. Eva Beispiel, Tel.-Nr. 0123 456. Danke.",
            ["Es spricht Dipl.-Ing. Eva Beispiel, Tel.-Nr. 0123 456.", "Danke."],
        ),
        # A bracket never closed does not hold the rest of the text together.
        ("Ein Satz (ohne Ende. Der nächste Satz kommt.", ["Ein Satz (ohne Ende.", "Der nächste Satz kommt."]),
    ],
)
def test_splitter_keeps_brackets_and_abbreviations(text: str, expected: list[str]) -> None:
    assert split_sentences(text, "de") == expected


def test_addresses_are_not_segmented() -> None:
    # A job centre's table link and a school's mail address: typed as written, the text around segmented.
    text = (
        "Die Ausbildungsberatung nennt www.ausbildungsagentur.example/tabellen und schulsekretariat@beispielschule.example."
    )
    assert segment_text(text) == (
        "Die Ausbildungs·beratung nennt www.ausbildungsagentur.example/tabellen und schulsekretariat@beispielschule.example."
    )


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # A street name HanTa does not know is a feminine singular, never "von den Birkenstraßen".
        ("Der Stand steht im Bereich der Birkenstraße.", "Der Stand steht im Bereich der Birkenstraße."),
        ("Die Busse halten am Ende der Ulmenallee.", "Die Busse halten am Ende der Ulmenallee."),
        # A compound plural still becomes "von den …" (a sports association, a school board).
        (
            "Die Trainer der Sportvereine treffen sich im Rathaus.",
            "Die Trainer von den Sportvereinen treffen sich im Rathaus.",
        ),
        # A weak masculine noun keeps "-en" in the dative (n-Deklination): a club, a police report.
        ("Die Tasche des Kollegen ist weg.", "Die Tasche vom Kollegen ist weg."),
        ("Der Hund des Nachbarn bellt.", "Der Hund vom Nachbarn bellt."),
    ],
)
def test_genitive_keeps_the_number_of_a_compound(source: str, expected: str) -> None:
    assert rewrite(source, None) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # A transport company's names after the noun and a club's genitive: the subject stays whole.
        (
            "Zudem werden die Haltestellen Marktplatz und Rathaus barrierefrei ausgebaut.",
            ["Zudem werden die Haltestellen Marktplatz und Rathaus barrierefrei ausgebaut."],
        ),
        (
            "Außerdem sucht der Vorstand des Vereins neue Mitglieder.",
            ["Außerdem sucht der Vorstand des Vereins neue Mitglieder."],
        ),
        # The object after the subject is no part of it (a police appeal).
        ("Außerdem sucht die Polizei Zeugen.", ["Die Polizei sucht Zeugen."]),
        # A name before the object belongs to the subject (a district office).
        (
            "Außerdem hat die Kreisverwaltung Nordstadt eine Verfügung erlassen.",
            ["Außerdem hat die Kreisverwaltung Nordstadt eine Verfügung erlassen."],
        ),
    ],
)
def test_front_subject_keeps_names_and_attributes(source: str, expected: list[str]) -> None:
    assert pieces(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # "von morgen", "bis morgen", "bis heute" are no days to put "am" before (a chamber, a library).
        ("Die Fachkräfte von morgen lernen im Betrieb.", "Die Fachkräfte von morgen lernen im Betrieb."),
        ("Die Anmeldung läuft bis morgen.", "Die Anmeldung läuft bis morgen."),
        ("Das gilt bis heute.", "Das gilt bis heute."),
        # "seit heute Mittag" without a clock time stays ("seit dem … am Mittag" is no German; session 32).
        ("Die Leitung wird seit heute Mittag geprüft.", "Man prüft die Leitung seit heute Mittag."),
        ("Der Markt öffnet morgen um 9 Uhr.", "Der Markt öffnet am 3. März 2026 um 9 Uhr."),
    ],
)
def test_relative_days_after_prepositions_stay(source: str, expected: str) -> None:
    assert rewrite(source, date(2026, 3, 2)) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # The object after the subject stays behind the verb (a police appeal, a holiday camp).
        ("Deshalb sucht die Polizei Zeugen.", "Die Polizei sucht Zeugen."),
        ("Außerdem erhalten Kinder Eis.", "Kinder erhalten Eis."),
        # A name goes on with the subject (a town hall).
        ("Danach sprach Bürgermeister Max Muster.", "Bürgermeister Max Muster sprach."),
        # A list of subjects or a genitive after the noun: left as written (a library, an office).
        (
            "Darüber hinaus stehen Zeitungen, Spiele und ein WLAN-Zugang zur Verfügung.",
            "Darüber hinaus stehen Zeitungen, Spiele und ein WLAN-Zugang zur Verfügung.",
        ),
        ("Zudem erklärte der Leiter des Amtes die Pläne.", "Zudem erklärte der Leiter des Amtes die Pläne."),
    ],
)
def test_without_opener_fronts_the_whole_subject_only(source: str, expected: str) -> None:
    assert without_opener(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # A zu-infinitive is the verb's complement, not an afterthought (a chamber, a sports club).
        (
            "Zugleich hat sie an die Betriebe appelliert, auch Ungelernten eine Chance zu geben.",
            "Zugleich hat sie an die Betriebe appelliert, auch Ungelernten eine Chance zu geben.",
        ),
        ("Er hat seit 2004 im Verein gespielt, zunächst als Torwart.", "Er hat seit 2004 im Verein gespielt."),
    ],
)
def test_trim_keeps_an_infinitive_complement(source: str, expected: str) -> None:
    assert trim(source) == expected


def test_paired_dashes_are_an_insertion_not_a_clause_boundary() -> None:
    # A police appeal and a museum's note: the insertion between two dashes is no cut.
    appeal = (
        "Die Polizei bittet alle, die etwas gesehen haben – insbesondere einen Radfahrer, der dort fuhr –, sich zu melden."
    )
    assert pieces(appeal) == [appeal]
    assert pieces("Das Museum sammelt Fotos – es zeigt sie im Herbst.") == [
        "Das Museum sammelt Fotos.",
        "Es zeigt sie im Herbst.",
    ]


def test_without_opener_keeps_a_close_apposition() -> None:
    # A transport company: the names after the noun belong to the subject.
    source = "Zudem werden die Haltestellen Marktplatz und Rathaus barrierefrei ausgebaut."
    assert without_opener(source) == source


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # A union's and an alliance's criticism: the genitive stays with the subject of the dass-clause.
        (
            "Das Bündnis kritisiert, dass der Großteil der Dienste von großen Konzernen betrieben wird.",
            ["Das Bündnis kritisiert, dass der Großteil der Dienste von großen Konzernen betrieben wird."],
        ),
        (
            "Die Gewerkschaft kritisiert zudem, dass die Stadt zu wenig Busse kauft.",
            ["Die Gewerkschaft kritisiert zudem: Die Stadt kauft zu wenig Busse."],
        ),
    ],
)
def test_that_clause_keeps_the_whole_subject(source: str, expected: list[str]) -> None:
    assert [_that_clause(source)] == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # The written-out vehicle keeps the genitive "-s" (a police report, a fire brigade).
        ("Er setzte zum Überholen eines Lkw an.", "Er hat zum Überholen eines Last·wagens angesetzt."),
        ("Der Fahrer des Pkw blieb unverletzt.", "Der Fahrer vom Auto ist unverletzt geblieben."),
    ],
)
def test_vehicle_abbreviations_in_the_genitive(source: str, expected: str) -> None:
    assert rewrite(source, None) == expected


def test_relative_clause_after_a_predicative_als_stays() -> None:
    # A jury's praise and a club's description: the relative clause is the content of the predicate.
    praise = "Die Jury lobte die Gemeinde als einen Ort, der Kultur und Natur verbindet."
    assert pieces(praise) == [praise]
    assert (
        pieces("Die Polizei nahm einen Mann fest, der ein Fahrrad gestohlen hatte.")[0]
        == "Die Polizei nahm einen Mann fest."
    )


def test_clause_held_by_a_correlate_es_is_not_cut() -> None:
    # A lost-property note and a hospital transport: "es" holds the place of the "wo" clause.
    riddle = "Trotz der Suche war es der Polizei lange ein Rätsel, wo das Fahrrad geblieben ist."
    assert condensed(riddle) == riddle
    assert (
        condensed("Der Verletzte kam in ein Krankenhaus, wo er behandelt wurde.") == "Der Verletzte kam in ein Krankenhaus."
    )
