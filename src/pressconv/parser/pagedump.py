"""Find the release inside a copied web page: menus, furniture sections and repeated headlines go."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from pressconv.parser._lazy import lazy_compile
from pressconv.parser.contacts import match_section_heading
from pressconv.parser.dates import parse_date_line
from pressconv.parser.header import institution_line, match_kicker, match_number
from pressconv.parser.limits import (
    BODY_SENTENCE_WORDS_MIN,
    BOX_HEADING_MAX,
    DEBRIS_LINE_MAX,
    HEADING_SHORT_MAX,
    HEADING_SHORT_WORDS_MAX,
    LANGUAGE_LIST_MAX,
    LINK_TITLE_WORDS_MAX,
    MENU_DIGITS_MAX,
    MENU_LABEL_MAX,
    MENU_LABEL_WORDS_MAX,
    MENU_RUN_INSIDE_MIN,
    MENU_RUN_LONG,
    MENU_RUN_MIN,
    MENU_RUN_STRICT_MIN,
    PAGE_DUMP_LINES_MIN,
    PAGE_TITLE_MAX,
    RECORD_OPENER_LINE_MAX,
    SHORT_LINE_MAX,
    TOPIC_TAGS_MAX,
)
from pressconv.parser.residue import residue_reason

__all__ = ["breadcrumb_after_name", "page_residue", "site_title_suffix"]

_LINK = lazy_compile(r"!?\[([^\]\n]{0,200})\]\([^)\s]{0,2000}\)")
_IMAGE_ONLY = lazy_compile(r"(\s*!\[[^\]\n]{0,200}\]\([^)\s]{0,2000}\))+\s*")
_MARKS = lazy_compile(r"^(?:#{1,6}\s+|[*•·\-–]\s+)")
# An enumerator ("1)", "2.", "10)") numbers the items of a release's own list: page menus are bullet or
# link lists and never count their entries, so a numbered line without a link is not a menu label.
_ENUMERATOR = lazy_compile(r"^\d{1,3}[.)]\s+\S")
_SENTENCE_END = lazy_compile(r"[.!?…][\"”“»«’)]?(?:\s|$)")
_FINAL_PUNCT = lazy_compile(r"[.!?;,…][\"”“»«’)]?[_*]*$")
_DIGIT = lazy_compile(r"\d")
_URL = lazy_compile(r"https?://|www\.", re.IGNORECASE)
_LONG = DEBRIS_LINE_MAX  # a longer line is text, whatever else it holds


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Entries every site menu and footer carries (CMS defaults, English and German). A menu block is
# found by its shape (a run of short link labels); these words only confirm a short run.
_NAV_WORDS = _words(
    "home startseite homepage menu menü navigation search suche login anmelden abmelden registrieren "
    "register kontakt contact impressum imprint datenschutz privacy sitemap accessibility "
    "barrierefreiheit news aktuelles presse press newsroom pressemitteilungen pressemeldungen about "
    "services service blog faq hilfe help newsletter rss facebook twitter x linkedin instagram "
    "youtube xing whatsapp flickr pinterest snapchat reddit tiktok mastodon bluesky google+ downloads "
    "mediathek multimedia events veranstaltungen termine overview übersicht karriere careers jobs "
    "apps shop"
)
_NAV_PHRASES = frozenset(
    [
        "about us",
        "über uns",
        "contact us",
        "log in",
        "sign in",
        "sign up",
        "press room",
        "press releases",
        "follow us",
        "folgen sie uns",
        "all news",
        "alle meldungen",
        "zurück",
        "back",
    ]
)
# Names languages give themselves (endonyms), as language menus list them ("DE - Deutsch",
# "Deutsch | English"); the EU's 24 official languages plus other widespread ones.
_LANGUAGE_NAMES = _words(
    "deutsch english français español italiano nederlands polski português dansk svenska suomi türkçe "
    "čeština magyar română български ελληνικά eesti latviešu lietuvių malti gaeilge hrvatski "
    "slovenčina slovenščina norsk íslenska русский українська srpski shqip català euskara galego 日本語 "
    "中文 한국어 العربية עברית فارسی हिन्दी"
)
_LANGUAGE_CODE = lazy_compile(r"^[A-Za-z]{2}(?:-[A-Za-z]{2})?\s*[-–|:]\s*")

# Headings of sections that news and wire pages add around a release and that the sender did not
# write: Business Wire's summary box, tag and profile lists, "related" teasers (EN/DE).
_FURNITURE_HEADING = lazy_compile(
    r"(release summary|social media profiles?|site navigation|related (links|news|articles|stories|"
    r"topics|content|releases|posts)|more (news|stories|releases) from .{1,40}|more from .{1,40}|"
    r"tags|schlagwörter|schlagworte|das könnte sie auch interessieren|"
    r"weitere (meldungen|artikel|nachrichten|pressemitteilungen)|ähnliche (artikel|meldungen)|"
    r"you (may|might) also like|recommended( for you)?|empfohlene artikel|lesen sie auch|read also|"
    # Presseportal's tag boxes under every ots release.
    r"(orte|themen) in dieser (meldung|pressemitteilung)|weitere meldungen.{0,60}|alle meldungen.{0,60})",
    re.IGNORECASE,
)
# "Further information" above link titles whose URLs the copy lost (only in a page dump: in a plain
# release the same heading introduces real text).
_LINKS_HEADING = lazy_compile(
    r"(further information|more information|useful links|links|see also|"
    r"weitere informationen|weiterführende links|mehr zum thema)",
    re.IGNORECASE,
)


def _without_front_matter(texts: list[str], skip: list[bool]) -> list[bool]:
    """Leave a YAML/TOML front matter block (``---`` or ``+++`` fenced) to the Markdown reader."""
    first = next((index for index, text in enumerate(texts) if text.strip()), None)
    if first is None or texts[first].strip() not in ("---", "+++"):
        return skip
    fence = texts[first].strip()
    for index in range(first + 1, len(texts)):
        if texts[index].strip() == fence:
            return [flag or index_ <= index for index_, flag in enumerate(skip)]
    return skip


@lru_cache(maxsize=16384)
def _plain(text: str) -> str:
    """The visible words of a line: Markdown links reduced to their labels, marks stripped."""
    if len(text) > _LONG:
        return text.strip()  # a paragraph, never a label: spare the link scan
    text = _LINK.sub(lambda m: m.group(1), text.strip())
    return _MARKS.sub("", text).strip()


def _is_prose(text: str) -> bool:
    """A line that holds a sentence: the release's text, never a menu."""
    words = text.split()
    return len(words) >= BODY_SENTENCE_WORDS_MIN and bool(_SENTENCE_END.search(text))


