"""The sender's "wir" in the third person (person.py), on invented sentences of several senders."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.model import Metadata, Paragraph, Quotation, Release, Text
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.person import third_person


@pytest.mark.parametrize(
    ("sentence", "subject", "plural", "expected"),
    [
        (
            "Wir laden Sie zum Sommerfest ein.",
            "der Turnverein Köln",
            False,
            "Der Turnverein Köln lädt Sie zum Sommerfest ein.",
        ),
        ("Wir beraten Familien am Telefon.", "die Stadt Dresden", False, "Die Stadt Dresden berät Familien am Telefon."),
        ("Wir beantragen Geld beim Land.", "der Turnverein Köln", False, "Der Turnverein Köln beantragt Geld beim Land."),
        (
            "Wir arbeiten mit der Schule zusammen.",
            "das Bezirksamt Mitte",
            False,
            "Das Bezirksamt Mitte arbeitet mit der Schule zusammen.",
        ),
        ("Am Montag öffnen wir das Bad.", "die Stadt Dresden", False, "Am Montag öffnet die Stadt Dresden das Bad."),
        ("Wir laden Sie ein.", "die Polizei und die Feuerwehr", True, "Die Polizei und die Feuerwehr laden Sie ein."),
    ],
)
def test_the_senders_wir_takes_its_name_and_the_verb_agrees(
    sentence: str, subject: str, plural: bool, expected: str
) -> None:
    assert third_person(sentence, subject, plural=plural) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Wir freuen uns über den Besuch.",  # "uns" would stay first person
        "Wir alle erhielten viele Spenden.",  # "wir alle": the subject is more than the sender
        "Unser Verein feiert.",  # no "wir" subject
        "Die Stadt lädt uns ein.",  # "wir" is no subject here
    ],
)
def test_unsure_sentences_stay_as_they_are(sentence: str) -> None:
    assert third_person(sentence, "der Turnverein Köln", plural=False) == sentence


def test_a_speakers_wir_is_never_given_the_senders_name() -> None:
    meta = Metadata(
        title=(Text(text="Turnverein feiert"),), language="de-DE", issued=date(2026, 6, 1), organisation="Turnverein Köln"
    )
    quote = Quotation(children=(Text(text="Wir feiern am Samstag ein großes Fest."),), speaker="Anna Beispiel")
    body = (
        Paragraph(children=(Text(text="Wir laden alle Kinder am Samstag in die Turnhalle ein."),)),
        Paragraph(children=(Text(text="Anna Beispiel sagt: "), quote)),
    )
    text = summary_text(summarise(Release(meta=meta, body=body)).release).replace("·", "")
    assert "Turnverein Köln feiert am Samstag" not in text
    assert "Wir laden" not in text
