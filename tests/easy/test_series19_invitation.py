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
            "Konzert für das Tierheim",
            "Mit einem Konzert wollen zwei Chöre das Tierheim unterstützen.\n"
            "Wann: Sonntag, 20. September 2026, 16 Uhr\nWo: Stadthalle, Lindenweg 2, Nordheim\nEintritt: frei\n"
            "Es singen zwei Chöre. Die Spenden gehen an das Tierheim.",
        ),
        (
            "Spendenlauf für neue Trikots",
            "Der Sportverein lädt zum Spendenlauf ein.\n"
            "Wann: Samstag, 6. Juni 2026, 10 Uhr\nWo: Sportplatz, Am Stadion 1, Südheim\n"
            "Jede Runde bringt Geld für die Trikots. Die Läufer sammeln Spenden bei Sponsoren.",
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
            "Wann: Mittwoch, 7. Oktober 2026, 18 Uhr",
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

Handwerksmesse im September

Die Kammer für Handwerk lädt zur Handwerksmesse ein. Die Messe ist in der Stadthalle Nordstadt.

Öffnungszeiten:
• Freitag, 18. September 2026, 9 bis 14 Uhr
• Samstag, 19. September 2026, 10 bis 16 Uhr

Ab sofort können sich Betriebe als Aussteller anmelden. Die Gebühr für einen Stand beträgt 190 Euro.
"""

_MARKET = """Gartenfreunde Südheim e.V.

Südheim, 2. April 2026

Pflanzenmarkt im Mai

Die Gartenfreunde laden zum Pflanzenmarkt ein.

Marktzeiten:
• Samstag, 16. Mai 2026, 9 bis 16 Uhr
• Sonntag, 17. Mai 2026, 10 bis 15 Uhr

Händler können sich bis 20. April für einen Stand anmelden.
"""


@pytest.mark.parametrize("release", [_FAIR, _MARKET])
def test_exhibitors_register_not_the_visiting_reader(release: str) -> None:
    body = _body(release)
    assert "melden Sie sich" not in body
    assert "an zwei Tagen:" in body


_PETITION = """Bürgerinitiative Grüner Hang

Nordheim, 11.06.2026

2.000 Unterschriften gegen das Baugebiet übergeben

Die Initiative fordert einen Stopp der Planung und lädt am 23. Juni zu einem Informationsabend ein

Die Bürgerinitiative hat heute 2.000 Unterschriften an die Bürgermeisterin übergeben. Sie fordert, den Hang nicht zu bebauen.
Die Initiative lädt am 23. Juni zu einem Informationsabend ein.

Die Initiative kritisiert, dass die Gemeinde die Bürger zu spät beteiligt hat. Der Gemeinderat entscheidet im September.

Informationsabend:
Wann: Dienstag, 23. Juni 2026, 19:45 Uhr
Wo: Gasthof Linde, Saal, Marktstraße 12, 12345 Nordheim
"""

_PARENTS = """Elternbeirat der Grundschule Südheim

Südheim, 2. März 2026

Elternbeirat fordert sichere Schulwege

Der Elternbeirat fordert einen Zebrastreifen vor der Schule und lädt am 17. März zu einem Elternabend ein.

Viele Kinder gehen über die Hauptstraße zur Schule. Der Elternbeirat kritisiert, dass die Autos dort zu schnell fahren.

Der Elternbeirat hat dem Bürgermeister einen Brief geschrieben.

Elternabend:
Wann: Dienstag, 17. März 2026, 19 Uhr
Wo: Aula, Schulweg 4, 54321 Südheim
"""


@pytest.mark.parametrize(
    ("release", "time", "street"), [(_PETITION, "19:45 Uhr", "Marktstraße 12"), (_PARENTS, "19 Uhr", "Schulweg 4")]
)
def test_a_side_event_takes_time_and_place_from_its_labelled_block(release: str, time: str, street: str) -> None:
    body = _body(release)
    assert f"beginnt um {time}." in body
    assert street in body
