"""Session 12 (issue 16): safety notices say the order, what it asks, where and from when; recalls the product.

Every release is invented: a water utility and a municipal works office (boil-water orders), a
district veterinary office and a town (stable duty), a bakery and a drinks maker (product recalls).
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.advice import listed_advice
from pressconv.transforms.easy.safety import recall_lines, warning_lines
from tests.fixtures.releases import german_release

_ISSUED = date(2027, 3, 1)
_BOIL = "Abkochgebot heißt: Sie müssen Wasser aus der Leitung vor dem Trinken abkochen."
_STABLE = "Stallpflicht heißt: Geflügel muss im Stall bleiben."


def test_a_headline_weekday_start_takes_the_bodys_date() -> None:
    # A town's veterinary office: the headline says "ab Dienstag", the text the date.
    lines, days = warning_lines(
        ["Stadt ordnet Stallpflicht ab Dienstag an"],
        [
            "Für das gesamte Stadtgebiet gilt eine Stallpflicht für Geflügel.",
            "Sie gilt ab Dienstag, 9. März 2027, und bleibt bis auf Weiteres in Kraft.",
        ],
        _ISSUED,
    )
    assert "Die Stallpflicht gilt ab Dienstag, 9. März 2027." in lines
    assert days == [date(2027, 3, 9)]
    # The date is no Tuesday: no start line (the weekday and the date disagree).
    lines, _ = warning_lines(
        ["Stadt ordnet Stallpflicht ab Dienstag an"],
        ["Für das gesamte Stadtgebiet gilt eine Stallpflicht für Geflügel.", "Sie gilt ab Mittwoch, 10. März 2027."],
        _ISSUED,
    )
    assert not any(" gilt ab " in line for line in lines)


@pytest.mark.parametrize(
    ("heads", "body", "expected"),
    [
        (  # a water utility: the places in the headline, "mit sofortiger Wirkung", "bis auf Weiteres"
            ["Abkochgebot für Trinkwasser in Nordheim, Westfeld und im Gewerbegebiet „Am Anger“"],
            [
                "Für die betroffenen Gebiete wird mit sofortiger Wirkung ein Abkochgebot angeordnet.",
                "Das Wasser darf bis auf Weiteres nur abgekocht zum Trinken und Kochen verwendet werden.",
            ],
            [
                "Es gibt ab sofort ein Abkochgebot.",
                _BOIL,
                "Das Abkochgebot gilt in Nordheim, Westfeld und im Gewerbegebiet „Am Anger“.",
                "Das Ende vom Abkochgebot ist noch nicht bekannt.",
            ],
        ),
        (  # a municipal works office: part of two districts
            ["Abkochgebot für Teile von Talhausen und Berghof"],
            ["Leitungswasser sollte zum Trinken und Zähneputzen nur abgekocht verwendet werden."],
            ["Es gibt ein Abkochgebot.", _BOIL, "Das Abkochgebot gilt für Teile von Talhausen und Berghof."],
        ),
        (  # a veterinary office: the whole district, a start date after "ab"
            ["Stallpflicht für Geflügel"],
            [
                "Ab Montag, 8. März 2027, gilt für das gesamte Kreisgebiet eine Aufstallungspflicht.",
                "Betroffen sind Hühner, Enten und Gänse, also alles Geflügel.",
            ],
            [
                "Es gibt eine Stallpflicht.",
                _STABLE,
                "Die Stallpflicht gilt ab Montag, 8. März 2027.",
                "Die Stallpflicht gilt im ganzen Kreis·gebiet.",
            ],
        ),
    ],
)
def test_an_order_says_what_it_asks_where_and_when(heads: list[str], body: list[str], expected: list[str]) -> None:
    assert warning_lines(heads, body, _ISSUED)[0] == expected


@pytest.mark.parametrize(
    ("heads", "body"),
    [
        # no area named: the order would read as one for everyone
        (["Abkochgebot angeordnet"], ["Das Wasser muss zum Trinken abgekocht werden."]),
        # the order is lifted, or negated
        (["Abkochgebot in Nordheim"], ["Das Abkochgebot in Nordheim ist seit heute aufgehoben. Trinken ist erlaubt."]),
        (["Kein Abkochgebot in Nordheim"], ["Das Wasser kann zum Trinken genutzt werden."]),
        # a stable duty of a town that names no poultry: what it asks is unknown
        (["Stallpflicht im Kreisgebiet"], ["Für das gesamte Kreisgebiet gilt eine Stallpflicht für Rinder."]),
        # two areas (a core zone and an observation zone): which one holds is unclear
        (
            ["Stallpflicht für Geflügel"],
            ["Im Sperrbezirk und im Beobachtungsgebiet gilt eine Stallpflicht für Geflügel."],
        ),
        # an area the reader cannot understand (a hard word): nothing rather than the order alone
        (["Stallpflicht für Geflügel"], ["Im gesamten Restriktionsgebiet gilt eine Stallpflicht für Geflügel."]),
    ],
)
def test_an_unsure_order_gives_no_line(heads: list[str], body: list[str]) -> None:
    assert warning_lines(heads, body, _ISSUED) == ([], [])


def test_a_recall_names_product_lots_and_the_asked_action() -> None:
    lines = recall_lines(
        ["Backhaus Sonnenkorn ruft „Dinkelkekse Honig, 250 g“ zurück"],
        [
            "Betroffen sind nur die Losnummer K2201 und die Losnummer K2202.",
            "Kunden werden gebeten, die Kekse nicht zu verzehren.",
            "Die Packung kann in jeder Filiale zurückgegeben werden; der Kaufpreis wird erstattet.",
        ],
    )
    assert lines == [
        "Backhaus Sonnenkorn ruft ein Produkt zurück.",
        "Das Produkt heißt: Dinkelkekse Honig, 250 g.",
        "Essen Sie das Produkt mit der Los·nummer K2201 oder K2202 nicht.",
        "Sie können das Produkt im Geschäft zurückgeben.",
        "Sie bekommen den Kaufpreis zurück.",
    ]


def test_a_recall_states_no_action_the_source_does_not_ask_for() -> None:
    # A drinks maker recalls a lemonade and asks for nothing: no "Essen Sie … nicht", no refund.
    lines = recall_lines(["Quellhof ruft „Zitronenlimo 0,5 l“ zurück"], ["Der Grund ist ein falsches Etikett."])
    assert lines == ["Quellhof ruft ein Produkt zurück.", "Das Produkt heißt: Zitronenlimo 0,5 l."]
    # Lots are named but none can be read: the action would hold for every lot, so it is left out.
    lines = recall_lines(
        ["Quellhof ruft „Zitronenlimo 0,5 l“ zurück"],
        ["Betroffen ist nur eine Charge.", "Bitte die Limo nicht essen oder trinken."],
    )
    assert not any(line.startswith("Essen") for line in lines)
    assert recall_lines(["Quellhof ruft „Zitronenlimo“ nicht zurück"], []) == []


@pytest.mark.parametrize(
    ("organisation", "title", "paragraphs", "wanted"),
    [
        (
            "Wasserwerke Nordheim",
            "Abkochgebot für Trinkwasser in Nordheim und Westfeld",
            (
                "In einer Probe wurden Bakterien gefunden. Daher wird mit sofortiger Wirkung ein Abkochgebot "
                "angeordnet. Das Wasser darf bis auf Weiteres nur abgekocht zum Trinken verwendet werden.",
            ),
            [_BOIL, "Das Abkochgebot gilt in Nordheim und Westfeld."],
        ),
        (
            "Landkreis Talhausen",
            "Geflügelpest: Stallpflicht für Geflügel im ganzen Kreisgebiet",
            (
                "Bei einem Wildvogel wurde die Geflügelpest festgestellt. Ab Montag, 8. März 2027, gilt für "
                "das gesamte Kreisgebiet eine Aufstallungspflicht für Geflügel.",
            ),
            [_STABLE, "Die Stallpflicht gilt im ganzen Kreisgebiet."],
        ),
    ],
)
def test_the_summary_keeps_the_orders_lines(
    organisation: str, title: str, paragraphs: tuple[str, ...], wanted: list[str]
) -> None:
    release = german_release(title, *paragraphs, issued=_ISSUED, organisation=organisation)
    text = summary_text(summarise(release).release).replace("·", "")
    for line in wanted:
        assert line.rstrip(".") in text  # the line, or the same words as the headline


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (  # a town's warning of door-to-door fraud: two coordinated instructions, a tip with a reason after it
            [
                "Öffnen Sie Fremden nicht die Tür und rufen Sie bei Zweifeln die Polizei an.",
                "Geben Sie kein Bargeld an der Haustür. Echte Firmen schicken eine Rechnung.",
            ],
            [
                "Öffnen Sie Fremden nicht die Tür.",
                "Rufen Sie bei Zweifeln die Polizei an.",
                "Geben Sie kein Bargeld an der Haustür.",
            ],
        ),
        (  # a consumer centre's warning of fake letters: a later instruction leans on a refused one
            [
                "Rufen Sie keine Nummer an, die im Schreiben steht. Legen Sie im Zweifel auf.",
                "Gehen Sie mit dem Brief zur Polizei.",
            ],
            ["Gehen Sie mit dem Brief zur Polizei."],
        ),
    ],
)
def test_the_tips_of_a_list_become_advice(items: list[str], expected: list[str]) -> None:
    assert [line for _, line in listed_advice(items)] == expected


@pytest.mark.parametrize(
    "item",
    [
        "Haben Sie Fragen?",  # a question, no instruction
        "Wenn Sie unsicher sind, holen Sie Nachbarn dazu.",  # a condition the imperative alone would drop
        "Trinken, Kochen und Zähneputzen",  # a list of uses, no instruction
        "Echte Mitarbeiter zeigen einen Ausweis.",  # a statement, not addressed to the reader
    ],
)
def test_no_advice_from_items_that_are_not_instructions(item: str) -> None:
    assert listed_advice([item]) == []


_TIPS = """Polizeidirektion Talhausen

