"""Session 8 (issue 16): a warning keeps its condition and its reason, and its negation.

Every release and sentence here is invented for these tests; none is a corpus file.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy.advice import advice
from tests.easy.support import title_and_body
from tests.fixtures.releases import german_release


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Achtung: Bei einem Brand an einer Gasleitung/Tank KEINE Selbstlöschversuche und Abstand halten",
            [
                "Bei einem Brand an einer Gasleitung: Löschen Sie nicht selbst.",
                "Bei einem Brand an einer Gasleitung: Halten Sie Abstand.",
            ],
        ),
        ("Wichtig: keine Löschversuche mit Wasser", []),  # a phrase after the noun: not one plain attempt
        ("Wichtig: keine Löschversuche", ["Löschen Sie nicht."]),
        (
            "Vorsicht: Bei Eis auf dem See Abstand halten! Es besteht Lebensgefahr.",
            ["Bei Eis auf dem See: Halten Sie Abstand.", "Es gibt Lebensgefahr."],
        ),
        # The danger without any advice is no warning of this form; a negated danger is none.
        ("Es besteht Lebensgefahr.", []),
        ("Achtung: Abstand halten! Es besteht keine Lebensgefahr.", ["Bitte halten Sie Abstand."]),
        # A condition with a verb or a pronoun is no plain phrase: the warning is left out.
        ("Achtung: Bei einem Brand, der sich ausbreitet, Abstand halten", []),
    ],
)
def test_warning_keeps_condition_negation_and_reason(sentence: str, expected: list[str]) -> None:
    assert advice(sentence) == expected


# A city fire brigade and a county's service notice.
BRIGADE = german_release(
    "Brand an Trafostation",
    "Am Montag brannte in Westheim eine Trafostation. Die Feuerwehr Westheim war mit 30 Kräften vor Ort.",
    # Adapted from the shared corpus release dp-dev-10.
    "Unser Hinweis: Achtung: Bei einem Brand an einer Stromleitung KEINE Selbstlöschversuche und Abstand halten. "
    "Es besteht Lebensgefahr.",
    organisation="Berufsfeuerwehr Westheim",
    issued=date(2025, 1, 13),
)
COUNTY = german_release(
    "Eis auf den Seen",
    "Der Landkreis Nordheim weist auf dünnes Eis hin. Vorsicht: Bei dünnem Eis Abstand halten! Es besteht Lebensgefahr.",
    organisation="Landratsamt Nordheim",
    issued=date(2025, 1, 20),
)


def test_warnings_reach_the_summary_with_their_condition() -> None:
    _, body = title_and_body(BRIGADE)
    assert "Bei einem Brand an einer Stromleitung: Löschen Sie nicht selbst." in body, body
    assert "Bei einem Brand an einer Stromleitung: Halten Sie Abstand." in body
    assert "Es gibt Lebensgefahr." in body
    _, body = title_and_body(COUNTY)
    assert "Bei dünnem Eis: Halten Sie Abstand." in body, body
    assert not any(line == "Bitte halten Sie Abstand." for line in body)  # never without its condition
