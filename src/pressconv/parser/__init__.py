"""The release parser: text -> lines -> header and body blocks -> inlines -> ``Release``.

``parse_text`` never raises on any string. Every input line ends up in the model or in
``ParseResult.removed`` with a reason; what the parser could not place it reports as a diagnostic.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from pressconv.diagnostics import Diagnostic, RemovedLine
from pressconv.model import Block, Metadata, Paragraph, Release, Section, SourceInfo, Text, block_text
from pressconv.parser import organisation, tail
from pressconv.parser._lazy import lazy_compile
from pressconv.parser.accounting import head_lines_read_as_metadata, text_lost_diagnostic
from pressconv.parser.assemble import Notes, build_blocks, build_section
from pressconv.parser.blocks import (
    Fragment,
    Item,
    RawBlock,
    RawSection,
    function_word,
    group_lines,
    headline_continues,
    photo_credit,
)
from pressconv.parser.contacts import SectionStart, match_section_heading
from pressconv.parser.dates import FoundDate, find_date, impossible_dates, parse_date_line
from pressconv.parser.frontmatter import read_front_matter
from pressconv.parser.header import (
    Dateline,
    Label,
    department_name,
    despace,
    institution_line,
    is_image_line,
    match_dateline,
    match_embargo,
    match_kicker,
    match_label,
    match_number,
    match_place_line,
    match_place_stop,
    match_tag_line,
    name_like,
    title_from_text,
    topic_tags,
)
from pressconv.parser.inlines import build_inlines
from pressconv.parser.language import guess_language
from pressconv.parser.letterhead import (
    address_line,
    arrow_breadcrumb,
    contact_item_line,
    crumb_line,
    desk_label,
    legal_form_line,
    letterhead_block,
    letterhead_lines,
    names_sender,
    split_affiliation,
    split_legal_form,
    split_translation,
    strip_department_dashes,
)
from pressconv.parser.limits import (
    BODY_SENTENCE_WORDS_MIN,
    CAPS_HEADING_MAX,
    ENGLISH_HEADLINE_WORDS_MIN,
    FLATTENED_BODY_MIN,
    HEAD_LINE_MAX,
    HEADING_FOLLOWER_MIN,
    HEADING_LINE_MAX,
    HEADING_SHORT_MAX,
    HEADING_SHORT_WORDS_MAX,
    HEADING_WORDS_MAX,
    RUNNING_TEXT_MIN,
    SENDER_INSTITUTION_WORDS,
    SHORT_LINE_MAX,
    SPLIT_DATELINE_MAX,
    SPLIT_DATELINE_PIECE_MAX,
)
from pressconv.parser.lines import Line, collapse_spaces, split_lines
from pressconv.parser.mailwrap import mail_wrapper
from pressconv.parser.markdown import prepass
from pressconv.parser.pagedump import breadcrumb_after_name, page_residue, site_title_suffix
from pressconv.parser.place import infer_place, names_a_body
from pressconv.parser.residue import aggregator_tail_start, end_mark_reason, residue_reason, trailing_button
from pressconv.parser.result import ParseResult
from pressconv.parser.sentences import ends_in_abbreviation, sentence_starts

__all__ = ["parse_text"]


@dataclass
class _Head:
    """Metadata collected while reading the head of the release."""

    title: str | None = None
    title_line: int | None = None
    subtitle: str | None = None
    kicker: str | None = None
    issued: date | None = None
    issued_time: str | None = None
    place: str | None = None
    place_inferred: bool = False
    embargo: datetime | None = None
    embargo_lines: list[str] = field(default_factory=list)
    embargo_index: int | None = None
    release_number: str | None = None
    author: str | None = None
    organisation: str | None = None
    fragments: list[Fragment] = field(default_factory=list)
    notes: Notes = field(default_factory=list)


def parse_text(text: str, *, path: str | None = None, source_bytes: bytes | None = None) -> ParseResult:
    """Parse release text into a ParseResult. Never raises: a parser bug degrades to plain paragraphs."""
    try:
        return _parse(text, path, source_bytes)
    except Exception as exc:  # the promise is "never raises"; report instead of crashing a batch
        return _fallback(text, path, source_bytes, exc)


def _source_info(text: str, path: str | None, source_bytes: bytes | None) -> SourceInfo:
    digest = hashlib.sha256(source_bytes if source_bytes is not None else text.encode("utf-8")).hexdigest()
    return SourceInfo(name=os.path.basename(path) if path else "<input>", sha256=digest)


def _fallback(text: str, path: str | None, source_bytes: bytes | None, exc: Exception) -> ParseResult:
    lines = [line for line in split_lines(_clean(text, [])) if not line.blank]
    title = collapse_spaces(lines[0].text) if lines else "Untitled"
    body = tuple(Paragraph(children=(Text(text=collapse_spaces(line.text)),), line=line.number) for line in lines[1:])
    release = Release(meta=Metadata(title=(Text(text=title),), source=_source_info(text, path, source_bytes)), body=body)
    diagnostic = Diagnostic(
        level="error",
        code="parser.internal",
        message=f"the parser failed ({type(exc).__name__}: {exc}); every line was kept as a plain paragraph",
    )
    return ParseResult(release=release, diagnostics=(diagnostic,))


def _clean(text: str, diagnostics: list[Diagnostic]) -> str:
    # parse(str) skips decode(), so apply the same text normalisation here (idempotent).
    from pressconv.source import normalise_text

    return normalise_text(text, diagnostics)


def _parse(text: str, path: str | None, source_bytes: bytes | None) -> ParseResult:
    diagnostics: list[Diagnostic] = []
    text = _clean(text, diagnostics)
    lines = split_lines(text)
    # Front matter is the site's metadata, not page residue: the residue readers start below it.
    front_matter = read_front_matter([line.raw for line in lines])
    start = front_matter.end if front_matter is not None else 0
    removed: list[RemovedLine] = []
    keep = [index >= start and not line.blank for index, line in enumerate(lines)]

    tail = aggregator_tail_start([line.text if keep[index] else "" for index, line in enumerate(lines)])
    if tail is not None:
        for index in range(tail, len(lines)):
            if keep[index]:
                removed.append(
                    RemovedLine(
                        line=lines[index].number,
                        text=lines[index].text,
                        reason="news-archive residue after '---' (source, summary and pickup links)",
                    )
                )
                keep[index] = False
    end_lines: list[int] = []
    page = page_residue([line.text for line in lines], [not flag for flag in keep])
    for index, line in enumerate(lines):
        if not keep[index]:
            continue
        reason = page.get(index)
        if reason is None and line.text.strip() in ("---", "***", "___", "* * *"):
            reason = "horizontal rule"
        end = end_mark_reason(line.text)
        if end:
            end_lines.append(line.number)
            reason = end
        if reason:
            removed.append(RemovedLine(line=line.number, text=line.text, reason=reason))
            keep[index] = False
            continue
        button = trailing_button(line.text)
        if button:
            lines[index] = Line(line.number, button[0], line.indent, line.raw)
            removed.append(
                RemovedLine(
                    line=line.number,
                    text=button[1],
                    reason="link label whose link was lost when the page was copied",
                )
            )
    _remove_sandwiched_labels(lines, keep, removed)
    # Front matter, record headers and Markdown blocks are read next (parser/markdown.py), on the
    # lines left: a menu removed above splits no Markdown paragraph into the release's text.
    pre = prepass(
        [line if index < start or keep[index] else Line(line.number, "", 0, "") for index, line in enumerate(lines)],
        path,
    )
    if pre.error:
        diagnostics.append(
            Diagnostic(
                level="warning",
                code="parser.markdown",
                message=f"front matter and Markdown could not be read ({pre.error}); read as plain text",
            )
        )
    lines = pre.lines
    front = pre.front
    removed.extend(pre.removed)
    removed.sort(key=lambda entry: entry.line)
    keep = [not line.blank for line in lines]
    mail = mail_wrapper(lines, keep)
    for index in mail.lines:
        keep[index] = False
    if removed or mail.lines:
        first = min([entry.line for entry in removed] + [lines[index].number for index in mail.lines])
        diagnostics.append(
            Diagnostic(
                level="info",
                code="residue.removed",
                message=f"removed {len(removed) + len(mail.lines)} line(s) that are not part of the release (see removed)",
                line=first,
            )
        )
    # Detected on what is left, so that menus listing many languages do not vote.
    language, certain = guess_language("\n".join(line.text for index, line in enumerate(lines) if keep[index]))
    if not certain:
        diagnostics.append(
            Diagnostic(
                level="warning",
                code="language.uncertain",
                message=f"too little text to be sure of the language; tagged {language}",
            )
        )

    content = [line if keep[index] else Line(line.number, "", 0, "") for index, line in enumerate(lines)]
    head = _Head()
    if front is not None:
        # The site shows the front-matter title and teaser line above the text: they win over the body.
        head.title, head.subtitle = front.title, front.subtitle
        head.title_line = front.title_line
    if pre.label is not None:
        head.kicker = pre.label[1]
    if pre.standfirst is not None and head.subtitle is None:
        head.subtitle = pre.standfirst[1]
    subject = mail.subject is not None and bool(mail.subject[1])
    body_lines = _read_head(content, head, language, headline_elsewhere=subject)
    for index, reason in sorted(mail.lines.items()):
        if mail.subject is not None and index == mail.subject[0] and head.title is None and mail.subject[1]:
            # The release itself has no headline: the mail's subject names it (as the sender wrote it).
            head.title, head.title_line = mail.subject[1], lines[index].number
            reason = "e-mail subject line, used as the headline (the release has none)"
        if mail.sender is not None and index == mail.sender[0] and head.organisation is None:
            desk = organisation.office_of(mail.sender[1])
            if desk is None and mail.forwarded and names_a_body(mail.sender[1]):
                # A forwarded message's "Von:" is the body that issued it ("Kulturamt X"), not the
                # person who forwarded it: a name of an office by its kind is the organisation.
                desk = mail.sender[1]
            if desk is not None:
                # The release's head names no sender: the press desk that mailed it does.
                head.organisation = desk
                reason = "e-mail sender field; its press desk names the organisation (the head names none)"
        if mail.sent is not None and index == mail.sent[0] and head.issued is None:
            # The release states no date: the day its mail was sent is the day it was issued.
            head.issued = mail.sent[1].value
            reason = "e-mail date field, used as the release date (the release states none)"
        removed.append(RemovedLine(line=lines[index].number, text=lines[index].text, reason=reason))
    if pre.label is not None and head.issued is None:
        # The label's date ("…, 17.03.2022, …") is the one the sender states for this release.
        found = find_date(pre.label[1])
        head.issued = found.value if found else None
    if front is not None:
        if front.issued is not None and head.issued in (None, front.issued):
            head.issued, head.issued_time = front.issued, head.issued_time or front.issued_time
        head.author = head.author or front.author

    items, fragments = group_lines(body_lines, language)
    fragments = head.fragments + fragments
    for fragment in fragments:
        removed.append(RemovedLine(line=fragment.line, text=fragment.text, reason=fragment.reason))
    removed.sort(key=lambda entry: entry.line)

    body, sections = _assemble(items, end_lines, language, head, removed)
    sections = _merge_repeated_contact_sections(sections, text.split("\n"), removed)
    if head.organisation is None:
        head.organisation = _stated_organisation(body, sections, removed)
    head.organisation = _not_a_label(head.organisation)
    if head.place is None:
        # No dateline: the sender's seat or the town of the text (GOLD.md "from content/sender").
        head.place = infer_place("\n".join(line.text for line in content), language)
        head.place_inferred = head.place is not None
    if head.title is None:
        head.title = _derive_title(body)
        head.notes.append(
            Diagnostic(
                level="warning",
                code="title.missing",
                message="no headline found; the opening words of the text are used as title",
                line=1,
            )
        )
    if head.issued is None:
        head.issued = _closing_date(body)
    if head.issued is None and head.embargo is not None:
        # A release that states only its embargo ("EMBARGOED UNTIL 00:01 THURSDAY 6 MARCH 2025") is
        # published when the embargo lifts, so that day is its date (as UK and EU desks use it; the
        # gold of tests/eval/fixtures/en-boilerplate-ends-notes.txt reads it so).
        head.issued = head.embargo.date()
    if head.issued is None:
        head.notes.append(
            Diagnostic(level="warning", code="date.missing", message="no release date found", line=head.title_line)
        )
    _impossible_dates(content, head.notes)
    diagnostics.extend(head.notes)

    meta = Metadata(
        title=build_inlines(head.title, language) if head.title else (Text(text="Untitled"),),
        language=language,
        subtitle=build_inlines(head.subtitle, language) if head.subtitle else None,
        kicker=head.kicker,
        issued=head.issued,
        issued_time=head.issued_time,
        place=head.place,
        place_inferred=head.place_inferred,
        embargo=head.embargo,
        embargo_lines=tuple(head.embargo_lines),
        embargo_index=head.embargo_index,
        organisation=head.organisation,
        author=head.author,
        release_number=head.release_number,
        keywords=front.keywords if front is not None else (),
        source=_source_info(text, path, source_bytes),
    )
    release = Release(meta=meta, body=tuple(body), sections=tuple(sections))
    removed.extend(head_lines_read_as_metadata(text, release, removed))
    removed.sort(key=lambda entry: entry.line)
    release = replace(release, removed_count=len(removed))
    # The self-check: a word neither in the model nor removed with a reason is a parser bug (issue 14).
    lost = text_lost_diagnostic(text, release, removed)
    if lost is not None:
        diagnostics.append(lost)
    return ParseResult(release=release, diagnostics=tuple(diagnostics), removed=tuple(removed))


def _read_head(lines: list[Line], head: _Head, language: str, *, headline_elsewhere: bool = False) -> list[Line]:
    """Consume the lines before the first body paragraph; return the body lines.

    Each head line is judged by what it is (a label, a date, a number, a place, a sender, a logo)
    rather than by its position; the headline is the line that is none of these.
    ``headline_elsewhere``: the mail that carried the release names it in its subject.
    """
    index = 0
    count = len(lines)
    deferred: list[Line] = []
    captions: list[Line] = []
    if head.title is None and language.lower().startswith("de"):
        # German letterheads stand above the label: those lines name the sender, never the headline.
        letterhead = letterhead_lines(lines)
        for position in letterhead:
            _take_sender(lines[position], head)
        index = letterhead[-1] + 1 if letterhead else 0
        following = _next_text(lines, index - 1) if letterhead else None
        if following is not None and desk_label(following[1]):
            # The bare "Presse" that ended the letterhead (letterhead_lines): the desk's label.
            head.kicker = following[1]
            index = following[0] + 1
    while index < count:
        line = lines[index]
        text = line.text.strip()
        if not text:
            index += 1
            continue
        section = match_section_heading(text)
        if section and section.kind == "contact" and section.rest and len(text) <= SHORT_LINE_MAX:
            # US offices print the press contact in the head ("Contact: Jane Doe, 202-555-0100"
            # over the headline): it is read with the closing sections, after the body.
            deferred.append(line)
            index += 1
            continue
        if section and head.title is not None:
            break
        if head.title is None and is_image_line(text):
            # A logo or picture above the headline (html2text keeps it as "![alt](src)").
            head.fragments.append(Fragment(line.number, text, "image above the headline (page logo)"))
            index += 1
            continue
        if head.title is None and photo_credit(text):
            # News-room pages set the lead picture over the article: its caption or credit ("[Foto: …]",
            # "Bild: X/Y") stands above the headline in the copy. It is the picture's, never the headline:
            # it goes to the body as a photo credit, where the text would carry it.
            captions.append(line)
            index += 1
            continue
        following = _next_text(lines, index)
        # Rubrics after a publication stamp only where a headline of its own follows: a short last item
        # with the body right below may be the headline itself ("… | Blaulicht | Einbruch in Kita").
        headline_below = following is not None and head.title is None and _headline_candidate(following[1])
        if _take_bar_line(text, head, line.number, rubrics=headline_below):
            index += 1
            continue
        label = match_label(text)
        tab_title = breadcrumb_after_name(text) if head.title is None and label and label.title and "|" in text else None
        if label and tab_title is not None and tab_title[0] == label.title:
            # "Presse | Universität X": a page's title as the browser tab shows it (section, then the
            # site's name; pagedump.breadcrumb_after_name), copied above the article: the sender, no headline.
            _take_sender(line, head)
            index += 1
            continue
        if label and not (label.title and (head.title is not None or head.kicker is not None)):
            _take_label(label, head, line.number, text)
            index += 1
            continue
        found = parse_date_line(text)
        if found:
            _take_date(found, head, line.number, text)
            index += 1
            continue
        embargo = match_embargo(text)
        if embargo:
            _take_embargo(embargo[0], head, line.number, text)
            index += 1
            continue
        number = match_number(text)
        if number and head.release_number is None and (not number[1] or head.title is None):
            head.release_number = number[0]
            after_number = re.sub(r"^[–—|-]\s*", "", number[1])
            if number[1] and institution_line(after_number, max_words=SENDER_INSTITUTION_WORDS):
                # "PM 17/2025 – Stadt Nordau": the number and the sender, the headline still to come.
                known = head.organisation
                head.organisation = f"{known}, {after_number}" if known else after_number
            elif number[1] and (dated := parse_date_line(after_number)) is not None:
                # "PM 03/30 – 10.02.2030": the label's number and the release date, the headline still
                # to come; the date is never the headline.
                _take_date(dated, head, line.number, after_number)
            elif number[1]:
                # Presseportal publishes the desk code as part of the headline ("POL-F: 190425 - 467
                # Frankfurt: …"): the title keeps it as published; a plain "Nr. 12" is no headline.
                desk_code = re.match(r"[A-ZÄÖÜ]{2,6}-[A-ZÄÖÜ]{1,4}\b", number[0]) is not None
                head.title = collapse_spaces(text) if desk_code else number[1]
                head.title_line = line.number
            index += 1
            continue
        block = letterhead_block(lines, index) if head.title is None else []
        if block:
            # The sender's name over its desk, address or the page's breadcrumb, with no label below
            # (letterhead.letterhead_block): the sender, never the headline.
            for position in block:
                _take_sender(lines[position], head)
            index = block[-1] + 1
            continue
        office_line = organisation.split_office_label(text) if head.title is None else (text, None)
        if office_line[1] is not None and name_like(office_line[0], max_words=SENDER_INSTITUTION_WORDS):
            # "Hochschule X – Pressestelle" above the headline: the sender and its press office.
            _take_sender(line, head)
            index += 1
            continue
        own_dateline = match_dateline(text, whole_line=True)
        if own_dateline is None and (wire_line := match_dateline(text)) is not None and wire_line.wire:
            # Presseportal may set "Ort (ots) –" on a line of its own above the text: the whole line is
            # the dateline when it ends where the dateline does.
            own_dateline = wire_line if wire_line.length >= len(text) else None
        if own_dateline and (head.title is not None or own_dateline.wire or own_dateline.issued):
            _take_dateline(own_dateline, head, line.number, text)
            index += 1
            continue
        place = match_place_line(text) if head.place is None and head.title is not None else None
        if place and _head_line_follows(lines, index):
            if names_a_body(place):
                # "Tri-County Transit Authority" between headline and date: the sender's name, added
                # to one a label already named (as _take_label adds an issuer) so no name is lost.
                known = head.organisation
                head.organisation = place if not known or place in known else f"{known}, {place}"
            else:
                # "Berlin/Brandenburg" between headline and label: the place line of German desks.
                head.place = place
            index += 1
            continue
        if head.title is not None and collapse_spaces(text) == head.title:
            # News-room pages print the headline again (breadcrumb, page title, article).
            head.fragments.append(Fragment(line.number, text, "headline repeated on the web page"))
            index += 1
            continue
        if (
            head.kicker is not None
            and match_tag_line(text)
            and _tags_then_head_line(lines, index, headline_read=head.title is not None)
            and not (head.title is None and _sender_lines(lines, index))
        ):
            # Category tags printed between the label and the date ("Press Releases" / "Plenary
            # session" / "EMPL" / date): they belong to the label.
            head.kicker = f"{head.kicker} – {collapse_spaces(text)}"
            index += 1
            continue
        if head.title is None and _menu_row(text):
            head.fragments.append(Fragment(line.number, text, "web-page navigation (menu bar in one line)"))
            index += 1
            continue
        if head.title is None and breadcrumb_after_name(text) is not None:
            # "Verein X > Verband > Presse": the site's name and the page's path, never a headline.
            _take_sender(line, head)
            index += 1
            continue
        steps = arrow_breadcrumb(text) if head.title is None else None
        if steps is not None:
            # A press portal's breadcrumb ("Meldungen › Amt für Verkehr"): navigation; its last step
            # is the sender's page when it names a body, as portals file each release under its sender.
            last = steps[-1]
            names = institution_line(last, max_words=SENDER_INSTITUTION_WORDS) or names_a_body(last)
            if names and head.organisation is None:
                _take_sender(Line(line.number, steps[-1], 0, steps[-1]), head)
                path = text[: text.rindex(steps[-1])].strip()
                head.fragments.append(Fragment(line.number, path, "web-page navigation (breadcrumb to the sender's page)"))
            else:
                head.fragments.append(Fragment(line.number, text, "web-page navigation (breadcrumb)"))
            index += 1
            continue
        if head.title is None and (_letterhead_line(text) or _sender_below_label(lines, index)):
            # An address line, a line of "·"-separated letterhead items or a legal form ("Anstalt des
            # öffentlichen Rechts") is never a headline: above the headline (and below a first label
            # line) it is the sender's letterhead, read into the organisation or removed with a reason.
            _take_sender(line, head)
            index += 1
            continue
        if (
            head.title is None
            and head.organisation is None
            and _OFFICE_WORD.fullmatch(text)
            and text.lower() not in _POSITION_WORDS
            and _headline_follows(lines, index)
        ):
            # "Kulturamt" alone over the headline: a city's web page names the office that sends the
            # news above it, one compound word ending in an office noun; it names no news, so it is the
            # sender (its department), never the headline with the real headline as its subtitle.
            _take_sender(line, head)
            index += 1
            continue
        if head.title is None and text.lower() in _POSITION_WORDS and _headline_follows(lines, index):
            # "Ehrenamt" alone over the headline: the topic's rubric (a Dachzeile), said as the kicker.
            head.kicker = f"{head.kicker} – {text}" if head.kicker else text
            index += 1
            continue
        rubric_line = _sender_and_rubric(text) if head.title is None else None
        if rubric_line is not None and _headline_follows(lines, index):
            # "Landkreis Nordau – Nachrichten aus der Verwaltung" over the headline: the sender's name and the
            # rubric of its news page on one line; the sender is read, the rubric is the kicker.
            sender_name, rubric = rubric_line
            _take_sender(Line(line.number, sender_name, line.indent, sender_name), head)
            head.kicker = f"{head.kicker} – {rubric}" if head.kicker else rubric
            index += 1
            continue
        if head.title is None and _section_rubric(lines, index):
            # "Studium & Lehre" over the headline: the section of the sender's news site, two nouns paired
            # (a CMS menu's item), said as the kicker; the headline is the line below.
            head.kicker = f"{head.kicker} – {text}" if head.kicker else text
            index += 1
            continue
        if head.title is None and language.lower().startswith("de") and _roof_phrase(lines, index):
            # A Dachzeile phrase over a "Topic: statement" headline: the topic, like the label.
            head.kicker = f"{head.kicker} – {text}" if head.kicker else text
            index += 1
            continue
        if head.title is None and _roof_line(lines, index):
            # A "Dachzeile": one topic word set right above the headline ("Verkehr" / "Neue Buslinie
            # verbindet …"), as German newsrooms and press offices print it. It names the topic, like
            # the label; the headline is the line below.
            head.kicker = f"{head.kicker} – {text}" if head.kicker else text
            index += 1
            continue
        if head.title is None and _caps_rubric(text) and (headline_elsewhere or not _body_follows(lines, index)):
            # A rubric of one word in capitals ("TERMINHINWEIS") names the kind of news, like the label,
            # wherever it stands in the head (above the letterhead, or with the text right below it
            # when the headline is the mail's subject). With the text below and no headline elsewhere,
            # the word is all the release has for a headline.
            head.kicker = f"{head.kicker} – {text}" if head.kicker else text
            index += 1
            continue
        if head.title is None:
            if match_dateline(text) is not None or len(text) > HEAD_LINE_MAX or _body_sentence(text):
                break  # the text starts with its body (a dateline or a paragraph): no headline
            senders = _sender_lines(lines, index)
            if senders:
                # "Sen. Jane Doe" over "Democratic Party": the sender's lines above label and headline.
                for sender in senders:
                    _take_sender(lines[sender], head)
                index = senders[-1] + 1
                continue
            index = _take_title(lines, index, head)
            continue
        if head.subtitle is None and institution_line(text, max_words=SENDER_INSTITUTION_WORDS):
            # Presseportal prints the sender's name under the headline and its date ("Polizeipräsidium
            # X" over "Ort (ots) – …"): a name says nothing about the news, so it is no subtitle.
            _take_sender(line, head)
            index += 1
            continue
        if head.subtitle is None and _subtitle_like(text, lines, index):
            head.subtitle = collapse_spaces(text)
            index += 1
            continue
        break
    body = lines[index:]
    if captions:
        # The captions stand before the text, as on the page; _first_body_line looks past them.
        body = [*captions, Line(captions[-1].number, "", 0, ""), *body]
    _first_body_line(body, head)
    for line in deferred:
        body += [Line(line.number, "", 0, ""), line]
    return body


# Letterheads and CMS exports set the items of the head off with bars: "Nordau, 12. März 2025 |
# Pressemitteilung", "Presseinformation Nr. 12 | 12.03.2025 | Stadt Nordau". A letterhead typed in a
# word processor sets them in columns instead, and the copy keeps the gap as a run of spaces or a tab
# ("Pressemitteilung 07/2026          26.03.2026"). Web letterheads set a spaced middle dot or bullet
# where print uses a bar ("Landratsamt Nordau · Presse · 14.05.2027", "Stadt X • Presse • 3.5.2026").
_BAR = lazy_compile(r"\s+[|·•]\s+|\s{3,}|\t+")
_DOT_BAR = lazy_compile(r"\S\s+[·•]\s+\S")
_COLUMN_GAP = lazy_compile(r"\S(?:\s{3,}|\t+)\S")
# The publication stamp of a CMS article page ("Veröffentlicht am 05.10.2026", "Erstellt: 3.5.2026").
_PUBLISHED = lazy_compile(
    r"(?:veröffentlicht|erstellt|aktualisiert|zuletzt geändert|stand|published|posted|updated)\b", re.IGNORECASE
)
# A rubric of a CMS page: a few words, no digits, no sentence ("Rathaus & Verwaltung", "Aus dem Gemeinderat").
_DESK_RUBRIC_WORDS_MAX = 3
_RUBRIC = lazy_compile(r"[A-ZÄÖÜ][\w&/,-]*(?:\s+[\w&/,-]+){0,4}")


def _take_bar_line(text: str, head: _Head, number: int, *, rubrics: bool = False) -> bool:
    """Read a head line of items set off by bars, if every item is a label, date, dateline, number
    or (at most one) sender's name; False leaves the line to the other readers."""
    stripped = text.strip()
    if len(text) > HEAD_LINE_MAX or (
        "|" not in text and _COLUMN_GAP.search(stripped) is None and _DOT_BAR.search(stripped) is None
    ):
        return False
    segments = _BAR.split(text.strip())
    if len(segments) < 2 or len(segments) > 5:
        return False
    kinds: list[tuple[str, object]] = []
    stamped = False
    for segment in segments:
        label = match_label(segment)
        found = parse_date_line(segment)
        dateline = match_dateline(segment, whole_line=True)
        numbered = match_number(segment)
        if (desk_label(segment) or organisation.office_label(segment)) and len(segments) > 2:
            # "Presse | Veröffentlicht am 12.03.2026 | Kategorie: X": the meta row of a CMS article page
            # names the site's press section first; the date is the release's, the section its desk label.
            kinds.append(("desk", segment))
        elif residue_reason(segment) is not None and kinds:
            # CMS article pages set web furniture after the label and date on one line ("Pressemitteilung
            # vom 14.05.2027 | Lesedauer: ca. 4 Minuten"): the reading time is the page's, not the head's.
            kinds.append(("residue", segment))
        elif (
            label is not None
            and label.title is None
            and (label.issuer is None or any(kind in ("date", "dateline") for kind, _ in kinds))
        ):
            # "17.11.2026 | Pressemitteilung des Landkreises X": the date and the label that names
            # its issuer, as CMS list pages print them above the headline; never a headline.
            kinds.append(("label", label))
        elif match_embargo(segment) is not None:
            kinds.append(("embargo", segment))  # "Sperrfrist: 3.5.2026" reads as a date, but is the embargo
        elif found is not None:
            kinds.append(("date", found))
            stamped = stamped or _PUBLISHED.match(segment) is not None
        elif dateline is not None and dateline.issued is not None:
            kinds.append(("dateline", dateline))
        elif numbered is not None and not numbered[1]:
            kinds.append(("number", numbered[0]))
        elif stamped and rubrics and _RUBRIC.fullmatch(segment) is not None:
            # "Veröffentlicht am 05.10.2026 | Rathaus & Verwaltung | Aus dem Gemeinderat": after the
            # publication stamp of a CMS article page, the short items are the site's rubrics, never
            # the sender or the headline.
            kinds.append(("topics", segment))
        elif any(kind == "label" for kind, _ in kinds) and topic_tags(segment):
            # "Nachricht vom 15.04.2026 | Forschung, Umwelt & Klima": a news room's topic tags after the
            # label and date sort the page into its site's rubrics; they are never the sender. Only after a
            # document label: "Einsatz Nr. 38 | 15. März 2026 | Haldenau, Birkenweg" ends with a place.
            kinds.append(("topics", segment))
        elif (
            any(kind == "desk" for kind, _ in kinds)
            and _RUBRIC.fullmatch(segment) is not None
            and len(segment.split()) <= _DESK_RUBRIC_WORDS_MAX
            and not institution_line(segment)
        ):
            # "Presse | Meldungen | 21.11.2026": after the site's press section, a short item is the
            # section's rubric ("Aktuelles", "Meldungen"), as the CMS prints its path, never the sender.
            kinds.append(("topics", segment))
        elif (
            head.title is None
            and kinds
            and kinds[0][0] == "date"
            and _rubric_words(segment)
            and not institution_line(segment)
        ):
            # "07.05.2026 | Bauen und Verkehr", "01.06.2026 | Umwelt, Gesundheit": above the headline, after
            # the date that opens a CMS list or article line, nouns joined by "und", "&" or commas that name
            # no institution are the site's rubric (a headline has a verb or lower-case words). Under the
            # headline the same line names the article's author ("08.01.2026 | Diakonisches Werk X").
            kinds.append(("topics", segment))
        elif (
            name_like(segment, max_words=SENDER_INSTITUTION_WORDS)
            and re.search(r"[^\W\d_]", segment) is not None  # "11:20" after a date is its time, no name
            and not any(k == "sender" for k, _ in kinds)
        ):
            kinds.append(("sender", segment))
        else:
            return False
    if not any(kind in ("label", "date", "dateline", "embargo") for kind, _ in kinds) or all(
        k == "sender" for k, _ in kinds
    ):
        return False
    named = [value for kind, value in kinds if kind == "sender" and isinstance(value, str)]
    if named and not any(kind == "label" for kind, _ in kinds) and not institution_line(named[0]) and head.title is None:
        # "Sommerfest im Park | 12. Mai 2025": a headline with its date, no sender. Under the
        # headline, "08.01.2026 | Diakonisches Werk X" is the article page's date and author line.
        return False
    return _take_bar_items(kinds, segments, head, number)


