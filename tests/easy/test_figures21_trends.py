"""Trends in plain words (trends.py): the source's direction, its comparison and a small size, or nothing."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.trends import trend
from tests.easy.support import easy_body, lone_context


def _rescued(sentence: str, *, speech: bool = False) -> tuple[str, ...] | None:
    """The rescue's sentences for one invented source sentence, or None where the rescuer refuses."""
    context = lone_context(sentence, speech=speech, rewritten=True)
    found = trend(context)
    return None if found is None else found.sentences


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A chamber's survey: the explaining relative clause and the clause after the trend are left
        # out; the size goes with the comparison, the new level stays in the head.
        (
            "Der Geschäftslageindex, der die Antworten aller Mitgliedsbetriebe zusammenfasst, stieg gegenüber "
            "der Frühjahrsumfrage um 5 Punkte auf 103 Punkte, bleibt aber unter dem Durchschnitt.",
            ("Der Geschäftslageindex ist auf 103 Punkte gestiegen.", "Das sind 5 Punkte mehr als bei der Frühjahrsumfrage."),
        ),
        # An employment agency's rate: decimals are no number to say, the direction and the month
        # before are (the same rate may rise against the year before).
        (
            "Die Erwerbslosenquote, bezogen auf alle abhängig Beschäftigten, sank gegenüber dem Vormonat "
            "von 6,3 auf 6,1 Prozent; vor einem Jahr hatte sie bei 5,9 Prozent gelegen.",
            ("Die Erwerbslosenquote ist im Vergleich zum Monat vorher gesunken.",),
        ),
        # A police annual report: a fronted period said inside the clause, the degree word dropped.
        (
            "Im Jahr 2025 ist die Zahl der Wohnungseinbrüche im Kreisgebiet deutlich um 41 zurückgegangen.",
            (
                "Im Jahr 2025 hat es weniger Wohnungseinbrüche im Kreisgebiet gegeben.",
                "Das sind 41 Wohnungseinbrüche weniger als vorher.",
            ),
        ),
        # A job centre: "Die Zahl der …" said as "es gibt weniger …" with the comparison, a stock of
        # people without a period in the present.
        (
            "Die Zahl der arbeitslos gemeldeten Menschen ist gegenüber dem Vormonat leicht gesunken.",
            ("Es gibt weniger arbeitslos gemeldete Menschen als im Monat vorher.",),
        ),
        # A court's statistics: a count since a point in time, the short form of the court's name dropped.
        (
            "Seit Anfang 2024 ist die Zahl der Klagen vor dem Sozialgericht (SG) Musterstadt stark angestiegen.",
            ("Seit Anfang 2024 gibt es mehr Klagen vor dem Sozialgericht Musterstadt.",),
        ),
        # A sports club's fees: the first of an elliptic list of changes is true on its own.
        (
            "Der Jahresbeitrag für Senioren steigt von 60 auf 72 Euro, für Schüler von 30 auf 36 Euro.",
            ("Der Jahresbeitrag für Senioren steigt von 60 auf 72 Euro.",),
        ),
        # A statistics office: a comparative with its comparison, the percentage left out.
        (
            "Der Bestand an Mietwohnungen liegt um 120 höher als im Vorjahr.",
            ("Der Bestand an Mietwohnungen liegt um 120 höher als ein Jahr vorher.",),
        ),
        # A percentage change is said as its direction only.
        (
            "Die Preise für Brennholz sind im Oktober um 7 Prozent gesunken.",
            ("Die Preise für Brennholz sind im Oktober gesunken.",),
        ),
    ],
)
def test_a_trend_is_said_plainly(sentence: str, expected: tuple[str, ...]) -> None:
    assert _rescued(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "Die Zahl" alone points back at a figure of the sentence before: what is measured is unnamed.
        "Im Vergleich zum Vorjahr liegt die Zahl allerdings um 312 höher.",
        "Gegenüber dem Vormonat ist sie um 12 gestiegen.",
        # A "von … auf …" against the verb: something is misread, so nothing is said.
        "Die Zahl der Mitglieder stieg von 90 auf 80.",
        # A condition after the trend could make it false alone.
        "Die Zahl der Unfälle ist gestiegen, wenn man die leichten Fälle mitzählt.",
        # Forecasts, hedges, "bzw."-pairs, "jeder dritte" and percentage points are refused.
        "Die Zahl der Ausbildungsplätze wird im Herbst voraussichtlich um 40 steigen.",
        "Die Mitgliederzahl ist laut Verband um 15 gestiegen.",
        "Die Zahl der Anträge sank um 30 bzw. 4 Prozent.",
        "Die Beteiligung ist um 3 Prozentpunkte gestiegen.",
        "Bei den Handwerksbetrieben ist jeder dritte Betrieb gewachsen.",
        # A relative clause after a plural restricts it to a subgroup: without it the trend is false.
        "Die Betriebe, die selbst ausbilden, sind um 14 zurückgegangen.",
        # A cause in front is a part the rescuer does not read.
        "Durch neue Kontrollen sind die Fallzahlen von Ladendiebstählen zurückgegangen.",
    ],
)
def test_a_trend_not_understood_is_refused(sentence: str) -> None:
    assert _rescued(sentence) is None


