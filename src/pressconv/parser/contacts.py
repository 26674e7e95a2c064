"""Recognise closing-section headings and read press contacts into Contact records."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pressconv.model import Contact, ContactField, Inline, SectionKind, Text
from pressconv.parser._lazy import LazyPattern, lazy_compile
from pressconv.parser.inlines import PHONE_LABEL
from pressconv.parser.limits import (
    CAPS_LABEL_MAX,
    CARD_FIELD_WORDS_MAX,
    CARD_ORGANISATION_WORDS_MAX,
    CARD_ROLE_WORDS_MAX,
    CONTACT_FIELD_MAX,
    CONTACT_LABEL_MAX,
    DESK_LABEL_WORDS_MAX,
    PERSON_NAME_WORDS_MAX,
    PERSON_NAME_WORDS_MIN,
    PHONE_BARE_DIGITS_MIN,
    SECTION_LINE_MAX,
)
from pressconv.parser.reach import (
    EMAIL_ANY,
    PHONE_ANY,
    POSTCODE,
    REACHABLE,
    STREET,
    Token,
    has_contact_data,
    md_link_label,
    md_link_target,
    spans,
    tokens,
    without_spans,
)

__all__ = [
    "CONTACT_HEAD",
    "EMAIL_ANY",
    "INLINE_CONTACT",
    "PHONE_ANY",
    "SectionStart",
    "contact_field",
    "contacts_in_sentence",
    "has_contact_data",
    "heading_organisation",
    "is_prose_contact",
    "match_section_heading",
    "parse_contacts",
    "tokens",
]

CONTACT_HEAD = (
    # University and research releases name the scientist as a contact of its own beside the press
    # office (the idw convention): "Wissenschaftlicher Kontakt:", "Fachliche Ansprechpartnerin:",
    # "Scientific contact:".
    r"(?:(?:Wissenschaftliche[rn]?|Fachliche[rn]?|Technische[rn]?)\s+)?"
    r"(?:(?:Presse|Medien|Media|Press|Pressestelle und )?[Kk]ontakt(?:e|person(?:en)?)?"
    r"(?:\s+für\s+(?:die\s+)?Medien)?|"
    r"Ansprechpartner(?:in|/-?in|\*in|:innen|innen)?(?: für (?:die )?(?:Presse|Medien))?|"
    r"(?:Bei|Für) (?:Rückfragen|Fragen)(?: wenden Sie sich bitte an)?|Rückfragen (?:bitte )?an|Rückfragen|"
    # Sentence case is as common as title case: "Media contacts:", "Press Contact:".
    r"(?:Media|Press|Investor|Scientific|Technical) (?:[Cc]ontacts?|[Ii]nquiries|[Ee]nquiries|[Rr]elations)|"
    r"Contacts?(?: Details| Information)?|(?:Medien|Presse)anfragen|Für (?:Medien|Presse)anfragen|"
    r"For (?:media|press|further|investor|more|additional) (?:inquiries|enquiries|information|questions|details)"
    r"[^:]{0,40}?(?:contact)?)"
)
# Only with a colon after them: "Pressestelle: …", "Press Office: …" (alone on a line such a word is
# more often the organisation line of a card).
_OFFICE_HEAD = (
    r"Pressestelle|Press [Oo]ffice|Media [Dd]esk|Newsroom|Pressesprecher(?:in)?|Pressereferent(?:in)?|"
    r"Spokes(?:person|man|woman)|Press [Ss]ecretary|Media [Rr]elations|Public [Rr]elations|"
    # V.i.S.d.P.: the person responsible under German press law, closing many releases.
    r"V\.\s?i\.\s?S\.\s?d\.\s?P\.?"
)
_CONTACT_LINE = lazy_compile(
    r"(?P<title>" + CONTACT_HEAD + r"(?:\s+[^:\n]{1,60}?)?|" + _OFFICE_HEAD + r")\s*:\s*(?P<rest>.*)"
)
# "For investor questions, please contact Jane Doe: ir@…": the person named after the verb is part of
# the card, not of the heading.
_CONTACT_VERB = lazy_compile(r"(?P<head>.*?\b(?:contact|kontaktieren Sie|wenden Sie sich (?:bitte )?an))\s+(?P<who>\S.*)")


def _capitalised(text: str) -> str:
    """An all-capitals heading ("MEDIA CONTACT: …") in the capitalisation the patterns know
    (same length, so positions still fit the text as written)."""
    head, colon, rest = text.partition(":")
    if head.isupper():
        return head.title() + colon + rest
    if text.isupper() and len(text) <= CAPS_LABEL_MAX:
        return text.title()
    return text


_CONTACT_ALONE = lazy_compile(r"(?P<title>" + CONTACT_HEAD + r")(?P<rest>(?<=[a-z])[A-Z].{1,200})?")
# Inside a flattened one-line body: a contact heading right after a sentence end.
INLINE_CONTACT = lazy_compile(
    r"(?:(?<=[.!?“”\"]\s)|(?<=\s\s)|^)(?P<title>(?:(?:Presse|Medien)kontakt|Kontakt|Ansprechpartner(?:in|/in|\*in)?|"
    r"Bei Rückfragen|Rückfragen bitte an|Für Rückfragen|Rückfragen|(?:Medien|Presse)anfragen|Pressestelle|"
    r"Media [Cc]ontacts?|Press [Cc]ontacts?|Investor [Cc]ontacts?|MEDIA CONTACTS?|PRESS CONTACTS?|"
    r"For (?:media|press|further) (?:inquiries|enquiries|information)[^:.!?]{0,40}|Contacts?)"
    r"(?:\s+[^:.!?\n]{1,50}?)?)\s*:\s*"
)
_ABOUT = lazy_compile(
    # "Über die Stadt X", "About Acme", "Über uns" — not "About 300 people …", "About half of …".
    r"(?P<title>(?:Über|About|Ueber)\s+(?=[A-ZÄÖÜ„\"“]|(?:die|der|das|den|dem|the|uns|us|our|unser\w*)\b)"
    r"(?!uns\b.{30})(?:[^.!?]|\.(?=\S)|\.$){2,80}?|Über uns|About us|Boilerplate|"
    # The self-description under another name: "Company Profile", "Unternehmensprofil", "Kurzporträt".
    r"Company [Pp]rofile|Corporate [Pp]rofile|Unternehmensprofil|Firmenprofil|Kurzprofil|Kurzporträt|"
    r"Hintergrund)\s*:?"
)
_NOTES = lazy_compile(
    r"(?P<title>Hinweis(?:e)?\s+(?:an|für)\s+(?:die\s+)?Redaktion(?:en)?|Hinweis für Redaktionen|"
    r"Redaktionelle Hinweise|Redaktioneller Hinweis|Hinweis(?:e)? für Medienvertreter\w*|"
    r"Informationen? für (?:die )?Redaktion(?:en)?|Notes?\s+(?:to|for)\s+(?:the\s+)?editors?|Editors?['’]?s?\s+notes?|"
    r"Bildhinweis|Fotohinweis|Hinweis)\s*:?\s*(?P<rest>.*)",
    re.IGNORECASE,
)
_LINKS_HEAD = lazy_compile(
    r"(?P<title>Weitere Informationen|Mehr Informationen|Weiterführende (?:Informationen|Links)|Links|"
    r"More information|Further information|For more information|Learn more)"
    r"(?P<tail>[^:]{0,80}):(?:\s+(?P<rest>.*))?",
    re.IGNORECASE,
)
_URLISH = lazy_compile(r"(?:https?://|www\.)\S+|\S+\.(?:de|com|org|net|eu|io|berlin)\b\S*")


# A legal form closing an organisation's name on a card line ("… GmbH & Co. KG", "… e. V.", "… Inc.").
_LEGAL_FORM_NAME = lazy_compile(
    r"\s(?:GmbH(?: & Co\. KG)?|gGmbH|mbH|AG|KG|KGaA|SE|e\.\s?V\.?|Inc\.?|Ltd\.?|LLC|Corp\.?|PLC|plc)$"
)
_LEGAL_FORM_END = lazy_compile(r"(?:\be\.\s?V|\bInc|\bLtd|\bCorp|\bCo|\bS\.A|\bN\.V|\bL\.P|\bmbH|\bAG)\.$")


@dataclass(frozen=True, slots=True)
class SectionStart:
    """A line (or part of one) that opens a closing section; ``rest`` is content on the same line."""

    kind: SectionKind
    title: str
    rest: str


_HEAD_WORDS = lazy_compile(r"^(?:" + CONTACT_HEAD + "|" + _OFFICE_HEAD + r")\s*", re.IGNORECASE)


def heading_organisation(title: str) -> str | None:
    """The organisation a contact heading names after its label ("Pressekontakt Fraunhofer FOKUS"),
    or None ("Kontakt", "Spokesperson", "For investor questions, please contact")."""
    organisation = _HEAD_WORDS.sub("", title).strip()
    if not organisation or not organisation[:1].isupper() or len(organisation.split()) > CARD_ORGANISATION_WORDS_MAX:
        return None
    return organisation


def match_section_heading(text: str) -> SectionStart | None:
    """Return the section a line opens ("Pressekontakt:", "Über die Stadt", "Weitere Informationen: URL")."""
    stripped = text.strip().lstrip("#").strip()
    if len(stripped) > SECTION_LINE_MAX:
        return None
    links = _LINKS_HEAD.fullmatch(stripped)
    if links and re.search(r"(?i)\b(?:contact|kontakt\w*|call|e-?mail|reach|wenden|anrufen)\b", links.group("tail")):
        links = None  # "For more information, contact: …" names people, not links
    if links and (not links.group("rest") or _URLISH.match(links.group("rest"))):
        # A label alone on its line is the title as written ("Weitere Informationen zum Bau"): what
        # follows the generic words says what the links are about, and is text of the release
        # (issue 15 #7). With its URL on the line, the whole line is the section's first paragraph.
        title = links.group("title") if links.group("rest") else stripped[: links.end("tail")].strip()
        return SectionStart("links", title, stripped if links.group("rest") else "")
    probe = _capitalised(stripped)
    contact = _CONTACT_LINE.fullmatch(probe)
    if contact and len(contact.group("title")) <= CONTACT_LABEL_MAX:
        title, rest = stripped[: contact.end("title")].strip(), stripped[contact.start("rest") :].strip()
        verb = _CONTACT_VERB.fullmatch(title)
        if verb and rest:
            title, rest = verb.group("head"), f"{verb.group('who')}: {rest}"
        return SectionStart("contact", title, rest)
    alone = _CONTACT_ALONE.fullmatch(probe)
    if alone:
        rest = stripped[alone.start("rest") :].strip() if alone.group("rest") else ""
        title = stripped[: alone.end("title")].strip()
        verb = _CONTACT_VERB.fullmatch(title)
        if verb and not rest:
            # "For more information, please contact Jane Doe at jane@…": the heading ends at the verb.
            title, rest = verb.group("head"), verb.group("who")
        if has_contact_data(title):
            return None  # a sentence with an address, read as a contact paragraph instead
        return SectionStart("contact", title, rest)
    notes = _NOTES.fullmatch(stripped)
    if notes and (notes.group("title").lower() != "hinweis" or not notes.group("rest")):
        return SectionStart("notes", notes.group("title").strip(), notes.group("rest").strip())
    about = _ABOUT.fullmatch(stripped)
    # A heading has no final full stop, but an organisation's name may end in one ("Über Muster e.V.").
    if about and (not stripped.endswith((".", ",")) or _LEGAL_FORM_END.search(stripped)):
        return SectionStart("about", about.group("title").strip(), "")
    return None


# ------------------------------------------------------------------------------ contact records

_EMAIL = lazy_compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}")
_PHONE = lazy_compile(r"\+?\(?\d[\d ()/.\-–]{4,22}\d")
_COUNTRY = lazy_compile(r"(?:Deutschland|Germany|Canada|USA|United States|Österreich|Austria|Schweiz|Switzerland)")
_ORG_PATTERN = lazy_compile(
    r"amt\b|amt[,\s]|stelle\b|verwaltung|senat|polizei|präsidium|ministerium|stiftung|gmbh|\bag\b|e\.\s?v\.|"
    r"verband|verein|universität|hochschule|institut|archiv|rathaus|stadt\b|landkreis|bezirk|"
    r"gemeinde|kammer|gesellschaft|agentur|büro|zentrum|association|inc\b|llc|ltd|corp|company|group|"
    r"university|department|office|council|foundation|network|capital|media|agency|ministry|center|centre|behörde|gericht|"
    r"kommunikation|presse|communications|relations|zoo\b|museum|library|bibliothek|theater|schule|school|"
    r"hospital|klinik|krankenhaus|bank\b|partei|party\b|feuerwehr|fire department"
)
_ROLE_PATTERN = lazy_compile(
    r"sprecher|referent|leiter|leiterin|manager|director|officer|assistant|koordinator|beauftragte|"
    r"pressereferentin|head of|spokes|public relations|pr\b|chef|vorsitz|geschäftsführ|president|chair|"
    r"trainee|intern\b|praktikant|volontär|editor|redakteur|correspondent|advisor|berater|press secretary|"
    # Offices of clubs and volunteer fire brigades ("Pressewart", "Jugendwart") and the official
    # titles of judges and prosecutors ("Richter am Amtsgericht", "Oberstaatsanwalt").
    r"wart\b|wartin\b|richter|staatsanwält|staatsanwalt"
)


class _Lowered:
    """A case-blind search that lowercases the text instead of using re.IGNORECASE.

    With IGNORECASE Python's engine cannot use its literal-prefix scan, which made these long
    alternations cost ~30 µs per short field (seconds on a 1 MB contact line).
    """

    def __init__(self, pattern: LazyPattern) -> None:
        self._pattern = pattern

    def search(self, text: str) -> re.Match[str] | None:
        return self._pattern.search(text.lower())


_ORG_WORDS = _Lowered(_ORG_PATTERN)
_ROLE_WORDS = _Lowered(_ROLE_PATTERN)
_LABEL = lazy_compile(r"^(?:E-?Mail|Mail|Email|E-mail|Web|Internet|Homepage|Website)\s*:?\s*", re.IGNORECASE)
# The label before a phone number, when the part starts with one ("Tel.", "Telefon:", "Phone").
_PHONE_LABEL_AT_START = lazy_compile(
    r"(?P<label>(?:tel(?:efon|\.-?nr)?|fon|phone|mobil(?:e|funk)?|handy|cell|call|t)\.?)(?=\s*:?\s*[\d+(])",
    re.IGNORECASE,
)


def _person_like(part: str) -> bool:
    words = part.split()
    if not PERSON_NAME_WORDS_MIN <= len(words) <= PERSON_NAME_WORDS_MAX:
        return False
    # The cheap word test first; the long organisation and role alternations only for candidates.
    if not all(_NAME_WORD.fullmatch(word) for word in words):
        return False
    return not (_ORG_WORDS.search(part) or _ROLE_WORDS.search(part))


_NAME_WORD = lazy_compile(r"(?:Dr\.|Prof\.|[A-ZÄÖÜ][\wäöüß'’-]*\.?|von|van|de|der|zu)")


_LABEL_BOUNDARY = lazy_compile(r"\s+(?=(?:Tel\.|Tel\.-Nr\.|Telefon|Fax|E-Mail|Mail|Email|Phone|Mobil|Homepage|Web)\b\s*:?)")


# "Name,Organisation" without a space after the comma is a copy's glue; "1,5" is a number.
_PART_SEPARATOR = lazy_compile(r"\s*[;|]\s*|,\s+|(?<=\D),(?=\D)|\s{2,}")
# Stray marks from PDF copies ("7210¸") are not part of any field.
_STRAY_MARKS = lazy_compile(r"^[^\w+(„\"]+|[^\w).\"“:]+$")
_WEB_START = lazy_compile(r"https?://|www\.")
_FAX_START = lazy_compile(r"(?i)fax\b")
_EMAIL_THEN_PHONE = lazy_compile(r"(?P<email>" + _EMAIL.pattern + r")\s+(?P<phone>" + _PHONE.pattern + r")")
_PHONE_WITH_NOTE = lazy_compile(_PHONE.pattern + r"(?:\s*\([^)]{1,20}\))?")
_CONNECTOR_START = lazy_compile(r"(?:or|oder|and|und|sowie|bzw\.?)\s+(?=[A-ZÄÖÜ])")


def _split_parts(text: str) -> list[str]:
    parts: list[str] = []
    for piece in _PART_SEPARATOR.split(text):
        for sub in _LABEL_BOUNDARY.split(piece):
            sub = _STRAY_MARKS.sub("", sub).strip(" ;,")
            # The full stop of a legal form ends the name ("Verein X e. V.", "Acme Inc."); any other
            # final stop is the end of the line's sentence.
            sub = sub.strip(" .") + ("." if _LEGAL_FORM_END.search(sub) else "")
            if sub.strip(" ."):
                parts.append(sub)
    return parts


class _Card:
    """The contact card being read: its fields in the order the release gave them, the labels
    written before them, the address parts (joined when the card closes) and the lines that fit no
    field (notes), each in its place among the fields."""

    def __init__(self, inlines: Callable[[str], tuple[Inline, ...]]) -> None:
        self.inlines = inlines
        self.fields: dict[ContactField, str] = {}
        self.address: list[str] = []
        self.order: list[ContactField] = []
        self.labels: dict[ContactField, str] = {}
        self.notes: list[str] = []
        self.finished: list[Contact] = []
        self.leftovers: list[str] = []
        self.line_start = True  # the next part is the first of its line
        self.blank_before = False  # a blank line came since the last field
        self.heading_organisation: str | None = None
        self.last: ContactField | None = None  # the field set last

    def has(self, name: ContactField) -> bool:
        return name in self.fields

    def set(self, name: ContactField, value: str, label: str | None = None) -> None:
        if self.blank_before and (
            name in self.fields or (name == "name" and ("email" in self.fields or "phone" in self.fields))
        ):
            # After a blank line, a field the card already has starts the next person's card.
            self.close(self.heading_organisation)
        self.blank_before = False
        self.fields[name] = value
        self.last = name
        self._met(name)
        if label:
            self.labels.setdefault(name, label)

    def add_address(self, part: str) -> None:
        self.address.append(part)
        self._met("address")

    def note(self, part: str) -> None:
        """Keep a line that fits no field (office hours, fax, web address) where it stands."""
        self.notes.append(part)
        self.order.append("note")

    def _met(self, name: ContactField) -> None:
        if name not in self.order:
            self.order.append(name)

    def close(self, organisation: str | None) -> None:
        """Turn what was read into a Contact (when any field was) and start an empty card.

        Notes of a card without fields ("Pressestelle:" alone, prose) are no contact: they go back
        to the section as paragraphs.
        """
        if self.address:
            self.fields["address"] = ", ".join(self.address)
        reachable = any(name in self.fields for name in ("name", "email", "phone"))
        if self.fields and not reachable and not ("organisation" in self.fields and "address" in self.fields):
            # Neither a person nor a way to reach one (a menu line, "Further information"): no card;
            # its parts stay in the section as paragraphs, in the order they were written.
            notes = iter(self.notes)
            for name in self.order:
                self.leftovers.append(next(notes) if name == "note" else self.fields.get(name, ""))
            self.fields = {}
            self.notes = []
        if self.fields:
            person_or_mailbox = "name" in self.fields or "email" in self.fields
            if organisation and "organisation" not in self.fields and person_or_mailbox:
                # The organisation comes from the section heading ("Pressekontakt Fraunhofer FOKUS"),
                # which the release wrote before the card.
                self.fields["organisation"] = organisation
                self.order.insert(0, "organisation")
            self.finished.append(
                Contact(
                    name=self.fields.get("name"),
                    role=self.fields.get("role"),
                    organisation=self.fields.get("organisation"),
                    email=self.fields.get("email"),
                    phone=self.fields.get("phone"),
                    address=self.fields.get("address"),
                    order=tuple(self.order),
                    labels=tuple(sorted(self.labels.items(), key=lambda item: self.order.index(item[0]))),
                    notes=tuple(self.inlines(note) for note in self.notes),
                )
            )
        else:
            self.leftovers.extend(self.notes)
        self.fields = {}
        self.address = []
        self.order = []
        self.labels = {}
        self.notes = []


def parse_contacts(
    texts: list[str],
    *,
    organisation: str | None,
    language: str,
    inlines: Callable[[str], tuple[Inline, ...]] | None = None,
) -> tuple[list[Contact], list[str]]:
    """Read contact cards from the lines of a contact section.

    Returns the contacts and the parts that belong to no card, which the section keeps as
    paragraphs so no text is lost. A blank entry in ``texts`` separates cards. Each contact records
    the order its fields were written in, the labels before them, and as notes (made inline by
    ``inlines``) the lines between and after them that fit no field: office hours, fax, web.
    A contact written as a sentence ("For questions, please contact Jane Doe at …") stays a
    sentence among the leftovers, and its card is read from it as well.
    """
    card = _Card(inlines or (lambda text: (Text(text=text),)))
    card.heading_organisation = organisation

    for text in texts:
        if not text.strip():
            # Blank lines separate the cards of several persons, but some pages also set every
            # field apart: the next card starts only when a field repeats (see _Card.set).
            card.blank_before = True
            continue
        if POSTCODE.fullmatch(text.strip()) or STREET.fullmatch(text.strip()) or _one_line_address(text):
            card.add_address(text.strip())
            continue
        glued = re.match(r"(?P<a>.*?[a-z])(?P<b>(?:https?://|www\.).*)$", text)
        if glued and " " not in glued.group("b"):
            card.note(text)
            continue
        if is_prose_contact(text):
            card.close(organisation)
            card.leftovers.append(text)
            card.finished.extend(contacts_in_sentence(text))
            continue
        _take_line(text, card, organisation)
    card.close(organisation)
    return card.finished, card.leftovers


_BARE_DOMAIN = lazy_compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?:/\S*)?")


def _one_line_address(text: str) -> bool:
    """True for "1 Main Street, Springfield, IL 62701": a street, then postcode and town, on one line."""
    street, _, rest = text.strip().partition(", ")
    if not rest or not POSTCODE.fullmatch(rest):
        return False
    # US convention: house number first, then the street's name in capitals, whatever its last word.
    return bool(STREET.fullmatch(street) or _USSTREET.fullmatch(street))


_USSTREET = lazy_compile(r"\d{1,6}\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,4}")


def _written_label(part: str, value_start: int) -> str | None:
    """The label written before a field value ("Tel.", "Mail"), without its colon, or None."""
    label = part[:value_start].strip().rstrip(":").strip()
    return label or None


def _take_part(part: str, card: _Card, organisation: str | None) -> None:
    if _WEB_START.search(part) or _BARE_DOMAIN.fullmatch(part):
        card.note(part)
        return
    email_label = _LABEL.match(part)
    label_free = part[email_label.end() :].strip() if email_label else part
    written_email_label = _written_label(part, email_label.end()) if email_label else None
    email = _EMAIL.fullmatch(label_free)
    if email:
        if card.has("email"):
            card.note(part)
        else:
            card.set("email", email.group(0), written_email_label)
        return
    if _FAX_START.match(part):
        card.note(part)
        return
    phone_label = _PHONE_LABEL_AT_START.match(part)
    # Only the label comes off: an area code in brackets after it ("Tel. (030) 1234567") is part
    # of the number, not of the label.
    phone_text = part[phone_label.end() :].strip().lstrip(":").strip() if phone_label else part
    phone = _PHONE_WITH_NOTE.fullmatch(phone_text)
    if (
        phone
        and (phone_text != part or sum(ch.isdigit() for ch in phone_text) >= PHONE_BARE_DIGITS_MIN)
        and not re.fullmatch(r"\d{5}", phone_text)
    ):
        if card.has("phone"):
            card.note(part)
        else:
            card.set("phone", phone.group(0), phone_label.group("label") if phone_label else None)
        return
    # "Jane Doe, jane@x (555) 010-3156": an address followed by a number in one part.
    mixed = _EMAIL_THEN_PHONE.fullmatch(label_free)
    if mixed:
        if not card.has("email"):
            card.set("email", mixed.group("email"), written_email_label)
        if not card.has("phone"):
            card.set("phone", mixed.group("phone"))
        return
    if STREET.fullmatch(part) or POSTCODE.fullmatch(part) or _COUNTRY.fullmatch(part):
        card.add_address(part)
        return
    street = STREET.search(part)
    if street:
        # "Polizeipräsidium Musterstadt Pressestelle Lindenallee 70 12345 Musterstadt Direkte …"
        before, after = part[: street.start()].strip(), part[street.end() :].strip()
        if before:
            _take_part(before, card, organisation)
        card.add_address(street.group(0))
        postcode = POSTCODE.match(after)
        if postcode and re.match(r"\d", after):
            card.add_address(postcode.group(0))
            after = after[postcode.end() :].strip()
        if after:
            card.note(after)
        return
    connector = _CONNECTOR_START.match(part)
    if connector and _person_like(part[connector.end() :]):
        # "… or Leigh Greenwood": the next person; the connector stays on the card before it.
        card.note(connector.group(0).strip())
        _take_part(part[connector.end() :], card, organisation)
        return
    if part.startswith("SOURCE "):
        # "SOURCE Acme Inc.": the wire's (PR Newswire, Cision) line naming the issuer, no person.
        card.close(organisation)
        card.note(part)
        return
    words = part.split()
    if card.has("name") and not card.has("role") and (_ROLE_WORDS.search(part) or part[:1].islower()):
        card.set("role", part)
        return
    if card.has("name") and card.has("role") and _ROLE_WORDS.search(part) and not card.has("organisation"):
        # "Richter am Amtsgericht Dr. X" / "Pressesprecher des Amtsgerichts": two roles, in order.
        card.set("role", card.fields["role"] + ", " + part)
        return
    if _person_like(part):
        follows_name = not card.line_start or not card.blank_before
        if card.has("name") and follows_name and not (card.has("email") or card.has("phone")):
            # "Nora Neye, Deutscher Gewerkschaftsbund, nora.neye@…": on the line of a name and before
            # its e-mail or phone, a second capitalised phrase is the person's organisation.
            if not card.has("organisation"):
                card.set("organisation", part)
            else:
                card.note(part)
            return
        if card.has("name"):
            card.close(organisation)
        card.set("name", part)
        return
    if _LEGAL_FORM_NAME.search(part) and len(words) <= CARD_FIELD_WORDS_MAX:
        # "Muster Maschinenbau GmbH & Co. KG": a name that ends in its legal form is one organisation,
        # never a person's name glued to an organisation ("Muster Maschinenbau" + "GmbH & Co. KG").
        _take_organisation(part, card, organisation)
        return
    # "Pressewart Max Muster", "Richter am Amtsgericht Dr. Max Muster": the role or official title
    # written before the name.
    for size in (3, 2):  # the longer name first: "Dr. Erika Muster" keeps its title
        role, name = " ".join(words[:-size]), " ".join(words[-size:])
        if len(words) > size and not card.has("name") and _ROLE_WORDS.search(role) and _person_like(name):
            card.set("role", role)
            card.set("name", name)
            return
    # "Polizei Musterstadt Pressestelle Max Muster": lines of a card joined by a copy, the press office
    # first and the person after it (the organisation part ends in an institution word).
    for size in (2, 3):
        head, tail = " ".join(words[:-size]), " ".join(words[-size:])
        if (
            len(words) > size + 1
            and not card.has("name")
            and _ORG_WORDS.search(words[-size - 1])
            and words[-size][:1].isupper()
            and _person_like(tail)
        ):
            _take_part(head, card, organisation)
            card.set("name", tail)
            return
    # "Erika Muster Pressesprecherin": a name glued to its role (card lines joined by a copy).
    for size in (2, 3):
        if len(words) > size and _person_like(" ".join(words[:size])) and _ROLE_WORDS.search(words[size]):
            if card.has("name"):
                card.close(organisation)
            card.set("name", " ".join(words[:size]))
            card.set("role", " ".join(words[size:]))
            return
    # "Jane Doe Example RV Association": a name glued to an organisation.
    if len(words) >= 4 and _person_like(" ".join(words[:2])) and _ORG_WORDS.search(" ".join(words[2:])):
        if card.has("name"):
            card.close(organisation)
        card.set("name", " ".join(words[:2]))
        card.set("organisation", " ".join(words[2:]))
        return
    if card.has("name") and not card.has("role") and not _ORG_WORDS.search(part) and len(words) <= CARD_ROLE_WORDS_MAX:
        card.set("role", part)
        return
    if (_ORG_WORDS.search(part) or part[:1].isupper()) and len(words) <= CARD_FIELD_WORDS_MAX and not re.search(r"\d", part):
        _take_organisation(part, card, organisation)
        return
    card.note(part)


def _take_organisation(part: str, card: _Card, organisation: str | None) -> None:
    """Put an organisation line on the card: a new card's, the unit after a name, or more of the name."""
    if card.blank_before and card.has("name") and (card.has("email") or card.has("phone")):
        # A card with a person and a way to reach them is complete: an organisation line after a
        # blank line opens the next card ("Klinikum X" above a joint release's second press officer).
        card.close(organisation)
        card.set("organisation", part)
    elif card.has("organisation") and not card.line_start and card.last == "organisation":
        # "Institut für Geologie, Universität X": the unit and its institution on one line are one
        # organisation, however the card's name came before them.
        card.set("organisation", card.fields["organisation"] + ", " + part)
    elif card.has("organisation") and card.has("name") and not card.has("role"):
        # "Dr. Erika Muster, Stabsstelle Kommunikation" under the organisation: the department
        # after the name is her unit, kept after the name as written.
        card.set("role", part)
    elif card.has("organisation"):
        card.set("organisation", card.fields["organisation"] + ", " + part)
    else:
        card.set("organisation", part)