# A site's main menu copied as one line: five or more entries of a word or two set off by bars
# ("Besuch | Sammlung | Termine | Presse | Shop"). A breadcrumb names the site and two or three steps;
# a head line of items carries a date, a label or a number.
_MENU_ENTRIES_MIN = 5


def _menu_row(text: str) -> bool:
    """True for a one-line menu bar of short entries above the headline (none a name or a date)."""
    if len(text) > SHORT_LINE_MAX or "|" not in text:
        return False
    entries = _BAR.split(text.strip())
    return len(entries) >= _MENU_ENTRIES_MIN and all(
        1 <= len(entry.split()) <= 2
        and entry[:1].isupper()
        and not any(char.isdigit() for char in entry)
        and not institution_line(entry)
        and match_label(entry) is None
        for entry in entries
    )


# Words that join the nouns of a site's rubric ("Bauen und Verkehr", "Rathaus & Verwaltung").
_RUBRIC_JOINERS = frozenset(("und", "&", "/", "-", "–"))
_RUBRIC_NOUNS_MAX = 4


def _rubric_words(segment: str) -> bool:
    """True for a rubric of capitalised nouns joined by "und", "&" or commas ("Umwelt, Gesundheit").

    The joiners are what set a rubric apart from a headline in nouns only ("Großbrand Lagerhalle
    Nordheim", police style): a rubric lists its fields, a headline strings its nouns together.
    """
    words = segment.replace(",", " , ").split()
    nouns = [word for word in words if word not in _RUBRIC_JOINERS and word != ","]
    joined = all(
        words[i + 1] in _RUBRIC_JOINERS or words[i + 1] == ","
        for i in range(len(words) - 1)
        if words[i] not in _RUBRIC_JOINERS and words[i] != ","
    )
    return (
        1 < len(nouns) <= _RUBRIC_NOUNS_MAX
        and joined
        and not any(char.isdigit() for char in segment)
        and all(word[:1].isupper() for word in nouns)
    )


