"""Where an event's detail goes (details.anchor_index): right after the line that states its event,
on invented releases of a library and a sports club."""

from __future__ import annotations

from datetime import date

from pressconv.transforms.easy.details import anchor_index, orphan_detail
from pressconv.transforms.easy.source import SourceSentence


def test_the_detail_goes_after_the_line_with_its_event_kind() -> None:
    # A library: the paragraph names one kind of event (a reading); the summary names it on line 1.
    detail = SourceSentence("Eine Anmeldung ist nicht nötig.", paragraph=2)
    sentences = (
        SourceSentence("Die Stadtbibliothek hat neue Öffnungszeiten.", paragraph=1),
        SourceSentence("Am Freitag, 5. Juni 2026, gibt es eine Lesung für Kinder.", paragraph=2),
        detail,
    )
    summary = [
        "Die Bibliothek hat neue Öffnungs·zeiten.",
        "Die Lesung ist am Freitag, 5. Juni 2026.",
        "Die Bibliothek öffnet um 9 Uhr.",
    ]
    assert anchor_index(detail.text, detail, sentences, summary, date(2026, 5, 20)) == 1
    assert not orphan_detail(detail.text, detail, sentences, summary, date(2026, 5, 20))


def test_the_detail_goes_after_the_line_with_its_day() -> None:
    # A sports club: two kinds in the paragraph (a match and a party), so the day decides.
    detail = SourceSentence("Der Eintritt ist frei.", paragraph=1)
    sentences = (
        SourceSentence("Am Samstag, 13. Juni 2026, gibt es ein Spiel und danach eine Feier.", paragraph=1),
        detail,
    )
    summary = ["Der Verein hat einen neuen Trainer.", "Das Spiel ist am Samstag, 13. Juni 2026."]
    assert anchor_index(detail.text, detail, sentences, summary, date(2026, 6, 1)) == 1
    # A summary without the event's day has no place for the detail.
    assert anchor_index(detail.text, detail, sentences, summary[:1], date(2026, 6, 1)) is None
