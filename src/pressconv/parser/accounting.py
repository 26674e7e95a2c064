"""Word accounting: every word of the input is in the model or in the removed lines (``text.lost``).

The parser checks itself with this after every parse: a word of the source that is neither in the
release (metadata, body, sections, contact cards, link targets) nor in the lines removed with a
reason was dropped by a parser bug, and the parse reports it as an error instead of passing it on
silently (issue 14). Words are compared as a bag, case-folded: the check is about loss, not order
(order is what ``pressconv check --against`` proves on the finished outputs).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from pressconv._months import MONTHS_DE, MONTHS_EN
from pressconv.diagnostics import Diagnostic, RemovedLine
from pressconv.model import OrderedList, Release, block_text, contact_text, inline_text, ordered_numbers, release_links
from pressconv.parser._lazy import lazy_compile

__all__ = ["head_lines_read_as_metadata", "lost_words", "model_text", "text_lost_diagnostic", "words"]

# Letters and digits: "_NOTE_" (Markdown emphasis) is the word NOTE, not a word with underscores.
_WORD = lazy_compile(r"[^\W_]+")
# A lower-case letter followed by a capital is a web copy gluing two words ("ContactShane").
_GLUED = lazy_compile(r"(?<=[a-z])(?=[A-Z])")
# Words of head lines that become typed metadata rather than text: an embargo line becomes
# Metadata.embargo, and a date written twice (head and dateline) becomes one Metadata.issued.
_META_WORDS = frozenset(
    ["sperrfrist", "sperrvermerk", "embargo", "embargoed", "until", "uhr", "gmt", "cet", "cest", "mez", "mesz", "den", "am"]
)
# How many lost words the diagnostic names; the rest are counted.
_NAMED = 8


def words(text: str) -> Counter[str]:
    """Case-folded word counts of a text."""
    return Counter(word.casefold() for word in _WORD.findall(_GLUED.sub(" ", text)))


def model_text(release: Release, removed: Iterable[RemovedLine]) -> str:
    """All text the model and the removed lines hold, as one string."""
    meta = release.meta
    parts: list[str] = [inline_text(meta.title)]
    if meta.subtitle:
        parts.append(inline_text(meta.subtitle))
    parts.extend(
        value
        for value in (meta.kicker, meta.place, meta.release_number, meta.organisation, meta.author, meta.issued_time)
        if value
    )
    parts.extend(meta.keywords)
    # Embargo lines are kept as written (issue 15 #6), the zone and an unreadable line included.
    parts.extend(meta.embargo_lines)
    for stamp in (meta.issued, meta.embargo.date() if meta.embargo else None):
        if stamp:
            month = stamp.month - 1
            names = (MONTHS_DE[month], MONTHS_EN[month])
            # The month as a dateline abbreviates it: "Jan.", "Sept.", "Okt." stand for the same date.
            short = " ".join(f"{name[:3]} {name[:4]}" for name in names)
            parts.append(f"{stamp.isoformat()} {stamp.day} {' '.join(names)} {short} {stamp.year % 100}")
    if meta.embargo:
        parts.append(meta.embargo.strftime("%H %M"))
    if meta.issued_time:
        # "9:00" is stored as "09:00": the hour as written has no leading zero.
        parts.extend(str(int(number)) for number in re.findall(r"\d+", meta.issued_time))
    for blocks in (release.body, *(section.blocks for section in release.sections)):
        for block in blocks:
            parts.append(block_text(block))
            if isinstance(block, OrderedList):
                # The numbers of an ordered list are its structure (start, then as written or counted on).
                parts.extend(str(number) for number in ordered_numbers(block))
    for section in release.sections:
        parts.append(section.title)
        # Fields, the labels written before them ("Tel.", "Mail") and the card's notes.
        parts.extend(contact_text(contact) for contact in section.contacts)
    parts.extend(entry.text for entry in removed)
    # Link targets are model data too: "[Website](https://example.org/)" keeps its URL in Link.url.
    parts.extend(url for url, _ in release_links(release))
    return "\n".join(parts)


def lost_words(source_text: str, release: Release, removed: Iterable[RemovedLine]) -> Counter[str]:
    """Words of the source (with multiplicity) that are neither in the model nor in ``removed``."""
    need = words(source_text)
    for word in _META_WORDS:
        need.pop(word, None)
    meta = release.meta
    for stamp in (meta.issued, meta.embargo.date() if meta.embargo else None):
        if stamp:
            # A numeric date ("20.09.2018") is Metadata.issued: its parts need not stand in the text.
            for token in (str(stamp.year), f"{stamp.month:02d}", str(stamp.month), f"{stamp.day:02d}", str(stamp.day)):
                need.pop(token, None)
    return need - words(model_text(release, removed))


# Why a head line stands in the removed list although nothing of it was thrown away.
HEAD_LINE_REASON = "head line read into the metadata (date, label or number), which writers print in their own form"


def head_lines_read_as_metadata(source_text: str, release: Release, removed: Iterable[RemovedLine]) -> list[RemovedLine]:
    """The head lines (above the first body block) whose words live on only as typed metadata.

    "Tuesday, May 3, 2016 05:47 PM", "Pressemitteilung vom 9. Dezember 2030", a letter-spaced
    "M E D I A  R E L E A S E": the parser reads such lines into ``Metadata.issued`` or the kicker,
    and the writers print the date and label in their own form, so some written words (the weekday,
    "PM", "vom", the spaced letters) appear nowhere. Listing those lines as written keeps every word
    of the input accounted for; a word lost from the body is still reported as ``text.lost``.
    """
    lost = lost_words(source_text, release, removed)
    if not lost:
        return []
    body_start = min((block.line for block in release.body if block.line is not None), default=None)
    found: list[RemovedLine] = []
    for number, line in enumerate(source_text.split("\n"), start=1):
        if body_start is not None and number >= body_start:
            break
        if any(word.casefold() in lost for word in _WORD.findall(_GLUED.sub(" ", line))):
            found.append(RemovedLine(line=number, text=line.strip(), reason=HEAD_LINE_REASON))
    return found


def text_lost_diagnostic(source_text: str, release: Release, removed: Iterable[RemovedLine]) -> Diagnostic | None:
    """An error naming the words the parse lost, with the line of the first one; None if none."""
    lost = lost_words(source_text, release, removed)
    if not lost:
        return None
    # The line to point at is the one holding most of the lost words (a word such as "an" that is
    # lost once may occur on many lines); its words are named first, in the order written.
    lines = [[w.casefold() for w in _WORD.findall(_GLUED.sub(" ", line))] for line in source_text.split("\n")]
    counts = [sum(1 for word in line if word in lost) for line in lines]
    worst = max(range(len(lines)), key=lambda index: (counts[index], -index))
    ordered = dict.fromkeys(word for line in (lines[worst], *lines) for word in line if word in lost)
    named = ", ".join(f"'{word}'" for word in list(ordered)[:_NAMED])
    more = f" and {len(ordered) - _NAMED} more" if len(ordered) > _NAMED else ""
    first_line = worst + 1
    return Diagnostic(
        level="error",
        code="text.lost",
        message=(
            f"{sum(lost.values())} word(s) of the release are neither in the model nor removed with a "
            f"reason: {named}{more} (a parser bug: please report it)"
        ),
        line=first_line,
    )
