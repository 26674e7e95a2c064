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
    found = _kernel("Nach rund zweijähriger Bauzeit ist der neue Spielplatz im Stadtpark Nordfeld fertiggestellt.")
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
    found = _kernel(
        "Besucher sollen die ausgeschilderten Parkplätze am Gewerbegebiet Nord und am Sportplatz Heidfeld nutzen."
    )
    # Both places stay together (moved out as one place) or go together; never "… Nord und nutzen".
    assert found.text == "Besucher sollen die ausgeschilderten Parkplätze nutzen."
    assert found.place == "am Gewerbegebiet Nord und am Sportplatz Heidfeld"


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
        "Ein Sektempfang im Garten vom Rathaus ist nach Absprache mit dem Heimatverein möglich.",
        "Eine Besichtigung der alten Mühle am Fluss ist nach Anmeldung beim Heimatverein möglich.",
    ],
)
def test_a_condition_of_agreement_is_never_cut(sentence: str) -> None:
    found = core.kernel(sentence)
    assert found is None or "nach" in found.text


def test_where_to_find_it_online_is_never_cut() -> None:
    kept = phrases._chunks(morph.tag("unter www.beispiel.de/hitze abrufbar"))
    assert kept is not None and kept[0][0].word == "unter"
    assert not phrases._droppable(kept, 0)
    # The same phrase without the address may go: the address is what keeps it.
    plain = phrases._chunks(morph.tag("unter großem Beifall eröffnet"))
    assert plain is not None and phrases._droppable(plain, 0)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Der 19-jährige Auszubildende aus Talheim kam am Montag bei der Arbeit in einer Werkstatt ums Leben.", "ums Leben"),
        (
            "Die traditionsreiche Bäckerei aus dem Ortsteil Nordfeld ist im vergangenen Herbst in Konkurs gegangen.",
            "in Konkurs",
        ),
        (
            "Der Landkreis hat den neuen Radweg zwischen Nordfeld und Südfeld am Montag offiziell in Betrieb genommen.",
            "in Betrieb",
        ),
    ],
)
def test_a_fixed_verb_phrase_never_goes(sentence: str, kept: str) -> None:
    found = core.kernel(sentence)
    assert found is None or kept in found.text


def test_an_amount_is_no_place_of_a_told_event() -> None:
    found = core.kernel("Die Zahl der Verkehrsunfälle im ganzen Landkreis ist im vergangenen Jahr auf 3.120 gestiegen.")
    assert found is None or "3.120" in found.text


def test_a_participle_keeps_what_is_not_its_time() -> None:
    found = _kernel(
        "Der zu Unrecht verdächtigte 30-jährige Mann aus Talheim ist am Montag aus der Untersuchungshaft entlassen worden."
    )
    assert "zu Unrecht" in found.text


def test_a_duty_by_a_day_is_never_cut_from_its_day() -> None:
    found = core.kernel("Die Bewerbungen müssen zum 31. März 2027 bei der Gemeindeverwaltung im Rathaus eingegangen sein.")
    assert found is None or "31. März" in found.text


def test_a_state_is_no_told_event() -> None:
    def told(sentence: str) -> bool:
        tagged = morph.tag(sentence)
        verb = next(i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)"))
        return core._told(tagged[verb], tagged[verb + 1 :])

    assert not told("Die Notfallpraxis ist künftig neben der Kinderklinik untergebracht.")
    assert told("Der Radfahrer ist auf der Straße gestürzt.")
    assert told("Der Mann ist am Morgen gefunden worden.")
    assert told("Die Polizei hat den Wagen sichergestellt.")


@pytest.mark.parametrize(
    ("phrase", "place"),
    [
        ("in einem Waldstück", True),
        ("nahe der Kreisstraße K 12", True),
        ("in den 3 Häusern", False),
        ("in Konkurs", False),
        ("auf 3.120", False),
    ],
)
def test_a_told_events_place_has_its_article_and_no_number_but_a_roads(phrase: str, place: bool) -> None:
    assert core._full_place(list(morph.tag(phrase))) is place
