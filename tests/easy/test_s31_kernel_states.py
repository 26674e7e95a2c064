"""Session 31: the lead's kernel for closures and openings with a dated span, and a kernel that is too
long made shorter without a wider claim (a singular subject's attributes, an adverbial adjective, a
legal form, a frame phrase before the verb). Invented releases of libraries, road authorities, a town
hall, a hospital, a waste authority, a council, a co-operative and a sports club."""

from __future__ import annotations

import pytest

from pressconv.api import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.core import _time_follower, kernel
from pressconv.transforms.easy.rewrite import rewrite


def _summary(text: str) -> str:
    return summary_text(summarise(parse(text.encode(), path="r.txt").release, separator="·").release)


@pytest.mark.parametrize(
    ("sentence", "follower"),
    [
        # A library's and a road authority's closure: a state with a dated span says it in a follower.
        (
            "Die Stadtbücherei „Am Wall“ bleibt wegen Bauarbeiten vom 6. Juli bis einschließlich 14. August 2026 "
            "für den Publikumsverkehr geschlossen.",
            "Das gilt vom 6. Juli bis 14. August 2026.",
        ),
        (
            "Die Brücke über den Mühlbach zwischen Nordau und Südau wird ab Montag, 2. März 2026, für den "
            "gesamten Verkehr voll gesperrt.",
            "Das gilt ab Montag, 2. März 2026.",
        ),
        # A town hall closed on one day: "ist geschlossen" is a state now, its day "Das ist …", never "Das war".
        (
            "Das Rathaus ist am Freitag, 15. Mai 2026, wegen einer Personalversammlung für Besucher den ganzen "
            "Tag geschlossen.",
            "Das ist am Freitag, 15. Mai 2026.",
        ),
    ],
)
def test_a_closure_with_a_dated_span_keeps_its_time_in_a_follower(sentence: str, follower: str) -> None:
    found = kernel(sentence)
    assert found is not None and found.hours
    assert _time_follower(found) == follower
    assert len(found.text.split()) <= 12


@pytest.mark.parametrize(
    "sentence",
    [
        # Weekly hours are what an availability sentence says: they never leave it.
        "Die Beratungsstelle ist am Montag und Mittwoch von 9 bis 12 Uhr im Rathaus geöffnet.",
        "Der Spielplatz ist täglich von 8 Uhr bis zum Einbruch der Dunkelheit geöffnet.",
        "Die Hauptstraße ist am Sonntag von 6 bis 20 Uhr für den Durchgangsverkehr gesperrt.",
    ],
)
def test_hours_without_a_date_never_leave_their_sentence(sentence: str) -> None:
    found = kernel(sentence)
    assert found is None or "Uhr" in found.text


def test_a_deadline_with_bis_einschliesslich_is_still_a_bound() -> None:
    # "bis einschließlich" ends a span after "vom"; alone after "müssen" it is a deadline (core._DEADLINE).
    assert kernel("Anträge müssen bis einschließlich Freitag, 5. Juni 2026, schriftlich im Rathaus eingehen.") is None


@pytest.mark.parametrize(
    ("sentence", "shorter"),
    [
        (
            "Die Fußgänger- und Radbrücke über die Aue zwischen der Altstadt und dem Stadtteil Westfeld wird "
            "ab Montag, 6. Juli 2026, für den gesamten Verkehr voll gesperrt.",
            "Die Fußgänger- und Radbrücke wird für den gesamten Verkehr voll gesperrt.",
        ),
        (
            # The kernel reads the rewritten sentence: "von der Gemeinde" for the genitive.
            "Der Rat von der Gemeinde Kleinau im Landkreis Talheim hat am Dienstag mehrheitlich eine neue "
            "Satzung für die Nutzung der Sporthallen beschlossen.",
            # Thirteen words with "mehrheitlich": the adverbial adjective goes after the attributes.
            "Der Rat hat eine neue Satzung für die Nutzung der Sporthallen beschlossen.",
        ),
    ],
)
def test_a_singular_subject_loses_its_attributes_before_the_kernel_is_dropped(sentence: str, shorter: str) -> None:
    found = kernel(sentence)
    assert found is not None and found.text == shorter


