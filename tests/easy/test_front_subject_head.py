"""The subject moved in front of its verb (clauses._verb_second) is a whole noun phrase, head noun included."""

from __future__ import annotations


def test_a_nominalised_infinitive_after_the_verb_moves_whole_to_the_front() -> None:
    """ "empfiehlt sich ein rechtzeitiges Erscheinen" (an advice after a reason clause, two senders'
    wording): the noun phrase ends in its head noun, so the whole phrase moves, never its article alone."""
    from pressconv.transforms.easy import morph
    from pressconv.transforms.easy.clauses import _verb_second

    assert (
        _verb_second(morph.tag("empfiehlt sich ein rechtzeitiges Erscheinen."))
        == "Ein rechtzeitiges Erscheinen empfiehlt sich."
    )
    assert _verb_second(morph.tag("empfiehlt sich eine frühe Anmeldung.")) == "Eine frühe Anmeldung empfiehlt sich."
