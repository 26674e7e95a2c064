"""Turn a run of text into inline nodes: links, e-mail addresses, phone numbers and emphasis."""

from __future__ import annotations

import re

from pressconv.model import Email, Emphasis, Inline, Link, Phone, Strong, Text

__all__ = ["PHONE_LABEL", "build_inlines", "normalise_url", "phone_tel"]

_TLDS = r"(?:com|de|org|net|io|eu|info|gov|edu|ca|uk|berlin|hamburg|nrw|ruhr|at|ch|fr|nl|app|news|media)"
_URL_BODY = r"[^\s<>\"“”„»«\[\]]+"
# Most positions in a text are inside words; the alternatives that start at a word start share one
# look-behind so that the engine rejects those positions after one check (linear time on 1 MB lines).
_INLINE = re.compile(
    r"(?P<mdlink>\[(?P<mdtext>[^\]\n]{1,300})\]\((?P<mdurl>(?:https?://|mailto:|www\.)[^)\s]{1,2000})\))"
    r"|(?P<url>https?://" + _URL_BODY + r")"
    r"|(?<![\w.@/+*-])(?:"
    r"(?P<email>[A-Za-z0-9][\w.+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b)"
    r"|(?P<www>www\." + _URL_BODY + r")"
    r"|(?P<domain>[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,4}\."
    + _TLDS
    + r"(?:/"
    + _URL_BODY
    + r")?(?![\w@-]))"
    r"|(?P<phone>(?<![,])\+?\(?\d[\d ()/.\-–]{4,22}\d(?![\w/]))"
    r"|(?P<strong>\*\*(?=\S)[^*\n]{1,300}?(?<=\S)\*\*(?![\w*]))"
    r"|(?P<em>\*(?=[^\s*])[^*\n]{1,300}?(?<=[^\s*])\*(?![\w*]))"
    r")"
)
PHONE_LABEL = re.compile(
    r"(?:tel(?:efon|\.-?nr\.?|\.)?|fon|phone|mobil(?:e|funk)?|handy|cell|call|t)\s*[:.]?\s*(?:\(\w+\)\s*)?$",
    re.IGNORECASE,
)
_US_PHONE = re.compile(r"\+?1?[ .-]?\(?\d{3}\)?[ .\-/]?\d{3}[ .-]\d{4}")


def normalise_url(url: str) -> str:
    """Return the href for a URL as written: add ``https://`` to ``www.`` and bare domain forms."""
    if re.match(r"(?i)(https?|mailto|tel):", url):
        return url
    return "https://" + url


def _trim_url(url: str) -> str:
    # Sentence punctuation after a URL belongs to the sentence; a closing bracket only when unbalanced.
    while url and url[-1] in ".,;:!?'’)":
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def phone_tel(number: str, language: str) -> str | None:
    """Derive a dialable ``tel:`` form (``+49231…``) from a phone number as written, when possible."""
    # After a country code the national trunk zero is never dialled, whether it stands alone in
    # brackets ("+49 (0) 30 …") or opens a bracketed area code ("+49 (0231) 50-0").
    if re.match(r"\s*(?:\+|00)", number):
        number = re.sub(r"\(\s*0", "(", number)
    digits = re.sub(r"\D", "", number)
    if number.strip().startswith("+"):
        return "+" + digits if 7 <= len(digits) <= 15 else None
    if digits.startswith("00"):
        return "+" + digits[2:] if 9 <= len(digits) <= 17 else None
    if language.startswith("de") and digits.startswith("0") and len(digits) >= 7:
        return "+49" + digits[1:]
    if language.startswith("en") and len(digits) == 10 and _US_PHONE.fullmatch(number.strip()):
        return "+1" + digits
    if language.startswith("en") and len(digits) == 11 and digits.startswith("1"):
        return "+" + digits
    return None


def _looks_like_phone(number: str, before: str, force: bool) -> bool:
    digits = re.sub(r"\D", "", number)
    if not 6 <= len(digits) <= 15:
        return False
    if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}|[\d.]+|\d{1,2}[.:]\d{2}.*", number.strip()):
        return False  # dates, times and thousands-separated amounts
    if re.search(r"(?i)fax\s*:?\s*$", before[-12:]):
        return False
    if force or PHONE_LABEL.search(before[-20:]):
        return True
    return number.startswith("+") or bool(_US_PHONE.fullmatch(number.strip()))


def build_inlines(text: str, language: str = "de-DE", *, phones: bool = False) -> tuple[Inline, ...]:
    """Split ``text`` into Text, Link, Email, Phone, Strong and Emphasis nodes.

    Phone numbers are recognised after a label (``Tel.``, ``Telefon:``, ``phone``) or in an
    international or North-American form; ``phones=True`` (contact cards) accepts any number.
    """
    nodes: list[Inline] = []
    position = 0
    pending = ""

    def flush(upto: str) -> None:
        nonlocal pending
        pending += upto
        if pending:
            nodes.append(Text(text=pending))
            pending = ""

    for match in _INLINE.finditer(text):
        kind = match.lastgroup
        start, end = match.start(), match.end()
        before = text[position:start]
        node: Inline | None = None
        if match.group("mdlink"):
            url = match.group("mdurl")
            node = Link(url=normalise_url(url), children=(Text(text=match.group("mdtext")),))
        elif kind == "email":
            node = Email(address=match.group("email"))
        elif kind in ("url", "www", "domain"):
            written = _trim_url(match.group(kind))
            if kind == "domain" and "." not in written:
                continue
            end = start + len(written)
            node = Link(url=normalise_url(written), children=(Text(text=written),))
        elif kind == "phone":
            number = match.group("phone").strip(" -–/.")
            if number.count("(") != number.count(")"):
                number = number.strip("()")
            offset = match.group("phone").find(number)
            if not _looks_like_phone(number, text[max(0, start - 20) : start], phones):
                continue
            start += offset
            end = start + len(number)
            before = text[position:start]
            node = Phone(number=number, tel=phone_tel(number, language))
        elif kind == "strong":
            node = Strong(children=build_inlines(match.group("strong")[2:-2], language))
        elif kind == "em":
            node = Emphasis(children=build_inlines(match.group("em")[1:-1], language))
        if node is None:
            continue
        flush(before)
        nodes.append(node)
        position = end
    flush(text[position:])
    return tuple(nodes)