Pressemitteilung

Talhausen, 1. März 2027

Polizei warnt vor falschen Handwerkern

Talhausen. Falsche Handwerker klingeln zurzeit an Haustüren und verlangen viel Geld für kleine Arbeiten.

Die Polizei gibt folgende Tipps:

1. Lassen Sie keine Fremden in die Wohnung.
2. Geben Sie kein Bargeld an der Haustür und unterschreiben Sie nichts.
3. Holen Sie Nachbarn dazu, wenn Sie unsicher sind.

Pressekontakt:
Polizeidirektion Talhausen, Tel. 0123 4567-0
"""


def test_a_warnings_tips_stand_in_its_summary() -> None:
    text = summary_text(summarise(parse(_TIPS).release).release).replace("·", "")
    for line in ("Lassen Sie keine Fremden in die Wohnung.", "Geben Sie kein Bargeld an der Haustür."):
        assert line in text
    assert "Holen Sie Nachbarn dazu" not in text  # its condition cannot stand in one plain sentence


def test_only_when_the_whole_list_of_affected_places_is_the_headlines() -> None:
    # A water utility: "ausschließlich folgende Ortsteile" lists exactly the headline's places.
    heads = ["Abkochgebot für Trinkwasser in Nordheim und Westfeld"]
    tail = ["Alle anderen Orte sind nicht betroffen.", "Das Wasser darf nur abgekocht zum Trinken dienen."]
    intro = "Betroffen sind ausschließlich folgende Ortsteile:"
    lines, _ = warning_lines(heads, [intro, "Nordheim (ganzer Ort)", "Westfeld", *tail], _ISSUED)
    assert "Das Abkochgebot gilt nur in Nordheim und Westfeld." in lines
    # A municipal works office lists one place more than its headline: no "nur", the list is not cut.
    lines, _ = warning_lines(heads, [intro, "Nordheim", "Westfeld", "Südfeld", *tail], _ISSUED)
    assert "Das Abkochgebot gilt in Nordheim und Westfeld." in lines
    assert not any(" nur " in line for line in lines)
