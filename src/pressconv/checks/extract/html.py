"""The text of an HTML or XHTML output: what a reader sees, plus link targets and image alt texts."""

from __future__ import annotations

from html.parser import HTMLParser

__all__ = ["html_text"]

# Elements that end a line of text: their words never run into the next element's.
_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "caption",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "section",
        "table",
        "td",
        "th",
        "title",
        "tr",
        "ul",
        "time",
    }
)


class _HtmlText(HTMLParser):
    """Visible text of an HTML page (no scripts or styles), plus link targets and image alt texts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.extra: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag in ("script", "style", "template"):
            self.skip += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "img" and attributes.get("alt"):
            self.parts.append(f" {attributes['alt']} ")
        # The full address of a link whose text is a description stays available (DESIGN §5).
        if tag == "a" and attributes.get("href"):
            self.extra.append(attributes["href"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "template") and self.skip:
            self.skip -= 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)

    def text(self) -> str:
        return "".join(self.parts) + "\n" + "\n".join(self.extra)


def html_text(data: bytes) -> str:
    """Text of an HTML or XHTML document."""
    parser = _HtmlText()
    parser.feed(data.decode("utf-8", errors="replace"))
    parser.close()
    return parser.text()
