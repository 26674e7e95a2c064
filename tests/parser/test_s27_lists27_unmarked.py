"""Session 27 (lists27): lines of a list without bullets after an intro with a colon stay one item a line.

Invented notices of a town hall office and a skating rink; none is copied from a release.
"""

from __future__ import annotations

from pressconv.model import Paragraph
from pressconv.parser import parse_text


def _paragraphs(text: str) -> list[str]:
    return [block.text for block in parse_text(text).release.body if isinstance(block, Paragraph)]


def test_day_lines_after_a_blank_line_under_the_intro_are_not_joined() -> None:
    text = (
        "Bürgeramt Felsbach zieht um\n\n"
        "Felsbach, 4. Mai 2026. Das Bürgeramt öffnet im neuen Haus am Lindenplatz. Die Sprechzeiten dort:\n\n"
        "Montag 8.00 – 12.00 Uhr\n"
        "Dienstag 8.00 – 16.00 Uhr\n"
        "Freitag 8.00 – 11.00 Uhr\n"
        "jeden 2. Samstag 9.00 – 11.00 Uhr\n\n"
        "Das alte Haus wird abgerissen.\n"
    )
    paragraphs = _paragraphs(text)
    assert "Dienstag 8.00 – 16.00 Uhr" in paragraphs
    assert "Freitag 8.00 – 11.00 Uhr" in paragraphs
    assert "jeden 2. Samstag 9.00 – 11.00 Uhr" in paragraphs


def test_a_lower_case_line_after_a_schedule_line_is_an_item_of_its_own() -> None:
    text = (
        "Eisbahn Wendelstadt öffnet\n\n"
        "Wendelstadt, 1. Dezember 2026. Die Eisbahn auf dem Marktplatz öffnet am Freitag.\n\n"
        "Öffnungszeiten:\n"
        "Montag bis Freitag: 13.00 – 20.00 Uhr\n"
        "Samstag und Sonntag: 10.00 – 20.00 Uhr\n"
        "in den Ferien (21.12.–06.01.) täglich 10.00 – 20.00 Uhr\n\n"
        "Der Eintritt kostet 4 Euro.\n"
    )
    paragraphs = _paragraphs(text)
    assert "Samstag und Sonntag: 10.00 – 20.00 Uhr" in paragraphs
    assert "in den Ferien (21.12.–06.01.) täglich 10.00 – 20.00 Uhr" in paragraphs


def test_a_wrapped_sentence_after_an_intro_is_still_joined() -> None:
    text = (
        "Stadt Felsbach informiert\n\n"
        "Felsbach, 4. Mai 2026. Das Amt teilt mit:\n\n"
        "Die Straße am Lindenplatz bleibt bis zum Ende der Arbeiten\n"
        "für den Verkehr gesperrt.\n"
    )
    assert "Die Straße am Lindenplatz bleibt bis zum Ende der Arbeiten für den Verkehr gesperrt." in _paragraphs(text)


def test_a_schedule_line_ending_with_a_conjunction_runs_on() -> None:
    text = (
        "Eisbahn Wendelstadt öffnet\n\n"
        "Wendelstadt, 1. Dezember 2026. Die Eisbahn auf dem Marktplatz öffnet am Freitag.\n\n"
        "Öffnungszeiten:\n"
        "Montag bis Freitag: 10 bis 12 Uhr und\n"
        "nachmittags 14 bis 20 Uhr\n"
        "Samstag: 10 bis 20 Uhr\n\n"
        "Der Eintritt kostet 4 Euro.\n"
    )
    assert "Montag bis Freitag: 10 bis 12 Uhr und nachmittags 14 bis 20 Uhr" in _paragraphs(text)
