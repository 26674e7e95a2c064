"""`make eval-easy` counts a title that only names writing or being on duty as generic (rubric, item 6)."""

from __future__ import annotations

import pytest

from tests.eval.easy import _bad_title


@pytest.mark.parametrize(
    "title",
    [
        "Der Orts·verein Musterstadt schreibt über die Wahl",
        "Die Stadt informiert über Bau·arbeiten",
        "Die Polizei bittet um Hilfe",
        "Die Feuerwehr war in Neudorf im Einsatz",
        "Der Verband hat eine Meinung zur Steuer",
    ],
)
def test_a_frame_title_is_generic(title: str) -> None:
    assert _bad_title(title, "") == "generic"


@pytest.mark.parametrize(
    "title",
    [
        "Die Polizei sucht Hinweise zu einem gestohlenen Bild",
        "Ein Dach·stuhl hat in Neudorf gebrannt",
        "Der Verband fordert eine niedrigere Steuer",
        "Die Stadt baut eine neue Brücke",
    ],
)
def test_a_title_that_says_the_news_passes(title: str) -> None:
    assert _bad_title(title, "") is None
