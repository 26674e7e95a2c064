"""Outcome facts of reports: "nobody was hurt" only when the source says it of everyone involved.

Every release here is invented for these tests (senders, places).
"""

from __future__ import annotations

from tests.easy.support import easy_body


def test_police_report_all_unhurt_says_nobody_is_hurt() -> None:
    body = easy_body(
        "Unfall an der Kreuzung",
        "Am Dienstag sind an der Kreuzung Mühlweg und Bachstraße in Felsbach zwei Autos zusammengestoßen. "
        "Alle Insassen blieben unverletzt.",
        organisation="Polizeiinspektion Felsbach",
    )
    assert "Niemand ist verletzt." in body


def test_fire_report_both_unhurt_says_nobody_is_hurt() -> None:
    body = easy_body(
        "Brand in Gartenhaus",
        "Am Samstagabend hat in Talheim ein Gartenhaus gebrannt. Die Feuerwehr Talheim hat den Brand gelöscht. "
        "Beide Bewohner blieben unverletzt.",
        organisation="Feuerwehr Talheim",
    )
    assert "Niemand ist verletzt." in body


def test_one_unhurt_person_is_not_everyone() -> None:
    # "Der Fahrer blieb unverletzt" says nothing about a passenger: no "Niemand ist verletzt".
    body = easy_body(
        "Auto prallt gegen Baum",
        "Am Montag ist bei Felsbach ein Auto gegen einen Baum geprallt. Der Fahrer blieb unverletzt.",
        organisation="Polizeiinspektion Felsbach",
    )
    assert "Niemand" not in body


def test_repaired_passive_with_genitive_attribute_reaches_the_summary() -> None:
    # "des Lagers" becomes "vom Lager" first; then the passive becomes "man hat …".
    body = easy_body(
        "Lager aufgebrochen",
        "In der Nacht zu Montag haben Unbekannte in Felsbach ein Lager aufgebrochen. "
        "Die Polizei Felsbach ermittelt. Die Leiterin des Lagers wurde am Morgen befragt.",
        organisation="Polizeiinspektion Felsbach",
    )
    assert "Man hat die Leiterin vom Lager am Morgen befragt." in body