def contact_field(text: str) -> str | None:
    """What kind of contact-card line ``text`` is on its own ("email", "phone", "address", "web",
    "name", "organisation"), or None for anything else (a sentence, say)."""
    stripped = text.strip()
    if not stripped or len(stripped) > CONTACT_FIELD_MAX or stripped.endswith(("!", "?", ":")):
        return None
    label_free = _LABEL.sub("", stripped).strip()
    if EMAIL_ANY.fullmatch(label_free):
        return "email"
    phone_text = re.sub(PHONE_LABEL.pattern.rstrip("$"), "", stripped, count=1, flags=re.IGNORECASE).strip()
    if _PHONE.fullmatch(phone_text) and sum(ch.isdigit() for ch in phone_text) >= PHONE_BARE_DIGITS_MIN:
        return "phone"
    if re.fullmatch(r"(?:https?://|www\.)\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?:/\S*)?", label_free):
        return "web"
    if STREET.search(stripped) or POSTCODE.search(stripped):
        return "address" if len(stripped.split()) <= CARD_FIELD_WORDS_MAX else None
    if stripped.endswith("."):
        return None
    if _person_like(stripped):
        return "name"
    words = stripped.split()
    if len(words) <= CARD_ORGANISATION_WORDS_MAX and stripped[:1].isupper() and not re.search(r"\d", stripped):
        return "organisation"
    return None


