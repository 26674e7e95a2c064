"""A series of dates is no one event day (facts._series): invented releases of an adult education
centre, a sports club and a parish."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy.facts import _series


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Kurs findet dienstags, 15., 22. und 29. September sowie 6. Oktober 2026 statt.",  # a course
        "Die Trainings sind am 3. und 17. März 2026.",  # a club's two separate dates
        "Die Gottesdienste sind am 5. April und am 12. April 2026.",  # two different days
    ],
)
def test_a_series_of_days_is_no_single_day(sentence: str) -> None:
    assert _series(sentence, date(2026, 1, 10))


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Radtour ist am 14. und 15. Mai 2026.",  # one event over two days in a row
        "Das Gemeindefest ist am Sonntag, 12. Juli 2026.",
        "Die Ausstellung ist vom 3. bis 17. März 2026 geöffnet.",  # a span
    ],
)
def test_one_day_or_one_span_is_no_series(sentence: str) -> None:
    assert not _series(sentence, date(2026, 1, 10))
