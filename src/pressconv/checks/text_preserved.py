"""The "nothing lost" check: extract the text of an output and find release words that did not arrive.

Every word of the release, minus the lines the parser removed on purpose (web-scrape residue, end
marks; ``ParseResult.removed``), must appear in every non-summary output, in order. Words are
compared case-folded after NFKC (ligatures, full-width forms), so styling such as small caps or
``text-transform`` does not count as a loss. Words present but out of order are reported separately
as moved.

Two kinds of words may stand anywhere, by design: the masthead (the lines above the first body block:
kicker, dateline, release number, title), which every writer lays out with the title as the first
heading, and web addresses, which writers turn into link targets behind descriptive link text
(DESIGN §4, WCAG 2.4.4). They must be present, but their place is not checked.
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from pressconv._months import MONTHS_DE, MONTHS_EN
from pressconv.diagnostics import RemovedLine
from pressconv.model import Release

__all__ = [
    "TextComparison",
    "Word",
    "compare_text",
    "expected_words",
    "extract_text",
    "masthead_lines",
    "release_words",
    "words_of",
]

# Letters and digits: "_NOTE_" (Markdown emphasis) is the word NOTE.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Soft hyphens and zero-width characters may sit inside words in an output; they are not text.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
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


@dataclass(frozen=True, slots=True)
class Word:
    """A word of the release, the line it is on, and whether its place in an output is the writer's."""

    text: str
    line: int
    anywhere: bool = False


