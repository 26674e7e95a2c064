"""Officialese verbs become their everyday word in the same form ("benachrichtigt" -> "informiert")."""

from __future__ import annotations

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.rewrite import rewrite


def test_every_form_maps_by_its_stem() -> None:
    assert rewrite("Die Polizei hat die Eltern des Kindes benachrichtigt.", None).endswith("die Eltern vom Kind informiert.")
    assert "benachrichtig" not in rewrite("Man muss die Nachbarn benachrichtigen.", None)
    assert "Benachrichtigung" in rewrite("Die Benachrichtigung kam am Abend.", None)  # the noun stays


def test_fire_and_water_board_releases_say_informiert() -> None:
    from tests.fixtures.releases import german_release

    for title, text, sender in (
        ("Ölspur in Talheim", "Die Feuerwehr Talheim hat am Montag den Bauhof benachrichtigt.", "Feuerwehr Talheim"),
        ("Rohrbruch in Birkenau", "Der Wasserverband hat alle Anwohner benachrichtigt.", "Wasserverband Birkenau"),
    ):
        body = summary_text(summarise(german_release(title, text, organisation=sender)).release)
        assert "benachrichtig" not in body and "informiert" in body
