"""A relative clause after a prepositional attribute its pronoun cannot mean, and clauses around a written date."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.relatives import split_relative
from pressconv.transforms.easy.topology import decompose
from tests.easy.support import lone_context


@pytest.mark.parametrize(
    ("sentence", "main", "told"),
    [
        # A municipal service: "die" (feminine) cannot mean "am Sportplatz" (masculine): the service is meant.
        (
            "Die Annahmestelle am Sportplatz Nord, die ab Samstag wieder öffnet, bleibt am Montag geschlossen.",
            "Die Annahmestelle am Sportplatz Nord bleibt am Montag geschlossen.",
            "Die Annahmestelle öffnet ab Samstag wieder.",
        ),
        # A museum: "die" cannot mean "im Rathaus" (neuter).
        (
            "Die Ausstellung im Rathaus, die 300 Bilder zeigt, öffnet am Montag.",
            "Die Ausstellung im Rathaus öffnet am Montag.",
            "Die Ausstellung zeigt 300 Bilder.",
        ),
    ],
)
def test_the_noun_before_an_attribute_that_cannot_agree_is_meant(sentence: str, main: str, told: str) -> None:
    found = split_relative(sentence, "Annahmestelle Ausstellung")
    assert found is not None
    assert (found.main, found.told) == (main, told)


@pytest.mark.parametrize(
    "sentence",
    [
        # "den Fluss" may be plural dative ("den Flüssen"): either noun could be meant.
        "Die Brücke über den Fluss, die 1950 gebaut worden ist, wird saniert.",
        # "das" (neuter) fits "dem Marktplatz" as well as "Das Fest".
        "Das Fest auf dem Marktplatz, das viele Gäste anzieht, fällt aus.",
    ],
)
def test_an_attribute_that_could_be_meant_is_refused(sentence: str) -> None:
    assert split_relative(sentence, "Brücke Fest") is None


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        # A waste service named by its place: one referent, first named here, present tense.
        (
            "Die Annahmestelle am Sportplatz Nord, die ab Samstag wieder öffnet, bleibt am Montag geschlossen.",
            "Die Annahmestelle öffnet ab Samstag wieder.",
        ),
        # A library named by its square and town.
        (
            "Die Bücherei am Marktplatz Hollenstedt, die seit Montag wieder öffnet, zeigt eine Ausstellung.",
            "Die Bücherei öffnet seit Montag wieder.",
        ),
    ],
)
def test_a_noun_tied_to_a_name_is_specific_without_being_named_before(sentence: str, told: str) -> None:
    found = split_relative(sentence)
    assert found is not None and found.told == told


def test_a_name_with_its_article_inside_an_attribute_is_not_the_noun_meant() -> None:
    # "der Lindenstraße Süd" (feminine) could be meant by "die" as well as the library: refused.
    assert split_relative("Die Bücherei an der Lindenstraße Süd, die 3000 Bücher hat, öffnet am Montag.") is None


def test_a_plural_tied_to_a_name_stays_restrictive() -> None:
    # Parents: which ones the clause says ("die … wohnen"); without it the invitation would claim too much.
    assert split_relative("Die Eltern am Standort Nord, die dort wohnen, sind eingeladen.") is None


def test_a_written_date_is_no_second_sentence() -> None:
    # A court: the period of "12. März" closes no sentence, so the clauses are still read.
    found = decompose(
        lone_context("Das Gericht hat am 12. März den Mann verurteilt, weil er die Kasse gestohlen hat.", rewritten=True)
    )
    assert found is not None
    assert found.sentences[0] == "Das Gericht hat am 12. März den Mann verurteilt."
