"""Find the sender's letterhead: the name, department and address lines above the press label."""

from __future__ import annotations

import re
from typing import Final

from pressconv.parser._lazy import lazy_compile
from pressconv.parser.dates import parse_date_line
from pressconv.parser.header import (
    institution_line,
    match_dateline,
    match_embargo,
    match_label,
    match_number,
    name_like,
)
from pressconv.parser.lines import Line
from pressconv.parser.reach import POSTCODE, STREET
from pressconv.parser.sentences import ends_in_abbreviation

__all__ = ["address_line", "letterhead_lines", "strip_department_dashes"]

# A letterhead is a few lines: the sender, a department or two, an address. More lines above the
# label are no letterhead but text (a page, a mail, a headline block).
LETTERHEAD_LINES_MAX: Final = 5
# Names, departments and address lines are short; a longer line is a headline or a sentence.
LETTERHEAD_LINE_MAX: Final = 100
LETTERHEAD_WORDS_MAX: Final = 12

# Departments are set off by dashes on both sides in many German letterheads ("– Pressestelle –",
# "– Abteilung Bodendenkmalpflege –"): the dashes are typography, not part of the name.
_DASHED = lazy_compile(r"[–—-]\s*(?P<name>\S.*?)\s*[–—-]")
# "Am Markt 4 | 12345 Ort", "Postfach 12 34": the sender's postal address in the letterhead.
_POSTBOX = lazy_compile(r"\bPostfach\s+\d")
_DE_POSTCODE = lazy_compile(r"(?<![\d,.])\b\d{5}\s+[A-ZÄÖÜ]")


def strip_department_dashes(text: str) -> str:
    """ "– Abteilung X –" -> "Abteilung X"; other lines unchanged."""
    match = _DASHED.fullmatch(text.strip())
    return match.group("name") if match else text.strip()


def address_line(text: str) -> bool:
    """True for a short line that is (or ends in) a postal address: a street and number, or a postcode."""
    stripped = text.strip()
    if len(stripped.split()) > LETTERHEAD_WORDS_MAX:
        return False
    return bool(STREET.search(stripped) or _DE_POSTCODE.search(stripped) or _POSTBOX.search(stripped)) or bool(
        POSTCODE.fullmatch(stripped)
    )


def _label_line(text: str) -> bool:
    """A press label alone or with its number, date, embargo or issuer ("Presseinformation Nr. 41/2026")."""
    label = match_label(text)
    return label is not None and label.title is None


def _head_item(text: str) -> bool:
    """A date, dateline, embargo or number line: these stand below the letterhead, never in it."""
    return bool(parse_date_line(text) or match_dateline(text, whole_line=True) or match_embargo(text) or match_number(text))


def _short_unpunctuated(text: str) -> bool:
    """A line that is no sentence: short, not closed by a sentence mark (an abbreviation may close it)."""
    if len(text) > LETTERHEAD_LINE_MAX or len(text.split()) > LETTERHEAD_WORDS_MAX or text.startswith("#"):
        return False
    if text.endswith((":", ";", "!", "?", ",")):
        return False
    return not (text.endswith(".") and not ends_in_abbreviation(text))


# Small words inside German names ("Amt für öffentliche Ordnung", "Verband für den Kreis X e.V."):
# after one of them, an adjective in small letters belongs to the name.
_NAME_LINKS = frozenset(
    ("für", "der", "die", "das", "des", "den", "dem", "und", "von", "vom", "zu", "zur", "zum", "im", "am", "an", "in", "bei")
)
_LEGAL_FORM_WORDS = frozenset(("e.", "v.", "e.v.", "ev", "eg", "mbh", "ggmbh", "gmbh", "ag", "kg", "co."))


def _written_as_name(text: str) -> bool:
    """True for a line written like a German name: capitalised words, linked by small words.

    A small word is a link ("für", "den"), a legal form ("e.V.") or an adjective right after a link
    ("für öffentliche Ordnung"); a small word after a noun is a verb ("Stadt ersetzt …"): a headline.
    """
    words = [word.strip("()„“\"',") for word in text.split() if word not in ("|", "–", "—", "-", "/", "·", "&")]
    if not words or (not words[0][:1].isupper() and not words[0][:1].isdigit()):
        return False
    for position, word in enumerate(words):
        if not word or word[0].isupper() or word[0].isdigit():
            continue
        lower = word.lower()
        if lower in _NAME_LINKS or lower in _LEGAL_FORM_WORDS:
            continue
        if position > 0 and words[position - 1].lower() in _NAME_LINKS:
            continue
        return False
    return True


def _names_sender(text: str) -> bool:
    """The first letterhead line names the sender: written like a name, an institution, or in capitals."""
    bare = strip_department_dashes(text)
    letters = [char for char in bare if char.isalpha()]
    capitals = len(letters) >= 2 and all(char.isupper() for char in letters)
    return capitals or _written_as_name(bare) or name_like(bare, max_words=LETTERHEAD_WORDS_MAX) or institution_line(bare)


def letterhead_lines(lines: list[Line]) -> list[int]:
    """Indexes of the letterhead lines above the first press label of the text ([] if there are none).

    German releases print the sender's letterhead (organisation, department, address) above the
    label "Pressemitteilung"; the headline follows the label and its date. The lines above the
    label are a letterhead only if the first names a sender, none is a sentence or a date (a date
    first is the page's or the release's, with the headline below it, as news rooms print it) and
    no more than a letterhead's few lines stand there.
    """
    found: list[int] = []
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        if _label_line(text):
            label = match_label(text)
            # A label that names its issuer itself ("Pressemitteilung zu …, 17.03.2022, Partei X")
            # needs no letterhead: the line above it is the headline, as such senders print it.
            return [] if label is not None and label.issuer else found
        if len(found) >= LETTERHEAD_LINES_MAX or _head_item(text) or not _short_unpunctuated(text):
            return []
        if not found and not _names_sender(text):
            return []
        if re.match(r"[a-zäöüß]", text) and not found:
            return []
        found.append(index)
    return []
