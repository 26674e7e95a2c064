"""A web page's section label ("Aktuelles aus dem Museum") that a parser took for the release's headline."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

__all__ = ["headline_below", "section_label"]

# Web-page convention: a news page sets the name of its section above the article ("Aktuelles",
# "Neuigkeiten aus dem Rathaus", "Pressemitteilungen der Stadt"); the article's own headline follows.
# Such a label is the same over every article of the section, so it never says what one release is
# about (easy-judging.md item 6: a generic title is a failure). Only the whole line is a label: the
# section word alone, or with the place it comes from ("aus dem …", "der Stadt …"), and no verb.
_SECTION: Final = re.compile(
    r"^(?:Aktuelles|Aktuelle\s+(?:Meldungen|Nachrichten|Informationen|Mitteilungen|Hinweise)|Neuigkeiten|Neues"
    r"|News|Nachrichten|Meldungen|Mitteilungen|Pressemitteilungen|Pressemeldungen|Presseinformationen|Startseite|Home)"
    r"(?:\s+(?:aus|vom|von|der|des|im|in|zum|zur)\s+[^:–|!?]{2,60})?$"
    # "Aus dem Rathaus", "Aus der Verwaltung": the section named by the office its news come from.
    r"|^Aus\s+(?:dem|der)\s+[A-ZÄÖÜ][\wäöüß\-]+$"
)
# A verb form after the label word makes the line a sentence ("Neues entsteht am Markt"): no label.
_VERB_LIKE: Final = re.compile(r"\b(?:ist|sind|wird|werden|hat|haben|gibt|startet|beginnt|entsteht|öffnet)\b")


# A page's publication stamp after the label ("Aktuelle Meldungen Veröffentlicht am 03.02.2027").
_STAMP: Final = re.compile(r"\s+(?:Veröffentlicht|Erstellt|Aktualisiert|Stand|Datum)\b.*$")
# A breadcrumb trail of the site ("Startseite / Bürgerservice / Aktuelle Meldungen", "Home > Presse"):
# the path to the page, which names sections, never the news (web convention: breadcrumb navigation).
_BREADCRUMB: Final = re.compile(r"^(?:Startseite|Home|Sie sind hier:?)\s*[/>›»|]")


def section_label(line: str) -> bool:
    """The line is only the name of a web page's section, or the breadcrumb trail to it, never a headline."""
    text = _STAMP.sub("", re.sub(r"\s+", " ", line.strip().rstrip(".:")))
    if _BREADCRUMB.match(text):
        return True
    return bool(_SECTION.match(text)) and not _VERB_LIKE.search(text)


# A headline is one line of a few words that ends without a full stop (press-release layout); a
# line of a date or a time stamp between the label and the headline is skipped (``junk``).
_HEADLINE_WORDS: Final = (3, 24)


def headline_below(source: str, label: str, junk: Callable[[str], bool]) -> str | None:
    """The first line below the section label that may be the article's headline, else None.

    Every line that is the label is tried: the parsed text may repeat the label above the letterhead
    (front matter), and only the one above the article has the headline below it.
    """
    lines = [line.strip() for line in source.splitlines()]
    for at in (i for i, line in enumerate(lines) if line == label.strip()):
        found = _below(lines[at + 1 : at + 6], junk)
        if found is not None:
            return found
    return None


def _below(lines: list[str], junk: Callable[[str], bool]) -> str | None:
    """The first line of a few words without a full stop after empty, date and stamp lines, else None."""
    for line in lines:
        if not line or junk(line) or re.fullmatch(r"\d{1,2}\.\s*(?:\d{1,2}\.|\w+\s+)\s*\d{2,4}", line):
            continue  # an empty line, a time stamp or a date line ("17. März 2026")
        count = len(line.split())
        if _HEADLINE_WORDS[0] <= count <= _HEADLINE_WORDS[1] and not line.endswith("."):
            return line
        return None
    return None
