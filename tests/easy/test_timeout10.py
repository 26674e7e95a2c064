"""The time of a statement in a sentence of its own (timeout.py): "Das Haus öffnet. Das ist am …"."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy import rescuers as rescue_module
from pressconv.transforms.easy.rescue import RescueContext
from pressconv.transforms.easy.rewrite import rewrite
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.timeout import split, time_apart
from tests.easy.support import easy_body

ISSUED = date(2024, 3, 1)


def _split(sentence: str) -> tuple[str, ...] | str:
    return split(rewrite(sentence, ISSUED), ISSUED)


@pytest.mark.parametrize(
    ("sentence", "head", "follower"),
    [
        # A library: the time in the Vorfeld, the hours after the subject; the subject moves to the front.
        (
            "Am Samstag, 14. September 2024, öffnet die Bibliothek von 10 bis 16 Uhr für alle Kinder den neuen Lesesaal.",
            "Die Bibliothek öffnet für alle Kinder den neuen Lesesaal.",
            "Das ist am Samstag, 14. September 2024, von 10 bis 16 Uhr.",
        ),
        # A hospital: a rule that starts on a day, the subject after two place phrases.
        (
            "Ab Montag, 3. Juni 2024, gelten im Klinikum auf allen Stationen neue Besuchszeiten.",
            "Neue Besuchszeiten gelten im Klinikum auf allen Stationen.",
            "Das gilt ab Montag, 3. Juni 2024.",
        ),
        # "…, um 11 Uhr" reads as a clause to the verifier: the follower goes without the weekday.
        (
            "Am Sonntag, 9. Juni 2024, lädt die Feuerwehr um 11 Uhr alle Familien zum Tag der offenen Tür ein.",
            "Die Feuerwehr lädt alle Familien zum Tag der offenen Tür ein.",
            "Das ist am 9. Juni 2024 um 11 Uhr.",
        ),
        # A fire brigade: the time right after the verb, a separable verb.
        (
            "Die Feuerwehr lädt am Sonntag, 9. Juni 2024, um 11 Uhr alle Familien zum Tag der offenen Tür ein.",
            "Die Feuerwehr lädt alle Familien zum Tag der offenen Tür ein.",
            "Das ist am 9. Juni 2024 um 11 Uhr.",
        ),
        # A club: a span of days.
        (
            "Vom 3. bis 7. Oktober 2024 zeigt der Kunstverein im Rathaus Bilder von Kindern aus dem Ort.",
            "Der Kunstverein zeigt im Rathaus Bilder von Kindern aus dem Ort.",
            "Das ist vom 3. bis 7. Oktober 2024.",
        ),
        # A recurring day stays with a rule that starts on a date; "auch" and "nur" stay too.
        (
            "Die Stadtbücherei öffnet ab dem 2. September 2024 auch am Samstag nur für Mitglieder des Vereins.",
            "Die Stadtbücherei öffnet auch am Samstag nur für Mitglieder vom Verein.",
            "Das gilt ab dem 2. September 2024.",
        ),
        # A duration, not a deadline: "bis" gives the end of a closure.
        (
            "Das Hallenbad bleibt bis zum 30. September 2024 wegen Bauarbeiten für alle Gäste geschlossen.",
            "Das Hallenbad bleibt wegen Bauarbeiten für alle Gäste geschlossen.",
            "Das geht bis zum 30. September 2024.",
        ),
        # A day before the release: the follower says "war".
        (
            "Am 12. Februar 2024 haben die Helferinnen und Helfer im Stadtpark an der Schule 300 Bäume gepflanzt.",
            "Die Helferinnen und Helfer haben im Stadtpark an der Schule 300 Bäume gepflanzt.",
            "Das war am 12. Februar 2024.",
        ),
        # "es gibt" keeps its "es"; "keine" stays.
        (
            "Ab 1. Juli 2024 gibt es im Bürgeramt keine Termine mehr ohne Anmeldung.",
            "Es gibt im Bürgeramt keine Termine mehr ohne Anmeldung.",
            "Das gilt ab 1. Juli 2024.",
        ),
    ],
)
def test_the_time_stands_apart(sentence: str, head: str, follower: str) -> None:
    assert _split(sentence) == (head, follower)


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # The date belongs to a noun, not to what the clause says happens.
        (
            "Die Fraktion bringt einen Antrag für die Sitzung des Rates am 21. Mai 2024 ein.",
            "a time that may belong to a noun",
        ),
        ("Die Sitzung am 21. Mai 2024 beginnt im großen Saal des Rathauses.", "a time inside the Vorfeld"),
        # Two different times.
        ("Am 4. Mai 2024 öffnet das Museum und am 5. Mai 2024 der Zoo für alle Gäste der Stadt.", "two different times"),
        (
            "Ab dem 2. September 2024 öffnet die Bücherei um 9 Uhr für alle Leserinnen und Leser.",
            "no plain follower: a deadline, a start in the past or a start with hours",
        ),
        # A time the sentence only compares with.
        (
            "Die Zahl der Gäste war größer als am 4. Mai 2024 beim ersten Fest des Vereins im Park.",
            "a time compared with, or part of a longer phrase",
        ),
        # A relative day the rewrite left relative.
        ("Am Samstag öffnet die Bibliothek für alle Leserinnen und Leser der Stadt ihre neuen Räume.", "no time phrase"),
        (
            "Am 4. Mai 2024 spielt die Kapelle im Park und am Sonntagabend in der Kirche für alle.",
            "a second time, or one left relative",
        ),
        # Deadlines: a modal, an act of registering. A time after an object may be the object's too
        # (session 11: the noun phrase after the verb is an object when the subject fills the Vorfeld).
        (
            "Die Eltern müssen die Kinder bis zum 15. Mai 2024 im Sekretariat der Schule anmelden.",
            "a time that may belong to a noun",
        ),
        (
            "Anmeldungen nimmt das Sekretariat bis zum 15. Mai 2024 entgegen.",
            "a time that may belong to a noun",
        ),
        # A subject that cannot be told for sure: "der" before a feminine noun, a particle before it.
        ("Am 1. Juni 2024 übergibt der Stadt die neue Leiterin des Amtes die Schlüssel zum Haus.", "no sure subject"),
        ("Am 1. Juni 2024 öffnet nur die Bibliothek im Rathaus der Stadt für alle ihre Türen.", "no sure subject"),
        # What does not happen on a day keeps its day in the same sentence.
        (
            "Am Montag, 3. Juni 2024, öffnet die Bücherei im Rathaus wegen einer Feier nicht für Gäste.",
            "a negated statement with its day",
        ),
        # A start in the past ("ab" before the release) is no rule the reader can still use.
        (
            "Ab dem 5. Januar 2024 gelten im Krankenhaus auf allen Stationen strengere Regeln für Gäste.",
            "no plain follower: a deadline, a start in the past or a start with hours",
        ),
        # "bis" with an act that ends is its deadline: "Das geht bis …" after "sind beendet" would say
        # the work is done already (review). Only a verb of lasting takes a duration.
        (
            "Die Bauarbeiten an der Brücke über den Fluss sind bis 30. Juni 2024 beendet.",
            "no plain follower: a deadline, a start in the past or a start with hours",
        ),
        (
            "Die Firma liefert bis 30. Juni 2024 alle neuen Geräte aus.",
            "no plain follower: a deadline, a start in the past or a start with hours",
        ),
        # A closure with its day in a follower reads as "closed for good" first.
        (
            "Die Stadtbibliothek im Rathaus bleibt am Montag, 3. Juni 2024, für alle Gäste geschlossen.",
            "a negated statement with its day",
        ),
    ],
)
def test_a_doubtful_time_stays_where_it_is(sentence: str, reason: str) -> None:
    assert _split(sentence) == reason


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An invitation's event takes the time ("zum Tag der offenen Tür am …").
        (
            "Die Feuerwehr lädt alle Familien zum Tag der offenen Tür am Sonntag, 9. Juni 2024, um 11 Uhr ein.",
            (
                "Die Feuerwehr lädt alle Familien zum Tag der offenen Tür ein.",
                "Das ist am 9. Juni 2024 um 11 Uhr.",
            ),
        ),
        # An address after the time goes into a follower of its own.
        (
            "Der Chor singt am 4. Oktober 2024 in der Kirche, Lindenweg 3, für alle Gäste.",
            ("Der Chor singt für alle Gäste.", "Das ist am 4. Oktober 2024.", "Das ist in der Kirche, Lindenweg 3."),
        ),
        # The place of "stattfinden" is the event's place: it goes apart when the head is still too long.
        (
            "Für alle Eltern und Großeltern findet am Donnerstag, 5. September 2024, um 19 Uhr in der Aula "
            "vom Gymnasium ein Abend mit Musik statt.",
            (
                "Für alle Eltern und Großeltern findet ein Abend mit Musik statt.",
                "Das ist am 5. September 2024 um 19 Uhr.",
                "Das ist in der Aula vom Gymnasium.",
            ),
        ),
    ],
)
def test_an_event_and_its_place(sentence: str, expected: tuple[str, ...]) -> None:
    assert _split(sentence) == expected


def test_an_invitation_is_no_licence_for_other_nouns() -> None:
    # "zur Sitzung am …" without an invitation: the date may be the session's only.
    assert isinstance(_split("Die Fraktion stellt einen Antrag zur Sitzung des Rates am 21. Mai 2024."), str)
    # A place that runs on into another phrase: where it ends is not sure.
    sentence = "Am 12. Oktober 2024 findet im Saal vom Bürgerhaus für alle Mitglieder und Gäste das Herbstkonzert statt."
    # The time goes apart; the place stays in the head, never a follower of its own.
    assert _split(sentence) == (
        "Das Herbstkonzert findet im Saal vom Bürgerhaus für alle Mitglieder und Gäste statt.",
        "Das ist am 12. Oktober 2024.",
    )


def test_speech_is_never_split() -> None:
    text = "Am Samstag, 14. September 2024, öffnet die Bibliothek von 10 bis 16 Uhr für alle Kinder den Lesesaal."
    spoken = SourceSentence(text, speech=True, speaker="Leiterin")
    context = RescueContext(spoken, text, (spoken,), 0, ISSUED, lambda piece: rewrite(piece, ISSUED))
    assert time_apart(context) is None
    written = SourceSentence(text)
    context = RescueContext(written, text, (written,), 0, ISSUED, lambda piece: rewrite(piece, ISSUED))
    found = time_apart(context)
    assert found is not None and found.sentences[1].startswith("Das ist am Samstag, 14. September 2024")


@pytest.mark.parametrize(
    ("title", "paragraphs", "organisation", "head", "follower"),
    [
        (
            "Stadtbibliothek lädt zum Lesefest",
            (
                "Die Stadtbibliothek Musterstadt feiert ihr neues Haus mit einem Lesefest.",
                "Am Samstag, 14. September 2024, öffnet die Bibliothek von 10 bis 16 Uhr für alle Kinder "
                "den neuen Lesesaal.",
            ),
            "Stadtbibliothek Musterstadt",
            "Die Bibliothek öffnet für alle Kinder den neuen Lesesaal.",
            "Das ist am Samstag, 14. September 2024, von 10 bis 16 Uhr.",
        ),
        (
            "Neue Besuchszeiten im Klinikum",
            (
                "Das Klinikum Musterkreis ändert die Regeln für Besuche.",
                "Ab Montag, 3. Juni 2024, gelten im Klinikum auf allen Stationen und in der Ambulanz neue Besuchszeiten.",
            ),
            "Klinikum Musterkreis",
            "Neue Besuchszeiten gelten im Klinikum auf allen Stationen und in der Ambulanz.",
            "Das gilt ab Montag, 3. Juni 2024.",
        ),
    ],
)
def test_the_pipeline_keeps_head_and_time_together(
    title: str, paragraphs: tuple[str, ...], organisation: str, head: str, follower: str
) -> None:
    lines = [line for line in easy_body(title, *paragraphs, organisation=organisation).splitlines() if line]
    assert follower in lines
    assert lines[lines.index(follower) - 1] == head


def test_the_rescuer_is_registered() -> None:
    assert ("timeout", time_apart) in rescue_module.RESCUERS
