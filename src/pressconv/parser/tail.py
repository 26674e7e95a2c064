"""Find where the release body ends and its closing sections (contacts, About X, notes) begin.

Wire releases often close with the organisation's name, address, e-mail and web address on short
lines of their own, and a one-paragraph self-description ("Benzinga is a leading financial media
and data provider …"), with no "Contact:" or "About …" heading. They are moved into a contact and
an about section only when the signal is clear: at least three consecutive card-like lines, one of
them an e-mail address or a phone number; and a final paragraph whose subject is named as such
earlier in the release.

The boundaries follow the genre's conventions: an end mark ("###", "-30-") ends the body; a
heading ends a contact or About section; contacts written as a paragraph, after boilerplate or as
tip lines in the body become contact cards; a contact block a web page prints twice is one.
"""

from __future__ import annotations

import re

from pressconv.diagnostics import RemovedLine
from pressconv.model import Contact, Section
from pressconv.parser._lazy import lazy_compile
from pressconv.parser.blocks import RawBlock
from pressconv.parser.contacts import SectionStart, contact_field, contacts_in_sentence
from pressconv.parser.limits import (
    ABOUT_PARAGRAPH_MAX,
    CONTACT_BARE_WORDS_MAX,
    CONTACT_PARAGRAPH_MAX,
    CONTACT_PARAGRAPH_WORDS_MAX,
    END_MARK_WINDOW,
    QUOTED_CLAUSE_WORDS_MIN,
    RUNNING_TEXT_MIN,
    SCAN_LIMIT,
    SENTENCE_WINDOW,
)
from pressconv.parser.reach import REACHABLE, has_contact_data, plain_words, spans, tokens

__all__ = [
    "SectionPlan",
    "about_subject",
    "block_key",
    "body_resumes",
    "card_lines_above",
    "card_open",
    "closing_tail",
    "contact_paragraph",
    "contact_paragraphs",
    "contact_tail_start",
    "dissolve_speaking_about",
    "drop_repeated_contacts",
    "fold",
    "glued_end_mark",
    "heading_after_section",
    "heading_continues_about",
    "speaks",
    "split_boilerplate_contacts",
    "tip_contacts",
    "tip_line_sections",
]

