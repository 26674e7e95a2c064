"""The lead kernel reads more German phrase shapes, and says no more than the source (core.py, phrases.py).

Session 28: degree and estimate particles inside a phrase, spans of years, a start day after "zum",
a Vorfeld subject with prepositional attributes or a participle attribute, a road's name, a run of
places cut to its first, and a told event's place left out. Every example is invented.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy import core, morph, phrases


def _kernel(sentence: str) -> core.Kernel:
    found = core.kernel(sentence)
    assert found is not None, sentence
    return found


def test_a_degree_particle_stays_inside_its_phrase() -> None:
    found = _kernel("Nach rund neunmonatiger Bauzeit ist der neue Spielplatz im Stadtpark Nordfeld fertiggestellt.")
    assert found.text.startswith("Der neue Spielplatz ist")
    assert "rund" not in found.text  # the circumstance went whole, its particle with it


def test_an_estimated_end_goes_with_its_span() -> None:
    found = _kernel(
        "Die Fähre wird von Montag, 18. Januar 2027, bis voraussichtlich Freitag, 12. Februar 2027, eingestellt."
    )
    assert found.text == "Die Fähre wird eingestellt."
    assert found.time is not None and "voraussichtlich Freitag" in found.time


def test_a_start_day_after_zum_is_a_time() -> None:
    chunk = [t for t in morph.tag("zum 1. Februar 2027")]
    assert phrases._kind(chunk) == "time"


def test_a_span_of_years_is_one_phrase() -> None:
    tagged = morph.tag("zum Jahreswechsel 2026/2027")
    assert phrases._phrase(tagged, 1) == len(tagged)


def test_a_road_name_continues_its_noun() -> None:
    tagged = morph.tag("nahe der Kreisstraße K 12")
    assert phrases._phrase(tagged, 1) == len(tagged)


def test_a_run_of_places_keeps_its_first_where_all_do_not_fit() -> None:
    found = _kernel("Die Stadt Beispielstadt richtet im Rosenweg im Ortsteil Nordfeld einen verkehrsberuhigten Bereich ein.")
    assert found.text == "Die Stadt Beispielstadt richtet im Rosenweg einen verkehrsberuhigten Bereich ein."


def test_places_joined_by_und_are_never_cut_to_one() -> None:
    found = core.kernel("Gäste sollen die ausgeschilderten Parkplätze am Gewerbegebiet Nord und am Sportplatz Süd nutzen.")
    assert found is None or not found.text.endswith("und nutzen.")
    assert found is None or "am Gewerbegebiet Nord nutzen" not in found.text


def test_a_subject_with_prepositional_attributes_fills_the_vorfeld() -> None:
    found = _kernel("Das Landesamt für Umwelt und Wasser hat am Montag die Ergebnisse der Messungen veröffentlicht.")
    assert found.text.startswith("Das Landesamt für Umwelt und Wasser hat")


def test_a_participle_attribute_is_no_finite_verb() -> None:
    found = _kernel(
        "Der seit Dienstag vermisste 79-jährige Mann aus Nordfeld ist am Mittwochmorgen in einem Wald "
        "nahe der Kreisstraße K 12 gefunden worden."
    )
    # The participle's own phrase ("seit Dienstag") and the place of the told event go; the day fits.
    assert found.text.startswith("Der vermisste 79-jährige Mann aus Nordfeld ist ")
    assert found.text.endswith(" gefunden worden.") and "Wald" not in found.text


def test_a_told_events_place_goes_but_never_a_nouns_attribute() -> None:
    found = _kernel("Der Wetterdienst hat am Montag für den Kreis Nordfeld eine Warnung vor extremer Hitze herausgegeben.")
    assert "vor extremer Hitze" in found.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Ein Sektempfang im Garten vom Rathaus ist nach Absprache mit dem Kulturbüro möglich.",
        "Eine Besichtigung der alten Mühle am Fluss ist nach Anmeldung beim Heimatverein möglich.",
    ],
)
def test_a_condition_of_agreement_is_never_cut(sentence: str) -> None:
    found = core.kernel(sentence)
    assert found is None or "nach" in found.text


def test_where_to_find_it_online_is_never_cut() -> None:
    found = core.kernel(
        "Eine Übersicht mit allen kühlen Orten im ganzen Kreisgebiet ist unter www.beispiel.de/hitze abrufbar."
    )
    assert found is None or "www.beispiel.de/hitze" in found.text
