"""The one place a writer may read the configured logo: exactly that file, a sniffed raster image, small.

Writers read only pressconv's own assets (DESIGN §2); the organisation's logo named in
``pressconv.toml`` is the single exception, and every writer goes through ``read_logo`` so the
exception stays narrow: the file read is the resolved ``ctx.branding.logo_path`` and nothing else,
its type comes from its first bytes (never from its name), and its size is capped. SVG is refused
rather than sanitised: an SVG can carry scripts and external references, and a raster logo is what
every format embeds the same way.
"""

from __future__ import annotations

import base64
import os
import stat
import struct
from dataclasses import dataclass
from pathlib import Path

from pressconv.colour import WHITE, contrast_ratio, hex_rgb, parse_colour
from pressconv.errors import WriterError
from pressconv.writers.base import RenderContext

__all__ = [
    "LOGO_PIXEL_LIMIT",
    "LOGO_SIZE_LIMIT",
    "Logo",
    "is_logo_path",
    "read_image_file",
    "read_logo",
    "sniff_image",
    "text_accent",
]

# A letterhead logo is a few kilobytes; anything near this is a mistake (a photo, a print master).
LOGO_SIZE_LIMIT = 2 * 1024 * 1024
# Decoded size is what costs: a 2 MB PNG of one colour can claim 30000 x 30000 pixels (3.6 GB as
# RGBA), which Pillow refuses (the logo vanishes from the PDF) or decodes for seconds with a raw
# DecompressionBombWarning. 16 megapixels (64 MB decoded) is four times a print-quality letterhead.
LOGO_PIXEL_LIMIT = 16_000_000
LOGO_SIDE_LIMIT = 8192

_HINT = "convert the logo to PNG (or JPEG/GIF) under 2 MB and point logo.path at it"