_SUBJECT = lazy_compile(
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
    if match is None or len(text) > ABOUT_PARAGRAPH_MAX:
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
_GLUED_END = lazy_compile(r"(?<=[.!?\"”“’)\]])\s*(?P<mark>#(?:\s*#){2,}|-\s*30\s*-|[-–—]{1,2}\s*END(?:S)?\s*[-–—]{1,2})\s*$")
_HEADING_WORD = lazy_compile(r"\w+")
_ABOUT_PREFIX = lazy_compile(r"^(?:Über|About|Ueber)\s+(?:(?:die|den|das|der|the|uns|us)\b\s*)?", re.IGNORECASE)
_SMALL = frozenset(
    ["der", "die", "das", "des", "den", "dem", "und", "für", "the", "of", "and", "for", "a", "an", "von", "zu"]
)


def glued_end_mark(text: str) -> tuple[str, str] | None:
    """Split an end mark glued to the end of a paragraph: (text before it, the mark)."""
    found = _GLUED_END.search(text[-END_MARK_WINDOW:]) if len(text) > 3 else None
    if found is None:
        return None
    cut = len(text) - (len(text[-END_MARK_WINDOW:]) - found.start())
    before = text[:cut].rstrip()
    return (before, found.group("mark")) if before else None


def heading_continues_about(about_title: str, heading: str) -> bool:
    """A heading inside an "About X" section stays in it only when it names X again ("Der X
    Netzwerk umfasst" under "Über X"); any other heading ("Results", a body subheading, page
    furniture) ends the boilerplate, so it cannot swallow the release text that follows."""
    subject = {w.casefold() for w in _HEADING_WORD.findall(_ABOUT_PREFIX.sub("", about_title))} - _SMALL
    words = {w.casefold() for w in _HEADING_WORD.findall(heading)} - _SMALL
    return bool(subject) and bool(subject & words)


def contact_tail_start(blocks: list[RawBlock]) -> int | None:
    """Where a contact card or contact paragraph closing a boilerplate section starts, if any:
    "About X" text followed by "Media contact Jane Doe, jane@…" or by card lines without a heading."""
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

    if len(text) > SCAN_LIMIT:
        return False
    for span in find_quotes(text):
        inner = text[span.inner_start : span.inner_end]
        if not is_speech(inner) and len(inner.split()) < QUOTED_CLAUSE_WORDS_MIN:
            continue  # a quoted term or title
        if attribution_before(text[max(0, span.start - SENTENCE_WINDOW) : span.start]):
            return True
        if span.closed and attribution_after(text[span.end : span.end + SENTENCE_WINDOW]):
            return True
    return False


def dissolve_speaking_about(plans: list[SectionPlan], body_raw: list[RawBlock], first_end: int | None) -> list[SectionPlan]:
    """An "About X" section in which someone is quoted is no boilerplate but part of the release
    ("Über die Studie" in the middle of the body): its heading and text go back to the body."""
    kept: list[SectionPlan] = []
    for start, line, blocks in plans:
        before_end = first_end is None or line < first_end
        if start.kind == "about" and before_end and any(b.kind == "para" and speaks(b.text) for b in blocks):
            body_raw.append(RawBlock("heading", line, text=start.title, level=2))
            body_raw.extend(blocks)
            continue
        kept.append((start, line, blocks))
    if len(kept) != len(plans):
        body_raw.sort(key=lambda block: block.line)
    return kept


def card_open(plan: SectionPlan) -> bool:
    """True while a contact section has a person but no e-mail or phone yet ("Contacts: / Jane Doe /
    Press Officer / Contact data: / Phone …"): a contact label then belongs to the same card."""
    start, _, blocks = plan
    return bool(blocks) and not has_contact_data(start.rest) and not any(has_contact_data(b.text) for b in blocks)


def fold(text: str) -> str:
    """A heading title compared case- and space-blind, without its colon ("Contacts:" = "CONTACTS")."""
    return " ".join(text.casefold().rstrip(":").split())


def contact_paragraphs(body_raw: list[RawBlock], plans: list[SectionPlan], german: bool) -> list[SectionPlan]:
    """Body paragraphs closing the body that are contacts in their own right ("For further
    information, please contact …", "Interesse? Kontakt per E-Mail …") become a contact section."""
    start = len(body_raw)
    while start > 1 and body_raw[start - 1].kind == "para" and contact_paragraph(body_raw[start - 1].text):
        start -= 1
    if start == len(body_raw):
        return plans
    moved = body_raw[start:]
    del body_raw[start:]
    title = "Kontakt" if german else "Contact"
    return [*plans, (SectionStart("contact", title, ""), moved[0].line, moved)]


def split_boilerplate_contacts(plans: list[SectionPlan], german: bool) -> list[SectionPlan]:
    """Contacts after "About X" text (or after an end mark) without a heading of their own are their
    own contact section, not part of the boilerplate."""
    result: list[SectionPlan] = []
    for start, line, blocks in plans:
        cut = contact_tail_start(blocks) if start.kind in ("about", "notes") and len(blocks) >= 2 else None
        if cut is None or cut == 0:
            result.append((start, line, blocks))
            continue
        result.append((start, line, blocks[:cut]))
        title = "Kontakt" if german else "Contact"
        result.append((SectionStart("contact", title, ""), blocks[cut].line, blocks[cut:]))
    return result


def drop_repeated_contacts(plans: list[SectionPlan], removed: list[RemovedLine]) -> list[SectionPlan]:
    """A contact block printed twice (wire pages repeat it under the release) is one card; the
    repeat goes to ``removed``, every line of it, so no word is lost."""
    seen: set[str] = set()
    result: list[SectionPlan] = []
    for start, line, blocks in plans:
        keys = [key for key in (start.rest, *(block_key(block) for block in blocks)) if key]
        if start.kind == "contact" and keys and all(key in seen for key in keys):
            reason = "contact block repeated verbatim (the page prints it twice)"
            removed.append(RemovedLine(line=line, text=f"{start.title} {start.rest}".strip(), reason=reason))
            for block in blocks:
                removed.append(RemovedLine(line=block.line, text=block_key(block), reason=reason))
            continue
        if start.kind == "contact":
            seen.update(keys)
        result.append((start, line, blocks))
    return result


def tip_line_sections(body_raw: list[RawBlock], sections: list[Section], german: bool) -> list[Section]:
    """A tip or help line given inside a body paragraph ("Hinweise nimmt … unter … entgegen",
    "should call … or email tips@…") is a contact too: its card is added, the paragraph stays."""
    known = {value for section in sections for card in section.contacts for value in (card.email, card.phone) if value}
    cards: dict[bool, list[Contact]] = {True: [], False: []}
    lines: dict[bool, int] = {}
    for raw in body_raw:
        if raw.kind != "para":
            continue
        for card, appeal in _tip_cards(raw.text):
            if (card.email and card.email in known) or (card.phone and card.phone in known):
                continue
            known.update(value for value in (card.email, card.phone) if value)
            cards[appeal].append(card)
            lines.setdefault(appeal, raw.line)
    titles = {True: "Hinweise" if german else "Tips", False: "Kontakt" if german else "Contact"}
    found = [
        Section(kind="contact", title=titles[appeal], contacts=tuple(cards[appeal]), line=lines[appeal])
        for appeal in (False, True)
        if cards[appeal]
    ]
    return sorted(found, key=lambda section: section.line or 0)


def heading_after_section(plans: list[SectionPlan], body_raw: list[RawBlock], heading: str) -> str:
    """What a heading (not itself a closing-section heading) does inside the open closing section:
    "body" (the release text resumes), "notes" (closing material of its own) or "stay"."""
    start = plans[-1][0]
    contacts_given = any(plan[0].kind == "contact" for plan in plans)
    names_subject = start.kind == "about" and heading_continues_about(start.title, heading)
    if start.kind == "contact":
        body_given = any(block.kind == "para" and len(block.text) > RUNNING_TEXT_MIN for block in body_raw)
        # "Contact: Jane Doe, 555-0100" above the release (US congressional convention): the heading
        # after it opens the body. After the body's contacts ("## Release Summary"), a heading opens
        # closing material of its own: it is no part of a card, and a release does not resume there.
        return "notes" if body_given else "body"
    if start.kind == "about" and not names_subject:
        # A heading ends "About X" boilerplate unless it names X again: the boilerplate cannot
        # swallow release text under a later subheading (after the contacts: closing material).
        return "notes" if contacts_given else "body"
    if start.kind == "links":
        return "body"
    return "stay"


def body_resumes(plans: list[SectionPlan], block: RawBlock) -> bool:
    """True for a long prose paragraph right after a short contact section: "Contact: Jane Doe,
    555-0100" above the dateline (US congressional convention) is followed by the release body."""
    return (
        block.kind == "para"
        and len(plans[-1][2]) <= 3
        and len(block.text) > RUNNING_TEXT_MIN
        and block.text.rstrip().endswith((".", "!", "?", '"', "”", "“"))
        and not has_contact_data(block.text)
        and contact_field(block.text) is None
    )


# ------------------------------------------------------------------------------ contact paragraphs in the body

# A paragraph that opens as a contact does ("For further information, please contact …",
# "Media contact …", "Rückfragen …", "Interesse? …"): the convention of closing a release with the
# people to ask, written as a sentence instead of a card.
_CONTACT_OPENER = lazy_compile(
    r"(?i)(?:for (?:further|more|additional|media|press|investor)\b[^.!?]{0,80}?\b(?:contact|call|e-?mail|reach)\b|"
    r"(?:media|press|investor) (?:contacts?|inquiries|enquiries)\b|contacts?\b|"
    r"(?:presse|medien)?kontakt\b|rückfragen\b|bei (?:rück)?fragen\b|ansprechpartner|interess(?:e|iert)\b|"
    r"interested\b|questions\?|fragen\?)"
)
# An appeal for witnesses or tips is release text (police, authorities): its desk gets a card, the
# paragraph stays in the body.
_APPEAL = lazy_compile(r"(?i)\b(?:zeug(?:e|en|in|innen)|hinweise|hinweisgeber\w*|witness\w*|tips?|whistleblower\w*)\b")
_REACH_WORD = lazy_compile(
    r"(?i)\b(?:kontakt\w*|contact\w*|tel|telefon\w*|phone|e-?mail|mail|call|anruf\w*|ruf|schreib\w*|write|"
    r"anmeld\w*|rückfragen|fragen|questions|inquiries|enquiries|interess\w*|info\w*)\b"
)
_SENTENCE_END = lazy_compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"“])")
# The verbs and nouns of a tip or help line inside a sentence (German and English).
_TIP_CUE = lazy_compile(
    r"(?i)\b(?:hinweise|hinweistelefon|bürgertelefon|hotline|wenden|melden|kontakt\w*|anmeld\w*|rückfragen|"
    r"call|contact|tip ?line|tips|questions|inquiries|enquiries|please (?:e-?mail|write))\b"
)
# A police or authority appeal asks for tips and witnesses ("Hinweise nimmt … entgegen", "Zeugen
# werden gebeten …", "Anyone with information … tip line"): its number is a tip line, not the press
# office's, and is set apart under a title of its own so readers can tell the two apart.
_APPEAL_CUE = lazy_compile(
    r"(?i)\b(?:hinweise|hinweistelefon|hinweisgeber\w*|zeug(?:e|en|in|innen)|tip ?line|tips|"
    r"crime ?stoppers|witness(?:es)?|anyone with information)\b"
)
# A phone number needs less: "unter der Rufnummer …", "erreichbar unter …", "phone …".
_PHONE_CUE = lazy_compile(r"(?i)\b(?:telefon\w*|rufnummer\w*|erreichbar|unter|phone|reach|dial)\b")


