"""Session 9: a weekday before a full date and "insgesamt" before a number go when a sentence is too long."""

from __future__ import annotations

from pressconv.transforms.easy.clauses import shorten
from pressconv.transforms.easy.shorten import without_weekday_and_total


def test_a_concert_notice_loses_the_weekday_but_keeps_the_date() -> None:
    long = "Am Donnerstag, 4. März 2027, spielt das Jugendorchester im Saal der neuen Musikschule."
    assert shorten(long) == "Am 4. März 2027 spielt das Jugendorchester im Saal der neuen Musikschule."
    # Where the cut alone does not reach the limit, the sentence goes on as it was.
    longer = "Am Donnerstag, 4. März 2027, spielt das Jugendorchester im Saal der neuen Musikschule am Markt."
    assert shorten(longer) == longer
    # Within the limit nothing is cut.
    assert shorten("Am Donnerstag, 4. März, spielt das Orchester.") == "Am Donnerstag, 4. März, spielt das Orchester."


def test_a_bank_notice_keeps_a_comma_that_opens_a_clause_and_the_weekday_after_fuer() -> None:
    assert (
        without_weekday_and_total("Die Sparkasse schließt die Filiale zum Freitag, 2. April 2027, weil Personal fehlt.")
        == "Die Sparkasse schließt die Filiale zum 2. April 2027, weil Personal fehlt."
    )
    kept = "Die Eröffnung ist für Freitag, 2. April 2027, geplant."
    assert without_weekday_and_total(kept) == kept  # "für 2. April" would need "den"


def test_a_rescue_report_loses_insgesamt_but_keeps_the_number() -> None:
    assert (
        without_weekday_and_total("Die Feuerwehr hat insgesamt 7 Menschen aus dem Haus gerettet.")
        == "Die Feuerwehr hat 7 Menschen aus dem Haus gerettet."
    )
    kept = "Die Feuerwehr war insgesamt lange im Einsatz."
    assert without_weekday_and_total(kept) == kept


def test_a_reason_with_gruende_goes_from_a_club_and_a_council_notice() -> None:
    assert (
        shorten("Die Vorsitzende Anna Muster hat ihr Amt nach 12 Jahren aus persönlichen Gründen abgegeben.")
        == "Die Vorsitzende Anna Muster hat ihr Amt nach 12 Jahren abgegeben."
    )
    assert (
        shorten("Das Rathaus am Markt bleibt am Freitag, 9. Juli, aus technischen Gründen für Besucher geschlossen.")
        == "Das Rathaus am Markt bleibt am 9. Juli für Besucher geschlossen."
    )
    # "aus" with a place is no reason: it stays.
    kept = "Der Verein holt am Samstag aus dem alten Lager am Ortsrand neue Tische für das Fest."
    assert shorten(kept) == kept


def test_two_infinitives_under_a_modal_of_possibility_split_only_when_too_long() -> None:
    from pressconv.transforms.easy.shorten import alternatives

    # A utility's notice: each alternative is possible alone (free choice under "kann").
    assert alternatives("Die Milch kann in den nächsten drei Tagen etwas nach Rauch riechen oder schmecken.") == [
        "Die Milch kann in den nächsten drei Tagen etwas nach Rauch riechen.",
        "Die Milch kann in den nächsten drei Tagen etwas nach Rauch schmecken.",
    ]
    # A museum's rule: a negation would move into one alternative; a short sentence stays whole.
    for kept in (
        "Die Gäste dürfen in der großen Halle neben der alten Bühne nicht essen oder trinken.",
        "Die Gäste dürfen im Hof essen oder trinken.",
    ):
        assert alternatives(kept) == [kept]