def _take_bar_items(kinds: list[tuple[str, object]], segments: list[str], head: _Head, number: int) -> bool:
    """Store the items of a bar-separated head line read by ``_take_bar_line``."""
    for (kind, value), segment in zip(kinds, segments, strict=True):
        if isinstance(value, Label):
            _take_label(value, head, number, segment)
        elif isinstance(value, FoundDate):
            _take_date(value, head, number, segment)
        elif isinstance(value, Dateline):
            _take_dateline(value, head, number, segment)
        elif kind == "number" and isinstance(value, str) and head.release_number is None:
            head.release_number = value
        elif kind == "sender" and isinstance(value, str):
            _take_sender(Line(number, value, 0, value), head)
        elif kind == "desk" and head.kicker is None:
            head.kicker = segment  # the desk's label, as a bare "Presse" under a letterhead
        elif kind == "desk":
            head.fragments.append(Fragment(number, segment, "the web page's press section in its meta row"))
        elif kind == "residue" and isinstance(value, str):
            head.fragments.append(Fragment(number, segment, residue_reason(segment) or "web-page residue"))
        elif kind == "topics":
            # Listed as removed, with its reason: as a kicker, the summary would read the tags as a sender.
            head.fragments.append(Fragment(number, segment, "the news room's topic tags"))
        elif kind == "embargo" and isinstance(value, str):
            embargo = match_embargo(value)
            _take_embargo(embargo[0] if embargo else None, head, number, value)
    return True


