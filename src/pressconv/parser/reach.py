"""E-mail addresses, phone numbers, web and street addresses in contact text, with their labels."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from pressconv.parser._lazy import lazy_compile
from pressconv.parser.limits import PHONE_DIGITS_MAX, PHONE_DIGITS_MIN, REACH_LABEL_WINDOW

__all__ = [
    "EMAIL_ANY",
    "PHONE_ANY",
    "POSTCODE",
    "REACHABLE",
    "STREET",
    "Token",
    "has_contact_data",
    "is_phone_number",
    "md_link_label",
    "md_link_target",
    "plain_words",
    "spans",
    "tokens",
    "without_spans",
]

# Postal addresses as German and US cards write them: "Lindenallee 70", "Tempelhofer Damm 12",
# "1 Main Street"; "60322 Frankfurt am Main", "Springfield, IL 62701".
STREET = lazy_compile(
    r"[A-ZÄÖÜ][\wäöüß.-]*(?:straße|strasse|str\.|allee|weg|platz|damm|ring|gasse|ufer|markt|chaussee|"
    r"promenade|steig|pfad|brücke|hof|berg)\s+\d+[a-z]?(?:\s*[-–]\s*\d+[a-z]?)?|"
    r"\d+\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,4}\s+(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|"
    r"Drive|Dr\.|Lane|Way|Square|Place|Court|Ct\.|Parkway|Pkwy\.?|Highway|Hwy\.?|Suite)|"
    # "Tempelhofer Damm 12", "Platz der Republik 1": the street word written apart.
    r"[A-ZÄÖÜ][\wäöüß.-]*\s+(?:Straße|Strasse|Str\.|Allee|Weg|Platz|Damm|Ring|Gasse|Ufer|Markt|Chaussee|"
    r"Promenade)\s+\d+[a-z]?(?:\s*[-–]\s*\d+[a-z]?)?"
)
POSTCODE = lazy_compile(
    r"(?:D-|A-|CH-)?\b\d{4,5}\s+[A-ZÄÖÜ][\wäöüß.-]+(?:\s+(?:am|an der|a\.|im|in der)\s+[A-ZÄÖÜ]\w+)?|"
    r"[A-Z][\w .]+,\s*[A-Z]{2}(?:\s+\d{5}(?:-\d{4})?)?\b"
)

# E-mail addresses as written, also in the obfuscated forms many senders use against harvesters:
# "name[at]example.org", "name (at) example (dot) org", "name@example[.]org", and spelt out in full,
# "presse at example punkt org" (the spelt-out "at" only with a spelt-out dot, so "us at acme.com" is
# no address).
_AT_MARK = r"(?:\s?@\s?|\s?[\[({]\s?(?:at|AT|ät|@)\s?[\])}]\s?)"
_DOT_MARK = r"(?:\.|\s?[\[({]\s?(?:dot|DOT|punkt|\.)\s?[\])}]\s?)"
_SPELT_DOT = r"\s(?:dot|punkt)\s"
EMAIL_ANY = lazy_compile(
    r"(?<![\w.+-])[\w+-][\w.+-]*"
    + _AT_MARK
    + r"[\w-]+(?:"
    + _DOT_MARK
    + r"[\w-]+)*"
    + _DOT_MARK
    + r"[A-Za-z]{2,24}(?![\w-])"
    r"|(?<![\w.+-])[\w+-][\w.+-]*\s(?:at|ät)\s[\w-]+(?:(?:"
    + _DOT_MARK
    + "|"
    + _SPELT_DOT
    + r")[\w-]+)*"
    + _SPELT_DOT
    + r"[A-Za-z]{2,24}\b"
)
# A phone number as written: "(030) 4664-4664", "+49 (0)30 24060 - 212", "(+32) 2 28 32787 (BXL)",
# "0044 113 323 5797", "832-878-4839", "202/224-5344", "+1 858.836.6798", "07127-580676 (AB)".
PHONE_ANY = lazy_compile(r"(?<![\w+./-])(?:\+|\(\+?)?\d[\d ()/.\-–]{4,30}\d(?:\s?\([A-Za-z]{1,12}\))?(?![\w@])")
# A Markdown link "[label](target)" is one piece: its label may be the e-mail or number itself.
_MD_LINK = lazy_compile(r"\[(?P<label>[^\]\n]{1,300})\]\((?P<target>[^)\s]{1,2000})\)")
_URL_ANY = lazy_compile(r"(?:https?://|www\.)[^\s<>\"“”]+")
# The label before a phone number: German and English words, and the one-letter forms "T:", "M:".
_PHONE_LABEL_END = lazy_compile(
    r"(?i)(?:^|(?<=[\s,;(/]))(?P<label>(?:tel(?:efon)?(?:nummer)?|tel\.?-?nr|telephone|fon|phone(?: number)?|"
    r"mobil(?:e)?(?: number| phone)?|mobilfunk|mobiltelefon|handy|cell(?:ular)?(?: phone)?|mob|office|direct|"
    r"direkt(?:wahl)?|durchwahl|zentrale|fax|telefax|hotline|rufnummer|ph)\.?|[tmfpoc]\s?:)"
    r"\s*[:.]?\s*$"
)
# British and French cards: one capital letter before the number, without a colon.
_LETTER_LABEL_END = lazy_compile(r"(?:^|(?<=[\s|,;/]))(?P<label>[TMFPCO])\s+$")
_EMAIL_LABEL_END = lazy_compile(
    r"(?i)(?:^|(?<=[\s,;(/|]))(?P<label>e-?mail(?:-adresse| address)?|mail|e\s?:|(?-i:E)(?=\s))\s*:?\s*$"
)
_DATE_LIKE = lazy_compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d\b|(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d$")


@dataclass(frozen=True, slots=True)
class Token:
    """One piece of a contact line: an e-mail, a phone number, a web address or the text between."""

    kind: str  # "email", "phone", "url", "address" or "text"
    value: str
    label: str | None = None
    written: str = ""  # label and value as the release wrote them ("Fax: 069 / 755-82009")


_POSTCODE_AFTER = lazy_compile(
    r"\s+(?:D-|A-|CH-)?\d{4,5}\s+[A-ZÄÖÜ][\wäöüß.-]+(?:\s+(?:am|an der|a\.|im|in der)\s+[A-ZÄÖÜ]\w+)?"
)


# A document's running number and year ("Drucksache 0731/2027", "Nr. 17/2026"): German offices number
# their papers per year; a phone's subscriber part after a slash is no year alone.
_NUMBER_OF_YEAR = lazy_compile(r"^\s*\d{1,4}\s*/\s*(?:19|20)\d\d\s*$")


def is_phone_number(text: str) -> bool:
    """True if ``text`` (a PHONE_ANY match) is a phone number and not a date, year span, amount or file number."""
    digits = sum(ch.isdigit() for ch in text)
    return (
        digits >= PHONE_DIGITS_MIN
        and not _DATE_LIKE.search(text)
        and not _NUMBER_OF_YEAR.match(text)
        and digits <= PHONE_DIGITS_MAX + 1
    )


class _Taken:
    """Non-overlapping spans kept sorted, so each overlap test is a binary search (linear-time
    parsing of a 1 MB contact line with thousands of addresses)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.spans: list[tuple[int, int, str]] = []

    def free(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, end)
        return index == 0 or self.spans[index - 1][1] <= start

    def add(self, start: int, end: int, kind: str) -> None:
        index = bisect.bisect_left(self.starts, start)
        self.starts.insert(index, start)
        self.spans.insert(index, (start, end, kind))


