"""Session 35: sender lines over the headline that the parser read as the headline. Every release is
invented; each convention is shown on two senders of different kinds."""

from __future__ import annotations

from pressconv.api import parse
from pressconv.model import Metadata


def _meta(text: str) -> Metadata:
    return parse(text.encode(), path="r.txt").release.meta


def _title(meta: Metadata) -> str:
    return "".join(getattr(part, "text", "") for part in meta.title)


def test_fire_brigades_zoos_and_authorities_by_compound_are_sender_lines() -> None:
    for sender, headline in (
        ("Freiwillige Feuerwehr Talstadt", "Zwei Bewohner bei Brand leicht verletzt"),
        ("Tierpark Nordau", "Nachwuchs bei den Erdmännchen im Tierpark"),
        ("Kreispolizeibehörde Aubach", "Polizei warnt vor falschen Handwerkern"),
    ):
        meta = _meta(f"{sender}\n\n{headline}\n\nOrt, 4. April 2026 – Der Text der Meldung beginnt hier.\n")
        assert _title(meta) == headline
        assert meta.organisation == sender


def test_a_dashed_line_under_the_sender_belongs_to_the_letterhead() -> None:
    meta = _meta(
        "Kreispolizeibehörde Aubach\n– Der Landrat als Kreispolizeibehörde –\n\nPolizei warnt vor falschen "
        "Handwerkern\n\nAubach, 2. März 2026 – Der Text der Meldung beginnt hier.\n"
    )
    assert _title(meta) == "Polizei warnt vor falschen Handwerkern"
    school = _meta(
        "Stadt Nordau\n– Der Oberbürgermeister –\n\nAnmeldung an den Grundschulen beginnt\n\nNordau, 2. März 2026 – "
        "Der Text der Meldung beginnt hier.\n"
    )
    assert _title(school) == "Anmeldung an den Grundschulen beginnt"


def test_one_noun_over_a_headline_with_the_dated_text_below_is_the_kicker() -> None:
    for rubric, headline in (
        ("Stadtplanung", "Stadt lädt zur Bürgerversammlung ein"),
        ("Bildung", "Neue Schulbuslinie für die Grundschule Ost"),
    ):
        meta = _meta(f"{rubric}\n\n{headline}\n\nNordau, 14. September 2026 – Der Text der Meldung beginnt hier.\n")
        assert _title(meta) == headline
        assert meta.kicker == rubric


def test_a_spaced_ascii_arrow_breadcrumb_is_navigation() -> None:
    for crumb in ("Aktuelles > Einsätze", "Start > Presse > Meldungen"):
        meta = _meta(
            f"Freiwillige Feuerwehr Tannau\n{crumb}\n\nScheunenbrand in Oberau\n\nTannau, 4. März 2026 – In der Nacht "
            "hat eine Scheune gebrannt.\n"
        )
        assert _title(meta) == "Scheunenbrand in Oberau"
        assert crumb not in _title(meta)
