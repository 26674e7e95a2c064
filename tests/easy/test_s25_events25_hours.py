"""Opening hours with abbreviated weekdays and dotted times, said whole (invented notices of two senders)."""

from __future__ import annotations

from pressconv.transforms.easy.schedules import schedules
from pressconv.transforms.easy.source import SourceSentence


def _item(text: str) -> SourceSentence:
    return SourceSentence(text, heading=True)


def test_abbreviated_days_and_dotted_times_of_a_museum_list_are_written_out() -> None:
    found = schedules(
        [
            SourceSentence("Öffnungszeiten des Heimatmuseums:"),
            _item("Di, Mi, Fr: 10.00 – 16.30 Uhr"),
            _item("Sa–So: 11.00 – 18.00 Uhr"),
            _item("Mo, Do: geschlossen"),
        ]
    )
    assert found == [
        (
            "Die Öffnungszeiten sind:",
            (
                "Dienstag, Mittwoch, Freitag: 10 bis 16:30 Uhr",
                "Samstag bis Sonntag: 11 bis 18 Uhr",
                "Montag, Donnerstag: geschlossen",
            ),
        )
    ]


def test_hours_a_bracket_restricts_are_not_said_as_plain_hours() -> None:
    lines = [
        SourceSentence("Öffnungszeiten (Besuch nur nach Vereinbarung):"),
        _item("Di: 9 – 12 Uhr"),
        _item("Do: 14 – 18 Uhr"),
    ]
    assert schedules(lines) == []


def test_a_labelled_hours_line_of_an_office_names_whose_hours_they_are() -> None:
    found = schedules([SourceSentence("Öffnungszeiten Wertstoffhof: Mo–Fr 8–17 Uhr, Sa 9–13 Uhr")])
    assert found == [
        ("Die Öffnungszeiten vom Wertstoffhof sind:", ("Montag bis Freitag: 8 bis 17 Uhr", "Samstag: 9 bis 13 Uhr"))
    ]
    # A place whose gender the lexicon does not know: no "vom"/"von der" guessed.
    assert schedules([SourceSentence("Öffnungszeiten Tauschladen: Mo–Fr 8–17 Uhr")]) == []
    # "So" opening a sentence is no Sunday.
    assert schedules([SourceSentence("So erreichen Sie uns: telefonisch von 8 bis 12 Uhr.")]) == []
