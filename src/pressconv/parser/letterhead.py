"""Find the sender's letterhead: the name, department and address lines above the press label."""

from __future__ import annotations

import re
from typing import Final

from pressconv.parser._lazy import lazy_compile
from pressconv.parser.dates import parse_date_line
from pressconv.parser.header import (
    department_name,
    institution_line,
    match_dateline,
    match_embargo,
    match_label,
    match_number,
    name_like,
)
from pressconv.parser.lines import Line
from pressconv.parser.organisation import office_label
from pressconv.parser.reach import POSTCODE, STREET
from pressconv.parser.sentences import ends_in_abbreviation

__all__ = [
    "address_line",
    "contact_item_line",
    "crumb_line",
    "desk_label",
    "desk_line",
    "legal_form_line",
    "letterhead_block",
    "letterhead_lines",
    "names_sender",
    "split_affiliation",
    "split_legal_form",
    "split_translation",
    "strip_department_dashes",
]

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


# A web address, an e-mail address or a phone number, as letterheads print them next to the postal
# address ("www.stadt.example", "presse@stadt.example", "Tel. 01234 567-0").
_CONTACT_ITEM = lazy_compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:Tel(?:efon)?|Fon|Fax|Mobil|Phone)\.?:?\s*\+?\d[\d /()-]{4,}",
    re.IGNORECASE,
)
# Letterheads set the items of the sender's line off with middle dots or bars ("Markt 1 · 12345 Ort ·
# www.ort.example").
_ITEM_SEPARATOR = lazy_compile(r"\s+[·•|]\s+")


