"""Group body lines into raw blocks: paragraphs (unwrapped), lists, tables, headings, photo credits.

Flattened bodies (a whole release on one line, as scraped from some portals) are split only where
the text itself gives a clear signal: bullets, a dash list after a colon, double spaces, a contact
heading, or an intermediate heading run into the next sentence.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, TypeAlias

from pressconv.parser._lazy import lazy_compile
from pressconv.parser.contacts import INLINE_CONTACT, SectionStart, match_section_heading
from pressconv.parser.invitations import split_invitation
from pressconv.parser.limits import (
    FLATTENED_LINE_MIN,
    FRAGMENT_MAX,
    FRAGMENT_WORDS_MAX,
    HEAD_LINE_MAX,
    HEADING_WINDOW,
    HEADLINE_REST_MAX,
    HEADLINE_WRAP_OVERFLOW_RATIO,
    INLINE_CONTACT_MIN,
    INLINE_CONTACT_TAIL_MAX,
    JOIN_TAIL,
    LIST_ITEM_MAX,
    RUN_IN_BODY_MIN,
    RUN_IN_HEADING_WORDS_MAX,
    RUN_IN_SENTENCE_WORDS_MIN,
    SENTENCE_WINDOW,
    WRAP_FULL_RATIO,
    WRAP_OPEN_RATIO,
    WRAP_OVERFLOW_RATIO,
    WRAP_WIDTH_MAX,
    WRAP_WIDTH_MIN,
)
from pressconv.parser.lines import Line, collapse_spaces
from pressconv.parser.sentences import sentence_starts

__all__ = [
    "Fragment",
    "Item",
    "RawBlock",
    "RawSection",
    "ends_with_function_word",
    "function_word",
    "group_lines",
    "headline_continues",
    "photo_credit",
    "split_flat",
    "wrap_width",
]

BlockKind: TypeAlias = Literal["para", "heading", "bullets", "ordered", "table", "credit"]


@dataclass
class RawBlock:
    """A block before inline parsing: its kind, its text (or items/rows) and its first line."""

    kind: BlockKind
    line: int
    text: str = ""
    items: list[tuple[str, int]] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    start: int = 1
    level: int = 2
    # The number written before each item of an ordered list, in order (issue 15 #8).
    numbers: list[int] = field(default_factory=list)


@dataclass
class RawSection:
    """The start of a closing section found in the body."""

    start: SectionStart
    line: int


@dataclass
class Fragment:
    """A part of a line that was removed (reported in ``removed``), e.g. a wire footer."""

    line: int
    text: str
    reason: str


Item: TypeAlias = RawBlock | RawSection

_BULLET = lazy_compile(r"(?P<marker>[-•*–>▪●◦·‣→])\s+(?P<rest>\S.*)")
_STRONG_MARKERS = "•*▪●◦·‣→"
_ORDERED = lazy_compile(r"(?P<number>\d{1,3})[.)]\s+(?P<rest>\S.*)")
_MONTH_START = lazy_compile(
    r"(?i)(januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|"
    r"january|february|march|may|june|july|october|december|"
    r"jan|feb|mär|apr|jun|jul|aug|sep|okt|oct|nov|dez|dec)\b"
)
_CREDIT = lazy_compile(
    r"\[?(?:Fotos?|Bild(?:er)?|Bildquelle|Bildnachweis|Foto\s?credit|Photos?|Photo credit|Image|"
    # The caption of the photo sent with the release ("Bildunterschrift: … Foto: X"): it belongs to
    # the picture, with its credit, not to the text (GOLD.md counts it with the photo credits).
    r"Bildunterschrift|Bildunterzeile|Bildzeile|Bildtext|Fotounterschrift|Photo caption|Caption|"
    r"Credit|Grafik)"
    r"\s*(?::|©)\s*\S.{0,250}",
    re.IGNORECASE,
)
_MD_HEADING = lazy_compile(r"(?P<hashes>#{1,6})\s+(?P<text>\S.*?)\s*#*")
_TERMINAL = (".", "!", "?", ":", ";", "“", "”", '"', "«", "»", "…")

# Words written with a capital only at the start of a German sentence; one of them in the middle
# of a "sentence" marks where an intermediate heading ran into the next sentence.
_SENTENCE_OPENERS = (
    "Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Mit|Auch|Im|Bei|Seit|Nach|Es|Er|Wir|Zum|Zur|Um|"
    "Dabei|Hierzu|So|Vor|Ab|Dies|Diese|Dieser|Damit|Daher|Zudem|Außerdem|Insgesamt|Laut|Trotz|Wenn|"
    "Aufgrund|Durch|Gegen|Während|Wegen|Allerdings|Dazu|Deshalb|Jedoch|Hier|Bereits|Bisher|Obwohl|"
    "Ferner|Darüber|Zugleich|Zusätzlich|Neben|Für|In|Nur|Alle"
)
_RUN_IN = lazy_compile(r"(?<=[\wäöüß)])\s(?=(?:" + _SENTENCE_OPENERS + r")\s+\S)")
_NOT_BEFORE_RUN_IN = frozenset(
    [
        "wir",
        "sie",
        "er",
        "es",
        "ich",
        "ihr",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "und",
        "oder",
        "zu",
        "mit",
        "für",
        "von",
        "bei",
        "in",
        "im",
        "am",
        "an",
        "auf",
        "aus",
        "nach",
        "seit",
        "um",
        "als",
        "wie",
        "dass",
        "ob",
        "sowie",
        "bzw",
        "noch",
        "auch",
        "nicht",
        "ein",
        "eine",
        "einen",
        "sich",
    ]
)
_OPENER_SET = frozenset(_SENTENCE_OPENERS.split("|"))


# ------------------------------------------------------------------ one rule for line breaks
#
# In plain text each non-empty line is a paragraph unless it visibly continues the sentence of the
# line before. Two sources of such breaks are seen across many senders: hard wrapping at a fixed
# width (mail, wire copy, html2text) and scrapers that put every inline element of a web page (a
# link text, a quotation mark, the dash of a dateline) on a line of its own.

# Closing punctuation alone on a line (",”", ".", ")"): the scraper split it from its sentence.
_CLOSING_ONLY = lazy_compile(r"[.,;:!?…)\]”’»«“\"']{1,4}")
# An opening quotation mark or bracket alone on a line: the quotation starts on the next line.
_OPENING_ONLY = lazy_compile(r"[“„»«‚‘\"'(\[]")
_DASH_ONLY = lazy_compile(r"(?:--|[–—-])")
# A line that starts lower-case or with punctuation continues the sentence before it.
_CONTINUES = lazy_compile(r"[a-zäöüß,.;:)\]…]|www\.|https?://")
# A field label opening a line ("Ort:", "Zeit: 10 Uhr", "Tel.:") starts a paragraph of its own.
# A schedule line: days or dates as its label, the times or the service of those days as its value
# ("Montag, 30. März, bis Donnerstag, 2. April: Abfuhr wie gewohnt", "Mo–Do: 8 bis 16 Uhr"). Opening
# hours, collection days and timetables are set one day a line (German notice convention); such a line
# is complete, so a capitalised line after it starts a line of its own even where the text looks
# hard-wrapped.
_DAY = (
    r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Feiertag)(?:s|e|en)?(?![\wäöüß])"
    r"|(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?(?![\wäöüß])"
    r"|\d{1,2}\.(?:\s*(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+\.?)(?:\s*\d{4})?)?"
)
# A list line that opens with a day: a weekday (written out or short) before a date, or a date alone
# ("Di, 12.05. Nordau", "Samstag, 3. Mai: Fest", "12.06.: Lesung").
_DATED_ITEM = lazy_compile(
    r"[\s•*·▪►–-]*(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Mo|Di|Mi|Do|Fr|Sa|So)\.?,?\s+)?"
    r"\d{1,2}\.\s*(?:\d{1,2}\.|(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)"
)
# A moved date set as "old → new" ("Leerung vom Pfingstmontag, 25. Mai → Dienstag, 26. Mai"): the arrow of
# a table row, never of running prose; the line is complete as well.
_ARROW_LINE = lazy_compile(r"[^→⇒]{1,80}\s(?:→|⇒|->)\s[^→⇒]{1,80}")
_SCHEDULE_LINE = lazy_compile(
    r"(?:" + _DAY + r")(?:(?:,?\s*(?:bis|und|sowie)?\s*|\s*[–-]\s*)(?:" + _DAY + r"))*:\s+\S.{0,40}"
)
_LABEL_START = lazy_compile(r"[\wÄÖÜäöüß.-]{1,25}(?: [\wÄÖÜäöüß.-]{1,25}){0,2}:(?:\s|$)")
# Words that cannot end a sentence or a heading (articles, prepositions, conjunctions): a line
# ending with one of them runs on into the next line ("Damit Sie für die" / "Kalte Jahreszeit").
_FUNCTION_WORDS = frozenset(
    (
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem", "eines", "zum",
        "zur", "zu", "im", "ins", "in", "am", "ans", "an", "auf", "aus", "bei", "beim", "mit", "von", "vom", "für", "über",
        "unter", "nach", "vor", "durch", "gegen", "ohne", "um", "und", "oder", "sowie", "bzw", "als", "wie",
        "dass", "ob", "sich", "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from",
        "into", "and", "or", "but", "that", "which", "who", "whose", "as", "than", "via", "click", "visit",
        "see", "read", "per", "through", "after", "before", "during", "near", "about", "over", "under",
        "between", "against", "without", "within", "since", "until", "while", "because", "when", "where",
        "his", "her", "its", "their", "our", "your", "this", "these", "those", "seit", "bis", "zwischen",
        "während", "wegen", "weil", "wenn", "seine", "ihre", "dieser", "diese", "dieses",
    )
)  # fmt: skip
# "…,” said X." / "…,“ sagte X.": an attribution after a quotation closed by a comma.
_ATTRIBUTION_END = lazy_compile(r"[,!?][”“\"»«’]\s+[^\"“”„«»]{1,80}[.]$")
_OPEN_QUOTES = "“„«‚‘"


class _Joined:
    """A paragraph being joined from lines, in linear time: its pieces, its last characters and
    whether a quotation is open at its end (the checks look only at the end)."""

    def __init__(self, text: str, number: int, language: str = "de") -> None:
        self.language = language
        self.pieces = [text]
        self.tail = text[-JOIN_TAIL:]
        self.number = number
        self.depth = _quote_depth(text, 0)
        self.glue = not (_OPENING_ONLY.fullmatch(text) or _quote_only(text))

    def add(self, text: str, verdict: str) -> None:
        if not self.glue or verdict == "close":
            piece = text  # no space after an opening quotation mark, none before closing punctuation
        else:
            joined = _join_wrapped(self.tail, text, self.language)
            if len(joined) < len(self.tail) + len(text):
                self.pieces[-1] = self.pieces[-1][:-1]  # hyphenation: "Verkehrs-" + "unfall"
                self.tail = self.tail[:-1]
            piece = joined[len(self.tail) :]
        self.pieces.append(piece)
        self.tail = (self.tail + piece)[-JOIN_TAIL:]
        self.depth = _quote_depth(text, self.depth)
        self.glue = verdict != "open"

    def text(self) -> str:
        return "".join(self.pieces)


def unwrap(run: list[Line], language: str = "de", *, after_colon: bool = False) -> list[tuple[str, int]]:
    """Join the lines of a run (no blank line between them) that continue the sentence before.

    ``after_colon``: the paragraph before the run (across a blank line) ends with a colon, so the run's
    short lines may be the items of an unmarked list ("Die Öffnungszeiten:" / blank / one day a line).
    """
    if len(run) == 1:
        return [(run[0].text, run[0].number)]
    width = max(_width(line) for line in run)
    # Hard wrapping: every line is at most ~110 characters and most lines fill the width and end
    # mid-sentence (a scraper's short split lines end mid-sentence too, but are far from full).
    full_open = sum(1 for line in run[:-1] if not _ends_sentence(line.text) and _width(line) >= WRAP_OPEN_RATIO * width)
    wrapped = WRAP_WIDTH_MIN <= width <= WRAP_WIDTH_MAX and full_open >= max(1, (len(run) - 1) // 2)
    list_items = after_colon  # short lines after "…:" may be the items of an unmarked list
    paragraphs: list[tuple[str, int]] = []
    current = _Joined(run[0].text, run[0].number, language)
    for index in range(1, len(run)):
        previous, line = run[index - 1], run[index]
        following = run[index + 1] if index + 1 < len(run) else None
        verdict = _continues(current, previous, line, following, width if wrapped else None, list_items)
        if verdict is not None:
            current.add(line.text, verdict)
            continue
        text = current.text()
        paragraphs.append((text, current.number))
        list_items = text.endswith(":") or (list_items and len(text) <= LIST_ITEM_MAX)
        current = _Joined(line.text, line.number, language)
    paragraphs.append((current.text(), current.number))
    return paragraphs


def _ends_sentence(text: str) -> bool:
    return text.rstrip('”“"»«’)').endswith((".", "!", "?", ":", ";", "…")) or text.endswith(_TERMINAL)


def _quote_only(text: str) -> bool:
    return bool(text) and all(char in "“”„\"«»‚‘’'" for char in text)


def _continues(
    current: _Joined, previous: Line, line: Line, following: Line | None, width: int | None, list_items: bool
) -> str | None:
    """How ``line`` continues the paragraph ``current`` (None: it starts a new paragraph).

    "join" joins with a space, "close" without one (closing punctuation), "open" joins an opening
    quotation mark to which the next line is glued without a space.
    """
    text, so_far, quote_open = line.text, current.tail, current.depth > 0
    if _DASH_ONLY.fullmatch(previous.text) or _DASH_ONLY.fullmatch(text):
        return "join"  # "WASHINGTON" / "–" / "Sen. …": the dash of a dateline split off by a scraper
    if _OPENING_ONLY.fullmatch(previous.text) and not (_quote_only(previous.text) and not quote_open):
        return "join"  # the quotation opened on the line before starts here
    if _CLOSING_ONLY.fullmatch(text) or _OPENING_ONLY.fullmatch(text):
        if not _quote_only(text) or quote_open:
            return "close" if text[0] not in "([" else "open"
        # A quotation mark that opens a quotation. After "…,” said X." the same speaker goes on in
        # the same paragraph (a quotation split by its attribution is one paragraph).
        return "open" if _ATTRIBUTION_END.search(so_far) else None
    if so_far.endswith("-") and len(so_far) > 1 and so_far[-2].isalpha() and text[:1].isalpha():
        return "join"  # hyphenation at the line end
    if text[:1] in ".,;:!?":
        return "close"  # ". Bei weiteren Fragen …" after a link text
    if _LABEL_START.match(text):
        return None
    if re.search(r",[”“\"»’]$", so_far):
        return "join"  # '…,”' / 'Senator X wrote.': the attribution after a quotation closed by a comma
    if (_SCHEDULE_LINE.fullmatch(previous.text) or _ARROW_LINE.fullmatch(previous.text)) and text[:1].isupper():
        return None  # "Montag: 8 bis 12 Uhr" / "Leerung vom …": one day a line (_SCHEDULE_LINE)
    if so_far.rstrip().endswith(":") and _DATED_ITEM.match(text):
        # "Die Halte im Mai:" over "Di, 12.05. Nordau, Kirchplatz": an intro over the lines of a
        # dated list, one item a line; a wrapped intro never goes on with a weekday or a date.
        return None
    if _ends_sentence(so_far):
        # In hard-wrapped text a sentence may end at the end of a full line.
        return "join" if width is not None and _width(previous) >= WRAP_FULL_RATIO * width else None
    short = len(previous.text) <= LIST_ITEM_MAX and len(text) <= LIST_ITEM_MAX
    if list_items and short and not ends_with_function_word(so_far):
        return None  # short lines after "…:" are the items of a list, each on its own line
    if (
        list_items
        and _SCHEDULE_LINE.fullmatch(previous.text)
        and not ends_with_function_word(so_far)
        and len(text) <= HEAD_LINE_MAX
    ):
        # "Samstag: 10 – 21 Uhr" / "in den Ferien täglich 10 – 21 Uhr": a schedule line is complete
        # (_SCHEDULE_LINE), so in a list after "…:" the next line is an item of its own, lower case too.
        return None
    if _CONTINUES.match(text) or ends_with_function_word(so_far):
        return "join"
    if (
        _fragment(text)
        and following is not None
        and (_CONTINUES.match(following.text) or _CLOSING_ONLY.fullmatch(following.text))
    ):
        return "join"  # a link text on its own line between two halves of one sentence
    if line.indent > previous.indent and line.indent >= 2:
        return "join"  # the continuation of a broken line is indented
    if width is not None and _width(previous) + 1 + len(text.split(" ", 1)[0]) > WRAP_OVERFLOW_RATIO * width:
        return "join"  # hard wrap: the first word of this line did not fit on the line before
    return None


def _width(line: Line) -> int:
    """The length the line had when it was wrapped (before a dateline or number was taken off it)."""
    return max(len(line.text), len(line.raw.strip()))


def _fragment(text: str) -> bool:
    return len(text) <= FRAGMENT_MAX and len(text.split()) <= FRAGMENT_WORDS_MAX and not _ends_sentence(text)


def function_word(word: str) -> bool:
    """True for an article, preposition or conjunction (the small words that link nouns)."""
    return word.lower() in _FUNCTION_WORDS


def photo_credit(text: str) -> bool:
    """True for a photo credit or caption line ("Foto: X/Archiv (honorarfrei …)")."""
    return len(text) <= HEAD_LINE_MAX and _CREDIT.fullmatch(text.strip()) is not None


def ends_with_function_word(text: str) -> bool:
    """True if the last word of ``text`` is an article, preposition or conjunction."""
    return text.rsplit(" ", 1)[-1].lower() in _FUNCTION_WORDS


# The particles of German separable verbs, which close a main clause ("Stadt lädt zum Abend ein",
# "Konzert fällt aus"); as prepositions or articles they would need a noun after them.
_VERB_PARTICLES = frozenset(("ein", "aus", "an", "ab", "auf", "vor", "mit", "zu", "nach", "bei", "um", "durch"))


_SUBTITLE_WORDS_MIN = 4


def _verb_particle_end(title: str, text: str) -> bool:
    """True if ``title`` closes with a separable verb's particle and the next line starts a new phrase.

    "Stadt lädt zum Bürgerabend ein" over "Fragen werden vorab beantwortet": a word in lower case
    that is no function word stands before the particle (the finite verb), and the next line starts
    with a capital (a lower-case start is read as a continuation before this check).
    """
    words = title.split()
    if len(words) < 3 or words[-1].lower() not in _VERB_PARTICLES or not text[:1].isupper():
        return False
    # Most of these particles are prepositions too ("Stadt sperrt Brücke nach" / "Unfall mit Lastwagen"
    # is one wrapped headline): the next line must read as a subtitle of its own, a clause with a word
    # in lower case that is no function word (its verb), not a noun phrase that completes the preposition.
    following = text.split()
    if len(following) < _SUBTITLE_WORDS_MIN or not any(
        word[:1].islower() and word.lower() not in _FUNCTION_WORDS for word in following[1:]
    ):
        return False
    return any(word[:1].islower() and word.lower() not in _FUNCTION_WORDS for word in words[1:-1])


def _quote_depth(text: str, depth: int) -> int:
    """The number of quotations open after ``text`` when ``depth`` were open before it."""
    for char in text:
        if char in "“„«":
            if char == "“" and depth > 0:
                depth -= 1  # German „…“ closes with “
            else:
                depth += 1
        elif char in "”»":
            depth = max(0, depth - 1)
        elif char == '"':
            depth = depth - 1 if depth > 0 else depth + 1
    return depth


def headline_continues(title: str, lines: list[Line], index: int) -> bool:
    """True if ``lines[index]`` continues a headline wrapped over two lines (``title`` the first)."""
    text = lines[index].text
    if _ends_sentence(title) or _ends_sentence(text) or len(text) > HEADLINE_REST_MAX or re.search(r"\d", text):
        return False
    if _CONTINUES.match(text) or (ends_with_function_word(title) and not _verb_particle_end(title, text)):
        return True
    following = lines[index + 1] if index + 1 < len(lines) else None
    if len(text.split()) > 3 or (following is not None and not following.blank):
        return False
    # Hard wrap (mail, html2text): the headline filled its line and one to three words went on.
    width = wrap_width(lines)
    return width is not None and _width(lines[index - 1]) + 1 + len(text.split()[0]) > HEADLINE_WRAP_OVERFLOW_RATIO * width


def wrap_width(lines: list[Line]) -> int | None:
    """The width a text is hard-wrapped at (None if it is not): the longest line that runs on."""
    running = [
        _width(line)
        for line, after in itertools.pairwise(lines)
        if not line.blank and not after.blank and not _ends_sentence(line.text)
    ]
    if len(running) < 3 or max(running) > WRAP_WIDTH_MAX:
        return None
    return max(running)


def _join_wrapped(left: str, right: str, language: str = "de") -> str:
    if left.endswith("-") and len(left) > 1 and left[-2].isalpha():
        next_word = right.split(" ", 1)[0]
        if next_word in ("und", "oder", "bis", "sowie", "and", "or", "to"):
            return left + " " + right  # "Lebens-\nund Umweltqualität": a suspended hyphen
        # English wire copy is not hyphenated at line ends: "life-\nchanging" is a compound.
        if right[:1].islower() and not language.startswith("en"):
            return left[:-1] + right  # "Verkehrs-\nunfall": hyphenation at the line end
        return left + right  # "Kurt-\nSchumacher-Platz": a real hyphen
    return left + " " + right


def group_lines(lines: list[Line], language: str, *, markdown: bool = False) -> tuple[list[Item], list[Fragment]]:
    """Turn body lines (removed lines already blanked) into raw blocks and section starts.

    ``markdown``: the source is Markdown, where (as CommonMark reads it) a single line break or a
    two-space hard break does not start a paragraph: every run of text lines is one paragraph.
    """
    items: list[Item] = []
    fragments: list[Fragment] = []
    chunk: list[Line] = []
    for line in [*lines, Line(number=0, text="", indent=0, raw="")]:
        if line.blank:
            if chunk:
                _process_chunk(chunk, language, items, fragments, markdown)
                chunk = []
            continue
        chunk.append(line)
    return items, fragments


def _process_chunk(
    chunk: list[Line], language: str, items: list[Item], fragments: list[Fragment], markdown: bool = False
) -> None:
    text_run: list[Line] = []

    def flush() -> None:
        if text_run:
            if markdown:
                joined = _Joined(text_run[0].text, text_run[0].number, language)
                for line in text_run[1:]:
                    joined.add(line.text, "join")
                paragraphs = [(joined.text(), joined.number)]
            else:
                last = items[-1] if items else None
                # Across a blank line only a run of short lines none of which ends a sentence reads as
                # items; a wrapped sentence under "Das Amt teilt mit:" ends with its full stop.
                after_colon = (
                    isinstance(last, RawBlock)
                    and last.kind == "para"
                    and last.text.rstrip().endswith(":")
                    and all(len(line.text) <= LIST_ITEM_MAX and not _ends_sentence(line.text) for line in text_run)
                )
                paragraphs = unwrap(text_run, language, after_colon=after_colon)
            for text, number in paragraphs:
                items.extend(split_flat(text, number, language, fragments))
            text_run.clear()

    index = 0
    card = False  # inside a contact card every line is a field of its own: never unwrap
    while index < len(chunk):
        line = chunk[index]
        section = match_section_heading(line.text)
        if section:
            flush()
            items.append(RawSection(section, line.number))
            card = section.kind in ("contact", "links")
            index += 1
            continue
        if card:
            items.append(RawBlock("para", line.number, text=collapse_spaces(line.text)))
            index += 1
            continue
        heading = _MD_HEADING.fullmatch(line.text)
        if heading:
            flush()
            level = min(max(len(heading.group("hashes")), 2), 4)
            items.append(RawBlock("heading", line.number, text=heading.group("text"), level=level))
            index += 1
            continue
        if _CREDIT.fullmatch(line.text) and len(line.text) <= HEAD_LINE_MAX:
            flush()
            items.append(RawBlock("credit", line.number, text=line.text.strip("[]")))
            index += 1
            continue
        consumed = _take_list(chunk, index, items, flush)
        if consumed:
            index += consumed
            continue
        if "\t" in line.raw:
            rows = []
            probe = index
            while probe < len(chunk) and "\t" in chunk[probe].raw.strip():
                rows.append([collapse_spaces(cell) for cell in re.split(r"\t+", chunk[probe].raw.strip())])
                probe += 1
            if len(rows) >= 2:
                flush()
                items.append(RawBlock("table", line.number, rows=rows))
                index = probe
                continue
        text_run.append(line)
        index += 1
    flush()


def _take_list(chunk: list[Line], index: int, items: list[Item], flush: Callable[[], None]) -> int:
    """Collect a bullet or numbered list starting at ``chunk[index]``; return the lines consumed."""
    first = chunk[index]
    bullet = _BULLET.fullmatch(first.text)
    ordered = _ORDERED.fullmatch(first.text)
    if ordered and _MONTH_START.match(ordered.group("rest")):
        ordered = None  # "20. September 2018 ..." is a date, not a list
    if not bullet and not ordered:
        return 0
    entries: list[tuple[str, int]] = []
    numbers: list[int] = []
    probe = index
    marker = bullet.group("marker") if bullet else None
    while probe < len(chunk):
        line = chunk[probe]
        match = _BULLET.fullmatch(line.text) if marker else _ORDERED.fullmatch(line.text)
        if match and (not marker or match.group("marker") == marker):
            entries.append((match.group("rest"), line.number))
            numbers.append(0 if marker else int(match.group("number")))
        elif entries and line.indent > first.indent and not _BULLET.fullmatch(line.text):
            text, number = entries[-1]
            entries[-1] = (_join_wrapped(text, line.text), number)
        else:
            break
        probe += 1
    if marker and marker not in _STRONG_MARKERS and len(entries) < 2:
        return 0
    if not marker and len(entries) < 2:
        return 0
    flush()
    if marker:
        items.append(RawBlock("bullets", first.number, items=entries))
    else:
        items.append(RawBlock("ordered", first.number, items=entries, start=numbers[0], numbers=numbers))
    return probe - index


# ------------------------------------------------------------------------------ flattened bodies

# "(?<!\s)": start a match only where a run of spaces begins, never inside it, or a long run of
# spaces is scanned again from each of its positions (issue 15 #3).
_PORTAL_FOOTER = lazy_compile(r"(?<!\s)\s*Original-Content von:.*$", re.DOTALL)
_DOUBLE_SPACE = lazy_compile(r" {2,}")
_INLINE_BULLET = lazy_compile(r"\s+[•▪●‣]\s+")
_DASH_LIST_START = lazy_compile(r":\s+[-–]\s+(?=[A-ZÄÖÜ„])")
_DASH_ITEM = lazy_compile(r"(?<=[.!?)“])\s+[-–]\s+(?=[A-ZÄÖÜ„])")
# Inside a dash list an item may also follow a sentence that ends with a colon ("zwei Beispiele auf: - Bei").
_DASH_ANY_ITEM = lazy_compile(r"(?<=[.!?)“:])\s+[-–]\s+(?=[A-ZÄÖÜ„])")
# A short bracketed reference to a paragraph, page or margin number closing a sentence, as audit
# reports, court decisions and parliamentary papers cite their own text: "(T 12 bis 15).",
# "(S. 4)", "(Rn. 7 ff.)", "(p. 3)", "(§ 5 Abs. 2)", "(Ziffer 4.2)". The tag is the word before the
# number; the reference always holds a number, so "(SPD)" or "(dpa)" are none.
_CLOSING_REFERENCE = lazy_compile(r"\((?P<tag>[A-Za-zÄÖÜäöü§.]{1,8}) (?=[^()]{0,29}\d)[^()]{1,30}\)[.!]?(?=\s|$)")
_CONTACT_END = lazy_compile(r"\s(?=(?:Die|Der|Das|Wir|Es|Ein|Eine|Im|The|We|Our|This|Please|Bitte)\s)")
_PHOTO_BRACKET = lazy_compile(r"\[(?:Foto|Bild|Photo)[^\]]{3,400}\]")


def split_flat(text: str, line: int, language: str, fragments: list[Fragment]) -> list[Item]:
    """Split one paragraph's text into blocks where the text gives clear structural signals."""
    footer = _PORTAL_FOOTER.search(text)
    if footer:
        fragments.append(
            Fragment(line, collapse_spaces(footer.group(0)), "news-portal footer and teasers of other releases")
        )
        text = text[: footer.start()]
    if len(text) >= FLATTENED_LINE_MIN and len(_DOUBLE_SPACE.findall(text)) >= 2:
        segments = [s for s in _DOUBLE_SPACE.split(text) if s.strip()]
    else:
        segments = [text]
    items: list[Item] = []
    in_section = False
    for segment in map(collapse_spaces, segments):
        section = match_section_heading(segment) if len(segments) > 1 else None
        if section:
            items.append(RawSection(section, line))
            in_section = True
            continue
        if in_section:
            items.append(RawBlock("para", line, text=segment))
            continue
        contact = INLINE_CONTACT.search(segment) if len(segment) >= INLINE_CONTACT_MIN else None
        if contact and contact.start() > 0 and len(segment) - contact.start() <= INLINE_CONTACT_TAIL_MAX:
            items.extend(_structure(segment[: contact.start()].strip(), line, language))
            items.extend(_inline_contact(segment[contact.start() :], contact, line))
            in_section = True
            continue
        items.extend(_structure(segment, line, language))
    # Short unmarked segments after "…:" stay paragraphs (GOLD: in plain text each line or
    # double-space segment is a paragraph unless it continues a sentence; no list is guessed).
    return items