@functools.lru_cache(maxsize=32)
def spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """The e-mail, web-address and phone spans of ``text``, in order, without overlaps (cached: a
    line is asked several times, whether it is prose, then for its tokens)."""
    taken = _Taken()
    for pattern, kind in ((_MD_LINK, "mdlink"), (EMAIL_ANY, "email"), (_URL_ANY, "url")):
        for match in pattern.finditer(text):
            if taken.free(match.start(), match.end()):
                found = _md_link_kind(match.group(0)) if kind == "mdlink" else kind
                taken.add(match.start(), match.end(), found)
    # A street with its house number (and the postcode and town after it) is an address, so that
    # "Lindenallee 70 12345 Musterstadt" is not read as the number "70 12345".
    for match in STREET.finditer(text):
        end = match.end()
        postcode = _POSTCODE_AFTER.match(text, end)
        if postcode:
            end = postcode.end()
        if taken.free(match.start(), end):
            taken.add(match.start(), end, "address")
    for match in PHONE_ANY.finditer(text):
        value = match.group(0)
        if not is_phone_number(value) or not taken.free(match.start(), match.end()):
            continue
        # Brackets opened before the number belong to it only when they close inside it.
        start, end = match.start(), match.end()
        if value.count(")") > value.count("(") and value.endswith(")"):
            end -= 1
        taken.add(start, end, "phone")
    return tuple(taken.spans)


