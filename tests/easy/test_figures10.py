"""Figures in plain words (figures.py): a count and its change as two short sentences, or nothing."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.figures import figures
from pressconv.transforms.easy.rescue import RescueContext
from pressconv.transforms.easy.rewrite import rewrite
from pressconv.transforms.easy.source import SourceSentence
from tests.easy.support import easy_body


def _rescued(sentence: str, *, speech: bool = False) -> tuple[str, ...] | None:
    """The rescue's sentences for one invented source sentence, or None where the rescuer refuses."""
    source = SourceSentence(sentence, speech=speech)
    context = RescueContext(
        source=source,
        text=sentence,
        sentences=(source,),
        index=0,
        issued=None,
        rewrite=lambda piece: rewrite(piece, None),
    )
    found = figures(context)
    return None if found is None else found.sentences


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A job centre's monthly figures: a stock of people, the month before as the comparison.
        (
            "Die Zahl der erwerbslos gemeldeten Frauen und Männer ist gegenüber dem Vormonat "
            "um 97 auf 5.214 zurückgegangen (−1,9 %).",
            (
                "Jetzt gibt es mehr als 5 tausend erwerbslos gemeldete Frauen und Männer.",
                "Das sind 97 weniger als im Monat vorher.",
            ),
        ),
        # A university's enrolment: the year before, never the month before.
        (
            "Die Zahl der eingeschriebenen Studierenden ist gegenüber dem Vorjahr um 240 auf 9.000 gestiegen.",
            ("Jetzt gibt es 9 tausend eingeschriebene Studierende.", "Das sind 240 Studierende mehr als ein Jahr vorher."),
        ),
        # Police crime statistics: events of a period keep their period; the restriction after the noun stays.
        (
            "Im Jahr 2024 ist die Zahl der Fahrraddiebstähle in der Innenstadt gegenüber 2023 um 38 auf 611 zurückgegangen.",
            (
                "Im Jahr 2024 hat es 611 Fahrraddiebstähle in der Innenstadt gegeben.",
                "Das sind 38 Fahrraddiebstähle weniger als im Jahr 2023.",
            ),
        ),
        # A tourism board: a percentage change is said as its direction, "rund" stays.
        (
            "Im Jahr 2024 ist die Zahl der Übernachtungen um 3,2 Prozent auf rund 2,4 Millionen gestiegen.",
            ("Im Jahr 2024 hat es rund 2,4 Millionen Übernachtungen gegeben.", "Das sind mehr als vorher."),
        ),
        # A statistics office's count by a counting verb: the verb stays (recorded cases, not all cases).
        (
            "Im Jahr 2024 wurden 1.640 Verkehrsunfälle registriert, "
            "das sind 52 oder 3,1 Prozent weniger als im Vorjahr (1.692).",
            (
                "Im Jahr 2024 hat man mehr als tausend Verkehrsunfälle registriert.",
                "Das sind 52 weniger als ein Jahr vorher.",
            ),
        ),
        (
            "Insgesamt wurden 2024 rund 310.000 Besucherinnen und Besucher gezählt, ein Plus von 6 Prozent.",
            ("Im Jahr 2024 hat man rund 310 tausend Besucherinnen und Besucher gezählt.", "Das sind mehr als vorher."),
        ),
        # A colon that opens the figure: the words before it are left out, the figure is the sentence.
        (
            "Im Handwerk gab es weniger Aufträge: "
            "Die Zahl der Erwerbslosen mit Meistertitel ist im Monatsvergleich um 21 auf 930 gestiegen.",
            ("Jetzt gibt es 930 Erwerbslose mit Meistertitel.", "Das sind 21 Erwerbslose mehr als im Monat vorher."),
        ),
        # A level without a change ("lag bei"), of a statistics office and of a job centre.
        (
            "Die Zahl der Übernachtungen lag im Jahr 2024 bei rund 1,3 Millionen.",
            ("Im Jahr 2024 hat es rund 1,3 Millionen Übernachtungen gegeben.",),
        ),
        (
            "Im Oktober lag die Zahl der arbeitslos gemeldeten Frauen bei 2.410.",
            ("Im Oktober hat es mehr als 2 tausend arbeitslos gemeldete Frauen gegeben.",),
        ),
        # A zoo's visitors: the change after a dash, as a percentage, is said as its direction.
        (
            "Im Jahr 2024 besuchten rund 36.000 Menschen den Tierpark – 7 Prozent mehr als im Vorjahr.",
            ("Im Jahr 2024 haben rund 36 tausend Menschen den Tierpark besucht.", "Das sind mehr als ein Jahr vorher."),
        ),
        # A fire brigade's year: the change after a comma, with the head's own noun.
        (
            "Im Jahr 2024 haben die Feuerwehren 930 Einsätze gefahren, 41 Einsätze mehr als im Vorjahr (889).",
            ("Im Jahr 2024 haben die Feuerwehren 930 Einsätze gefahren.", "Das sind 41 Einsätze mehr als ein Jahr vorher."),
        ),
        # A social office's figures: the change's own unit ("um 156 Personen") is said once (review).
        (
            "Die Zahl der wohnungslos gemeldeten Menschen ist gegenüber dem Vormonat um 156 Personen auf 812 gesunken.",
            ("Jetzt gibt es 812 wohnungslos gemeldete Menschen.", "Das sind 156 Menschen weniger als im Monat vorher."),
        ),
    ],
)
def test_a_count_and_its_change_as_two_sentences(sentence: str, expected: tuple[str, ...]) -> None:
    assert _rescued(sentence) == expected


