"""The shared logo reader (writers/_branding.py) and how each writer uses what it returns."""

from __future__ import annotations

import base64
import io
import re
import struct
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from pressconv.errors import WriterError
from pressconv.writers._branding import LOGO_SIZE_LIMIT, is_logo_path, read_logo, sniff_image, text_accent
from pressconv.writers.base import Branding, RenderContext
from pressconv.writers.docx import DocxWriter
from pressconv.writers.epub import EpubWriter
from pressconv.writers.html import HtmlWriter, render_document
from tests.fixtures.releases import TIMESTAMP, every_kind_release, tiny_png

ALT = "Logo der Stadt Dortmund"


def _jpeg(width: int, height: int) -> bytes:
    """The marker segments a sniffer reads: SOI, an APP0 segment, then SOF0 with the frame size."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof0 = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof0 + b"\xff\xd9"


def _gif(width: int, height: int) -> bytes:
    return b"GIF89a" + struct.pack("<HH", width, height) + b"\x00\x00\x00;"


def _ctx(tmp_path: Path, data: bytes | None = None, *, name: str = "logo.png", **branding: object) -> RenderContext:
    path = tmp_path / name
    path.write_bytes(tiny_png(40, 20) if data is None else data)
    settings: dict[str, object] = {"logo_path": str(path), "logo_alt": ALT, **branding}
    return RenderContext(timestamp=TIMESTAMP, branding=Branding(**settings))  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------------ sniffing


@pytest.mark.parametrize(
    ("data", "media_type", "size"),
    [
        (tiny_png(40, 20), "image/png", (40, 20)),
        (_jpeg(120, 45), "image/jpeg", (120, 45)),
        (_gif(33, 7), "image/gif", (33, 7)),
    ],
)
def test_sniff_reads_type_and_size_from_the_bytes(data: bytes, media_type: str, size: tuple[int, int]) -> None:
    assert sniff_image(data) == (media_type, *size)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', "SVG"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "SVG"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "not a PNG, JPEG or GIF"),
        (b"%PDF-1.7", "not a PNG, JPEG or GIF"),
        (b"\x89PNG\r\n\x1a\n", "size cannot be read"),
    ],
)
def test_sniff_refuses_everything_else_with_a_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(WriterError, match=message) as caught:
        sniff_image(data)
    assert caught.value.hint and "PNG" in caught.value.hint


# ------------------------------------------------------------------------------------------ reading


def test_no_logo_configured_reads_nothing() -> None:
    assert read_logo(RenderContext(timestamp=TIMESTAMP)) is None


def test_read_logo_returns_bytes_type_size_and_alt(tmp_path: Path) -> None:
    logo = read_logo(_ctx(tmp_path))
    assert logo is not None
    assert (logo.media_type, logo.width, logo.height, logo.alt, logo.decorative) == (
        "image/png",
        40,
        20,
        ALT,
        False,
    )
    assert base64.b64decode(logo.data_url().split(",", 1)[1]) == logo.data == tiny_png(40, 20)


def test_the_name_does_not_decide_the_type(tmp_path: Path) -> None:
    logo = read_logo(_ctx(tmp_path, _jpeg(10, 10), name="logo.png"))
    assert logo is not None and logo.media_type == "image/jpeg" and logo.extension == "jpg"


def test_decorative_logo_has_empty_alt(tmp_path: Path) -> None:
    logo = read_logo(_ctx(tmp_path, logo_alt=None, logo_decorative=True))
    assert logo is not None and logo.alt == "" and logo.decorative


def test_svg_logo_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WriterError, match="SVG"):
        read_logo(_ctx(tmp_path, b"<svg xmlns='http://www.w3.org/2000/svg'/>", name="logo.svg"))


def test_oversized_logo_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WriterError, match="larger than 2 MB"):
        read_logo(_ctx(tmp_path, tiny_png(4, 4) + b"\x00" * LOGO_SIZE_LIMIT))


def test_missing_logo_is_an_error(tmp_path: Path) -> None:
    ctx = RenderContext(timestamp=TIMESTAMP, branding=Branding(logo_path=str(tmp_path / "gone.png"), logo_alt=ALT))
    with pytest.raises(WriterError, match="cannot be read"):
        read_logo(ctx)


def test_a_directory_is_not_a_logo(tmp_path: Path) -> None:
    ctx = RenderContext(timestamp=TIMESTAMP, branding=Branding(logo_path=str(tmp_path), logo_alt=ALT))
    with pytest.raises(WriterError):
        read_logo(ctx)


def test_only_the_configured_file_counts_as_the_logo(tmp_path: Path) -> None:
    ctx = _ctx(tmp_path)
    other = tmp_path / "other.png"
    other.write_bytes(tiny_png())
    (tmp_path / "sub").mkdir()
    assert is_logo_path(ctx, tmp_path / "logo.png")
    assert is_logo_path(ctx, tmp_path / "sub" / ".." / "logo.png")
    assert not is_logo_path(ctx, other)
    assert not is_logo_path(ctx, tmp_path / "missing.png")
    assert not is_logo_path(RenderContext(timestamp=TIMESTAMP), tmp_path / "logo.png")


def test_a_symlink_to_the_logo_is_read_as_the_file_it_names(tmp_path: Path) -> None:
    target = tmp_path / "real.png"
    target.write_bytes(tiny_png(8, 8))
    link = tmp_path / "link.png"
    link.symlink_to(target)
    ctx = RenderContext(timestamp=TIMESTAMP, branding=Branding(logo_path=str(link), logo_alt=ALT))
    logo = read_logo(ctx)
    assert logo is not None and (logo.width, logo.height) == (8, 8)
    assert is_logo_path(ctx, target)


# ------------------------------------------------------------------------------------------ accent


@pytest.mark.parametrize(
    ("accent", "expected"),
    [("#005a9c", "#005a9c"), ("#05A", "#0055aa"), ("#7fb2e5", None), ("red", None), (None, None)],
)
def test_text_accent_needs_4_5_to_1_on_white(accent: str | None, expected: str | None) -> None:
    assert text_accent(RenderContext(timestamp=TIMESTAMP, branding=Branding(accent=accent))) == expected


# ------------------------------------------------------------------------------------------ writers


def test_html_inlines_the_logo_with_alt_and_size(tmp_path: Path) -> None:
    markup = HtmlWriter().render(every_kind_release(), _ctx(tmp_path)).decode("utf-8")
    tags = re.findall(r"<img\b[^>]*class=\"masthead-logo\"[^>]*>", markup)
    assert len(tags) == 1
    assert f'alt="{ALT}"' in tags[0] and 'width="40"' in tags[0] and 'height="20"' in tags[0]
    assert 'src="data:image/png;base64,' in tags[0]


def test_print_variant_sets_the_accent_only_when_text_contrast_allows(tmp_path: Path) -> None:
    good = _ctx(tmp_path, accent="#005a9c")
    assert ":root { --accent: #005a9c; }" in render_document(every_kind_release(), good, variant="print")
    weak = replace(good, branding=replace(good.branding, accent="#7fb2e5"))
    assert "--accent: #7fb2e5" not in render_document(every_kind_release(), weak, variant="print")


def test_epub_embeds_the_logo_as_a_package_item(tmp_path: Path) -> None:
    data = EpubWriter().render(every_kind_release(), _ctx(tmp_path))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        chapter = archive.read("EPUB/release.xhtml").decode("utf-8")
        opf = archive.read("EPUB/content.opf").decode("utf-8")
        image = archive.read("EPUB/images/image-1.png")
    assert image == tiny_png(40, 20)
    assert "EPUB/images/image-1.png" in names
    assert re.search(r'<img [^>]*src="images/image-1.png"', chapter)
    assert "data:" not in chapter
    assert re.search(r'<item [^>]*media-type="image/png"', opf)


def test_epub_decodes_only_raster_data_images_typed_by_their_bytes() -> None:
    from pressconv.writers.epub import _decode_data_image

    svg = "data:image/svg+xml;base64," + base64.b64encode(b"<svg xmlns='http://www.w3.org/2000/svg'/>").decode()
    assert _decode_data_image(svg) is None
    assert _decode_data_image("data:image/png,notbase64") is None
    png = "data:image/gif;base64," + base64.b64encode(tiny_png()).decode()
    assert _decode_data_image(png) == ("image/png", tiny_png())


def test_docx_puts_the_footer_in_the_page_footer_and_colours_headings(tmp_path: Path) -> None:
    ctx = _ctx(tmp_path, footer="Presseamt · Markt 1", accent="#005a9c")
    data = DocxWriter().render(every_kind_release(), ctx)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        footers = [archive.read(n).decode("utf-8") for n in archive.namelist() if n.startswith("word/footer")]
        styles = archive.read("word/styles.xml").decode("utf-8")
    assert any("Presseamt · Markt 1" in footer for footer in footers)
    title = re.search(r'<w:style [^>]*w:styleId="Title".*?</w:style>', styles, re.DOTALL)
    assert title and 'w:color w:val="005A9C"' in title.group(0)


def test_docx_without_branding_keeps_its_own_heading_colour() -> None:
    data = DocxWriter().render(every_kind_release(), RenderContext(timestamp=TIMESTAMP))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        styles = archive.read("word/styles.xml").decode("utf-8")
        assert not any(n.startswith("word/footer") and "Presseamt" in archive.read(n).decode() for n in archive.namelist())
    assert 'w:color w:val="1F3864"' in styles


def test_branded_outputs_are_reproducible(tmp_path: Path) -> None:
    ctx = _ctx(tmp_path, footer="Presseamt", accent="#005a9c")
    for writer in (HtmlWriter(), EpubWriter(), DocxWriter()):
        assert writer.render(every_kind_release(), ctx) == writer.render(every_kind_release(), ctx)


# ------------------------------------------------------------------- oversized images (issue 15 #16)


def _png_header(width: int, height: int) -> bytes:
    """A PNG signature and IHDR chunk: all a decoder needs to decide how much memory to take."""
    import zlib

    body = b"IHDR" + struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + body + struct.pack(">I", zlib.crc32(body))


@pytest.mark.parametrize(
    "data",
    [_png_header(13000, 13000), _png_header(30000, 30000), _gif(65535, 65535), _jpeg(20000, 9000)],
)
def test_sniff_refuses_images_too_large_to_decode(data: bytes) -> None:
    # Decoding 13000 x 13000 took 1.56 GB; the header alone tells, before any decoder runs.
    with pytest.raises(WriterError, match="pixels"):
        sniff_image(data)


def test_config_refuses_an_oversized_logo_with_its_line(tmp_path: Path) -> None:
    from pressconv.config import ConfigError, parse_config

    (tmp_path / "logo.png").write_bytes(_png_header(30000, 30000))
    config = tmp_path / "pressconv.toml"
    config.write_text('organisation = "Stadt"\nlogo = { path = "logo.png", alt = "Logo" }\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"pressconv\.toml:2: logo\.path: .*pixels"):
        parse_config(config.read_text(encoding="utf-8"), config)


def test_config_reads_at_most_the_cap_of_a_huge_logo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pressconv.config import ConfigError, parse_config

    logo = tmp_path / "logo.png"
    with logo.open("wb") as handle:
        handle.write(tiny_png(4, 4))
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing on disk
    # Reading the whole file would be the bug: refuse any whole-file read of the logo.
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"read {self} whole"))
    config = tmp_path / "pressconv.toml"
    config.write_text('logo = { path = "logo.png", alt = "Logo" }\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"pressconv\.toml:1: logo\.path: .*larger than 2 MB"):
        parse_config(config.read_text(encoding="utf-8"), config)
