"""The build timestamp's order of precedence and its refusal of malformed SOURCE_DATE_EPOCH values."""

from datetime import UTC, date, datetime

import pytest

from pressconv.clock import build_timestamp
from pressconv.errors import InputError


def test_source_date_epoch_wins_over_everything() -> None:
    explicit = datetime(2020, 1, 1, tzinfo=UTC)
    got = build_timestamp(date(2018, 9, 20), explicit, environ={"SOURCE_DATE_EPOCH": "1537444800"})
    assert got == datetime(2018, 9, 20, 12, 0, tzinfo=UTC)


def test_explicit_then_release_date_then_now() -> None:
    explicit = datetime(2020, 1, 1, 8, 30)
    assert build_timestamp(date(2018, 9, 20), explicit, environ={}) == explicit.replace(tzinfo=UTC)
    assert build_timestamp(date(2018, 9, 20), None, environ={}) == datetime(2018, 9, 20, 12, tzinfo=UTC)
    now = build_timestamp(None, None, environ={})
    assert now.tzinfo is UTC and abs((datetime.now(tz=UTC) - now).total_seconds()) < 60


@pytest.mark.parametrize("value", ["yesterday", "-5", "1.5", "12 34", "1e9"])
def test_malformed_source_date_epoch_is_an_input_error(value: str) -> None:
    with pytest.raises(InputError, match="SOURCE_DATE_EPOCH"):
        build_timestamp(None, None, environ={"SOURCE_DATE_EPOCH": value})