def _address_item(text: str) -> bool:
    """True for an item that is an address and nothing else: street and number, postcode and town,
    post box, web or e-mail address, phone number (or several of them set off by commas)."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    return bool(parts) and all(
        STREET.fullmatch(part) or POSTCODE.fullmatch(part) or _POSTBOX.match(part) or _CONTACT_ITEM.fullmatch(part)
        for part in parts
    )


def contact_item_line(text: str) -> bool:
    """True for a letterhead's address line: an address alone, or "·"/"|"-separated items holding one.

    German letterheads print the sender's postal address, web and mail address and phone on a line
    of their own, often with other items of the letterhead between the dots ("Regionalliga · Stadion
    X · Weg 1 · 12345 Ort"). Such a line is never a headline: headlines name no address alone, and
    set no items off by middle dots.
    """
    stripped = text.strip()
    if not stripped or len(stripped) > LETTERHEAD_LINE_MAX:
        return False
    items = [item for item in _ITEM_SEPARATOR.split(stripped) if item]
    if len(items) == 1:
        return _address_item(stripped)
    return any(_address_item(item) or address_line(item) for item in items)


# Legal forms of German bodies, printed under or after the sender's name ("Anstalt des öffentlichen
# Rechts", "Körperschaft des öffentlichen Rechts", "e. V.", "gGmbH"): they say what kind of body the
# sender is, never what a release is about.
_LEGAL_FORM = (
    r"(?:(?:rechtsfähige\s+|gemeinnützige\s+)?(?:Anstalt|Körperschaft|Stiftung)\s+(?:des\s+)?"
    r"(?:öffentlichen|bürgerlichen|privaten)\s+Rechts|eingetragener\s+Verein|gemeinnützige\s+GmbH|"
    r"e\.\s?V\.|g?GmbH|gAG|AG|eG|mbH|KdöR|AöR|GbR)"
)
_LEGAL_FORM_LINE = lazy_compile(r"[(,]?\s*" + _LEGAL_FORM + r"\s*[),]?")
_WITH_LEGAL_FORM = lazy_compile(r"(?P<name>\S.*?)\s+[–—|·-]\s+(?P<form>" + _LEGAL_FORM + r")")


def legal_form_line(text: str) -> bool:
    """True for a line that is a legal-form descriptor alone ("Körperschaft des öffentlichen Rechts")."""
    return _LEGAL_FORM_LINE.fullmatch(text.strip()) is not None


def split_legal_form(text: str) -> tuple[str, str] | None:
    """ "Werk X – Anstalt des öffentlichen Rechts" -> ("Werk X", "Anstalt des öffentlichen Rechts");
    None for any other line (the name must be written like a name)."""
    stripped = text.strip()
    if len(stripped) > LETTERHEAD_LINE_MAX:
        return None  # a letterhead line is short; and the lazy name before "\s+" is quadratic on a long run
    match = _WITH_LEGAL_FORM.fullmatch(stripped)
    if match is None or not name_like(match.group("name"), max_words=LETTERHEAD_WORDS_MAX):
        return None
    return match.group("name"), match.group("form")


# A subsidiary or member names the body it belongs to after its own name ("X GmbH – ein Unternehmen
# der Stadtwerke Y", "Z e. V. – Mitglied im Paritätischen", "X Ltd – a subsidiary of Y plc"): the
# affiliation line of group letterheads. Its nouns are those of corporate and association structure.
_AFFILIATION = lazy_compile(
    r"(?P<name>\S.*?)\s+[–—|·-]\s+(?P<link>(?:(?:ein|eine|einer|a|an)\s+)?(?:(?:[Tt]ochter)?[Uu]nternehmen|"
    r"[Tt]ochter(?:gesellschaft)?|[Ee]inrichtung|[Mm]arke|[Gg]esellschaft|[Mm]itglied|[Bb]etrieb|[Bb]eteiligung|"
    r"company|subsidiary|member|division|brand|part)\s+(?:der|des|von|im|in der|of|within)\s+\S.*)"
)


def split_affiliation(text: str) -> tuple[str, str] | None:
    """ "X GmbH – ein Unternehmen der Y" -> ("X GmbH", "ein Unternehmen der Y"); None for other lines."""
    stripped = text.strip()
    if len(stripped) > LETTERHEAD_LINE_MAX:
        return None
    match = _AFFILIATION.fullmatch(stripped)
    if match is None or not name_like(match.group("name"), max_words=LETTERHEAD_WORDS_MAX):
        return None
    if not name_like(re.sub(r"^\S+\s+\S+\s+\S+\s+", "", match.group("link")), max_words=LETTERHEAD_WORDS_MAX):
        return None  # what follows "ein Unternehmen der" is the group's name, not a statement
    return match.group("name"), match.group("link")


def _label_line(text: str) -> bool:
    """A press label alone or with its number, date, embargo or issuer ("Presseinformation Nr. 41/2026")."""
    if text.strip().lower() == "presse":
        return False  # a bare "Presse" is a web menu's item as often as a desk's label: only with items
    label = match_label(text)
    return label is not None and label.title is None


def desk_label(text: str) -> bool:
    """True for the bare desk label "Presse" (the press office's heading in a letterhead)."""
    return text.strip().lower() == "presse"


def _desk_label_apart(lines: list[Line], index: int) -> bool:
    """A bare "Presse" set apart by blank lines below letterhead lines: the letterhead's desk label.

    In a web menu "Presse" stands in a run of other link labels; under a sender's name, alone
    between blank lines, it heads the release as "Pressemitteilung" would.
    """
    before = index == 0 or lines[index - 1].blank
    after = index + 1 >= len(lines) or lines[index + 1].blank
    return desk_label(lines[index].text) and before and after


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


def names_sender(text: str) -> bool:
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
    stated: int | None = None  # where the first line that says something (a headline) stands in found
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        if _label_line(text) or (found and _desk_label_apart(lines, index)):
            label = match_label(text)
            # A label that names its issuer itself ("Pressemitteilung zu …, 17.03.2022, Partei X")
            # needs no letterhead: the line above it is the headline, as such senders print it.
            # An issuing unit after the label's date ("Medienmitteilung vom … – Fachbereich X") is a
            # department of the sender named in the letterhead above: the letterhead stays.
            named = label is not None and label.issuer is not None and not department_name(label.issuer)
            if named:
                return []
            if _text_follows(lines, index):
                # Sender, headline (and subtitle), then the label and the text: some offices print the
                # label under the headline. With no headline below the label, the line under the
                # sender's name that says something (a verb after a noun) is the headline, no motto;
                # else the last line under the name that names no body, no office and no address
                # ("Bürgerabend zum neuen Bauland") is.
                if stated is None:
                    stated = next(
                        (
                            position
                            for position in range(len(found) - 1, 0, -1)
                            if _topic_line(lines[found[position]].text.strip())
                        ),
                        None,
                    )
                return found[:stated] if stated is not None else found
            return found
        if len(found) >= LETTERHEAD_LINES_MAX or _head_item(text) or not _short_unpunctuated(text):
            return []
        if not found and not names_sender(text):
            return []
        if re.match(r"[a-zäöüß]", text) and not found:
            return []
        if found and stated is None and not _plain_letterhead_item(text) and not _MOTTO.search(text):
            stated = len(found)
        found.append(index)
    return []


# A motto speaks to or for people ("Wir sind für Sie da", "Ihr Partner in der Region"); a headline of a
# release names its news in the third person.
_MOTTO = lazy_compile(r"\b(?:[Ww]ir|[Uu]ns|[Uu]nser\w*|Sie|Ihr\w*|[Dd]u|[Dd]ein\w*|[Ee]uch|[Ee]uer\w*)\b")


def _topic_line(text: str) -> bool:
    """A letterhead-shaped line that names a topic: no body, office, department, address or motto."""
    bare = strip_department_dashes(text)
    return not (
        institution_line(bare)
        or address_line(bare)
        or contact_item_line(bare)
        or legal_form_line(bare)
        or office_label(bare)
        or department_name(bare)
        or _MOTTO.search(bare)
    ) and any(word[:1].islower() for word in bare.split())


def _plain_letterhead_item(text: str) -> bool:
    """True for a line a letterhead holds: a name, department, address, contact item or legal form."""
    bare = strip_department_dashes(text)
    return (
        _written_as_name(bare)
        or address_line(bare)
        or contact_item_line(bare)
        or legal_form_line(bare)
        or office_label(bare)
        or department_name(bare)
    )


_COLON_TEXT_WORDS_MIN = 8


def _text_follows(lines: list[Line], index: int) -> bool:
    """True if the text under the label at ``index`` starts with a paragraph, past any date line."""
    for line in lines[index + 1 : index + 8]:
        text = line.text.strip()
        if not text or parse_date_line(text) is not None:
            continue
        # A sentence, or an invitation's first clause that ends in a colon ("… lädt zu einem Abend ein:").
        sentence_colon = text.endswith(":") and len(text.split()) >= _COLON_TEXT_WORDS_MIN
        return len(text) > LETTERHEAD_LINE_MAX or sentence_colon or (text.endswith(".") and not ends_in_abbreviation(text))
    return False


# A web page's breadcrumb shows the path to the article with arrows ("Aktuelles › Meldungen › X"):
# the arrows of the breadcrumb pattern (WAI-ARIA APG), never used between the words of a headline.
_CRUMB_ARROWS = lazy_compile(r"\s[›»>]\s")
# The items of a department line ("Qualitätsmanagement / Unternehmenskommunikation", "Presse · Medien").
_UNIT_SEPARATOR = lazy_compile(r"\s[/·|]\s")


def crumb_line(text: str) -> bool:
    """True for a breadcrumb of three or more short steps set off by arrows."""
    parts = _CRUMB_ARROWS.split(text)
    return len(parts) >= 3 and all(0 < len(part.split()) <= 4 for part in parts)


# The breadcrumb of a press portal or news room starts with its section, not the site's name
# ("Meldungen › Amt für Verkehr"): the "›" or "»" arrows alone mark it (no headline sets them
# between its words), so two steps suffice. A spaced ">" is the same arrow typed in ASCII, as pages
# copied to plain text render it ("Aktuelles > Einsätze").
_PORTAL_ARROWS = lazy_compile(r"\s[›»>]\s")
_PORTAL_STEP_WORDS_MAX = 5
_PORTAL_CRUMB_MAX = 200


def arrow_breadcrumb(text: str) -> list[str] | None:
    """The steps of a breadcrumb of two or more short steps set off by "›" or "»", or None."""
    if len(text) > _PORTAL_CRUMB_MAX:
        return None  # before the split: the page's breadcrumb is one short line
    parts = [part.strip() for part in _PORTAL_ARROWS.split(text.strip())]
    if len(parts) < 2 or not all(0 < len(part.split()) <= _PORTAL_STEP_WORDS_MAX for part in parts):
        return None
    return parts


def desk_line(text: str) -> bool:
    """True for a department line under the name: a press desk, an issuing unit, or units set off by
    slashes with a press desk among them ("Controlling / Unternehmenskommunikation")."""
    if office_label(text) or department_name(text):
        return True
    units = [unit.strip() for unit in _UNIT_SEPARATOR.split(text)]
    return (
        len(units) >= 2 and any(office_label(unit) for unit in units) and all(name_like(unit, max_words=4) for unit in units)
    )


def letterhead_block(lines: list[Line], index: int) -> list[int]:
    """Indexes of a letterhead block at ``index`` with no press label below it ([] if there is none).

    Many senders set no label at all: the page or the letter opens with the sender's name and,
    on the next lines of the same block, its department, address or the page's breadcrumb
    ("Stadtwerke X GmbH" / "Am Markt 1 · 12345 X" / "Unternehmenskommunikation"; "Verband X" /
    "Aktuelles › Meldungen › Y"; "Hochschule X" / "Referat Presse und Kommunikation"). A name line
    over such a line is the sender, never the headline: a headline is not followed by an address,
    a desk or a breadcrumb. The block ends at a blank line, and a head line must follow it.
    """
    first = lines[index].text.strip()
    if not _short_unpunctuated(first) or _head_item(first) or not names_sender(first):
        return []
    block = [index]
    probe = index + 1
    while probe < len(lines) and not lines[probe].blank and len(block) < LETTERHEAD_LINES_MAX:
        text = lines[probe].text.strip()
        if len(text) > LETTERHEAD_LINE_MAX:
            return []
        if not (
            address_line(text) or contact_item_line(text) or desk_line(text) or legal_form_line(text) or crumb_line(text)
        ):
            return []
        block.append(probe)
        probe += 1
    if len(block) < 2 or probe >= len(lines):
        return []
    rest = next((line for line in lines[probe:] if not line.blank), None)
    return block if rest is not None else []


# German universities, institutes and agencies print their name in English next to the German one
# ("Hochschule X – University of Applied Sciences", "Landesamt Y / State Office for Z"): the second
# name is the same sender in another language, opened by an English institution noun.
_TRANSLATION = lazy_compile(
    r"(?P<name>[^–—/|]{3,80}?)\s[–—/|]\s(?P<english>(?:The\s)?(?:University|College|Institute|Academy|School|"
    r"State Office|Federal Office|Office|Ministry|Agency|Department|Foundation|Centre|Center)\b[^–—/|]{0,80})"
)


def split_translation(text: str) -> tuple[str, str] | None:
    """ "Hochschule X – University of Applied Sciences" -> ("Hochschule X", "University of …"); else None."""
    stripped = text.strip()
    if len(stripped) > LETTERHEAD_LINE_MAX:
        return None
    match = _TRANSLATION.fullmatch(stripped)
    if match is None or not names_sender(match.group("name")) or not name_like(match.group("english"), max_words=8):
        return None
    return match.group("name").strip(), match.group("english").strip()
