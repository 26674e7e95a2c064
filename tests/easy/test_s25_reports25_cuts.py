"""Every cut at "sodass"/"und" keeps a death with what it supersedes; a bound before a count keeps the passive's figure.

Invented sentences of a police accident report and of a fire brigade's report (two senders' kinds).
"""

from __future__ import annotations

from pressconv.transforms.easy.casualties import tells_a_death
from pressconv.transforms.easy.clauses import pieces
from pressconv.transforms.easy.rewrite import rewrite
from pressconv.transforms.easy.shorten import condensed


def test_a_sodass_clause_that_tells_a_death_is_never_cut_as_a_detail() -> None:
    sentence = "Der Transporter prallte gegen eine Mauer, sodass der Beifahrer noch vor Ort starb."
    assert condensed(sentence) == sentence
    # A consequence without a death is still a detail to cut.
    assert condensed("Der Transporter prallte gegen eine Mauer, sodass der Zaun umfiel.") == (
        "Der Transporter prallte gegen eine Mauer."
    )


def test_a_death_by_sodass_is_said_without_the_harm_it_supersedes() -> None:
    assert pieces("Der Radfahrer wurde schwer verletzt, sodass er im Krankenhaus verstarb.") == [
        "Der Radfahrer verstarb im Krankenhaus."
    ]


def test_an_injury_never_stands_apart_from_a_death_in_the_same_sentence() -> None:
    # Police: coordinated predicates; the injury alone would read as the outcome.
    assert pieces("Der Motorradfahrer wurde schwer verletzt und starb später im Krankenhaus.") == [
        "Der Motorradfahrer starb später im Krankenhaus."
    ]
    # Fire brigade: the unhurt one and the dead one are both said; "unverletzt" is no injury.
    assert pieces("Der Nachbar blieb unverletzt, die Bewohnerin starb.") == [
        "Der Nachbar blieb unverletzt.",
        "Die Bewohnerin starb.",
    ]


def test_death_words_and_their_near_misses() -> None:
    assert tells_a_death("Die Frau erlag noch am Abend ihren Verletzungen.")
    assert tells_a_death("Ein Mann kam bei dem Brand ums Leben.")
    assert tells_a_death("Der Fahrer wurde tödlich verletzt.")
    assert not tells_a_death("Der Fahrer wurde schwer verletzt.")
    assert not tells_a_death("Das Baumsterben im Stadtwald geht weiter.")


def test_a_count_with_a_bound_keeps_its_bound_in_the_active() -> None:
    assert rewrite("Am Freitag wurden mehr als 300 Autos kontrolliert.", None) == (
        "Am Freitag hat man mehr als 300 Autos kontrolliert."
    )
    assert (
        rewrite("Insgesamt wurden weniger als 50 Räder geprüft.", None) == "Insgesamt hat man weniger als 50 Räder geprüft."
    )


def test_a_negated_bound_is_never_made_active_without_its_negation() -> None:
    sentence = "Am Montag wurden nicht mehr als 30 Autos kontrolliert."
    assert "nicht mehr als 30" in rewrite(sentence, None)
