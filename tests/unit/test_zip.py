"""Deterministic zips: same members give the same bytes, mimetype first and stored (EPUB OCF)."""

import io
import zipfile
from datetime import UTC, datetime

from pressconv._zip import build_zip, normalise_zip

WHEN = datetime(2018, 9, 20, 12, 0, tzinfo=UTC)


def _library_zip(order: list[str], when: tuple[int, int, int, int, int, int]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in order:
            archive.writestr(zipfile.ZipInfo(name, date_time=when), f"content of {name}")
    return buffer.getvalue()


def test_normalise_zip_removes_timestamps_and_puts_mimetype_first() -> None:
    first = _library_zip(["a.xhtml", "mimetype", "b.css"], (2024, 1, 2, 3, 4, 5))
    second = _library_zip(["a.xhtml", "mimetype", "b.css"], (2025, 6, 7, 8, 9, 10))
    assert first != second
    one = normalise_zip(first, timestamp=WHEN, first=("mimetype",), stored=("mimetype",))
    two = normalise_zip(second, timestamp=WHEN, first=("mimetype",), stored=("mimetype",))
    assert one == two
    with zipfile.ZipFile(io.BytesIO(one)) as archive:
        infos = archive.infolist()
    assert [i.filename for i in infos] == ["mimetype", "a.xhtml", "b.css"]
    assert infos[0].compress_type == zipfile.ZIP_STORED
    assert infos[1].compress_type == zipfile.ZIP_DEFLATED
    assert all(i.date_time == (2018, 9, 20, 12, 0, 0) for i in infos)
    # OCF 4.3: "mimetype" must be the first bytes after the first local header.
    assert one[30:38] == b"mimetype"


def test_timestamps_before_1980_are_clamped() -> None:
    data = build_zip([("x", b"1")], timestamp=datetime(1970, 1, 1, tzinfo=UTC))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.infolist()[0].date_time == (1980, 1, 1, 0, 0, 0)


def test_timestamps_after_2107_are_clamped() -> None:
    # DOS dates hold years 1980-2107 (7 bits); later dates must not crash the writers (issue 15 #11).
    data = build_zip([("x", b"1")], timestamp=datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.infolist()[0].date_time == (2107, 12, 31, 23, 59, 58)
