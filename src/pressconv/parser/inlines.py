"""Turn a run of text into inline nodes: links, e-mail addresses, phone numbers and emphasis."""

from __future__ import annotations

import re

from pressconv.model import Email, Emphasis, Inline, Link, Phone, Strong, Text
from pressconv.parser._lazy import lazy_compile
from pressconv.parser.limits import PHONE_DIGITS_MAX, PHONE_DIGITS_MIN, TEL_LINK_TAIL_DIGITS
from pressconv.phones import US_PHONE, phone_tel

__all__ = ["PHONE_LABEL", "build_inlines", "normalise_url", "phone_tel"]

_TLDS = r"(?:com|de|org|net|io|eu|info|gov|edu|ca|uk|berlin|hamburg|nrw|ruhr|at|ch|fr|nl|app|news|media)"
_URL_BODY = r"[^\s<>\"“”„»«\[\]]+"
# Most positions in a text are inside words; the alternatives that start at a word start share one
# look-behind so that the engine rejects those positions after one check (linear time on 1 MB lines).
_INLINE = lazy_compile(
    # Markdown inline link "[text](url)"; the target may be mailto:, tel: or a bare e-mail address.
    r"(?P<mdlink>\[(?P<mdtext>[^\]\n]{1,300})\]\((?P<mdurl>(?:https?://|mailto:|tel:|www\.|[\w.+-]{1,64}@)"
    r"[^)\s]{1,2000})\))"
    # CommonMark autolink "<https://…>" / "<name@example.org>".
    r"|(?P<auto><(?P<autourl>(?:https?://|mailto:)[^\s<>]{1,2000}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})>)"
    r"|(?P<url>https?://" + _URL_BODY + r")"
    r"|(?<![\w.@/+*-])(?:"
    r"(?P<email>[A-Za-z0-9][\w.+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b)"
    r"|(?P<www>www\." + _URL_BODY + r")"
    r"|(?P<domain>[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,4}\." + _TLDS + r"(?:/" + _URL_BODY + r")?(?![\w@-]))"
    r"|(?P<phone>(?<![,])\+?\(?\d[\d ()/.\-–]{4,22}\d(?![\w/]))"
    r"|(?P<strong>\*\*(?=\S)[^*\n]{1,300}?(?<=\S)\*\*(?![\w*]))"
    r"|(?P<em>\*(?=[^\s*])[^*\n]{1,300}?(?<=[^\s*])\*(?![\w*]))"
    # Markdown "__strong__" and "_emphasis_": underscores only at word edges (snake_case stays text).
    r"|(?P<ustrong>__(?=\S)[^_\n]{1,300}?(?<=\S)__(?![\w_]))"
    r"|(?P<uem>_(?=[^\s_])[^_\n]{1,300}?(?<=[^\s_])_(?![\w_]))"
    r")"
)
# The labels before a phone number. The bare letter "T" is a label only with its colon or stop ("T: 030 …",
# "T. 030 …"): without them it is the last letter of a word ("die Spielzeit 2026/27").
PHONE_LABEL = lazy_compile(
    r"(?:\b(?:tel(?:efon|\.-?nr\.?|\.)?|fon|phone|mobil(?:e|funk)?|handy|cell|call)\s*[:.]?|\bt\s*[:.])\s*(?:\(\w+\)\s*)?$",
    re.IGNORECASE,
)


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


# A sentence that names the number before giving it: "Die Telefonnummer des Bürgerservice lautet 0231 50-0",
# "Die Hotline ist unter 0800 … erreichbar".
_PHONE_NAMED = lazy_compile(
    r"(?:telefon|rufnummer|hotline|servicenummer|tel\.)[^.!?]{0,50}\b(?:lautet|ist|unter)\s*:?\s*$", re.IGNORECASE
)
# How far before a number the sentence naming it may begin.
_NAMED_REACH = 80


def _looks_like_phone(number: str, before: str, force: bool) -> bool:
    digits = re.sub(r"\D", "", number)
    if not PHONE_DIGITS_MIN <= len(digits) <= PHONE_DIGITS_MAX:
        return False
    if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}|[\d.]+|\d{1,2}[.:]\d{2}.*", number.strip()):
        return False  # dates, times and thousands-separated amounts
    if re.search(r"(?i)fax\s*:?\s*$", before[-12:]):
        return False
    if force or PHONE_LABEL.search(before[-20:]) or _PHONE_NAMED.search(before):
        return True
    return number.startswith("+") or bool(US_PHONE.fullmatch(number.strip()))


def _markdown_link(text: str, target: str, language: str) -> Inline:
    """A Markdown link: e-mail and phone targets become Email and Phone when the text is the address."""
    bare = re.sub(r"(?i)^(mailto|tel):", "", target)
    if target.lower().startswith("mailto:") or ("@" in target and "://" not in target):
        if text.strip().casefold() == bare.casefold():
            return Email(address=bare)
        return Link(url="mailto:" + bare, children=(Text(text=text),))
    if target.lower().startswith("tel:"):
        written, dialled = re.sub(r"\D", "", text), re.sub(r"\D", "", bare)
        tail = TEL_LINK_TAIL_DIGITS
        if len(written) >= tail and written[-tail:] == dialled[-tail:]:  # the text is the number itself
            return Phone(number=text.strip(), tel=bare if bare.startswith("+") else phone_tel(text, language))
        return Link(url=target, children=(Text(text=text),))
    return Link(url=normalise_url(target), children=(Text(text=text),))


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
            node = _markdown_link(match.group("mdtext"), match.group("mdurl"), language)
        elif kind == "auto":
            target = match.group("autourl")
            if target.lower().startswith("mailto:") or "://" not in target:
                node = Email(address=re.sub(r"(?i)^mailto:", "", target))
            else:
                node = Link(url=target, children=(Text(text=target),))
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
            if not _looks_like_phone(number, text[max(0, start - _NAMED_REACH) : start], phones):
                continue
            start += offset
            end = start + len(number)
            before = text[position:start]
            node = Phone(number=number, tel=phone_tel(number, language))
        elif kind == "strong":
            node = Strong(children=build_inlines(match.group("strong")[2:-2], language))
        elif kind == "em":
            node = Emphasis(children=build_inlines(match.group("em")[1:-1], language))
        elif kind == "ustrong":
            node = Strong(children=build_inlines(match.group("ustrong")[2:-2], language))
        elif kind == "uem":
            node = Emphasis(children=build_inlines(match.group("uem")[1:-1], language))
        if node is None:
            continue
        flush(before)
        nodes.append(node)
        position = end
    flush(text[position:])
    return tuple(nodes)