def _inline_contact(text: str, match: re.Match[str], line: int) -> list[Item]:
    title = match.group("title").strip()
    rest = text[match.end() - match.start() :].strip()
    items: list[Item] = []
    cut = _CONTACT_END.search(rest)
    trailing = ""
    if cut:
        rest, trailing = rest[: cut.start()].strip(), rest[cut.end() :].strip()
    items.append(RawSection(SectionStart("contact", title, rest), line))
    if trailing:
        notes_title = "Hinweise" if not re.search(r"\b(the|and)\b", trailing) else "Notes"
        items.append(RawSection(SectionStart("notes", notes_title, ""), line))
        for piece in _split_photo_brackets(trailing):
            if _PHOTO_BRACKET.fullmatch(piece):
                items.append(RawBlock("credit", line, text=piece[1:-1].strip()))
            else:
                items.append(RawBlock("para", line, text=piece))
    return items


def _split_photo_brackets(text: str) -> list[str]:
    pieces: list[str] = []
    position = 0
    for match in _PHOTO_BRACKET.finditer(text):
        if text[position : match.start()].strip():
            pieces.append(text[position : match.start()].strip())
        pieces.append(match.group(0))
        position = match.end()
    if text[position:].strip():
        pieces.append(text[position:].strip())
    return pieces