def _sender_below_label(lines: list[Line], index: int) -> bool:
    """True for a sender's name printed directly below the first label line, above headline and subtitle.

    Some letterheads put the label first and the sender's name on the next line of the same block
    ("Medieninformation 14 | 24.04.2030" / "Studentenwerk X"); the headline and its subtitle follow
    as blocks of their own. A name line there is the sender only if two more head lines (headline,
    subtitle) stand before the body: with only one, the name-like line is the headline itself.
    """
    if index == 0 or lines[index - 1].blank or _head_kind(lines[index - 1].text.strip()) != "label":
        return False
    text = lines[index].text.strip()
    if not names_sender(text) or _body_sentence(text) or text.endswith(("?", "!", ":")):
        return False
    if department_name(strip_department_dashes(text)):
        # An issuing unit under the label ("Pressemitteilung der Stadt X" / "Amt für Y – Z"): a
        # department is named by its kind ("Amt", "Fachbereich", "Referat"), never a headline.
        return True
    probe = index
    for _ in range(2):  # headline, subtitle: short lines that are no sentence
        following = _next_text(lines, probe)
        if following is None or not lines[following[0] - 1].blank:
            return False
        probe, candidate = following
        if _head_kind(candidate) != "other" or len(candidate) > SHORT_LINE_MAX or _body_sentence(candidate):
            return False
    body = _next_text(lines, probe)
    return body is not None and (len(body[1]) > SHORT_LINE_MAX or _body_sentence(body[1]))


def _letterhead_line(text: str) -> bool:
    """True for a line that can only be letterhead: an address, "·"-separated items holding one, or a
    legal-form descriptor alone or after the sender's name."""
    return (
        contact_item_line(text)
        or legal_form_line(text)
        or split_legal_form(text) is not None
        or split_affiliation(text) is not None
    )


def _closing_date(body: list[Block]) -> date | None:
    """The date of a closing "Ort, Datum" line, the last paragraph of the text ("Nordau, 3. Mai 2030").

    German letters and many releases sign off with place and date below the text (the letter's
    Ort-und-Datum line) instead of printing the date in the head: with no date in the head, it is the
    release's. The line stays in the body (nothing is lost); only its date is read.
    """
    last = next((block for block in reversed(body) if isinstance(block, Paragraph)), None)
    if last is None:
        return None
    dateline = match_dateline(block_text(last), whole_line=True)
    return dateline.issued if dateline is not None and not dateline.wire else None


def _take_sender(line: Line, head: _Head) -> None:
    """Add a sender line to the organisation; a press-office label on it goes to ``removed``."""
    text = strip_department_dashes(line.text)
    if _menu_row(text):
        # A letterhead copied from a web page keeps the site's main menu above the label.
        head.fragments.append(Fragment(line.number, text, "web-page navigation (menu bar in one line)"))
        return
    if legal_form_line(text):
        # "Körperschaft des öffentlichen Rechts" under the name: the kind of body, not a name of its own.
        head.fragments.append(Fragment(line.number, text, _LEGAL_FORM_REASON))
        return
    with_form = split_legal_form(text)
    if with_form is not None:
        text = with_form[0]
        head.fragments.append(Fragment(line.number, with_form[1], _LEGAL_FORM_REASON))
    translated = split_translation(text)
    if translated is not None:
        text = translated[0]
        head.fragments.append(Fragment(line.number, translated[1], "the sender's name in a second language"))
    affiliated = split_affiliation(text)
    if affiliated is not None:
        text = affiliated[0]
        head.fragments.append(Fragment(line.number, affiliated[1], "affiliation of the sender (the group it belongs to)"))
    if address_line(text) or contact_item_line(text):
        # The sender's postal address in the letterhead: the contact sections carry addresses.
        head.fragments.append(Fragment(line.number, line.text.strip(), "postal address in the sender's letterhead"))
        return
    if organisation.office_label(text):
        head.fragments.append(Fragment(line.number, text, _OFFICE_REASON))
        return
    if head.organisation is not None and crumb_line(text):
        head.fragments.append(Fragment(line.number, text, "web-page navigation (breadcrumb below the site's name)"))
        return
    crumbs = breadcrumb_after_name(text)
    if crumbs is not None:
        text = crumbs[0]
        head.fragments.append(Fragment(line.number, crumbs[1], "web-page navigation (breadcrumb after the site's name)"))
    rubric_line = _sender_and_rubric(text)
    if rubric_line is not None:
        # "Stadt Südheim – Neues aus dem Rathaus": the news page's rubric is the kicker, not the name.
        text = rubric_line[0]
        head.kicker = f"{head.kicker} – {rubric_line[1]}" if head.kicker else rubric_line[1]
    named = names_sender(text) or department_name(text) or organisation.office_label(text)
    if head.organisation is not None and not named:
        # A letterhead prints the sender's motto under its name ("Bildung für alle – seit 1947"):
        # a phrase, not a name, so it does not join the organisation.
        head.fragments.append(Fragment(line.number, text, "motto in the sender's letterhead"))
        return
    name, office = organisation.split_office_label(text)
    if office is not None:
        head.fragments.append(Fragment(line.number, office, _OFFICE_REASON))
    head.organisation = f"{head.organisation}, {name}" if head.organisation else name


_LEGAL_FORM_REASON = "legal form of the sender in the letterhead (what kind of body it is, not its name)"
_OFFICE_REASON = "press-office label of the sender (the desk that sends it, not part of the organisation's name)"


# The headline under a Dachzeile has a few words at least; one word over one word is a title pair.
_ROOF_HEADLINE_WORDS_MIN = 3


def _roof_line(lines: list[Line], index: int) -> bool:
    """True for a one-word topic line ("Dachzeile") above a headline line.

    Directly above it (no blank between), or set off by a blank line when a headline and its
    subtitle follow as blocks of their own (three short head lines before the text: the first,
    a single word, is the topic and no headline).
    """
    text = lines[index].text.strip()
    if _roof_phrase_over_pair(lines, index):
        return True
    # One word, written as a noun or in capitals ("Verkehr", "TIERSEUCHE"), with the year it names
    # ("Jahresbilanz 2030") or season ("Spielzeit 2026/27"): display type sets the Dachzeile in capitals
    # as often as in small letters, and a rubric in capitals may name its kind and topic ("VERBRAUCHERWARNUNG – RÜCKRUF"),
    # each part in a word or two ("JUGEND FORSCHT – LANDESWETTBEWERB"): a headline has more words.
    if len(text) > HEADING_SHORT_MAX or not re.fullmatch(
        r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜa-zäöüß][a-zäöüß]+)*|[A-ZÄÖÜ]{3,}(?:[ -][A-ZÄÖÜ]{2,})?"
        r"(?: [–—-] [A-ZÄÖÜ]{3,}(?:[ -][A-ZÄÖÜ]{2,})?)?)(?: \d{4}(?:/\d{2}(?:\d{2})?)?)?",
        text,
    ):
        return False
    if match_section_heading(text) is not None or index + 1 >= len(lines):
        return False
    if lines[index + 1].blank:
        following = _next_text(lines, index)
        if (
            following is not None
            and text.isupper()
            and _headline_candidate(following[1])
            and not _closed_as_sentence(following[1])
        ):
            # A topic word in capitals ("PERSONALIE", "VERKEHR") is set as a rubric, never as a
            # headline, which is a phrase: a blank line between it and the headline changes nothing.
            return True
        subtitle = _next_text(lines, following[0]) if following is not None else None
        if (
            following is not None
            and subtitle is not None
            and _headline_candidate(following[1])
            and not _closed_as_sentence(following[1])
            and len(subtitle[1]) <= SHORT_LINE_MAX
            and not subtitle[1].rstrip().endswith(".")
            and find_date(subtitle[1]) is not None
        ):
            # "Verkehrsunfallflucht" / headline / "Polizeipräsidium X – 19.11.2026, 11:42 Uhr": the word,
            # the headline and the sender's date line of a news-room page (three head blocks): the word
            # is the rubric, as over a subtitle.
            return True
        if (
            following is not None
            and subtitle is not None
            and _headline_candidate(following[1])
            and not _closed_as_sentence(following[1])
            and len(following[1].split()) >= _ROOF_HEADLINE_WORDS_MIN
            and match_dateline(subtitle[1]) is not None
        ):
            # "Stadtplanung" / headline / "Nordau, 14. September 2026 – …": one noun over a headline of
            # several words, the dated text right after it. A release has one headline; a single noun
            # names no news, so it is the page's rubric (Dachzeile) and the longer line the headline.
            return True
        return (
            following is not None
            and subtitle is not None
            and _headline_candidate(following[1])
            # The subtitle set off by a blank, or set right under the headline as one block of two lines.
            and (lines[subtitle[0] - 1].blank or subtitle[0] == following[0] + 1)
            and _headline_candidate(subtitle[1])
            # Headline and subtitle close with no full stop; a closed sentence starts the text.
            and not _closed_as_sentence(following[1])
            and not _closed_as_sentence(subtitle[1])
            and len(subtitle[1]) <= SHORT_LINE_MAX
        )
    return _headline_candidate(lines[index + 1].text.strip())