@dataclass(slots=True)
class TextComparison:
    """Words lost (absent from the output) and words moved (present, but out of order)."""

    total: int
    missing: list[Word] = field(default_factory=list)
    moved: list[Word] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no word is missing."""
        return not self.missing

    @property
    def in_order(self) -> bool:
        """True when no word is missing and none is out of order."""
        return not self.missing and not self.moved

    def describe(self, limit: int = 40) -> str:
        """The exact missing and moved words with their source lines, for a failure message."""
        parts = []
        for label, words in (("missing", self.missing), ("out of order", self.moved)):
            if words:
                shown = ", ".join(f"{w.text!r}@{w.line}" for w in words[:limit])
                more = f" (+{len(words) - limit} more)" if len(words) > limit else ""
                parts.append(f"{len(words)} of {self.total} words {label}: {shown}{more}")
        return "; ".join(parts) or f"all {self.total} words present, in order"


# A hyphen inside a word: "IT-Fachverfahren", "D-13403". pdftotext joins a word hyphenated at a line
# end ("Alt-" + "Daten" -> "AltDaten"), so compounds are compared without their hyphens on both
# sides. Between two digits it separates numbers ("2018-09-20", "90264-275") and stays a break.
_INNER_HYPHEN = re.compile(r"(?<=[^\W\d])[-\u2010\u2011](?=\w)|(?<=\w)[-\u2010\u2011](?=[^\W\d])")
# Writers print dates long ("20. September 2018") where the release has "20.09.2018": month names
# become numbers on both sides, and numbers lose leading zeros.
_MONTHS = {
    name.lower(): str(number)
    for number, names in enumerate(zip(MONTHS_DE, MONTHS_EN, strict=True), start=1)
    for name in names
} | {"jänner": "1"}  # the Austrian January
# Datelines abbreviate months ("Jan.", "Sept.", "Okt."); writers print them in full.
_MONTHS |= {
    name.lower()[:length]: str(number)
    for number, names in enumerate(zip(MONTHS_DE, MONTHS_EN, strict=True), start=1)
    for name in names
    for length in (3, 4)
    if len(name) > length
}


def _normalise(text: str) -> str:
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).casefold()
    return _INNER_HYPHEN.sub("", text)


def _canonical(word: str) -> str:
    if word.isdigit():
        return word.lstrip("0") or "0"
    return _MONTHS.get(word, word)


def words_of(text: str) -> list[str]:
    """Split text into comparable words (case-folded, compounds unhyphenated, dates numeric)."""
    return [_canonical(word) for word in _WORD.findall(_normalise(text))]


# Web addresses as the parser recognises them, also inside Markdown links "[Website](https://…)".
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]\"]+", re.IGNORECASE)


def release_words(text: str, removed: Iterable[RemovedLine] = (), *, masthead: Iterable[int] = ()) -> list[Word]:
    """The words of a release text with line numbers, without what the parser removed.

    The parser may remove a whole line or only a part of it (a wire-service marker in a dateline,
    a portal footer run into the last paragraph); only the removed words are left out, so the rest
    of such a line is still checked. Words on ``masthead`` lines and words of web addresses are
    marked ``anywhere``.
    """
    removed_parts: dict[int, list[list[str]]] = {}
    for item in removed:
        removed_parts.setdefault(item.line, []).append(words_of(item.text))
    masthead_lines = set(masthead)
    words: list[Word] = []
    for number, line in enumerate(text.split("\n"), 1):
        if number in masthead_lines:
            line_words = [Word(word, number, anywhere=True) for word in words_of(line)]
        else:
            line_words = []
            position = 0
            for address in _WEB_ADDRESS.finditer(line):
                line_words += [Word(word, number) for word in words_of(line[position : address.start()])]
                line_words += [Word(word, number, anywhere=True) for word in words_of(address.group())]
                position = address.end()
            line_words += [Word(word, number) for word in words_of(line[position:])]
        for part in removed_parts.get(number, ()):
            line_words = _without(line_words, part)
        words.extend(line_words)
    return words


def _without(line_words: list[Word], part: list[str]) -> list[Word]:
    """``line_words`` minus the words of ``part`` (a removed piece of the line), matched in order.

    The piece is usually a run (a wire marker, a portal footer), but it may also be scattered over
    the line, as the HTML tags of a Markdown source are around the text they mark up; its words are
    taken out in their order. A piece whose words are not all found in order (the parser normalised
    it) removes nothing, so its words are then reported missing rather than silently excused.
    """
    if not part:
        return line_words
    texts = [word.text for word in line_words]
    for start in range(len(texts) - len(part) + 1):
        if texts[start : start + len(part)] == part:
            return line_words[:start] + line_words[start + len(part) :]
    taken: list[int] = []
    position = 0
    for word in part:
        while position < len(texts) and texts[position] != word:
            position += 1
        if position == len(texts):
            return line_words
        taken.append(position)
        position += 1
    skip = set(taken)
    return [word for index, word in enumerate(line_words) if index not in skip]


def masthead_lines(release: Release) -> frozenset[int]:
    """Source lines above the first line of the body: kicker, dateline, number, title, subtitle."""
    # A contact line above the body (US congressional "Contact: name, phone") is masthead too: the
    # writers print every section after the body. Only a release without body starts with a section.
    starts = [block.line for block in release.body if block.line is not None]
    starts = starts or [section.line for section in release.sections if section.line is not None]
    return frozenset(range(1, min(starts))) if starts else frozenset()


def expected_words(data: bytes, *, path: str | None = None) -> list[Word]:
    """The words every non-summary output of this release must contain (see ``release_words``)."""
    from pressconv.api import parse
    from pressconv.source import decode

    result = parse(data, path=path)
    text = decode(data, name=path).text
    return release_words(text, [*result.removed, *_list_numbers(result.release)], masthead=masthead_lines(result.release))


def _list_numbers(release: Release) -> list[RemovedLine]:
    """The written numbers of ordered-list items ("1.", "2)"): list structure, which HTML, EPUB and
    DOCX render as list markers rather than text (the model keeps the start, the accounting counts
    them as structure too)."""
    from pressconv.model import OrderedList, ordered_numbers

    numbers: list[RemovedLine] = []
    for blocks in (release.body, *(section.blocks for section in release.sections)):
        for block in blocks:
            if isinstance(block, OrderedList):
                for item, shown in zip(block.items, ordered_numbers(block), strict=True):
                    if item.line is not None:
                        numbers.append(RemovedLine(line=item.line, text=str(shown), reason="list number"))
    return numbers


# Below this many words on either side, a stretch between two anchors is aligned exactly (dynamic
# programming); above it, greedily with a look-ahead window, which keeps pathological inputs (100 000
# identical lines) linear.
_EXACT_LIMIT = 40_000
_ALIGN_WINDOW = 64
_CONTEXT = 3


def _align_in_order(expected: list[str], found: list[str]) -> set[int]:
    """Indices of ``expected`` that are part of a longest in-order match against ``found``.

    Patience alignment, as in ``git diff --patience``: words that occur exactly once in both
    stretches are anchors; the longest run of anchors in the same order fixes the alignment, and
    the stretches between anchors are aligned the same way, recursively. An extra copy of the title
    in the output (``<title>``, a running header) or a dateline printed after the title cannot
    derail it, as it derailed a greedy walk. Runs in about O(n log n) on real text.
    """
    matched: set[int] = set()
    stack = [(0, len(expected), 0, len(found))]
    while stack:
        a_lo, a_hi, b_lo, b_hi = stack.pop()
        # Equal words at both ends need no search.
        while a_lo < a_hi and b_lo < b_hi and expected[a_lo] == found[b_lo]:
            matched.add(a_lo)
            a_lo, b_lo = a_lo + 1, b_lo + 1
        while a_lo < a_hi and b_lo < b_hi and expected[a_hi - 1] == found[b_hi - 1]:
            matched.add(a_hi - 1)
            a_hi, b_hi = a_hi - 1, b_hi - 1
        if a_lo >= a_hi or b_lo >= b_hi:
            continue
        anchors = _unique_anchors(expected, a_lo, a_hi, found, b_lo, b_hi)
        if not anchors:
            matched |= _align_small(expected, a_lo, a_hi, found, b_lo, b_hi)
            continue
        previous_a, previous_b = a_lo, b_lo
        for a, b in anchors:
            matched.add(a)
            stack.append((previous_a, a, previous_b, b))
            previous_a, previous_b = a + 1, b + 1
        stack.append((previous_a, a_hi, previous_b, b_hi))
    return matched


def _unique_anchors(
    expected: list[str], a_lo: int, a_hi: int, found: list[str], b_lo: int, b_hi: int
) -> list[tuple[int, int]]:
    """The longest increasing run of (expected, found) index pairs of words unique on both sides."""
    in_expected = Counter(expected[a_lo:a_hi])
    in_found = Counter(found[b_lo:b_hi])
    found_at = {found[b]: b for b in range(b_lo, b_hi) if in_found[found[b]] == 1}
    pairs = [
        (a, found_at[expected[a]]) for a in range(a_lo, a_hi) if in_expected[expected[a]] == 1 and expected[a] in found_at
    ]
    # Longest increasing subsequence of the found indices (patience sorting, O(k log k)).
    tails: list[int] = []
    tail_index: list[int] = []
    parent: list[int] = [-1] * len(pairs)
    for index, (_, b) in enumerate(pairs):
        at = bisect.bisect_left(tails, b)
        if at == len(tails):
            tails.append(b)
            tail_index.append(index)
        else:
            tails[at] = b
            tail_index[at] = index
        parent[index] = tail_index[at - 1] if at else -1
    run: list[tuple[int, int]] = []
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        run.append(pairs[index])
        index = parent[index]
    return run[::-1]


def _align_small(expected: list[str], a_lo: int, a_hi: int, found: list[str], b_lo: int, b_hi: int) -> set[int]:
    """Align a stretch without unique words: exactly when small, else greedily within a window."""
    rows, columns = a_hi - a_lo, b_hi - b_lo
    if rows * columns <= _EXACT_LIMIT:
        # Longest common subsequence by dynamic programming, then walk back.
        lengths = [[0] * (columns + 1) for _ in range(rows + 1)]
        for i in range(rows - 1, -1, -1):
            row, below = lengths[i], lengths[i + 1]
            word = expected[a_lo + i]
            for j in range(columns - 1, -1, -1):
                row[j] = below[j + 1] + 1 if word == found[b_lo + j] else max(below[j], row[j + 1])
        matched: set[int] = set()
        i = j = 0
        while i < rows and j < columns:
            if expected[a_lo + i] == found[b_lo + j]:
                matched.add(a_lo + i)
                i, j = i + 1, j + 1
            elif lengths[i + 1][j] >= lengths[i][j + 1]:
                i += 1
            else:
                j += 1
        return matched
    positions: dict[str, list[int]] = {}
    for index in range(b_lo, b_hi):
        positions.setdefault(found[index], []).append(index)
    matched = set()
    cursor = b_lo
    for index in range(a_lo, a_hi):
        candidates = positions.get(expected[index])
        if not candidates:
            continue
        at = bisect.bisect_left(candidates, cursor)
        if at >= len(candidates):
            continue
        place = candidates[at]
        # A near match is taken; a far one only when the next words follow it too, so that one
        # common word ("die", "the") cannot drag the alignment past everything in between.
        near = place - cursor <= _ALIGN_WINDOW
        if near or _continues(expected, index, a_hi, found, place, b_hi):
            matched.add(index)
            cursor = place + 1
    return matched


def _continues(expected: list[str], index: int, a_hi: int, found: list[str], place: int, b_hi: int) -> bool:
    """True if the words after ``expected[index]`` also follow ``found[place]`` (up to three)."""
    span = min(_CONTEXT, a_hi - index - 1, b_hi - place - 1)
    return span > 0 and expected[index + 1 : index + 1 + span] == found[place + 1 : place + 1 + span]


def _split_line_end_joins(found: list[str], expected: list[str]) -> list[str]:
    """Undo pdftotext's joining of a word that ends in a hyphen at a line end with the next word.

    "Transparenz-" at the end of a line and "und" on the next come out as "transparenzund". A
    found token that is no word of the release but is two adjacent release words run together is
    split back into those two words before the alignment.
    """
    known = set(expected)
    pairs = {first + second: (first, second) for first, second in itertools.pairwise(expected)}
    result: list[str] = []
    for token in found:
        if token not in known and token in pairs:
            result.extend(pairs[token])
        else:
            result.append(token)
    return result


def _join_broken_words(found: list[str], expected: list[str]) -> list[str]:
    """Join the pieces of a release word that the output broke over several lines.

    A token wider than the page (a 128-character hash, a 40 kB run) is broken anywhere in the PDF,
    and pdftotext gives one piece per line. Consecutive found tokens that are no release word but
    together spell one are put back together; each piece is looked at once or twice, so this stays
    linear in the length of the text.
    """
    known = set(expected)
    by_head: dict[str, list[str]] = {}
    for word in known:
        if len(word) > _HEAD:
            by_head.setdefault(word[:_HEAD], []).append(word)
    result: list[str] = []
    index = 0
    while index < len(found):
        token = found[index]
        joined: tuple[str, int, list[int]] | None = None
        if token not in known and len(token) >= _HEAD:
            for word in by_head.get(token[:_HEAD], ()):
                pieces = _pieces_of(word, found, index)
                if pieces is not None:
                    joined = (word, *pieces)
                    break
        if joined is None:
            result.append(token)
            index += 1
        else:
            # The running header and footer read between the pieces stay, after the word.
            word, end, between = joined
            result.append(word)
            result += [found[k] for k in between]
            index = end
    return result


def _pieces_of(word: str, found: list[str], start: int) -> tuple[int, list[int]] | None:
    """Where the pieces of ``word`` starting at ``found[start]`` end, and the tokens read between them.

    Between two pieces a page break may put the running header and footer (title words, a page
    number): up to ``_PAGE_FURNITURE`` tokens that do not continue the word are stepped over.
    """
    position, after = 0, start
    between: list[int] = []
    while position < len(word) and after < len(found):
        piece = found[after]
        if word.startswith(piece, position):
            position += len(piece)
            after += 1
            continue
        ahead = next(
            (
                k
                for k in range(after + 1, min(after + 1 + _PAGE_FURNITURE, len(found)))
                # A piece found past page furniture must be long enough to be told from a stray
                # short word: "whistleblower" … "s" of a later "U.S." is no broken "whistleblowers".
                if word.startswith(found[k], position) and len(found[k]) >= _HEAD
            ),
            None,
        )
        if ahead is None or after == start:
            break
        between += range(after, ahead)
        after = ahead
    if position == len(word) and after > start + 1:
        return after, between
    return None


# Pieces of a broken word are found by their first characters; shorter words are never broken.
_HEAD = 4
# Tokens a page break puts between two lines: running header and footer ("Seite 2 von 15").
_PAGE_FURNITURE = 16


def compare_text(expected: list[Word], output_text: str) -> TextComparison:
    """Align the release words with the output's words; report what is missing and what moved.

    Words marked ``anywhere`` take no part in the alignment; they only need to be present.
    """
    texts = [w.text for w in expected]
    found = _join_broken_words(_split_line_end_joins(words_of(output_text), texts), texts)
    ordered = [index for index, word in enumerate(expected) if not word.anywhere]
    matched_expected = {ordered[i] for i in _align_in_order([texts[i] for i in ordered], found)}
    unused = Counter(found)
    for index in matched_expected:
        unused[texts[index]] -= 1
    comparison = TextComparison(total=len(expected))
    vocabulary = set(found)
    for index, word in enumerate(expected):
        if index in matched_expected:
            continue
        if unused[word.text] > 0:
            unused[word.text] -= 1
            if not word.anywhere:
                comparison.moved.append(word)
        elif word.anywhere and word.text in vocabulary:
            # A masthead word printed once for two source occurrences (a title also in the lead) or
            # an address shown in part: present, and its place is the writer's.
            continue
        elif not _glued(word.text, vocabulary):
            # A glued word ("DetailsBenzinga" in a scraped text) that the parser split is not lost.
            comparison.missing.append(word)
    return comparison


def _glued(word: str, vocabulary: set[str]) -> bool:
    """True if ``word`` is two output words run together (scrape residue the parser split)."""
    return any(word[:cut] in vocabulary and word[cut:] in vocabulary for cut in range(2, len(word) - 1))


# ---------------------------------------------------------------------------- extraction


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


def _pdf_text(path: Path) -> str:
    """The page text (pdftotext), then link targets and the structure tree's alternative texts.

    A screen reader reads an image's /Alt from the structure tree, not from the page, so a text
    alternative counts as delivered when it is there (ISO 14289-1 7.3).
    """
    links: list[str] = []
    alternatives: list[str] = []
    try:
        import pikepdf

        from pressconv.checks.pdf_structure import open_pdf

        with open_pdf(path) as pdf:
            for page in pdf.pages:
                for annotation in page.obj.get("/Annots", []):
                    action = annotation.get("/A")
                    if action is not None and "/URI" in action:
                        links.append(str(action.URI))
            alternatives = [
                str(obj.get("/Alt"))
                for obj in pdf.objects
                if isinstance(obj, pikepdf.Dictionary) and "/S" in obj and "/Alt" in obj
            ]
    except ImportError:
        pass
    extras = "\n" + "\n".join(links + alternatives)
    program = shutil.which("pdftotext")
    if program is not None:
        completed = subprocess.run([program, "-enc", "UTF-8", str(path), "-"], capture_output=True, timeout=120, check=False)
        if completed.returncode == 0:
            return completed.stdout.decode("utf-8", errors="replace") + extras
    # Without poppler: the text of the structure tree, decoded through the fonts' ToUnicode maps.
    from pressconv.checks.pdf_structure import structure_outline

    return "\n".join(text for _, text in structure_outline(path)) + extras


def _epub_text(data: bytes) -> str:
    ns_opf = "{http://www.idpf.org/2007/opf}"
    from pressconv.checks._archive import open_archive

    with open_archive(data) as archive:
        container = ET.fromstring(archive.read("META-INF/container.xml"))
        rootfile = next(e for e in container.iter() if e.tag.endswith("rootfile"))
        opf_path = rootfile.get("full-path", "")
        package = ET.fromstring(archive.read(opf_path))
        base = opf_path.rsplit("/", 1)[0] + "/" if "/" in opf_path else ""
        manifest = {item.get("id"): item for item in package.iter(f"{ns_opf}item")}
        texts: list[str] = []
        for itemref in package.iter(f"{ns_opf}itemref"):
            item = manifest.get(itemref.get("idref"))
            if item is not None and item.get("media-type") == "application/xhtml+xml":
                texts.append(html_text(archive.read(base + (item.get("href") or ""))))
    return "\n".join(texts)


def _docx_text(data: bytes) -> str:
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    from pressconv.checks._archive import open_archive

    with open_archive(data) as archive:
        document = ET.fromstring(archive.read("word/document.xml"))
        try:
            relationships = ET.fromstring(archive.read("word/_rels/document.xml.rels"))
        except KeyError:
            relationships = ET.Element("none")
    paragraphs: list[str] = []
    for paragraph in document.iter(f"{w}p"):
        parts: list[str] = []
        for element in paragraph.iter():
            if element.tag == f"{w}t" and element.text:
                parts.append(element.text)
            elif element.tag in (f"{w}tab", f"{w}br", f"{w}cr"):
                parts.append(" ")
        paragraphs.append("".join(parts))
    for docpr in document.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"):
        paragraphs.append(docpr.get("descr") or "")
    targets = [rel.get("Target", "") for rel in relationships if rel.get("TargetMode") == "External"]
    return "\n".join(paragraphs) + "\n" + "\n".join(targets)


def _json_text(document: object) -> str:
    """The words of a JSON output in the release's reading order, as the other formats give them.

    A ``pressconv.release/1`` document stores each block twice (``text`` and its inlines) and its
    keys in schema order, so the strings in document order repeat and reorder the release; read
    back as a Release, its text comes out like a page: masthead, body, sections, contact cards.
    Anything else (another JSON file) gives its strings in document order.
    """
    from pressconv.model import block_text, contact_items, contact_label, contact_label_prefix, inline_text
    from pressconv.writers.json import release_from_json

    try:
        release = release_from_json(document)  # type: ignore[arg-type]
    except (ValueError, KeyError, TypeError, AttributeError):
        return "\n".join(_json_strings(document))
    meta = document.get("meta", {}) if isinstance(document, dict) else {}
    # Masthead words may stand anywhere; every string of the metadata (dates in ISO form too).
    lines = list(_json_strings(meta))
    if release.meta.issued_time:
        # The time of day as the page formats print it ("16:04 Uhr"): JSON keeps the clock time only.
        from pressconv.writers._labels import format_time

        lines.append(format_time(release.meta.issued_time, release.meta.language))
    lines += [block_text(block) for block in release.body]
    for section in release.sections:
        lines.append(section.title or "")
        lines += [block_text(block) for block in section.blocks]
        for contact in section.contacts:
            for name, value in contact_items(contact):
                label = contact_label(contact, name)
                shown = value if isinstance(value, str) else inline_text(value)
                lines.append((contact_label_prefix(label) if label else "") + shown)
    links = document.get("links", []) if isinstance(document, dict) else []
    lines += list(_json_strings(links))
    return "\n".join(lines)


def _json_strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)


def extract_text(path: Path) -> str:
    """Return the text of an output file (HTML, XHTML, PDF, EPUB, DOCX, JSON or plain text)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _pdf_text(path)
    from pressconv.checks import OUTPUT_LIMIT
    from pressconv.source import read_limited

    data = read_limited(path, limit=OUTPUT_LIMIT, name=path.name)
    if suffix in (".html", ".htm", ".xhtml"):
        return html_text(data)
    if suffix == ".epub":
        return _epub_text(data)
    if suffix == ".docx":
        return _docx_text(data)
    if suffix == ".json":
        return _json_text(json.loads(data))
    return data.decode("utf-8", errors="replace")