def contact_paragraph(text: str) -> bool:
    """True for a body paragraph that is a contact in its own right: it gives an e-mail or a phone
    number and either opens as a contact ("For media inquiries, contact …") or has few other words."""
    kinds = {kind for _, _, kind in spans(text)} if len(text) <= CONTACT_PARAGRAPH_MAX else set()
    if not kinds & REACHABLE:
        return False
    if _CONTACT_OPENER.match(text.lstrip("*_ ")):
        return True
    # Few words besides the address or number, one of them saying how to get in touch, and no web
    # address ("Learn more at URL or write to …" is a closing sentence of the body).
    words = plain_words(text)
    if "url" in kinds or len(words) > CONTACT_PARAGRAPH_WORDS_MAX or _APPEAL.search(text):
        return False
    return len(words) <= CONTACT_BARE_WORDS_MAX or bool(_REACH_WORD.search(" ".join(words)))


def tip_contacts(text: str) -> list[Contact]:
    """Contact cards for the tip or help lines a body paragraph gives in one of its sentences
    ("Hinweise nimmt die Kriminalpolizei unter der Rufnummer … entgegen", "should call … or email
    tips@…"): a desk or person without a card of its own. The paragraph itself stays in the body."""
    return [card for card, _ in _tip_cards(text)]


