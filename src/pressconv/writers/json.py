"""The ``json`` writer: the release model as JSON, schema ``pressconv.release/1`` (a public interface).

Key names are stable and documented in the README. ``release_to_json`` serialises a full
ParseResult (with ``removed`` and ``diagnostics``, as ``pressconv inspect --json`` prints it);
``JsonWriter`` only receives the Release, so its ``removed`` and ``diagnostics`` lists are empty
(``removed_count`` still says how many lines the parser dropped). ``release_from_json`` reads the
document back into an equal Release.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, assert_never, cast

from pressconv.model import (
    Abbr,
    Block,
    BlockQuote,
    BulletList,
    Contact,
    ContactField,
    Email,
    Emphasis,
    Heading,
    Image,
    Inline,
    Lang,
    LineBreak,
    Link,
    ListItem,
    Metadata,
    OrderedList,
    Paragraph,
    Phone,
    PhotoCredit,
    Quotation,
    Release,
    Section,
    SourceInfo,
    Strong,
    Table,
    Text,
    block_text,
    inline_text,
    release_links,
)
from pressconv.writers.base import RenderContext

if TYPE_CHECKING:
    from collections.abc import Sequence

    from pressconv.diagnostics import Diagnostic, RemovedLine


class ParsedRelease(Protocol):
    """What ``release_to_json`` reads of a ``ParseResult``: stated here because writers never import
    the parser (tests/unit/test_import_cycles.py), not even for a type."""

    @property
    def release(self) -> Release: ...

    @property
    def diagnostics(self) -> Sequence[Diagnostic]: ...

    @property
    def removed(self) -> Sequence[RemovedLine]: ...


__all__ = ["SCHEMA", "JsonWriter", "release_from_json", "release_to_dict", "release_to_json"]

SCHEMA = "pressconv.release/1"
JsonObject = dict[str, Any]


def _inline(node: Inline) -> JsonObject:
    match node:
        case Text(text=text):
            return {"type": "text", "text": text}
        case Emphasis(children=children):
            return {"type": "emphasis", "text": inline_text(children), "children": _inlines(children)}
        case Strong(children=children):
            return {"type": "strong", "text": inline_text(children), "children": _inlines(children)}
        case Link(url=url, children=children):
            return {"type": "link", "url": url, "text": inline_text(children), "children": _inlines(children)}
        case Email(address=address):
            return {"type": "email", "address": address, "text": address}
        case Phone(number=number, tel=tel):
            return {"type": "phone", "number": number, "tel": tel, "text": number}
        case Quotation(children=children, speaker=speaker, role=role):
            return {
                "type": "quotation",
                "speaker": speaker,
                "role": role,
                "text": inline_text(children),
                "children": _inlines(children),
            }
        case Abbr(text=text, expansion=expansion):
            return {"type": "abbr", "text": text, "expansion": expansion}
        case Lang(children=children, lang=lang):
            return {
                "type": "lang",
                "lang": lang,
                "text": inline_text(children),
                "children": _inlines(children),
            }
        case LineBreak():
            return {"type": "line_break", "text": "\n"}
        case _:
            assert_never(node)


def _inlines(nodes: tuple[Inline, ...]) -> list[JsonObject]:
    return [_inline(node) for node in nodes]


def _items(items: tuple[ListItem, ...]) -> list[JsonObject]:
    # "value": the number written before an ordered-list item that breaks the count (null continues it).
    return [{"text": inline_text(item.children), "children": _inlines(item.children), "value": item.value} for item in items]


def _block(block: Block) -> JsonObject:
    text = block_text(block)
    match block:
        case Paragraph(children=children, lead=lead):
            return {"type": "paragraph", "text": text, "lead": lead, "children": _inlines(children)}
        case Heading(level=level, children=children, id=ident):
            return {
                "type": "heading",
                "text": text,
                "level": level,
                "id": ident,
                "children": _inlines(children),
            }
        case BlockQuote(children=paragraphs, speaker=speaker, role=role):
            return {
                "type": "blockquote",
                "text": text,
                "speaker": speaker,
                "role": role,
                "children": [_block(paragraph) for paragraph in paragraphs],
            }
        case BulletList(items=items):
            return {"type": "bullet_list", "text": text, "items": _items(items)}
        case OrderedList(items=items, start=start):
            return {"type": "ordered_list", "text": text, "start": start, "items": _items(items)}
        case Table(header=header, rows=rows, caption=caption):
            return {
                "type": "table",
                "text": text,
                "caption": caption,
                "header": [_inlines(cell) for cell in header] if header is not None else None,
                "rows": [[_inlines(cell) for cell in row] for row in rows],
            }
        case Image(src=src, alt=alt, decorative=decorative):
            return {"type": "image", "text": text, "src": src, "alt": alt, "decorative": decorative}
        case PhotoCredit(children=children):
            return {"type": "photo_credit", "text": text, "children": _inlines(children)}
        case _:
            assert_never(block)


def _contact(contact: Contact) -> JsonObject:
    return {
        "name": contact.name,
        "role": contact.role,
        "organisation": contact.organisation,
        "email": contact.email,
        "phone": contact.phone,
        "address": contact.address,
        # The field order and labels the release wrote (issue 9); empty lists mean the default.
        "order": list(contact.order),
        "labels": [{"field": name, "label": label} for name, label in contact.labels],
        # Lines of the card that fit no field; each is one "note" entry of "order".
        "notes": [{"text": inline_text(note), "children": _inlines(note)} for note in contact.notes],
    }


_CONTACT_FIELDS: frozenset[str] = frozenset(("name", "role", "organisation", "email", "phone", "address", "note"))


def _contact_field(value: object) -> ContactField:
    if value not in _CONTACT_FIELDS:
        raise ValueError(f"unknown contact field {value!r}")
    return cast("ContactField", value)


def _read_contact(data: JsonObject) -> Contact:
    # Documents written before "order" and "labels" existed lack them: the defaults apply.
    return Contact(
        name=data.get("name"),
        role=data.get("role"),
        organisation=data.get("organisation"),
        email=data.get("email"),
        phone=data.get("phone"),
        address=data.get("address"),
        order=tuple(_contact_field(name) for name in data.get("order", ())),
        labels=tuple((_contact_field(item["field"]), str(item["label"])) for item in data.get("labels", ())),
        notes=tuple(_read_inlines(note["children"]) for note in data.get("notes", ())),
    )


def _section(section: Section) -> JsonObject:
    return {
        "kind": section.kind,
        "title": section.title,
        "blocks": [_block(block) for block in section.blocks],
        "contacts": [_contact(contact) for contact in section.contacts],
    }


def _collect_links(release: Release) -> list[JsonObject]:
    return [{"url": url, "text": text} for url, text in release_links(release)]


def release_to_dict(release: Release) -> JsonObject:
    """The JSON document of a release, with empty ``removed`` and ``diagnostics``."""
    meta = release.meta
    return {
        "schema": SCHEMA,
        "meta": {
            "title": inline_text(meta.title),
            "title_inlines": _inlines(meta.title),
            "subtitle": inline_text(meta.subtitle) if meta.subtitle else None,
            "subtitle_inlines": _inlines(meta.subtitle) if meta.subtitle else None,
            "kicker": meta.kicker,
            "issued": meta.issued.isoformat() if meta.issued else None,
            "issued_time": meta.issued_time,
            "place": meta.place,
            "place_inferred": meta.place_inferred,
            "language": meta.language,
            # ISO 8601, with the UTC offset when the line named a zone of one fixed offset ("EST").
            "embargo": meta.embargo.isoformat() if meta.embargo else None,
            # Every embargo line as written, zone included (issue 15 #6).
            "embargo_lines": list(meta.embargo_lines),
            # Which of them embargo was read from (0-based), null when none could be read.
            "embargo_index": meta.embargo_index,
            "release_number": meta.release_number,
            "organisation": meta.organisation,
            "author": meta.author,
            "keywords": list(meta.keywords),
            "source": {"name": meta.source.name, "sha256": meta.source.sha256} if meta.source else None,
            # Only summaries carry a variant; parsed releases keep the documented key set.
            **({"variant": meta.variant} if meta.variant else {}),
            # A summary a language model wrote says so (issue 20); the rule engine's keeps its key set.
            **({"easy_engine": meta.easy_engine} if meta.easy_engine else {}),
        },
        "body": [_block(block) for block in release.body],
        "sections": [_section(section) for section in release.sections],
        "links": _collect_links(release),
        "removed_count": release.removed_count,
        "removed": [],
        "diagnostics": [],
    }


def release_to_json(result: ParsedRelease) -> JsonObject:
    """The JSON document of a parse result, including removed lines and diagnostics."""
    document = release_to_dict(result.release)
    document["removed"] = [{"line": entry.line, "text": entry.text, "reason": entry.reason} for entry in result.removed]
    document["diagnostics"] = [
        {"level": d.level, "code": d.code, "message": d.message, "line": d.line} for d in result.diagnostics
    ]
    return document


def dumps(document: JsonObject) -> str:
    """Serialise a document the same way every time (sorted keys would hide the documented order)."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