def _structure(text: str, line: int, language: str) -> list[Item]:
    """Split a paragraph at run-in headings (German bodies), then find inline lists in each part."""
    if not text:
        return []
    long_german = language.startswith("de") and len(text) >= RUN_IN_BODY_MIN
    parts = _run_in_headings(text) if long_german else [("para", text)]
    items: list[Item] = []
    for kind, part in parts:
        if kind == "heading":
            items.append(RawBlock("heading", line, text=part, level=2))
        else:
            pieces = split_invitation(part) if language.startswith("de") else [("para", part)]
            for piece_kind, piece in pieces:
                if piece_kind == "bullets" and isinstance(piece, list):
                    items.append(RawBlock("bullets", line, items=[(entry, line) for entry in piece]))
                elif isinstance(piece, str):
                    items.extend(_inline_lists(piece, line, language))
    return items


def _run_in_headings(text: str) -> list[tuple[str, str]]:
    starts = [0, *sentence_starts(text)]
    starts += [m.end() for m in re.finditer(r":\s+(?=[A-ZÄÖÜ])", text)]
    # One pass over the text for all candidate boundaries, then a lookup per sentence: linear time.
    boundaries = [m.start() for m in _RUN_IN.finditer(text)]
    cuts: list[tuple[int, int]] = []  # (heading start, heading end)
    for start in sorted(set(starts)):
        if cuts and start < cuts[-1][1]:
            continue
        found = bisect.bisect_left(boundaries, start)
        if found >= len(boundaries) or boundaries[found] >= start + HEADING_WINDOW:
            continue
        window = text[start : start + HEADING_WINDOW]
        boundary = _RUN_IN.match(window, boundaries[found] - start)
        if not boundary:
            continue
        heading = window[: boundary.start()]
        words = heading.split()
        if (
            not 2 <= len(words) <= RUN_IN_HEADING_WORDS_MAX
            or words[0] in _OPENER_SET
            or re.search(r"[.:;!?„“\"()]", heading)
        ):
            continue
        if words[-1].lower() in _NOT_BEFORE_RUN_IN or not words[0][:1].isupper():
            continue
        following = text[start + boundary.end() : start + boundary.end() + SENTENCE_WINDOW]
        next_end = re.search(r"[.!?:]", following)
        if next_end is None or len(following[: next_end.start()].split()) < RUN_IN_SENTENCE_WORDS_MIN:
            continue
        cuts.append((start, start + boundary.start()))
    if not cuts:
        return [("para", text)]
    parts: list[tuple[str, str]] = []
    position = 0
    for head_start, head_end in cuts:
        before = text[position:head_start].strip()
        if before:
            parts.append(("para", before))
        parts.append(("heading", text[head_start:head_end].strip()))
        position = head_end
    if text[position:].strip():
        parts.append(("para", text[position:].strip()))
    return parts


