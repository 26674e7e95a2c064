"""Dialable phone links: one derivation (``phone_tel``) for every writer and every place (issue 15 #20)."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from pressconv.api import convert
from pressconv.parser.inlines import phone_tel

_RELEASE = """Stadt baut Radwege

Berlin, 12.03.2024

Die Stadt baut neue Radwege am Hafen.

Pressekontakt:
Max Muster
Tel.: +49 (0)30 123 456-78
"""


@pytest.mark.parametrize(
    ("written", "dialable"),
    [
        ("+49 (0)30 123 456-78", "+493012345678"),
        ("+49 (0) 30 123456", "+4930123456"),
        ("0049 (0)30 1234567", "+49301234567"),
        ("+49 (0231) 50-0", "+49231500"),
        ("+44 (0)20 7946 0958", "+442079460958"),
        ("030 123 456-78", "+493012345678"),
    ],
)
def test_trunk_zero_is_not_dialled(written: str, dialable: str) -> None:
    assert phone_tel(written, "de-DE") == dialable


def _hrefs(fmt: str, data: bytes) -> list[str]:
    if fmt in ("html",):
        text = data.decode("utf-8")
    else:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            text = "".join(
                archive.read(name).decode("utf-8", "replace")
                for name in archive.namelist()
                if name.endswith((".xhtml", ".xml", ".rels"))
            )
    return re.findall(r"tel:[^\"'<\s]*", text)


@pytest.mark.parametrize("fmt", ["html", "epub", "docx"])
def test_contact_card_links_the_dialable_number(fmt: str) -> None:
    result = convert(_RELEASE.encode("utf-8"), [fmt], path="release.txt")
    hrefs = _hrefs(fmt, result.outputs[0].data)
    assert hrefs, f"no tel: link in the {fmt} output"
    assert set(hrefs) == {"tel:+493012345678"}, hrefs
