"""Time and place belong to an indefinite subject only when it names an event, not a person."""

from __future__ import annotations

from tests.easy.support import easy_body


def test_a_witness_is_no_event_in_a_fire_report() -> None:
    body = easy_body(
        "Kellerbrand in Talheim",
        "Ein Zeuge alarmierte am Sonntag die Feuerwehr, nachdem er dichten Rauch aus einem Keller in der "
        "Lindenstraße in Talheim bemerkt hatte. Der Zeuge blieb unverletzt.",
        organisation="Freiwillige Feuerwehr Talheim",
    )
    assert "Der Zeuge war am" not in body and "Der Zeuge ist am" not in body


def test_a_passer_by_is_no_event_in_a_police_report() -> None:
    body = easy_body(
        "Geldbörse abgegeben",
        "Eine Spaziergängerin fand am Dienstag im Stadtpark von Birkenau eine Geldbörse mit Ausweis. "
        "Die Polizei hat die Besitzerin informiert.",
        organisation="Polizeiinspektion Birkenau",
    )
    assert "Die Spaziergängerin war am" not in body and "Die Spaziergängerin ist am" not in body
