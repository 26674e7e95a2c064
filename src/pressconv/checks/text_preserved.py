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

The pieces: word normalisation in ``checks/words.py``, the alignment in ``checks/align.py``, text
extraction per output format in ``checks/extract/``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from pressconv.checks.align import align_in_order, join_broken_words, split_line_end_joins
from pressconv.checks.extract import extract_text
from pressconv.checks.words import words_of
from pressconv.diagnostics import RemovedLine
from pressconv.model import Release

# extract_text and words_of are re-exported: the check's public face, used by the CLI and the tests.
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


def compare_text(expected: list[Word], output_text: str) -> TextComparison:
    """Align the release words with the output's words; report what is missing and what moved.

    Words marked ``anywhere`` take no part in the alignment; they only need to be present.
    """
    texts = [w.text for w in expected]
    found = join_broken_words(split_line_end_joins(words_of(output_text), texts), texts)
    ordered = [index for index, word in enumerate(expected) if not word.anywhere]
    matched_expected = {ordered[i] for i in align_in_order([texts[i] for i in ordered], found)}
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