@lru_cache(maxsize=16384)
def _kind(text: str) -> str:
    """'S' strict label, 'L' loose label, 'T' transparent (codes, images), 'B' breaks a menu run."""
    if len(text) > _LONG:
        return "B"
    if _IMAGE_ONLY.fullmatch(text):
        return "T"
    plain = _plain(text)
    if not plain:
        return "T"
    words = plain.split()
    digits = len(_DIGIT.findall(plain))
    if len(words) == 1 and digits and len(plain) <= 30 and not re.fullmatch(r"[\d+()/.-]+", plain):
        return "T"  # a reference code ("20230310IPR77232") between menu entries
    if plain.startswith("<") or plain.endswith(">"):
        return "B"  # HTML markup lines are the Markdown reader's
    if (
        "@" in plain
        or digits > MENU_DIGITS_MAX
        or _FINAL_PUNCT.search(plain)
        or parse_date_line(plain)
        or match_kicker(plain)
    ):
        return "B"  # contact data, sentences, dates and "Pressemitteilung" belong to the release
    if len(words) <= MENU_LABEL_WORDS_MAX and len(plain) <= MENU_LABEL_MAX:
        # A bullet without a link is a list item of the release; menus are links or bare labels.
        stripped = text.strip()
        bullet = (_MARKS.match(stripped) is not None and not stripped.startswith("#")) or bool(_ENUMERATOR.match(stripped))
        return "L" if bullet and not _LINK.search(text) and plain.lower() not in _NAV_WORDS else "S"
    if len(words) <= HEADING_SHORT_WORDS_MAX and len(plain) <= HEADING_SHORT_MAX:
        return "L"
    return "B"


