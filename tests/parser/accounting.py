"""Word accounting: every word of the input is in the model or in ``removed`` (nothing lost silently)."""

from __future__ import annotations

import re
from collections import Counter

from pressconv._months import MONTHS_DE, MONTHS_EN
from pressconv.api import ParseResult
from pressconv.model import block_text, contact_text, inline_text

_WORD = re.compile(r"\w+")
# Contact labels ("Tel.", "Mail") used to be exempt here; Contact.labels keeps them now (issue 9).
# Words of head lines that become typed metadata (an embargo line becomes Metadata.embargo; a date
# written twice, in the head and in the dateline, becomes one Metadata.issued).
META_WORDS = frozenset(
    [
        "sperrfrist",
        "sperrvermerk",
        "embargo",
        "embargoed",
        "until",
        "uhr",
        "gmt",
        "cet",
        "cest",
        "mez",
        "mesz",
        "den",
        "am",
    ]
)
_MONTHS_DE = list(MONTHS_DE)
_MONTHS_EN = list(MONTHS_EN)


def words(text: str) -> Counter[str]:
    """Case-folded word counts of a text."""
    # Words glued together by a web copy ("ContactShane") count as two.
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)
    return Counter(word.casefold() for word in _WORD.findall(text))


def model_text(result: ParseResult) -> str:
    """All text the model and the removed list hold, as one string."""
    release = result.release
    meta = release.meta
    parts: list[str] = [inline_text(meta.title)]
    if meta.subtitle:
        parts.append(inline_text(meta.subtitle))
    for value in (
        meta.kicker,
        meta.place,
        meta.release_number,
        meta.organisation,
        meta.author,
        meta.issued_time,
    ):
        if value:
            parts.append(value)
    for stamp in (meta.issued, meta.embargo.date() if meta.embargo else None):
        if stamp:
            month = stamp.month - 1
            parts.append(
                f"{stamp.isoformat()} {stamp.day} {_MONTHS_DE[month]} {_MONTHS_EN[month]} {stamp.year % 100}"
            )
    if meta.embargo:
        parts.append(meta.embargo.strftime("%H %M"))
    parts.extend(block_text(block) for block in release.body)
    # Numbers of an ordered list are its structure (start + position).
    from pressconv.model import OrderedList

    for section_blocks in [release.body, *(section.blocks for section in release.sections)]:
        for block in section_blocks:
            if isinstance(block, OrderedList):
                parts.extend(str(block.start + offset) for offset in range(len(block.items)))
    for section in release.sections:
        parts.append(section.title)
        parts.extend(block_text(block) for block in section.blocks)
        # Fields, the labels written before them ("Tel.", "Mail") and the card's notes (issue 9).
        parts.extend(contact_text(contact) for contact in section.contacts)
    parts.extend(entry.text for entry in result.removed)
    # Link targets are model data too ("[Website](https://talus.network/)" keeps its URL in Link.url).
    from pressconv.writers.json import release_to_dict

    parts.extend(link["url"] for link in release_to_dict(release)["links"])
    return "\n".join(parts)


def missing_words(source_text: str, result: ParseResult) -> Counter[str]:
    """Words of the input (with multiplicity) that appear neither in the model nor in ``removed``."""
    have = words(model_text(result))
    need = words(source_text)
    for word in META_WORDS:
        need.pop(word, None)
    meta = result.release.meta
    for stamp in (meta.issued, meta.embargo.date() if meta.embargo else None):
        if stamp:
            for token in (
                str(stamp.year),
                f"{stamp.month:02d}",
                str(stamp.month),
                f"{stamp.day:02d}",
                str(stamp.day),
            ):
                need.pop(token, None)
    return need - have
