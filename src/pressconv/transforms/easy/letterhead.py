"""A letterhead above a release: the sender's name and address lines that a parser may take as the headline."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy.source import SourceSentence

__all__ = ["address_line", "body_headline"]

# A postal address or a site's breadcrumb under the sender's name (DIN 5008 letterhead: "c/o", a street
# with its house number, a postcode; a web page's navigation path "Aktuelles > Pressemitteilungen").
# Such a line says where the sender is, so the line above it names the sender, never the news.
_ADDRESS: Final = re.compile(
    r"^c/o\b"
    r"|\b[A-ZÄÖÜ][\wäöüß\-]*(?:straße|str\.|weg|platz|gasse|allee|ring|damm|graben|ufer|markt)\s+\d+\w?\b"
    r"|(?:^|\s)\d{5}\s+[A-ZÄÖÜ]"
    r"|\S\s+>\s+\S"
)
# Sentence-final punctuation: a headline has none (Duden: no full stop after a headline).
_FINAL: Final = re.compile(r"[.!?:;,]$")
_HEADLINE_WORDS: Final = (3, 16)


def address_line(text: str) -> bool:
    """True for a letterhead's address or a site's breadcrumb ("c/o Muster, Am Weg 7", "Start > Presse")."""
    return bool(_ADDRESS.search(text.strip()))


def body_headline(sentences: Sequence[SourceSentence], head: int) -> str | None:
    """The headline among the first ``head`` sentences of the body, when a letterhead stood above it.

    Web pages set the article's headline as a heading below the site's name; a mailed or typed
    release sets it as the first short line without a full stop below the sender and the date
    (press-release layout: letterhead, date line, headline, lead). A quotation is never one.
    """
    for sentence in sentences[:head]:
        text = sentence.text.strip()
        count = len(text.split())
        if sentence.speech or not _HEADLINE_WORDS[0] <= count <= _HEADLINE_WORDS[1]:
            continue
        if sentence.heading or (sentence.position == 0 and not _FINAL.search(text) and not address_line(text)):
            return text
        return None  # the first sentence of the body is no headline: the lead has begun
    return None