def _is_language_menu(plain: str) -> bool:
    """'DE - Deutsch', 'FR - français', 'Deutsch | English | Français': a list of language names."""
    rest = _LANGUAGE_CODE.sub("", plain).lower()
    words = [w for w in re.split(r"[\s|/·•,]+", rest) if w]
    if not words or len(words) > LANGUAGE_LIST_MAX:
        return False
    if _LANGUAGE_CODE.match(plain):
        return words[0] in _LANGUAGE_NAMES
    return len(words) >= 2 and all(word in _LANGUAGE_NAMES for word in words)


def _is_menu_line(plain: str) -> bool:
    """'Impressum | Datenschutz | Kontakt': a footer or menu bar flattened into one line."""
    if plain.startswith("|") or len(plain) > SHORT_LINE_MAX:
        return False  # a Markdown table row starts with a bar
    segments = [segment.strip().lower() for segment in re.split(r"\s[|·•]\s", plain)]
    if len(segments) < 2 or not all(0 < len(segment.split()) <= 3 for segment in segments):
        return False
    if any(parse_date_line(segment) is not None for segment in segments):
        return False  # "Presse | 12.03.2026 | Kategorie: X": the article's meta row, its date the release's
    menu = sum(
        1
        for segment in segments
        if segment in _NAV_WORDS or segment in _NAV_PHRASES or segment in _LANGUAGE_NAMES or residue_reason(segment)
    )
    # Two entries must both be menu words ("Privacy Policy | Terms of Use"); longer bars half of them.
    return menu == len(segments) if len(segments) == 2 else menu * 2 >= len(segments)


_CRUMB_SEPARATOR = lazy_compile(r"\s+[|>›»]\s+")


def breadcrumb_after_name(text: str) -> tuple[str, str] | None:
    """Split "Stadt X | Bürger & Verwaltung | Aktuelles" into the site's name and its breadcrumb.

    A CMS page copied from its top starts with the site's name and the path to the article, the
    last step a news section of the site ("Aktuelles", "Presse", "News"): the name is the sender's,
    the path is navigation. None unless the line has that shape.
    """
    if len(text) > SHORT_LINE_MAX:
        return None  # before the split: "\s+[|>]" backtracks quadratically over a long run of spaces
    parts = [part.strip() for part in _CRUMB_SEPARATOR.split(text.strip())]
    if len(parts) < 2 or not all(0 < len(part.split()) <= 4 for part in parts):
        return None
    last = parts[-1].lower()
    first = parts[0].lower()
    if len(parts) == 2 and (first in _NAV_WORDS or first in _NAV_PHRASES) and institution_line(parts[1]):
        # "Presse | Universität X", "Aktuelles | Stadt Y": a page's title as the browser tab shows it
        # (the HTML <title> convention: the page's section first, the site's name last).
        return parts[1], text.strip()[: text.strip().rindex(parts[1])].strip()
    if last not in _NAV_WORDS and last not in _NAV_PHRASES:
        return None
    if len(parts) == 2 and not institution_line(parts[0]):
        return None  # "Neue Radwege | Aktuelles" is a page title: the headline and the site's section
    return parts[0], text.strip()[len(parts[0]) :].strip()