def _tip_cards(text: str) -> list[tuple[Contact, bool]]:
    """The cards of ``tip_contacts``, each with whether its sentence asks for tips or witnesses."""
    if len(text) > SCAN_LIMIT:
        return []
    cards: list[tuple[Contact, bool]] = []
    for sentence in _SENTENCE_END.split(text):
        kinds = {kind.removeprefix("md") for _, _, kind in spans(sentence)}
        if not kinds & REACHABLE:
            continue
        labelled_phone = any(token.kind == "phone" and token.label for token in tokens(sentence))
        if not (_TIP_CUE.search(sentence) or ("phone" in kinds and (_PHONE_CUE.search(sentence) or labelled_phone))):
            continue
        appeal = _APPEAL_CUE.search(sentence) is not None
        cards.extend((card, appeal) for card in contacts_in_sentence(sentence))
    return cards


# Lines of a card above its labelled line: a press card may open with the office and the sender
# ("Pressestelle" / "Ministerium für …" / "Pressesprecher: Name" / "Tel.: …"), so the first line that
# the section patterns know is the spokesperson's. At most this many lines above it join the card.
_CARD_LINES_ABOVE = 3


def card_lines_above(current: list[RawBlock], line: int) -> list[RawBlock]:
    """The short name lines set directly above a contact heading at ``line`` (no blank line between).

    They are the card's first lines: the press office and the organisation written over the
    spokesperson's labelled line. Only lines written like names count, never a sentence.
    """
    from pressconv.parser.header import name_like
    from pressconv.parser.organisation import office_label

    taken: list[RawBlock] = []
    expected = line - 1
    for block in reversed(current):
        if len(taken) == _CARD_LINES_ABOVE or block.kind != "para" or block.line != expected:
            break
        text = block.text.strip()
        if "\n" in text or not (office_label(text) or name_like(text, max_words=12)):
            break
        taken.append(block)
        expected -= 1
    return taken[::-1]
