"""Recognise closing-section headings and read press contacts into Contact records."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressconv.model import Contact, SectionKind
from pressconv.parser.inlines import PHONE_LABEL

__all__ = [
    "CONTACT_HEAD",
    "INLINE_CONTACT",
    "SectionStart",
    "contact_field",
    "match_section_heading",
    "parse_contacts",
]

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
_ORG_PATTERN = re.compile(
    r"amt\b|amt[,\s]|stelle\b|verwaltung|senat|polizei|präsidium|ministerium|stiftung|gmbh|\bag\b|e\.\s?v\.|"
    r"verband|verein|universität|hochschule|institut|fraunhofer|archiv|rathaus|stadt\b|landkreis|bezirk|"
    r"gemeinde|kammer|gesellschaft|agentur|büro|zentrum|association|inc\b|llc|ltd|corp|company|group|"
    r"university|department|office|council|foundation|network|capital|media|benzinga|behörde|gericht|"
    r"kommunikation|presse|communications|relations|zoo\b|museum|library|bibliothek|theater|schule|school|"
    r"hospital|klinik|krankenhaus|bank\b|partei|party\b"
)
_ROLE_PATTERN = re.compile(
    r"sprecher|referent|leiter|leiterin|manager|director|officer|assistant|koordinator|beauftragte|"
    r"pressereferentin|head of|spokes|public relations|pr\b|chef|vorsitz|geschäftsführ|president|chair"
)


class _Lowered:
    """A case-blind search that lowercases the text instead of using re.IGNORECASE.

    With IGNORECASE Python's engine cannot use its literal-prefix scan, which made these long
    alternations cost ~30 µs per short field (seconds on a 1 MB contact line).
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern

    def search(self, text: str) -> re.Match[str] | None:
        return self._pattern.search(text.lower())


_ORG_WORDS = _Lowered(_ORG_PATTERN)
_ROLE_WORDS = _Lowered(_ROLE_PATTERN)
_LABEL = re.compile(r"^(?:E-?Mail|Mail|Email|E-mail|Web|Internet|Homepage|Website)\s*:?\s*", re.IGNORECASE)


def _person_like(part: str) -> bool:
    words = part.split()
    if not 2 <= len(words) <= 4:
        return False
    # The cheap word test first; the long organisation and role alternations only for candidates.
    if not all(_NAME_WORD.fullmatch(word) for word in words):
        return False
    return not (_ORG_WORDS.search(part) or _ROLE_WORDS.search(part))


_NAME_WORD = re.compile(r"(?:Dr\.|Prof\.|[A-ZÄÖÜ][\wäöüß'’-]*\.?|von|van|de|der|zu)")


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
        if _POSTCODE.fullmatch(text.strip()) or _STREET.fullmatch(text.strip()) or _one_line_address(text):
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


_BARE_DOMAIN = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?:/\S*)?")


def _one_line_address(text: str) -> bool:
    """True for "1 Campus Martius, Detroit, MI 48226": a street, then postcode and town, on one line."""
    street, _, rest = text.strip().partition(", ")
    return bool(rest) and bool(_STREET.fullmatch(street)) and bool(_POSTCODE.fullmatch(rest))


def _take_part(
    part: str,
    fields: dict[str, str],
    address: list[str],
    leftovers: list[str],
    language: str,
    close: object,
) -> None:
    assert callable(close)
    if re.search(r"https?://|www\.", part) or _BARE_DOMAIN.fullmatch(part):
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


def contact_field(text: str) -> str | None:
    """What kind of contact-card line ``text`` is on its own ("email", "phone", "address", "web",
    "name", "organisation"), or None for anything else (a sentence, say)."""
    stripped = text.strip()
    if not stripped or len(stripped) > 100 or stripped.endswith(("!", "?", ":")):
        return None
    label_free = _LABEL.sub("", stripped).strip()
    if _EMAIL.fullmatch(label_free):
        return "email"
    phone_text = re.sub(PHONE_LABEL.pattern.rstrip("$"), "", stripped, count=1, flags=re.IGNORECASE).strip()
    if _PHONE.fullmatch(phone_text) and sum(ch.isdigit() for ch in phone_text) >= 7:
        return "phone"
    if re.fullmatch(r"(?:https?://|www\.)\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?:/\S*)?", label_free):
        return "web"
    if _STREET.search(stripped) or _POSTCODE.search(stripped):
        return "address" if len(stripped.split()) <= 10 else None
    if stripped.endswith("."):
        return None
    if _person_like(stripped):
        return "name"
    words = stripped.split()
    if len(words) <= 6 and stripped[:1].isupper() and not re.search(r"\d", stripped):
        return "organisation"
    return None