def _first_boundary(text: str) -> int | None:
    candidates = [s for s in sentence_starts(text)]
    run_in = _RUN_IN.search(text)
    if run_in:
        candidates.append(run_in.end())
    return min(candidates) if candidates else None


def _inline_lists(text: str, line: int, language: str) -> list[Item]:
    bullets = _INLINE_BULLET.split(text)
    if len(bullets) >= 3 or (len(bullets) == 2 and text.lstrip().startswith("•")):
        intro, entries = bullets[0].strip(), [b.strip() for b in bullets[1:]]
        tail = ""
        cut = _first_boundary(entries[-1])
        if cut is not None:
            entries[-1], tail = entries[-1][:cut].strip(), entries[-1][cut:].strip()
        items: list[Item] = []
        if intro:
            items.append(RawBlock("para", line, text=intro.lstrip("• ")))
        items.append(RawBlock("bullets", line, items=[(entry, line) for entry in entries if entry]))
        if tail:
            items.extend(_inline_lists(tail, line, language))
        return items
    dash = _DASH_LIST_START.search(text)
    if dash is None and len(_DASH_ITEM.findall(text)) >= 2:
        dash = _DASH_ITEM.search(text)  # ". - Item. - Item": a flattened list without a colon intro
    if dash:
        intro = text[: dash.start() + 1].strip() if text[dash.start()] == ":" else text[: dash.start()].strip()
        items = [RawBlock("para", line, text=intro)] if intro else []
        items.extend(_dash_list(text[dash.end() :], line))
        return items
    return [RawBlock("para", line, text=text)]


