"""The writer protocol, the frozen RenderContext every writer receives, and helpers writers share."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import ClassVar, Protocol, assert_never, runtime_checkable
from urllib.parse import urlsplit

from pressconv.diagnostics import Reporter
from pressconv.model import (
    Abbr,
    Email,
    Emphasis,
    Inline,
    Lang,
    LineBreak,
    Link,
    Phone,
    Quotation,
    Release,
    Strong,
    Text,
    inline_text,
)
from pressconv.resources import Resources, default_resources

__all__ = [
    "Branding",
    "RenderContext",
    "Writer",
    "link_description",
    "plain_text",
    "safe_href",
    "tel_href",
    "xml_safe",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Branding:
    """An organisation's look: name, logo, accent colour and footer, from ``pressconv.toml``."""

    organisation: str | None = None
    logo_path: str | None = None
    logo_alt: str | None = None
    logo_decorative: bool = False
    accent: str | None = None
    footer: str | None = None
    author: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RenderContext:
    """Everything a writer may use besides the release. Writers read no clock, files or network."""

    timestamp: datetime
    reporter: Reporter = field(default_factory=Reporter)
    resources: Resources = field(default_factory=default_resources)
    branding: Branding = field(default_factory=Branding)
    options: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))
    # The file name stem the outputs are named after; writers use it for links between formats
    # (the easy summary links back to the full release).
    stem: str = "release"


@runtime_checkable
class Writer(Protocol):
    """A pluggable output format. Third parties register classes under ``pressconv.writers``."""

    name: ClassVar[str]
    extension: ClassVar[str]
    media_type: ClassVar[str]
    # Importable modules this writer needs; checked before rendering for a clear install hint.
    requires: ClassVar[tuple[str, ...]]

    def render(self, release: Release, ctx: RenderContext) -> bytes:
        """Return the complete output file as bytes."""
        ...


# Characters XML 1.0 §2.2 does not allow (C0 controls but tab/LF/CR, surrogates, U+FFFE/U+FFFF),
# plus C1 controls and noncharacters, which no reader displays. Text from the model reaches XML in
# EPUB, DOCX and XHTML; one of these would make the whole file unreadable.
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


def plain_text(inlines: tuple[Inline, ...], language: str) -> str:
    """Return inlines as one line of text with the quotation marks of each ``Quotation`` kept.

    For every place that takes plain text from a title or lead (HTML ``<title>`` and JSON-LD, EPUB
    ``dc:title`` and table of contents, DOCX core properties): the model keeps inline quotations as
    nodes without their marks, so ``inline_text`` alone would print „Lebendige Stadt“ as bare words.
    """
    opening, closing = ("„", "“") if language.split("-", 1)[0].lower() == "de" else ("“", "”")
    parts: list[str] = []
    for node in inlines:
        match node:
            case Quotation(children=children):
                parts.append(opening + plain_text(children, language) + closing)
            case Emphasis(children=children) | Strong(children=children) | Lang(children=children):
                parts.append(plain_text(children, language))
            case Link(children=children):
                parts.append(plain_text(children, language))
            case LineBreak():
                parts.append(" ")
            case Text() | Email() | Phone() | Abbr():
                parts.append(inline_text((node,)))
            case _:
                assert_never(node)
    return " ".join("".join(parts).split())


def xml_safe(text: str) -> str:
    """Return ``text`` without the characters XML forbids or no reader shows."""
    return _XML_UNSAFE.sub("", text)


# Only these schemes become real links in any output (security: no javascript:, data:, file:).
SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})


def safe_href(url: str) -> str | None:
    """Return ``url`` if its scheme is one we link to, else None (the text is then shown unlinked)."""
    scheme = urlsplit(url.strip()).scheme.lower()
    return url.strip() if scheme in SAFE_SCHEMES else None


# The longest phone number kept on one line. German numbers with area code and extension are
# 12 to 20 characters ("+49 231 50-123456" is 17); 24 characters of 10 pt table text are about
# 45 mm, so three such cells still fit the 160 mm print line side by side.
_UNBROKEN_PHONE_MAX = 24


def phone_class(number: str) -> str:
    """Return the classes of a phone number's element: ``phone``, plus ``unbroken`` when it is kept whole.

    DIN 5008 groups a number with spaces but never breaks it across lines: "0231" at a line end and
    "50-12345" on the next is read (and dialled) as two numbers. A number longer than any line could
    hold stays breakable, so it never runs off the page (print.css, issue 15 #9).
    """
    if len(number) <= _UNBROKEN_PHONE_MAX:
        return "phone unbroken"
    return "phone"


def tel_href(number: str, tel: str | None, language: str) -> str | None:
    """Return a ``tel:`` URI (RFC 3966 characters only) for a phone number, or None if it is not dialable.

    ``tel`` is the parser's dialable form; without it the number is derived the parser's way, which
    drops trunk zeros ("+49 (0)30" dials +4930); the digits as written are only the fallback.
    """
    from pressconv.phones import phone_tel

    raw = tel or phone_tel(number, language) or number
    digits = re.sub(r"[^0-9+]", "", raw)
    # RFC 3966 global numbers have one "+", in front.
    digits = digits[0] + digits[1:].replace("+", "") if digits else digits
    if sum(ch.isdigit() for ch in digits) < 5:
        return None
    return "tel:" + digits


def link_description(url: str, text: str, language: str) -> str:
    """Return readable link text for a link whose text is a bare URL (WCAG 2.4.4 Link Purpose).

    A screen reader reading ``www.dortmund.de/de/leben_in_dortmund/…?nid=548121`` letter by letter
    helps nobody; the host name tells where the link goes. Links with real text keep that text.
    """
    stripped = text.strip()
    looks_like_url = stripped.startswith(("http://", "https://", "www.")) or stripped == url
    if not looks_like_url:
        return stripped
    host = urlsplit(url if "://" in url else "https://" + url).hostname or stripped
    host = host.removeprefix("www.")
    path = urlsplit(url if "://" in url else "https://" + url).path.strip("/")
    if language.lower().startswith("de"):
        return f"Website {host}" if not path else f"Seite auf {host}"
    return f"{host} website" if not path else f"Page on {host}"