_DESK_LABEL = lazy_compile(r"\s*(?P<label>[^:,;]{2,40}?:)\s+(?=\S)")


def _after_desk_labels(text: str) -> str:
    desk = _DESK_LABEL.match(text)
    while desk and len(desk.group("label").split()) <= DESK_LABEL_WORDS_MAX:
        text = text[desk.end() :]
        desk = _DESK_LABEL.match(text)
    return text


# A ministry or department named by its portfolio lists it with commas ("Ministerium für Umwelt,
# Klima und Energie", "Senatsverwaltung für Bildung, Jugend und Familie"): those commas are inside
# the one name, not between the fields of a card.
_PORTFOLIO = lazy_compile(r"[^,]+(?:,[^,]+)+\s(?:und|and|&)\s[^,]+")


def _portfolio_name(text: str) -> bool:
    stripped = text.strip()
    if len(stripped) > CONTACT_FIELD_MAX:
        return False
    words = stripped.split()
    return (
        _PORTFOLIO.fullmatch(stripped) is not None
        and len(words) <= CARD_FIELD_WORDS_MAX
        and _ORG_WORDS.search(words[0]) is not None  # "Ministerium …", "Senatsverwaltung …"
        and not re.search(r"[\d@]", stripped)
    )


def _take_line(text: str, card: _Card, organisation: str | None) -> None:
    """Read one line of a contact card (or several fields glued into one line by a copy)."""
    card.line_start = True
    found = tokens(text)
    for index, token in enumerate(found):
        if token.kind == "text":
            rest = token.value
            desk = _DESK_LABEL.match(rest)
            while desk and len(desk.group("label").split()) <= DESK_LABEL_WORDS_MAX:
                if _person_like(desk.group("label")[:-1].strip()):
                    break  # "Jane Doe: ir@…": a name, not a desk
                after = rest[desk.end() :].strip()
                if _ROLE_WORDS.search(desk.group("label")) and _person_like(after) and not card.has("name"):
                    # "Pressesprecher: Max Muster": the role written before the person's name.
                    card.set("role", desk.group("label")[:-1].strip())
                    rest = after
                    break
                # A desk label ("For media:", "Investors:", "Media (Korea):") opens a card.
                if card.has("email") or card.has("phone"):
                    card.close(organisation)
                card.note(desk.group("label"))
                rest = rest[desk.end() :]
                desk = _DESK_LABEL.match(rest)
            following = found[index + 1] if index + 1 < len(found) else None
            if following is not None and following.kind == "url" and rest.rstrip().endswith(":"):
                continue  # "Homepage Polizeipräsidium: http://…" stays one note with its address
            for part in [rest.strip()] if _portfolio_name(rest) else _split_parts(rest):
                if part.endswith(":") and _person_like(part[:-1].strip()):
                    part = part[:-1].strip()  # "Jane Doe: ir@…"
                if part.endswith(":") and len(part.split()) <= DESK_LABEL_WORDS_MAX:
                    if card.has("email") or card.has("phone"):
                        card.close(organisation)
                    card.note(part)
                    continue
                _take_part(part, card, organisation)
                card.line_start = False
            continue
        card.line_start = False
        written = token.written or token.value
        if token.kind in ("mdemail", "mdphone"):
            # "[jane@example.org](mailto:jane@example.org)" in a Markdown source: the field is the
            # link's label; its target stays on the card as a note, so no word of it is lost.
            field: ContactField = "email" if token.kind == "mdemail" else "phone"
            if not card.has(field):
                card.set(field, md_link_label(token.value), token.label)
            else:
                card.note(md_link_label(token.value))
            card.note(md_link_target(token.value))
        elif token.kind == "url":
            previous = found[index - 1] if index else None
            if previous is not None and previous.kind == "text" and previous.value.rstrip().endswith(":"):
                card.note(_after_desk_labels(previous.value).strip() + " " + token.value)
            else:
                card.note(token.value)
        elif token.kind == "address":
            street = STREET.match(token.value)
            rest = token.value[street.end() :].strip() if street else ""
            card.add_address(street.group(0) if street and rest else token.value)
            if street and rest:
                card.add_address(rest)
        elif token.kind == "email":
            if card.has("email"):
                card.note(written)
            else:
                card.set("email", token.value, token.label)
        elif token.label and token.label.lower().rstrip(".:").strip() in ("fax", "telefax", "f"):
            card.note(written)  # a fax number is no phone to call
        elif card.has("phone"):
            card.note(written)  # a second number (Cell after Office) stays, as written, on the card
        else:
            card.set("phone", token.value, token.label)


