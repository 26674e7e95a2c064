"""colour.py: hex parsing and the WCAG 2.x contrast ratio that config and every writer share."""

from __future__ import annotations

import pytest

from pressconv.colour import BLACK, WHITE, contrast_ratio, hex_rgb, parse_colour, relative_luminance


@pytest.mark.parametrize(
    ("foreground", "expected"),
    [
        # Reference values from WebAIM's contrast checker and the WCAG 2.x understanding documents:
        # #767676 is the lightest grey that passes 4.5:1 on white, #777777 just fails it.
        ("#000000", 21.0),
        ("#ffffff", 1.0),
        ("#767676", 4.54),
        ("#777777", 4.48),
        ("#949494", 3.03),
        ("#005a9c", 7.13),
        ("#ff0000", 4.00),
        ("#0000ff", 8.59),
    ],
)
def test_contrast_with_white_matches_published_values(foreground: str, expected: float) -> None:
    assert contrast_ratio(parse_colour(foreground), WHITE) == pytest.approx(expected, abs=0.01)


def test_relative_luminance_follows_the_wcag_definition() -> None:
    # L = 0.2126 R + 0.7152 G + 0.0722 B over linearised sRGB channels.
    assert relative_luminance(WHITE) == pytest.approx(1.0)
    assert relative_luminance(BLACK) == 0.0
    assert relative_luminance((255, 0, 0)) == pytest.approx(0.2126)
    assert relative_luminance((0, 255, 0)) == pytest.approx(0.7152)
    # Below the linearisation threshold the channel is divided by 12.92 (10/255 = 0.0392).
    assert relative_luminance((10, 10, 10)) == pytest.approx(10 / 255 / 12.92)
    # Above it the 2.4 power curve: 11/255 = 0.0431.
    assert relative_luminance((11, 11, 11)) == pytest.approx(((11 / 255 + 0.055) / 1.055) ** 2.4)


def test_contrast_is_symmetric() -> None:
    dark, light = parse_colour("#123456"), parse_colour("#fedcba")
    assert contrast_ratio(dark, light) == contrast_ratio(light, dark)


def test_parse_colour_takes_short_and_long_hex_in_any_case() -> None:
    assert parse_colour("#abc") == (0xAA, 0xBB, 0xCC)
    assert parse_colour(" #005A9c ") == (0x00, 0x5A, 0x9C)
    assert hex_rgb(parse_colour("#ABC")) == "#aabbcc"


@pytest.mark.parametrize("value", ["005a9c", "#12345", "#1234567", "#ggg", "red", "#abcd", "", "#abc\n#def"])
def test_parse_colour_refuses_anything_else(value: str) -> None:
    with pytest.raises(ValueError, match="is not a colour"):
        parse_colour(value)
