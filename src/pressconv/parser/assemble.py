"""Turn raw blocks into model blocks: inline parsing, quotations, headings, lead paragraph, sections."""

from __future__ import annotations

import re
from typing import Final

from pressconv.diagnostics import Diagnostic
from pressconv.model import (
    Block,
    BlockQuote,
    BulletList,
    Heading,
    Inline,
    ListItem,
    OrderedList,
    Paragraph,
    PhotoCredit,
    Quotation,
    Section,
    SectionKind,
    Table,
    Text,
    inline_text,
)
from pressconv.parser._lazy import lazy_compile
from pressconv.parser.blocks import RawBlock
from pressconv.parser.contacts import heading_organisation, parse_contacts
from pressconv.parser.inlines import build_inlines
from pressconv.parser.limits import (
    ATTRIBUTION_LINE_MAX,
    ATTRIBUTION_WINDOW,
    DEMONSTRATIVE_SENTENCE_WORDS,
    SCAN_LIMIT,
    SENTENCE_BEFORE_WORDS,
    SENTENCE_WINDOW,
    SPEAKER_CARRY_WORDS,
    SURNAME_WINDOW,
)
from pressconv.parser.quotes import (
    KNOWN_WINDOW,
    QuoteSpan,
    attribution_after,
    attribution_before,
    find_person,
    find_quotes,
    is_speech,
    persons_in,
    pronoun_attribution,
)
from pressconv.parser.sentences import sentence_starts

__all__ = ["Notes", "build_blocks", "build_section", "merge_text", "quoted_inlines"]

Notes = list[Diagnostic]  # findings of the block stages, reported with the parse's diagnostics
Speaker = tuple[str, str | None]
# An attribution clause longer than this holds no speaker parse_person accepts (it stops at
# SPEAKER_PHRASE_MAX).
_CLAUSE_WINDOW = 600


def merge_text(nodes: list[Inline] | tuple[Inline, ...]) -> tuple[Inline, ...]:
    """Merge adjacent Text nodes and drop empty ones."""
    merged: list[Inline] = []
    for node in nodes:
        if isinstance(node, Text):
            if not node.text:
                continue
            if merged and isinstance(merged[-1], Text):
                merged[-1] = Text(text=merged[-1].text + node.text)
                continue
        merged.append(node)
    return tuple(merged)


def _starts_with_opener(text: str) -> bool:
    spans = find_quotes(text)
    return bool(spans) and spans[0].start == 0