def _nav_signal(text: str, counts: Counter[str], *, repeats: bool = True) -> bool:
    """Evidence that a short line is a menu entry rather than a short line of the release.

    ``repeats``: a label printed twice counts (menus repeat in header and footer) - not for short
    runs, where a contact card printed twice would look the same.
    """
    plain = _plain(text)
    key = plain.lower()
    if key.endswith(":"):
        return False  # "For media:", "Contacts:" introduce what follows; menu entries do not
    if _LINK.fullmatch(text.strip().lstrip("*-• ")):
        return True  # the whole line is one link: a menu entry in a Markdown copy
    if key in _NAV_WORDS or key in _NAV_PHRASES or _is_language_menu(plain) or _is_menu_line(plain):
        return True
    return repeats and counts[key] >= 2  # menus repeat (header and footer, desktop and mobile menu)


def page_residue(texts: list[str], skip: list[bool]) -> dict[int, str]:
    """Indexes of lines that are not part of the release, each with the reason.

    Single lines (``residue_reason``) and page furniture found from several lines. ``skip`` marks
    lines already removed (their indexes are not returned again). Mechanisms: runs of
    short link-label lines (site menus), language menus, sections under furniture headings ("Release
    Summary", "Related links", "#Hashtags"), a headline repeated as page title and breadcrumb, category
    labels between headline and text in such a page, and topic tags closing a page dump.
    """
    found: dict[int, str] = {}
    count = len(texts)
    skip = _without_front_matter(texts, skip)
    per_line = {i: r for i, t in enumerate(texts) if not skip[i] and (r := residue_reason(t))}
    lines_reasons = dict(per_line)
    counts = Counter(_plain(t).lower() for t in texts if t.strip() and len(t) <= _LONG)
    prose = [i for i, t in enumerate(texts) if not skip[i] and i not in per_line and _is_prose(t)]
    first_prose = prose[0] if prose else count
    last_prose = prose[-1] if prose else -1

    for index, text in enumerate(texts):
        if not skip[index] and index not in per_line and _is_menu_line(_plain(text)):
            per_line[index] = found[index] = "web-page navigation (menu bar in one line)"
    headline, copies = _repeated_headline(texts, skip, per_line, first_prose)
    for index in copies:
        found[index] = "headline repeated as page title or breadcrumb"
    breaks = set(copies) | ({headline} if headline is not None else set())
    _menu_runs(texts, skip, per_line, counts, first_prose, last_prose, breaks, found)
    _furniture_sections(texts, skip, per_line, found)
    # A page dump: the copy dragged along a menu or several lines of page furniture.
    dump = len(found) + len(per_line) >= PAGE_DUMP_LINES_MIN
    if dump:
        _lost_link_lists(texts, skip, per_line, found)
        if headline is not None:
            _page_head(texts, skip, per_line, found, headline, first_prose)
    _topic_tags(texts, skip, per_line, found)
    _repeated_blocks(texts, skip, per_line, found)
    _record_fields(texts, skip, per_line, found)
    return {**lines_reasons, **found}


_FIELD = lazy_compile(r"(?P<key>[A-Za-zÄÖÜäöü][\w ]{0,20}):\s+\S.{0,200}")
_RELEASE_FIELDS = lazy_compile(r"(title|titel|date|datum|author|autor|by|source|quelle|url|link|place|ort)", re.IGNORECASE)


def _record_fields(texts: list[str], skip: list[bool], per_line: dict[int, str], found: dict[int, str]) -> None:
    # Scraped records start with "Key: value" fields and open the text with a lone "Content:" line.
    # Title, date, author and source belong to the release's head; other fields ("PR Tag:",
    # "Category:") describe the archive.
    opener = next((i for i, reason in sorted(per_line.items()) if reason == "field label of a scraped record"), None)
    if opener is None or opener > RECORD_OPENER_LINE_MAX:
        return
    fields = [i for i in range(opener) if texts[i].strip() and not skip[i]]
    if not fields or not all(_FIELD.fullmatch(texts[i].strip()) for i in fields):
        return
    for index in fields:
        match = _FIELD.fullmatch(texts[index].strip())
        if match and not _RELEASE_FIELDS.fullmatch(match.group("key").strip()) and index not in per_line:
            found[index] = "field of a scraped record (the archive's, not the release's)"


