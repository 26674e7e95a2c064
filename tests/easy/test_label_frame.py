"""A verbless label that names a report ("Die gute Nachricht: …") frees the statement after the colon."""

from __future__ import annotations

from pressconv.transforms.easy.clauses import pieces


def test_good_news_label_of_a_fire_report() -> None:
    assert pieces("Die gute Nachricht: Niemand wurde bei dem Feuer in Talheim verletzt.") == [
        "Niemand wurde bei dem Feuer in Talheim verletzt."
    ]


def test_report_label_with_a_lower_case_noun_of_a_club() -> None:
    # "im verlaufe" is a noun written in lower case: after "im" no verb can stand.
    assert pieces("Im verlaufe des Abends dann die Meldung: Der Pokal steht wieder im Vereinsheim.") == [
        "Der Pokal steht wieder im Vereinsheim."
    ]


def test_opinion_labels_and_labels_without_a_clause_stay_framed() -> None:
    assert pieces("Unser Fazit: Die Gemeinde hat zu lange gewartet.") == ["Unser Fazit: Die Gemeinde hat zu lange gewartet."]
    assert pieces("Die Nachricht: Frau Muster.") == ["Die Nachricht: Frau Muster."]
