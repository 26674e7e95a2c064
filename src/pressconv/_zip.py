"""Deterministic zip archives: fixed timestamps, stable member order, EPUB's mimetype first and stored."""

from __future__ import annotations

import functools
import io
import struct
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from datetime import datetime

__all__ = ["build_zip", "normalise_zip"]

# Zip stores DOS dates: years 1980 to 2107 (seven bits from 1980), seconds in steps of two. Dates
# outside are clamped to the nearest end (reproducible-builds.org advice); the real date stays in
# the document's own metadata (EPUB dcterms:modified, DOCX core properties), which has no such limit.
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
_ZIP_END = (2107, 12, 31, 23, 59, 58)


def _date_time(timestamp: datetime | None) -> tuple[int, int, int, int, int, int]:
    if timestamp is None or timestamp.year < 1980:
        return _ZIP_EPOCH
    if timestamp.year > 2107:
        return _ZIP_END
    moment = timestamp
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


def build_zip(
    members: Iterable[tuple[str, bytes]],
    *,
    timestamp: datetime | None = None,
    stored: Sequence[str] = (),
) -> bytes:
    """Write ``members`` in the given order; names in ``stored`` are not compressed (EPUB OCF §4.3).

    The bytes are exactly those ``zipfile`` writes for these members (deflate level 9, Unix
    attributes, no extra fields), but the archive is assembled here so that the deflated form of a
    large member that recurs in every book of a batch (embedded fonts, python-docx's 350 kB
    styles.xml) is computed once per process instead of once per output.
    """
    when = _date_time(timestamp)
    dos_date = (when[0] - 1980) << 9 | when[1] << 5 | when[2]
    dos_time = when[3] << 11 | when[4] << 5 | when[5] // 2
    body = bytearray()
    directory = bytearray()
    count = 0
    for name, data in members:
        try:
            encoded, flags = name.encode("ascii"), 0
        except UnicodeEncodeError:
            encoded, flags = name.encode("utf-8"), _UTF8_NAME
        method = _STORED if name in stored else _DEFLATED
        crc, payload = _deflated(data) if method == _DEFLATED else (zlib.crc32(data), data)
        if len(body) > _ZIP32_LIMIT or len(data) > _ZIP32_LIMIT:
            raise ValueError("archives over 2 GiB are not supported")
        fields = (flags, method, dos_time, dos_date, crc, len(payload), len(data), len(encoded))
        offset = len(body)
        body += _LOCAL_HEADER.pack(b"PK\x03\x04", _VERSION, 0, *fields, 0) + encoded + payload
        directory += _CENTRAL_HEADER.pack(
            b"PK\x01\x02", _VERSION, _UNIX, _VERSION, 0, *fields, 0, 0, 0, 0, _FILE_ATTRIBUTES, offset
        )
        directory += encoded
        count += 1
    end = _END_RECORD.pack(b"PK\x05\x06", 0, 0, count, count, len(directory), len(body), 0)
    return bytes(body + directory + end)


# Zip format constants (PKWARE APPNOTE 4.3.7, 4.3.12, 4.3.16), as zipfile writes them.
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
_CENTRAL_HEADER = struct.Struct("<4s4B4HL2L5H2L")
_END_RECORD = struct.Struct("<4s4H2LH")
_VERSION = 20  # 2.0: deflate
_UNIX = 3  # "made by" Unix, whatever the build host is
_FILE_ATTRIBUTES = 0o644 << 16
_UTF8_NAME = 0x800
_STORED, _DEFLATED = 0, 8
_ZIP32_LIMIT = (1 << 31) - 1
# Members smaller than this are deflated every time: caching them would only churn the cache.
_CACHE_FROM = 8192


def _deflate(data: bytes) -> tuple[int, bytes]:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return zlib.crc32(data), compressor.compress(data) + compressor.flush()


@functools.lru_cache(maxsize=32)
def _deflate_cached(data: bytes) -> tuple[int, bytes]:
    return _deflate(data)


def _deflated(data: bytes) -> tuple[int, bytes]:
    """CRC-32 and raw deflate stream (level 9) of ``data``; large members are memoised by content."""
    return _deflate_cached(data) if len(data) >= _CACHE_FROM else _deflate(data)


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