# A Dachzeile phrase has a few words ("Umzug ins neue Verwaltungszentrum"); a headline has more or a verb.
_ROOF_PHRASE_WORDS_MAX = 5


def _roof_phrase_over_pair(lines: list[Line], index: int) -> bool:
    """True for a short phrase set as the first of three head lines in one block, the body after them.

    German press offices print Dachzeile, Schlagzeile and Unterzeile as three lines ("Umzug ins neue
    Rathaus" / "Bürgerbüro zieht an den Marktplatz" / "Vom 12. bis 17. März geschlossen – …"); the
    first names the topic, the second is the headline. Only the plain shape:
    three lines without blanks between, the first the shortest, of a few words without digits or a
    full stop, the second and third headline lines, then the body (a dateline or a paragraph).
    """
    if index + 2 >= len(lines) or lines[index + 1].blank or lines[index + 2].blank:
        return False
    first, second, third = (lines[index + k].text.strip() for k in range(3))
    if (
        not 2 <= len(first.split()) <= _ROOF_PHRASE_WORDS_MAX
        or re.search(r"[\d.!?:]", first)
        or not first[:1].isupper()
        or len(first) >= min(len(second), len(third))
    ):
        return False
    if not (_headline_candidate(second) and _headline_candidate(third)) or institution_line(third):
        return False
    # A Dachzeile is a noun phrase: its small words are function words or inflected adjectives
    # ("ins neue", "mit breiter"); a verb ("Rathaus bleibt geschlossen", "Polizei sucht Zeugen") makes
    # the line a headline of its own (review of session 30).
    if any(w[:1].islower() and not function_word(w) and not re.search(r"(?:e|en|er|es|em)$", w) for w in first.split()):
        return False
    if _closed_as_sentence(second) or _closed_as_sentence(third):
        return False
    return index + 3 >= len(lines) or lines[index + 3].blank or _body_follows(lines, index + 2)


# One word naming a public office by its head noun ("Kulturamt", "Ordnungsamt", "Bauverwaltung",
# "Jugendreferat", "Stadtbücherei" is no office): German compounds put the office noun last.
_OFFICE_WORD = lazy_compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:amt|referat|dezernat|verwaltung|behörde|direktion|inspektion)")
# "Amt" as a position, not an authority (Duden: Amt 1, "Stellung"): "Ehrenamt" (volunteering), "Lehramt"
# (teaching), "Nebenamt" and "Hauptamt" (part- and full-time posts), "Richteramt". Over a headline such a
# word is the topic's rubric ("Ehrenamt" over a volunteer's award), never the sending office.
_POSITION_WORDS = frozenset({"ehrenamt", "lehramt", "nebenamt", "hauptamt", "richteramt", "ehrenämter"})
# A news page's rubric of one word is a nominalised adjective in the neuter ("Aktuelles", "Neues",
# "Wissenswertes": Duden grammar, substantiviertes Adjektiv), which no department's name is.
_NEWS_RUBRIC_WORD = lazy_compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:es)")
# A rubric of a news page has a few words ("Aus dem Rathaus", "Neues aus der Verwaltung").
_RUBRIC_WORDS_MAX = 4
_SENDER_DASH = lazy_compile(r"(?P<sender>[^–—]+?)\s+[–—-]\s+(?P<rubric>[^–—]+)")


def _sender_and_rubric(text: str) -> tuple[str, str] | None:
    """Split "<institution> – <rubric>" ("Stadt Nordau – Aus dem Rathaus") into sender and rubric, or None.

    The rubric is a short verbless phrase (capitalised nouns joined by a small word) that names no
    institution of its own; a headline after a dash says something ("Stadt Nordau – Bad öffnet am Montag"
    has a verb in lower case, and is left alone).
    """
    if len(text) > HEAD_LINE_MAX:
        return None  # a head line; never run the pattern over a long text (its lazy run would backtrack)
    found = _SENDER_DASH.fullmatch(text.strip())
    if found is None:
        return None
    sender, rubric = found.group("sender").strip(), found.group("rubric").strip()
    words = rubric.split()
    if (
        not institution_line(sender, max_words=SENDER_INSTITUTION_WORDS)
        or not 1 <= len(words) <= _RUBRIC_WORDS_MAX
        or re.search(r"[\d.:;!?,„“\"«»]", rubric)
        or institution_line(rubric)
        or organisation.office_label(rubric)
    ):
        return None
    if not all(word[:1].isupper() or function_word(word) for word in words):
        return None
    if len(words) == 1 and _NEWS_RUBRIC_WORD.fullmatch(rubric) and not _OFFICE_WORD.fullmatch(rubric):
        return sender, rubric  # "Landkreis X – Aktuelles": a news page's rubric, a nominalised adjective
    if not any(function_word(word) for word in words):
        return None  # one or more bare nouns after the name ("– Gesundheitsamt") name its department
    return sender, rubric


def _headline_follows(lines: list[Line], index: int) -> bool:
    """True if the next line of text is a headline candidate that closes with no full stop."""
    following = _next_text(lines, index)
    return following is not None and _headline_candidate(following[1]) and not _closed_as_sentence(following[1])


# A Dachzeile phrase is a few words ("Neues aus dem Vogelhaus"); longer lines are headlines.
_ROOF_PHRASE_WORDS_MAX = 5
# The "Topic: statement" headline (German "Thema: Aussage"): a few words, a colon, a clause.
_COLON_HEADLINE = re.compile(r"[^:„“\"«»]{3,80}:\s+\S+(?:\s+\S+){2,}")


def _roof_phrase(lines: list[Line], index: int) -> bool:
    """True for a short topic phrase (a Dachzeile) above a "Topic: statement" headline.

    German press offices set a short verbless topic line above the headline ("Neues aus dem
    Vogelhaus" / "Bunte Federn, leise Stimmen: Tierpark X zeigt seltene Finken").
    The headline is the longer, more informative line: it states the news, here in the two-part
    form with a colon. A short line over a longer one without that form ("Kunst im
    Stadtpark" / "Skulpturen aufgestellt – Rundgänge an zwei Sonntagen") stays headline and subtitle.
    """
    text = lines[index].text.strip()
    words = text.split()
    if not 2 <= len(words) <= _ROOF_PHRASE_WORDS_MAX or re.search(r"[.:;!?,„“\"«»]", text):
        return False
    # Verbless: nouns (capitalised in German) linked by articles and prepositions ("um die", "bei den").
    verbless = all(word[:1].isupper() or word[:1].isdigit() or function_word(word) for word in words)
    if _head_kind(text) != "other" or not verbless or institution_line(text):
        return False
    if not any(word[:1].islower() for word in words) or _sender_lines(lines, index):
        # Capitalised words only ("Bundespolizeiinspektion Musterstadt", "Zoo X") name the sender; a
        # topic phrase links its nouns with small words ("Nachwuchs bei den …", "Ärger um die …").
        return False
    following = _next_text(lines, index)
    if following is None:
        return False
    headline = following[1]
    return (
        _headline_candidate(headline)
        and not _closed_as_sentence(headline)
        and _COLON_HEADLINE.fullmatch(headline) is not None
        and match_number(headline) is None  # "POL-X: …" is a desk code, not a topic before a colon
        and len(headline) >= 2 * len(text)
    )


# A site section's name: two nouns (the first may have a second word) paired by "&" or "und"
# ("Studium & Lehre", "Bauen und Wohnen", "Kultur & Freizeit"), as news sites print their menu item above
# the article's headline; a spaced slash pairs a topic and its sub-topic ("Gesundheitsschutz /
# Hitzeaktionsplan", "Verkehr / Baustellen": the Dachzeile's path of the sender's news page).
_SECTION_PAIR = re.compile(r"[A-ZÄÖÜ][\wäöüß-]+(?: [A-ZÄÖÜ][\wäöüß-]+)?\s+(?:&|und|/)\s+[A-ZÄÖÜ][\wäöüß-]+")


def _section_rubric(lines: list[Line], index: int) -> bool:
    """True for a site section's name over a headline (see _SECTION_PAIR).

    With "&" a headline below is enough: headlines pair nouns with "und". With "und" the headline
    below must have a subtitle line of its own before the body, so that the pair is the third line of
    the head, never a short headline ("Wald und Wild") over its subtitle.
    """
    text = lines[index].text.strip()
    if _SECTION_PAIR.fullmatch(text) is None or institution_line(text) or not _headline_follows(lines, index):
        return False
    if "&" in text or " / " in text:
        return True
    headline = _next_text(lines, index)
    subtitle = _next_text(lines, headline[0]) if headline is not None else None
    return subtitle is not None and _headline_candidate(subtitle[1]) and not _body_follows(lines, index)


# Six letters at least: shorter words in capitals are acronyms, often the sender's own name.
_CAPS_RUBRIC = re.compile(r"[A-ZÄÖÜ]{6,}(?:-[A-ZÄÖÜ]{2,})*")


def _body_follows(lines: list[Line], index: int) -> bool:
    """True if the next line of text after ``lines[index]`` starts the body (a dateline or a paragraph)."""
    following = _next_text(lines, index)
    if following is None:
        return True
    text = following[1]
    return match_dateline(text) is not None or len(text) > HEAD_LINE_MAX or _body_sentence(text)


def _caps_rubric(text: str) -> bool:
    """True for a one-word rubric in capitals that names no body ("EILMELDUNG")."""
    return (
        len(text) <= HEADING_SHORT_MAX
        and _CAPS_RUBRIC.fullmatch(text) is not None
        and match_section_heading(text) is None
        and not institution_line(text)
        and not names_a_body(text)
    )


def _headline_candidate(text: str) -> bool:
    """A line that can be the headline below a Dachzeile: a few words, no label, date or sentence."""
    return (
        len(text.split()) >= _ROOF_HEADLINE_WORDS_MIN
        and len(text) <= HEAD_LINE_MAX
        and _head_kind(text) == "other"
        and not _body_sentence(text)
    )


def _body_sentence(text: str) -> bool:
    """True for a line that reads as body text, not as a headline: sentences closed by a full stop.

    Headlines go without a final full stop; a line of two sentences, or of one long sentence
    ending in "." (ten words or more), opens the body of a release that has no headline.
    """
    if not _closed_as_sentence(text):
        return False
    return bool(sentence_starts(text)) or len(text.split()) >= BODY_SENTENCE_WORDS_MIN