@dataclass(frozen=True, slots=True)
class Logo:
    """The configured logo as read: its bytes, sniffed media type, pixel size and text alternative."""

    data: bytes
    media_type: str
    width: int
    height: int
    # Empty when the logo is decorative (WCAG 1.1.1 F39: alt="" so screen readers skip it).
    alt: str
    decorative: bool

    @property
    def extension(self) -> str:
        """The usual file name extension for the media type, without the dot."""
        return {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif"}[self.media_type]

    def data_url(self) -> str:
        """Return the logo as a ``data:`` URL, so an HTML page carrying it stays one self-contained file."""
        return f"data:{self.media_type};base64,{base64.b64encode(self.data).decode('ascii')}"


def _png_size(data: bytes) -> tuple[int, int] | None:
    # PNG §5.3/§11.2.2: the first chunk is IHDR, width and height are its first two 4-byte fields.
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _gif_size(data: bytes) -> tuple[int, int] | None:
    # GIF89a logical screen descriptor: little-endian width and height right after the signature.
    if len(data) < 10:
        return None
    width, height = struct.unpack("<HH", data[6:10])
    return width, height


# JPEG start-of-frame markers (ITU T.81 Table B.1): SOF0-SOF15 except DHT (C4), JPG (C8), DAC (CC).
_SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Walk the JPEG marker segments to the first start-of-frame and read its height and width."""
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte before a marker (T.81 B.1.1.2)
            position += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # standalone markers carry no length
            position += 2
            continue
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        if marker in _SOF_MARKERS:
            if position + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            return width, height
        position += 2 + length
    return None


def sniff_image(data: bytes) -> tuple[str, int, int]:
    """Return (media type, width, height) of a PNG, JPEG or GIF from its bytes, or raise WriterError.

    The name of a file says nothing about its content; the signature does (and decides what a
    browser, WeasyPrint, an EPUB reading system or Word will do with it).
    """
    head = data[:256].lstrip()
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        media_type, size = "image/png", _png_size(data)
    elif data.startswith(b"\xff\xd8\xff"):
        media_type, size = "image/jpeg", _jpeg_size(data)
    elif data.startswith((b"GIF87a", b"GIF89a")):
        media_type, size = "image/gif", _gif_size(data)
    elif head.startswith((b"<?xml", b"<svg", b"<!DOCTYPE svg", b"<!--")) and b"<svg" in data[:4096]:
        raise WriterError("the logo is an SVG, which pressconv does not embed (it can carry scripts)", hint=_HINT)
    else:
        raise WriterError("the logo is not a PNG, JPEG or GIF image", hint=_HINT)
    if size is None or size[0] <= 0 or size[1] <= 0:
        raise WriterError(f"the logo looks like {media_type} but its size cannot be read", hint=_HINT)
    width, height = size
    # Decided from the header, before any decoder (WeasyPrint's Pillow, Word, a reading system) runs.
    if width > LOGO_SIDE_LIMIT or height > LOGO_SIDE_LIMIT or width * height > LOGO_PIXEL_LIMIT:
        raise WriterError(
            f"the logo is {width} x {height} pixels, over the limit of {LOGO_PIXEL_LIMIT // 1_000_000} "
            f"megapixels and {LOGO_SIDE_LIMIT} pixels a side",
            hint="scale the logo down (a letterhead logo needs a few hundred pixels)",
        )
    return media_type, width, height


def is_logo_path(ctx: RenderContext, path: Path) -> bool:
    """True when ``path`` resolves to exactly the configured logo file (symlinks and ``..`` followed)."""
    configured = ctx.branding.logo_path
    if not configured:
        return False
    try:
        return path.resolve(strict=True) == Path(configured).resolve(strict=True)
    except (OSError, RuntimeError):
        return False


def read_image_file(path: Path) -> bytes:
    """Read an image file, at most ``LOGO_SIZE_LIMIT`` + 1 bytes of it; WriterError if it is larger.

    Used by the config check and every writer alike, so a 200 MB file named as the logo is refused
    after 2 MB read, never loaded whole.
    """
    try:
        resolved = path.resolve(strict=True)
        # Open the resolved path without following a symlink swapped in since (O_NOFOLLOW), and
        # check the opened file itself, so what is read is the file that was checked.
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        descriptor = os.open(resolved, flags)
        with os.fdopen(descriptor, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise WriterError(f"the logo {resolved} is not a regular file", hint=_HINT)
            data = handle.read(LOGO_SIZE_LIMIT + 1)
    except OSError as exc:
        raise WriterError(f"the logo {path} cannot be read: {exc.strerror or exc}") from exc
    if len(data) > LOGO_SIZE_LIMIT:
        raise WriterError(f"the logo {resolved} is larger than {LOGO_SIZE_LIMIT // (1024 * 1024)} MB", hint=_HINT)
    return data


def read_logo(ctx: RenderContext) -> Logo | None:
    """Read the configured logo, or return None when there is none; refuse anything but a small image.

    Raises WriterError (with a hint) for a missing file, a file over ``LOGO_SIZE_LIMIT``, SVG or an
    unknown type: a configured logo that silently vanished from the outputs would be worse.
    """
    branding = ctx.branding
    if not branding.logo_path:
        return None
    data = read_image_file(Path(branding.logo_path))
    media_type, width, height = sniff_image(data)
    decorative = branding.logo_decorative or not (branding.logo_alt or "").strip()
    alt = "" if decorative else " ".join((branding.logo_alt or "").split())
    return Logo(data=data, media_type=media_type, width=width, height=height, alt=alt, decorative=decorative)


def text_accent(ctx: RenderContext) -> str | None:
    """Return the configured accent as ``#rrggbb`` when text in it on white reaches 4.5:1, else None.

    config.py already refuses weaker accents; writers check again because a RenderContext can also
    be built by hand through the Python API (WCAG 1.4.3 Contrast (Minimum)).
    """
    try:
        rgb = parse_colour(ctx.branding.accent or "")
    except ValueError:
        return None
    return hex_rgb(rgb) if contrast_ratio(rgb, WHITE) >= 4.5 else None