# ------------------------------------------------------------------------------ contacts written as sentences

# Words of a sentence (lower-case, outside names, e-mails and numbers): a card line has few of them.
_PROSE_WORD = lazy_compile(r"(?<![\w@.])[a-zäöüß]{2,}(?![\w@])")
_CARD_WORDS = frozenset([
    "und", "and", "or", "oder", "de", "von", "van", "der", "des", "für", "for", "of", "the", "at", "per", "bzw",
    "tel", "fax", "mail", "email", "e-mail", "phone", "office", "cell", "mobil", "mobile", "durchwahl",
])  # fmt: skip


_CONNECTOR_END = lazy_compile(r"(?i)\s(?:at|unter|via|über|or|oder)\s*$")


def is_prose_contact(text: str) -> bool:
    """True for a contact written as a sentence ("please contact Jane Doe at jane@… or 555-…",
    "Hinweise nimmt die Polizei unter der Rufnummer … entgegen"), not as a card line."""
    for start, _, kind in spans(text):
        if kind in REACHABLE and _CONNECTOR_END.search(text[max(0, start - 12) : start]):
            return True  # "Jane Doe at jane@…", "Max Muster unter 030 …": written as a sentence
    plain = without_spans(text)
    words = [word for word in _PROSE_WORD.findall(plain) if word not in _CARD_WORDS]
    return len(words) >= 3 or (len(words) >= 1 and "?" in plain)


