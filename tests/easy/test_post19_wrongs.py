"""Session 19, after the blind judgement: an "auch" that adds to the sentence's own "alle" set stays
(presupposition.py); an arrest told in reported speech or of another person in the sentence is no
arrest; the inclusive end of a period and a day after a colon are not an event's day (facts.py);
invented lines of a city's waste service, a library, police reports, a ministry, a club and a choir."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.facts import _arrested
from pressconv.transforms.easy.presupposition import resolved


@pytest.mark.parametrize(
    "sentence",
    [
        "Betroffen sind alle Stadtteile, also auch Oberdorf und Sankt Peter.",  # a waste service
        "Der Ausweis gilt in allen Zweigstellen, also auch in der Bücherei Nord.",  # a library
    ],
)
def test_an_auch_after_the_sentences_own_set_stays(sentence: str) -> None:
    assert resolved(sentence, []) == [sentence]


def test_an_auch_that_needs_another_stelle_still_goes() -> None:
    assert resolved("Hinweise nimmt auch jede andere Dienststelle entgegen.", []) is None


@pytest.mark.parametrize(
    "body",
    [
        # Fraudsters posing as police tell of an arrest that never happened.
        ["Der Anrufer sagte der Rentnerin, dass eine Bande festgenommen worden sei."],
        ["Angeblich wurde ein Mann festgenommen, sagte der Zeuge."],
    ],
)
def test_an_arrest_in_reported_speech_is_none(body: list[str]) -> None:
    assert _arrested(body) is None


def test_an_arrest_told_plainly_keeps_its_person() -> None:
    assert _arrested(["Die Polizei hat am Montag einen 30-jährigen Mann festgenommen."]) is not None


def test_the_inclusive_end_of_an_application_period_is_no_event_day() -> None:
    from datetime import date

    from pressconv.transforms.easy.facts import _when

    # A ministry's programme and a foundation's prize: the period's end is no event.
    body = [
        "Anträge können ab Montag, 11. Mai 2026, bis einschließlich Freitag, 30. Oktober 2026, gestellt werden.",
        "Bewerbungen sind bis einschließlich Freitag, 2. Oktober 2026, möglich.",
    ]
    assert _when("event", body, None, None, date(2026, 4, 20)) is None


def test_a_day_after_a_colon_belongs_to_its_own_statement() -> None:
    from datetime import date

    from pressconv.transforms.easy.facts import _when

    # A club's run and a choir's concert: the day after the colon is the handover's, not the event's.
    body = [
        "Die höchste Summe in der Geschichte des Laufs: Am Samstag, 13. Juni 2026, hat der Verein den Scheck übergeben.",
        "Beim Lauf am Sonntag, 10. Mai 2026, waren 600 Menschen unterwegs.",
    ]
    moment = _when("award", body, "Lauf", None, date(2026, 6, 15))
    assert moment is not None and moment.day == date(2026, 5, 10)
