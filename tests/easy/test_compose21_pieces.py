"""Session 21 (compose21): a rescue's refused piece repaired by the rewrite and the rescuers again (compose.py).

Invented sentences of several sender kinds (police, fire brigade, town hall, library, public
utility); none is taken from a development file. Each offer stands for what a rescuer's split
makes of a long sentence; the composition repairs its pieces or refuses the whole offer.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from pressconv.transforms.easy.compose import Composer, composed
from pressconv.transforms.easy.plainwords import plain_words
from pressconv.transforms.easy.rescue import Rescue, exempt
from pressconv.transforms.easy.templates import Line
from pressconv.transforms.easy.verify import rule_failures, structure_failures
from tests.easy.support import lone_context


def _passes(sentence: str, head: bool) -> bool:
    """The verifier's rule and structure checks of one rescue sentence (the pipeline adds the fact guard)."""
    line = Line(plain_words(sentence), origin="test", follows=not head)
    return not exempt([*rule_failures(line.text), *structure_failures(line.text)], line)


def _composed(*pieces: str) -> tuple[str, ...] | None:
    context = lone_context(" ".join(pieces), rewritten=True)
    found = composed(Rescue(pieces), context, Composer(_passes))
    return None if found is None else found.sentences


# --- split, then the voice repair on the one-clause piece


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        # police: an estimate said as a state, its hedge kept (estimates.py)
        (
            ("Unbekannte sind in ein Reihenhaus eingebrochen.", "Der Schaden wird auf rund 9.000 Euro geschätzt."),
            ("Unbekannte sind in ein Reihenhaus eingebrochen.", "Der Schaden ist rund 9 tausend Euro."),
        ),
        # town hall: the subjectless passive with "man" (subjectless.py)
        (
            ("Die Stadt baut eine neue Kita.", "Die Räume werden vollständig mit Holzmöbeln ausgestattet."),
            ("Die Stadt baut eine neue Kita.", "Man stattet die Räume vollständig mit Holzmöbeln aus."),
        ),
        # library: the negation stays with the repaired piece
        (
            ("Die Bibliothek hat ab Mai neue Öffnungszeiten.", "Am Samstag wird ab sofort nicht mehr geöffnet."),
            ("Die Bibliothek hat ab Mai neue Öffnungszeiten.", "Am Samstag öffnet man ab sofort nicht mehr."),
        ),
    ],
)
def test_a_passive_piece_is_said_in_the_active(pieces: tuple[str, ...], expected: tuple[str, ...]) -> None:
    assert _composed(*pieces) == expected


# --- split, then a rescuer again on the piece (shorter noun phrases, the time apart)


def test_a_long_piece_gets_shorter_noun_phrases() -> None:
    # fire brigade: the extended participle attribute describes the vehicle and goes (nounphrases.py);
    # the filler "feierlich" goes from the sentence over the limit first (shorten._FILLERS, session 34)
    assert _composed(
        "Die Freiwillige Feuerwehr Grünau hat am Samstag das von der Gemeinde im vergangenen Herbst gekaufte "
        "Löschfahrzeug feierlich eingeweiht.",
        "Das Fahrzeug hat 400.000 Euro gekostet.",
    ) == (
        "Die Freiwillige Feuerwehr Grünau hat am Samstag das Löschfahrzeug eingeweiht.",
        "Das Fahrzeug hat 400 tausend Euro gekostet.",
    )


def test_a_long_piece_gets_its_time_and_place_apart_and_the_next_its_voice() -> None:
    # public utility: the works' day and street in followers, the request in the active
    assert _composed(
        "Die Stadtwerke bauen am Montag, 4. Mai 2026, in der Hauptstraße neue Wasserleitungen "
        "für alle Häuser im Viertel ein.",
        "Die Anwohner werden gebeten, ihre Autos in den Seitenstraßen zu parken.",
    ) == (
        "Die Stadtwerke bauen neue Wasserleitungen für alle Häuser im Viertel ein.",
        "Das ist am Montag, 4. Mai 2026.",
        "Das ist in der Hauptstraße.",
        "Die Anwohner sollen ihre Autos in den Seitenstraßen parken.",
    )


# --- refusals: omission over error


@pytest.mark.parametrize(
    "pieces",
    [
        # fire brigade: a suspicion in reported speech has no repair; the whole rescue goes
        ("Die Feuerwehr ist ausgerückt.", "Es wird vermutet, dass der Brand durch eine Zigarette ausgelöst worden sei."),
        # club: the attribute cannot go without the piece saying less than it must; nothing is said
        (
            "Der Turnverein Lindau hat am Sonntag die von den Mitgliedern in vielen Stunden selbst gebaute "
            "Kletterwand in der Halle eröffnet.",
            "Die Kletterwand ist 8 Meter hoch.",
        ),
    ],
)
def test_a_piece_without_a_repair_refuses_the_rescue(pieces: tuple[str, ...]) -> None:
    assert _composed(*pieces) is None


def test_a_piece_a_follower_points_at_is_repaired_in_one_sentence_only() -> None:
    # "Das ist am Samstag." points at the sentence before it: a repair of that sentence in two
    # sentences would leave it pointing at the wrong one, so only a one-sentence repair may stand.
    found = _composed(
        "Die Stadtwerke bauen am Montag, 4. Mai 2026, in der Hauptstraße neue Wasserleitungen "
        "für alle Häuser im Viertel ein.",
        "Das ist bis Freitag.",
    )
    assert found is None or len(found) == 2


def test_a_rescue_that_passes_as_it_is_is_left_to_the_caller() -> None:
    # town hall: nothing to repair, so nothing composed (the pipeline has verified the offer itself)
    assert _composed("Die Stadt baut eine neue Kita.", "Die Kita hat 4 Gruppen.") is None


def test_a_repair_that_drops_a_negation_is_refused() -> None:
    # library: a rewrite that loses "nicht" would state the opposite (rubric item 2); refused
    context = replace(
        lone_context("Die Bibliothek hat neue Zeiten. Am Samstag wird nicht geöffnet.", rewritten=True),
        rewrite=lambda piece: piece.replace("wird nicht geöffnet", "öffnet man"),
    )
    offer = Rescue(("Die Bibliothek hat neue Zeiten.", "Am Samstag wird nicht geöffnet."))
    assert composed(offer, context, Composer(_passes)) is None
