"""Whom a contact of a release is for: the public, the press office, or the media alone.

Press-release convention: the contact block at the end ("Pressekontakt", "Rückfragen von
Journalisten", "Kontakt für Medien") is for journalists; a line the body or a plain "Kontakt" block
gives is for anyone. A summary's "Haben Sie Fragen?" must send the reader to a line meant for the
public; a press office may stand only when it is named as such, and a line the release reserves
for the media ("nur für Medienvertreter") never (wrongs17: a spokesman's mobile as the reader's).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final, Literal

from pressconv.model import BulletList, Email, Heading, Inline, OrderedList, Paragraph, Phone, Release, Text
from pressconv.transforms.easy.contact import dialable, email_address
from pressconv.transforms.easy.groups import narrower_line
from pressconv.transforms.easy.source import SourceSentence

__all__ = ["Audience", "audiences", "for_reader"]

# "group": a line the release gives to a narrower group than the public (employers, dealers; groups.py).
Audience = Literal["public", "press", "media", "group"]

# A label that reserves a contact for the media ("nur für Medienvertreter", "Rückfragen von
# Journalistinnen und Journalisten", "Kontakt für die Presse", "Medienanfragen").
_MEDIA_ONLY: Final = re.compile(
    r"\bnur\s+für\b|Medienvertret\w*|Journalist\w*|Redaktion\w*|Medienanfrage\w*|Presseanfrage\w*|"
    r"\bfür\s+(?:die\s+)?(?:Medien|Presse)\b|\bvon\s+(?:den\s+)?(?:Medien|Presse)\b",
    re.I,
)
# A press office or spokesperson ("Pressestelle", "Pressekontakt", "Pressesprecherin",
# "Unternehmenskommunikation", "Öffentlichkeitsarbeit"): a desk for the press, not the reader's.
_PRESS: Final = re.compile(r"Presse\w*|\w*[Kk]ommunikation\b|Öffentlichkeitsarbeit|\bMedien\w*|\bPR\b")


# A phone number written in the text (as source._PHONE reads it: country code, bracketed or plain area code).
# An address starts where no address character stands before it: a run of a million dots is then tried
# once, not from every dot (issue 15 #4, linear time on pathological input).
_EMAIL: Final = re.compile(r"(?<![\w.+%-])[\w+%-][\w.+%-]*@[\w-][\w.-]*\.[A-Za-z]{2,24}")
_PHONE: Final = re.compile(r"(?:\+49[\d\s()/-]{6,}\d|\(0\d{2,5}\)\s?\d[\d\s/-]{3,}\d|\b0\d{2,5}[\s/-]+\d[\d\s-]{3,}\d)")


def _text(inlines: Iterable[Inline]) -> str:
    """The plain text of the inline nodes, joined by spaces."""
    return " ".join(node.text for node in inlines if isinstance(node, Text))


def _items(inlines: Iterable[Inline]) -> list[str]:
    """The phone numbers and e-mail addresses of some inline nodes, normalised (contact.py)."""
    found: list[str | None] = []
    for node in inlines:
        if isinstance(node, Phone):
            found.append(dialable(node.number))
        elif isinstance(node, Email):
            found.append(email_address(node.address))
    return [item for item in found if item]


def _of(label: str) -> Audience:
    """The audience a section label names: the media only, the press, or the public."""
    if _MEDIA_ONLY.search(label):
        return "media"
    return "press" if _PRESS.search(label) else "public"


def _lines_giving(lines: list[str], item: str) -> list[int]:
    """The indexes of the lines that give ``item``: an address as written, a phone number by its digits."""
    digits = re.sub(r"\D", "", item) if "@" not in item else ""
    return [
        index
        for index, line in enumerate(lines)
        if (item in line if "@" in item else bool(digits) and digits in re.sub(r"\D", "", line))
    ]


def _block_label(source: str, item: str) -> Audience | None:
    """The audience the lines of the item's text block name above it (a contact card set as plain
    lines: "Pressestelle Polizei X" / "Telefon: …"), or None where the item is not found."""
    lines = source.splitlines()
    for index in _lines_giving(lines, item):
        line = lines[index]
        if not _card_line(line):
            return None  # a body paragraph's sentence is classified as a sentence
        start = index
        # The card's short lines above it, up to a blank line or a sentence of the body.
        while start > 0 and _card_line(lines[start - 1]) and index - start < _CARD_LINES:
            start -= 1
        return _of(" ".join(lines[start : index + 1]))
    return None


def _card_line(line: str) -> bool:
    """A line of a contact card: short, and no sentence ("Pressestelle X", "Telefon: 0711 …")."""
    text = line.strip()
    sentence = text.endswith((".", "!", "?")) and len(text.split()) >= _SENTENCE_WORDS
    return bool(text) and len(text) <= _CARD_LINE_CHARS and not sentence


_SENTENCE_WORDS: Final = 4
_CARD_LINES: Final = 6  # a contact card: label, office, name, role, phone, mail
_CARD_LINE_CHARS: Final = 90


def audiences(release: Release, sentences: Sequence[SourceSentence], source: str = "") -> dict[str, Audience]:
    """Every usable phone and address of the release with its audience; the widest one where it recurs."""
    found: dict[str, Audience] = {}
    rank = {"public": 0, "press": 1, "media": 2, "group": 3}
    grouped: dict[str, bool] = {}  # the line is given, in every sentence that gives it, to a narrower group

    def note(item: str | None, audience: Audience) -> None:
        """Record the item's audience, the widest winning: a line any sentence gives the public is the public's."""
        if item and (item not in found or rank[audience] < rank[found[item]]):
            found[item] = audience

    for sentence in sentences:
        audience = _of(sentence.text)
        for found_item in [*_EMAIL.finditer(sentence.text), *_PHONE.finditer(sentence.text)]:
            raw = found_item.group(0)
            item = email_address(raw) if "@" in raw else dialable(raw)
            # The clause that gives the line says whom it is for (groups.py): one line per group.
            narrower = narrower_line(sentence.text, found_item.start(), found_item.end())
            note(item, "group" if narrower and audience == "public" else audience)
            if item:
                grouped[item] = grouped.get(item, True) and narrower
    for section in release.sections:
        title = _of(section.title)
        for contact in section.contacts:
            label = " ".join(filter(None, [contact.role, contact.organisation, contact.name]))
            audience = title if title != "public" else _of(label)
            note(dialable(contact.phone) if contact.phone else None, audience)
            note(email_address(contact.email) if contact.email else None, audience)
            if contact.email and audience == "public" and _PRESS.search(contact.email.split("@")[0]):
                found[email_address(contact.email) or ""] = "press"
        for block in section.blocks:
            lines = (
                [b.children for b in block.items]
                if isinstance(block, (BulletList, OrderedList))
                else [block.children]
                if isinstance(block, (Paragraph, Heading))
                else []
            )
            for inlines in lines:
                for item in _items(inlines):
                    note(item, title if title != "public" else _of(_text(inlines)))
    for item, heard in list(found.items()):
        if heard == "public" and grouped.get(item):
            # Every sentence that gives the line gives it to a narrower group: the paragraph's other
            # clauses (the public's line beside it) do not widen it.
            found[item] = "group"
            continue
        # A card's own label narrows what the parser's section title left open ("Kontakt").
        narrowed = _block_label(source, item) if heard == "public" and source else None
        if narrowed is not None:
            found[item] = narrowed
        elif heard == "press" and source and _desk_line(source, item):
            # "Bürgertelefon: 0…" inside a press contact block: the line's own label names a desk for
            # the public (judged wrong: the press office's number under the reader's question).
            found[item] = "public"
    return found


# A reader's desk by its label's last word part: an advice service, a customer or citizens' service, a
# hotline, an information desk ("Abfallberatung", "Kundenservice", "Bürgertelefon", "Infotelefon").
# A bare "Telefon"/"Tel." labels any number of the card and names no desk.
_DESK_LABEL: Final = re.compile(
    r"^\s*[-•*]?\s*(?P<label>[A-ZÄÖÜ][\wäöüß-]*(?:beratung|service|hotline|auskunft)|"
    r"[A-ZÄÖÜ][\wäöüß-]+telefon|Hotline|Auskunft|Bürgerbüro|Servicecenter|Kundencenter)\s*:"
)


def _desk_line(source: str, item: str) -> bool:
    """The source line that gives ``item`` opens with a label naming a desk for the public."""
    lines = source.splitlines()
    for index in _lines_giving(lines, item):
        line = lines[index]
        # The label on the item's own line, or alone on the line above it (a card rendered one field a line).
        label = _DESK_LABEL.match(line)
        if label is None and index and re.fullmatch(r"[^:]{2,45}:\s*", lines[index - 1].strip() + " "):
            label = _DESK_LABEL.match(lines[index - 1])
        if label is not None and not _PRESS.search(label["label"]):
            return True
    return False


def for_reader(
    phones: tuple[str, ...], emails: tuple[str, ...], found: dict[str, Audience]
) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """The contacts for the reader and whether they are the press office's.

    Lines for the public first and alone; without any, the press office's (the summary then says
    whose they are); a line reserved for the media never. Items the release does not label (a
    number in the body's text) are the public's.
    """
    public_phones = tuple(p for p in phones if found.get(p, "public") == "public")
    public_emails = tuple(e for e in emails if found.get(e, "public") == "public")
    if public_phones or public_emails:
        return public_phones, public_emails, False
    press_phones = tuple(p for p in phones if found.get(p) == "press")
    press_emails = tuple(e for e in emails if found.get(e) == "press")
    return press_phones, press_emails, bool(press_phones or press_emails)