def test_events_without_a_period_keep_the_count_as_the_subject() -> None:
    # "Es gibt weniger Unfälle als ein Jahr vorher" would place events of a past year in the present.
    assert _rescued("Die Zahl der Verkehrsunfälle ist gegenüber dem Vorjahr gesunken.") == (
        "Die Zahl von den Verkehrsunfällen ist im Vergleich zum Jahr vorher gesunken.",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An employment agency's count day: the number and its percentage joined by "bzw." are one change.
        (
            "Zum Zähltag am 14. Mai 2026 waren insgesamt 6.120 Frauen und Männer arbeitslos gemeldet, "
            "das sind 88 bzw. 1,4 Prozent weniger als im April.",
            ("Im Mai waren weniger Frauen und Männer arbeitslos gemeldet als im April.", "Das sind 88 weniger."),
        ),
        # A county statistics office: a restriction after the noun stays with it.
        (
            "Im Juni waren 412 Jugendliche unter 25 Jahren arbeitslos gemeldet, "
            "das sind 17 oder 4,3 Prozent mehr als im Mai.",
            ("Im Juni waren mehr Jugendliche unter 25 Jahren arbeitslos gemeldet als im Mai.", "Das sind 17 mehr."),
        ),
    ],
)
def test_a_count_day_and_its_change_are_said_as_a_trend(sentence: str, expected: tuple[str, ...]) -> None:
    assert _rescued(sentence) == expected


def test_a_pair_of_two_counts_is_refused() -> None:
    # "bzw." between two counts of different groups: which one changed by how much is not plain.
    assert (
        _rescued("Im Juni waren 412 Frauen und 380 Männer arbeitslos gemeldet, das sind 17 bzw. 12 mehr als im Mai.") is None
    )


def test_speech_is_refused() -> None:
    assert _rescued("Der Geschäftslageindex ist um 5 Punkte gestiegen.", speech=True) is None


@pytest.mark.parametrize(
    ("title", "paragraphs", "organisation", "lines"),
    [
        (
            "Handwerkskammer legt Konjunkturumfrage vor",
            (
                "Die Handwerkskammer Musterland hat im Januar 2026 ihre Mitgliedsbetriebe befragt.",
                "Der Geschäftsklimaindex, der die Lage und die Erwartungen der Betriebe zusammenfasst, "
                "stieg gegenüber der Herbstumfrage um 4 Punkte auf 96 Punkte, liegt aber unter dem "
                "langjährigen Mittel.",
            ),
            "Handwerkskammer Musterland",
            ("Der Geschäftsklimaindex ist auf 96 Punkte gestiegen.", "Das sind 4 Punkte mehr als bei der Herbstumfrage."),
        ),
        (
            "Die Arbeitslosenquote im Mai",
            (
                "Die Agentur für Arbeit Musterstadt legt die Zahlen für den Mai 2026 vor.",
                "Die Arbeitslosenquote, bezogen auf alle abhängigen zivilen Erwerbspersonen, sank gegenüber dem Vormonat "
                "von 5,3 auf 5,1 Prozent; vor einem Jahr hatte sie bei 4,9 Prozent gelegen.",
            ),
            "Agentur für Arbeit Musterstadt",
            ("Die Arbeitslosenquote ist im Vergleich zum Monat vorher gesunken.",),
        ),
    ],
)
def test_the_summary_says_the_trend(
    title: str, paragraphs: tuple[str, ...], organisation: str, lines: tuple[str, ...]
) -> None:
    body = [line for line in easy_body(title, *paragraphs, organisation=organisation).splitlines() if line]
    assert all(line in body for line in lines)
    assert [body.index(line) for line in lines] == list(range(body.index(lines[0]), body.index(lines[0]) + len(lines)))