def _closed_as_sentence(text: str) -> bool:
    """True for a line that ends in a sentence's full stop, not in "…" or an abbreviation ("Nr.")."""
    return text.endswith(".") and not text.endswith(("..", "…")) and not ends_in_abbreviation(text)


def _take_label(label: Label, head: _Head, number: int, text: str) -> None:
    """Store a label line: kicker, and the issuer, date, number or headline it carries."""
    if label.title:
        # A label run into the headline ("Presseeinladung: Senatorin besucht …", "MEDIA ADVISORY:
        # Senator to hold …") is part of the headline as the sender published it (corpus/GOLD.md:
        # title "as published", like the "POL-F:" or "Brand 3:" prefixes); splitting it off would
        # print a headline nobody wrote, and the kicker would repeat it above the title.
        if head.title is None:
            head.title, head.title_line = collapse_spaces(despace(text).strip()), number
        return
    plain = not (label.issuer or label.issued or label.number or label.title or label.embargo)
    # The label as written; with the issuer in it ("Gemeinsame Pressemitteilung des Landkreises X"),
    # whose name also becomes the organisation.
    kicker = despace(text).strip().rstrip(":") if plain or label.issuer or label.as_written else label.kicker
    if label.written is not None:
        kicker = label.written  # "Sender – Pressemitteilung": the sender is the organisation below
    if head.kicker is None:
        head.kicker = kicker
    elif plain and kicker.lower() == head.kicker.lower():
        head.fragments.append(Fragment(number, text, "label repeated in the head"))
    else:
        head.kicker = f"{head.kicker} – {kicker}"  # "Pressemitteilung – Gemeinsame Meldung"
    if label.issuer:
        issuer, office = organisation.split_office_label(label.issuer)
        issuer = _nominative(issuer, text)
        if office is not None:
            head.fragments.append(Fragment(number, office, _OFFICE_REASON))
        head.organisation = f"{head.organisation}, {issuer}" if head.organisation else issuer
    if label.issued:
        _take_date(label.issued, head, number, text)
    if label.number and head.release_number is None:
        head.release_number = label.number
    if label.embargo:
        # The embargo on the label line is the release's embargo, never part of a subtitle.
        embargo = match_embargo(label.embargo)
        _take_embargo(embargo[0] if embargo else None, head, number, label.embargo)


# A masculine or neuter name after "des" takes the genitive ending ("des Landkreises X", "des
# Ministeriums"): the organisation is named in the nominative ("Landkreis X"). Feminine names keep
# their form ("der Stadt X"), and only the first word of the name is inflected.
_GENITIVE_HEAD = lazy_compile(r"(?P<stem>[A-ZÄÖÜ][a-zäöüß]{3,}?)(?:es|s)(?=\s|$)")


def _nominative(issuer: str, label_text: str) -> str:
    """The issuer named after "des" in a label, with its first word in the nominative."""
    if f"des {issuer}" not in label_text:
        return issuer
    first, _, rest = issuer.partition(" ")
    match = _GENITIVE_HEAD.fullmatch(first)
    if match is None:
        return issuer
    return f"{match.group('stem')} {rest}".strip()


# Warnings about impossible dates named one by one; more are counted in one further warning, so a
# table of a thousand wrong dates cannot flood a report.
_IMPOSSIBLE_NAMED = 10


def _impossible_dates(lines: list[Line], notes: Notes) -> None:
    """Warn about every date or time of the release text that cannot exist ("31.02.2024").

    The text keeps it as written (an impossible date is never read as the release date, and never
    corrected): the warning is how the sender learns of the typing error (issue 15 #10).
    """
    count = 0
    first_unnamed: int | None = None
    for line in lines:
        for written, why in impossible_dates(line.text):
            count += 1
            if count <= _IMPOSSIBLE_NAMED:
                message = f"impossible date or time '{written}' ({why}), kept as written"
                notes.append(Diagnostic(level="warning", code="date.impossible", message=message, line=line.number))
            elif first_unnamed is None:
                first_unnamed = line.number
    if count > _IMPOSSIBLE_NAMED:
        more = count - _IMPOSSIBLE_NAMED
        message = f"{more} more impossible date(s) or time(s), kept as written"
        notes.append(Diagnostic(level="warning", code="date.impossible", message=message, line=first_unnamed))


def _take_embargo(moment: datetime | None, head: _Head, number: int, text: str) -> None:
    """Keep an embargo line as written; the first readable one is ``Metadata.embargo``.

    An embargo is the most safety-relevant line of a release (issue 15 #6): no line of it is ever
    dropped, one that cannot be read is kept and warned about, and a second one that gives another
    time is kept and warned about too, so that an editor decides, not the parser.
    """
    head.embargo_lines.append(collapse_spaces(text))
    if moment is None:
        head.notes.append(
            Diagnostic(
                level="warning",
                code="embargo.unreadable",
                message=f"cannot read the embargo time '{text.strip()}'",
                line=number,
            )
        )
    elif head.embargo is None:
        head.embargo = moment
        head.embargo_index = len(head.embargo_lines) - 1
    elif moment != head.embargo:
        head.notes.append(
            Diagnostic(
                level="warning",
                code="embargo.conflict",
                message=f"a second embargo line gives another time ('{text.strip()}'); the first is kept as the embargo",
                line=number,
            )
        )


def _take_date(found: FoundDate, head: _Head, number: int, text: str) -> None:
    """Store a date line; a second one repeats the date (kept in ``removed``) or conflicts with it."""
    if head.issued is None:
        head.issued, head.issued_time = found.value, found.time_note
        return
    if found.value == head.issued and head.issued_time is None and found.time_note:
        head.issued_time = found.time_note
        return
    if found.value != head.issued:
        head.notes.append(
            Diagnostic(level="warning", code="date.conflict", message=f"a second date in the head: '{text}'", line=number)
        )
    head.fragments.append(Fragment(number, text, "second date line in the head (the first is the release date)"))


def _next_text(lines: list[Line], index: int) -> tuple[int, str] | None:
    for probe in range(index + 1, len(lines)):
        if not lines[probe].blank:
            return probe, lines[probe].text.strip()
    return None


def _head_kind(text: str) -> str:
    """What a head line is: "label", "date", "number", "body" (dateline or long text) or "other"."""
    label = match_label(text)
    if label and not label.title:
        return "label"
    if parse_date_line(text) or match_embargo(text) or match_dateline(text, whole_line=True):
        return "date"
    number = match_number(text)
    if number and not number[1]:
        return "number"
    if len(text) > HEAD_LINE_MAX or match_dateline(text) is not None:
        return "body"
    return "other"


def _head_line_follows(lines: list[Line], index: int) -> bool:
    """True if the next line is a label, date or number line of the head."""
    following = _next_text(lines, index)
    return following is not None and _head_kind(following[1]) in ("label", "date", "number")


def _tags_then_head_line(lines: list[Line], index: int, *, headline_read: bool) -> bool:
    """True if only short tag lines stand between ``lines[index]`` and a date or number line.

    Category tags sit between the label and the date, after the headline or with the headline
    still to come after the date. Without a headline read yet, if what follows the date is a
    sentence closed by a full stop (the body), no headline is left below: the short lines above
    the date are the headline and the sender, not tags ("Pressemitteilung" / headline /
    "Bezirksamt X" / date / one-sentence text). After the headline, a sentence below the date is
    the teaser ("headline" / "Press Releases" / "Plenary session" / date / teaser).
    """
    probe = index
    for _ in range(4):
        following = _next_text(lines, probe)
        if following is None:
            return False
        probe, candidate = following
        kind = _head_kind(candidate)
        if kind in ("date", "number"):
            if headline_read:
                return True
            after = _next_text(lines, probe)
            return after is not None and not _closed_as_sentence(after[1])
        if kind != "other" or not match_tag_line(candidate):
            return False
    return False


def _sender_lines(lines: list[Line], index: int) -> list[int]:
    """The lines from ``index`` on that name the sender (empty if ``lines[index]`` is no sender).

    A sender is one or more short lines written like names, with the headline still to come:
    after labels or dates ("Sen. Jane Doe" / "Democratic Party" / "MEDIA RELEASE" / date /
    headline), as a numbered headline ("Polizeipräsidium X" / "POL-X: 0815 Headline"), or as a
    stack of at least two name lines over the headline ("Green Valley County" / "Office of the
    County Executive" / headline). One name-like line over a longer one is a headline and its
    subtitle, so a single line needs a label, date or number between it and the headline.
    """
    first = lines[index].text.strip()
    # A ministry's or authority's full name runs longer than a person's or a company's ("Ministerium
    # für Umwelt, Klima und Energiewirtschaft des Landes X"): institution names may take twelve words.
    if not (name_like(first, max_words=6) or institution_line(first, max_words=SENDER_INSTITUTION_WORDS)):
        return []
    stack = [index]
    seen_head_line = False
    probe = index
    for _ in range(8):  # a head is a few lines; never scan a long run of short lines
        following = _next_text(lines, probe)
        if following is None:
            return []
        probe, candidate = following
        kind = _head_kind(candidate)
        if kind == "other" and _dated_bar_row(candidate):
            kind = "date"  # "Presse | Meldungen | 21.11.2026": a CMS row of head items with the date
        if kind in ("label", "date", "number") or (kind == "other" and _caps_rubric(candidate)):
            # A one-word rubric in capitals ("VERKEHRSUNFALL") under the sender's name is a head line
            # like a label (German police and press desks print it as a Rubrik), never a second name
            # line: it stays out of the sender and the head reads it as the kicker (_caps_rubric).
            seen_head_line = True
            continue
        if kind == "other" and _DASHED_LINE.fullmatch(candidate) and len(candidate) <= HEAD_LINE_MAX:
            # "– Der Landrat als Kreispolizeibehörde –": a line set between dashes under the sender's name
            # says who stands behind the name (a letterhead's second line), never the headline.
            stack.append(probe)
            continue
        if kind == "body":
            # An institution's name over one headline-like line over the text ("Landratsamt Nordau" /
            # "Sommerfest im Stadtpark am Samstag" / "Nordau, 2. Juni 2026 – …"): German nouns are
            # capitalised, so the headline reads like a name line, but the institution line above it is
            # the sender (web pages print the site's owner over the article's headline).
            return _sender_over_headline(lines, stack, small_word=True)
        if kind != "other":
            return []
        headline = not candidate.endswith((".", ":", ";")) and len(candidate) <= SHORT_LINE_MAX
        numbered = match_number(candidate)
        if numbered and numbered[1]:
            return stack if headline else []
        if seen_head_line:
            return stack if headline else []  # the headline after the labels
        if not name_like(candidate, max_words=6):
            # Two name lines over the headline, or one that names an institution ("Landratsamt X"
            # over "Neue Buslinie verbindet Stadt und Land").
            single = len(stack) == 1 and institution_line(lines[index].text.strip())
            if (len(stack) >= 2 or single) and headline:
                return stack
            # English headlines are in title case, written like names: institution lines over one
            # title-case line over the text ("Northgate Transit Authority" / "New Bridge Opens" / text)
            # are the sender and the headline.
            return _sender_over_headline(lines, stack) if _body_sentence(candidate) else []
        stack.append(probe)
    return []


