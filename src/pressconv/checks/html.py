"""Structural accessibility checks of an HTML page with the stdlib parser (no browser needed)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from pressconv.checks.base import Issue

__all__ = ["check_html"]

_URL_TEXT = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


@dataclass(slots=True)
class _OpenLink:
    href: str
    label: str | None
    text: list[str] = field(default_factory=list)


class _Collector(HTMLParser):
    """Collects just the facts the checks need in one pass."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.html_lang: str | None = None
        self.saw_html = False
        self.title_parts: list[str] = []
        self.in_title = False
        self.headings: list[int] = []
        self.landmarks: dict[str, int] = {"main": 0, "banner": 0, "contentinfo": 0}
        self.images_without_alt = 0
        self.links: list[_OpenLink] = []
        self.finished_links: list[_OpenLink] = []
        self.skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        role = attributes.get("role", "").strip().lower()
        if tag == "html":
            self.saw_html = True
            self.html_lang = attributes.get("lang", attributes.get("xml:lang"))
        elif tag == "title":
            self.in_title = True
        elif tag in ("script", "style", "template"):
            self.skip_depth += 1
        elif re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        elif tag == "img":
            # alt="" is right for decorative images (WCAG H67); a missing alt is always wrong.
            if "alt" not in attributes and role not in ("presentation", "none"):
                self.images_without_alt += 1
            if self.links:
                self.links[-1].text.append(attributes.get("alt", ""))
        elif tag == "a" and "href" in attributes:
            label = attributes.get("aria-label") or attributes.get("aria-labelledby")
            self.links.append(_OpenLink(href=attributes["href"], label=label))
        # The HTML-AAM mapping: <main> is main; <header>/<footer> are banner/contentinfo at page level.
        if tag == "main" or role == "main":
            self.landmarks["main"] += 1
        if tag == "header" or role == "banner":
            self.landmarks["banner"] += 1
        if tag == "footer" or role == "contentinfo":
            self.landmarks["contentinfo"] += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in ("script", "style", "template") and self.skip_depth:
            self.skip_depth -= 1
        elif tag == "a" and self.links:
            self.finished_links.append(self.links.pop())

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.in_title:
            self.title_parts.append(data)
        if self.links:
            self.links[-1].text.append(data)


def check_html(data: bytes) -> list[Issue]:
    """Return the accessibility problems of one HTML page (empty when it passes)."""
    collector = _Collector()
    collector.feed(data.decode("utf-8", errors="replace"))
    collector.close()
    issues: list[Issue] = []
    # WCAG 3.1.1 Language of Page.
    if not (collector.html_lang or "").strip():
        issues.append(Issue("html.no-lang", "<html> has no lang attribute (WCAG 3.1.1)"))
    # WCAG 2.4.2 Page Titled.
    if not "".join(collector.title_parts).strip():
        issues.append(Issue("html.no-title", "the page has no <title> or an empty one (WCAG 2.4.2)"))
    h1_count = collector.headings.count(1)
    if h1_count != 1:
        issues.append(Issue("html.h1-count", f"the page has {h1_count} <h1> elements, expected exactly one"))
    previous = 0
    for level in collector.headings:
        if level > previous + 1:
            after = f"follows <h{previous}>" if previous else "follows no earlier heading"
            issues.append(Issue("html.heading-skip", f"<h{level}> {after} (WCAG 1.3.1)"))
        previous = level
    for landmark, element in (("main", "<main>"), ("banner", "<header>"), ("contentinfo", "<footer>")):
        if collector.landmarks[landmark] == 0:
            issues.append(Issue(f"html.no-{landmark}", f"no {element} landmark (WCAG 1.3.1, ARIA11)"))
    if collector.landmarks["main"] > 1:
        issues.append(Issue("html.multiple-main", "more than one main landmark"))
    if collector.images_without_alt:
        issues.append(
            Issue(
                "html.img-no-alt",
                f"{collector.images_without_alt} <img> without an alt attribute (WCAG 1.1.1)",
            )
        )
    for link in collector.finished_links:
        text = " ".join("".join(link.text).split())
        if link.label:
            continue
        if not text:
            issues.append(Issue("html.link-no-text", f"a link to {link.href[:80]} has no text (WCAG 2.4.4)"))
        elif _URL_TEXT.match(text):
            issues.append(Issue("html.link-url-text", f"a link's text is a bare URL: {text[:80]} (WCAG 2.4.4)"))
    return issues
