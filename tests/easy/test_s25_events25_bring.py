"""What to bring as "Bringen Sie … mit:" and the whole list; an occasion's own noun and two days (invented releases)."""

from __future__ import annotations

from pressconv.transforms.easy.bring import bring_list
from pressconv.transforms.easy.schedules import schedules
from pressconv.transforms.easy.source import SourceSentence
from tests.easy.support import easy_body


def _lines(intro: str, *items: str) -> list[SourceSentence]:
    return [
        SourceSentence(intro),
        *(SourceSentence(item, heading=True) for item in items),
        SourceSentence("Danach gibt es Kaffee."),
    ]


def test_a_bring_list_under_its_occasion_is_said_whole_with_plain_items() -> None:
    found = schedules(
        _lines(
            "Zur Anmeldung sind mitzubringen:",
            "Ausweis des Antragstellers oder der Antragstellerin",
            "Impfpass (oder eine Kopie)",
            "ggf. Zeugnis der letzten Schule",
        )
    )
    assert found == [
        (
            "Bringen Sie zur Anmeldung mit:",
            # Both owners said with "von" (a genitive half turned would mix cases: mendev2).
            (
                "Ausweis vom Antragsteller oder von der Antragstellerin",
                "Impfpass",
                "wenn nötig Zeugnis der letzten Schule",
            ),
        )
    ]
    assert schedules(_lines("Bitte mitbringen:", "Hausschuhe", "Turnbeutel")) == [
        ("Bringen Sie mit:", ("Hausschuhe", "Turnbeutel"))
    ]


def test_no_bring_list_when_an_item_is_for_some_only_or_a_sentence() -> None:
    # "(bei Mietern)" without "ggf.": said to everyone, the item would be asked of all.
    assert schedules(_lines("Bitte mitbringen:", "Ausweis", "Mietvertrag (bei Mietern)")) == []
    assert schedules(_lines("Bitte mitbringen:", "Ausweis", "Die Halle ist warm. Jacken bleiben im Auto")) == []
    # A list whose intro narrows who brings it ("Wer einen Hund hat, …") is not said to everyone.
    assert schedules(_lines("Wer einen Hund hat, wird gebeten, Folgendes mitzubringen:", "Leine", "Impfpass")) == []
    # Not to bring: no "Bringen Sie mit".
    assert schedules(_lines("Nicht mitzubringen sind:", "Glasflaschen", "Hunde")) == []


def test_a_school_office_release_says_its_occasion_on_two_days_each_with_its_hours() -> None:
    body = easy_body(
        "Anmeldung an der Musikschule Eschental",
        "Die Anmeldung der neuen Schülerinnen und Schüler an der Musikschule Eschental findet am Montag, 15. April 2024, "
        "und Dienstag, 16. April 2024, jeweils von 15 bis 18 Uhr statt.",
        "Die Musikschule hat zwölf Lehrkräfte.",
        organisation="Musikschule Eschental",
    )
    assert "Die Anmeldung ist am Montag und Dienstag, 15. und 16. April 2024." in body
    assert "Die Anmeldung ist von 15 Uhr bis 18 Uhr." in body


def test_two_days_each_with_its_own_time_give_no_day_of_the_occasion() -> None:
    # A time said for one of the days is never moved to the other or to both (omission over error).
    body = easy_body(
        "Anmeldung an der Musikschule Eschental",
        "Die Anmeldung der neuen Schülerinnen und Schüler an der Musikschule Eschental findet am Montag, 15. April 2024, "
        "um 9 Uhr und am Dienstag, 16. April 2024, um 14 Uhr statt.",
        "Die Musikschule hat zwölf Lehrkräfte.",
        organisation="Musikschule Eschental",
    )
    assert "Die Anmeldung ist am Montag und Dienstag" not in body
    assert "Die Anmeldung ist von" not in body


def test_a_prose_bring_sentence_as_bare_nouns_with_its_if_any() -> None:
    said = bring_list(
        [SourceSentence("Mitzubringen sind die Bibliothekskarte, der Schülerausweis (falls vorhanden) sowie ein Stift.")]
    )
    assert said == ("Bringen Sie mit:", ("Bibliothekskarte", "wenn vorhanden Schülerausweis", "Stift"))
    occasion = bring_list(
        [SourceSentence("Zum Probetraining sind ein Handtuch, eine Trinkflasche und Turnschuhe mitzubringen.")]
    )
    assert occasion is None  # a bare plural without an article: not a lone article and noun, left to the source


def test_no_prose_bring_list_for_a_choice_or_an_adjective_to_decline() -> None:
    assert bring_list([SourceSentence("Mitzubringen sind der Ausweis, der Pass oder ein Führerschein.")]) is None
    assert bring_list([SourceSentence("Mitzubringen sind ein warmer Pullover, eine Mütze und feste Schuhe.")]) is None
