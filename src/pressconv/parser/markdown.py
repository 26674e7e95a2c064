"""Pre-pass for releases kept as Markdown (website repositories): front matter, blocks and markup."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from pressconv.diagnostics import RemovedLine
from pressconv.parser._lazy import lazy_compile
from pressconv.parser.contacts import match_section_heading
from pressconv.parser.dates import find_date
from pressconv.parser.frontmatter import FrontMatter, read_front_matter
from pressconv.parser.header import KICKER, match_dateline
from pressconv.parser.limits import (
    HTML2TEXT_WIDTH,
    HTML2TEXT_WRAPPED_HEADING_MIN,
    SETEXT_HEADING_MAX,
    SHORT_LINE_MAX,
    TEL_LINK_TAIL_DIGITS,
)
from pressconv.parser.lines import Line

__all__ = ["Prepass", "is_markdown", "prepass"]

# Markdown block syntax that plain-text releases do not use: ATX headings, inline links and images,
# strong emphasis, site-generator shortcodes.
_SIGNAL = lazy_compile(
    r"^#{1,6}\s+\S|\[[^\]\n]{1,300}\]\([^)\s]{1,2000}\)|\*\*\S[^*\n]{0,300}\*\*|__\S[^_\n]{0,300}__|"
    r"^\{\{[<%]?\s|^\{%\s"
)
_ATX = lazy_compile(r"(?P<hashes>#{1,6})\s+(?P<text>.*)")
_ITEM = lazy_compile(r"(?P<marker>[*+-]|(?P<number>\d{1,3})[.)])\s+(?P<rest>\S.*)")
# Hugo/Zola/Jekyll/Eleventy shortcodes and template tags standing on their own line.
_SHORTCODE = lazy_compile(r"\{\{.*\}\}|\{%.*%\}")
_IMAGE = lazy_compile(r"\[?!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)(?:\]\([^)\n]{0,2000}\))?")
_LINK = lazy_compile(r"\[(?P<text>[^\]\n]{1,500})\]\((?P<url>[^)\s]{0,2000})(?:\s+\"[^\"\n]{0,300}\")?\)")
_ABSOLUTE = lazy_compile(r"(?i)(?:https?://|mailto:|tel:|www\.|[\w.+-]+@[\w-]+\.)")
_COMMENT_OPEN, _COMMENT_CLOSE = "<!--", "-->"
# Block-level HTML tags end a paragraph; inline tags become Markdown emphasis or links.
_BLOCK_TAGS = "p|div|section|article|header|footer|ul|ol|li|blockquote|table|thead|tbody|tr|td|th|figure|hr|h[1-6]"
_INLINE_TAGS = "span|b|strong|i|em|u|a|br|small|sup|sub|font|center|img|figcaption|button|mark|abbr|time|picture|source"
_TAG = lazy_compile(r"</?(?P<name>" + _BLOCK_TAGS + "|" + _INLINE_TAGS + r")\b[^<>]{0,2000}>", re.IGNORECASE)
_HREF = lazy_compile(r"""href\s*=\s*["']?(?P<url>[^"'\s>]+)""", re.IGNORECASE)
_BLOCK_NAMES = frozenset(_BLOCK_TAGS.split("|"))
_HREF_ATTRIBUTE = lazy_compile(r"""href\s*=\s*["']?[^"'\s>]+["']?""", re.IGNORECASE)
_HEADING_TAG = lazy_compile(r"h(?P<level>[1-6])", re.IGNORECASE)
_ORDERED_OUT = lazy_compile(r"\d{1,3}\. ")
_TABLE_RULE = lazy_compile(r":?-{1,200}:?")
# Kramdown attribute lists ("{: .lead}") and Liquid/Hugo tags stand on lines of their own.
_ATTRIBUTES = lazy_compile(r"\{:[^{}]{0,300}\}")
_ENTITY = lazy_compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ESCAPE = lazy_compile(r"\\(?P<char>[!-/:-@\[-`{-~])")
_WHOLE_EMPHASIS = lazy_compile(r"(?P<mark>\*\*|__|\*|_)\s*(?P<text>[^*_\s](?:.*[^*_\s])?)\s*(?P=mark)")
# "**Kassel (29.08.2023).** Das Bündnis …": a lead that opens with its dateline in bold.
_BOLD_OPENING = lazy_compile(r"(?P<mark>\*\*|__)(?P<text>[^*_\n]{2,120}?)(?P=mark)\s+(?=\S)")


# An ordered item as _flush_ordered writes it ("3. text").
_ORDERED_EMITTED = lazy_compile(r"(\d{1,9})\. ")


@dataclass
class Prepass:
    """The lines the parser reads, what was removed on the way, and what the front matter said."""

    lines: list[Line]
    removed: list[RemovedLine] = field(default_factory=list)
    front: FrontMatter | None = None
    markdown: bool = False
    # An emphasised release-type label above the text ("*Pressemitteilung …, 17.03.2022*"): line, text.
    label: tuple[int, str] | None = None
    # A wholly bold paragraph above the text (the standfirst): line, text.
    standfirst: tuple[int, str] | None = None
    error: str | None = None  # the pre-pass failed and the text is read as plain text


def is_markdown(lines: list[str], path: str | None, front: FrontMatter | None) -> bool:
    """True for Markdown sources: front matter, a .md/.markdown name, or Markdown block syntax."""
    if front is not None and front.kind in ("yaml", "toml"):
        return True
    if path and path.lower().endswith((".md", ".markdown")):
        return True
    return any(_SIGNAL.search(line.strip()) for line in lines)


def prepass(lines: list[Line], path: str | None = None) -> Prepass:
    """Read front matter and, for Markdown sources, turn Markdown blocks into the lines the parser reads.

    ``lines`` are the source lines with web-page residue already blanked (the parser removes menus
    and footers line by line first, before Markdown joins soft-broken lines into paragraphs).
    """
    try:
        return _prepass(lines, path)
    except Exception as exc:  # a pre-pass bug must not cost the release: read it as plain text
        return Prepass(lines=list(lines), error=f"{type(exc).__name__}: {exc}")


def _prepass(raw: list[Line], path: str | None) -> Prepass:
    front = read_front_matter([line.raw for line in raw])
    start = front.end if front else 0
    result = Prepass(lines=[], front=front, removed=list(front.removed) if front else [])
    for line in raw[:start]:
        result.lines.append(Line(line.number, "", 0, ""))
    if front is not None and front.content_line is not None:
        index, value = front.content_line
        result.lines[index] = Line(index + 1, value, 0, value)
    body = raw[start:]
    result.markdown = is_markdown([line.raw for line in body], path, front)
    if not result.markdown:
        result.lines.extend(body)
        return result
    reader = _Blocks(result.removed, front.title if front else None)
    reader.has_subtitle = front is not None and front.subtitle is not None
    # Press-release head lines above a "# " headline (kicker, embargo, date) stand each on their own
    # line; CommonMark would join them into one paragraph, which hides them from the head reader.
    reader.card = (front is None or front.title is None) and any(line.text.startswith("# ") for line in body)
    for line in body:
        reader.feed(line)
    reader.close()
    result.lines.extend(reader.out)
    result.label, result.standfirst = reader.label, reader.standfirst
    return result


class _Blocks:
    """Group Markdown lines into blocks as CommonMark reads them and write one line per block."""

    def __init__(self, removed: list[RemovedLine], title: str | None) -> None:
        self.removed = removed
        self.title = title
        self.out: list[Line] = []
        self.para: list[tuple[int, str]] = []  # the open paragraph: (line number, text) per source line
        self.quote = False  # the open paragraph is a blockquote
        self.item = False  # the open paragraph is a list item
        self.card = False  # inside a contact card every line is a field: lines are not joined
        self.comment = False
        self.seen_text = False
        self.open_heading = False  # the last output line is a heading that may wrap onto the next line
        self.label: tuple[int, str] | None = None
        self.standfirst: tuple[int, str] | None = None
        self.has_subtitle = False
        self.after_headline = False  # nothing but the "# " headline has been written yet
        self.table = False  # the last output lines are rows of a pipe table

    # ------------------------------------------------------------------ output
    def _emit(self, number: int, text: str) -> None:
        self.out.append(Line(number, text, 0, text))
        self.seen_text = True
        self.open_heading = False
        self.after_headline = False

    def _break(self, number: int) -> None:
        self.open_heading = False
        self._flush()
        if self.out and not self.out[-1].blank:
            self.out.append(Line(number, "", 0, ""))

    def _flush(self) -> None:
        if not self.para:
            return
        if len(self.para) > 1 and not self.card and not self.quote and not self.item:
            first_number, first_text = self.para[0]
            if match_section_heading(first_text):
                # "About Acme" / "Notes to editors" over its text: a label line opening a closing
                # section keeps its own line, as in plain-text releases.
                self._emit(first_number, self._inline(first_number, first_text))
                self.para = self.para[1:]
        number = self.para[0][0]
        parts = [text for _, text in self.para]
        if self.card:
            for line_number, text in self.para:
                line_text = self._inline(line_number, text)
                whole = _WHOLE_EMPHASIS.fullmatch(line_text)
                if whole and "*" not in whole.group("text") and "_" not in whole.group("text"):
                    line_text = whole.group("text")  # "**Pressekontakt**", "*Press release*": presentation
                self._emit(line_number, line_text)
        else:
            joined = " ".join(part for part in parts if part)
            joined = self._inline(number, joined)
            whole = _WHOLE_EMPHASIS.fullmatch(joined)
            if whole and not self.seen_text and self.label is None and _label(whole.group("text")):
                # "*Pressemitteilung zu …, 17.03.2022, Partei X*" / "<i>Gemeinsame Pressemitteilung …</i>":
                # an emphasised label line above the text names the release type and often its date.
                self.label = (number, whole.group("text"))
                self.para = []
                self.quote = self.item = False
                return
            if (
                whole
                and len(whole.group("mark")) == 2
                and ((self.title and not self.seen_text) or self.after_headline)
                and self.standfirst is None
                and not self.has_subtitle
                and not self.item
                and not self.quote
            ):
                # A paragraph wholly in bold right under the headline is the standfirst (sub-headline).
                self.standfirst = (number, whole.group("text"))
                self.para = []
                return
            if whole and not self.item and "*" not in whole.group("text") and "_" not in whole.group("text"):
                # A paragraph wholly in bold or italics is a label or a sub-headline: the emphasis is
                # presentation, and the head reader must see the words.
                joined = whole.group("text")
            opening = _BOLD_OPENING.match(joined)
            run_in = opening.group("text").strip() if opening else ""
            if opening and (run_in.endswith(":") or match_dateline(run_in + " x") or find_date(run_in)):
                # A bold run-in dateline ("**Berlin, 3. Mai 2024.** Text") or label ("**Pressekontakt:**
                # Name", "**Anna Beispiel:** „…“"): the bold is presentation; the readers must see the words.
                joined = opening.group("text") + " " + joined[opening.end() :]
            if self.item:
                joined = "* " + joined  # one list marker for all items: the block reader groups them
            if joined:
                self._emit(number, joined)
        self.para = []
        self.quote = self.item = False

    def _inline(self, number: int, text: str) -> str:
        dropped: list[tuple[str, str]] = []
        text = _inline(text, dropped)
        for piece, reason in dropped:
            self._remove(number, piece, reason)
        return text

    def _remove(self, number: int, text: str, reason: str) -> None:
        if text.strip():
            self.removed.append(RemovedLine(line=number, text=text.strip(), reason=reason))

    # ------------------------------------------------------------------ input
    def feed(self, line: Line) -> None:
        text = line.text
        number = line.number
        if self.comment or _COMMENT_OPEN in text:
            text = self._comments(number, text)
            if not text.strip():
                if not self.comment and not line.text.strip().startswith(_COMMENT_OPEN):
                    self._break(number)
                return
        if not text.strip():
            self._break(number)
            return
        stripped = text.strip()
        if _SHORTCODE.fullmatch(stripped) or _ATTRIBUTES.fullmatch(stripped):
            self._break(number)
            self._remove(number, stripped, "template shortcode of the site generator")
            return
        if "<" in stripped and _TAG.search(stripped):
            self._html(number, stripped)
            return
        self._markdown(number, stripped, line.indent)

    def close(self) -> None:
        self._flush()

    def _comments(self, number: int, text: str) -> str:
        kept: list[str] = []
        position = 0
        while position < len(text):
            if self.comment:
                end = text.find(_COMMENT_CLOSE, position)
                stop = len(text) if end < 0 else end + len(_COMMENT_CLOSE)
                self._remove(number, text[position:stop], "HTML comment")
                self.comment = end < 0
                position = stop
                continue
            begin = text.find(_COMMENT_OPEN, position)
            if begin < 0:
                kept.append(text[position:])
                break
            kept.append(text[position:begin])
            self.comment = True
            position = begin
        return "".join(kept)

    def _markdown(self, number: int, text: str, indent: int) -> None:
        if self.table and not text.startswith("|"):
            self.table = False
            self._break(number)
        if text.startswith("|") and text.count("|") >= 2:
            return self._table_row(number, text)
        underline = _setext(text)
        if underline and self._setext_heading(number, text, underline):
            return None
        if not self.para and _thematic_break(text):
            # Left to the parser as a line of its own: "---" also marks where an aggregator's tail starts.
            self._break(number)
            self._emit(number, text)
            return self._break(number)
        if _IMAGE.fullmatch(text):
            self._break(number)
            return self._remove(number, text, "image (Markdown)")
        heading = _ATX.fullmatch(text)
        if heading:
            self._break(number)
            # A closing sequence of "#" ("## Title ##") is no part of the heading.
            words = self._inline(number, _closing_hashes(heading.group("text")))
            if self.title and not self.seen_text and _same(words, self.title):
                # Hugo and Jekyll themes print the title; a body heading that repeats it is a copy.
                self._remove(number, text, "heading repeats the front-matter title")
                return
            self.card = _contact_heading(words, heading=True)
            hashes = heading.group("hashes")
            headline = not self.seen_text and not self.title
            if headline:
                hashes = "#"  # the first heading of a page without front-matter title is its headline
            if words:
                # No break after a heading: a contact heading and its card stay one chunk for the block reader.
                self._emit(number, hashes + " " + words)
                self.after_headline = headline
                # html2text wraps long lines (HTML2TEXT_WIDTH), headlines too: "# … Living with\nSleep …".
                wrapped = len(text) >= HTML2TEXT_WRAPPED_HEADING_MIN
                self.open_heading = hashes == "#" and wrapped and not words.endswith((".", ":", "!", "?"))
            return
        if text.startswith(">"):
            inner = _quote_content(text)
            if not self.quote:
                self._break(number)
                self.quote = True
            if not inner.strip():
                self._flush()
                self.quote = True
                return
            self.para.append((number, _hard_break(inner.strip())))
            return
        if self.quote and self.para and not _ATX.fullmatch(text) and not _ITEM.fullmatch(text):
            # CommonMark's lazy continuation: a line without ">" goes on with the quoted paragraph
            # (html2text writes the marker only on the first line of a wrapped quotation).
            self.para.append((number, _hard_break(text)))
            return
        if self.quote:
            self._break(number)
        item = _ITEM.fullmatch(text)
        if item and indent <= 3 and (item.group("marker") in "*+-" or item.group("number")):
            self._flush()
            ordered = bool(item.group("number"))
            if len(self.out) >= 2 and self.out[-1].blank and _is_item(self.out[-2].text, ordered):
                self.out.pop()  # a loose list (blank lines between items) is still one list
            if self.out and not self.out[-1].blank and not _is_item(self.out[-1].text, ordered):
                self.out.append(Line(number, "", 0, ""))  # a list starts a block of its own
            rest = item.group("rest")
            if item.group("number"):
                self._flush()
                self.para = [(number, _hard_break(rest))]
                self.item = False
                self._flush_ordered(item.group("number"))
                return
            self.para = [(number, _hard_break(rest))]
            self.item = True
            return
        if self.item and indent == 0 and not self.para:
            self._break(number)
        if self.open_heading and not self.para and len(text) < HTML2TEXT_WIDTH and not text.endswith("."):
            last = self.out[-1]
            joined = last.text + " " + self._inline(number, text)
            self.out[-1] = Line(last.number, joined, 0, joined)
            self.open_heading = False
            return
        if not self.para and _contact_heading(text):
            self.card = True
        self.para.append((number, _hard_break(text)))

    def _table_row(self, number: int, text: str) -> None:
        # A pipe table ("| Ort | Zeit |"): rows become TAB-separated lines, which the block reader
        # turns into a table; the "|---|---|" rule under the header row is markup.
        if not self.table:
            self._break(number)
            self.table = True
        cells = [cell.strip() for cell in text.strip().strip("|").split("|")]
        if all(_TABLE_RULE.fullmatch(cell) for cell in cells):
            self._remove(number, text, "Markdown table rule")
            return
        row = "\t".join(self._inline(number, cell) or "–" for cell in cells)
        self.out.append(Line(number, row, 0, row))
        self.seen_text = True

    def _setext_heading(self, number: int, text: str, level: int) -> bool:
        # "Title\n=====" / "Sub-heading\n-----": CommonMark's setext headings underline one line.
        if len(self.para) != 1 or self.card or self.quote or self.item:
            return False
        first_number, first_text = self.para[0]
        if level == 2 and (len(first_text) > SETEXT_HEADING_MAX or first_text.endswith(".")):
            return False  # a "---" under a sentence is more likely a rule than a heading
        self.para = []
        headline = not self.seen_text and not self.title
        words = self._inline(first_number, first_text)
        self._break(first_number)
        self._emit(first_number, ("#" if headline else "#" * (level + 1)) + " " + words)
        self.after_headline = headline
        self._remove(number, text, "heading underline (Markdown)")
        return True

    def _flush_ordered(self, start: str) -> None:
        # An ordered item is written with its number, so the block reader keeps the list's numbering.
        # CommonMark 0.31 §5.3 takes only the first item's number (the list's start) and counts on
        # from it: "1. 1. 1." is shown 1, 2, 3, as on the site that keeps the file. The block reader
        # keeps numbers as written (plain text, issue 15 #8), so the count is written out here.
        number, text = self.para[0]
        self.para = []
        previous = _ORDERED_EMITTED.match(self.out[-1].text) if self.out and not self.out[-1].blank else None
        if previous:
            start = str(int(previous.group(1)) + 1)
        self._emit(number, f"{start}. {self._inline(number, text)}")

    def _html(self, number: int, text: str) -> None:
        if "<button" in text.lower():
            # "<a href=…><button>Label</button></a>": a button of the site template, not release text.
            self._break(number)
            self._remove(number, text, "button of the site template (HTML)")
            return
        markup: list[str] = []
        parts: list[str] = []  # the text since the last block boundary (a list: linear time)
        position = 0
        heading_level = 0
        anchors: list[tuple[int, str, int]] = []  # open <a>: its text's start in parts, href, place in markup

        def take() -> str:
            taken = "".join(parts)
            parts.clear()
            return taken

        for match in _TAG.finditer(text):
            parts.append(text[position : match.start()])
            position = match.end()
            tag = match.group(0)
            name = match.group("name").lower()
            closing = tag.startswith("</")
            level = _HEADING_TAG.fullmatch(name)
            markup.append(tag)
            if level:
                anchors.clear()
                if closing and heading_level:
                    self._break(number)
                    words = self._inline(number, take().strip())
                    if words:
                        self._emit(number, "#" * heading_level + " " + words)
                        self.card = _contact_heading(words, heading=True)
                    heading_level = 0
                else:
                    self._add(number, take())  # text before <hN>, or before a stray </hN>
                    self._break(number)
                    heading_level = 0 if closing else int(level.group("level"))
            elif name in ("b", "strong"):
                parts.append("**")
            elif name in ("i", "em"):
                parts.append("*")
            elif name == "a":
                found = _HREF.search(tag)
                url = found.group("url") if found else ""
                if not closing:
                    markup[-1] = _HREF_ATTRIBUTE.sub("href", tag)
                    markup.append(url)
                    anchors.append((len(parts), url, len(markup) - 1))
                elif anchors:
                    begin, url, where = anchors.pop()
                    label = "".join(parts[begin:]).strip()
                    if _ABSOLUTE.match(url) and label:
                        del parts[begin:]
                        parts.append(f"[{label}]({url})")
                        markup[where] = ""  # the URL stays in the model as the link target
            elif name == "br":
                parts.append(" ")
            elif name in _BLOCK_NAMES:
                anchors.clear()
                self._add(number, take())
                self._break(number)
                if name == "li" and not closing:
                    self.item = True
        parts.append(text[position:])
        if heading_level:
            self._break(number)
            words = self._inline(number, take().strip())
            if words:
                self._emit(number, "#" * heading_level + " " + words)
        else:
            self._add(number, take())
        self._remove(number, " ".join(piece for piece in markup if piece), "HTML markup")

    def _add(self, number: int, text: str) -> None:
        text = text.strip()
        if not text:
            return
        item = self.item
        if not self.para and not item:
            self._markdown(number, text, 0)
            return
        self.para.append((number, _hard_break(text)))
        self.item = item


def _is_item(text: str, ordered: bool) -> bool:
    if ordered:
        return _ORDERED_OUT.match(text) is not None
    return text.startswith("* ")


def _quote_content(text: str) -> str:
    # "> > text": every ">" (with one optional space after it) is a blockquote marker.
    position = 0
    while position < len(text) and text[position] == ">":
        position += 1
        if position < len(text) and text[position] in " \t":
            position += 1
    return text[position:]


def _same_target(label: str, url: str) -> bool:
    target = re.sub(r"(?i)^(mailto|tel):", "", url)
    if "@" in target and "/" not in target:
        return label.strip().casefold() == target.casefold()
    if url.lower().startswith("tel:"):
        written, dialled = re.sub(r"\D", "", label), re.sub(r"\D", "", target)
        return len(written) >= TEL_LINK_TAIL_DIGITS and written[-TEL_LINK_TAIL_DIGITS:] == dialled[-TEL_LINK_TAIL_DIGITS:]
    return False


def _label(text: str) -> bool:
    return len(text) <= SHORT_LINE_MAX and KICKER.match(text) is not None and not text.endswith(".")


def _closing_hashes(text: str) -> str:
    bare = text.rstrip("#")
    return bare.rstrip() if bare != text and (not bare or bare[-1] in " \t") else text


def _setext(text: str) -> int:
    # "=====" underlines a level-1 heading, "-----" (no spaces) a level-2 heading.
    if text and set(text) == {"="}:
        return 1
    if len(text) >= 2 and set(text) == {"-"}:
        return 2
    return 0


def _thematic_break(text: str) -> bool:
    # "***", "- - -", "___": three or more of one character, spaces between allowed.
    marks = text.replace(" ", "").replace("\t", "")
    return len(marks) >= 3 and len(set(marks)) == 1 and marks[0] in "*-_"


def _hard_break(text: str) -> str:
    # A backslash at the end of a line is a CommonMark hard break; trailing spaces are already gone.
    return text[:-1].rstrip() if text.endswith("\\") and not text.endswith("\\\\") else text


def _same(left: str, right: str) -> bool:
    return " ".join(left.split()).casefold() == " ".join(right.split()).casefold()


def _contact_heading(text: str, heading: bool = False) -> bool:
    # "Pressekontakt" / "Media contact" as a heading or a label line opens a contact card.
    bare = text.strip().strip("*_#: ").strip()
    section = match_section_heading(bare + ":" if heading else text)
    return section is not None and section.kind == "contact"


def _inline(text: str, dropped: list[tuple[str, str]]) -> str:
    """Images out, relative links to their text, escapes and entities decoded, spaces collapsed."""

    def image(match: re.Match[str]) -> str:
        dropped.append((match.group(0), "image (Markdown)"))
        return " "

    def link(match: re.Match[str]) -> str:
        url = match.group("url")
        label = match.group("text")
        if _same_target(label, url):
            # "[info@verein.de](mailto:info@verein.de)", "[0711 123](tel:+49711123)": the target repeats
            # the visible address or number; the inline reader finds it in the text.
            dropped.append((url, "link target repeats the e-mail address or phone number"))
            return label
        if _ABSOLUTE.match(url):
            return match.group(0)
        dropped.append((url, "link target on the original site (relative address)"))
        return match.group("text")

    text = _IMAGE.sub(image, text)
    text = _LINK.sub(link, text)
    text = _ESCAPE.sub(lambda m: m.group("char"), text)
    if "&" in text:
        entities = [m.group(0) for m in _ENTITY.finditer(text) if html.unescape(m.group(0)) != m.group(0)]
        if entities:
            # "&amp;", "&nbsp;": the character is kept, its HTML notation is recorded as markup.
            dropped.append((" ".join(entities), "HTML entity written as its character"))
            text = html.unescape(text)
    return " ".join(text.split())
