"""Recognise an unlabelled contact card and "X is a …" boilerplate at the end of the body.

Wire releases often close with the organisation's name, address, e-mail and web address on short
lines of their own, and a one-paragraph self-description ("Benzinga is a leading financial media
and data provider …"), with no "Contact:" or "About …" heading. They are moved into a contact and
an about section only when the signal is clear: at least three consecutive card-like lines, one of
them an e-mail address or a phone number; and a final paragraph whose subject is named as such
earlier in the release.
"""

from __future__ import annotations

import re

from pressconv.parser.blocks import RawBlock
from pressconv.parser.contacts import SectionStart, contact_field

__all__ = [
    "about_subject",
    "block_key",
    "closing_tail",
    "contact_tail_start",
    "glued_end_mark",
    "heading_continues_about",
    "speaks",
]

_SUBJECT = re.compile(
    r"(?:(?:The|Die|Der|Das)\s+)?"
    r"(?P<subject>[A-ZÄÖÜ][\w&.’'-]*(?:\s+(?:[A-ZÄÖÜ0-9][\w&.’'-]*|of|für|der|des|am|an der)){0,5}?)"
    r"\s+(?:is|are|ist|sind)\s+(?:an?|the|one of|ein|eine|einer|der|die|das)\s"
)
_NOT_SUBJECTS = frozenset(
    [
        "It",
        "This",
        "That",
        "These",
        "He",
        "She",
        "We",
        "They",
        "Our",
        "Es",
        "Er",
        "Sie",
        "Wir",
        "Dies",
        "Diese",
        "Dieser",
        "Das",
        "Hier",
        "Here",
        "There",
    ]
)

SectionPlan = tuple[SectionStart, int, list[RawBlock]]


def about_subject(text: str) -> str | None:
    """The organisation a self-description paragraph ("Acme Inc. is a …") describes, if any."""
    match = _SUBJECT.match(text)
    if match is None or len(text) > 1200:
        return None
    subject = match.group("subject").strip()
    if subject.split()[0] in _NOT_SUBJECTS:
        return None
    return subject


def closing_tail(body: list[RawBlock], language: str) -> list[SectionPlan]:
    """Remove a trailing contact card and about paragraph from ``body``; return them as sections."""
    german = language.startswith("de")
    plans: list[SectionPlan] = []
    end = len(body)
    about_at = _about_at(body, end - 1)
    card_end = about_at if about_at is not None else end
    card_start = _card_start(body, card_end)
    if about_at is None and card_start is not None:
        about_at = _about_at(body, card_start - 1)
    if card_start is not None:
        title = "Kontakt" if german else "Contact"
        plans.append((SectionStart("contact", title, ""), body[card_start].line, body[card_start:card_end]))
    if about_at is not None:
        subject = about_subject(body[about_at].text)
        title = f"Über {subject}" if german else f"About {subject}"
        plans.append((SectionStart("about", title, ""), body[about_at].line, [body[about_at]]))
    plans.sort(key=lambda plan: plan[1])
    cut = min([card_start if card_start is not None else end, about_at if about_at is not None else end])
    del body[cut:]
    return plans


def _about_at(body: list[RawBlock], index: int) -> int | None:
    if index < 2 or body[index].kind != "para":
        return None  # the lead or the only text is never boilerplate
    subject = about_subject(body[index].text)
    if subject is None:
        return None
    named = re.compile(r"(?<!\w)" + re.escape(subject) + r"(?!\w)")
    if not any(block.kind == "para" and named.search(block.text) for block in body[:index]):
        return None
    return index


def _card_start(body: list[RawBlock], end: int) -> int | None:
    start = end
    while start > 0 and body[start - 1].kind == "para" and contact_field(body[start - 1].text):
        start -= 1
    if end - start < 3 or start < 1:
        return None
    fields = [contact_field(block.text) for block in body[start:end]]
    if not {"email", "phone"} & set(fields):
        return None
    if not {"address", "name", "organisation"} & set(fields):
        return None
    return start