def _repeated_blocks(texts: list[str], skip: list[bool], per_line: dict[int, str], found: dict[int, str]) -> None:
    # Wire pages print the contact box twice (in the text and in a sidebar): a block of two or more
    # lines that repeats an earlier block word for word is the page's copy; so is a heading line
    # ("## Contacts") repeated right above it.
    blocks: list[list[int]] = []
    current: list[int] = []
    for index, text in enumerate([*texts, ""]):
        if text.strip() and index < len(texts) and not skip[index] and index not in per_line and index not in found:
            current.append(index)
        elif current:
            blocks.append(current)
            current = []
    seen: set[str] = set()
    previous: list[int] = []
    for block in blocks:
        key = "\n".join(" ".join(texts[index].split()) for index in block)
        if len(block) >= 2 and len(key) >= 20 and key in seen:
            for index in block:
                found[index] = "block repeated from above (page copy of the same box)"
            if len(previous) == 1 and previous[0] < block[0]:
                heading = " ".join(texts[previous[0]].split())
                if heading in seen and len(heading) <= BOX_HEADING_MAX:
                    found[previous[0]] = "block repeated from above (page copy of the same box)"
        seen.add(key)
        previous = block


def _menu_runs(
    texts: list[str],
    skip: list[bool],
    per_line: dict[int, str],
    counts: Counter[str],
    first_prose: int,
    last_prose: int,
    breaks: set[int],
    found: dict[int, str],
) -> None:
    # Convention of every web page: navigation is a run of short link labels without sentences,
    # blank lines between them do not matter. A run of a release (a list of names, a contact card)
    # is short, carries digits/@, or sits between paragraphs without any menu evidence.
    run: list[tuple[int, str]] = []
    for index in range(len(texts) + 1):
        if index < len(texts):
            text = texts[index]
            if skip[index] or not text.strip():
                continue
            kind = "B" if index in breaks or _contact_box(texts, index) else "P" if index in per_line else _kind(text)
            if kind == "L" and index < first_prose and not _nav_signal(text, counts):
                kind = "B"  # above the text a longer line without menu evidence is the headline
            if kind != "B":
                run.append((index, kind))
                continue
        _judge_run(run, texts, counts, first_prose, last_prose, per_line, found)
        run = []


_CONTACT_DATA = lazy_compile(r"@|\d[\d ()/.+-]{5,}\d")


def _contact_box(texts: list[str], index: int) -> bool:
    """A contact heading ("## Contacts", "Pressekontakt") with e-mail or phone below: the release's box."""
    text = texts[index]
    if len(text) > BOX_HEADING_MAX or not (start := match_section_heading(_plain(text))) or start.kind != "contact":
        return False
    following = [line for line in texts[index + 1 : index + 30] if line.strip()][:6]
    return any(_CONTACT_DATA.search(line) and not parse_date_line(line.strip()) for line in following)


