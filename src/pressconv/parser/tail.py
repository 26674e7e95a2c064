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

__all__ = ["about_subject", "closing_tail"]

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
