"""What a reader of the target group notices: half-sentences, thin summaries, names cut up, caps."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pressconv.api import parse
from pressconv.model import Metadata, Paragraph, Release, Text
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.compounds import segment
from pressconv.transforms.easy.grammar import is_grammatical, sentence_problems
from pressconv.transforms.easy.hardwords import hard_words

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mit dem hohen Schulden·berg ist für Berlin.",  # no subject
        "Mit der seit Januar vollständig eingesetzten Software·lösung wird die Antrag·stellung.",
        "Betreuung und Integration dieser Menschen gestellt.",  # participle, no finite verb
        "In systematischen Erfolgs·kontrollen ist festzustellen.",  # prepositional phrase + verb stub
        "Die Polizei sucht in der.",  # dangling article
        "Der Preis ist für.",  # dangling preposition
    ],
)
def test_half_sentences_are_refused(sentence: str) -> None:
    assert sentence_problems(sentence, "de"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Dortmund hat einen Preis bekommen.",
        "Die Digitalisierung wird uns helfen.",
        "Die Preis·verleihung war in Potsdam.",
        "Hier besteht an vielen Stellen noch Handlungs·bedarf.",
        "Über Ihre Anmeldungen freuen wir uns.",
        "Das war etwa um 15:10 Uhr.",
        "In Dortmund arbeiten zusammen:",
        "Die Scharnweber·straße war bis 17:10 Uhr gesperrt.",
    ],
)
def test_complete_sentences_pass(sentence: str) -> None:
    assert is_grammatical(sentence, "de"), sentence_problems(sentence, "de")


@pytest.mark.parametrize(
    "sentence",
    [
        "Support decentralized applications.",
        "Valued in a decentralized setting.",
        "The industry stakeholders who have supported us along the way.",
    ],
)
def test_english_half_sentences_are_refused(sentence: str) -> None:
    assert sentence_problems(sentence, "en"), sentence


def test_english_sentences_pass() -> None:
    for sentence in (
        "Participation is complimentary.",
        "Today the American Bar Association passed a resolution.",
    ):
        assert is_grammatical(sentence, "en"), sentence_problems(sentence, "en")


def _summary_lines(name: str) -> list[str]:
    path = CORPUS / name
    return summary_text(summarise(parse(path.read_bytes(), path=str(path)).release).release).splitlines()


def test_no_half_sentence_reaches_any_corpus_summary() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        release = parse(path.read_bytes(), path=str(path)).release
        result = summarise(release)
        language = "de" if release.meta.language.startswith("de") else "en"
        for sentence in result.sentences:
            if sentence.endswith((".", "!")) and "@" not in sentence:
                assert is_grammatical(sentence, language), (
                    path.name,
                    sentence,
                    sentence_problems(sentence, language),
                )


def test_police_incident_states_what_where_when_who() -> None:
    lines = _summary_lines("de-police-berlin-DERIVED-wrap72-015.txt")
    for sentence in (
        "Es gab einen Verkehrs·unfall.",
        "Der Unfall war in Reinickendorf.",
        "Der Unfall war in der Scharnweber·straße.",
        "Ein Junge ist schwer verletzt.",
        "Der Junge ist 11 Jahre alt.",
        "Die Scharnweber·straße war bis 17:10 Uhr gesperrt.",
    ):
        assert sentence in lines, sentence


def test_closure_states_what_where_and_the_days() -> None:
    lines = _summary_lines("de-police-berlin-005.txt")
    assert "Die Polizei Berlin macht Sprengungen." in lines
    assert "Dann ist die AVUS kurz gesperrt." in lines
    assert "Die Sperrung ist zwischen Hüttenweg und Spanische Allee." in lines
    assert "- Mittwoch, 27. Oktober 2021" in lines and "- Mittwoch, 24. November 2021" in lines


def test_invitation_states_when_where_who_and_how_to_register() -> None:
    lines = _summary_lines("de-city-berlin-pankow-004.txt")
    assert "Hier steht eine kurze Nachricht." not in lines
    for sentence in (
        "Die Verleihung ist am 13. März 2023.",
        "Die Verleihung ist um 18 Uhr.",
        "Die Verleihung ist in Prenzlauer Berg.",
        "Bitte melden Sie sich vorher an.",
        "- Katja Dill",
    ):
        assert sentence in lines, sentence
    visit = _summary_lines("de-state-berlin-einladung-007.txt")
    for sentence in (
        "Der Besuch ist am 14. März 2023.",
        "Der Besuch ist von 13:30 bis 14:30 Uhr.",
        "- Michael Sommer",
    ):
        assert sentence in visit, sentence


def test_witness_appeal_gives_the_phone_number() -> None:
    body = (
        "In Lichtenrade wurde gestern Abend eine Fußgängerin bei einem Verkehrsunfall schwer verletzt. "
        "Die Polizei sucht Zeugen. "
        "Hinweise nimmt die Polizei unter der Telefonnummer 030 4664-123456 entgegen."
    )
    release = Release(
        meta=Metadata(
            title=(Text(text="Fußgängerin schwer verletzt"),), language="de-DE", issued=date(2024, 3, 5)
        ),
        body=(Paragraph(children=(Text(text=body),), lead=True),),
    )
    text = summary_text(summarise(release).release)
    for sentence in (
        "Der Unfall war am 4. März 2024.",
        "Eine Fußgängerin ist schwer verletzt.",
        "Die Polizei sucht Zeugen.",
        "Dann rufen Sie die Polizei an:",
        "030 4664-123456",
    ):
        assert sentence in text, sentence


def test_street_names_are_split_only_before_the_suffix() -> None:
    assert segment("Scharnweberstraße") == "Scharnweber·straße"
    assert segment("Kronprinzessinnenweg") == "Kronprinzessinnen·weg"
    assert segment("Bezirksamt") == "Bezirks·amt"


def test_inflected_verbs_and_quoted_names_are_not_hard_words() -> None:
    found = hard_words(
        ["Die Jury lobte Dortmund.", "Der Preis ist von der Stiftung „Lebendige Stadt“."], "de"
    )
    assert "lobte" not in found and "Lebendige" not in found


def test_english_all_caps_title_is_readable() -> None:
    lines = _summary_lines("en-gov-us-senate-snowe-021.txt")
    assert lines[0] == "Easy Read: Senator Snowe mourns loss of James Erwin"
