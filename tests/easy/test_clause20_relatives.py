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
        # A company named in close apposition ("die Bäckerei Hollmann"): one referent, present tense.
        (
            "Die Bäckerei Hollmann, die seit 1950 besteht, schließt im Mai.",
            "Die Bäckerei Hollmann besteht seit 1950.",
        ),
        # A choir named the same way.
        (
            "Der Chor Cantabile, der seit 1990 besteht, singt am Sonntag.",
            "Der Chor Cantabile besteht seit 1990.",
        ),
    ],
)
def test_a_noun_tied_to_a_name_is_specific_without_being_named_before(sentence: str, told: str) -> None:
    found = split_relative(sentence)
    assert found is not None and found.told == told


@pytest.mark.parametrize(
    "sentence",
    [
        # A municipality: a name inside a place attribute names the place, not the hall; there may
        # be several halls, and the clause says which ("die nicht saniert wird").
        "Die Halle im Ortsteil Buchau, die nicht saniert wird, bleibt geschlossen.",
        # A waste service and a library named by a square: the same, first named here.
        "Die Annahmestelle am Sportplatz Nord, die ab Samstag wieder öffnet, bleibt am Montag geschlossen.",
        "Die Bücherei am Marktplatz Hollenstedt, die seit Montag wieder öffnet, zeigt eine Ausstellung.",
    ],
)
def test_a_name_inside_a_place_attribute_anchors_nothing(sentence: str) -> None:
    assert split_relative(sentence) is None


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
