"""The set words "alle anderen", "die übrigen" point at a set named before them: never in a title.

Blind judgement (session 27): a recall's "Für alle anderen Verbraucherinnen und Verbraucher ist das
Produkt unbedenklich" stood as the title and read as "the product is harmless". A title stands first,
so the set is never named; in the body the sentence before may name it, so the body keeps such lines.
Invented sentences of a food recall and a pool's price notice.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.title_check import TitleContext, title_failures
from pressconv.transforms.easy.verify import structure_failures


def _context(source: str) -> TitleContext:
    return TitleContext(source=source, news=source, style=lambda text: text, failures=lambda text: [])


@pytest.mark.parametrize(
    "title",
    ["Für alle anderen Kundinnen und Kunden ist der Käse unbedenklich", "Die übrigen Gäste zahlen 4 Euro"],
)
def test_a_title_with_the_others_points_at_nothing(title: str) -> None:
    assert "title.broken" in title_failures(title, _context(title + "."))


def test_a_body_sentence_with_the_others_stays() -> None:
    assert not any(
        f.check == "guard.pronoun" for f in structure_failures("Auf allen anderen Stationen fällt die Pflicht weg.")
    )


def test_a_body_sentence_with_the_others_fails_where_the_sentence_before_names_no_set() -> None:
    failures = structure_failures(
        "Für alle anderen Kundinnen und Kunden ist der Käse unbedenklich.",
        earlier=["Titel", "Nüsse sind in der Zutatenliste nicht angegeben."],
    )
    assert any(f.check == "guard.pronoun" for f in failures)


def test_a_body_sentence_with_the_others_stays_after_its_set() -> None:
    failures = structure_failures(
        "Die übrigen Gäste zahlen 4 Euro.", earlier=["Titel", "Nur Kinder unter 6 Jahren zahlen nichts."]
    )
    assert not any(f.check == "guard.pronoun" for f in failures)
