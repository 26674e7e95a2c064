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
from typing import TYPE_CHECKING

from pressconv.diagnostics import Diagnostic, RemovedLine
from pressconv.model import Block, Metadata, Paragraph, Release, Section, SourceInfo, Text
from pressconv.parser import organisation, tail
from pressconv.parser.accounting import text_lost_diagnostic
from pressconv.parser.assemble import Notes, build_blocks, build_section
from pressconv.parser.blocks import Fragment, Item, RawBlock, RawSection, group_lines
from pressconv.parser.contacts import SectionStart, match_section_heading
from pressconv.parser.dates import find_date, parse_date_line
from pressconv.parser.frontmatter import read_front_matter
from pressconv.parser.header import match_dateline, match_embargo, match_kicker, match_number
from pressconv.parser.inlines import build_inlines
from pressconv.parser.language import guess_language
from pressconv.parser.lines import Line, collapse_spaces, split_lines
from pressconv.parser.markdown import prepass
from pressconv.parser.pagedump import page_residue, site_title_suffix
from pressconv.parser.place import sender_seat
from pressconv.parser.residue import aggregator_tail_start, end_mark_reason, trailing_button
from pressconv.parser.sentences import sentence_starts

if TYPE_CHECKING:
    from pressconv.api import ParseResult

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
    from pressconv.api import ParseResult

    lines = [line for line in split_lines(_clean(text, [])) if not line.blank]
    title = collapse_spaces(lines[0].text) if lines else "Untitled"
    body = tuple(
        Paragraph(children=(Text(text=collapse_spaces(line.text)),), line=line.number) for line in lines[1:]
    )
    release = Release(
        meta=Metadata(title=(Text(text=title),), source=_source_info(text, path, source_bytes)), body=body
    )
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
    from pressconv.api import ParseResult

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
    title_at = next((index for index, flag in enumerate(keep) if flag), None)
    suffix = site_title_suffix(lines[title_at].text) if title_at is not None else None
    if title_at is not None and suffix:
        first = lines[title_at]
        lines[title_at] = Line(first.number, suffix[0], first.indent, first.raw)
        removed.append(RemovedLine(line=first.number, text=suffix[1], reason="site name after the page title"))
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
    if removed:
        diagnostics.append(
            Diagnostic(
                level="info",
                code="residue.removed",
                message=f"removed {len(removed)} line(s) that are not part of the release (see removed)",
                line=removed[0].line,
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
    body_lines = _read_head(content, head, language)
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
    if head.organisation is None:
        head.organisation = _stated_organisation(body, sections, removed)
    if head.place is None:
        # No dateline: the sender's seat as named in the text (GOLD.md "place from the sender").
        head.place = sender_seat("\n".join(line.text for line in content), language)
        head.place_inferred = head.place is not None
    if head.title is None:
        head.title = _derive_title(body)
        head.notes.append(
            (
                "warning",
                "title.missing",
                "no headline found; the opening words of the text are used as title",
                1,
            )
        )
    if head.issued is None:
        head.notes.append(("warning", "date.missing", "no release date found", head.title_line))
    for level, code, message, line_number in head.notes:
        assert level in ("error", "warning", "info")
        diagnostics.append(Diagnostic(level=level, code=code, message=message, line=line_number))  # type: ignore[arg-type]

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
        organisation=head.organisation,
        author=head.author,
        release_number=head.release_number,
        keywords=front.keywords if front is not None else (),
        source=_source_info(text, path, source_bytes),
    )
    release = Release(meta=meta, body=tuple(body), sections=tuple(sections), removed_count=len(removed))
    # The self-check: a word neither in the model nor removed with a reason is a parser bug (issue 14).
    lost = text_lost_diagnostic(text, release, removed)
    if lost is not None:
        diagnostics.append(lost)
    return ParseResult(release=release, diagnostics=tuple(diagnostics), removed=tuple(removed))


def _read_head(lines: list[Line], head: _Head, language: str) -> list[Line]:
    """Consume kicker, date, number, embargo, dateline, title and subtitle lines; return the body lines."""
    index = 0
    count = len(lines)
    while index < count:
        line = lines[index]
        text = line.text.strip()
        if not text:
            index += 1
            continue
        if match_section_heading(text) and head.title is not None:
            break
        kicker = match_kicker(text)
        if kicker and head.kicker is None:
            head.kicker = kicker[0]
            if kicker[1] and head.title is None:
                head.title, head.title_line = kicker[1], line.number
            index += 1
            continue
        found = parse_date_line(text)
        if found and head.issued is None:
            head.issued, head.issued_time = found.value, found.time
            index += 1
            continue
        embargo = match_embargo(text)
        if embargo:
            head.embargo = embargo[0]
            if embargo[0] is None:
                head.notes.append(
                    ("warning", "embargo.unreadable", f"cannot read the embargo time '{text}'", line.number)
                )
                break
            index += 1
            continue
        number = match_number(text)
        if number and head.release_number is None and (not number[1] or head.title is None):
            head.release_number = number[0]
            if number[1]:
                head.title, head.title_line = number[1], line.number
            index += 1
            continue
        own_dateline = match_dateline(text, whole_line=True)
        if own_dateline and (head.title is not None or own_dateline.wire):
            _take_dateline(own_dateline, head, line.number, text)
            index += 1
            continue
        if head.title is None:
            if match_dateline(text) is not None or len(text) > 250:
                break  # the text starts with its body (a dateline or a long paragraph): no headline
            head.title = re.sub(r"^#\s+", "", collapse_spaces(text))
            head.title_line = line.number
            index += 1
            continue
        if head.subtitle is None and _subtitle_like(text, lines, index):
            head.subtitle = collapse_spaces(text)
            index += 1
            continue
        break
    body = lines[index:]
    # The first body line may open with a release number and a dateline.
    for position, line in enumerate(body):
        if line.blank:
            continue
        text = line.text
        number = match_number(text)
        if number and number[1] and head.release_number is None and number[0].startswith(("Nr", "PM", "No")):
            head.release_number = number[0]
            text = number[1]
        dateline = match_dateline(text)
        if dateline:
            _take_dateline(dateline, head, line.number, text[: dateline.length])
            text = text[dateline.length :]
        if text != line.text:
            body[position] = Line(line.number, text.strip(), line.indent, line.raw)
        break
    return body


def _take_dateline(dateline: object, head: _Head, number: int, written: str) -> None:
    from pressconv.parser.header import Dateline

    assert isinstance(dateline, Dateline)
    if head.place is None:
        head.place = dateline.place
    else:
        # A second dateline ("Burlington, ON – February 11th, 2025" under the wire's own) repeats it.
        head.fragments.append(Fragment(number, written, "dateline repeated below the first one"))
        return
    if dateline.issued is not None:
        if head.issued is None:
            head.issued, head.issued_time = dateline.issued, dateline.time or head.issued_time
        elif head.issued != dateline.issued:
            head.notes.append(
                ("warning", "date.conflict", "the dateline gives another date than the head", number)
            )
    if dateline.wire:
        head.fragments.append(
            Fragment(number, dateline.wire, "news-agency or wire-service marker in the dateline")
        )
    if dateline.author and head.author is None:
        head.author = dateline.author


def _subtitle_like(text: str, lines: list[Line], index: int) -> bool:
    if len(text) > 200 or text.endswith((".", ":", ",", ";")) or len(text.split()) < 2:
        return False
    if match_section_heading(text) or parse_date_line(text) or match_number(text):
        return False
    if index + 1 < len(lines) and not lines[index + 1].blank:
        return False  # a subtitle stands apart; this line runs on into the body (hard wrap)
    rest = [line for line in lines[index + 1 :] if not line.blank]
    return bool(rest) and len(rest[0].text) > len(text)


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
                # Consecutive "Weitere Informationen …: URL" lines form one links section.
                if item.start.rest:
                    current.append(RawBlock("para", item.line, text=item.start.rest))
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
            section_raw.append((item.start, item.line, blocks))
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
            organisation = re.sub(
                r"^(?:Über|About|Ueber)\s+(?:die|den|das|der|the)?\s*", "", start.title
            ).strip()
            if organisation and organisation.lower() not in ("uns", "us"):
                head.organisation = organisation
        sections.append(build_section(start.kind, start.title, start.rest, raw, language, head.notes, line))
    sections.extend(tail.tip_line_sections(body_raw, sections, german))
    return body, sections


def _stated_organisation(
    body: list[Block], sections: list[Section], removed: list[RemovedLine]
) -> str | None:
    """The issuing organisation, when the release states it in one of the fixed forms."""
    from pressconv.model import block_text

    lead = next((block for block in body if isinstance(block, Paragraph)), None)
    found = organisation.from_lead(block_text(lead)) if lead is not None else None
    for entry in removed:
        found = found or organisation.from_footer(entry.text)
    contact_orgs = [c.organisation for s in sections for c in s.contacts if c.organisation]
    return found or organisation.from_contact(contact_orgs)


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
    """Bullet items separated by blank lines are still one list."""
    index = 1
    while index < len(raw):
        if raw[index].kind == raw[index - 1].kind and raw[index].kind in ("bullets", "ordered"):
            raw[index - 1].items.extend(raw[index].items)
            del raw[index]
            continue
        index += 1


def _promote_headings(raw: list[RawBlock]) -> None:
    """Short standalone lines between paragraphs are intermediate headings."""
    for index, block in enumerate(raw[:-1]):
        if block.kind != "para":
            continue
        text = block.text
        following = raw[index + 1]
        words = text.split()
        if not words or not text[:1].isupper() or text.endswith((".", ",", ";", ":", "…")):
            continue
        caps = text.isupper() and len(text) <= 120
        short = len(text) <= 90 and 2 <= len(words) <= 12
        if not (caps or short):
            continue
        if (following.kind == "para" and len(following.text) >= 20) or following.kind in (
            "bullets",
            "ordered",
            "table",
        ):
            if re.search(r"[@]|https?://|\d{4,}", text) or find_sentence_like(text):
                continue
            block.kind = "heading"
            block.level = 2


def find_sentence_like(text: str) -> bool:
    """True if a short line holds more than one sentence (then it is not a heading)."""
    return bool(sentence_starts(text))


def _derive_title(body: list[Block]) -> str:
    from pressconv.model import block_text

    for block in body:
        words = block_text(block).split()
        if words:
            title = " ".join(words[:12])
            return title + ("…" if len(words) > 12 else "")
    return "Untitled"