def _dash_list(text: str, line: int) -> list[Item]:
    """The items of a flattened dash list, with the running text between and after them set apart.

    In a flattened body nothing marks where the last item ends. Reports close every finding with a
    reference to their own paragraphs or pages (see _CLOSING_REFERENCE); when at least two items
    end with a reference of the same kind, text after such a reference inside an item is running
    text (a summary, or the intro of the next items), not part of the item.
    """
    entries = [entry.strip() for entry in _DASH_ANY_ITEM.split(text) if entry.strip()]
    tag = _closing_reference_tag(entries)
    items: list[Item] = []
    current: list[tuple[str, int]] = []
    for entry in entries:
        cut = _reference_cut(entry, tag) if tag else None
        if cut is None:
            current.append((entry, line))
            continue
        current.append((entry[:cut].strip(), line))
        items.append(RawBlock("bullets", line, items=current))
        items.append(RawBlock("para", line, text=entry[cut:].strip()))
        current = []
    if current:
        items.append(RawBlock("bullets", line, items=current))
    return items


def _closing_reference_tag(entries: list[str]) -> str | None:
    """The tag ("S.", "Rn.") of the bracketed reference that closes at least two ``entries``, if any."""
    tags: dict[str, int] = {}
    for entry in entries:
        last = None
        for last in _CLOSING_REFERENCE.finditer(entry):  # noqa: B007 - the last match is wanted
            pass
        if last is not None and last.end() == len(entry):
            tags[last.group("tag")] = tags.get(last.group("tag"), 0) + 1
    best = max(tags.items(), key=lambda pair: pair[1], default=None)
    return best[0] if best and best[1] >= 2 else None


def _reference_cut(entry: str, tag: str) -> int | None:
    """Where running text starts after the first closing reference inside ``entry`` (None: no cut)."""
    for found in _CLOSING_REFERENCE.finditer(entry):
        if found.group("tag") != tag:
            continue
        rest = entry[found.end() :]
        if rest.strip() and re.match(r"\s+[A-ZÄÖÜ„]", rest):
            return found.end()
        return None
    return None
