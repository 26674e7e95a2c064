"""Leichte-Sprache rule classes of the session-17 audit, on invented sentences of several sender kinds.

Nominal style ("Es gibt eine Lesung.", "nach Angaben von", "im Laufe des", "ohne Vorlage"),
abbreviations (unit symbols, legal forms, "Gebr."), words split at non-parts ("Verb·rechen", a place
name, a web address), Plusquamperfekt, numbers in two shapes, and the grammar of plural nouns,
acronym senders and object relative clauses.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.achieved import achieved
from pressconv.transforms.easy.attribution import said_by
from pressconv.transforms.easy.compounds import segment, segment_text
from pressconv.transforms.easy.dates import normalise_dates
from pressconv.transforms.easy.existentials import introduced_in_statement
from pressconv.transforms.easy.lexicon import feminine_singular
from pressconv.transforms.easy.outcomes import _damage
from pressconv.transforms.easy.pipeline import _territory_names
from pressconv.transforms.easy.plaintime import plain_showing, plain_time
from pressconv.transforms.easy.relatives import split_relative
from pressconv.transforms.easy.rewrite import rewrite
from pressconv.transforms.easy.sender import Sender, _head, with_article
from pressconv.transforms.easy.templates import Line
from pressconv.transforms.easy.units import plain_units
from pressconv.transforms.easy.verify import rule_failures, structure_failures


def _passes(text: str) -> bool:
    return not rule_failures(text) and not structure_failures(text)


# --- nominal style: the bare existence line ----------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # A library's reading, announced.
        (
            ["Es gibt eine Lesung.", "Die Lesung ist am Freitag, 13. November 2026.", "Die Lesung beginnt um 19 Uhr."],
            ["Eine Lesung ist am Freitag, 13. November 2026.", "Die Lesung beginnt um 19 Uhr."],
        ),
        # A fire brigade's report of the past, a topic line between the two.
        (
            ["Es hat einen Brand gegeben.", "Das Thema ist: Brand·schutz.", "Der Brand war am Montag, 4. Mai 2026."],
            ["Ein Brand war am Montag, 4. Mai 2026.", "Das Thema ist: Brand·schutz."],
        ),
    ],
)
def test_the_existence_line_goes_into_the_first_statement(lines: list[str], expected: list[str]) -> None:
    out = introduced_in_statement([Line(text, origin="template") for text in lines], _passes)
    assert [line.text for line in out] == expected


def test_a_noun_the_title_names_keeps_its_definite_line() -> None:
    lines = [
        Line("Es gibt einen Info·abend.", origin="advice"),
        Line("Der Info·abend ist am Montag, 4. Mai 2026.", origin="advice"),
    ]
    out = introduced_in_statement(lines, _passes, "Der Sport·verein lädt zum Info·abend ein")
    assert [line.text for line in out] == ["Der Info·abend ist am Montag, 4. Mai 2026."]


def test_a_source_sentence_is_never_merged() -> None:
    lines = [Line("Es gibt eine Lesung.", origin="source"), Line("Die Lesung ist am Freitag.", origin="source")]
    assert [line.text for line in introduced_in_statement(lines, _passes)] == [line.text for line in lines]


# --- nominal style: attribution, time and document phrases -------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A transport company's strike notice.
        (
            "Der Streik endet nach Angaben von der Gewerkschaft um 22 Uhr.",
            "Die Gewerkschaft sagt: Der Streik endet um 22 Uhr.",
        ),
        # A police report.
        ("Der Mann ist laut Polizei schwer verletzt.", "Die Polizei sagt: Der Mann ist schwer verletzt."),
        # A ministry's figures: "vom" with a neuter noun.
        (
            "Die Kosten liegen nach Angaben vom Ministerium bei 2 Millionen Euro.",
            "Das Ministerium sagt: Die Kosten liegen bei 2 Millionen Euro.",
        ),
    ],
)
def test_the_source_of_a_statement_becomes_its_speaker(sentence: str, expected: str) -> None:
    assert said_by(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Fahrer war nach eigenen Angaben müde.",  # "eigenen" points at the subject
        "Nach Angaben von der Polizei ist der Mann verletzt.",  # the verb would stand first without it
        "Der Täter ist nach Angaben von Zeugen geflohen.",  # no article shows the nominative
    ],
)
def test_an_unsure_source_stays(sentence: str) -> None:
    assert said_by(sentence) == sentence


def test_time_and_document_phrases_in_plain_words() -> None:
    # A fire brigade and a transport company: a time in nominal style.
    assert (
        plain_time("Im Laufe vom Donnerstag findet eine Brand·nach·schau statt.")
        == "Am Donnerstag findet eine Brand·nach·schau statt."
    )
    assert plain_time("Der Warnstreik beginnt mit Betriebsbeginn um 4:15 Uhr.") == "Der Warnstreik beginnt um 4:15 Uhr."
    assert plain_time("Der Streik endet mit Betriebsschluss.") == "Der Streik endet mit Betriebsschluss."  # no time to keep
    # A food recall and a theatre: the document itself, not its showing.
    assert (
        plain_showing("Man erstattet den Kaufpreis auch ohne Vorlage vom Kassenbon.")
        == "Man erstattet den Kaufpreis auch ohne Kassenbon."
    )
    assert plain_showing("Karten gibt es gegen Vorlage von der Bestätigung.") == "Karten gibt es mit der Bestätigung."


def test_damage_is_said_with_a_verb() -> None:
    # A police report and a storm report of a fire brigade.
    assert (
        _damage("An Roller und Polizeifahrzeug entstand Sachschaden.")
        == "Der Roller und das Polizeifahrzeug sind beschädigt."
    )
    assert _damage("An dem Fahrzeug entstand Sachschaden.") == "Das Fahrzeug ist beschädigt."


def test_a_headline_clause_is_no_topic() -> None:
    # An election office and a swimming pool: a headline without its "ist".
    assert any(f.check == "rule.nominal-style" for f in rule_failures("Es geht um: Briefwahl ab sofort möglich."))
    assert any(f.check == "rule.nominal-style" for f in rule_failures("Es geht um: Frei·bad wieder geöffnet."))
    assert not any(f.check == "rule.nominal-style" for f in rule_failures("Es geht um: Ostern 2026."))


# --- abbreviations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Das Produkt heißt: Kräuter-Frischkäse, 150 g.", "Das Produkt heißt: Kräuter-Frischkäse, 150 Gramm."),  # a dairy
        ("Die Straße ist auf 2,4 km gesperrt.", "Die Straße ist auf 2,4 Kilometer gesperrt."),  # a district
        ("Der Weg ist 1 m breit.", "Der Weg ist 1 Meter breit."),
        ("Gebr. Muster Bau ruft Leitern zurück.", "Gebrüder Muster Bau ruft Leitern zurück."),  # a company
        ("Die Firma Muster GmbH baut ein Lager.", "Die Firma Muster baut ein Lager."),
        ("Es spielt der Musikverein Talheim e.V.", "Es spielt der Musikverein Talheim."),  # a club
        ("Die AG Verkehr trifft sich.", "Die AG Verkehr trifft sich."),  # "AG" may be no legal form
        ("Es gibt 5 mal Essen.", "Es gibt 5 mal Essen."),
    ],
)
def test_units_and_legal_forms_in_plain_words(sentence: str, expected: str) -> None:
    assert plain_units(sentence) == expected


def test_the_verifier_sees_mixed_case_and_unit_abbreviations() -> None:
    assert any(f.match == "GmbH" for f in rule_failures("Die Muster GmbH baut."))
    assert any(f.check == "rule.abbreviation" for f in rule_failures("Das Paket wiegt 3 kg."))
    assert not any(f.check == "rule.abbreviation" for f in rule_failures("Die Linie 3 fährt um 10 Uhr."))


# --- long words and addresses -------------------------------------------------------------------


def test_a_prefix_derivation_is_no_compound() -> None:
    assert segment("Verbrechen") == "Verbrechen"  # ver + brechen, never "Verb·rechen"
    assert segment("Versammlung") == "Versammlung"
    assert segment("Verkehrsunfall") == "Verkehrs·unfall"  # "kehrsunfall" is no word: a compound
    assert segment("Betriebsversammlung") == "Betriebs·versammlung"


def test_a_web_address_stays_whole() -> None:
    # A food authority's portal and a town's page: typed as written.
    text = rewrite("Die Warnung wurde auf dem Portal lebensmittelwarnung.de eingestellt.", None)
    assert "lebensmittelwarnung.de" in text
    assert "lebensmittelwarnung.de" in segment_text(text)
    failures = rule_failures(segment_text("Mehr steht auf lebensmittelwarnung.de im Internet."))
    assert not any(f.check == "rule.long-word" for f in failures)


def test_territory_and_dateline_names_stay_whole() -> None:
    source = "Nordheim, 27. Februar 2026 – Der Stadtrat der Stadt Nordheim hat getagt. Der Landkreis Westkreis baut."
    assert {"Nordheim", "Westkreis"} <= _territory_names(source)


# --- tense and numbers --------------------------------------------------------------------------


def test_a_fronted_pluperfect_becomes_perfekt() -> None:
    # A sports club's history and a museum's.
    assert rewrite("Angefangen hatte alles im Jahr 2021 mit 6 Kursen.", None).startswith("Angefangen hat alles")
    assert rewrite("Ein Mitarbeiter hatte den Karton entdeckt.", None) == "Ein Mitarbeiter hat den Karton entdeckt."


def test_a_time_range_in_one_shape() -> None:
    # A citizens' office and a library.
    assert normalise_dates("Die Bürgerbüros sind von 7:00 bis 15:00 Uhr geöffnet.", None, "de") == (
        "Die Bürgerbüros sind von 7 bis 15 Uhr geöffnet."
    )
    assert normalise_dates("Offen ist von 9 bis 12.30 Uhr.", None, "de") == "Offen ist von 9 bis 12:30 Uhr."


# --- grammar ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("noun", "singular"),
    [
        ("Stadtwerke", False),  # "Die Stadt·werke sind …": a Pluraletantum with its article
        ("Johanniter", False),
        ("Wasserwerke", False),  # a plural form the lexicon does not list
        ("Kosten", False),
        ("Polizei", True),
        ("Stadtverwaltung", True),
    ],
)
def test_plural_nouns_are_no_feminine_singular(noun: str, singular: bool) -> None:
    assert feminine_singular(noun) is singular


@pytest.mark.parametrize(
    ("name", "nominative"),
    [
        ("VHS Nordstadt", "die VHS Nordstadt"),  # die Volkshochschule, not "der" of a "-kreis" or "-stadt"
        ("ADFC Nordstadt", "der ADFC Nordstadt"),  # der Fahrrad-Club
        ("SV Nordheim", "der SV Nordheim"),  # der Sportverein, not "das" of "-heim"
        ("VHS Landkreis Westkreis", "die VHS Landkreis Westkreis"),
        ("DRK Kreisverband Talheim", "der DRK Kreisverband Talheim"),  # a unit of the organisation is the head
        ("KVHS Nordkreis", "KVHS Nordkreis"),  # an acronym of unknown gender: no article guessed
    ],
)
def test_an_acronym_sender_takes_its_own_gender(name: str, nominative: str) -> None:
    head = _head(name)
    assert with_article(Sender(name, head.gender if head else None), "nom") == nominative


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        # A police report: "den" is an object by its form.
        (
            "Am Dienstag hat die Polizei den Mann festgenommen, den zwei Zeugen beobachtet hatten.",
            "Zwei Zeugen haben den Mann beobachtet.",
        ),
        # A fire brigade.
        (
            "Die Feuerwehr hat am Sonntag den Brand gelöscht, den ein Nachbar gemeldet hatte.",
            "Ein Nachbar hat den Brand gemeldet.",
        ),
        # A town: "die" and a clause that opens with its own subject.
        ("Die Stadt hat die Brücke, die die Firma Müller gebaut hat, eröffnet.", None),
    ],
)
def test_a_relative_object_never_stands_first(sentence: str, told: str | None) -> None:
    found = split_relative(sentence)
    if told is None:
        # Either reading of "die … die Firma" could be meant: left out rather than guessed.
        assert found is None
    else:
        assert found is not None and found.told == told


# --- Präteritum of a modal that reports a success ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A police report, a fire brigade and an impersonal sentence from a passive.
        ("Die Polizei konnte den Mann am Montag festnehmen.", "Die Polizei hat den Mann am Montag festgenommen."),
        (
            "Die Einsatzkräfte konnten 12 Tiere aus dem Stall retten.",
            "Die Einsatzkräfte haben 12 Tiere aus dem Stall gerettet.",
        ),
        ("Man konnte die Warnung um 6:40 Uhr aufheben.", "Man hat die Warnung um 6:40 Uhr aufgehoben."),
        ("Der Täter konnte unerkannt entkommen.", "Der Täter ist unerkannt entkommen."),
        # A chance, not an outcome, and a failure: the modal stays.
        ("Die Gäste konnten Tipps bekommen.", "Die Gäste konnten Tipps bekommen."),
        ("Die Feuerwehr konnte das Haus nicht retten.", "Die Feuerwehr konnte das Haus nicht retten."),
    ],
)
def test_a_reported_success_in_the_perfekt(sentence: str, expected: str) -> None:
    assert achieved(sentence) == expected


def test_resuming_operation_is_a_light_verb() -> None:
    # A transport company's "den Betrieb aufnehmen"; a firm that takes in apprentices is no light verb.
    assert any(f.check == "rule.nominal-style" for f in rule_failures("Man soll den Betrieb am Freitag wieder aufnehmen."))
    assert not any(f.check == "rule.nominal-style" for f in rule_failures("Der Betrieb hat 20 Lehrlinge aufgenommen."))