@pytest.mark.parametrize(
    "sentence",
    [
        # Plural or quantified: without the attribute the claim would cover more than the source.
        "Die Wege im Nordteil des Stadtparks zwischen Teich und Spielplatz bleiben ab Montag, 4. Mai 2026, "
        "wegen Baumfällarbeiten für Fußgänger und Radfahrer gesperrt.",
        # An amount in the attribute, and a verb-first object: "Die Kosten trägt die Stadt" would lose both.
        "Die Kosten für die Sanierung der Turnhalle in Höhe von rund 240.000 Euro trägt nach dem Beschluss "
        "vom Dienstag die Gemeinde.",
        # "einschließlich" says what a measure covers: never dropped.
        "Die gesamte Untersuchung einschließlich Befragung und anschließender Blutabnahme dauert nach Angaben "
        "der Klinik rund 90 Minuten.",
    ],
)
def test_an_attribute_that_changes_the_claim_stays(sentence: str) -> None:
    found = kernel(sentence)
    assert found is None or all(
        word in found.text for word in ("Nordteil", "240", "einschließlich") if word in sentence.split(" ", 8)[-1]
    )
    if found is not None:
        assert not found.text.startswith(("Die Wege bleiben", "Die Kosten trägt", "Die gesamte Untersuchung dauert"))


def test_an_adverbial_adjective_goes_but_a_predicate_or_a_hedge_stays() -> None:
    # A full verb: "offiziell" only narrows how it holds.
    found = kernel(
        "Die Wohnungsgenossenschaft Nordhafen hat am Mittwoch offiziell mit dem Bau von 36 neuen "
        "Mietwohnungen am Hafenbecken begonnen."
    )
    assert found is not None and "offiziell" not in found.text and "Bau von 36" in found.text
    # After "sein" the adjective is the predicate; "teilweise" is a part, never dropped.
    kept = kernel("Der Eintritt ist für alle Besucherinnen und Besucher am Sonntag natürlich kostenlos.")
    assert kept is None or "kostenlos" in kept.text
    partial = kernel(
        "Die Landesstraße 14 wird ab Montag, 3. August 2026, zwischen Adorf und Bedorf wegen Bauarbeiten "
        "am Kanal teilweise gesperrt."
    )
    assert partial is None or "teilweise" in partial.text


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("Die Muster Holzbau GmbH baut eine neue Halle.", "Die Muster Holzbau baut eine neue Halle."),
        ("Die Wohnungsbau Nordstadt eG vermietet 20 Wohnungen.", "Die Wohnungsbau Nordstadt vermietet 20 Wohnungen."),
        ("Die Kramer GmbH & Co. KG stellt aus.", "Die Kramer stellt aus."),
    ],
)
def test_a_legal_form_after_a_name_goes(sentence: str, plain: str) -> None:
    assert rewrite(sentence, None) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "Im Rahmen der mobilen Sammlung ist das Sammelfahrzeug vom 7. bis 12. September 2026 wieder in den "
        "Dörfern vom Nordkreis unterwegs.",
        "Im Zuge der Sanierung ist das Museum vom 1. bis 28. Februar 2027 für Besucher geschlossen.",
    ],
)
def test_a_frame_phrase_before_the_verb_goes(sentence: str) -> None:
    found = kernel(sentence)
    assert found is not None
    assert not found.text.startswith("Im ")
    assert any(year in f"{found.text} {found.time}" for year in ("2026", "2027"))


def test_nouns_with_a_name_after_the_subject_go_on_naming_it() -> None:
    found = kernel(
        "Im Rahmen der Herbstaktion ist das Spielmobil vom Jugendamt Landkreis Talheim vom 5. bis 9. Oktober "
        "2026 wieder in den Gemeinden unterwegs."
    )
    assert found is None or "ist Landkreis" not in found.text


def test_the_hour_of_a_date_is_one_time_phrase() -> None:
    found = kernel("Der Gemeinderat berät am Dienstag, 22. September 2026, um 17 Uhr den Haushalt für das Jahr 2027.")
    assert found is not None
    # No comma before "um": the rule checks read ", um" as a clause of purpose (rule.subordinate-clause).
    assert _time_follower(found) == "Das ist am Dienstag, 22. September 2026 um 17 Uhr."


def test_a_closure_notice_says_what_is_closed_and_when() -> None:
    text = (
        "Stadtbücherei bleibt im Sommer geschlossen\n\n"
        "Lindau, 2. Juni 2026. Die Stadtbücherei „Am Wall“ bleibt wegen umfangreicher Sanierungsarbeiten "
        "vom 6. Juli bis einschließlich 14. August 2026 für den Publikumsverkehr geschlossen. Ausgeliehene "
        "Medien können bis zum 4. Juli zurückgegeben werden.\n"
    )
    summary = _summary(text)
    assert "Das gilt vom 6. Juli bis 14. August 2026." in summary
