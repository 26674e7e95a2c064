"""Hours under an intro that names no hours ("… kann direkt vor Ort gewählt werden:") are not said as
"Die Zeiten sind:", which would read as the hours of whatever the summary said before.

Invented intros of a town's election office, a county's registration desk, a library and a food bank.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.schedules import schedules
from pressconv.transforms.easy.source import SourceSentence


def _release(intro: str) -> tuple[SourceSentence, ...]:
    items = ["Montag: 9 bis 12 Uhr", "Mittwoch: 14 bis 18 Uhr", "Freitag: 9 bis 12 Uhr"]
    return (SourceSentence(intro, paragraph=0), *(SourceSentence(item, paragraph=1) for item in items))


@pytest.mark.parametrize(
    "intro",
    [
        "Darüber hinaus kann im Wahlbüro im Rathaus direkt vor Ort gewählt werden:",
        "Außerdem können die Anträge im Kreishaus persönlich abgegeben werden:",
    ],
)
def test_hours_of_an_act_the_intro_names_in_a_clause_are_not_said(intro: str) -> None:
    assert schedules(_release(intro)) == []


@pytest.mark.parametrize(
    ("intro", "said"),
    [
        ("Die Stadtbücherei ist zu diesen Zeiten geöffnet:", "Die Zeiten sind:"),
        ("Die Tafel gibt an diesen Tagen Lebensmittel aus:", "Die Zeiten sind:"),
        ("Die Öffnungszeiten der Kleiderkammer:", "Die Öffnungszeiten sind:"),
    ],
)
def test_hours_under_an_intro_of_hours_or_days_are_said(intro: str, said: str) -> None:
    assert schedules(_release(intro))[0][0] == said
