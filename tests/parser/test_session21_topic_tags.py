"""Session 21: a news room's topic tags after the page's date ("Nachricht vom 15.04.2026 | Forschung,
Umwelt & Klima") are no sender and no headline; "Nachricht vom <date>" is a document label. Invented
pages of a university and a city's news room."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.model import inline_text
from pressconv.parser import parse_text

_UNIVERSITY = """Hochschule Tannfeld › Presse › Meldungen 2026
Nachricht vom 15.04.2026 | Forschung, Umwelt & Klima

Moore speichern mehr Kohlenstoff als gedacht
Forschungsteam legt Messreihe aus drei Jahren vor

Moore im Tannfelder Land speichern deutlich mehr Kohlenstoff als bisher angenommen.
Das zeigt eine Studie der Hochschule Tannfeld.
"""

_CITY = """Stadt Wiesenfeld
Nachricht vom 03.03.2026 | Verkehr, Bauen / Umwelt

Neue Radwege an der Ringstraße
Die Stadt Wiesenfeld baut ab Montag, 9. März 2026, neue Radwege an der Ringstraße. Die Arbeiten dauern acht Wochen.
"""


@pytest.mark.parametrize(
    ("text", "title", "issued", "tags"),
    [
        (_UNIVERSITY, "Moore speichern mehr Kohlenstoff als gedacht", date(2026, 4, 15), "Forschung, Umwelt & Klima"),
        (_CITY, "Neue Radwege an der Ringstraße", date(2026, 3, 3), "Verkehr, Bauen / Umwelt"),
    ],
)
def test_topic_tags_after_the_date_are_neither_sender_nor_headline(text: str, title: str, issued: date, tags: str) -> None:
    result = parse_text(text)
    meta = result.release.meta
    assert inline_text(meta.title) == title
    assert meta.issued == issued
    assert meta.organisation != tags
    assert tags not in (meta.kicker or "")
    # Nothing is lost: the tags are listed as removed, with the reason.
    assert any(line.text == tags and "topic tags" in line.reason for line in result.removed)


def test_a_company_name_with_an_ampersand_stays_the_sender() -> None:
    # "Kessler & Brandtner" has no comma: a firm's name, not a list of topics.
    text = (
        "Pressemitteilung vom 12.03.2026 | Kessler & Brandtner\n\n"
        "Neues Werk in Halvensen\n\nDie Firma baut ein neues Werk in Halvensen.\n"
    )
    meta = parse_text(text).release.meta
    assert meta.organisation == "Kessler & Brandtner"


def test_a_town_and_street_after_an_operation_date_are_no_topic_tags() -> None:
    # A fire brigade's operation line: the last item is the place of the operation.
    text = (
        "Kellerbrand in Wohnhaus\n\n"
        "Einsatz Nr. 12/2026 | Samstag, 7. März 2026, 10:15 Uhr | Talheim, Lindenweg\n\n"
        "Am Samstagvormittag ist die Feuerwehr Talheim zu einem Kellerbrand im Lindenweg alarmiert worden.\n"
    )
    result = parse_text(text)
    assert not any("topic tags" in line.reason for line in result.removed)