def _judge_run(
    run: list[tuple[int, str]],
    texts: list[str],
    counts: Counter[str],
    first_prose: int,
    last_prose: int,
    per_line: dict[int, str],
    found: dict[int, str],
) -> None:
    # Loose (longer) lines and transparent ones only count inside a run: trim them from both ends.
    # Lines already known as page debris ("P": "Suche", "Impressum") count as menu entries.
    while run and run[0][1] not in ("S", "P"):
        run.pop(0)
    while run and run[-1][1] not in ("S", "P"):
        run.pop()
    members = [index for index, kind in run if kind in ("S", "P")]
    strict = [index for index, kind in run if kind == "S"]
    if len(members) < MENU_RUN_MIN or len(strict) < MENU_RUN_STRICT_MIN:
        return
    long_run = len(members) >= MENU_RUN_LONG
    signals = len(members) - len(strict)
    signals += sum(1 for index in strict if _nav_signal(texts[index], counts, repeats=long_run))
    inside = first_prose < run[0][0] and run[-1][0] < last_prose
    before = next((texts[i].strip() for i in range(run[0][0] - 1, -1, -1) if texts[i].strip()), "")
    if (before.endswith(":") or texts[run[0][0]].strip().endswith(":")) and signals * 2 < len(members):
        return  # "Mit dabei sind:" and the names after it: a list the release announces
    # Between paragraphs a run needs to be long and carry menu evidence; around the text either.
    needed = (
        len(members) >= MENU_RUN_INSIDE_MIN and signals * 3 >= len(members)
        if inside
        else long_run or signals * 2 >= len(members)
    )
    if not needed:
        return
    last = run[-1][0]
    if last < first_prose and last not in per_line and not _nav_signal(texts[last], counts):
        # A menu right above the release: its last line may be a short headline - one of three
        # words or more, or any line followed by the date or the text.
        after = next((texts[i] for i in range(last + 1, len(texts)) if texts[i].strip()), "")
        if len(_plain(texts[last]).split()) >= 3 or parse_date_line(after.strip()) or _is_prose(after):
            run.pop()
    for index, _ in run:
        if index not in per_line:
            found[index] = (
                "language menu of the web page"
                if _is_language_menu(_plain(texts[index]))
                else "web-page navigation (menu of short link labels)"
            )


def _furniture_sections(texts: list[str], skip: list[bool], per_line: dict[int, str], found: dict[int, str]) -> None:
    for index, text in enumerate(texts):
        if skip[index] or index in found:
            continue  # a heading inside a section already found: the scan would repeat (quadratic)
        heading = _plain(text).rstrip(":").strip()
        if not _FURNITURE_HEADING.fullmatch(heading):
            continue
        if not (text.lstrip().startswith("#") or _is_standalone(texts, index)):
            continue
        found.setdefault(index, "web-page section not written by the sender (heading)")
        # The section runs to the next Markdown heading: over a list of short labels, or over one
        # paragraph (Business Wire's "Release Summary"). Under a Markdown heading, teasers with
        # their own lower-level headings ("### [Title](url)" + blurb) belong to it as well.
        level = _heading_level(text)
        nested = listing = paragraph = False
        for follow in range(index + 1, len(texts)):
            line = texts[follow].strip()
            if not line:
                if paragraph and not nested:
                    break
                continue
            if line.startswith("#") and not line.lstrip("#").strip().startswith(("#", "$")):
                if not level or _heading_level(line) <= level:
                    break
                nested = True
            elif skip[follow]:
                continue
            else:
                short = follow in per_line or _kind(line) in ("S", "T")
                if not short and listing and not nested:
                    break  # text after the list belongs to the release again
                listing, paragraph = listing or short, paragraph or not short
            if follow not in per_line:
                found.setdefault(follow, "web-page section not written by the sender")


def _heading_level(text: str) -> int:
    """Level of a Markdown ATX heading ("### x" -> 3), 0 for other lines."""
    stripped = text.lstrip()
    level = len(stripped) - len(stripped.lstrip("#"))
    return level if 0 < level <= 6 and stripped[level : level + 1] == " " else 0


def _is_standalone(texts: list[str], index: int) -> bool:
    before = index == 0 or not texts[index - 1].strip()
    after = index + 1 >= len(texts) or not texts[index + 1].strip()
    return before or after


def _lost_link_lists(texts: list[str], skip: list[bool], per_line: dict[int, str], found: dict[int, str]) -> None:
    # In a page dump, "Further information" above lines without URL and without sentence end are the
    # titles of links whose addresses the copy lost.
    for index, text in enumerate(texts):
        if skip[index] or index in found or index in per_line:
            continue
        if not _LINKS_HEADING.fullmatch(_plain(text).rstrip(":").strip()):
            continue
        titles: list[int] = []
        for follow in range(index + 1, len(texts)):
            line = texts[follow].strip()
            if not line or skip[follow] or follow in per_line:
                continue
            if follow in found or _URL.search(line) or "@" in line or _FINAL_PUNCT.search(line):
                break
            if len(line.split()) > LINK_TITLE_WORDS_MAX:
                break
            titles.append(follow)
        if titles:
            found[index] = "heading of links whose addresses were lost when the page was copied"
            for follow in titles:
                found[follow] = "link label whose link was lost when the page was copied"