# ------------------------------------------------------------------------------ closing-section boundaries

# "…workers."### — an end mark glued to the last sentence of a flattened body (US congressional
# and wire releases end with "###", "-30-" or "- END -").
_GLUED_END = re.compile(r"(?<=[.!?\"”“’)\]])\s*(?P<mark>#(?:\s*#){2,}|-\s*30\s*-|[-–—]{1,2}\s*END(?:S)?\s*[-–—]{1,2})\s*$")
_HEADING_WORD = re.compile(r"\w+")
_ABOUT_PREFIX = re.compile(r"^(?:Über|About|Ueber)\s+(?:(?:die|den|das|der|the|uns|us)\b\s*)?", re.IGNORECASE)
_SMALL = frozenset(
    ["der", "die", "das", "des", "den", "dem", "und", "für", "the", "of", "and", "for", "a", "an", "von", "zu"]
)


def glued_end_mark(text: str) -> tuple[str, str] | None:
    """Split an end mark glued to the end of a paragraph: (text before it, the mark)."""
    found = _GLUED_END.search(text[-40:]) if len(text) > 3 else None
    if found is None:
        return None
    cut = len(text) - (len(text[-40:]) - found.start())
    before = text[:cut].rstrip()
    return (before, found.group("mark")) if before else None


def heading_continues_about(about_title: str, heading: str) -> bool:
    """A heading inside an "About X" section stays in it only when it names X again ("Der X
    Trägerkreis umfasst" under "Über X"); any other heading ("Results", a body subheading, page
    furniture) ends the boilerplate, so it cannot swallow the release text that follows."""
    subject = {w.casefold() for w in _HEADING_WORD.findall(_ABOUT_PREFIX.sub("", about_title))} - _SMALL
    words = {w.casefold() for w in _HEADING_WORD.findall(heading)} - _SMALL
    return bool(subject) and bool(subject & words)


def contact_tail_start(blocks: list[RawBlock]) -> int | None:
    """Where a contact card or contact paragraph closing a boilerplate section starts, if any:
    "About X" text followed by "Media contact Jane Doe, jane@…" or by card lines without a heading."""
    from pressconv.parser.contacts import contact_paragraph

    start = len(blocks)
    while start > 0 and blocks[start - 1].kind == "para" and contact_paragraph(blocks[start - 1].text):
        start -= 1
    if start < len(blocks):
        return start
    card = _card_start(blocks, len(blocks))
    if card is not None:
        return card
    # A short card (a name and an e-mail) right after the boilerplate text.
    start = len(blocks)
    while start > 1 and blocks[start - 1].kind == "para" and contact_field(blocks[start - 1].text):
        start -= 1
    fields = {contact_field(block.text) for block in blocks[start:]}
    if start < len(blocks) and fields & {"email", "phone"} and start >= 1:
        return start
    return None


def block_key(block: RawBlock) -> str:
    """The text of a raw block, whitespace-normalised, to find a contact block printed twice."""
    parts = [block.text, *(text for text, _ in block.items), *("\t".join(row) for row in block.rows)]
    return " ".join(" ".join(parts).split())


def speaks(text: str) -> bool:
    """True if a paragraph quotes a named speaker ("…“, sagte Erika Muster." / "Jane Doe said: “…”"):
    boilerplate describes an organisation and quotes no one, so such a paragraph is release text."""
    from pressconv.parser.quotes import attribution_after, attribution_before, find_quotes, is_speech

    if len(text) > 20000:
        return False
    for span in find_quotes(text):
        inner = text[span.inner_start : span.inner_end]
        if not is_speech(inner) and len(inner.split()) < 4:
            continue  # a quoted term or title
        if attribution_before(text[max(0, span.start - 300) : span.start]):
            return True
        if span.closed and attribution_after(text[span.end : span.end + 300]):
            return True
    return False
