"""Registration and admission details stay only beside the event the summary names (details.py)."""

from __future__ import annotations

from datetime import date

from pressconv.transforms.easy.details import orphan_detail
from pressconv.transforms.easy.source import SourceSentence

ISSUED = date(2026, 2, 20)


def _release(*paragraphs: list[str]) -> list[SourceSentence]:
    return [
        SourceSentence(text=text, paragraph=p, position=i)
        for p, texts in enumerate(paragraphs)
        for i, text in enumerate(texts)
    ]


def test_a_deadline_of_an_information_evening_is_not_the_programmes() -> None:
    # A ministry's funding programme: the deadline belongs to an online information event.
    sentences = _release(
        ["Das Ministerium startet ein neues Förderprogramm für Vereine.", "Anträge sind vom 1. April an möglich."],
        [
            "Eine Informationsveranstaltung im Internet ist am Donnerstag, 12. März 2026.",
            "Die Anmeldung ist bis 10. März möglich.",
        ],
    )
    detail = sentences[-1]
    summary = ["Das Ministerium startet ein neues Förder·programm."]
    assert orphan_detail(detail.text, detail, sentences, summary, ISSUED)
    # Once the summary names the information evening's day, the deadline stands beside it.
    summary.append("Die Veranstaltung ist am Donnerstag, 12. März 2026.")
    assert not orphan_detail(detail.text, detail, sentences, summary, ISSUED)


def test_admission_follows_its_match_from_the_next_paragraph() -> None:
    # A sports club: the match, then the ticket paragraph that names no day of its own.
    sentences = _release(
        ["Der Verein spielt am Samstag, 7. März 2026, um 18 Uhr gegen den Tabellenführer."],
        ["Kinder bis 12 Jahre haben freien Eintritt.", "Tickets gibt es an der Abendkasse."],
    )
    detail = sentences[1]
    assert not orphan_detail(detail.text, detail, sentences, ["Das Spiel ist am Samstag, 7. März 2026."], ISSUED)
    assert orphan_detail(detail.text, detail, sentences, ["Der Verein hat einen neuen Trainer."], ISSUED)


def test_catering_is_a_detail_of_its_event_too() -> None:
    # An animal shelter's open day and a public-order office's information afternoon.
    for event, catering in (
        ("Das Tierheim lädt am Samstag, 16. Mai 2026, zum Tag der offenen Tür ein.", "Für das leibliche Wohl ist gesorgt."),
        ("Der Vortrag ist am Dienstag, 3. März 2026, im Rathaus.", "Für Kaffee und Kuchen ist gesorgt."),
    ):
        sentences = _release(["Die Einrichtung warnt vor Betrügern."], [event, catering])
        detail = sentences[-1]
        assert orphan_detail(detail.text, detail, sentences, ["Man soll Betrügern nicht glauben."], ISSUED)


def test_sentences_without_a_detail_word_are_never_orphans() -> None:
    sentences = _release(["Die Bibliothek hat am 3. März 2026 neue Öffnungszeiten."], ["Die Bibliothek ist hell."])
    detail = sentences[1]
    assert not orphan_detail(detail.text, detail, sentences, [], ISSUED)


def test_a_ticket_line_is_never_the_title() -> None:
    # A concert series and a club's match: the price is a detail of the event, not what it is about.
    from pressconv.transforms.easy import summarise, summary_text
    from tests.fixtures.releases import german_release

    for headline, body in (
        ("„Klangwelten“ in der neuen Saison", "Tickets kosten 12 Euro. Das erste Konzert ist am 10. Oktober 2025."),
        ("Derby am Wochenende", "Tickets kosten 8 Euro. Das Spiel ist am Samstag, 4. Oktober 2025."),
    ):
        title = summary_text(summarise(german_release(headline, body)).release).splitlines()[0]
        assert not title.startswith("Tickets"), title
