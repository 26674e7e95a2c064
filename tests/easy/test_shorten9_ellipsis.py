"""Session 9: verb phrases coordinated under one finite verb become one sentence each (ellipsis.py)."""

from __future__ import annotations

from pressconv.transforms.easy.clauses import pieces
from pressconv.transforms.easy.ellipsis import shared_finite


def test_a_police_report_splits_two_participles_under_one_auxiliary() -> None:
    assert pieces("Die Kriminalpolizei hat am Abend die Spuren gesichert und den Keller versiegelt.") == [
        "Die Kriminalpolizei hat am Abend die Spuren gesichert.",
        "Die Kriminalpolizei hat den Keller versiegelt.",
    ]
    # A shared passive auxiliary after the last conjunct belongs to both; a time is no frame colon.
    assert pieces("Der Brand konnte gegen 14:10 Uhr eingedämmt und um 15:00 Uhr ganz gelöscht werden.") == [
        "Der Brand konnte gegen 14:10 Uhr eingedämmt werden.",
        "Der Brand konnte um 15:00 Uhr ganz gelöscht werden.",
    ]


def test_a_club_notice_splits_a_list_of_obligations_and_repeats_a_joined_subject() -> None:
    assert shared_finite("Die Gäste müssen sich anmelden, einen Ausweis zeigen und eine Gebühr zahlen.") == [
        "Die Gäste müssen sich anmelden.",
        "Die Gäste müssen einen Ausweis zeigen.",
        "Die Gäste müssen eine Gebühr zahlen.",
    ]
    assert shared_finite("Der Trainer und seine Kollegin wurden am Sonntag geehrt und mit einem Preis ausgezeichnet.") == [
        "Der Trainer und seine Kollegin wurden am Sonntag geehrt.",
        "Der Trainer und seine Kollegin wurden mit einem Preis ausgezeichnet.",
    ]


def test_a_nominalised_adjective_is_a_subject_the_next_sentence_can_repeat() -> None:
    assert pieces("Die 41-Jährige blieb unverletzt, stand unter Schock und wurde von einer Ärztin betreut.") == [
        "Die 41-Jährige blieb unverletzt.",
        "Die 41-Jährige stand unter Schock.",
        "Die 41-Jährige wurde von einer Ärztin betreut.",
    ]


def test_cuts_that_could_change_the_claim_are_refused() -> None:
    for kept in (
        # A shared object: "gefunden" alone would lack it.
        "Die Polizei hat den Hund gesucht und schnell gefunden.",
        "Die Polizei hat den Mann festgenommen und in eine Klinik gebracht.",
        # A hedge, a negation or a source phrase before the first conjunct may hold for both.
        "Der Täter hat vermutlich ein Fenster aufgebrochen und Schmuck gestohlen.",
        "Der Verein hat nicht die Halle gemietet und den Platz gekauft.",
        "Die Trainerin wird nach eigenen Angaben eine Pause machen und ein Buch schreiben.",
        # In a rule or permission a phrase before the first verb may restrict every conjunct.
        "Die Mitglieder dürfen mit einer Karte die Halle nutzen und Geräte leihen.",
        "Der Müll wird montags abgeholt und in der Anlage sortiert.",
        # "oder" under "müssen": each alternative alone would be an obligation not stated.
        "Die Gäste müssen einen Ausweis zeigen oder eine Gebühr zahlen.",
        # An indefinite subject repeated would name a second person.
        "Ein Mann wurde leicht verletzt und in eine Klinik gebracht.",
    ):
        assert shared_finite(kept) == [kept]


def test_um_before_a_time_opens_no_purpose_clause() -> None:
    # ", um 19:30 Uhr" is a time, not "um … zu": the sentence keeps its verb and its place.
    kept = "Das Fest wird am Freitag, 3. Juli, um 19:30 Uhr im Hof der Schule eröffnet."
    assert pieces(kept) == [kept]
    assert pieces("Die Tafel sammelt Lebensmittel, um Familien im Ort zu helfen.") == ["Die Tafel sammelt Lebensmittel."]