def test_the_month_before_and_the_year_before_stay_apart() -> None:
    month = _rescued("Die Zahl der wohnungslos gemeldeten Frauen sank gegenüber dem Vormonat um 12 auf 640.")
    year = _rescued("Die Zahl der wohnungslos gemeldeten Frauen sank gegenüber dem Vorjahr um 12 auf 640.")
    same_month = _rescued("Die Zahl der wohnungslos gemeldeten Frauen sank gegenüber dem Vorjahresmonat um 12 auf 640.")
    assert month is not None and month[1].endswith("als im Monat vorher.")
    assert year is not None and year[1].endswith("als ein Jahr vorher.")
    assert same_month is not None and same_month[1].endswith("als im gleichen Monat ein Jahr vorher.")


@pytest.mark.parametrize(
    "sentence",
    [
        # A forecast is no fact yet.
        "Die Zahl der eingeschriebenen Studierenden wird im Jahr 2027 auf 10.000 steigen.",
        "Die Zahl der Übernachtungen soll im Jahr 2026 um 5 Prozent auf 2,5 Millionen steigen.",
        # A rate or a share: its base is a group the sentence names only in part.
        "Die Arbeitslosenquote ist gegenüber dem Vormonat um 0,2 Prozentpunkte auf 4,8 Prozent gesunken.",
        "Im Jahr 2024 ist der Anteil der Frauen um 2 Prozent auf 41 Prozent gestiegen.",
        # Speech, quoted or reported.
        "„Die Zahl der Einbrüche ist im Jahr 2024 um 20 auf 300 gesunken“, sagte die Polizeipräsidentin.",
        # A colon after a name alone opens speech, not an explanation.
        "Die Leiterin der Polizeidirektion: Die Zahl der Einbrüche ist im Jahr 2024 um 20 auf 300 gesunken.",
        # Two figures that cannot be kept apart in one count sentence.
        "Die Zahl der Männer und der Frauen ohne Arbeit stieg um 12 und 9 auf 410 und 380.",
        # A part the rescuer does not read ("seit 2020"): it would be dropped, and the claim broadened.
        "Die Zahl der erwerbslos gemeldeten Menschen ist seit 2020 um 400 auf 5.100 gestiegen.",
        # Events of a period without the period: "jetzt" would misdate them.
        "Die Zahl der Verletzten stieg um 5 auf 30.",
        "Die Zahl der gemeldeten Straftaten sank um 50 auf 3.100.",
        # A count by a counting verb without its period, and a tail that splits the count into parts.
        "Es wurden 412 Wohnungseinbrüche erfasst.",
        "Im Jahr 2024 wurden 98 Wohnungseinbrüche erfasst, davon 40 in der Innenstadt.",
        # A head with two counts: "Das sind …" would not say which one changed.
        "Im Jahr 2024 haben 412 Betriebe 80 Lehrstellen gemeldet, 20 mehr als im Vorjahr.",
        # A change of another noun than the head counts.
        "Im Jahr 2024 besuchten 4.800 Menschen den Tierpark, 300 Kinder mehr als im Vorjahr.",
        # A change without the head's period.
        "Die Feuerwehren sind zu 930 Einsätzen ausgerückt, 41 mehr als im Vorjahr.",
        # A level with a comparison the rescuer does not read.
        "Die Zahl der Unfälle lag im Jahr 2024 bei 610 und damit 4 Prozent über dem Vorjahreswert.",
        # A singular after "Die Zahl der" is no plural "es gibt" could take.
        "Die Zahl der Bevölkerung ist im Jahr 2024 um 300 auf 48.000 gestiegen.",
    ],
)
def test_refused(sentence: str) -> None:
    assert _rescued(sentence) is None


def test_speech_is_refused_even_without_quotation_marks() -> None:
    sentence = "Die Zahl der erwerbslos gemeldeten Menschen ist gegenüber dem Vormonat um 97 auf 5.214 gesunken."
    # The same words as the sender's own sentence are rescued; as speech they never are.
    assert _rescued(sentence) == (
        "Jetzt gibt es mehr als 5 tausend erwerbslos gemeldete Menschen.",
        "Das sind 97 Menschen weniger als im Monat vorher.",
    )
    assert _rescued(sentence, speech=True) is None


@pytest.mark.parametrize(
    ("title", "paragraphs", "organisation", "head", "follower"),
    [
        (
            "Hochschule legt ihre Jahreszahlen vor",
            (
                "Die Hochschule Musterstadt hat im Jahr 2024 einen neuen Studiengang für Pflege eröffnet.",
                "Die Zahl der Studierenden aus dem Ausland ist im Jahr 2024 um 85 auf 320 gestiegen.",
            ),
            "Hochschule Musterstadt",
            "Im Jahr 2024 hat es 320 Studierende aus dem Ausland gegeben.",
            "Das sind 85 Studierende mehr als vorher.",
        ),
        (
            "Weniger Fahrräder gestohlen",
            (
                "Die Polizeidirektion Musterstadt stellt ihre Statistik für das Jahr 2024 vor.",
                "Im Jahr 2024 ist die Zahl der Fahrraddiebstähle in der Innenstadt "
                "gegenüber 2023 um 38 auf 611 zurückgegangen.",
            ),
            "Polizeidirektion Musterstadt",
            "Im Jahr 2024 hat es 611 Fahrrad·diebstähle in der Innenstadt gegeben.",
            "Das sind 38 Fahrrad·diebstähle weniger als im Jahr 2023.",
        ),
    ],
)
def test_the_summary_says_the_figure_and_its_change(
    title: str, paragraphs: tuple[str, ...], organisation: str, head: str, follower: str
) -> None:
    lines = [line for line in easy_body(title, *paragraphs, organisation=organisation).splitlines() if line]
    head, follower = head.replace("·", ""), follower.replace("·", "")  # easy_body drops the Mediopunkt
    assert head in lines and follower in lines
    assert lines.index(follower) == lines.index(head) + 1
