"""A title is never a sentence that only continues the news about a thing the lead introduced."""

from __future__ import annotations

import pytest

from pressconv.model import inline_text
from pressconv.transforms.easy import summarise
from tests.fixtures.releases import german_release


@pytest.mark.parametrize(
    ("headline", "lead", "sender", "continuation"),
    [
        (
            "Erste-Hilfe-Kurs in Talheim",
            "Am Samstag, 9. März, gibt es einen Erste-Hilfe-Kurs im Rathaus Talheim. "
            "Es handelt sich um einen kostenlosen Kurs.",
            "Rotes Kreuz Talheim",
            "Der Kurs ist kostenlos",
        ),
        (
            "Lesung in der Stadtbücherei",
            "Am Freitag, 8. März, gibt es eine Lesung mit einer Krimiautorin in der Stadtbücherei. "
            "Die Lesung ist kostenlos.",
            "Gemeinde Bergheim",
            "Die Lesung ist kostenlos",
        ),
    ],
)
def test_a_property_of_the_introduced_thing_is_not_the_title(
    headline: str, lead: str, sender: str, continuation: str
) -> None:
    # "Der Kurs ist kostenlos" after "gibt es einen Erste-Hilfe-Kurs": an anaphoric definite continues
    # the news; as a title it would hide what is announced (easy-judging.md, item 6).
    result = summarise(german_release(headline, lead, organisation=sender))
    assert inline_text(result.release.meta.title).replace("·", "") != continuation
