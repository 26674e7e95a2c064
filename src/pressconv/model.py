"""The release model: the typed tree every parser stage builds and every writer reads.

All nodes are frozen, slotted, keyword-only dataclasses holding tuples, so a parsed release is
immutable and hashable. The sets of block and inline kinds are closed unions: writers dispatch on
them with ``match`` ending in ``assert_never``, so a kind a writer forgets is a type error under
``mypy --strict``. Source line numbers are kept on nodes for diagnostics but are excluded from
equality, so the same text at another position compares equal (the DERIVED corpus variants rely on
this).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal, TypeAlias, assert_never, cast

__all__ = [
    "DEFAULT_CONTACT_ORDER",
    "Abbr",
    "Block",
    "BlockQuote",
    "BulletList",
    "Contact",
    "ContactField",
    "Email",
    "Emphasis",
    "Heading",
    "Image",
    "Inline",
    "Lang",
    "LineBreak",
    "Link",
    "ListItem",
    "Metadata",
    "OrderedList",
    "Paragraph",
    "Phone",
    "PhotoCredit",
    "Quotation",
    "Release",
    "Section",
    "SectionKind",
    "SourceInfo",
    "Strong",
    "Table",
    "Text",
    "block_inlines",
    "block_text",
    "contact_field_value",
    "contact_fields_in_order",
    "contact_items",
    "contact_label",
    "contact_label_prefix",
    "contact_text",
    "inline_text",
    "ordered_numbers",
    "release_links",
]


# ---------------------------------------------------------------------------- inlines


@dataclass(frozen=True, slots=True, kw_only=True)
class Text:
    """A run of plain text, exactly as written (after whitespace normalisation)."""

    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Emphasis:
    """Emphasised text (rendered as ``<em>``)."""

    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Strong:
    """Strongly emphasised text (rendered as ``<strong>``)."""

    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Link:
    """A hyperlink. ``url`` is the normalised href (scheme added); ``children`` the text as written.

    Writers must never show a bare URL as the only link text (WCAG 2.4.4): they derive a
    description (see ``pressconv.writers.base.link_description``).
    """

    url: str
    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Email:
    """An e-mail address found in the text; rendered as a ``mailto:`` link."""

    address: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Phone:
    """A phone number as written; ``tel`` is its dialable form (``+49231…``) when it can be derived."""

    number: str
    tel: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Quotation:
    """An inline quotation „…“; the quote marks are not part of ``children``."""

    children: tuple[Inline, ...]
    speaker: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Abbr:
    """An abbreviation with its expansion, when known."""

    text: str
    expansion: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Lang:
    """A passage in another language than the release (WCAG 3.1.2 Language of Parts)."""

    children: tuple[Inline, ...]
    lang: str


@dataclass(frozen=True, slots=True, kw_only=True)
class LineBreak:
    """A forced line break inside a block (addresses, poems, contact cards)."""


Inline: TypeAlias = Text | Emphasis | Strong | Link | Email | Phone | Quotation | Abbr | Lang | LineBreak


# ---------------------------------------------------------------------------- blocks


class _BlockText:
    """The ``text`` convenience every block kind shares (issue 18 #10: the Python API has what the JSON has).

    Empty ``__slots__`` keeps the slotted dataclasses below free of a ``__dict__``.
    """

    __slots__ = ()

    @property
    def text(self) -> str:
        """The block's plain text, the JSON writer's ``"text"`` field: ``block_text(self)``."""
        return block_text(cast("Block", self))


@dataclass(frozen=True, slots=True, kw_only=True)
class Paragraph(_BlockText):
    """A paragraph of running text; ``lead`` marks the release's first, summarising paragraph."""

    children: tuple[Inline, ...]
    lead: bool = False
    line: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Heading(_BlockText):
    """An intermediate heading. Level 2 is the top level inside the body (the title is level 1)."""

    level: int
    children: tuple[Inline, ...]
    id: str | None = None
    line: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class BlockQuote(_BlockText):
    """A quotation of one or more paragraphs, with who said it (kept outside the quoted text)."""

    children: tuple[Paragraph, ...]
    speaker: str | None = None
    role: str | None = None
    line: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class ListItem:
    """One item of a bullet or ordered list.

    ``value`` is the number written before an ordered-list item when it is not the one after the
    previous item's ("1) 2) 10)": the third item has value 10); None continues the count. Numbers as
    written are content (issue 15 #8), and this is HTML's ``<li value>``, so every writer can show them.
    """

    children: tuple[Inline, ...]
    value: int | None = None
    line: int | None = field(default=None, compare=False)

    @property
    def text(self) -> str:
        """The item's plain text, the JSON writer's ``"text"`` field of an item: ``inline_text``."""
        return inline_text(self.children)


@dataclass(frozen=True, slots=True, kw_only=True)
class BulletList(_BlockText):
    """An unordered list."""

    items: tuple[ListItem, ...]
    line: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class OrderedList(_BlockText):
    """A numbered list; ``start`` is the first number as written."""

    items: tuple[ListItem, ...]
    start: int = 1
    line: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Table(_BlockText):
    """A table from tab-separated lines; ``header`` is the first row when it reads as one."""

    header: tuple[tuple[Inline, ...], ...] | None
    rows: tuple[tuple[tuple[Inline, ...], ...], ...]
    caption: str | None = None
    line: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Image(_BlockText):
    """An image (logo or configured asset). Either ``alt`` is non-empty or ``decorative`` is set."""

    src: str
    alt: str
    decorative: bool = False
    line: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        # WCAG 1.1.1: an image needs a text alternative unless it is purely decorative.
        if not self.decorative and not self.alt.strip():
            raise ValueError("an Image needs alt text or decorative=True")


@dataclass(frozen=True, slots=True, kw_only=True)
class PhotoCredit(_BlockText):
    """A photo credit line ("Foto: Stadt Dortmund")."""

    children: tuple[Inline, ...]
    line: int | None = field(default=None, compare=False)


Block: TypeAlias = Paragraph | Heading | BlockQuote | BulletList | OrderedList | Table | Image | PhotoCredit


# ---------------------------------------------------------------------------- sections and release

SectionKind: TypeAlias = Literal["contact", "about", "notes", "links"]


# "note" stands for one of ``Contact.notes``, in order: a line of the card that fits no field.
ContactField: TypeAlias = Literal["name", "role", "organisation", "email", "phone", "address", "note"]

# The order writers use for fields the release gave no position for (and for hand-built contacts).
DEFAULT_CONTACT_ORDER: tuple[ContactField, ...] = (
    "name",
    "role",
    "organisation",
    "address",
    "phone",
    "email",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Contact:
    """A press contact. Every field is optional because real releases give any subset.

    ``order`` lists the fields in the order the release wrote them and ``labels`` the label the
    release put before a field ("Tel.", "Mail"), without its colon. Both are empty for a contact
    built by hand: writers then use ``DEFAULT_CONTACT_ORDER`` and their own localized labels. They
    exist because an accessibility conversion must keep every word, in the author's order (issue 9).
    ``notes`` are the card's lines that fit no field (office hours, a fax number, a web address),
    each standing in ``order`` as one "note" entry, so they stay between the fields they came between.
    """

    name: str | None = None
    role: str | None = None
    organisation: str | None = None
    email: str | None = None
    phone: str | None = None
    address: str | None = None
    order: tuple[ContactField, ...] = ()
    labels: tuple[tuple[ContactField, str], ...] = ()
    notes: tuple[tuple[Inline, ...], ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    """A closing section of the release: contacts, boilerplate, notes to editors or further links."""

    kind: SectionKind
    title: str
    blocks: tuple[Block, ...] = ()
    contacts: tuple[Contact, ...] = ()
    line: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceInfo:
    """Where the release came from: the input's file name and the sha256 of its bytes."""

    name: str
    sha256: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Metadata:
    """Everything about the release that is not its body."""

    title: tuple[Inline, ...]
    language: str = "de-DE"
    subtitle: tuple[Inline, ...] | None = None
    kicker: str | None = None
    issued: date | None = None
    issued_time: str | None = None
    place: str | None = None
    # True when no dateline names the place and it is the sender's seat found in the text
    # ("Polizei Nordheim"): metadata for indexes and feeds, but never printed as a dateline.
    place_inferred: bool = False
    # The first embargo line that can be read ("Sperrfrist: 24.12.2024, 18:00 Uhr"). It is aware
    # (has a UTC offset) when the line names a zone with one fixed offset ("EST", "MESZ", "UTC");
    # a zone that names several ("CST", "IST") or none leaves it naive. The zone as written is never
    # lost either way: ``embargo_lines`` keeps every embargo line as written, and writers print those
    # (an embargo is the most safety-relevant line of a release, issue 15 #6).
    embargo: datetime | None = None
    embargo_lines: tuple[str, ...] = ()
    # Which of ``embargo_lines`` (0-based) ``embargo`` was read from, so that a writer marks that
    # line's time (HTML ``<time datetime>``) without reading the line again: writers never import
    # the parser. None when no line could be read, or for a model built without it.
    embargo_index: int | None = None
    organisation: str | None = None
    author: str | None = None
    release_number: str | None = None
    keywords: tuple[str, ...] = ()
    source: SourceInfo | None = None
    # "easy" for a Leichte-Sprache / Easy Read summary built by the transform stage (DESIGN §6),
    # so writers and the batch know it without reading the kicker.
    variant: str | None = None
    # Which engine wrote a summary when it was not the rule engine: "llm" (issue 20). None for the
    # rule engine, so its outputs stay as they were.
    easy_engine: str | None = None

    @property
    def title_text(self) -> str:
        """The title's plain text, the JSON writer's ``meta.title``: ``inline_text(self.title)``."""
        return inline_text(self.title)

    @property
    def subtitle_text(self) -> str | None:
        """The subtitle's plain text (``meta.subtitle`` of the JSON), or None without a subtitle."""
        return inline_text(self.subtitle) if self.subtitle else None


@dataclass(frozen=True, slots=True, kw_only=True)
class Release:
    """A parsed press release: metadata, body blocks and closing sections."""

    meta: Metadata
    body: tuple[Block, ...]
    sections: tuple[Section, ...] = ()
    removed_count: int = 0


# ---------------------------------------------------------------------------- text helpers


def inline_text(inlines: tuple[Inline, ...]) -> str:
    """Return the plain text of inlines (quotation marks are markup, so they are not included)."""
    parts: list[str] = []
    for node in inlines:
        match node:
            case Text(text=text):
                parts.append(text)
            case (
                Emphasis(children=children)
                | Strong(children=children)
                | Lang(children=children)
                | Link(children=children)
                | Quotation(children=children)
            ):
                parts.append(inline_text(children))
            case Email(address=address):
                parts.append(address)
            case Phone(number=number):
                parts.append(number)
            case Abbr(text=text):
                parts.append(text)
            case LineBreak():
                parts.append("\n")
            case _:
                assert_never(node)
    return "".join(parts)


def release_links(release: Release) -> tuple[tuple[str, str], ...]:
    """Every link target of the release with its text, in reading order: links as ``(url, text)``
    and e-mail addresses as ``("mailto:" + address, address)``, contact card notes included."""
    found: list[tuple[str, str]] = []

    def walk(nodes: tuple[Inline, ...]) -> None:
        for node in nodes:
            match node:
                case Link(url=url, children=children):
                    found.append((url, inline_text(children)))
                case Email(address=address):
                    found.append(("mailto:" + address, address))
                case Emphasis(children=children) | Strong(children=children) | Lang(children=children):
                    walk(children)
                case Quotation(children=children):
                    walk(children)
                case _:
                    pass

    walk(release.meta.title)
    if release.meta.subtitle:
        walk(release.meta.subtitle)
    for block in (*release.body, *(block for section in release.sections for block in section.blocks)):
        for inlines in block_inlines(block):
            walk(inlines)
    # A contact card's web address ("Homepage: https://…") is a link of the release too.
    for section in release.sections:
        for contact in section.contacts:
            for note in contact.notes:
                walk(note)
    return tuple(found)


def ordered_numbers(block: OrderedList) -> tuple[int, ...]:
    """The number each item of an ordered list shows: its written ``value``, else one more than the last."""
    numbers: list[int] = []
    current = block.start - 1
    for item in block.items:
        current = item.value if item.value is not None else current + 1
        numbers.append(current)
    return tuple(numbers)


def block_inlines(block: Block) -> tuple[tuple[Inline, ...], ...]:
    """The inline runs of a block: its children, each paragraph of a quotation, each list item, each cell."""
    match block:
        case Paragraph(children=children) | Heading(children=children) | PhotoCredit(children=children):
            return (children,)
        case BlockQuote(children=paragraphs):
            return tuple(paragraph.children for paragraph in paragraphs)
        case BulletList(items=items) | OrderedList(items=items):
            return tuple(item.children for item in items)
        case Table(header=header, rows=rows):
            return tuple(cell for row in ((header,) if header else ()) + rows for cell in row)
        case Image():
            return ()
        case _:
            assert_never(block)


def block_text(
    block: Block,
    *,
    inline: Callable[[tuple[Inline, ...]], str] = inline_text,
    cell_separator: str = "\t",
    image_alt: bool = True,
) -> str:
    """Return the plain text of one block, paragraphs of a quotation and list items joined by newlines.

    ``inline`` flattens inlines (callers that compare words pass one that spaces links apart),
    ``cell_separator`` joins table cells, and ``image_alt`` says whether an image counts its alt text.
    """
    match block:
        case Paragraph(children=children) | Heading(children=children) | PhotoCredit(children=children):
            return inline(children)
        case BlockQuote(children=paragraphs):
            return "\n".join(inline(p.children) for p in paragraphs)
        case BulletList(items=items) | OrderedList(items=items):
            return "\n".join(inline(item.children) for item in items)
        case Table(header=header, rows=rows):
            all_rows = ((header,) if header else ()) + rows
            return "\n".join(cell_separator.join(inline(cell) for cell in row) for row in all_rows)
        case Image(alt=alt):
            return alt if image_alt else ""
        case _:
            assert_never(block)


def contact_field_value(contact: Contact, name: ContactField) -> str | None:
    """Return the value of one contact field by name."""
    match name:
        case "name":
            return contact.name
        case "role":
            return contact.role
        case "organisation":
            return contact.organisation
        case "email":
            return contact.email
        case "phone":
            return contact.phone
        case "address":
            return contact.address
        case "note":
            # Notes are inlines, several per card: see contact_notes_in_order.
            return None
        case _:
            assert_never(name)


def contact_fields_in_order(contact: Contact) -> tuple[ContactField, ...]:
    """Return the contact's fields that have a value: first as the release ordered them, then the
    rest in ``DEFAULT_CONTACT_ORDER``, then notes ``order`` did not place. Every writer prints a card
    in this order; each "note" entry stands for the next of ``contact.notes``."""
    ordered: list[ContactField] = []
    notes_placed = 0
    for name in (*contact.order, *DEFAULT_CONTACT_ORDER):
        if name == "note":
            if notes_placed < len(contact.notes):
                ordered.append(name)
                notes_placed += 1
        elif name not in ordered and contact_field_value(contact, name):
            ordered.append(name)
    ordered.extend(["note"] * (len(contact.notes) - notes_placed))
    return tuple(ordered)


def contact_items(contact: Contact) -> tuple[tuple[ContactField, str | tuple[Inline, ...]], ...]:
    """Return the card's entries in order: each field with its text, each note with its inlines."""
    notes = iter(contact.notes)
    items: list[tuple[ContactField, str | tuple[Inline, ...]]] = []
    for name in contact_fields_in_order(contact):
        items.append((name, next(notes)) if name == "note" else (name, contact_field_value(contact, name) or ""))
    return tuple(items)


def contact_label(contact: Contact, name: ContactField) -> str | None:
    """Return the label the release wrote before a contact field ("Tel.", "Mail"), or None."""
    for labelled, label in contact.labels:
        if labelled == name:
            return label
    return None


def contact_label_prefix(label: str) -> str:
    """Return the text a writer puts before a field value for ``label``: "Mail: ", or "Tel. " for a
    label that ends in a full stop, which is shown as written rather than as "Tel.: "."""
    return f"{label} " if label.endswith(".") else f"{label}: "


def contact_text(contact: Contact) -> str:
    """All text of a contact card, one entry per line: its fields, the labels the release wrote
    before them ("Tel.", "Mail") and its notes. For word accounting and fact checks."""
    values = [value if isinstance(value, str) else inline_text(value) for _, value in contact_items(contact)]
    return "\n".join([*values, *(label for _, label in contact.labels)])
