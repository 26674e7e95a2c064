"""The HTML writer's pages checked by real tools: axe-core in Chromium, the Nu Html Checker, reflow, text."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from pressconv.model import (
    Block,
    Emphasis,
    Inline,
    Lang,
    Link,
    Quotation,
    Release,
    Strong,
    block_text,
    inline_text,
)
from pressconv.writers.base import Branding, RenderContext
from pressconv.writers.html import render_document
from tests.fixtures.releases import (
    ENTITY,
    JINJA_EXPR,
    SCRIPT,
    SCRIPT_PLAIN,
    context,
    english_release,
    every_kind_release,
    hostile_release,
    seed_release,
)
from tests.fixtures.words import words
from tests.validators import tools

pytestmark = pytest.mark.validator

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "corpus"
ARTIFACTS = REPO / "test-artifacts"
SCREEN_CSS = REPO / "styles" / "screen.css"
SEED_NAME = "de-city-dortmund-seed"
CORPUS_FILES = sorted(CORPUS.glob("*.txt"))

FIXTURES = {
    "fixture-full": every_kind_release,
    "fixture-english": english_release,
    "fixture-hostile": hostile_release,
    "fixture-seed": seed_release,
    "fixture-branded": every_kind_release,
}
# Pages rendered with an organisation's branding (accent colour CSS, footer text).
BRANDINGS = {
    "fixture-branded": Branding(organisation="Polizei Berlin", accent="#b00020", footer="Platz der Luftbrücke 6"),
}
PAGE_NAMES = [*FIXTURES, *(f"corpus-{path.stem}" for path in CORPUS_FILES)]


@dataclass(frozen=True)
class Page:
    """One rendered page: its release (for the text comparison) and the file the tools open."""

    name: str
    release: Release
    path: Path

    @property
    def xhtml_path(self) -> Path:
        """Where the EPUB (polyglot XHTML) variant of the same release is written."""
        return self.path.with_suffix(".xhtml")


def _parse_corpus_file(path: Path) -> Release:
    from pressconv.api import parse

    return parse(path.read_bytes(), path=str(path)).release


def _context_for(release: Release, branding: Branding | None = None) -> RenderContext:
    from pressconv.api import make_context

    # The fixed timestamp keeps pages comparable between runs; make_context picks the same
    # defaults the CLI does otherwise.
    return make_context(release, timestamp=context().timestamp, branding=branding)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Page]:
    """Render every fixture and corpus release once into a temporary folder."""
    folder = tmp_path_factory.mktemp("html-pages")
    rendered: dict[str, Page] = {}
    for name, factory in FIXTURES.items():
        release = factory()
        rendered[name] = Page(name, release, folder / f"{name}.html")
    for path in CORPUS_FILES:
        release = _parse_corpus_file(path)
        name = f"corpus-{path.stem}"
        rendered[name] = Page(name, release, folder / f"{name}.html")
    for name, page in rendered.items():
        ctx = _context_for(page.release, BRANDINGS.get(name))
        page.path.write_text(render_document(page.release, ctx), encoding="utf-8")
        xhtml = render_document(page.release, ctx, variant="epub")
        page.xhtml_path.write_text(xhtml, encoding="utf-8")
    return rendered


@pytest.fixture(scope="module")
def vnu_results(pages: dict[str, Page]) -> dict[str, list[dict[str, Any]]]:
    """Run the Nu Html Checker once over all pages and their XHTML variants (one JVM start).

    Keys are page names for the HTML pages and ``name + ".xhtml"`` for the EPUB variants.
    """
    paths = [path for page in pages.values() for path in (page.path, page.xhtml_path)]
    by_path = tools.vnu_messages([*paths, SCREEN_CSS])
    results = {name: by_path[page.path] for name, page in pages.items()}
    results.update({f"{name}.xhtml": by_path[page.xhtml_path] for name, page in pages.items()})
    results["screen.css"] = by_path[SCREEN_CSS]
    return results


# ---------------------------------------------------------------------------- per page


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_vnu_reports_no_errors_and_no_warnings(name: str, vnu_results: dict[str, list[dict[str, Any]]]) -> None:
    messages = vnu_results[name]
    assert messages == [], "\n".join(
        f"{m.get('type')}/{m.get('subType')}: {m.get('message')} [{m.get('extract', '')!r}]" for m in messages
    )


def test_vnu_accepts_the_stylesheet(vnu_results: dict[str, list[dict[str, Any]]]) -> None:
    assert vnu_results["screen.css"] == []


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_vnu_accepts_the_epub_variant(name: str, vnu_results: dict[str, list[dict[str, Any]]]) -> None:
    # The XHTML is parsed as XML by vnu (well-formedness) and checked against the HTML rules.
    messages = vnu_results[f"{name}.xhtml"]
    assert messages == [], "\n".join(f"{m.get('type')}: {m.get('message')}" for m in messages)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGE_NAMES)
def test_axe_finds_no_violations(name: str, scheme: str, pages: dict[str, Page], browser: tools.Browser) -> None:
    violations = browser.axe(pages[name].path, color_scheme=scheme)  # type: ignore[arg-type]
    assert violations == [], tools.describe_violations(violations)


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_axe_at_320_px(name: str, pages: dict[str, Page], browser: tools.Browser) -> None:
    violations = browser.axe(pages[name].path, viewport_width=320)
    assert violations == [], tools.describe_violations(violations)


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_reflows_at_320_css_pixels(name: str, pages: dict[str, Page], browser: tools.Browser) -> None:
    # WCAG 1.4.10 Reflow: 320 CSS px is 1280 px at 400 % zoom; nothing may scroll sideways.
    assert browser.scroll_width(pages[name].path, width=320) <= 320


def _inline_words_text(inlines: tuple[Inline, ...]) -> str:
    """Like ``inline_text``, but a link is its own run of words (the page may show a description
    glued text cannot run into, e.g. "Company Website" + "http://…" in the source)."""
    parts: list[str] = []
    for node in inlines:
        if isinstance(node, Link):
            parts.append(f" {_inline_words_text(node.children)} ")
        elif isinstance(node, Emphasis | Strong | Lang | Quotation):
            parts.append(_inline_words_text(node.children))
        else:
            parts.append(inline_text((node,)))
    return "".join(parts)


def _block_words_text(block: Block) -> str:
    """The text of a block for the word comparison (image alt text is not innerText: axe checks it)."""
    return block_text(block, inline=_inline_words_text, cell_separator=" ", image_alt=False)


def _release_chunks(release: Release) -> list[str]:
    """Every piece of release text a reader must find on the page, in reading order."""
    meta = release.meta
    chunks: list[str] = [meta.kicker or "", _inline_words_text(meta.title)]
    # An inferred place is metadata the source never wrote; the page does not print it (JSON-LD only).
    place = "" if meta.place_inferred else (meta.place or "")
    chunks += [_inline_words_text(meta.subtitle) if meta.subtitle else "", place]
    chunks += [meta.issued_time or "", meta.release_number or "", meta.author or ""]
    chunks += [_block_words_text(block) for block in release.body]
    for section in release.sections:
        chunks.append(section.title)
        chunks += [_block_words_text(block) for block in section.blocks]
        for contact in section.contacts:
            chunks += [
                contact.name or "",
                contact.role or "",
                contact.organisation or "",
                contact.address or "",
                contact.phone or "",
                contact.email or "",
            ]
    return [chunk for chunk in chunks if chunk.strip()]


def _missingwords(chunk: list[str], page: list[str]) -> list[str]:
    """Return the words of ``chunk`` that do not appear, in order, in ``page`` (empty when all do)."""
    position = 0
    for index, word in enumerate(chunk):
        try:
            position = page.index(word, position) + 1
        except ValueError:
            return chunk[index:]
    return []


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_word_of_the_release_is_on_the_page(name: str, pages: dict[str, Page], browser: tools.Browser) -> None:
    page = pages[name]
    page_words = words(browser.inner_text(page.path))
    problems = []
    for chunk in _release_chunks(page.release):
        missing = _missingwords(words(chunk), page_words)
        if missing:
            problems.append(f"{chunk[:80]!r}: missing from {missing[0]!r} on")
    assert not problems, "\n".join(problems)
    if page.release.meta.issued:
        assert str(page.release.meta.issued.year) in page_words


# ---------------------------------------------------------------------------- specific pages


def test_hostile_text_is_inert_in_the_browser(pages: dict[str, Page], browser: tools.Browser) -> None:
    with browser.page(pages["fixture-hostile"].path) as page:
        state = page.evaluate(
            """() => ({
                pwned: typeof window.pwned,
                scripts: Array.from(document.scripts).map(s => s.type),
                images: document.images.length,
                text: document.body.innerText,
                title: document.title,
                hrefs: Array.from(document.links).map(a => a.getAttribute('href')),
            })"""
        )
    assert state["pwned"] == "undefined"
    assert state["scripts"] == ["application/ld+json"]
    assert state["images"] == 0
    for literal in (SCRIPT_PLAIN, JINJA_EXPR, ENTITY, "<img src=x onerror=window.pwned=1>"):
        assert literal in state["text"], literal
    assert SCRIPT in state["title"]
    assert not any(href.startswith(("javascript:", "data:")) for href in state["hrefs"])


def test_seed_json_ld_in_the_browser(pages: dict[str, Page], browser: tools.Browser) -> None:
    name = f"corpus-{SEED_NAME}" if f"corpus-{SEED_NAME}" in pages else "fixture-seed"
    with browser.page(pages[name].path) as page:
        raw = page.evaluate("() => document.querySelector('script[type=\"application/ld+json\"]').textContent")
    data = json.loads(raw)
    assert data["@type"] == "NewsArticle"
    assert data["headline"].startswith("Dortmund als „Digitalste Stadt“ ausgezeichnet")
    assert data["datePublished"].startswith("2018-09-20")
    assert data["inLanguage"].startswith("de")


def test_focus_and_skip_link(pages: dict[str, Page], browser: tools.Browser) -> None:
    with browser.page(pages["fixture-full"].path) as page:
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
                const el = document.activeElement;
                const box = el.getBoundingClientRect();
                const style = getComputedStyle(el);
                return {cls: el.className, top: box.top, height: box.height,
                        outline: style.outlineStyle, width: parseFloat(style.outlineWidth)};
            }"""
        )
        # WCAG 2.4.1 / 2.4.7: the skip link is the first stop, on screen, with a visible outline.
        assert focused["cls"] == "skip-link"
        assert focused["top"] >= 0 and focused["height"] > 0
        assert focused["outline"] != "none" and focused["width"] >= 2
        page.keyboard.press("Enter")
        assert page.evaluate("() => location.hash") == "#inhalt"


