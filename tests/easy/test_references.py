"""Definite event nouns the summary never introduced (references.py, used by verify.py).

All sentences and releases are invented: a police report, a fire brigade's report, a club's news.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.pipeline import build
from pressconv.transforms.easy.references import event_noun, failures, indefinite
from pressconv.transforms.easy.verify import structure_failures
from tests.fixtures.releases import german_release


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Absturz", True),
        ("Verkehrsunfall", True),  # a compound by its verified last part
        ("Kellerbrand", True),
        ("Straftat", True),
        ("Polizeieinsatz", True),
        ("Resultat", False),  # ends in "-tat", but that is no word part
        ("Zitat", False),
        ("Rathaus", False),
    ],
)
def test_event_nouns_by_word_formation(word: str, expected: bool) -> None:
    assert event_noun(word) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Der Mann wurde bei dem Zusammenstoß verletzt.", "Der Mann wurde bei einem Zusammenstoß verletzt."),
        ("Die Tat war am Montag.", "Eine Tat war am Montag."),
        ("Der schwere Unfall war am Abend.", "Ein schwerer Unfall war am Abend."),
        ("Die Polizei sucht Zeugen zum Einbruch.", "Die Polizei sucht Zeugen zu einem Einbruch."),
        ("Die Feuerwehr war beim Kellerbrand schnell.", "Die Feuerwehr war bei einem Kellerbrand schnell."),
    ],
)
def test_dangling_event_noun_becomes_indefinite(sentence: str, expected: str) -> None:
    assert failures(sentence, [])
    assert indefinite(sentence, []) == expected
    assert not failures(expected, [])


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        ("Die Frau wurde bei dem Überfall verletzt.", ["Zwei Männer haben eine Frau überfallen."]),
        ("Zeugen vom Unfall sollen anrufen.", ["Es hat einen Verkehrs·unfall gegeben."]),
        ("Die Feuerwehr war im Einsatz.", []),  # a fixed phrase, no referent
        ("Der Brand in der Gartenstraße ist gelöscht.", []),  # the place identifies it
        ("Das Fest war schön.", []),  # no event noun of this kind
    ],
)
def test_introduced_or_identified_events_pass(sentence: str, earlier: list[str]) -> None:
    assert not failures(sentence, earlier)
    assert indefinite(sentence, earlier) == sentence


def test_structure_guard_uses_the_event_check() -> None:
    assert any(f.check == "guard.event-not-introduced" for f in structure_failures("Die Tat war schlimm.", earlier=[]))
    assert not structure_failures("Die Tat war schlimm.", earlier=["Es hat eine Straf·tat gegeben."])


@pytest.mark.parametrize(
    ("headline", "body", "sender"),
    [
        (
            "Fahrerin verletzt",
            "Am Montag stießen zwei Autos in der Lindenallee in Nordstadt zusammen. "
            "Eine Fahrerin verletzte sich bei dem Zusammenstoß am Arm. Die Polizei ermittelt.",
            "Polizei Nordstadt",
        ),
        (
            "Keller in Flammen",
            "Am Dienstag brannte es in einem Keller in Südheim. Die Feuerwehr Südheim löschte das Feuer. "
            "Bei dem Brand wurde niemand verletzt.",
            "Feuerwehr Südheim",
        ),
    ],
)
def test_no_summary_sentence_keeps_a_dangling_event(headline: str, body: str, sender: str) -> None:
    draft = build(german_release(headline, body, organisation=sender))
    earlier = [draft.headline or ""]
    for line in draft.lines:
        if line.origin != "template":
            assert not failures(line.text, earlier), line.text
        earlier.append(line.text)
