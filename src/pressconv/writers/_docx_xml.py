"""Raw WordprocessingML helpers for the accessibility properties python-docx 1.2 has no API for.

Each helper edits python-docx's lxml elements in place: document and passage language, our own
style definitions, hyperlinks, image alt text and the decorative flag, repeating table header rows,
table captions, list numbering that restarts per list, and clean package properties. This module
imports python-docx at its top, so only import it lazily (``DocxWriter.render`` does).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from pressconv.writers.base import xml_safe

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph

__all__ = [
    "LinkRelations",
    "ListNumbering",
    "StyleSpec",
    "add_hyperlink",
    "clean_package",
    "define_styles",
    "describe_image",
    "mark_header_row",
    "number_drawings",
    "package_members",
    "set_core_properties",
    "set_document_language",
    "set_paragraph_numbering",
    "set_run_language",
    "set_table_caption",
]

# The decorative-image extension Word 365 writes (MS-ODRAWXML 2.3.1.x, "adec:decorative").
_DECORATIVE_URI = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}"
_ADEC_NS = "http://schemas.microsoft.com/office/drawing/2017/decorative"

# Word 2010's copy of styles.xml; Word 2013 and later ignore it, and its colours are the template's.
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"

# Languages whose script Word stores in the East Asian or complex-script (bidi) language slot.
_EAST_ASIAN = frozenset({"zh", "ja", "ko"})
_RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "dv"})


def _primary(lang: str) -> str:
    return lang.split("-", 1)[0].lower()


def _lang_element(lang: str, *, all_slots: bool) -> Any:
    """Build ``<w:lang>``; ``all_slots`` also fills the East Asian and bidi slots (document default)."""
    lang = xml_safe(lang)
    element = parse_xml(f"<w:lang {nsdecls('w')}/>")
    element.set(qn("w:val"), lang)
    if all_slots or _primary(lang) in _EAST_ASIAN:
        element.set(qn("w:eastAsia"), lang)
    if all_slots or _primary(lang) in _RIGHT_TO_LEFT:
        element.set(qn("w:bidi"), lang)
    return element


def set_document_language(document: Document, lang: str) -> None:
    """Set the document language where Word and LibreOffice read it (WCAG 3.1.1, EN 301 549 10.3.1.1).

    Word takes the language of text from ``w:docDefaults/w:rPrDefault/w:rPr/w:lang`` in styles.xml
    (python-docx's template says en-US there) and the theme font language from settings.xml.
    """
    styles = document.styles.element
    rpr = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is None:  # pragma: no cover - the bundled template always has one
        raise ValueError("the DOCX template has no w:rPrDefault")
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    rpr.append(_lang_element(lang, all_slots=True))
    settings = document.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), xml_safe(lang))
        theme_lang.attrib.pop(qn("w:eastAsia"), None)
        theme_lang.attrib.pop(qn("w:bidi"), None)


def set_run_language(run_element: Any, lang: str) -> None:
    """Mark one run as being in ``lang`` (WCAG 3.1.2 Language of Parts); LibreOffice tags it Span /Lang."""
    rpr = run_element.get_or_add_rPr()
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    # CT_RPr's schema order puts w:lang after nearly everything a run of ours carries.
    rpr.append(_lang_element(lang, all_slots=False))
    if _primary(lang) in _RIGHT_TO_LEFT:
        rpr.append(parse_xml(f"<w:rtl {nsdecls('w')}/>"))


@dataclass(frozen=True, slots=True, kw_only=True)
class StyleSpec:
    """One style we define ourselves: its XML properties as WordprocessingML fragments."""

    style_id: str
    name: str
    kind: str = "paragraph"
    based_on: str | None = "Normal"
    next_style: str | None = None
    ppr: str = ""
    rpr: str = ""
    quick: bool = True


def define_styles(document: Document, specs: Iterable[StyleSpec], *, font: str, size_half_points: int) -> None:
    """Replace the template's styles of the same ids with ours, and set the default font and size.

    The template's styles use theme fonts and an accent blue (#4F81BD) that fails WCAG 1.4.3 contrast
    on white, so every style we use is written from scratch here.
    """
    styles = document.styles.element
    rpr = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is None:  # pragma: no cover - the bundled template always has one
        raise ValueError("the DOCX template has no w:rPrDefault")
    for tag in ("w:rFonts", "w:sz", "w:szCs"):
        for old in rpr.findall(qn(tag)):
            rpr.remove(old)
    fonts = parse_xml(
        f'<w:rFonts {nsdecls("w")} w:ascii="{escape(font)}" w:hAnsi="{escape(font)}" '
        f'w:eastAsia="{escape(font)}" w:cs="{escape(font)}"/>'
    )
    rpr.insert(0, fonts)
    rpr.insert(1, parse_xml(f'<w:sz {nsdecls("w")} w:val="{size_half_points}"/>'))
    rpr.insert(2, parse_xml(f'<w:szCs {nsdecls("w")} w:val="{size_half_points}"/>'))
    # One pass over the template's styles, not one per spec: this ran for every release of a batch.
    template_styles: dict[str | None, list[Any]] = {}
    for old in styles.findall(qn("w:style")):
        template_styles.setdefault(old.get(qn("w:styleId")), []).append(old)
    for spec in specs:
        for old in template_styles.pop(spec.style_id, []):
            styles.remove(old)
        parts = [f'<w:name w:val="{escape(spec.name)}"/>']
        if spec.based_on:
            parts.append(f'<w:basedOn w:val="{spec.based_on}"/>')
        if spec.next_style:
            parts.append(f'<w:next w:val="{spec.next_style}"/>')
        if spec.quick:
            parts.append("<w:qFormat/>")
        if spec.ppr:
            parts.append(f"<w:pPr>{spec.ppr}</w:pPr>")
        if spec.rpr:
            parts.append(f"<w:rPr>{spec.rpr}</w:rPr>")
        default = ' w:default="1"' if spec.style_id == "Normal" else ""
        styles.append(
            parse_xml(
                f'<w:style {nsdecls("w")} w:type="{spec.kind}"{default} w:styleId="{spec.style_id}">'
                + "".join(parts)
                + "</w:style>"
            )
        )


class LinkRelations:
    """The external hyperlink relationships of a document's parts, each address related once.

    python-docx's ``part.relate_to`` searches every relationship made so far and then tries rId1,
    rId2, … for a free id, so 5 000 links made 25 million comparisons (issue 15 #5). This keeps the
    addresses in a dict and the next free number per part: the same ids python-docx would give
    (numbering without gaps, the address's first id reused), in constant time per link.
    """

    def __init__(self) -> None:
        self._ids: dict[int, dict[str, str]] = {}
        self._next: dict[int, int] = {}

    def rid(self, part: Any, url: str) -> str:
        """The relationship id of ``url`` from ``part``, made on first use."""
        key = id(part)
        known = self._ids.get(key)
        if known is None:
            # Relationships the part had before the writer's first link (none in a new document).
            known = self._ids[key] = {
                rel.target_ref: rel.rId for rel in part.rels.values() if rel.reltype == RT.HYPERLINK and rel.is_external
            }
            self._next[key] = 1
        if url in known:
            return known[url]
        number = self._next[key]
        while f"rId{number}" in part.rels:
            number += 1
        rid = f"rId{number}"
        part.rels.add_relationship(RT.HYPERLINK, url, rid, is_external=True)
        self._next[key] = number + 1
        known[url] = rid
        return rid


def add_hyperlink(paragraph: Paragraph, url: str, relations: LinkRelations | None = None) -> Any:
    """Append an empty external ``w:hyperlink`` to ``paragraph`` and return it; callers add the runs.

    python-docx reads hyperlinks but cannot write them (PR #784). The relationship is reused for the
    same address, so ids stay stable from run to run; pass one ``relations`` per document to keep
    that constant-time.
    """
    target = xml_safe(url)
    if relations is None:
        rid = paragraph.part.relate_to(target, RT.HYPERLINK, is_external=True)
    else:
        rid = relations.rid(paragraph.part, target)
    link = parse_xml(f'<w:hyperlink {nsdecls("w", "r")} w:history="1"/>')
    link.set(qn("r:id"), rid)
    paragraph._p.append(link)
    return link


def describe_image(inline: Any, alt: str, *, decorative: bool) -> None:
    """Give a picture its text alternative, or mark it decorative (WCAG 1.1.1).

    ``wp:docPr/@descr`` is what Word's "Alt Text" pane and LibreOffice read; Word 365 marks
    decorative pictures with the ``adec:decorative`` extension and an empty description.
    """
    doc_pr = inline.docPr
    pictures = inline.xpath(".//pic:cNvPr")
    text = "" if decorative else xml_safe(alt)
    doc_pr.set("descr", text)
    for picture in pictures:
        picture.set("descr", text)
    if decorative:
        ext_list = parse_xml(
            f'<a:extLst {nsdecls("a")}><a:ext uri="{_DECORATIVE_URI}">'
            f'<adec:decorative xmlns:adec="{_ADEC_NS}" val="1"/></a:ext></a:extLst>'
        )
        doc_pr.append(ext_list)


def number_drawings(document: Document) -> None:
    """Give every picture in the body, headers and footers a unique ``wp:docPr/@id``.

    python-docx counts ids per part, so a logo in the header and a picture in the body would both
    be 1; Word reports duplicate drawing ids as unreadable content. Numbering in a fixed part order
    keeps the ids stable from run to run.
    """
    margins = sorted(
        (
            part
            for part in document.part.package.iter_parts()
            if re.fullmatch(r"/word/(header|footer)\d+\.xml", str(part.partname))
        ),
        key=lambda part: str(part.partname),
    )
    number = 0
    for part in (document.part, *margins):
        for doc_pr in part.element.xpath(".//wp:docPr"):
            number += 1
            doc_pr.set("id", str(number))
            doc_pr.set("name", f"Picture {number}")


def mark_header_row(row: Any) -> None:
    """Mark a table row as the header row repeated on every page (WCAG 1.3.1; LibreOffice tags TH)."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
    tr_pr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def set_table_caption(table: Any, caption: str, description: str | None = None) -> None:
    """Set the table's title and description (Word's table "Alt Text"); they come last in w:tblPr."""
    tbl_pr = table._tbl.tblPr
    element = parse_xml(f"<w:tblCaption {nsdecls('w')}/>")
    element.set(qn("w:val"), xml_safe(caption))
    tbl_pr.append(element)
    if description:
        described = parse_xml(f"<w:tblDescription {nsdecls('w')}/>")
        described.set(qn("w:val"), xml_safe(description))
        tbl_pr.append(described)


class ListNumbering:
    """Our own bullet and decimal list definitions, with a fresh numbering instance per ordered list.

    The template's "List Number" style shares one ``w:num``, so a second list would continue at the
    next number (python-docx issues #25 and #87); a new ``w:num`` with ``startOverride`` restarts it.
    """

    _BULLET_ABSTRACT = 9001
    _DECIMAL_ABSTRACT = 9002

    def __init__(self, document: Document, *, font: str) -> None:
        self._numbering = document.part.numbering_part.element
        self._font = escape(font)
        first_num = self._numbering.find(qn("w:num"))
        for abstract_id, fmt, text in (
            (self._BULLET_ABSTRACT, "bullet", "\u2022"),
            (self._DECIMAL_ABSTRACT, "decimal", "%1."),
        ):
            abstract = parse_xml(
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
                '<w:multiLevelType w:val="singleLevel"/>'
                f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                '<w:pPr><w:ind w:left="567" w:hanging="397"/></w:pPr>'
                f'<w:rPr><w:rFonts w:ascii="{self._font}" w:hAnsi="{self._font}" '
                f'w:cs="{self._font}"/></w:rPr>'
                "</w:lvl></w:abstractNum>"
            )
            # CT_Numbering's schema order: every abstractNum before the first num.
            if first_num is not None:
                first_num.addprevious(abstract)
            else:  # pragma: no cover - the template has nums
                self._numbering.append(abstract)
        self._bullet_num: int | None = None
        # Counted on from the template's highest id instead of searched for each list: a release of
        # many lists (or of items whose written numbers restart the count) stays linear.
        used = [int(n.get(qn("w:numId"))) for n in self._numbering.findall(qn("w:num"))]
        self._next_num = max(used, default=0) + 1

    def _new_num(self, abstract_id: int, start: int | None) -> int:
        num_id = self._next_num
        self._next_num += 1
        override = (
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>' if start is not None else ""
        )
        self._numbering.append(
            parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>')
        )
        return num_id

    def bullet(self) -> int:
        """Return the numbering id all bullet lists share (bullets have nothing to restart)."""
        if self._bullet_num is None:
            self._bullet_num = self._new_num(self._BULLET_ABSTRACT, None)
        return self._bullet_num

    def ordered(self, start: int) -> int:
        """Return a new numbering id for one ordered list that starts at ``start``."""
        return self._new_num(self._DECIMAL_ABSTRACT, max(0, start))


def set_paragraph_numbering(paragraph: Paragraph, num_id: int) -> None:
    """Attach ``paragraph`` to list ``num_id`` at level 0."""
    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = p_pr.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


def _clip(text: str | None, limit: int = 255) -> str:
    # python-docx refuses core property strings longer than 255 characters.
    value = xml_safe(text or "").strip()
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "\u2026"


def set_core_properties(
    document: Document,
    *,
    title: str,
    subject: str | None,
    description: str | None,
    creator: str | None,
    language: str,
    keywords: Iterable[str],
    category: str | None,
    timestamp: datetime,
) -> None:
    """Fill docProps/core.xml completely, replacing the template's 2013 dates and python-docx credits."""
    when = timestamp.astimezone(UTC).replace(tzinfo=None) if timestamp.tzinfo else timestamp
    when = when.replace(microsecond=0)
    props = document.core_properties
    props.title = _clip(title)
    props.subject = _clip(subject)
    props.comments = _clip(description)
    props.author = _clip(creator)
    props.last_modified_by = _clip(creator)
    props.language = _clip(language)
    props.keywords = _clip(", ".join(keywords))
    props.category = _clip(category)
    props.revision = 1
    props.created = when
    props.modified = when


_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>pressconv</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    "{company}<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def clean_package(document: Document, *, company: str | None) -> None:
    """Drop the template's leftovers: its thumbnail, bibliography custom XML, Word 2010 style copy and
    an app.xml that claims "Microsoft Macintosh Word" with zero words."""
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rid]
    doc_rels = document.part.rels
    for rid, rel in list(doc_rels.items()):
        if rel.reltype in (RT.CUSTOM_XML, _STYLES_WITH_EFFECTS):
            del doc_rels[rid]
            doc_rels.related_parts.pop(rid, None)
    for part in package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            company_xml = f"<Company>{escape(_clip(company))}</Company>" if company else ""
            part._blob = _APP_XML.format(company=company_xml).encode("utf-8")


class _Members:
    """Collects what python-docx's package writer would put in its zip, in its order, as (name, bytes)."""

    def __init__(self) -> None:
        self.members: list[tuple[str, bytes]] = []

    def write(self, pack_uri: Any, blob: bytes) -> None:
        self.members.append((pack_uri.membername, blob))


def package_members(document: Document, *, known: tuple[tuple[Any, bytes], ...] = ()) -> list[tuple[str, bytes]]:
    """Return the members of the saved package (name, bytes) in the order ``Document.save`` writes them.

    The same steps as python-docx's ``OpcPackage.save`` (``before_marshal``, then ``PackageWriter``:
    content types, package relationships, each part and its relationships), without its zip: the
    writer deflated every member at level 6 only for the archive to be read back and deflated again
    by ``build_zip`` (level 9, fixed dates), which is what the bytes are. Saves about 3 ms a document.
    ``known`` pairs an XML part's element with its serialised bytes, for an element that has not
    changed since (the shared styles of the DOCX writer's template, 350 kB of XML).
    """
    from docx.opc.pkgwriter import PackageWriter

    package = document.part.package
    parts = package.parts
    for part in parts:
        part.before_marshal()
    collector = _Members()
    # The steps of PackageWriter.write after it opens the zip (python-docx 1.2, opc/pkgwriter.py);
    # the collector stands in for its PhysPkgWriter, whose only method they call is write().
    writer: Any = PackageWriter
    writer._write_content_types_stream(collector, parts)
    writer._write_pkg_rels(collector, package.rels)
    # PackageWriter._write_parts, with the blob of a known element taken as given.
    for part in parts:
        element = getattr(part, "_element", None)
        blob = next((data for known_element, data in known if element is known_element), None)
        collector.write(part.partname, part.blob if blob is None else blob)
        if len(part.rels):
            collector.write(part.partname.rels_uri, part.rels.xml)
    return collector.members
