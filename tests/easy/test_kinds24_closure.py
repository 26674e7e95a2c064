"""Service disruption: the headline's nominal closure ("Vollsperrung der …"), from invented notices of two authorities."""

from __future__ import annotations

from datetime import date

from pressconv.transforms.easy.closures import closure_lines

ISSUED = date(2027, 3, 1)


def test_county_road_closed_from_the_headline_day_with_its_stretch() -> None:
    heads = ["Vollsperrung der Landstraße L 12 zwischen Ahrbach und Feldheim ab 15. März"]
    body = ["Die Straße wird erneuert.", "Der Verkehr wird über die B 9 umgeleitet."]
    lines, days = closure_lines(heads, body, ISSUED)
    assert lines == [
        "Die Landstraße L 12 ist ab Montag, 15. März 2027, voll gesperrt.",
        "Die Sperrung ist zwischen Ahrbach und Feldheim.",
        "Die Umleitung führt über die B 9.",
    ]
    assert days == [date(2027, 3, 15)]


def test_town_bridge_closed_for_a_festival_with_the_body_period() -> None:
    heads = ["Sperrung der Mühlenbrücke in Talheim wegen Stadtfest"]
    body = ["Die Stadt teilt mit, dass die Mühlenbrücke von Freitag, 7. Mai 2027, bis Sonntag, 9. Mai 2027, gesperrt wird."]
    lines, _ = closure_lines(heads, body, ISSUED)
    assert lines[:2] == ["Die Mühlenbrücke ist ab Freitag, 7. Mai 2027, gesperrt.", "Die Sperrung ist in Talheim."]
    assert "Die Sperrung dauert bis Sonntag, 9. Mai 2027." in lines


def test_no_closure_without_a_day_a_masculine_genitive_or_a_condition() -> None:
    assert closure_lines(["Vollsperrung der Kreisstraße K 5 in Talheim"], ["Die Straße wird erneuert."], ISSUED) == ([], [])
    assert closure_lines(["Sperrung des Marktplatzes ab 15. März"], [], ISSUED) == ([], [])
    assert closure_lines(["Sperrung der Brücke ab 15. März, falls es friert"], [], ISSUED) == ([], [])