def quoted_inlines(
    text: str,
    language: str,
    *,
    line: int | None,
    notes: Notes,
    continues: bool,
    carry: Speaker | None,
    known: list[Speaker] | None = None,
    lead_in: str = "",
) -> tuple[tuple[Inline, ...], Speaker | None]:
    """Inline nodes of a paragraph, with speech quotations as Quotation nodes and their speakers.

    ``continues`` says the next paragraph opens with a quote mark (the English convention for a
    quotation running over several paragraphs), so a quote left open here is not an error.
    Returns the inlines and the speaker of a quotation left open at the end (for the next paragraph).
    """
    spans = find_quotes(text)
    nodes: list[Inline] = []
    position = 0
    previous: Speaker | None = None
    previous_end = 0
    open_speaker: Speaker | None = None
    scanned = 0  # everyone named before a quotation is known to it; each character is read once
    for index, span in enumerate(spans):
        inner = text[span.inner_start : span.inner_end]
        if not span.closed and not continues:
            notes.append(
                Diagnostic(
                    level="warning", code="quote.unclosed", message="a quotation mark is opened but never closed", line=line
                )
            )
            break
        if known is not None and scanned < min(span.start, SCAN_LIMIT):
            # People named so far, so that a later bare surname ("Dewey continued") or pronoun
            # ("she said") finds its person — but never someone named only after the quotation.
            known.extend(persons_in(text[scanned : min(span.start, SCAN_LIMIT)]))
        scanned = max(scanned, span.end)
        # Attributions are short: bounded windows keep a 1 MB paragraph with many quotes linear.
        before = text[max(position, span.start - _CLAUSE_WINDOW) : span.start]
        speaker = attribution_before(before, known)
        after = text[span.end : span.end + _CLAUSE_WINDOW]
        if speaker is None and span.closed:
            speaker = attribution_after(after, known, inner)
        if speaker is None and span.closed and known:
            speaker = _known_by_surname(text[span.end : span.end + SURNAME_WINDOW], known)
        if speaker is None and span.closed and pronoun_attribution(after):
            # '…,” she said.' / '„…“, sagte er.': the person quoted or named just before.
            speaker = previous or carry or (known[-1] if known else None)
        if speaker is None and index == 0 and carry is not None and span.start == 0:
            speaker = carry
        if speaker is None and previous is not None and len(text[previous_end : span.start].split()) <= SPEAKER_CARRY_WORDS:
            speaker = previous
        if speaker is None and is_speech(inner, text[span.end : span.end + 1]):
            # (For a quotation opening the paragraph, the last sentence of the paragraph before.)
            speaker = _named_in_sentence_before(before if span.start else lead_in[-_CLAUSE_WINDOW:], known)
            if speaker is None and span.closed:
                speaker = _named_in_sentence_after(after, known)
        speaker = _resolved(speaker, known)
        if speaker is None and not is_speech(inner, text[span.end : span.end + 1].lstrip() or ""):
            continue  # a quoted term or title: keep it as text with its marks
        nodes.extend(build_inlines(text[position : span.start], language))
        inner_nodes = build_inlines(inner.strip(), language)
        nodes.append(
            Quotation(
                children=inner_nodes,
                speaker=speaker[0] if speaker else None,
                role=speaker[1] if speaker else None,
            )
        )
        position = span.end
        previous, previous_end = speaker, span.end
        if speaker is not None and known is not None and speaker[0]:
            known.append(speaker)
        if not span.closed:
            open_speaker = speaker or ("", None)
    nodes.extend(build_inlines(text[position:], language))
    if known is not None and scanned < SCAN_LIMIT:
        known.extend(persons_in(text[scanned:SCAN_LIMIT]))
    return merge_text(nodes), open_speaker


_SURNAME_AFTER = lazy_compile(
    r"\s*[,.]?\s*(?:so|sagt|sagte|erklärt|erklärte|betont|betonte|ergänzt|ergänzte|said|says|added)\s+"
    r"(?P<name>[A-ZÄÖÜ][\w'’-]+)\s*(?:[.!?;,]|$)",
    re.IGNORECASE,
)


def _resolved(speaker: Speaker | None, known: list[Speaker] | None) -> Speaker | None:
    """Complete a speaker from the people named before in the release."""
    if speaker is None or not known:
        return speaker
    recent = known[-KNOWN_WINDOW:]
    if " " not in speaker[0]:
        # "said Sen. Lee": a bare surname is the full name met earlier ("Sen. Mike Lee (R-UT) …").
        speaker = next(((k[0], speaker[1] or k[1]) for k in reversed(recent) if k[0].endswith(" " + speaker[0])), speaker)
    if speaker[1] is None:
        # The same person quoted again without the role: the role given earlier still holds.
        speaker = next((k for k in reversed(recent) if k[0] == speaker[0] and k[1]), speaker)
    return speaker


def _named_in_sentence_before(before: str, known: list[Speaker] | None) -> Speaker | None:
    """A quotation opening a sentence without attribution is spoken by the person who opens the
    sentence before it ("Bürgermeisterin X zeigte sich erfreut. „…“") — a common press convention."""
    text = before.rstrip()
    if not text.endswith((".", "!")):
        return None
    starts = sentence_starts(text[:-1])
    sentence = text[starts[-1] :] if starts else text
    if len(sentence.split()) > SENTENCE_BEFORE_WORDS:
        return None
    return find_person(sentence, known=known, anchored=True)