REACHABLE = frozenset(["email", "phone", "mdemail", "mdphone"])


def _md_link_kind(link: str) -> str:
    """ "mdemail" or "mdphone" for a Markdown link whose label is an e-mail or a number, else "url"."""
    found = _MD_LINK.fullmatch(link)
    label = found.group("label").strip() if found else ""
    if EMAIL_ANY.fullmatch(label):
        return "mdemail"
    if PHONE_ANY.fullmatch(label) and is_phone_number(label):
        return "mdphone"
    return "url"


def md_link_target(link: str) -> str:
    """The target of a Markdown link ("[label](target)"), or the text itself."""
    found = _MD_LINK.fullmatch(link)
    return found.group("target").strip() if found else link


def md_link_label(link: str) -> str:
    """The label of a Markdown link ("[label](target)"), or the text itself."""
    found = _MD_LINK.fullmatch(link)
    return found.group("label").strip() if found else link


def tokens(text: str) -> list[Token]:
    """Split a contact line into e-mails, phones and web addresses (with the labels written before
    them, "Tel.", "Mail:", "Office", "Mobil") and the text between."""
    result: list[Token] = []
    position = 0
    for start, end, kind in spans(text):
        gap = text[position:start]
        label: str | None = None
        label_pattern = _PHONE_LABEL_END if kind in ("phone", "mdphone") else None
        label_pattern = _EMAIL_LABEL_END if kind in ("email", "mdemail") else label_pattern
        found = label_pattern.search(gap[-REACH_LABEL_WINDOW:]) if label_pattern else None
        if found is None and kind == "phone":
            found = _LETTER_LABEL_END.search(gap[-REACH_LABEL_WINDOW:])  # "T +44 20 …", "M +44 7700 …"
        if found:
            cut = len(gap) - (len(gap[-REACH_LABEL_WINDOW:]) - found.start())
            label = found.group("label").strip().rstrip(":").strip()
            gap = gap[:cut]
        label_start = position + len(gap)
        if gap.strip():
            result.append(Token("text", gap, written=gap))
        result.append(Token(kind, text[start:end].strip(), label, text[label_start:end].strip()))
        position = end
    if text[position:].strip():
        result.append(Token("text", text[position:], written=text[position:]))
    return result


def plain_words(text: str) -> list[str]:
    return re.findall(r"\w+", without_spans(text))


def without_spans(text: str) -> str:
    """``text`` with its e-mails, web addresses, streets and phone numbers cut out (one join: linear)."""
    pieces: list[str] = []
    position = 0
    for start, end, _ in spans(text):
        pieces.append(text[position:start])
        position = end
    pieces.append(text[position:])
    return " ".join(pieces)


def has_contact_data(text: str) -> bool:
    """True if ``text`` gives an e-mail address or a phone number."""
    return any(kind in REACHABLE for _, _, kind in spans(text))
