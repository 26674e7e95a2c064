"""A line the body gives for one task is never the reader's line for questions.

Every release here is invented: a transport operator, a fire brigade, a sports club, a police station.
"""

from __future__ import annotations

import pytest

from pressconv.api import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.purposes import task_only


@pytest.mark.parametrize(
    ("body", "item", "digits"),
    [
        (
            ["Fahrten mit dem Ruftaxi müssen eine Stunde vorher unter Tel. 0511 1234-47 bestellt werden."],
            "0511 1234-47",
            True,
        ),
        (["Bitte melden Sie Schäden an Bäumen dem Bauhof unter Tel. 04745 1111-40."], "04745 1111-40", True),
        (
            ["Wir suchen noch 30 Helferinnen und Helfer.", "Interessierte melden sich unter team@lauf.example."],
            "team@lauf.example",
            False,
        ),
    ],
)
def test_a_line_for_one_task_is_no_line_for_questions(body: list[str], item: str, digits: bool) -> None:
    assert task_only(item, body, digits=digits)


@pytest.mark.parametrize(
    ("body", "item", "digits"),
    [
        (["Fragen beantwortet die Service-Hotline unter Tel. 0511 1234-00."], "0511 1234-00", True),
        (["Zeugen, die den Schaden beobachtet haben, melden sich unter Tel. 0611 2222-0."], "0611 2222-0", True),
        (["Die Anmeldung ist unter Tel. 0711 3333-1 möglich."], "0711 3333-1", True),
    ],
)
def test_question_tip_and_registration_lines_stay(body: list[str], item: str, digits: bool) -> None:
    assert not task_only(item, body, digits=digits)


_RELEASE = """Verkehrsbetriebe Nordau GmbH

Neue Nachtbusse ab Dezember

Nordau, 1. Dezember 2031 – Die Verkehrsbetriebe Nordau fahren ab Samstag, 12. Dezember 2031, mit zwei neuen Nachtbuslinien.
Auf der Linie 9 fährt am Sonntag ein Ruftaxi. Fahrten müssen eine Stunde vorher unter Tel. 0511 1234-47 bestellt werden.

Pressekontakt:
Erika Beispiel
Telefon: 0511 1234-120
presse@vb-nordau.example
"""


def test_the_summary_sends_questions_to_the_press_office_not_to_the_taxi_line() -> None:
    text = summary_text(summarise(parse(_RELEASE.encode(), path="nachtbus.txt").release).release)
    assert "0511 1234-47" not in text
