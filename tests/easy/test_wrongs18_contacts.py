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
        (["Bewerbungen nimmt die Personalabteilung unter jobs@werk.example entgegen."], "jobs@werk.example", False),
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
        (["Für Sturmschäden schaltet der Landkreis ein Bürgertelefon unter 0471 4444-0 frei."], "0471 4444-0", True),
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


# ------------------------------------------------------------- an event told as over


@pytest.mark.parametrize(
    "release",
    [
        # a ministry hands over grants at an event
        "Ministerium für Heimat Nordland\n\nMinisterin übergibt Förderbescheide\n\n"
        "Nordstadt, 21. Mai 2031 – Das Ministerium fördert elf Dorfhäuser mit zusammen 2 Millionen Euro. "
        "Die Förderbescheide hat Ministerin Erika Beispiel im Rahmen einer Veranstaltung im Bürgerhaus übergeben.\n",
        # a club reports its anniversary party
        "Sportverein Nordau 1920 e.V.\n\nVerein ehrt langjährige Mitglieder\n\n"
        "Nordau, 3. Juni 2031 – Der Sportverein Nordau hat 40 Mitglieder für ihre Treue geehrt. "
        "Die Urkunden hat der Vorsitzende Max Muster bei einer Feier im Vereinsheim überreicht.\n",
    ],
)
def test_an_event_told_as_over_is_not_announced(release: str) -> None:
    text = summary_text(summarise(parse(release.encode(), path="over.txt").release).release)
    assert "Es gibt eine Veranstaltung" not in text
    assert "Es gibt eine Feier" not in text