# The person or desk a sentence names before its number or address:
# "contact Jane Doe at", "an das Bürgertelefon der Polizei Berlin", "nimmt die Kriminalpolizei … entgegen".
_NAMED = lazy_compile(
    # "… in den Rathäusern sowie die Beratungsstelle der Kammer, Tel. …": a second desk joined by a
    # conjunction and its article is the one the number after it belongs to.
    r"(?:contact|call|kontaktieren Sie|erreichen Sie|an|bei|nimmt|nehmen|reach|"
    r"(?:sowie|oder|und|or|and)(?=\s+(?:das|den|die|der|dem|the)\s)|"
    r"(?:[Tt]elefonnummer|[Rr]ufnummer|[Hh]otline|number|line)\s+(?:des|der|of))\s+"
    r"(?:(?:das|den|die|der|dem|jede|jedes|the)\s+)?"
    r"(?P<name>[A-ZÄÖÜ][\w.'’-]*(?:\s+(?:[A-ZÄÖÜ][\w.'’-]*|für|der|des|beim|im|am|of|the|for|von|vom)){0,8})"
)
_TRAILING_SMALL = lazy_compile(r"(?:\s+(?:für|der|des|beim|im|am|of|the|for|von|vom))+$")


def _desk_or_person(text: str) -> str | None:
    candidates = [m for m in _NAMED.finditer(text)]
    if not candidates:
        return None
    name = _TRAILING_SMALL.sub("", candidates[-1].group("name")).strip(" .")
    if len(name) < 3 or name.split()[0] in ("Sie", "You", "Ihre", "Your", "Ihnen", "E-Mail", "Email"):
        return None
    return name


