"""The "nothing lost" check: extract the text of an output and find release words that did not arrive.

Every word of the release, minus the lines the parser removed on purpose (web-scrape residue, end
marks; ``ParseResult.removed``), must appear in every non-summary output, in order. Words are
compared case-folded after NFKC (ligatures, full-width forms), so styling such as small caps or
``text-transform`` does not count as a loss. Words present but out of order (a dateline moved above
the title) are reported separately as moved, not lost.
"""

from __future__ import annotations

import bisect
import io
import itertools
import json
import re
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from pressconv._months import MONTHS_DE, MONTHS_EN
from pressconv.diagnostics import RemovedLine

__all__ = [
    "TextComparison",
    "Word",
    "compare_text",
    "extract_text",
    "release_words",
    "words_of",
]

_WORD = re.compile(r"\w+", re.UNICODE)
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
    """A word of the release and the line it is on."""

    text: str
    line: int


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


# A hyphen between two letters: "IT-Fachverfahren". pdftotext joins a word hyphenated at a line end
# ("Alt-" + "Daten" -> "AltDaten"), so compounds are compared without their hyphens on both sides.
_INNER_HYPHEN = re.compile(r"(?<=\w)[-\u2010\u2011](?=\w)")
# Writers print dates long ("20. September 2018") where the release has "20.09.2018": month names
# become numbers on both sides, and numbers lose leading zeros.
_MONTHS = {
    name.lower(): str(number)
    for number, names in enumerate(zip(MONTHS_DE, MONTHS_EN, strict=True), start=1)
    for name in names
} | {"jänner": "1"}  # the Austrian January


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


def release_words(text: str, removed: Iterable[RemovedLine] = ()) -> list[Word]:
    """The words of a release text with line numbers, without the lines the parser removed."""
    skipped = {item.line for item in removed}
    words: list[Word] = []
    for number, line in enumerate(text.split("\n"), 1):
        if number not in skipped:
            words.extend(Word(word, number) for word in words_of(line))
    return words


# How far ahead of the current position an in-order match may be found. Further away, a common
# word ("die", "the") would drag the alignment past everything between; such words count as moved.
_ALIGN_WINDOW = 64


def _align_in_order(expected: list[str], found: list[str]) -> set[int]:
    """Indices of ``expected`` matched in order against ``found``, greedily, in O(n log n).

    difflib's SequenceMatcher gives a slightly better alignment but is quadratic, which turns a
    100 000-line release into minutes; a windowed greedy walk over per-word position lists is
    linear enough and finds the same missing words (missing is decided by counts, not order).
    """
    positions: dict[str, list[int]] = {}
    for index, word in enumerate(found):
        positions.setdefault(word, []).append(index)
    matched: set[int] = set()
    cursor = 0
    for index, word in enumerate(expected):
        candidates = positions.get(word)
        if not candidates:
            continue
        at = bisect.bisect_left(candidates, cursor)
        if at < len(candidates) and candidates[at] - cursor <= _ALIGN_WINDOW:
            matched.add(index)
            cursor = candidates[at] + 1
    return matched


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


def compare_text(expected: list[Word], output_text: str) -> TextComparison:
    """Align the release words with the output's words; report what is missing and what moved."""
    texts = [w.text for w in expected]
    found = _split_line_end_joins(words_of(output_text), texts)
    matched_expected = _align_in_order(texts, found)
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
            comparison.moved.append(word)
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
    links: list[str] = []
    try:
        import pikepdf

        with pikepdf.open(path) as pdf:
            for page in pdf.pages:
                for annotation in page.obj.get("/Annots", []):
                    action = annotation.get("/A")
                    if action is not None and "/URI" in action:
                        links.append(str(action.URI))
    except ImportError:
        pass
    program = shutil.which("pdftotext")
    if program is not None:
        completed = subprocess.run(
            [program, "-enc", "UTF-8", str(path), "-"], capture_output=True, timeout=120, check=False
        )
        if completed.returncode == 0:
            return completed.stdout.decode("utf-8", errors="replace") + "\n" + "\n".join(links)
    # Without poppler: the text of the structure tree, decoded through the fonts' ToUnicode maps.
    from pressconv.checks.pdf_structure import structure_outline

    return "\n".join(text for _, text in structure_outline(path)) + "\n" + "\n".join(links)


def _epub_text(data: bytes) -> str:
    ns_opf = "{http://www.idpf.org/2007/opf}"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
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
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
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
    for docpr in document.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
    ):
        paragraphs.append(docpr.get("descr") or "")
    targets = [rel.get("Target", "") for rel in relationships if rel.get("TargetMode") == "External"]
    return "\n".join(paragraphs) + "\n" + "\n".join(targets)


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
    data = path.read_bytes()
    if suffix in (".html", ".htm", ".xhtml"):
        return html_text(data)
    if suffix == ".epub":
        return _epub_text(data)
    if suffix == ".docx":
        return _docx_text(data)
    if suffix == ".json":
        return "\n".join(_json_strings(json.loads(data)))
    return data.decode("utf-8", errors="replace")