class JsonWriter:
    """Writes the release model as UTF-8 JSON (``pressconv.release/1``)."""

    name: ClassVar[str] = "json"
    extension: ClassVar[str] = "json"
    media_type: ClassVar[str] = "application/json"
    requires: ClassVar[tuple[str, ...]] = ()

    def render(self, release: Release, ctx: RenderContext) -> bytes:
        """Return the JSON document of ``release`` (no removed lines or diagnostics: see the module doc)."""
        return dumps(release_to_dict(release)).encode("utf-8")


# ------------------------------------------------------------------------------ reading back


def _read_inline(data: JsonObject) -> Inline:
    kind = data["type"]
    if kind == "text":
        return Text(text=data["text"])
    if kind == "emphasis":
        return Emphasis(children=_read_inlines(data["children"]))
    if kind == "strong":
        return Strong(children=_read_inlines(data["children"]))
    if kind == "link":
        return Link(url=data["url"], children=_read_inlines(data["children"]))
    if kind == "email":
        return Email(address=data["address"])
    if kind == "phone":
        return Phone(number=data["number"], tel=data.get("tel"))
    if kind == "quotation":
        return Quotation(children=_read_inlines(data["children"]), speaker=data.get("speaker"), role=data.get("role"))
    if kind == "abbr":
        return Abbr(text=data["text"], expansion=data.get("expansion"))
    if kind == "lang":
        return Lang(children=_read_inlines(data["children"]), lang=data["lang"])
    if kind == "line_break":
        return LineBreak()
    raise ValueError(f"unknown inline type {kind!r}")


