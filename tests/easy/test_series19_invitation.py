"""Session 19: an invitation's own facts (kind, fee note, who registers), from invented releases.

The releases are invented (a parish, a sports club, a chamber's trade fair, a garden club's market);
none is a dev file. Each rule is exercised by releases of at least two kinds of sender.
"""

from __future__ import annotations

import pytest

from pressconv.api import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.kind import classify
from pressconv.transforms.easy.schedules import fee_lines
from pressconv.transforms.easy.source import SourceSentence


def _body(text: str) -> str:
    release = parse(text.encode("utf-8"), path="release.txt").release
    summary = summary_text(summarise(release).release).replace("·", "")
    return summary.split("## Worum geht es?")[1].split("## ")[0]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Benefizkonzert zugunsten der Suppenküche",
            "Mit einem Konzert wollen zwei Gemeinden die Suppenküche unterstützen.\n"
            "Wann: Sonntag, 10. Mai 2026, 17 Uhr\nWo: Marienkirche, Kirchweg 2, Nordheim\nEintritt: frei\n"
            "Es singt der Kinderchor. Die Spenden gehen an die Suppenküche.",
        ),
        (
            "Spendenlauf für den neuen Kunstrasen",
            "Der Sportverein lädt zum Spendenlauf ein.\n"
            "Wann: Samstag, 6. Juni 2026, 10 Uhr\nWo: Sportplatz, Am Stadion 1, Südheim\n"
            "Jede Runde bringt Geld für den Platz. Die Läufer sammeln Spenden bei Sponsoren.",
        ),
    ],
)
def test_labelled_when_and_where_near_the_top_make_an_invitation(title: str, body: str) -> None:
    assert classify(title, body) == "event"


def test_labelled_when_and_where_far_down_stay_a_side_event() -> None:
    # A citizens' group hands over signatures; its information evening is a side event at the end.
    body = "\n".join(
        [
            "Die Initiative hat heute 3.000 Unterschriften an den Bürgermeister übergeben.",
            "Sie fordert, das Baugebiet am Wald nicht zu bebauen.",
            "Die Initiative kritisiert die Pläne der Gemeinde seit einem Jahr.",
            "Der Gemeinderat entscheidet im September über den Plan.",
            "Die Sprecherin sagt, viele Menschen in der Gemeinde seien dagegen.",
            "Die Initiative will weiter Unterschriften sammeln.",
            "Wann: Dienstag, 23. Juni 2026, 19:30 Uhr",
            "Wo: Gasthaus Linde, Dorfstraße 12",
        ]
    )
    assert classify("Unterschriften gegen Baugebiet übergeben", body) != "event"


def test_a_fee_line_with_a_note_after_a_dash() -> None:
    free = fee_lines([SourceSentence("Eintritt: frei – um Spenden am Ausgang wird gebeten")])
    assert [text for _, text in free] == ["Der Eintritt ist frei."]
    paid = fee_lines([SourceSentence("Eintritt: 6 Euro – Karten an der Abendkasse")])
    assert [text for _, text in paid] == ["Der Eintritt kostet 6 Euro."]
    # A note that limits the fee is said whole or not at all.
    assert fee_lines([SourceSentence("Eintritt: frei – nur mit Gästekarte")]) == []


_FAIR = """Kammer für Handwerk Nordtal

Nordstadt, 10. März 2026

Handwerksmesse im Juni

Die Kammer für Handwerk lädt zur Handwerksmesse ein. Die Messe ist in der Stadthalle Nordstadt.

Öffnungszeiten:
• Freitag, 12. Juni 2026, 9 bis 14 Uhr
• Samstag, 13. Juni 2026, 10 bis 15 Uhr

Ab sofort können sich Betriebe als Aussteller anmelden. Die Standgebühr beträgt 190 Euro.
"""

_MARKET = """Gartenfreunde Südheim e.V.

Südheim, 2. April 2026

Pflanzenmarkt im Mai

Die Gartenfreunde laden zum Pflanzenmarkt ein.

Marktzeiten:
• Samstag, 9. Mai 2026, 9 bis 16 Uhr
• Sonntag, 10. Mai 2026, 10 bis 15 Uhr

Händler können sich bis 20. April für einen Stand anmelden.
"""


@pytest.mark.parametrize("release", [_FAIR, _MARKET])
def test_exhibitors_register_not_the_visiting_reader(release: str) -> None:
    body = _body(release)
    assert "melden Sie sich" not in body
    assert "an zwei Tagen:" in body
