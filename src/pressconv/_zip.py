"""Deterministic zip archives: fixed timestamps, stable member order, EPUB's mimetype first and stored."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Sequence
from datetime import datetime

__all__ = ["build_zip", "normalise_zip"]

# Zip stores local times from 1980 on; anything earlier is clamped (reproducible-builds.org advice).
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def _date_time(timestamp: datetime | None) -> tuple[int, int, int, int, int, int]:
    if timestamp is None or timestamp.year < 1980:
        return _ZIP_EPOCH
    return (timestamp.year, timestamp.month, timestamp.day, timestamp.hour, timestamp.minute, timestamp.second)


def build_zip(
    members: Iterable[tuple[str, bytes]],
    *,
    timestamp: datetime | None = None,
    stored: Sequence[str] = (),
) -> bytes:
    """Write ``members`` in the given order; names in ``stored`` are not compressed (EPUB OCF §4.3)."""
    buffer = io.BytesIO()
    when = _date_time(timestamp)
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, whatever the build host is
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compresslevel=9 if name not in stored else None)
    return buffer.getvalue()


def normalise_zip(
    data: bytes,
    *,
    timestamp: datetime | None = None,
    first: Sequence[str] = (),
    stored: Sequence[str] = (),
) -> bytes:
    """Rewrite a zip made by a library (ebooklib, python-docx) so the same content gives the same bytes.

    Members named in ``first`` come first in that order; the rest keep the order the library wrote,
    which is deterministic for a given input. Timestamps and attributes are fixed.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        names = source.namelist()
        contents = {name: source.read(name) for name in names}
    ordered = [name for name in first if name in contents]
    ordered += [name for name in names if name not in ordered]
    return build_zip(((name, contents[name]) for name in ordered), timestamp=timestamp, stored=stored)