# "… or Ann Roe at": a person's name closing the text before an e-mail or number.
_NAME_AT_END = lazy_compile(r"(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,3})\s*(?:at|unter|via|per|:|,)?\s*$")


def _name_before(text: str) -> str | None:
    found = _NAME_AT_END.search(text)
    return found.group("name") if found and _person_like(found.group("name")) else None


def contacts_in_sentence(text: str) -> list[Contact]:
    """The contact cards a sentence gives: each e-mail or phone number goes to the person or desk
    named before it ("contact Tom Doe at t@x.org or 555-1234 or Ann Roe at …"); a second number
    of the same card stays on it as a note. Nothing else of the sentence goes into a card."""
    cards: list[Contact] = []
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    notes: list[str] = []
    order: list[ContactField] = []

    def close() -> None:
        nonlocal name, email, phone, notes, order
        if email or phone:
            cards.append(
                Contact(
                    name=name,
                    email=email,
                    phone=phone,
                    order=tuple(order),
                    notes=tuple((Text(text=note),) for note in notes),
                )
            )
        name, email, phone, notes, order = None, None, None, [], []

    for token in tokens(text):
        if token.kind == "text":
            found = _desk_or_person(token.value) or _name_before(token.value)
            if found:
                if email or phone:
                    close()
                name = found
                order.append("name")
            continue
        if token.kind in ("mdemail", "mdphone"):
            token = Token(token.kind[2:], md_link_label(token.value), token.label)
        if token.kind == "email":
            if email == token.value:
                continue  # "[a@b.org](a@b.org)": the link target repeats the address
            if email:
                notes.append(token.value)
                order.append("note")
            else:
                email = token.value
                order.append("email")
        elif token.kind == "phone":
            if token.label and token.label.lower().startswith(("fax", "telefax")):
                continue
            if phone and re.sub(r"\D", "", phone).startswith(re.sub(r"\D", "", token.value)):
                continue  # "[0711-123456](tel:0711123456)": the link target repeats the number
            if phone:
                notes.append(token.value)
                order.append("note")
            else:
                phone = token.value
                order.append("phone")
    close()
    return cards
