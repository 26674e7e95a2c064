"""Service disruption: a utility's supply cut with its day and hours, from invented notices of two utilities."""

from __future__ import annotations

from datetime import date

from pressconv.transforms.easy.notices import supply_cut

ISSUED = date(2027, 5, 3)


def test_water_cut_of_a_municipal_utility_with_a_planned_end() -> None:
    body = [
        "Betroffen ist die Trinkwasserversorgung am Mittwoch, 12. Mai 2027, von ca. 9:00 Uhr bis voraussichtlich 14:30 Uhr."
    ]
    assert supply_cut(body, ISSUED) == (
        [
            "Die Wasser·versorgung ist am Mittwoch, 12. Mai 2027, unterbrochen.",
            "Die Wasser·versorgung soll von etwa 9 Uhr bis 14:30 Uhr unterbrochen sein.",
        ],
        [date(2027, 5, 12)],
    )


def test_power_cut_of_a_grid_operator_told_in_the_headline() -> None:
    body = ["Die Stromversorgung wird am 20. Mai 2027 von 8 bis 11 Uhr unterbrochen."]
    title = "Stromversorgung in Talheim am 20. Mai unterbrochen"
    assert supply_cut(body, ISSUED, title) == (
        ["Die Strom·versorgung ist von 8 Uhr bis 11 Uhr unterbrochen."],
        [date(2027, 5, 20)],
    )


def test_no_supply_cut_under_a_condition_without_hours_or_on_two_days() -> None:
    assert supply_cut(["Falls nötig, wird die Wasserversorgung am 12. Mai von 9 bis 12 Uhr unterbrochen."], ISSUED) == (
        [],
        [],
    )
    assert supply_cut(["Die Wasserversorgung wird am 12. Mai unterbrochen."], ISSUED) == ([], [])
    two = ["Die Stromversorgung wird am 12. Mai und am 14. Mai von 9 bis 12 Uhr unterbrochen."]
    assert supply_cut(two, ISSUED) == ([], [])
