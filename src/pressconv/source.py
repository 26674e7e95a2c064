"""Turn the bytes of an input file into clean text, or refuse them with a one-line reason.

This is the only place that knows about encodings, byte-order marks, line endings and files that
are not plain text at all. Everything after it sees a ``str`` with ``\\n`` line ends, no control
characters except TAB, and no invisible direction-changing characters.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pressconv.diagnostics import Diagnostic
from pressconv.errors import InputError

__all__ = ["DEFAULT_MAX_BYTES", "Decoded", "decode", "read_limited", "sniff_binary"]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024

# Magic numbers of formats people hand us instead of text, with the hint we print for each.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc/.xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
)

# Characters that change text direction or hide text (Trojan Source, CVE-2021-42574), and other
# invisible format characters that only confuse search, hyphenation and screen readers.
# U+061C ARABIC LETTER MARK is a bidi control like U+200E/U+200F (Trojan Source, CVE-2021-42574).
# Zero-width spaces/joiners (U+200B-U+200D, U+2060, U+FEFF) come from CMS editors and web copies and
# split words for search and screen readers; soft hyphens (U+00AD) only mark where a word may break.
# A zero-width joiner between two emoji is kept: it builds one emoji ("family", "firefighter").
_INVISIBLE = re.compile(
    "[\u061c\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]"
    "|(?<![\U0001f000-\U0001faff\u2600-\u27bf\ufe0f])\u200d|\u200d(?![\U0001f000-\U0001faff\u2600-\u27bf])"
)
# C0 controls except TAB and LF, DEL, and the C1 range (never meaningful in a release).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BLANKISH_LINE = re.compile(r"^[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+$", re.MULTILINE)
# Typical UTF-8-read-as-Windows-1252 sequences ("Ã¤" for "ä", "â€ž" for "„").
_MOJIBAKE = re.compile("[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]|â€")


@dataclass(frozen=True, slots=True)
class Decoded:
    """The decoded text, the encoding it was read with, and what decoding noticed."""

    text: str
    encoding: str
    diagnostics: tuple[Diagnostic, ...] = ()


def _what(name: str | None) -> str:
    return f"{name} is" if name else "this is"


def _too_large(name: str | None, limit: int, size: int | None = None) -> InputError:
    amount = f"{size / 1e6:.1f} MB, over" if size is not None else "over"
    return InputError(
        f"{_what(name)} {amount} the input limit of {limit / 1e6:.1f} MB",
        hint="press releases are small text files; raise the limit with --max-bytes if this is intended",
    )


def read_limited(source: Path | BinaryIO, *, limit: int | None = None, name: str | None = None) -> bytes:
    """Read an input (a path or an open binary stream) but never more than ``limit`` + 1 bytes.

    Every kind of input goes through here: regular files, FIFOs, character devices (/dev/zero) and
    standard input have no trustworthy size, so the limit is enforced on the bytes actually read,
    not on ``stat``; a regular file over the limit is refused from its size without reading it.
    Raises InputError (exit 4) at the limit and OSError when the input cannot be opened or read.
    """
    cap = DEFAULT_MAX_BYTES if limit is None else limit
    if isinstance(source, Path):
        with source.open("rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > cap:
                raise _too_large(name, cap, info.st_size)
            return _read_capped(handle, cap, name)
    return _read_capped(source, cap, name)


def _read_capped(handle: BinaryIO, cap: int, name: str | None) -> bytes:
    # One byte more than the cap tells "exactly at the limit" from "over it" without reading on.
    data = handle.read(cap + 1)
    if len(data) > cap:
        raise _too_large(name, cap)
    return data


def sniff_binary(data: bytes) -> str | None:
    """Return what ``data`` is if it is clearly not a plain-text file (``"a PDF document"``), else None."""
    head = data[:4096]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "a WebP image"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        if b"word/" in head or (b"[Content_Types].xml" in head and b"word" in data[:65536]):
            return "a Word document (DOCX)"
        if b"application/epub+zip" in head:
            return "an EPUB e-book"
        if b"application/vnd.oasis.opendocument" in head:
            return "an OpenDocument file (ODT/ODS)"
        return "a ZIP archive"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """Recognise UTF-16 without a byte-order mark by its NUL pattern (every other byte is 0 in Latin text)."""
    if len(head) < 4:
        return None
    even = head[0::2]
    odd = head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "UTF-16 (little-endian)"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "UTF-16 (big-endian)"
    return None


def _plausible_text(text: str) -> bool:
    """True if a legacy-decoded text reads like European prose rather than binary noise."""
    sample = text[:65536]
    if not sample:
        return True
    odd = sum(1 for ch in sample if not (ch.isprintable() or ch in "\t\n\r") or unicodedata.category(ch) in ("Co", "Cn"))
    return odd <= 0.02 * len(sample)


def decode(data: bytes, *, name: str | None = None, max_bytes: int | None = None) -> Decoded:
    """Decode an input file's bytes into normalised text; raise InputError for anything that is not text.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as such; other bytes fall back to
    Windows-1252 with a ``source.encoding`` warning. Newlines become LF, control and invisible
    direction characters are removed (with a diagnostic), and whitespace-only lines become empty.
    """
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    if len(data) > limit:
        raise _too_large(name, limit, len(data))
    if not data:
        raise InputError(f"{_what(name)} empty: there is no text to convert")
    binary = sniff_binary(data)
    if binary:
        raise InputError(f"{_what(name)} {binary}, not a plain-text release")

    diagnostics: list[Diagnostic] = []
    text, encoding = _decode_bytes(data, name, diagnostics)

    stripped_head = text.lstrip()[:2048].lower()
    if stripped_head.startswith(("<!doctype html", "<html")) or (
        stripped_head.startswith("<") and "<body" in stripped_head and "</" in stripped_head
    ):
        raise InputError(
            f"{_what(name)} an HTML page, not a plain-text release",
            hint="copy the release text from the page into a .txt file",
        )
    if stripped_head.startswith("<?xml"):
        raise InputError(f"{_what(name)} an XML document, not a plain-text release")

    text = normalise_text(text, diagnostics)
    if not text.strip():
        raise InputError(f"{_what(name)} only whitespace: there is no text to convert")
    return Decoded(text=text, encoding=encoding, diagnostics=tuple(diagnostics))


def _decode_bytes(data: bytes, name: str | None, diagnostics: list[Diagnostic]) -> tuple[str, str]:
    # UTF-32 BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
    for bom, codec in (
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), codec + "-sig" if codec == "utf-8" else codec
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{_what(name)} marked as {codec.upper()} by its byte-order mark, "
                    f"but byte {exc.start + len(bom)} is not valid {codec.upper()}"
                ) from None
    if b"\x00" in data[:65536]:
        utf16 = _utf16_without_bom(data[:4096])
        if utf16:
            raise InputError(
                f"{_what(name)} {utf16} text without a byte-order mark",
                hint="save the file as UTF-8 (or UTF-16 with a BOM)",
            )
        raise InputError(f"{_what(name)} a binary file (it contains NUL bytes), not a plain-text release")
    control = sum(1 for byte in data[:65536] if byte < 0x20 and byte not in b"\t\n\r\x0c")
    if control > max(8, len(data[:65536]) // 100):
        raise InputError(f"{_what(name)} a binary file (many control bytes), not a plain-text release")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    else:
        return _repair_mojibake(text, diagnostics), "utf-8"
    mixed = _decode_mixed_lines(data)
    if mixed is not None:
        text, legacy_lines = mixed
        diagnostics.append(
            Diagnostic(
                level="warning",
                code="source.encoding",
                message="mixed encodings: lines "
                + ", ".join(str(n) for n in legacy_lines[:10])
                + (" …" if len(legacy_lines) > 10 else "")
                + " are not valid UTF-8 and were read as Windows-1252",
                line=legacy_lines[0],
            )
        )
        return text, "utf-8+cp1252"
    text = _decode_legacy(data)
    if not _plausible_text(text):
        raise InputError(f"{_what(name)} neither valid UTF-8 (bad byte at offset {bad_at}) nor readable Windows-1252 text")
    line = data[:bad_at].count(b"\n") + 1
    diagnostics.append(
        Diagnostic(
            level="warning",
            code="source.encoding",
            message=f"not valid UTF-8 (first bad byte at offset {bad_at}); read as Windows-1252",
            line=line,
        )
    )
    return text, "cp1252"


def _decode_legacy(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # Windows-1252 leaves five bytes undefined; Latin-1 maps them to C1 controls, which the
        # control-character pass then removes with a diagnostic.
        return data.decode("latin-1")


def _decode_mixed_lines(data: bytes) -> tuple[str, list[int]] | None:
    """Decode line by line when some lines are real UTF-8 and others Windows-1252 (pasted together).

    Reading the whole file as Windows-1252 would turn every UTF-8 line into mojibake ("Ã¤"). Only
    when at least one line holds non-ASCII UTF-8 is the file taken as mixed; returns the text and
    the numbers of the lines read as Windows-1252, or None.
    """
    lines = data.split(b"\n")
    decoded: list[str] = []
    legacy: list[int] = []
    saw_utf8 = False
    for number, raw in enumerate(lines, 1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            legacy.append(number)
            decoded.append(_decode_legacy(raw))
            continue
        saw_utf8 = saw_utf8 or not raw.isascii()
        decoded.append(line)
    if not saw_utf8 or not legacy:
        return None
    return "\n".join(decoded), legacy


def _repair_mojibake(text: str, diagnostics: list[Diagnostic]) -> str:
    """Undo UTF-8 that was once read as Windows-1252 and saved again ("FÃ¼hrung" -> "Führung")."""
    hits = len(_MOJIBAKE.findall(text[:65536]))
    if hits < 3:
        return text
    try:
        repaired = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        diagnostics.append(
            Diagnostic(
                level="warning",
                code="source.mojibake",
                message="the text looks double-encoded (e.g. 'Ã¤' for 'ä') but could not be repaired",
            )
        )
        return text
    diagnostics.append(
        Diagnostic(
            level="warning",
            code="source.mojibake",
            message="the text was double-encoded UTF-8 (e.g. 'Ã¤' for 'ä'); repaired",
        )
    )
    return repaired


def normalise_text(text: str, diagnostics: list[Diagnostic]) -> str:
    """Unify line ends, drop control and invisible characters, compose to NFC, blank whitespace-only lines."""
    if "\r" in text:
        crlf = text.count("\r\n")
        lone_cr = text.count("\r") - crlf
        lone_lf = text.count("\n") - crlf
        if sum(1 for n in (crlf, lone_cr, lone_lf) if n) > 1:
            diagnostics.append(Diagnostic(level="info", code="source.newlines", message="mixed line endings unified to LF"))
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Form feeds and vertical tabs are page/line breaks from word processors.
    text = text.replace("\f", "\n").replace("\v", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    # NEL (U+0085, NEXT LINE) is a line break in Unicode (UAX #14 class NL) and on EBCDIC hosts, and
    # DEL (U+007F) stands where a space was in copies from old terminals: dropping either glued two
    # words together (issue 15 #20), so NEL becomes a line break and DEL a space.
    if "\x85" in text or "\x7f" in text:
        breaks, spaces = text.count("\x85"), text.count("\x7f")
        first_at = min(at for at in (text.find("\x85"), text.find("\x7f")) if at >= 0)
        read = [
            part
            for part in (
                f"{breaks} NEL (U+0085) as line break(s)" if breaks else "",
                f"{spaces} DEL (U+007F) as space(s)" if spaces else "",
            )
            if part
        ]
        diagnostics.append(
            Diagnostic(
                level="info",
                code="source.control",
                message=f"read {' and '.join(read)}",
                line=text.count("\n", 0, first_at) + 1,
            )
        )
        text = text.replace("\x85", "\n").replace("\x7f", " ")
    if _CONTROL.search(text):
        first = _CONTROL.search(text)
        assert first is not None
        count = len(_CONTROL.findall(text))
        diagnostics.append(
            Diagnostic(
                level="warning",
                code="source.control",
                message=f"removed {count} control character(s)",
                line=text.count("\n", 0, first.start()) + 1,
            )
        )
        text = _CONTROL.sub("", text)
    if _INVISIBLE.search(text):
        first_invisible = _INVISIBLE.search(text)
        assert first_invisible is not None
        found = sorted({f"U+{ord(ch):04X}" for ch in _INVISIBLE.findall(text)})
        bidi = any(code.startswith(("U+202", "U+206")) for code in found)
        diagnostics.append(
            Diagnostic(
                level="warning" if bidi else "info",
                code="source.invisible",
                message=f"removed invisible formatting characters ({', '.join(found)})"
                + ("; bidirectional controls can hide or reorder text" if bidi else ""),
                line=text.count("\n", 0, first_invisible.start()) + 1,
            )
        )
        text = _INVISIBLE.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        # Decomposed letters (macOS file names, some PDF and web copies: "u" + U+0308 for "ü") look
        # the same but break search, word matching and hyphenation; NFC composes them (UAX #15).
        text = unicodedata.normalize("NFC", text)
        diagnostics.append(
            Diagnostic(
                level="info",
                code="source.unicode",
                message="decomposed characters (e.g. 'u' + combining diaeresis) composed to NFC",
            )
        )
    return _BLANKISH_LINE.sub("", text)