# "„…“ Das sagte X." / "“…” That was the verdict of X.": a demonstrative sentence right after
# the quotation names its speaker.
_DEMONSTRATIVE = lazy_compile(r"\s*(?:Das|Dies|Dieses|So|That|This|These|Those)\s")


def _named_in_sentence_after(after: str, known: list[Speaker] | None) -> Speaker | None:
    found = _DEMONSTRATIVE.match(after)
    if found is None:
        return None
    starts = sentence_starts(after[:SENTENCE_WINDOW])
    sentence = after[: starts[0]] if starts else after[:SENTENCE_WINDOW]
    if len(sentence.split()) > DEMONSTRATIVE_SENTENCE_WORDS:
        return None
    return find_person(sentence[found.end() :], known=known)


def _known_by_surname(text: str, known: list[Speaker]) -> Speaker | None:
    """A surname alone ("…“, so Sierau.") names a speaker only if someone of that name spoke before."""
    found = _SURNAME_AFTER.match(text)
    if found is None:
        return None
    for speaker in reversed(known[-KNOWN_WINDOW:]):
        if speaker[0].split()[-1] == found.group("name"):
            return speaker
    return None


def _whole_quote(text: str) -> QuoteSpan | None:
    """The quotation that makes up the whole paragraph (trailing punctuation aside), if any."""
    spans = find_quotes(text)
    # A Markdown/e-mail blockquote marker ("> „…“") may stand before the opening mark.
    marker = len(text) - len(text.lstrip("> ")) if text.startswith(">") else 0
    if len(spans) != 1 or spans[0].start != marker:
        return None
    tail = text[spans[0].end :].strip()
    if tail.strip(".,;") or (not spans[0].closed and tail):
        return None
    return spans[0]


def build_blocks(raw: list[RawBlock], language: str, notes: Notes) -> list[Block]:
    """Build model blocks from raw blocks, merging multi-paragraph quotations into a BlockQuote."""
    blocks: list[Block] = []
    known: list[Speaker] = []  # speakers named so far, for "…“, so Sierau." (surname only)
    carry: Speaker | None = None
    open_at: int | None = None  # index in ``blocks`` of a paragraph whose last quotation runs on
    index = 0
    while index < len(raw):
        item = raw[index]
        following = raw[index + 1] if index + 1 < len(raw) else None
        if item.kind != "para":
            blocks.append(_simple_block(item, language))
            carry = None
            index += 1
            continue
        whole = _whole_quote(item.text)
        if whole is not None and is_speech(item.text[whole.inner_start : whole.inner_end], "."):
            group = [item.text[whole.inner_start : whole.inner_end].strip()]
            probe = index + 1
            closed = whole.closed
            while not closed and probe < len(raw) and raw[probe].kind == "para":
                nxt = _whole_quote(raw[probe].text)
                if nxt is None:
                    break
                group.append(raw[probe].text[nxt.inner_start : nxt.inner_end].strip())
                closed = nxt.closed
                probe += 1
            before = blocks[-1] if blocks else None
            speaker: Speaker | None = None
            if isinstance(before, Paragraph):
                intro = _plain(before.children)
                speaker = attribution_before(intro, known)
            if speaker is None and carry and carry[0]:
                speaker = carry
            if speaker is None and (len(group) > 1 or closed):
                # (One open paragraph and its closing one stay inline quotations, speaker backfilled.)
                speaker = _closing_speaker(raw, probe, closed, group[-1], known)
            if speaker is None and isinstance(before, Paragraph):
                # No attribution at all: the person who opens the last sentence before it.
                speaker = _named_in_sentence_before(_plain(before.children)[-_CLAUSE_WINDOW:], known)
            speaker = _resolved(speaker, known)
            if len(group) > 1 or speaker is not None:
                blocks.append(
                    BlockQuote(
                        children=tuple(
                            Paragraph(children=build_inlines(part, language), line=raw[index].line) for part in group
                        ),
                        speaker=speaker[0] if speaker else None,
                        role=speaker[1] if speaker else None,
                        line=item.line,
                    )
                )
                # A quotation still open runs on into the next paragraph with the same speaker.
                carry = speaker if not closed and speaker is not None else None
                if speaker is not None:
                    known.append(speaker)
                index = probe
                continue
        continues = following is not None and following.kind == "para" and _starts_with_opener(following.text)
        children, open_speaker = quoted_inlines(
            item.text,
            language,
            line=item.line,
            notes=notes,
            continues=continues,
            carry=carry,
            known=known,
            lead_in=_plain(blocks[-1].children) if blocks and isinstance(blocks[-1], Paragraph) else "",
        )
        if open_at is not None and children and isinstance(children[0], Quotation) and children[0].speaker:
            # „…  „…“, betonte X: the speaker named at the end of a quotation over several
            # paragraphs also speaks its first part.
            _backfill_speaker(blocks, open_at, children[0].speaker, children[0].role)
        open_at = None
        carry = open_speaker
        if children:
            blocks.append(Paragraph(children=children, line=item.line))
            if open_speaker is not None:
                open_at = len(blocks) - 1
            last = children[-1]
            if (
                isinstance(last, Quotation)
                and last.speaker is None
                and _plain(last.children).rstrip().endswith(",")
                and following is not None
                and following.kind == "para"
            ):
                # '"…,"' with the attribution on the NEXT line ('Senator X wrote.'), as scrapers
                # that break lines at inline elements leave it.
                found = _resolved(attribution_after(following.text[:_CLAUSE_WINDOW], known, _plain(last.children)), known)
                if found is not None:
                    _backfill_speaker(blocks, len(blocks) - 1, found[0], found[1])
        index += 1
    return blocks