def test_quotation_marks_follow_the_language(pages: dict[str, Page], browser: tools.Browser) -> None:
    assert browser.computed_style(pages["fixture-full"].path, "q", "quotes").startswith('"„" "“"')
    assert browser.computed_style(pages["fixture-english"].path, "q", "quotes").startswith('"“" "”"')


def test_dark_scheme_changes_colours(pages: dict[str, Page], browser: tools.Browser) -> None:
    path = pages["fixture-full"].path
    light = browser.computed_style(path, "body", "background-color")
    dark = browser.computed_style(path, "body", "background-color", color_scheme="dark")
    assert light == "rgb(255, 255, 255)" and dark != light


def test_corpus_is_rendered() -> None:
    # The corpus copies arrive with the parser; until then this fails rather than silently testing less.
    assert len(CORPUS_FILES) >= 20, f"expected the real corpus in {CORPUS}, found {len(CORPUS_FILES)} files"
    assert any(path.stem == SEED_NAME for path in CORPUS_FILES)


def test_screenshots_of_the_seed(pages: dict[str, Page], browser: tools.Browser) -> None:
    """Write the seed page as PNGs (light, dark, 320 px) to test-artifacts/ for people to look at."""
    name = f"corpus-{SEED_NAME}" if f"corpus-{SEED_NAME}" in pages else "fixture-seed"
    ARTIFACTS.mkdir(exist_ok=True)
    path = pages[name].path
    outputs = [
        browser.screenshot(path, ARTIFACTS / "seed-html-light.png", "light"),
        browser.screenshot(path, ARTIFACTS / "seed-html-dark.png", "dark"),
        browser.screenshot(path, ARTIFACTS / "seed-html-320.png", "light", width=320),
        browser.screenshot(pages["fixture-full"].path, ARTIFACTS / "fixture-full-html-light.png", "light"),
    ]
    for png in outputs:
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert png.stat().st_size > 10_000
