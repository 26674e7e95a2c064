"""A stable, indented text dump of a Release (docutils pseudo-XML style) for goldens and ``inspect``."""

from __future__ import annotations

from typing import assert_never

from pressconv.model import (
    DEFAULT_CONTACT_ORDER,
    Abbr,
    Block,
    BlockQuote,
    BulletList,
    Contact,
    Email,
    Emphasis,
    Heading,
    Image,
    Inline,
    Lang,
    LineBreak,
    Link,
    OrderedList,
    Paragraph,
    Phone,
    PhotoCredit,
    Quotation,
    Release,
    Section,
    Strong,
    Table,
    Text,
    contact_fields_in_order,
)

__all__ = ["dump"]

_INDENT = "  "


def _attrs(**values: object) -> str:
    parts = [f'{key}="{value}"' for key, value in values.items() if value not in (None, False, "", ())]
    return (" " + " ".join(parts)) if parts else ""


def _inline(node: Inline, depth: int, out: list[str]) -> None:
    pad = _INDENT * depth
    match node:
        case Text(text=text):
            out.append(f"{pad}{text!r}")
        case Emphasis(children=children):
            out.append(f"{pad}<emphasis>")
            _inlines(children, depth + 1, out)
        case Strong(children=children):
            out.append(f"{pad}<strong>")
            _inlines(children, depth + 1, out)
        case Link(url=url, children=children):
            out.append(f"{pad}<link{_attrs(url=url)}>")
            _inlines(children, depth + 1, out)
        case Email(address=address):
            out.append(f"{pad}<email{_attrs(address=address)}>")
        case Phone(number=number, tel=tel):
            out.append(f"{pad}<phone{_attrs(number=number, tel=tel)}>")
        case Quotation(children=children, speaker=speaker, role=role):
            out.append(f"{pad}<quotation{_attrs(speaker=speaker, role=role)}>")
            _inlines(children, depth + 1, out)
        case Abbr(text=text, expansion=expansion):
            out.append(f"{pad}<abbr{_attrs(text=text, expansion=expansion)}>")
        case Lang(children=children, lang=lang):
            out.append(f"{pad}<lang{_attrs(lang=lang)}>")
            _inlines(children, depth + 1, out)
        case LineBreak():
            out.append(f"{pad}<linebreak>")
        case _:
            assert_never(node)


def _inlines(nodes: tuple[Inline, ...], depth: int, out: list[str]) -> None:
    for node in nodes:
        _inline(node, depth, out)


def _block(block: Block, depth: int, out: list[str]) -> None:
    pad = _INDENT * depth
    match block:
        case Paragraph(children=children, lead=lead):
            out.append(f"{pad}<paragraph{_attrs(lead=lead)}>")
            _inlines(children, depth + 1, out)
        case Heading(level=level, children=children, id=ident):
            out.append(f"{pad}<heading{_attrs(level=level, id=ident)}>")
            _inlines(children, depth + 1, out)
        case BlockQuote(children=paragraphs, speaker=speaker, role=role):
            out.append(f"{pad}<blockquote{_attrs(speaker=speaker, role=role)}>")
            for paragraph in paragraphs:
                _block(paragraph, depth + 1, out)
        case BulletList(items=items):
            out.append(f"{pad}<bullet_list>")
            for item in items:
                out.append(f"{pad}{_INDENT}<item>")
                _inlines(item.children, depth + 2, out)
        case OrderedList(items=items, start=start):
            out.append(f"{pad}<ordered_list{_attrs(start=start)}>")
            for item in items:
                out.append(f"{pad}{_INDENT}<item{_attrs(value=None if item.value is None else str(item.value))}>")
                _inlines(item.children, depth + 2, out)
        case Table(header=header, rows=rows, caption=caption):
            out.append(f"{pad}<table{_attrs(caption=caption)}>")
            for kind, row_list in (("header", (header,) if header else ()), ("row", rows)):
                for row in row_list:
                    out.append(f"{pad}{_INDENT}<{kind}>")
                    for cell in row:
                        out.append(f"{pad}{_INDENT * 2}<cell>")
                        _inlines(cell, depth + 3, out)
        case Image(src=src, alt=alt, decorative=decorative):
            out.append(f"{pad}<image{_attrs(src=src, alt=alt, decorative=decorative)}>")
        case PhotoCredit(children=children):
            out.append(f"{pad}<photo_credit>")
            _inlines(children, depth + 1, out)
        case _:
            assert_never(block)


def _contact(contact: Contact, depth: int, out: list[str]) -> None:
    # Order and labels only when they differ from what writers do by default, so goldens of
    # releases whose cards already read in the default order stay as they were.
    in_order = contact_fields_in_order(contact)
    default = tuple(name for name in DEFAULT_CONTACT_ORDER if name in in_order) + ("note",) * len(contact.notes)
    out.append(
        _INDENT * depth
        + "<contact"
        + _attrs(
            name=contact.name,
            role=contact.role,
            organisation=contact.organisation,
            email=contact.email,
            phone=contact.phone,
            address=contact.address,
            order=" ".join(in_order) if in_order != default else None,
            labels="; ".join(f"{name}={label}" for name, label in contact.labels),
        )
        + ">"
    )
    for note in contact.notes:
        out.append(f"{_INDENT * (depth + 1)}<note>")
        _inlines(note, depth + 2, out)


def _section(section: Section, depth: int, out: list[str]) -> None:
    out.append(f"{_INDENT * depth}<section{_attrs(kind=section.kind, title=section.title)}>")
    for contact in section.contacts:
        _contact(contact, depth + 1, out)
    for block in section.blocks:
        _block(block, depth + 1, out)


def dump(release: Release) -> str:
    """Return the indented dump of ``release``; ends with a newline. Source line numbers are omitted."""
    meta = release.meta
    out: list[str] = ["<release>", f"{_INDENT}<meta>"]
    fields: list[tuple[str, object]] = [
        ("language", meta.language),
        ("kicker", meta.kicker),
        ("issued", meta.issued.isoformat() if meta.issued else None),
        ("issued_time", meta.issued_time),
        ("place", meta.place),
        ("place_inferred", "yes" if meta.place_inferred else None),
        ("embargo", meta.embargo.isoformat() if meta.embargo else None),
        ("embargo_lines", " | ".join(meta.embargo_lines) if meta.embargo_lines else None),
        ("embargo_index", meta.embargo_index),
        ("release_number", meta.release_number),
        ("organisation", meta.organisation),
        ("author", meta.author),
        ("keywords", ", ".join(meta.keywords) if meta.keywords else None),
        ("source", meta.source.name if meta.source else None),
    ]
    out.append(f"{_INDENT * 2}<title>")
    _inlines(meta.title, 3, out)
    if meta.subtitle:
        out.append(f"{_INDENT * 2}<subtitle>")
        _inlines(meta.subtitle, 3, out)
    for name, value in fields:
        if value is not None:
            out.append(f"{_INDENT * 2}<{name}>{value}")
    out.append(f"{_INDENT}<body>")
    for block in release.body:
        _block(block, 2, out)
    for section in release.sections:
        _section(section, 1, out)
    return "\n".join(out) + "\n"