# A line between two dashes (a letterhead's second line under the sender's name).
_DASHED_LINE = lazy_compile(r"\s*[–—-]\s+\S.*\S\s+[–—-]\s*")


def _dated_bar_row(text: str) -> bool:
    """True for a short line of items set off by bars (or dots, or columns) of which one is a date."""
    if len(text) > HEAD_LINE_MAX:
        return False
    segments = _BAR.split(text.strip())
    return len(segments) >= 2 and any(parse_date_line(segment) is not None for segment in segments)


def _sender_over_headline(lines: list[Line], stack: list[int], *, small_word: bool = False) -> list[int]:
    """The sender's lines of a stack of name-like lines whose last is the headline, or [].

    Institution lines over one line that names no institution, with the text below: the last line is
    the headline, written like a name because English headlines are in title case and German nouns are
    capitalised ("Northgate Transit Authority" / "New Bridge Opens"; "Stadt Nordau" / "Sommerfest im
    Stadtpark"). A headline has a few words; a short last line may be a person's name under the office.
    With ``small_word``, the last line must hold a word in lower case, as a German headline's verb,
    article or preposition is ("Bürgermeisterin Jana Beck" under the city's name is a person, no headline).
    """
    names = [lines[position].text.strip() for position in stack]
    if small_word and not any(word[:1].islower() for word in names[-1].split()):
        return []
    if (
        len(stack) >= 2
        and all(map(institution_line, names[:-1]))
        and not institution_line(names[-1])
        and len(names[-1].split()) >= ENGLISH_HEADLINE_WORDS_MIN
    ):
        return stack[:-1]
    return []


def _take_title(lines: list[Line], index: int, head: _Head) -> int:
    """Take the headline at ``index`` (joining a second line it wraps onto); return the next index."""
    line = lines[index]
    title = re.sub(r"^#\s+", "", collapse_spaces(line.text))
    index += 1
    if index < len(lines) and not lines[index].blank and headline_continues(title, lines, index):
        title = f"{title} {collapse_spaces(lines[index].text)}"
        index += 1
    # An HTML page title keeps the site's section and name after the headline: "Headline | News | Site".
    split = site_title_suffix(title)
    if split:
        title = split[0]
        head.fragments.append(Fragment(line.number, split[1].strip(), "site name after the page title"))
    ticker = _TICKER.fullmatch(title)
    if ticker:
        # Ticker markers ("+++ Unwetterwarnung für … +++") flag urgent news in German newsrooms; like
        # Markdown's "# " they decorate the headline and are not part of it (corpus/GOLD.md).
        title = ticker.group("title")
        head.fragments.append(Fragment(line.number, "+++ +++", "ticker markers around the headline"))
        alarm = _ALARM.match(title)
        if alarm and alarm.end() < len(title):
            # The ticker's alarm word ("EILMELDUNG:", "WICHTIG:", "UPDATE:") flags the urgency, in
            # capitals before a colon, like the markers: the headline is what follows it.
            head.fragments.append(Fragment(line.number, alarm.group().strip(), "alarm word of the ticker headline"))
            title = title[alarm.end() :]
    head.title, head.title_line = title, line.number
    return index


_TICKER = re.compile(r"\+{2,}\s*(?P<title>[^+\s](?:.*[^+\s])?)\s*\+{2,}")
# One word in capitals and a colon at the start of a ticker headline (its alarm word).
_ALARM = re.compile(r"[A-ZÄÖÜ]{3,}[!:]\s+")


def _first_body_line(body: list[Line], head: _Head) -> None:
    """Take a release number and a dateline off the first body paragraph."""
    # A photo credit or caption set between head and text is the picture's: the text starts below.
    position = next((index for index, line in enumerate(body) if not line.blank and not photo_credit(line.text)), None)
    if position is None:
        return
    line = body[position]
    text = line.text
    number = match_number(text)
    if number and number[1] and head.release_number is None and number[0].startswith(("Nr", "PM", "No")):
        head.release_number = number[0]
        text = number[1]
    if _split_dateline(body, position, head):
        return
    dateline = match_dateline(text) or match_place_stop(text, "\n".join(other.text for other in body))
    if dateline:
        _take_dateline(dateline, head, line.number, text[: dateline.length])
        text = text[dateline.length :]
    if text != line.text:
        body[position] = Line(line.number, text.strip(), line.indent, line.raw)


def _split_dateline(body: list[Line], position: int, head: _Head) -> bool:
    """A dateline a scraper split over short lines: "WASHINGTON" / "–" / "Sen. Jane Doe …"."""
    short: list[int] = []
    probe = position
    while probe < len(body) and len(short) < 3:
        if body[probe].blank:
            probe += 1
            continue
        if len(body[probe].text) > SPLIT_DATELINE_PIECE_MAX:
            break
        short.append(probe)
        probe += 1
    if not short or probe >= len(body):
        return False
    written = " ".join(body[index].text for index in short)
    if len(written) > SPLIT_DATELINE_MAX:
        return False
    text = body[probe].text
    dateline = match_dateline(f"{written} {text}")
    if dateline is None or dateline.length < len(written):
        place = re.sub(r"\s*(?:--|[–—-])$", "", written)
        # A place in capitals alone over the text, its dash lost with the line the scraper dropped.
        if not (place.isupper() and match_place_line(place) and len(text) >= RUNNING_TEXT_MIN):
            return False
        dateline = Dateline(place, None, None, None, None, len(written))
    for index in short:
        body[index] = Line(body[index].number, "", 0, body[index].raw)
    _take_dateline(dateline, head, body[short[0]].number, written)
    rest = f"{written} {text}"[dateline.length :].strip()
    body[probe] = Line(body[probe].number, rest, body[probe].indent, body[probe].raw)
    return True


def _merge_repeated_contact_sections(
    sections: list[Section], source_lines: list[str], removed: list[RemovedLine]
) -> list[Section]:
    """A contact section right after one of the same title that holds only cards joins it.

    A card read from a closing sentence ("… write to info@example.org") gets the default title
    "Contact" again; two landmarks of one name confuse screen-reader users (axe landmark-unique).
    A heading the release wrote twice ("Pressekontakt:" over each card) is listed in ``removed``
    with its reason: a repeated section label must never vanish unaccounted (issue 15 #7).
    """
    merged: list[Section] = []
    for section in sections:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.kind == section.kind == "contact"
            and last.title == section.title
            and not section.blocks
        ):
            merged[-1] = replace(last, contacts=last.contacts + section.contacts)
            line = section.line
            if line is not None and 0 < line <= len(source_lines) and section.title in source_lines[line - 1]:
                reason = "section heading repeated; its cards joined the section of the same heading above"
                removed.append(RemovedLine(line=line, text=section.title, reason=reason))
                removed.sort(key=lambda entry: entry.line)
        else:
            merged.append(section)
    return merged


def _remove_sandwiched_labels(lines: list[Line], keep: list[bool], removed: list[RemovedLine]) -> None:
    """A short label between two lines removed as page navigation or footer is part of the same bar.

    Site footers and menus list their links one per line ("Privacy Policy", "Accessibility",
    "© 2024 …"); the vocabulary rules know the common ones, and a label they do not know that stands
    between two of them, with no sentence of its own, belongs to the same run.
    """
    reasons = {entry.line: entry.reason for entry in removed}
    page_reasons = ("navigation", "footer", "copyright", "web-page", "cookie")

    def neighbour(index: int, step: int) -> str | None:
        index += step
        while 0 <= index < len(lines) and lines[index].blank:
            index += step
        if 0 <= index < len(lines) and not keep[index]:
            return reasons.get(lines[index].number)
        return None

    for index, line in enumerate(lines):
        text = line.text.strip()
        if not keep[index] or len(text.split()) > 3 or re.search(r"[.!?:,;]$|\d", text):
            continue
        before, after = neighbour(index, -1), neighbour(index, 1)
        if before and after and any(w in before for w in page_reasons) and any(w in after for w in page_reasons):
            keep[index] = False
            removed.append(RemovedLine(line=line.number, text=text, reason="web-page link between footer or menu links"))


def _take_dateline(dateline: Dateline, head: _Head, number: int, written: str) -> None:
    """Store a dateline's place, date (weekday and time kept), wire and author code."""
    if head.place is not None:
        # A second dateline ("Burlington, ON – February 11th, 2025" under the wire's own, or under a
        # place line) repeats the place; a date it gives is still the release date if none was read.
        head.fragments.append(Fragment(number, written, "dateline repeated below the first one"))
        if dateline.issued is not None and head.issued is None:
            head.issued, head.issued_time = dateline.issued, dateline.time or head.issued_time
        return
    head.place = dateline.place
    if dateline.issued is not None:
        if head.issued is None:
            head.issued, head.issued_time = dateline.issued, dateline.time or head.issued_time
        elif head.issued != dateline.issued:
            head.notes.append(
                Diagnostic(
                    level="warning",
                    code="date.conflict",
                    message="the dateline gives another date than the head",
                    line=number,
                )
            )
        elif dateline.time and not head.issued_time:
            head.issued_time = dateline.time
    if dateline.wire:
        head.fragments.append(Fragment(number, dateline.wire, "news-agency or wire-service marker in the dateline"))
    if dateline.author and head.author is None:
        head.author = dateline.author


def _subtitle_like(text: str, lines: list[Line], index: int) -> bool:
    """True for a sub-headline: a line standing apart under the headline, shorter than the text."""
    if len(text) > HEAD_LINE_MAX or len(text.split()) < 2:
        return False
    if match_section_heading(text) or parse_date_line(text) or match_number(text):
        return False
    # The text under it, past a date or number line between subtitle and text.
    rest: list[Line] = []
    for line in lines[index + 1 : index + 12]:
        # The photo's credit line, set between head and text, is the picture's, not the text.
        if not line.blank and not photo_credit(line.text) and _head_kind(line.text) not in ("label", "date", "number"):
            rest.append(line)
            break
    if not rest:
        return False
    if text.endswith((".", "!")):
        # A standfirst: one sentence set directly under the headline (or under the date line that
        # follows it) over a much longer text (European Parliament, many news rooms).
        before = next((line.text for line in reversed(lines[:index]) if not line.blank), "")
        under_title = index > 0 and not lines[index - 1].blank
        under_date = parse_date_line(before) is not None
        run_on = index + 1 < len(lines) and not lines[index + 1].blank
        if sentence_starts(text) or not (under_title or under_date):
            return False
        if run_on:
            return len(rest[0].text) >= (3 if under_title else 5) * len(text)
        # Set apart by blank lines it must stand over a news room's flattened body (800+ characters
        # on one line, six times as long), so that a short first paragraph stays the lead.
        return len(rest[0].text) >= max(FLATTENED_BODY_MIN, 6 * len(text))
    if len(text) > SHORT_LINE_MAX or text.endswith((".", ":", ",", ";")):
        return False
    if index + 1 < len(lines) and not lines[index + 1].blank:
        return False  # a subtitle stands apart; this line runs on into the body (hard wrap)
    return len(rest[0].text) > len(text)


