"""Recognise closing-section headings and read press contacts into Contact records."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressconv.model import Contact, SectionKind
from pressconv.parser.inlines import PHONE_LABEL

__all__ = ["CONTACT_HEAD", "INLINE_CONTACT", "SectionStart", "match_section_heading", "parse_contacts"]

CONTACT_HEAD = (
    r"(?:(?:Presse|Medien|Media|Press|Pressestelle und )?[Kk]ontakt(?:e|person(?:en)?)?"
    r"(?:\s+für\s+(?:die\s+)?Medien)?|"
    r"Ansprechpartner(?:in|/-?in|\*in|:innen|innen)?(?: für (?:die )?(?:Presse|Medien))?|"
    r"(?:Bei|Für) (?:Rückfragen|Fragen)(?: wenden Sie sich bitte an)?|Rückfragen (?:bitte )?an|Rückfragen|"
    r"(?:Media|Press|Investor) (?:Contacts?|Inquiries|Enquiries|Relations)|"
    r"Contacts?(?: Details| Information)?|"
    r"For (?:media|press|further) (?:inquiries|enquiries|information)[^:]{0,40}?(?:contact)?)"
)
_CONTACT_LINE = re.compile(r"(?P<title>" + CONTACT_HEAD + r"(?:\s+[^:\n]{1,60}?)?)\s*:\s*(?P<rest>.*)")
_CONTACT_ALONE = re.compile(r"(?P<title>" + CONTACT_HEAD + r")(?P<rest>(?<=[a-z])[A-Z].{1,200})?")
# Inside a flattened one-line body: a contact heading right after a sentence end.
INLINE_CONTACT = re.compile(
    r"(?:(?<=[.!?“”\"]\s)|(?<=\s\s)|^)(?P<title>(?:(?:Presse|Medien)kontakt|Kontakt|Ansprechpartner(?:in|/in|\*in)?|"
    r"Bei Rückfragen|Rückfragen bitte an|Für Rückfragen|Media [Cc]ontact|Press [Cc]ontact|Contact)"
    r"(?:\s+[^:.!?\n]{1,50}?)?)\s*:\s*"
)
_ABOUT = re.compile(
    r"(?P<title>(?:Über|About|Ueber)\s+(?!uns\b.{30})[^.!?]{2,80}?|Über uns|About us|Boilerplate|"
    r"Hintergrund)\s*:?"
)
_NOTES = re.compile(
    r"(?P<title>Hinweis(?:e)?\s+(?:an|für)\s+(?:die\s+)?Redaktion(?:en)?|Hinweis für Redaktionen|"
    r"Redaktionelle Hinweise|Notes?\s+(?:to|for)\s+(?:the\s+)?editors?|Editors?['’]?s?\s+notes?|"
    r"Bildhinweis|Fotohinweis|Hinweis)\s*:?\s*(?P<rest>.*)",
    re.IGNORECASE,
)
_LINKS_HEAD = re.compile(
    r"(?P<title>Weitere Informationen|Mehr Informationen|Weiterführende (?:Informationen|Links)|Links|"
    r"More information|Further information|For more information|Learn more)"
    r"(?P<tail>[^:]{0,80}):(?:\s+(?P<rest>.*))?",
    re.IGNORECASE,
)
_URLISH = re.compile(r"(?:https?://|www\.)\S+|\S+\.(?:de|com|org|net|eu|io|berlin)\b\S*")


@dataclass(frozen=True, slots=True)
class SectionStart:
    """A line (or part of one) that opens a closing section; ``rest`` is content on the same line."""

    kind: SectionKind
    title: str
    rest: str


def match_section_heading(text: str) -> SectionStart | None:
    """Return the section a line opens ("Pressekontakt:", "Über die Stadt", "Weitere Informationen: URL")."""
    stripped = text.strip().lstrip("#").strip()
    if len(stripped) > 600:
        return None
    links = _LINKS_HEAD.fullmatch(stripped)
    if links and (not links.group("rest") or _URLISH.match(links.group("rest"))):
        title = links.group("title")
        return SectionStart("links", title, stripped if links.group("rest") else "")
    contact = _CONTACT_LINE.fullmatch(stripped)
    if contact and len(contact.group("title")) <= 70:
        return SectionStart("contact", contact.group("title").strip(), contact.group("rest").strip())
    alone = _CONTACT_ALONE.fullmatch(stripped)
    if alone:
        return SectionStart("contact", alone.group("title").strip(), (alone.group("rest") or "").strip())
    notes = _NOTES.fullmatch(stripped)
    if notes and (notes.group("title").lower() != "hinweis" or not notes.group("rest")):
        return SectionStart("notes", notes.group("title").strip(), notes.group("rest").strip())
    about = _ABOUT.fullmatch(stripped)
    if about and not stripped.endswith((".", ",")):
        return SectionStart("about", about.group("title").strip(), "")
    return None


# ------------------------------------------------------------------------------ contact records

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}")
_PHONE = re.compile(r"\+?\(?\d[\d ()/.\-–]{4,22}\d")
_STREET = re.compile(
    r"[A-ZÄÖÜ][\wäöüß.-]*(?:straße|strasse|str\.|allee|weg|platz|damm|ring|gasse|ufer|markt|chaussee|"
    r"promenade|steig|pfad|brücke|hof|berg)\s+\d+[a-z]?(?:\s*[-–]\s*\d+[a-z]?)?|"
    r"\d+\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,4}\s+(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|"
    r"Drive|Dr\.|Lane|Way|Square|Place|Martius)"
)
_POSTCODE = re.compile(
    r"(?:D-|A-|CH-)?\b\d{4,5}\s+[A-ZÄÖÜ][\wäöüß.-]+(?:\s+(?:am|an der|a\.|im|in der)\s+[A-ZÄÖÜ]\w+)?|"
    r"[A-Z][\w .]+,\s*[A-Z]{2}(?:\s+\d{5}(?:-\d{4})?)?\b"
)
_COUNTRY = re.compile(
    r"(?:Deutschland|Germany|Canada|USA|United States|Österreich|Austria|Schweiz|Switzerland)"
)
_ORG_WORDS = re.compile(
    r"(?i)amt\b|amt[,\s]|stelle\b|verwaltung|senat|polizei|präsidium|ministerium|stiftung|gmbh|\bag\b|e\.\s?v\.|"
    r"verband|verein|universität|hochschule|institut|fraunhofer|archiv|rathaus|stadt\b|landkreis|bezirk|"
    r"gemeinde|kammer|gesellschaft|agentur|büro|zentrum|association|inc\b|llc|ltd|corp|company|group|"
    r"university|department|office|council|foundation|network|capital|media|benzinga|behörde|gericht|"
    r"kommunikation|presse|communications|relations|zoo\b|museum|library|bibliothek|theater|schule|school|"
    r"hospital|klinik|krankenhaus|bank\b|partei|party\b"
)
_ROLE_WORDS = re.compile(
    r"(?i)sprecher|referent|leiter|leiterin|manager|director|officer|assistant|koordinator|beauftragte|"
    r"pressereferentin|head of|spokes|public relations|pr\b|chef|vorsitz|geschäftsführ|president|chair"
)
_LABEL = re.compile(r"^(?:E-?Mail|Mail|Email|E-mail|Web|Internet|Homepage|Website)\s*:?\s*", re.IGNORECASE)


def _person_like(part: str) -> bool:
    words = part.split()
    if not 2 <= len(words) <= 4 or _ORG_WORDS.search(part) or _ROLE_WORDS.search(part):
        return False
    return all(re.fullmatch(r"(?:Dr\.|Prof\.|[A-ZÄÖÜ][\wäöüß'’-]*\.?|von|van|de|der|zu)", w) for w in words)


_LABEL_BOUNDARY = re.compile(
    r"\s+(?=(?:Tel\.|Tel\.-Nr\.|Telefon|Fax|E-Mail|Mail|Email|Phone|Mobil|Homepage|Web)\b\s*:?)"
)


def _split_parts(text: str) -> list[str]:
    parts: list[str] = []
    for piece in re.split(r"\s*[;|]\s*|,\s+|\s{2,}", text):
        for sub in _LABEL_BOUNDARY.split(piece):
            # Stray marks from PDF copies ("7210¸") are not part of any field.
            sub = re.sub(r"^[^\w+(„\"]+|[^\w).\"“]+$", "", sub).strip(" .;,")
            if sub:
                parts.append(sub)
    return parts


def parse_contacts(
    texts: list[str], *, organisation: str | None, language: str
) -> tuple[list[Contact], list[str]]:
    """Read contact cards from the lines of a contact section.

    Returns the contacts and the parts that fit no field (office hours, fax numbers, web links), which
    the section keeps as paragraphs so no text is lost. A blank entry in ``texts`` separates cards.
    """
    contacts: list[Contact] = []
    leftovers: list[str] = []
    fields: dict[str, str] = {}
    address: list[str] = []

    def close() -> None:
        nonlocal fields, address
        if address:
            fields["address"] = ", ".join(address)
        if fields:
            if organisation and "organisation" not in fields and ("name" in fields or "email" in fields):
                fields["organisation"] = organisation
            contacts.append(Contact(**fields))
        fields = {}
        address = []

    for text in texts:
        if not text.strip():
            continue
        if _POSTCODE.fullmatch(text.strip()) or _STREET.fullmatch(text.strip()):
            address.append(text.strip())
            continue
        glued = re.match(r"(?P<a>.*?[a-z])(?P<b>(?:https?://|www\.).*)$", text)
        if glued and " " not in glued.group("b"):
            leftovers.append(text)
            continue
        for part in _split_parts(text):
            _take_part(part, fields, address, leftovers, language, close)
    close()
    return contacts, leftovers


def _take_part(
    part: str,
    fields: dict[str, str],
    address: list[str],
    leftovers: list[str],
    language: str,
    close: object,
) -> None:
    assert callable(close)
    if re.search(r"https?://|www\.", part):
        leftovers.append(part)
        return
    label_free = _LABEL.sub("", part).strip()
    email = _EMAIL.fullmatch(label_free)
    if email:
        if "email" in fields:
            leftovers.append(part)
        else:
            fields["email"] = email.group(0)
        return
    if re.match(r"(?i)fax\b", part):
        leftovers.append(part)
        return
    phone_text = re.sub(PHONE_LABEL.pattern.rstrip("$"), "", part, count=1, flags=re.IGNORECASE).strip()
    phone = re.fullmatch(_PHONE.pattern + r"(?:\s*\([^)]{1,20}\))?", phone_text)
    if (
        phone
        and (phone_text != part or sum(ch.isdigit() for ch in phone_text) >= 7)
        and not re.fullmatch(r"\d{5}", phone_text)
    ):
        if "phone" in fields:
            leftovers.append(part)
        else:
            fields["phone"] = phone.group(0)
        return
    # "Shane Devenish, shane@x (905) 315-3156": an address followed by a number in one part.
    mixed = re.fullmatch(
        r"(?P<email>" + _EMAIL.pattern + r")\s+(?P<phone>" + _PHONE.pattern + r")", label_free
    )
    if mixed:
        fields.setdefault("email", mixed.group("email"))
        fields.setdefault("phone", mixed.group("phone"))
        return
    if _STREET.fullmatch(part) or _POSTCODE.fullmatch(part) or _COUNTRY.fullmatch(part):
        address.append(part)
        return
    street = _STREET.search(part)
    if street:
        # "Polizeipräsidium Frankfurt Pressestelle Adickesallee 70 60322 Frankfurt am Main Direkte …"
        before, after = part[: street.start()].strip(), part[street.end() :].strip()
        if before:
            _take_part(before, fields, address, leftovers, language, close)
        address.append(street.group(0))
        postcode = _POSTCODE.match(after)
        if postcode and re.match(r"\d", after):
            address.append(postcode.group(0))
            after = after[postcode.end() :].strip()
        if after:
            leftovers.append(after)
        return
    words = part.split()
    if "name" in fields and "role" not in fields and (_ROLE_WORDS.search(part) or part[:1].islower()):
        fields["role"] = part
        return
    if _person_like(part):
        if "name" in fields:
            close()
        fields["name"] = part
        return
    # "Shane Devenish Canadian RV Association": a name glued to an organisation.
    words = part.split()
    if len(words) >= 4 and _person_like(" ".join(words[:2])) and _ORG_WORDS.search(" ".join(words[2:])):
        if "name" in fields:
            close()
        fields["name"] = " ".join(words[:2])
        fields["organisation"] = " ".join(words[2:])
        return
    if "name" in fields and "role" not in fields and not _ORG_WORDS.search(part) and len(words) <= 8:
        fields["role"] = part
        return
    if (_ORG_WORDS.search(part) or part[:1].isupper()) and len(words) <= 10 and not re.search(r"\d", part):
        if "organisation" in fields:
            fields["organisation"] += ", " + part
        else:
            fields["organisation"] = part
        return
    leftovers.append(part)
