"""Session 7, issue 16: shorten.py cuts detail German marks as an addition, and keeps every limit."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.shorten import condensed, without_range
from tests.easy.support import easy_body


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # A continuing clause ("weiterführender Nebensatz") after a police report's main clause.
        (
            "Die Polizei hat den Fahrer kontrolliert, woraufhin er seinen Führerschein abgeben musste.",
            "Die Polizei hat den Fahrer kontrolliert.",
        ),
        # The same after a sports club's news: "was" comments on the whole clause.
        (
            "Der Verein hat im Mai ein neues Vereinsheim eröffnet, was bei den Mitgliedern für Freude sorgte.",
            "Der Verein hat im Mai ein neues Vereinsheim eröffnet.",
        ),
        # "wo" after an indefinite noun: non-restrictive (a fire brigade's report).
        (
            "Die Radfahrerin kam mit einem Rettungswagen in ein Krankenhaus, wo sie ambulant behandelt wurde.",
            "Die Radfahrerin kam mit einem Rettungswagen in ein Krankenhaus.",
        ),
        # A trailing consequence and a clause of time before (a road authority, a police report).
        (
            "Der Abschleppdienst barg das Auto, so dass die Straße gegen 7 Uhr wieder frei war.",
            "Der Abschleppdienst barg das Auto.",
        ),
        ("Die Polizei nahm den Mann fest, nachdem er geflüchtet war.", "Die Polizei nahm den Mann fest."),
    ],
)
def test_a_trailing_continuing_clause_goes(source: str, expected: str) -> None:
    assert condensed(source) == expected


@pytest.mark.parametrize(
    "kept",
    [
        "Der Mann soll geflohen sein, was die Polizei aber bestreitet.",  # reverses the claim
        "Die Stadt zahlt alles, was anfällt.",  # restrictive after a pronoun
        "Er wohnt in dem Haus, wo er geboren wurde.",  # "wo" after a definite noun: may restrict
        "Der Laden bleibt geschlossen, bis die Reparatur fertig ist.",  # without "bis": for ever
        "Das Fest fällt aus, wenn es regnet.",  # a condition
        "Die Halle ist gesperrt, was auch für den Parkplatz gilt.",  # "auch" widens the claim
    ],
)
def test_a_clause_that_limits_or_conditions_the_claim_stays(kept: str) -> None:
    assert condensed(kept) == kept


def test_a_participle_group_between_commas_goes_unless_it_limits() -> None:
    # An environmental group and a fire brigade.
    assert (
        condensed("Der Kreisverband hat, unterstützt von vielen Helfern aus der Region, 4000 Bäume gepflanzt.")
        == "Der Kreisverband hat 4000 Bäume gepflanzt."
    )
    assert (
        condensed("Die Feuerwehr hat, ausgerüstet mit Atemschutz, den Keller durchsucht.")
        == "Die Feuerwehr hat den Keller durchsucht."
    )
    kept = "Die Feuerwehr hat, gesichert ohne Leiter, den Keller durchsucht."
    assert condensed(kept) == kept


def test_a_demonstrative_frame_goes_only_after_the_verb() -> None:
    # A police campaign and a city festival.
    assert (
        condensed("Die Aktionswoche findet in diesem Jahr zum dritten Mal statt.")
        == "Die Aktionswoche findet zum dritten Mal statt."
    )
    assert (
        condensed("Der Stadtrat berät in diesem Zusammenhang über neue Radwege.") == "Der Stadtrat berät über neue Radwege."
    )
    # In the Vorfeld the phrase holds the verb's second place: it stays.
    assert condensed("In diesem Jahr findet das Fest statt.") == "In diesem Jahr findet das Fest statt."
    # A place noun a verb may need is no frame noun.
    assert condensed("Die Familie wohnt in diesem Haus.") == "Die Familie wohnt in diesem Haus."


def test_a_measure_as_range_noun_goes_the_offence_stays() -> None:
    assert (
        without_range("Ein Mann soll mit Heroin im Kilogrammbereich gehandelt haben.")
        == "Ein Mann soll mit Heroin gehandelt haben."
    )
    assert without_range("Die Firma hat Schäden im Millionenbereich gemeldet.") == "Die Firma hat Schäden gemeldet."
    # A place is not a measure: "im Stadtbereich" stays.
    assert without_range("Die Stadt baut im Stadtbereich neue Wege.") == "Die Stadt baut im Stadtbereich neue Wege."


def test_the_main_clause_of_a_long_paragraph_opening_reaches_the_summary() -> None:
    # A police report: the continuing "wo" clause goes, the hospital stays.
    police = easy_body(
        "Unfall auf der Landstraße",
        "Am Montag ist auf der Landstraße bei Neudorf ein Auto gegen einen Baum gefahren.",
        "Die Fahrerin kam mit einem Rettungswagen in ein Krankenhaus, wo sie ambulant behandelt wurde.",
        organisation="Polizei Neudorf",
    )
    assert "mit einem Rettungswagen in ein Krankenhaus gekommen." in police, police
    assert "behandelt" not in police, police
    # A club's news: the comment after "was" goes, the opening stays with its day and place.
    club = easy_body(
        "Neues Vereinsheim",
        "Der Tennisverein Grünau hat ein neues Vereinsheim.",
        "Der Verein hat am Samstag das Vereinsheim an der Lindenallee eröffnet, was bei den Mitgliedern für Freude sorgte.",
        organisation="Tennisverein Grünau",
    )
    assert "Der Verein hat am Samstag das Vereinsheim an der Lindenallee eröffnet." in club, club
    assert "Freude" not in club, club


def test_a_name_after_a_role_noun_becomes_a_close_apposition() -> None:
    # An election office and a town hall.
    assert (
        condensed("Die Kreiswahlleiterin, Petra Muster, ruft alle Wahlberechtigten zur Wahl auf.")
        == "Kreiswahlleiterin Petra Muster ruft alle Wahlberechtigten zur Wahl auf."
    )
    assert (
        condensed("Der Bürgermeister, Hans Meier, eröffnet am Montag das Stadtfest.")
        == "Bürgermeister Hans Meier eröffnet am Montag das Stadtfest."
    )
    # Not a name between the commas: the apposition stays for the other cuts to judge.
    kept = "Der Täter, ein junger Mann, flüchtete."
    assert condensed(kept) == kept


def test_beim_with_a_nominalised_infinitive_is_a_time_clause_that_may_go() -> None:
    from pressconv.transforms.easy.clauses import shorten

    # A fire brigade and a police report, both over the limit with the time phrase.
    assert (
        shorten("Zwei Bewohner hatten beim Eintreffen der Feuerwehr das brennende Haus schon selbst verlassen können.")
        == "Zwei Bewohner hatten das brennende Haus schon selbst verlassen können."
    )
    assert (
        shorten("Die Beamten haben beim Verlassen des Hauses einen Mann mit einem Messer in der Hand gesehen.")
        == "Die Beamten haben einen Mann mit einem Messer in der Hand gesehen."
    )
    # Short enough already: nothing is cut.
    assert shorten("Der Mann stürzte beim Aussteigen.") == "Der Mann stürzte beim Aussteigen."


def test_a_free_choice_under_koennen_becomes_two_sentences() -> None:
    from pressconv.transforms.easy.clauses import pieces
    from pressconv.transforms.easy.shorten import alternatives

    # A police appeal and a town hall's notice.
    assert pieces("Zeugen können sich an jede Polizeiwache wenden oder die Onlinewache der Polizei nutzen.") == [
        "Zeugen können sich an jede Polizeiwache wenden.",
        "Zeugen können die Onlinewache der Polizei nutzen.",
    ]
    assert alternatives("Bürger können das Formular im Rathaus abholen oder die Unterlagen online herunterladen.") == [
        "Bürger können das Formular im Rathaus abholen.",
        "Bürger können die Unterlagen online herunterladen.",
    ]
    for kept in (
        "Interessierte können sich informieren oder beraten lassen.",  # a verb chain shares "sich"
        "Besucher können nicht parken oder die Halle betreten.",  # negation scopes over both
        "Eltern müssen das Formular abgeben oder die Gebühr zahlen.",  # an obligation: one of them
    ):
        assert alternatives(kept) == [kept]