def _assemble(
    items: list[Item],
    end_lines: list[int],
    language: str,
    head: _Head,
    removed: list[RemovedLine] | None = None,
) -> tuple[list[Block], list[Section]]:
    removed = removed if removed is not None else []
    german = language.startswith("de")
    body_raw: list[RawBlock] = []
    section_raw: list[tuple[SectionStart, int, list[RawBlock]]] = []
    first_end = min(end_lines) if end_lines else None
    current: list[RawBlock] = body_raw

    def in_section(kind: str) -> bool:
        return bool(section_raw) and current is section_raw[-1][2] and section_raw[-1][0].kind == kind

    for item in items:
        if isinstance(item, RawSection):
            if item.start.kind == "links" and in_section("links"):
                # Consecutive "Weitere Informationen …: URL" lines form one links section. A label
                # repeated without its URL ("Weitere Informationen zum Verkehr:" over the link) is
                # kept as written too: it names the links under it (issue 15 #7).
                label = item.start.rest or f"{item.start.title}:"
                current.append(RawBlock("para", item.line, text=label))
                continue
            if (
                item.start.kind == "contact"
                and in_section("contact")
                and tail.card_open(section_raw[-1])
                and tail.fold(item.start.title) != tail.fold(section_raw[-1][0].title)
            ):
                # "Contact data:" under "Contacts:" labels the fields of the same card.
                label = f"{item.start.title}: {item.start.rest}".strip()
                current.append(RawBlock("para", item.line, text=label))
                continue
            if current is body_raw and item.start.kind != "links":
                # A contact paragraph right before a closing section ends the body with it.
                section_raw = tail.contact_paragraphs(body_raw, section_raw, german)
            blocks: list[RawBlock] = []
            start, start_line = item.start, item.line
            above = tail.card_lines_above(current, item.line) if start.kind == "contact" and start.rest else []
            if above:
                # "Pressestelle" / "Ministerium für …" right over "Pressesprecher: Name": one card, in
                # the order written. An office line on top is the card's heading.
                del current[len(current) - len(above) :]
                if organisation.office_label(above[0].text):
                    labelled = RawBlock("para", item.line, text=f"{start.title}: {start.rest}")
                    start, blocks = SectionStart("contact", above[0].text.strip(), ""), [*above[1:], labelled]
                else:
                    labelled = RawBlock("para", item.line, text=start.rest)
                    start, blocks = SectionStart("contact", start.title, ""), [*above, labelled]
                start_line = above[0].line
            section_raw.append((start, start_line, blocks))
            current = blocks
            continue
        after_end = first_end is not None and item.line > first_end
        if item.kind == "heading" and current is not body_raw and not after_end:
            action = tail.heading_after_section(section_raw, body_raw, item.text)
            if action == "notes":
                section_raw.append((SectionStart("notes", item.text, ""), item.line, []))
                current = section_raw[-1][2]
                continue
            if action == "body":
                current = body_raw
        if in_section("contact") and not after_end and tail.body_resumes(section_raw, item):
            current = body_raw
        if current is body_raw and after_end:
            # Unlabelled text after an end mark ("###") is the organisation's boilerplate.
            section_raw.append((SectionStart("about", _about_title(item.text, language), ""), item.line, []))
            current = section_raw[-1][2]
        if in_section("links") and item.kind == "para" and not re.search(r"https?://|www\.|\.\w{2,4}/", item.text):
            # A sentence after "Weitere Informationen: URL" belongs to the body again.
            current = body_raw if not after_end else current
        if current is body_raw and item.kind == "para":
            glued = tail.glued_end_mark(item.text)
            if glued:
                # "…workers."### : the end mark glued to the last sentence ends the body.
                item.text = glued[0]
                removed.append(RemovedLine(line=item.line, text=glued[1], reason="end mark of the release"))
                first_end = item.line if first_end is None else min(first_end, item.line)
        current.append(item)
    section_raw = tail.dissolve_speaking_about(section_raw, body_raw, first_end)
    # An unlabelled contact card and "X is a …" boilerplate closing the body become sections; they
    # come before any labelled section that follows them in the text (stable sort by line).
    section_raw = tail.closing_tail(body_raw, language) + section_raw
    section_raw = tail.contact_paragraphs(body_raw, section_raw, german)
    section_raw = tail.split_boilerplate_contacts(section_raw, german)
    section_raw = tail.drop_repeated_contacts(section_raw, removed)
    section_raw.sort(key=lambda entry: entry[1])
    removed.sort(key=lambda entry: entry.line)
    _merge_lists(body_raw)
    _promote_headings(body_raw)
    body = build_blocks(body_raw, language, head.notes)
    for block in body:
        if isinstance(block, Paragraph):
            index = body.index(block)
            body[index] = replace(block, lead=True)
            break
    sections = []
    for start, line, raw in section_raw:
        if start.kind == "about" and head.organisation is None:
            head.organisation = organisation.from_about_title(start.title)
        sections.append(build_section(start.kind, start.title, start.rest, raw, language, head.notes, line))
    sections.extend(tail.tip_line_sections(body_raw, sections, german))
    return body, sections


# Words that label a part of a release ("Bildunterschrift", "Foto", "Caption"), never a sender's name.
_CAPTION_LABEL = lazy_compile(r"(?i)(?:Bildunterschrift|Bildunterzeile|Bildzeile|Bildtext|Fotos?|Bild|Caption|Photo)")


def _not_a_label(name: str | None) -> str | None:
    """The organisation, unless what was read as one is a label of the release (GOLD.md: the
    organisation is the body's name): a section heading ("Hintergrund", "Pressekontakt", "Über
    uns"), a document kind ("Pressemitteilung"), a press-office line or a caption label."""
    if name is None:
        return None
    bare = name.strip().rstrip(":").strip()
    heading = match_section_heading(bare)
    if heading is not None and not heading.rest and heading.title == bare:
        return None
    if match_kicker(bare) or organisation.office_label(bare) or _CAPTION_LABEL.fullmatch(bare):
        return None
    return name


def _stated_organisation(body: list[Block], sections: list[Section], removed: list[RemovedLine]) -> str | None:
    """The issuing organisation, when the release states it in one of the fixed forms."""
    from pressconv.model import block_text

    lead = next((block for block in body if isinstance(block, Paragraph)), None)
    found = organisation.from_lead(block_text(lead)) if lead is not None else None
    for entry in removed:
        found = found or organisation.from_footer(entry.text)
    contact_orgs = [c.organisation for s in sections for c in s.contacts if c.organisation]
    found = found or organisation.from_contact(contact_orgs)
    closing = [block_text(block) for block in body] + [block_text(b) for s in sections for b in s.blocks]
    return found or organisation.from_imprint(closing)


def _about_title(text: str, language: str) -> str:
    subject = re.match(
        r"(?P<org>[A-ZÄÖÜ][\w&.’'\- ]{1,60}?)\s+(?:is|are|ist|sind)\s+(?:an?|the|ein|eine|der|die|das)\b",
        text,
    )
    if subject:
        org = subject.group("org").strip()
        return f"Über {org}" if language.startswith("de") else f"About {org}"
    return "Über uns" if language.startswith("de") else "About"


def _merge_lists(raw: list[RawBlock]) -> None:
    """Bullet items separated by blank lines are still one list.

    Numbered items are one list only where the numbers go on ("1." "2." / blank / "3."): a list
    that starts again ("1." "2." / blank / "1." "2." "3.") is a second list, and its numbers as
    written are content, never renumbered into the first (issue 15 #8).
    """
    index = 1
    while index < len(raw):
        before, block = raw[index - 1], raw[index]
        continues = block.kind != "ordered" or (
            bool(before.numbers) and bool(block.numbers) and block.numbers[0] == before.numbers[-1] + 1
        )
        if block.kind == before.kind and block.kind in ("bullets", "ordered") and continues:
            before.items.extend(block.items)
            before.numbers.extend(block.numbers)
            del raw[index]
            continue
        index += 1


def _promote_headings(raw: list[RawBlock]) -> None:
    """Short standalone lines between paragraphs are intermediate headings.

    GOLD "one rule for line breaks": a line without final punctuation standing on its own between
    paragraphs is a heading. A run of such lines is a list (one item per line, the bullets lost),
    and the line under a field label ("Ort:") is its value: neither is a heading.
    """
    for index, block in enumerate(raw[:-1]):
        if block.kind != "para":
            continue
        text = block.text
        following = raw[index + 1]
        previous = raw[index - 1] if index > 0 else None
        words = text.split()
        if not words or not text[:1].isupper() or not _unpunctuated_line(text) or text.endswith(","):
            continue
        if previous is not None and previous.kind == "para" and _unpunctuated_line(previous.text):
            continue  # the second of several unpunctuated lines: items of a list
        if previous is not None and previous.kind == "para" and re.fullmatch(r"\S+(?: \S+){0,2}:", previous.text):
            continue  # the value under a field label
        after_paragraph = previous is None or previous.kind != "para" or not _unpunctuated_line(previous.text)
        caps = text.isupper() and len(text) <= CAPS_HEADING_MAX
        short = len(text) <= HEADING_SHORT_MAX and (2 if not after_paragraph else 1) <= len(words) <= HEADING_SHORT_WORDS_MAX
        # A longer line (a bill's or a programme's name) stands as a heading only after a finished
        # paragraph and over a longer one.
        standalone = (
            len(text) <= HEADING_LINE_MAX
            and 2 <= len(words) <= HEADING_WORDS_MAX
            and after_paragraph
            and following.kind == "para"
            and len(following.text) > len(text)
        )
        if not (caps or short or standalone):
            continue
        if (following.kind == "para" and len(following.text) >= HEADING_FOLLOWER_MIN) or following.kind in (
            "bullets",
            "ordered",
            "table",
        ):
            if re.search(r"[@]|https?://|\d{4,}", text) or find_sentence_like(text):
                continue
            if following.kind == "para" and _unpunctuated_line(following.text) and len(following.text) < HEADING_SHORT_MAX:
                continue  # the first of several unpunctuated lines: a list, not a heading
            block.kind = "heading"
            block.level = 2


def _unpunctuated_line(text: str) -> bool:
    ending = text.rstrip('”“"’»«)')
    return bool(text) and len(text) <= HEADING_LINE_MAX and not ending.endswith((".", "!", "?", ":", ";", "…"))


def find_sentence_like(text: str) -> bool:
    """True if a short line holds more than one sentence (then it is not a heading)."""
    return bool(sentence_starts(text))


def _derive_title(body: list[Block]) -> str:
    """A title from the opening words of the first block (the release has no headline)."""
    from pressconv.model import block_text

    for block in body:
        text = block_text(block)
        if text.split():
            return title_from_text(text)
    return "Untitled"
