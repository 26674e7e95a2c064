"""Decoding and sniffing: encodings, BOMs, newlines, control characters, and files that are not text."""

from __future__ import annotations

import pytest

from pressconv.errors import InputError
from pressconv.source import DEFAULT_MAX_BYTES, decode

TEXT = "Überschrift\n\nDie Stadt „Musterstadt“ lädt ein – 20 €.\n"


def test_utf8_plain_and_with_bom() -> None:
    plain = decode(TEXT.encode("utf-8"))
    bom = decode(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert plain.text == bom.text == TEXT
    assert plain.encoding == "utf-8" and bom.encoding == "utf-8-sig"
    assert not plain.diagnostics and not bom.diagnostics


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    assert decode(bom + TEXT.encode(codec)).text == TEXT


def test_utf16_without_bom_is_refused_with_a_reason() -> None:
    with pytest.raises(InputError, match="UTF-16"):
        decode(TEXT.encode("utf-16-le"))


def test_cp1252_fallback_warns() -> None:
    decoded = decode(TEXT.encode("cp1252"))
    assert decoded.text == TEXT
    assert decoded.encoding == "cp1252"
    assert [d.code for d in decoded.diagnostics] == ["source.encoding"]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_newlines_are_unified(newline: str) -> None:
    assert decode(TEXT.replace("\n", newline).encode()).text == TEXT


def test_mixed_newlines_are_reported() -> None:
    decoded = decode(b"a\r\nb\nc\rd")
    assert decoded.text == "a\nb\nc\nd"
    assert "source.newlines" in [d.code for d in decoded.diagnostics]


def test_whitespace_only_lines_become_blank() -> None:
    assert decode("Titel\n\u00a0 \t\nText".encode()).text == "Titel\n\nText"


def test_control_characters_are_removed_but_tab_kept() -> None:
    decoded = decode(b"Titel\x07\nA\tB\x1b")
    assert decoded.text == "Titel\nA\tB"
    assert "source.control" in [d.code for d in decoded.diagnostics]


def test_bidi_and_zero_width_characters_are_removed() -> None:
    decoded = decode("Titel\nGeld\u202e an \u2066Bank\u2069\u200b.".encode())
    assert decoded.text == "Titel\nGeld an Bank."
    diagnostic = next(d for d in decoded.diagnostics if d.code == "source.invisible")
    assert diagnostic.level == "warning" and "bidirectional" in diagnostic.message


def test_mojibake_is_repaired() -> None:
    broken = "Führung für Bürgerinnen und Bürger in Köln".encode().decode("cp1252").encode("utf-8")
    decoded = decode(broken)
    assert decoded.text == "Führung für Bürgerinnen und Bürger in Köln"
    assert "source.mojibake" in [d.code for d in decoded.diagnostics]


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml word/document.xml", "Word"),
        (b"PK\x03\x04\x14\x00\x00\x00mimetypeapplication/epub+zip", "EPUB"),
        (b"PK\x03\x04\x14\x00\x00\x00data.csv", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00", "GIF"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "WebP"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "HTML"),
        (b"  <html lang='de'><head></head><body></body></html>", "HTML"),
        (b"Text\x00mit\x00NUL\x00\x00\x00\x00\x01\x02", "binary"),
        (bytes(range(0, 32)) * 20, "binary"),
        (b"", "empty"),
        (b" \n\t\r\n \xc2\xa0\n", "whitespace"),
    ],
)
def test_non_text_is_refused_with_what_it_is(data: bytes, what: str) -> None:
    with pytest.raises(InputError, match=what) as caught:
        decode(data, name="release.txt")
    assert "\n" not in caught.value.message


def test_size_limit() -> None:
    with pytest.raises(InputError, match="limit"):
        decode(b"a" * (DEFAULT_MAX_BYTES + 1))
    assert decode(b"a" * 100, max_bytes=100).text == "a" * 100
    with pytest.raises(InputError, match="limit"):
        decode(b"a" * 101, max_bytes=100)


def test_random_bytes_that_are_no_text_are_refused() -> None:
    noise = bytes((index * 131 + 7) % 256 for index in range(4096)).replace(b"\x00", b"\x81")
    with pytest.raises(InputError):
        decode(noise)