def _closing_speaker(raw: list[RawBlock], after: int, closed: bool, last: str, known: list[Speaker]) -> Speaker | None:
    """The speaker named right after a quotation that fills whole paragraphs, if any.

    Two forms: the German convention for a quotation over several paragraphs, where each
    paragraph reopens with „ and only the last one closes, followed by its speaker
    („…“, sagte Name.); and a short paragraph of its own after a closed quotation ("So Name.").
    """
    if after >= len(raw) or raw[after].kind != "para":
        return None
    text = raw[after].text
    if not closed:
        spans = find_quotes(text)
        if spans and spans[0].start == 0 and spans[0].closed:
            inner = text[spans[0].inner_start : spans[0].inner_end]
            return attribution_after(text[spans[0].end : spans[0].end + ATTRIBUTION_WINDOW], known, inner)
        return None
    if len(text) > ATTRIBUTION_LINE_MAX or find_quotes(text):
        return None
    if last.rstrip().endswith(","):
        # '"…,"' then 'Senator X wrote.' on a line of its own.
        return attribution_after(text, known, last)
    found = _STANDALONE_ATTRIBUTION.fullmatch(text)
    return attribution_after(text, known) if found else None


# "So Kämmerin Erika Mustermann." / "Sagte Name." standing alone under a quotation.
_STANDALONE_ATTRIBUTION = lazy_compile(
    r"(?i)(?:so|sagt|sagte|erklärt|erklärte|betont|betonte|said|says)\s+[^.!?]{3,140}[.!]?"
)


def _backfill_speaker(blocks: list[Block], at: int, speaker: str, role: str | None) -> None:
    paragraph = blocks[at]
    if not isinstance(paragraph, Paragraph) or not paragraph.children:
        return
    last = paragraph.children[-1]
    if isinstance(last, Quotation) and last.speaker is None:
        updated = Quotation(children=last.children, speaker=speaker, role=role)
        blocks[at] = Paragraph(children=(*paragraph.children[:-1], updated), lead=paragraph.lead, line=paragraph.line)


def _plain(nodes: tuple[Inline, ...]) -> str:
    return inline_text(nodes)


