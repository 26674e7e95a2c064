"""Dates zip cannot store (after 2107) still convert, and the metadata keeps the real date (issue 15 #11)."""

from __future__ import annotations

import io
import zipfile

import pytest

from pressconv.api import convert

_RELEASE = "Stadt baut Radwege\n\nBerlin, {date}\n\nDie Stadt baut neue Radwege am Hafen.\n"


def _metadata(fmt: str, data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        wanted = "docProps/core.xml" if fmt == "docx" else next(n for n in archive.namelist() if n.endswith(".opf"))
        return archive.read(wanted).decode("utf-8")


@pytest.mark.parametrize("fmt", ["epub", "docx"])
def test_source_date_epoch_after_2107(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "4354819200")  # 2108-01-01 00:00 UTC
    result = convert(_RELEASE.format(date="12.03.2024").encode("utf-8"), [fmt], path="release.txt")
    assert "2108-01-01" in _metadata(fmt, result.outputs[0].data)


@pytest.mark.parametrize("fmt", ["epub", "docx", "pdf", "html"])
def test_release_dated_9999(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    result = convert(_RELEASE.format(date="31.12.9999").encode("utf-8"), [fmt], path="release.txt")
    data = result.outputs[0].data
    assert data
    if fmt in ("epub", "docx"):
        assert "9999-12-31" in _metadata(fmt, data)
