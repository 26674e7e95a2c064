"""A headline's bare singular subject gets its article before the headline can be a title."""

from __future__ import annotations

from pressconv.transforms.easy import summarise, summary_text
from tests.fixtures.releases import german_release


def _title(headline: str, body: str) -> str:
    return summary_text(summarise(german_release(headline, body)).release).splitlines()[0]


def test_an_institution_in_headline_grammar_gets_its_article() -> None:
    # A health office and a youth office: "Gesundheitsamt bietet …" is headline grammar.
    title = _title(
        "Gesundheitsamt bietet zusätzliche Impftermine an",
        "Das Gesundheitsamt des Kreises Musterland bietet im März zusätzliche Impftermine an.",
    )
    assert title.startswith("Das Gesundheits"), title
    title = _title(
        "Jugendamt stellt auf digitale Anträge um",
        "Das Jugendamt der Stadt Beispielheim stellt ab Mai auf digitale Anträge um.",
    )
    assert title.startswith("Das Jugend"), title
