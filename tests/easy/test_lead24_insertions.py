"""The lead core (leadcore.py): an insertion after a named subject goes, the Vorfeld's phrases are one, a place stays.

Invented leads of several sender kinds (a food bank, a manufacturer, a fire brigade, a police report)
and negative cases (a relative clause after a common noun, hearsay, a limiting word).
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy.leadcore import build_core

ISSUED = date(2026, 5, 6)


def _core(lead: str) -> tuple[str, ...] | None:
    return build_core(lead, ISSUED, lead)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A charity: a non-restrictive relative clause after its name goes.
        (
            "Die Tafel Musterau, die seit 2007 Lebensmittel an Menschen mit wenig Geld ausgibt, muss ihre "
            "Öffnungszeiten anpassen.",
            ("Die Tafel Musterau muss ihre Öffnungszeiten anpassen.",),
        ),
        # A manufacturer: a loose apposition after its name goes.
        (
            "Die Beispiel Antriebstechnik, ein Hersteller von Motoren für den Maschinenbau, hat mit dem Bau "
            "von einem neuen Werk begonnen.",
            ("Die Beispiel Antriebstechnik hat mit dem Bau von einem neuen Werk begonnen.",),
        ),
    ],
)
def test_an_insertion_after_a_named_subject_goes(lead: str, expected: tuple[str, ...]) -> None:
    assert _core(lead) == expected


@pytest.mark.parametrize(
    "lead",
    [
        # After a common noun a relative clause may say which ones: it never goes (a town's fees, a club).
        "Die Gebühren, die bis Ende Mai nicht bezahlt wurden, muss die Stadt Musterau jetzt neu berechnen.",
        "Die Mitglieder, die ihren Beitrag schon bezahlt haben, bekommen vom Turnverein Adorf einen Gutschein.",
        # Hearsay after an insertion stays refused.
        "Der Beispiel Verlag, ein Unternehmen aus Adorf, soll am Montag mehrere Mitarbeiter entlassen haben.",
    ],
)
def test_no_core_where_the_insertion_may_restrict_or_the_claim_is_hearsay(lead: str) -> None:
    assert _core(lead) is None


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A fire brigade: "In der Nacht von Dienstag auf Mittwoch" is one time phrase in the Vorfeld; the
        # place after the subject stays with it.
        (
            "In der Nacht von Dienstag auf Mittwoch ist eine Werkstatt im Industriegebiet West komplett ausgebrannt.",
            ("Eine Werkstatt im Industriegebiet West ist komplett ausgebrannt.",),
        ),
        # A police report: the place stays with its own possessor.
        (
            "Am Montag hat ein Unbekannter in der Altstadt von Adorf mehrere Fahrräder gestohlen.",
            ("Ein Unbekannter in der Altstadt von Adorf hat mehrere Fahrräder gestohlen.",),
        ),
    ],
)
def test_the_vorfeld_is_one_phrase_and_a_place_stays_with_the_subject(lead: str, expected: tuple[str, ...]) -> None:
    assert _core(lead) == expected


def test_a_place_inside_a_place_is_one_place_never_a_second() -> None:
    # A police report: "im Ortsteil Oberfeld" names where the street is, no second place ("auch").
    found = _core(
        "Am Donnerstagabend, 21. Mai 2026, gegen 21:15 Uhr, hat ein bisher unbekannter Täter den Kiosk "
        "in der Lindenstraße im Ortsteil Oberfeld betreten."
    )
    assert found is not None
    assert not any("auch" in s for s in found)
    assert "Das war in der Lindenstraße im Ortsteil Oberfeld." in found


def test_a_frame_with_the_time_of_the_change_never_goes() -> None:
    # A transport company: "Mit dem Tarifwechsel am 1. Oktober" holds when the change comes.
    found = _core("Mit dem Tarifwechsel am Donnerstag, 1. Oktober 2026, treten neue Fahrpreise in Kraft.")
    assert found is None or any("Oktober" in s for s in found)


@pytest.mark.parametrize(
    "lead",
    [
        # A direction the verb governs (accusative) is no place of the subject (a police report, a zoo).
        "Am Montag ist ein Unbekannter in das Haus von der Familie Muster in Adorf eingedrungen.",
        "Am Freitag ist ein Pfau vom Tierpark Beispielheim auf die Straße vor dem Rathaus geflogen.",
    ],
)
def test_a_direction_never_becomes_the_subjects_place(lead: str) -> None:
    found = _core(lead)
    assert found is None or not any(s.startswith(("Ein Unbekannter in das", "Ein Pfau auf die")) for s in found)
