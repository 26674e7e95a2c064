"""The easy HTML page passes axe (all tags incl. best practice) and vnu, with large, high-contrast text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pressconv.api import make_context, render
from pressconv.registry import get_writer
from pressconv.transforms import SUMMARY, run
from tests.fixtures.releases import seed_release
from tests.validators import tools

# Relative luminance contrast of every visible text element, computed in the page (WCAG 2.x formula).
_CONTRAST_JS = """() => {
  const parse = (c) => { const m = c.match(/rgba?\\(([^)]+)\\)/); const p = m[1].split(',').map(Number);
                         return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
  const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  const lum = (c) => {
                       return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const background = (el) => { for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor); if (c.a > 0) return c; }
    return {r: 255, g: 255, b: 255, a: 1}; };
  const out = [];
  for (const el of document.querySelectorAll('h1, h2, h3, p, li, a, q, strong')) {
    if (!el.innerText.trim() || el.getClientRects().length === 0) continue;
    if (el.classList.contains('skip-link')) continue;
    const style = getComputedStyle(el);
    const fg = lum(parse(style.color)), bg = lum(background(el));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    out.push({tag: el.tagName, text: el.innerText.slice(0, 40), ratio, size: parseFloat(style.fontSize),
              lineHeight: parseFloat(style.lineHeight), align: style.textAlign, hyphens: style.hyphens,
              family: style.fontFamily});
  }
  return out;
}"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("easy")
    release = seed_release()
    writer = get_writer("easy")
    hyphen = make_context(release, stem="seed", options={"easy_separator": "hyphen"})
    paths = []
    for name, ctx in (
        ("seed.leicht.html", make_context(release, stem="seed")),
        ("hyphen.leicht.html", hyphen),
    ):
        path = folder / name
        # The API runs the summary stage for the easy format; the writer only renders.
        path.write_bytes(render(release, "easy", ctx=ctx))
        paths.append(path)
    # An already summarised release renders as is (the --easy path of other writers).
    path = folder / "presummarised.leicht.html"
    easy = run(release, SUMMARY)
    path.write_bytes(writer.render(easy, make_context(easy, stem="seed")))
    paths.append(path)
    return paths


def test_writer_attributes() -> None:
    writer = get_writer("easy")
    assert (writer.name, writer.extension, writer.media_type, writer.requires) == (
        "easy",
        "leicht.html",
        "text/html",
        ("wordfreq", "pyphen", "HanTa", "numpy"),  # what the summary transform needs (issue 18 #2)
    )


def test_page_content(pages: list[Path]) -> None:
    html = pages[0].read_text(encoding="utf-8")
    assert '<html lang="de-DE">' in html
    assert "Entwurf – nicht von Prüferinnen und Prüfern geprüft" in html
    assert '<a href="seed.html">' in html
    assert "<h1>Die Stadt Dortmund hat einen Preis bekommen</h1>" in html
    assert "19. September 2018" in html and "Potsdam" in html
    assert 'Preis<span aria-hidden="true">·</span>verleihung' in html
    assert "Preis-Verleihung" in pages[1].read_text(encoding="utf-8")
    assert pages[2].read_bytes() == pages[0].read_bytes()


def test_same_bytes_twice(pages: list[Path]) -> None:
    release = seed_release()
    assert render(release, "easy", ctx=make_context(release, stem="seed")) == pages[0].read_bytes()


def test_writer_refuses_a_release_that_is_not_a_summary() -> None:
    from pressconv.errors import WriterError

    release = seed_release()
    with pytest.raises(WriterError):
        get_writer("easy").render(release, make_context(release, stem="seed"))


@pytest.mark.validator
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing(pages: list[Path], browser: tools.Browser, scheme: Any) -> None:
    for page in pages[:2]:
        for width in (1280, 320):
            violations = browser.axe(page, viewport_width=width, color_scheme=scheme)
            assert violations == [], [(v["id"], v["help"]) for v in violations]


@pytest.mark.validator
def test_vnu_finds_nothing(pages: list[Path]) -> None:
    messages = tools.vnu_messages(pages)
    assert all(found == [] for found in messages.values()), messages


@pytest.mark.validator
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_layout_measured_in_chromium(pages: list[Path], browser: tools.Browser, scheme: Any) -> None:
    with browser.page(pages[0], color_scheme=scheme) as page:
        elements: list[dict[str, Any]] = page.evaluate(_CONTRAST_JS)
    assert len(elements) > 20  # every text element of the page is measured, not a handful
    for element in elements:
        assert element["ratio"] >= 7.0, element  # WCAG 1.4.6 (AAA), asked for easy language
        assert element["size"] >= 20.0, element  # >= 1.25rem; rule books: >= 14pt
        assert element["lineHeight"] >= 1.25 * element["size"], element
        assert element["align"] in ("left", "start"), element
        assert element["hyphens"] == "none", element
        assert "sans-serif" in element["family"], element
    paragraphs = [e for e in elements if e["tag"] == "P"]
    assert all(e["lineHeight"] >= 1.5 * e["size"] for e in paragraphs)


@pytest.mark.validator
def test_no_horizontal_scroll_at_320px(pages: list[Path], browser: tools.Browser) -> None:
    assert browser.scroll_width(pages[0], 320) <= 320
