"""Leichte Sprache (German) and Easy Read (English) summaries: a short easy ``Release``, built offline.

``summarise`` runs the pipeline (``pipeline.STEPS``: kind → facts → sentences → title → verifier →
glossary) and turns the draft into a Release with ``Metadata.variant = "easy"``. The transform stage
(``pressconv.transforms.SUMMARY``) calls it; writers only render the result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from pressconv.diagnostics import Diagnostic
from pressconv.model import (
    Block,
    BulletList,
    Email,
    Heading,
    Inline,
    ListItem,
    Metadata,
    Paragraph,
    Phone,
    Quotation,
    Release,
    Section,
    Text,
)
from pressconv.transforms.easy.compounds import MEDIOPUNKT, Separator, segment
from pressconv.transforms.easy.templates import Line

__all__ = [
    "DRAFT_LABELS",
    "EASY_KICKERS",
    "EasyResult",
    "easy_metadata",
    "is_easy_release",
    "segment_word",
    "summarise",
    "summary_text",
]

EASY_KICKERS: Final = {"de": "Leichte Sprache", "en": "Easy Read"}
# DIN SPEC 33429:2025: only a check by readers of the target group makes a text Leichte Sprache.
DRAFT_LABELS: Final = {
    "de": "Entwurf – nicht von Prüferinnen und Prüfern geprüft",
    "en": "Draft – not checked by readers",
}
HEADINGS: Final = {
    "de": {"about": "Worum geht es?", "contact": "Kontakt", "glossary": "Wörterbuch"},
    "en": {"about": "What is it about?", "contact": "Contact", "glossary": "Word list"},
}


@dataclass(frozen=True, slots=True, kw_only=True)
class EasyResult:
    """The easy release plus what the summariser noticed and what the report needs."""

    release: Release
    diagnostics: tuple[Diagnostic, ...]
    sentences: tuple[str, ...]
    source_sentences: tuple[str, ...]
    facts_kept: tuple[tuple[str, bool], ...]
    kind: str
    origins: tuple[str, ...]
    dropped: tuple[tuple[str, tuple[str, ...]], ...]
    hard_unexplained: tuple[str, ...]
    language: str
    # The items of the summary's lists (lists.py): phrases after an intro line, not sentences.
    items: tuple[str, ...] = ()
    # Positions in ``sentences`` of rescue followers ("Das ist am …", rescue.py): each stands right
    # after the sentence it points back at, by construction (rescue.whole_groups).
    followers: tuple[int, ...] = ()


def _lang(language: str) -> Literal["de", "en"]:
    """The document language code for a language tag: German for any de-* tag, else English."""
    return "de" if language.lower().startswith("de") else "en"


def is_easy_release(release: Release) -> bool:
    """True if ``release`` is already an easy summary (the transform stage marks it)."""
    return release.meta.variant == "easy"


def _inlines(text: str, language: str) -> tuple[Inline, ...]:
    """Quoted names „…“ become Quotation nodes (writers add the marks)."""
    pattern = r"„([^“]+)“" if language == "de" else r"“([^”]+)”"
    out: list[Inline] = []
    position = 0
    for match in re.finditer(pattern, text):
        if match.start() > position:
            out.append(Text(text=text[position : match.start()]))
        out.append(Quotation(children=(Text(text=match.group(1)),)))
        position = match.end()
    if position < len(text):
        out.append(Text(text=text[position:]))
    return tuple(out)


def _paragraph(line: Line, language: str) -> Paragraph:
    """A summary line as a paragraph: a phone number or an e-mail address as its own node, else its text."""
    if line.phone:
        return Paragraph(children=(Phone(number=line.phone),))
    if line.email:
        return Paragraph(children=(Email(address=line.email),))
    return Paragraph(children=_inlines(line.text, language))


def _restyle(text: str, separator: Separator) -> str:
    """Lexicon texts are written with the Mediopunkt; the hyphen style capitalises every part."""
    if separator == MEDIOPUNKT:
        return text
    return re.sub(r"·(\w)", lambda m: "-" + m.group(1).upper(), text)


def easy_metadata(
    release: Release,
    title: str,
    language: Literal["de", "en"],
    *,
    label: str | None = None,
    engine: str | None = None,
) -> Metadata:
    """The metadata of a summary of ``release``: its title, the draft label, and what it keeps of the source.

    One builder for the rule engines (German and English) and the language-model engine, which
    passes its own draft label and its name (``Metadata.easy_engine``).
    """
    return Metadata(
        title=(Text(text=title),),
        language=release.meta.language,
        subtitle=(Text(text=label or DRAFT_LABELS[language]),),
        kicker=EASY_KICKERS[language],
        issued=release.meta.issued,
        organisation=release.meta.organisation,
        author=release.meta.author,
        keywords=(EASY_KICKERS[language],),
        source=release.meta.source,
        variant="easy",
        easy_engine=engine,
    )


def summarise(release: Release, *, separator: str = MEDIOPUNKT) -> EasyResult:
    """Build the easy-language summary of ``release``. Never raises on an odd release."""
    language = _lang(release.meta.language)
    if language == "en":
        from pressconv.transforms.easy.english import summarise_english

        return summarise_english(release)
    from pressconv.transforms.easy.dropreport import merged_drops
    from pressconv.transforms.easy.hardwords import hard_words
    from pressconv.transforms.easy.lexicon import basic_form
    from pressconv.transforms.easy.pipeline import build, diagnostics

    sep: Separator = "-" if separator in ("-", "hyphen") else MEDIOPUNKT
    draft = build(release, sep)
    labels = HEADINGS[language]
    body: list[Block] = [Heading(level=2, children=(Text(text=labels["about"]),))]
    for line in draft.lines:
        body.append(_paragraph(line, language))
        if line.items:
            # An enumeration as a real list, one item a line (Netzwerk Leichte Sprache; lists.py):
            # writers render it as <ul>/<li>, a tagged PDF list (PDF/UA L/LI), an EPUB and DOCX list.
            body.append(BulletList(items=tuple(ListItem(children=_inlines(item, language)) for item in line.items)))
    if draft.contact:
        body.append(Heading(level=2, children=(Text(text=labels["contact"]),)))
        body.extend(_paragraph(line, language) for line in draft.contact)
    sections: tuple[Section, ...] = ()
    if draft.glossary:
        blocks: list[Block] = []
        for entry in draft.glossary:
            blocks.append(Heading(level=3, children=(Text(text=_restyle(entry.word, sep)),)))
            # One sentence a line (Netzwerk Leichte Sprache), in the glossary too.
            for sentence in re.split(r"(?<=[.!?])\s+", entry.explanation):
                blocks.append(Paragraph(children=(Text(text=_restyle(sentence, sep)),)))
        sections = (Section(kind="notes", title=labels["glossary"], blocks=tuple(blocks)),)
    title = draft.headline or "Eine Nachricht in Leichter Sprache"
    easy = Release(meta=easy_metadata(release, title, language), body=tuple(body), sections=sections)
    texts = tuple(line.text for line in draft.lines) + tuple(
        line.text for line in draft.contact if not line.phone and not line.email
    )
    items = tuple(item for line in draft.lines for item in line.items)
    explained = {f for e in draft.glossary for f in e.forms}
    from pressconv.transforms.easy import morph

    # Names (a village, a person) are not hard words to explain.
    names = set(draft.keep) | {t.word for text in texts for t in morph.tag(text) if t.pos == "NE"}
    if draft.facts is not None and draft.facts.area:
        names |= set(draft.facts.area.split()[1:])
    unexplained = tuple(
        w
        for w in hard_words([*texts, *items], "de", names=frozenset(names), basic_form=basic_form)
        if w.replace("·", "").replace("-", "").lower() not in explained
    )
    notes = diagnostics(draft) + tuple(
        Diagnostic(level="info", code="easy.hard-word", message=f"hard word without a glossary entry: {w}")
        for w in unexplained
    )
    return EasyResult(
        release=easy,
        diagnostics=notes,
        sentences=texts,
        items=items,
        followers=tuple(i for i, line in enumerate(draft.lines) if line.follows),
        source_sentences=tuple(s.text for s in draft.sentences if not s.heading),
        facts_kept=_facts_kept(draft, texts),
        kind=draft.kind,
        origins=tuple(line.origin for line in draft.lines),
        dropped=tuple((t, tuple(sorted({f.check for f in fs}))) for t, fs in merged_drops(draft.dropped)),
        hard_unexplained=unexplained,
        language=language,
    )


def _facts_kept(draft: object, texts: tuple[str, ...]) -> tuple[tuple[str, bool], ...]:
    """Which key facts (date, place, people, phone) the summary carries, for the report."""
    from pressconv.transforms.easy.dates import format_date
    from pressconv.transforms.easy.pipeline import Draft

    assert isinstance(draft, Draft) and draft.facts is not None
    facts = draft.facts
    wanted: list[str] = [v for v in (facts.what, facts.area, facts.host) if v]
    if facts.when is not None:
        wanted.append(format_date(facts.when.day, "de"))
    if facts.address:
        wanted.append(facts.address)
    wanted.extend(p.name for p in facts.people)
    wanted.extend(facts.phones[:1])
    if facts.missing_name:
        wanted.append(facts.missing_name)
    listed = [item for line in draft.lines for item in line.items]
    flat = re.sub(r"[·\-\s]", "", " ".join([*texts, *listed, *(c.text for c in draft.contact)])).lower()
    return tuple((fact, re.sub(r"[·\-\s]", "", fact).lower() in flat) for fact in wanted)


def summary_text(release: Release) -> str:
    """Return the easy release as plain text: one sentence per line, lists with "- "."""
    from pressconv.model import block_text, inline_text

    lines = [inline_text(release.meta.title), inline_text(release.meta.subtitle or ()), ""]
    opening, closing = ("„", "“") if _lang(release.meta.language) == "de" else ("“", "”")

    def plain(block: Block) -> str:
        """The block's plain text: a paragraph's quotations in marks, e-mail addresses and numbers as written."""
        if isinstance(block, Paragraph):
            parts: list[str] = []
            for node in block.children:
                if isinstance(node, Quotation):
                    parts.append(opening + "".join(t.text for t in node.children if isinstance(t, Text)) + closing)
                elif isinstance(node, Text):
                    parts.append(node.text)
                elif isinstance(node, Email):
                    parts.append(node.address)
                elif isinstance(node, Phone):
                    parts.append(node.number)
            return "".join(parts)
        return block_text(block)

    def emit(block: Block) -> None:
        """Append the block's lines: a heading with its hashes, list items with dashes, else its plain text."""
        match block:
            case Heading(level=level):
                lines.extend(["", "#" * level + " " + block_text(block)])
            case BulletList(items=items):
                lines.extend("- " + plain(Paragraph(children=i.children)) for i in items)
            case _:
                lines.append(plain(block))

    for block in release.body:
        emit(block)
    for section in release.sections:
        lines.extend(["", "## " + section.title])
        for block in section.blocks:
            emit(block)
    return "\n".join(lines).strip() + "\n"


# Re-exported for writers: segment one word the way the summary does.
segment_word = segment
