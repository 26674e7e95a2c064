"""Session 7 (issue 16): what a suspect is suspected of stays a suspicion ("soll … haben").

Every release and sentence here is invented for these tests; none is a corpus file.
"""

from __future__ import annotations

import pytest

from pressconv.model import Release
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.suspicion import suspected
from tests.fixtures.releases import german_release


def _body(release: Release) -> list[str]:
    text = summary_text(summarise(release).release).replace("·", "")
    return [line for line in text.split("## Worum geht es?")[1].split("## ")[0].splitlines() if line]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Es wurde bekannt, dass ein 40 Jahre alter Mann zwischen Mai und Juni 2023 mit Zigaretten gehandelt haben soll.",
            "Ein Mann soll mit Zigaretten gehandelt haben.",
        ),
        (
            "Eine Frau soll am Montag Geld aus einer Kasse genommen haben.",
            "Eine Frau soll Geld aus einer Kasse genommen haben.",
        ),
        # Never as a fact, never with its negation or condition lost: left out.
        ("Der Mann soll das Auto nicht gestohlen haben.", None),
        ("Ob ein Mann Geld genommen haben soll, ist offen.", None),
    ],
)
def test_suspected(sentence: str, expected: str | None) -> None:
    assert suspected([sentence]) == expected


def test_two_offences_are_not_plain() -> None:
    assert suspected(["Ein Mann soll Geld genommen haben.", "Eine Frau soll Uhren gestohlen haben."]) is None


def test_police_and_prosecution_reports_keep_the_suspicion() -> None:
    for release in (
        german_release(
            "Festnahme nach Diebstahl",
            "Die Polizei Nordheim hat am Montag einen Mann festgenommen. "
            "Ein 35 Jahre alter Mann soll in einem Baumarkt Werkzeug gestohlen haben.",
            organisation="Polizei Nordheim",
        ),
        german_release(
            "Durchsuchung in Südheim",
            "Die Staatsanwaltschaft Südheim hat am Dienstag eine Wohnung durchsuchen lassen und einen Mann festgenommen. "
            "Es ist bekannt, dass ein Mann seit Mai gestohlene Fahrräder verkauft haben soll.",
            organisation="Staatsanwaltschaft Südheim",
        ),
    ):
        body = _body(release)
        suspicion = [line for line in body if " soll " in line]
        assert suspicion and all(line.endswith(" haben.") for line in suspicion), body
        # The offence is never stated as a fact.
        assert not any(("hat" in line and ("gestohlen" in line or "verkauft" in line)) for line in body), body


def test_an_appeal_for_an_object_no_reader_knows_keeps_the_appeal() -> None:
    # "Wer kennt diese X?" with a rare object noun the glossary cannot explain: the object goes,
    # the appeal to the reader stays (it was the whole summary before).
    for release in (
        german_release(
            "Wer kennt diese Monstranzkapsel?",
            "Die Polizei Nordheim bittet um Mithilfe. Eine Monstranzkapsel wurde bei einer Durchsuchung gefunden. "
            "Hinweise nimmt die Polizei unter 0711 8990-1234 entgegen.",
            organisation="Polizei Nordheim",
        ),
        german_release(
            "Wer kennt diese Ikonentafel?",
            "Die Bundespolizei bittet um Mithilfe. Eine Ikonentafel wurde am Bahnhof Südheim gefunden. "
            "Hinweise nimmt die Bundespolizei unter 0711 8990-5555 entgegen.",
            organisation="Bundespolizei",
        ),
    ):
        body = _body(release)
        assert "Die Polizei bittet um Hinweise." in body, body
        # No object named: no bare "Wissen Sie etwas?" (session 8, judged pattern 3).
        assert "Wissen Sie etwas?" not in body, body