def _simple_block(item: RawBlock, language: str) -> Block:
    match item.kind:
        case "heading":
            return Heading(level=item.level, children=build_inlines(item.text, language), line=item.line)
        case "credit":
            return PhotoCredit(children=build_inlines(item.text, language), line=item.line)
        case "bullets":
            return BulletList(items=_list_items(item, language), line=item.line)
        case "ordered":
            return OrderedList(items=_list_items(item, language), start=item.start, line=item.line)
        case "table":
            cells = [tuple(build_inlines(cell, language) for cell in row) for row in item.rows]
            width = max(len(row) for row in cells)
            padded = [row + ((),) * (width - len(row)) for row in cells]
            header_row = padded[0] if _looks_like_header(item.rows) else None
            body_rows = padded[1:] if header_row is not None else padded
            return Table(header=header_row, rows=tuple(body_rows), line=item.line)
        case _:
            return Paragraph(children=build_inlines(item.text, language), line=item.line)


def _list_items(item: RawBlock, language: str) -> tuple[ListItem, ...]:
    notes: Notes = []
    result = []
    expected = item.start
    written = item.numbers if item.kind == "ordered" and len(item.numbers) == len(item.items) else []
    for position, (text, number) in enumerate(item.items):
        children, _ = quoted_inlines(text, language, line=number, notes=notes, continues=False, carry=None)
        # A written number that breaks the count ("1) 2) 10)") is kept on its item (issue 15 #8).
        value = written[position] if written and written[position] != expected else None
        expected = (value if value is not None else expected) + 1
        result.append(ListItem(children=children, value=value, line=number))
    return tuple(result)


# A header cell is a short label ("Datum", "Uhrzeit", "Ort"): at most 30 characters, a column
# heading, not a value written out.
_HEADER_CELL_MAX: Final = 30


def _looks_like_header(rows: list[list[str]]) -> bool:
    """A first row without digits above rows with digits reads as a header row."""
    if len(rows) < 2:
        return False
    first_has_digits = any(re.search(r"\d", cell) for cell in rows[0])
    rest_has_digits = any(re.search(r"\d", cell) for row in rows[1:] for cell in row)
    return not first_has_digits and (rest_has_digits or all(len(cell) <= _HEADER_CELL_MAX for cell in rows[0]))


def build_section(
    kind: SectionKind,
    title: str,
    rest: str,
    raw: list[RawBlock],
    language: str,
    notes: Notes,
    line: int | None,
) -> Section:
    """Build one closing section; contact sections get Contact records plus leftover paragraphs."""
    if kind != "contact":
        blocks_raw = list(raw)
        if rest:
            blocks_raw.insert(0, RawBlock("para", line or 0, text=rest))
        return Section(kind=kind, title=title, blocks=tuple(build_blocks(blocks_raw, language, notes)), line=line)
    texts: list[str] = [rest] if rest else []
    other: list[RawBlock] = []
    previous: int | None = None
    for block in raw:
        if previous is not None and block.line - previous >= 2:
            texts.append("")  # a blank line in the source: cards of several persons are set apart so
        previous = block.line
        if block.kind == "para":
            texts.append(block.text)
        elif block.kind in ("bullets", "ordered"):
            texts.extend(text for text, _ in block.items)
        else:
            other.append(block)
    organisation = heading_organisation(title)
    contacts, leftovers = parse_contacts(
        texts,
        organisation=organisation,
        language=language,
        inlines=lambda text: tuple(build_inlines(text, language, phones=True)),
    )
    blocks: list[Block] = [Paragraph(children=build_inlines(text, language, phones=True), line=line) for text in leftovers]
    blocks.extend(_simple_block(block, language) for block in other)
    if not contacts and not blocks:
        notes.append(
            Diagnostic(
                level="info", code="contact.empty", message=f"the section '{title}' holds no contact details", line=line
            )
        )
    return Section(
        kind="contact",
        title=title,
        blocks=tuple(blocks),
        contacts=tuple(contacts) if contacts else (),
        line=line,
    )
