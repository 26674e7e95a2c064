"""A list item of running text is read like a paragraph too: its sentences may be said (source._running)."""

from __future__ import annotations

from pressconv.api import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.source import sentences

_WASTE = """Pressemitteilung

Landkreis Talstadt ordnet die Müllabfuhr neu

Talstadt, 10. Dezember 2025 – Der Landkreis Talstadt hat einen neuen Vertrag mit einer Firma für die Müllabfuhr.

Was ändert sich?

- Ab Montag, 2. Februar 2026, gelten neue Abfuhrtage. Der neue Kalender kommt im Januar.
- Die Gebühren bleiben 2026 gleich. Eine neue Tonne kostet nichts.

Pressekontakt: Landratsamt Talstadt, Tel. 09123 400-100
"""

_CLINIC = """Pressemitteilung

Neue Besuchszeiten im Klinikum Nordau

Nordau, 3. Februar 2026 – Das Klinikum Nordau ändert die Besuchszeiten.

- Besuche sind täglich von 14 bis 19 Uhr möglich. Das gilt ab Montag, 2. März 2026.
- Kinder unter 12 Jahren kommen nur nach Absprache. Die Station hilft gern.

Pressekontakt: Klinikum Nordau, Tel. 09876 500-100
"""


def _summary(text: str) -> str:
    release = parse(text.encode("utf-8"), path="invented.txt").release
    return summary_text(summarise(release).release).replace("·", "")


def test_prose_items_give_sentences_and_stay_items() -> None:
    found = sentences(parse(_WASTE.encode("utf-8"), path="invented.txt").release)
    items = [s.text for s in found if s.heading and s.text.startswith("Ab Montag")]
    prose = [s.text for s in found if not s.heading and not s.speech]
    assert items == ["Ab Montag, 2. Februar 2026, gelten neue Abfuhrtage. Der neue Kalender kommt im Januar."]
    assert "Ab Montag, 2. Februar 2026, gelten neue Abfuhrtage." in prose
    assert "Die Gebühren bleiben 2026 gleich." in prose


def test_short_items_stay_list_items_only() -> None:
    text = _WASTE.replace("gleich. Eine neue Tonne kostet nichts.", "gleich")
    found = sentences(parse(text.encode("utf-8"), path="invented.txt").release)
    assert not any(s.text.startswith("Die Gebühren") and not s.heading for s in found)


def test_waste_notice_says_its_start_day() -> None:
    assert "2. Februar 2026" in _summary(_WASTE).split("## Worum geht es?")[1].split("## Kontakt")[0]


def test_clinic_notice_says_its_visiting_hours() -> None:
    body = _summary(_CLINIC).split("## Worum geht es?")[1].split("## Kontakt")[0]
    assert "14 bis 19 Uhr" in body


def test_items_after_a_colon_intro_keep_their_group() -> None:
    # "Für Hundehalter gilt:" scopes the items: their sentences alone would make the rule general.
    text = _CLINIC.replace(
        "Das Klinikum Nordau ändert die Besuchszeiten.",
        "Das Klinikum Nordau ändert die Besuchszeiten.\n\nFür die Kinderstation gilt:",
    )
    found = sentences(parse(text.encode("utf-8"), path="invented.txt").release)
    assert not any(s.text.startswith("Besuche sind") and not s.heading for s in found)


def test_a_long_argued_item_stays_a_list_item() -> None:
    # A report's bullet of four sentences: its later sentences lean on the earlier ones.
    text = _WASTE.replace(
        "- Die Gebühren bleiben 2026 gleich. Eine neue Tonne kostet nichts.",
        "- Die Gebühren bleiben 2026 gleich. Das Amt hat gerechnet. Die Kosten sinken. Die Träger sparen somit.",
    )
    found = sentences(parse(text.encode("utf-8"), path="invented.txt").release)
    assert not any(s.text == "Die Träger sparen somit." for s in found)
