"""Two comma-joined main clauses, each with its own Vorfeld and subject, said subject first (parallel.py)."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.parallel import split_parallel


def test_a_village_fetes_helpers_each_in_a_sentence() -> None:
    assert split_parallel("Für die Musik sorgt der Posaunenchor, Kuchen und Kaffee bietet der Landfrauenverein an.") == (
        "Der Posaunenchor sorgt für die Musik.",
        "Der Landfrauenverein bietet Kuchen und Kaffee an.",
    )


def test_a_building_projects_floors_each_in_a_sentence() -> None:
    assert split_parallel(
        "Im Erdgeschoss entsteht eine Bücherei, im Obergeschoss ziehen ein Jugendtreff und ein Büro ein."
    ) == (
        "Eine Bücherei entsteht im Erdgeschoss.",
        "Ein Jugendtreff und ein Büro ziehen im Obergeschoss ein.",
    )


def test_a_reflexive_verb_keeps_sich_after_the_verb() -> None:
    assert split_parallel("Für die Zelte sorgt der Förderverein, um die Getränke kümmert sich der Sportverein.") == (
        "Der Förderverein sorgt für die Zelte.",
        "Der Sportverein kümmert sich um die Getränke.",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # Object or subject: "die Eltern" may be either, so the order is not changed.
        "Die Eltern sehen die Kinder, die Lehrer sehen die Eltern.",
        # A source in the Vorfeld scopes over both clauses.
        "Nach Angaben der Polizei fuhr der Wagen in die Kurve, der Fahrer hat gebremst.",
        # A negation, a limit or a hedge may scope over the clause beside it.
        "Für die Musik sorgt nur der Posaunenchor, Kuchen bietet der Landfrauenverein an.",
        "Im Erdgeschoss entsteht voraussichtlich eine Bücherei, im Obergeschoss zieht der Jugendtreff ein.",
        # The second clause points back ("dort") or is joined by a conjunction: other rescuers read it.
        "Im Erdgeschoss entsteht eine Bücherei, dort arbeitet künftig der Förderverein.",
        "Für die Musik sorgt der Posaunenchor, und Kuchen bietet der Landfrauenverein an.",
        # An adverb in the Vorfeld is no phrase this module moves.
        "Zuerst spricht der Bürgermeister, danach spielt der Musikverein auf dem Platz.",
        # A genitive after the subject: where the subject ends is not sure.
        "Die Zelte stellt der Bauhof der Stadt, um die Getränke kümmert sich der Sportverein.",
    ],
)
def test_clauses_that_are_not_surely_parallel_stay(sentence: str) -> None:
    assert split_parallel(sentence) is None
