"""The result of a match report (match_report.py), for a football club and a handball club."""

from __future__ import annotations

from pressconv.transforms.easy.match_report import match_lines
from pressconv.transforms.easy.verify import structure_failures


def test_a_football_club_home_win_agreed_by_headline_and_lead() -> None:
    body = [
        "Auswärtssieg verpasst, Heimsieg gegen Birkenau gefeiert",
        "FC Moosbach – SV Birkenau 2:1 (0:1)",
        "Unsere Elf hat am Samstag gegen den SV Birkenau mit 2:1 gewonnen.",
    ]
    lines = match_lines(body)
    assert lines == ["FC Moosbach hat 2 zu 1 gegen SV Birkenau gewonnen."]
    assert not structure_failures(lines[0])


def test_a_handball_club_away_loss_names_the_home_team_as_winner() -> None:
    body = [
        "Knappe Niederlage gegen Talheim",
        "HSG Talheim – TV Ostbach 28:27 (14:12)",
        "Unsere Damen mussten sich in eigener Halle nicht geschlagen geben, sondern auswärts.",
    ]
    assert match_lines(body) == ["HSG Talheim hat 28 zu 27 gegen TV Ostbach gewonnen."]


def test_a_draw_is_said_only_when_the_text_calls_it_one() -> None:
    result = "TV Ostbach – HSG Talheim 25:25 (12:13)"
    assert match_lines(["Remis im Derby", result]) == ["TV Ostbach und HSG Talheim haben 25 zu 25 gespielt."]
    assert match_lines(["Spannendes Derby", result]) == []


def test_a_score_and_headline_that_disagree_say_nothing() -> None:
    # The headline calls it a win against Birkenau, but the score line has Birkenau ahead.
    body = ["Sieg gegen Birkenau", "FC Moosbach – SV Birkenau 1:2 (0:1)"]
    assert match_lines(body) == []
    # A negated win is no statement of the outcome.
    assert match_lines(["Kein Sieg gegen Birkenau", "FC Moosbach – SV Birkenau 2:1 (0:1)"]) == []
    # No headline word for the outcome: the score line alone is not enough.
    assert match_lines(["Derbytag in Moosbach", "FC Moosbach – SV Birkenau 2:1 (0:1)"]) == []
