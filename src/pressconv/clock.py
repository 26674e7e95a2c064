"""The build timestamp: SOURCE_DATE_EPOCH, else an explicit --timestamp, else the release date, else now.

Writers never read the clock themselves (DESIGN §2): they get this one value through the
RenderContext, which is what makes outputs reproducible (reproducible-builds.org SOURCE_DATE_EPOCH).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, date, datetime, time

from pressconv.errors import InputError

__all__ = ["build_timestamp", "timestamp_from_env"]


def timestamp_from_env(environ: Mapping[str, str] | None = None) -> datetime | None:
    """Return SOURCE_DATE_EPOCH as an aware UTC datetime, None if unset; a malformed value is an error."""
    env = os.environ if environ is None else environ
    raw = env.get("SOURCE_DATE_EPOCH")
    if raw is None or raw == "":
        return None
    # The spec demands a decimal integer of seconds; silently falling back to "now" would make a
    # build look reproducible when it is not.
    if not raw.strip().isdigit():
        raise InputError(
            f"SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not {raw!r}",
            hint="unset it or set it to e.g. $(git log -1 --format=%ct)",
        )
    try:
        return datetime.fromtimestamp(int(raw.strip()), tz=UTC)
    except (OverflowError, OSError, ValueError) as exc:
        raise InputError(f"SOURCE_DATE_EPOCH is out of range: {raw!r}") from exc


def build_timestamp(
    issued: date | None = None,
    explicit: datetime | None = None,
    environ: Mapping[str, str] | None = None,
) -> datetime:
    """Pick the build timestamp in the documented order of precedence; always timezone-aware UTC."""
    from_env = timestamp_from_env(environ)
    if from_env is not None:
        return from_env
    if explicit is not None:
        return explicit if explicit.tzinfo else explicit.replace(tzinfo=UTC)
    if issued is not None:
        # Noon UTC keeps the calendar date the same in every European time zone.
        return datetime.combine(issued, time(12, 0), tzinfo=UTC)
    return datetime.now(tz=UTC).replace(microsecond=0)
