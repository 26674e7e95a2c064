"""Session 22, the integrator's own fixes: glossary senses for every sender, lead cores that keep their objects."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.closings import closing_lists
from pressconv.transforms.easy.labelitems import label_sentence
from pressconv.transforms.easy.leadcore import build_core
from pressconv.transforms.easy.lexicon import entries_for
from tests.easy.support import easy_body


@pytest.mark.parametrize(
    "sentence",
    [
        # A city council adopts its budget by a statute (Haushaltssatzung, Gemeindeordnung).
        "Der Stadt·rat hat die Haus·halts·satzung beschlossen.",
        # A sports club changes its statute at the members' meeting.
        "Die Mitglieder haben eine neue Satzung beschlossen.",
    ],
)
def test_a_statute_is_explained_for_clubs_and_towns_alike(sentence: str) -> None:
    # "Die Regeln von einem Verein" was wrong for a town's budget statute.
    explanations = " ".join(e.explanation for e in entries_for([sentence]))
    assert "Satzung stehen feste Regeln" in explanations
    assert "Regeln von einem Verein" not in explanations


# --- the lead core never leaves a verb without its prepositional object (leadcore.py)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # A trade union's reflexive verb: "sich einsetzen für" needs its "für" phrase.
        ("Der Gewerkschaftsbund setzt sich auf vielen Ebenen und mit neuen Formaten für faire Löhne ein.", "für"),
        # A sports club: the "für" phrase after a "mit" phrase may be the predicate's own.
        ("Der Sportverein ist seit Jahren mit vielen Angeboten für Kinder in der Stadt aktiv.", "für"),
        # A state government: "vielfach" is an adverb, not a quantity that makes "mit …" a mere frame.
        # Adapted from the shared corpus release dc-dev-01.
        ("Die Landesregierung ist vor zwei Jahren mit einem vielfach gelobten sozialen Programm angetreten.", "mit"),
    ],
)
def test_the_lead_core_keeps_a_verbs_object_or_says_nothing(sentence: str, kept: str) -> None:
    found = build_core(sentence)
    assert found is None or kept in found[0].split(), found


# --- "Niemand ist verletzt" never beside someone taken to hospital (facts._injured)


@pytest.mark.parametrize(
    ("title", "paragraph", "organisation"),
    [
        # A fire brigade: two workers taken to hospital as a precaution, "weitere Personen … nicht".
        (
            "Säure tritt in Betrieb aus",
            "Am Dienstag ist in einer Firma in Beispielstadt Säure ausgetreten. Zwei Mitarbeiter wurden mit "
            "Reizungen vorsorglich in das Kreiskrankenhaus Beispielstadt gebracht, weitere Personen wurden nach "
            "bisherigem Kenntnisstand nicht verletzt.",
            "Feuerwehr Beispielstadt",
        ),
        # A police report: a driver taken to a clinic; "sonst" not said, the negation is the others'.
        (
            "Unfall auf der Landstraße",
            "Am Montag sind auf der Landstraße bei Musterdorf zwei Autos zusammengestoßen. Die Fahrerin wurde "
            "in eine Klinik gebracht. Andere Verkehrsteilnehmer wurden bei dem Unfall nach ersten Erkenntnissen "
            "nicht verletzt.",
            "Polizeipräsidium Musterland",
        ),
    ],
)
def test_nobody_hurt_is_never_said_beside_someone_taken_to_hospital(title: str, paragraph: str, organisation: str) -> None:
    assert "Niemand ist verletzt" not in easy_body(title, paragraph, organisation=organisation)


# --- review mends: the lead core and the closing list never drop a claim's scope


@pytest.mark.parametrize(
    "sentence",
    [
        # A pool: without "morgen" the closure reads as for good.
        "Das Hallenbad an der Parkstraße bleibt morgen wegen einer Reparatur geschlossen.",
        # A citizens' office: "derzeit" limits the claim to now.
        "Das Bürgerbüro im Rathaus nimmt derzeit wegen Umbauarbeiten keine Anträge an.",
        # A utility: the restrictive relative clause with "nicht" narrows the fees.
        "Die Stadtwerke erstatten ihren Kunden die Gebühren, die nicht rechtzeitig abgebucht wurden.",
        # A club: "zum" may hold a neuter noun ("das Ehrenmitglied"), whose article cannot be told.
        "Der Verein hat Frau Anna Beispiel in seiner Sitzung zum Ehrenmitglied gewählt.",
        # A company: "zum 1. Juli" is a date, not a role.
        "Die Firma hat Herrn Paul Muster zum 1. Juli eingestellt.",
    ],
)
def test_the_lead_core_says_nothing_rather_than_drop_a_scope(sentence: str) -> None:
    found = build_core(sentence)
    assert found is None or all(
        w in " ".join(found) for w in ("morgen", "derzeit", "nicht", "Ehrenmitglied") if w in sentence
    )
    assert found is None or "wird der 1." not in " ".join(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Filialen in Adorf und Bedorf werden am 3. Mai geschlossen.",  # a bank, one day
        "Die Bibliotheken in Cedorf und Dedorf bleiben am Montag, 4. Mai 2026, geschlossen.",  # a city, one day
    ],
)
def test_a_closure_on_one_day_is_no_closing_list(sentence: str) -> None:
    assert closing_lists([sentence]) == []


# --- a "Label: value" item keeps its intro's time and status, or is left out (labelitems.py)


@pytest.mark.parametrize(
    ("label", "value", "intro"),
    [
        ("Erwachsene", "4,50 Euro", "Bisherige Eintrittspreise:"),  # a pool: the old prices
        ("Monatskarte", "49 Euro", "Ab 1. Januar 2027 gelten diese Preise:"),  # a transport company: from a date
        ("Kassiererin", "Lena Muster", "Zur Wahl stehen:"),  # a club: candidates, not office holders
        ("Öffnungszeiten", "täglich von 9 bis 18 Uhr", "Künftig gilt:"),  # a citizens' office: planned hours
    ],
)
def test_a_label_item_under_a_scoped_intro_is_left_out(label: str, value: str, intro: str) -> None:
    assert label_sentence(label, value, intro) is None


def test_a_label_item_under_a_plain_intro_is_said() -> None:
    assert label_sentence("Erwachsene", "4,50 Euro", "Die Eintrittspreise:") == "Erwachsene zahlen 4,50 Euro."
