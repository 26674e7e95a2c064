"""Session 9 (voice9): reported speech after one named speaker becomes "X sagt: …" in the indicative.

The claim stays the speaker's (never a fact); with no speaker, two speakers, another named source or
a first person the sentence is left as it was. Releases are invented: a public utility, a sports
club and a library.
"""

from __future__ import annotations

import pytest

from pressconv.parser import parse_text
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.reported import indicative, reporting_speaker
from pressconv.transforms.easy.source import SourceSentence


@pytest.mark.parametrize(
    ("reported", "plain"),
    [
        ("Die Ursache werde derzeit gesucht.", "Die Ursache wird derzeit gesucht."),
        ("Gefährlich sei das Wasser nicht.", "Gefährlich ist das Wasser nicht."),  # "nicht" keeps its place
        ("Die Spiele seien ausverkauft.", "Die Spiele sind ausverkauft."),
        ("Die Halle könne ab Mai wieder genutzt werden.", "Die Halle kann ab Mai wieder genutzt werden."),
        ("Die Mäuse hätten immer wieder Kabel angefressen.", "Die Mäuse haben immer wieder Kabel angefressen."),
        ("Es gebe noch freie Plätze.", "Es gibt noch freie Plätze."),  # a full verb's Konjunktiv I
    ],
)
def test_konjunktiv_one_becomes_indicative(reported: str, plain: str) -> None:
    assert indicative(reported) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Halle ist ab Mai wieder offen.",  # already indicative
        "Laut Polizei sei der Fahrer verletzt.",  # another source is named
        "Wir seien gut vorbereitet.",  # first person: not the reported speaker's view
        "Der Schaden hätten größer sein können.",  # "hätten" without a participle: counterfactual
        "Die Leiterin sagte, die Halle sei offen.",  # the frame is in the sentence itself
    ],
)
def test_no_konjunktiv_one_or_unsure_stays(sentence: str) -> None:
    assert indicative(sentence) is None


def _sentences(*items: tuple[str, bool, str | None, int]) -> list[SourceSentence]:
    return [
        SourceSentence(text=text, speech=speech, speaker=speaker, paragraph=paragraph, position=position)
        for position, (text, speech, speaker, paragraph) in enumerate(items)
    ]


def test_one_speaker_before_in_the_paragraph() -> None:
    found = _sentences(
        ("Der Verein lädt ein.", False, None, 0),
        ("„Wir freuen uns“, sagt Trainerin Ada Muster.", True, "Ada Muster", 1),
        ("Die Halle sei neu.", False, None, 1),
    )
    assert reporting_speaker(found, 2) == ("Ada Muster", None)


@pytest.mark.parametrize(
    "items",
    [
        # two speakers in the paragraph: whose words they are is unclear
        (
            ("„Gut“, sagt Ada Muster.", True, "Ada Muster", 0),
            ("„Schön“, sagt Ben Beispiel.", True, "Ben Beispiel", 0),
            ("Die Halle sei neu.", False, None, 0),
        ),
        # the speaker is named only after the sentence
        (
            ("Die Halle sei neu.", False, None, 0),
            ("„Gut“, sagt Ada Muster.", True, "Ada Muster", 0),
        ),
        # the speaker is in another paragraph
        (
            ("„Gut“, sagt Ada Muster.", True, "Ada Muster", 0),
            ("Die Halle sei neu.", False, None, 1),
        ),
    ],
)
def test_no_single_speaker_before(items: tuple[tuple[str, bool, str | None, int], ...]) -> None:
    found = _sentences(*items)
    index = next(i for i, s in enumerate(found) if not s.speech)
    assert reporting_speaker(found, index) is None


_UTILITY = """Stadtwerke Musterstadt

Trübes Wasser im Ortsteil Nord

Musterstadt, 3. März 2026 – Im Ortsteil Nord kommt seit Montag trübes Wasser aus den Leitungen.

„Wir nehmen die Sache sehr ernst“, sagt Werkleiterin Jana Beispiel. Die Ursache werde derzeit mit Hochdruck gesucht.

Kontakt: Stadtwerke Musterstadt, Telefon 01234 5678
"""

_CLUB = """TSV Beispielhausen

Neue Halle für den Verein

Beispielhausen, 4. Mai 2026 – Der TSV Beispielhausen bekommt eine neue Sporthalle.

„Darauf haben wir lange gewartet“, sagt Trainerin Lea Muster. Die alte Halle sei seit Jahren zu klein.

Kontakt: TSV Beispielhausen, Telefon 09876 5432
"""


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (_UTILITY, "Werkleiterin Jana Beispiel sagt: Man sucht die Ursache derzeit mit Hochdruck."),
        (_CLUB, "Trainerin Lea Muster sagt: Die alte Halle ist seit Jahren zu klein."),
    ],
)
def test_reported_speech_stays_the_speakers_view(text: str, line: str) -> None:
    summary = summary_text(summarise(parse_text(text).release).release).replace("·", "")
    assert line in summary
    # the claim is never stated as a fact of its own
    claim = line.split(": ", 1)[1]
    assert all(not row.startswith(claim) for row in summary.splitlines())
