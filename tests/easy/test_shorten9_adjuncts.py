"""Session 9: sentence adverbs of a positive main clause go when a sentence is too long (adjuncts.py)."""

from __future__ import annotations

from pressconv.transforms.easy.adjuncts import without_adjuncts
from pressconv.transforms.easy.clauses import shorten


def test_a_police_report_loses_up_to_now_adverbs_and_the_deictic_day() -> None:
    assert (
        without_adjuncts("Am heutigen Dienstag hat ein bislang unbekannter Täter einen Kiosk am Bahnhof überfallen.")
        == "Am Dienstag hat ein unbekannter Täter einen Kiosk am Bahnhof überfallen."
    )
    assert without_adjuncts("Die Polizei hat bislang 4 Hinweise erhalten.") == "Die Polizei hat 4 Hinweise erhalten."
    # Under a negation the time frame says more: "bislang keine Spur" is not "keine Spur".
    # A contrast may rest on the time frame ("dennoch weiterhin"): kept too.
    for kept in (
        "Die Polizei hat bislang keine Spur.",
        "Der Täter ist bisher nicht gefasst.",
        "Dennoch bleibt die Straße weiterhin gesperrt.",
    ):
        assert without_adjuncts(kept) == kept


def test_a_library_notice_loses_connectives_but_keeps_hedges_and_the_vorfeld() -> None:
    expected = "Die Bücherei bietet einen Lesekreis an."
    assert without_adjuncts("Die Bücherei bietet zudem weiterhin einen Lesekreis an.") == expected
    # In the Vorfeld the adverb holds the verb's second place.
    assert without_adjuncts("Außerdem öffnet die Bücherei samstags.") == "Außerdem öffnet die Bücherei samstags."
    # A hedge stays: "vermutlich" is not a droppable adverb.
    assert without_adjuncts("Die Halle ist vermutlich weiterhin zu.") == "Die Halle ist vermutlich zu."
    # Only where the sentence is over the limit does shorten use the cut.
    short = "Die Bücherei bietet zudem einen Lesekreis an."
    assert shorten(short) == short
    long = "Die Stadtbücherei im alten Rathaus bietet zudem weiterhin jeden Dienstag einen offenen Lesekreis an."
    assert shorten(long) == "Die Stadtbücherei im alten Rathaus bietet jeden Dienstag einen offenen Lesekreis an."