def _headline_key(text: str) -> str:
    return re.sub(r"\s+", " ", _plain(text)).strip().lower()


def site_title_suffix(text: str) -> tuple[str, str] | None:
    """Split a page title "Headline | Section | Site" into the headline and the site suffix.

    Convention of HTML <title>: the site's name (and section) follow the headline after " | ". The
    suffix segments are short names; the headline is the long first segment.
    """
    if " | " not in text or len(text) > PAGE_TITLE_MAX:
        return None
    parts = text.split(" | ")
    head, tail = parts[0].strip(), [part.strip() for part in parts[1:]]
    if len(head.split()) < 3 or not all(0 < len(part.split()) <= 4 for part in tail):
        return None
    if sum(len(part) for part in tail) >= len(head):
        return None
    return head, " | " + " | ".join(tail)


def _repeated_headline(
    texts: list[str], skip: list[bool], per_line: dict[int, str], first_prose: int
) -> tuple[int | None, list[int]]:
    # A copied page shows its headline two or three times: <title> (often with " | Site"), the
    # breadcrumb's current page and the <h1> above the text. The last one before the text is the
    # headline; the others are page furniture. Menu labels repeat more often than that.
    seen: dict[str, list[int]] = {}
    for index in range(min(first_prose, len(texts))):
        text = texts[index]
        if skip[index] or index in per_line or not text.strip():
            continue
        key = _headline_key(text)
        suffix = site_title_suffix(_plain(text))
        if suffix:
            key = _headline_key(suffix[0])
        if len(key.split()) >= 3 and not _is_prose(text):
            seen.setdefault(key, []).append(index)
    repeated = [indexes for indexes in seen.values() if 2 <= len(indexes) <= 3]
    if not repeated:
        return None, []
    chosen = max(repeated, key=lambda indexes: len(texts[indexes[-1]]))
    return chosen[-1], chosen[:-1]


def _page_head(
    texts: list[str],
    skip: list[bool],
    per_line: dict[int, str],
    found: dict[int, str],
    headline: int,
    first_prose: int,
) -> None:
    # In a page dump, what stands before the headline is page header; short labels between headline
    # and text are the page's category labels ("Press Releases", "Plenary session"). Dates, numbers
    # and kickers stay for the head reader.
    for index in range(first_prose):
        text = texts[index]
        if index == headline or skip[index] or index in per_line or index in found or not text.strip():
            continue
        plain = _plain(text)
        if parse_date_line(plain) or match_number(plain) or match_kicker(plain) or _DIGIT.search(plain):
            continue
        if index < headline:
            found[index] = "web-page header above the headline"
        elif _kind(text) == "S" and len(plain.split()) <= 3:
            found[index] = "category label of the web page"


def _topic_tags(texts: list[str], skip: list[bool], per_line: dict[int, str], found: dict[int, str]) -> None:
    # News sites close a page with its topic tags: a few short capitalised labels, set apart from the
    # text by a wide gap (three or more empty lines), with nothing after them.
    end = len(texts)
    while end > 0 and (not texts[end - 1].strip() or skip[end - 1] or (end - 1) in found):
        end -= 1
    start = end
    while start > 0 and texts[start - 1].strip() and not skip[start - 1]:
        start -= 1
    block = list(range(start, end))
    if not block or len(block) > TOPIC_TAGS_MAX:
        return
    gap = 0
    while start - gap - 1 >= 0 and not texts[start - gap - 1].strip():
        gap += 1
    if gap < 3 or start - gap <= 0:
        return
    for index in block:
        plain = _plain(texts[index])
        if _kind(texts[index]) != "S" or len(plain.split()) > 3 or not plain[:1].isupper() or _DIGIT.search(plain):
            return
    for index in block:
        if index not in per_line:
            found[index] = "topic tags of the web page"
