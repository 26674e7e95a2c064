"""A span of days has no single day to state: neither its first nor its last day is "the" day."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy.when import find_moments


@pytest.mark.parametrize("text", ["vom 8. November bis zum 12. November 2021", "vom 7.10. bis 9.10.2021", "7.10.–9.10.2021"])
def test_both_ends_of_a_range_are_marked(text: str) -> None:
    moments = find_moments(text, date(2021, 10, 1))
    assert moments[0].range_start and moments[-1].range_end


@pytest.mark.parametrize("text", ["am 7.10.2021 bis 12 Uhr", "am 7. Oktober 2021 bis 12.30 Uhr"])
def test_a_time_range_is_no_day_range(text: str) -> None:
    assert not find_moments(text, date(2021, 10, 1))[0].range_start