def _read_inlines(items: list[JsonObject]) -> tuple[Inline, ...]:
    return tuple(_read_inline(item) for item in items)


def _read_items(items: list[JsonObject]) -> tuple[ListItem, ...]:
    return tuple(ListItem(children=_read_inlines(item["children"]), value=item.get("value")) for item in items)


def _read_block(data: JsonObject) -> Block:
    kind = data["type"]
    if kind == "paragraph":
        return Paragraph(children=_read_inlines(data["children"]), lead=bool(data.get("lead")))
    if kind == "heading":
        return Heading(level=data["level"], children=_read_inlines(data["children"]), id=data.get("id"))
    if kind == "blockquote":
        paragraphs = tuple(_read_block(child) for child in data["children"])
        return BlockQuote(
            children=tuple(p for p in paragraphs if isinstance(p, Paragraph)),
            speaker=data.get("speaker"),
            role=data.get("role"),
        )
    if kind == "bullet_list":
        return BulletList(items=_read_items(data["items"]))
    if kind == "ordered_list":
        return OrderedList(items=_read_items(data["items"]), start=data.get("start", 1))
    if kind == "table":
        header = data.get("header")
        return Table(
            header=tuple(_read_inlines(cell) for cell in header) if header is not None else None,
            rows=tuple(tuple(_read_inlines(cell) for cell in row) for row in data["rows"]),
            caption=data.get("caption"),
        )
    if kind == "image":
        return Image(src=data["src"], alt=data["alt"], decorative=bool(data.get("decorative")))
    if kind == "photo_credit":
        return PhotoCredit(children=_read_inlines(data["children"]))
    raise ValueError(f"unknown block type {kind!r}")


def release_from_json(document: JsonObject) -> Release:
    """Read a ``pressconv.release/1`` document back into a Release (equal to the one written)."""
    if document.get("schema") != SCHEMA:
        raise ValueError(f"not a {SCHEMA} document")
    meta = document["meta"]
    source = meta.get("source")
    metadata = Metadata(
        title=_read_inlines(meta["title_inlines"]),
        language=meta["language"],
        subtitle=_read_inlines(meta["subtitle_inlines"]) if meta.get("subtitle_inlines") is not None else None,
        kicker=meta.get("kicker"),
        issued=date.fromisoformat(meta["issued"]) if meta.get("issued") else None,
        issued_time=meta.get("issued_time"),
        place=meta.get("place"),
        place_inferred=bool(meta.get("place_inferred", False)),
        embargo=datetime.fromisoformat(meta["embargo"]) if meta.get("embargo") else None,
        embargo_lines=tuple(meta.get("embargo_lines", ())),
        embargo_index=meta.get("embargo_index"),
        organisation=meta.get("organisation"),
        author=meta.get("author"),
        release_number=meta.get("release_number"),
        keywords=tuple(meta.get("keywords", ())),
        source=SourceInfo(name=source["name"], sha256=source["sha256"]) if source else None,
        variant=meta.get("variant"),
        easy_engine=meta.get("easy_engine"),
    )
    sections = tuple(
        Section(
            kind=section["kind"],
            title=section["title"],
            blocks=tuple(_read_block(block) for block in section["blocks"]),
            contacts=tuple(_read_contact(contact) for contact in section["contacts"]),
        )
        for section in document["sections"]
    )
    return Release(
        meta=metadata,
        body=tuple(_read_block(block) for block in document["body"]),
        sections=sections,
        removed_count=int(document.get("removed_count", 0)),
    )
