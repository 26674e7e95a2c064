"""Reviewable text forms of writer outputs for the golden files: pretty HTML and XML, a PDF outline.

Pretty-printing only moves whitespace that no reader shows: line breaks and indentation between
block-level elements. Text, inline markup, attributes (as written), scripts and styles stay byte for
byte, so every change a user could see shows up in a golden diff.
"""

from __future__ import annotations

import io
import zipfile
from html.parser import HTMLParser

from lxml import etree

from pressconv.checks.pdf_structure import structure_outline

# Elements that start their own line. Everything else (a, q, span, abbr, time, em, strong, br, img …)
# is inline: whitespace around it is visible, so it stays on its block's line exactly as written.
_BLOCK_TAGS = (
    "html head body title meta link style script header footer main article section nav aside div p "
    "h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table caption thead tbody tfoot tr th td figure figcaption "
    "blockquote address hr"
)
_BLOCK = frozenset(_BLOCK_TAGS.split())
_VOID_TAGS = "area base br col embed hr img input link meta source track wbr"
_VOID = frozenset(_VOID_TAGS.split())
_RAW = frozenset({"script", "style"})


class _Indenter(HTMLParser):
    """Re-emit HTML with one block element per line, indented by depth; inline runs verbatim."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.lines: list[str] = []
        self.depth = 0
        self.run: list[str] = []
        self.raw: str | None = None

    def _flush(self) -> None:
        text = "".join(self.run)
        self.run.clear()
        if text.strip():
            # Only the ends of a run sit next to a block boundary, where whitespace is not shown.
            self.lines.append("  " * self.depth + text.strip())

    def handle_decl(self, decl: str) -> None:
        self.lines.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.lines.append(f"<?{data}>")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        text = self.get_starttag_text() or f"<{tag}>"
        if tag not in _BLOCK:
            self.run.append(text)
            return
        self._flush()
        self.lines.append("  " * self.depth + text)
        if tag in _RAW:
            self.raw = tag
        elif tag not in _VOID:
            self.depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        text = self.get_starttag_text() or f"<{tag}/>"
        if tag not in _BLOCK:
            self.run.append(text)
            return
        self._flush()
        self.lines.append("  " * self.depth + text)

    def handle_endtag(self, tag: str) -> None:
        if tag in _RAW and self.raw == tag:
            self.raw = None
            self.lines.append("  " * self.depth + f"</{tag}>")
            return
        if tag not in _BLOCK:
            self.run.append(f"</{tag}>")
            return
        self._flush()
        self.depth = max(0, self.depth - 1)
        self.lines.append("  " * self.depth + f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self.raw is not None:
            # A script or style body: kept as written, line by line (its whitespace is its own).
            self.lines.extend(data.strip("\n").split("\n"))
            return
        self.run.append(data)

    def handle_entityref(self, name: str) -> None:
        self.run.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.run.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self.run.append(f"<!--{data}-->")


def pretty_html(html: str) -> str:
    """The page with one block element per line, indented; inline content and attributes unchanged."""
    indenter = _Indenter()
    indenter.feed(html)
    indenter.close()
    indenter._flush()
    return "\n".join(indenter.lines) + "\n"


def pretty_xml(data: bytes, *, drop_layout_whitespace: bool = False) -> str:
    """An XML part re-serialised with indentation (libxml2 leaves mixed and text content alone).

    With ``drop_layout_whitespace`` the whitespace-only text between elements is dropped first, so
    a part the writer already broke into lines (EPUB package and nav) is indented evenly too; libxml2
    keeps whitespace where it is content (next to text, or under ``xml:space="preserve"``).
    """
    parser = etree.XMLParser(remove_blank_text=drop_layout_whitespace)
    root = etree.fromstring(data, parser)
    text: str = etree.tostring(root, pretty_print=True, encoding="unicode")
    return text


def zip_member(data: bytes, name: str) -> bytes:
    """One member of a zip container (DOCX, EPUB)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


# Grouping elements: their text is exactly their children's, which follow them in the outline, so
# printing it again would only repeat the page (a Part holds the whole release).
_PDF_GROUP_TYPES = "Part Art Sect Div L LI Table THead TBody TFoot TR BlockQuote TOC TOCI Figure Form"
_PDF_GROUPS = frozenset(_PDF_GROUP_TYPES.split())


def pdf_outline(data: bytes) -> str:
    """The PDF's structure tree as ``Type: text`` lines in reading order (checks.pdf_structure).

    Grouping elements are shown by type alone; every text is still there, on their children.
    """
    lines = []
    for kind, text in structure_outline(data):
        lines.append(f"{kind}: {text}" if text and kind not in _PDF_GROUPS else kind)
    return "\n".join(lines) + "\n"
