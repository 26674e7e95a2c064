"""The DOCX writer: an accessible Word document, built with python-docx and our oxml helpers.

Word's accessibility checker rules and a clean LibreOffice PDF/UA export are the bar: real heading
styles, document and passage language, descriptive hyperlinks, alt text, table header rows and
captions, lists that restart, complete core properties and byte-identical output for a timestamp.
"""

from __future__ import annotations

import base64
import binascii
import io
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, assert_never, cast

from pressconv._zip import build_zip
from pressconv.model import (
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
    ListItem,
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
    contact_items,
    contact_label,
    contact_label_prefix,
    inline_text,
)
from pressconv.writers._labels import format_date, format_time, labels_for
from pressconv.writers.base import RenderContext, link_description, plain_text, safe_href, tel_href, xml_safe

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.text.paragraph import Paragraph as DocxParagraph
    from docx.text.run import Run

    from pressconv.writers._docx_xml import ListNumbering, StyleSpec

__all__ = ["DocxWriter", "format_date"]

# A font every Word installation has; LibreOffice substitutes the metric-compatible Liberation Sans.
BODY_FONT = "Arial"
BODY_SIZE_HALF_POINTS = 22  # 11 pt
QUOTE_STYLE = "Quotations"

# Colours chosen for contrast on white (WCAG 1.4.3): text 17:1, headings 12:1, links 7.6:1, meta 8:1.
_TEXT = "1A1A1A"
_HEADING = "1F3864"
_LINK = "0645AD"
_MUTED = "4D4D4D"


# Typographic quotation marks by nesting depth (DIN 5008 for German, Oxford/Chicago for English).
_QUOTES = {
    "de": (("\u201e", "\u201c"), ("\u201a", "\u2018")),
    "en": (("\u201c", "\u201d"), ("\u2018", "\u2019")),
}
_OPENING_MARKS = "\u201e\u201c\u201a\u2018\u00bb\u00ab\u201d\"'"
# Characters python-docx turns into w:tab / w:br elements of a run instead of text.
_RUN_BREAKS = frozenset("\t\r\n")


def _primary(language: str) -> str:
    return "de" if language.lower().startswith("de") else "en"


def _format_time(moment: datetime, language: str) -> str:
    return f"{moment:%H:%M}{labels_for(_primary(language))['o_clock']}"


@dataclass(frozen=True, slots=True)
class _RunFormat:
    """The character formatting inherited down the inline tree."""

    bold: bool = False
    italic: bool = False
    lang: str | None = None
    char_style: str | None = None
    quote_depth: int = 0
    in_link: bool = False


def _letterhead_style() -> StyleSpec:
    """The Letterhead paragraph style: small, muted (8:1 on white, WCAG 1.4.3), apart from the release."""
    from pressconv.writers._docx_xml import StyleSpec

    return StyleSpec(
        style_id="Letterhead",
        name="Letterhead",
        next_style="Normal",
        ppr='<w:spacing w:before="0" w:after="240" w:line="264" w:lineRule="auto"/>',
        rpr=f'<w:color w:val="{_MUTED}"/><w:sz w:val="19"/><w:szCs w:val="19"/>',
    )


def _house_styles(heading: str = _HEADING) -> list[StyleSpec]:
    """Return every paragraph and character style the writer uses, defined from scratch.

    Spacing lives in the styles, never in empty paragraphs (Word's checker and screen readers
    announce empty paragraphs as "blank"). ``heading`` is the colour of the title, headings and
    captions: the branding accent when it reaches 4.5:1 on white, else our own dark blue.
    """
    from pressconv.writers._docx_xml import StyleSpec

    def colour(value: str) -> str:
        return f'<w:color w:val="{value}"/>'

    def size(half_points: int) -> str:
        return f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'

    def spacing(before: int, after: int, line: int = 300) -> str:
        return f'<w:spacing w:before="{before}" w:after="{after}" w:line="{line}" w:lineRule="auto"/>'

    keep = "<w:keepNext/><w:keepLines/>"
    bold = "<w:b/><w:bCs/>"
    return [
        StyleSpec(style_id="Normal", name="Normal", based_on=None, ppr=spacing(0, 160), rpr=colour(_TEXT)),
        StyleSpec(
            style_id="Title",
            name="Title",
            next_style="Normal",
            # Outline level 1 makes the headline a heading too: in Word's navigation pane, for screen
            # readers' heading navigation, and as H1 in LibreOffice's tagged PDF (a plain Title is a P).
            ppr=keep + spacing(0, 200, 252) + '<w:outlineLvl w:val="0"/>',
            rpr=bold + colour(heading) + size(48),
        ),
        StyleSpec(
            style_id="Subtitle",
            name="Subtitle",
            next_style="Normal",
            ppr=keep + spacing(0, 200, 264),
            rpr=colour(heading) + size(30),
        ),
        *(
            StyleSpec(
                style_id=f"Heading{level}",
                name=f"heading {level}",
                next_style="Normal",
                ppr=keep + spacing(before, 120, 264) + f'<w:outlineLvl w:val="{level - 1}"/>',
                rpr=bold + colour(heading) + size(half_points),
            )
            for level, before, half_points in ((1, 360, 32), (2, 280, 28), (3, 240, 24))
        ),
        StyleSpec(style_id="Meta", name="Meta", next_style="Normal", ppr=spacing(0, 240), rpr=colour(_MUTED)),
        StyleSpec(style_id="Lead", name="Lead", next_style="Normal", ppr=spacing(0, 200), rpr=bold + size(24)),
        # Not Word's "Quote": LibreOffice exports a style by its name as the structure type and
        # role-maps it to P, and remapping the standard type Quote breaks PDF/UA-1 (ISO 14289-1 7.1).
        # "Quotations" is LibreOffice's own block quotation style and becomes a real BlockQuote.
        # No border: LibreOffice 7.4 paints paragraph borders outside marked content.
        StyleSpec(
            style_id="Quotations",
            name="Quotations",
            next_style="Normal",
            ppr=spacing(0, 120) + '<w:ind w:left="567" w:right="567"/>',
        ),
        StyleSpec(
            style_id="QuoteAttribution",
            name="Quote Attribution",
            next_style="Normal",
            ppr=spacing(0, 240) + '<w:ind w:left="567" w:right="567"/>',
            rpr=colour(_MUTED),
        ),
        *(
            StyleSpec(
                style_id=style_id,
                name=name,
                ppr=spacing(0, 80) + '<w:ind w:left="567" w:hanging="397"/>',
            )
            for style_id, name in (("ListBullet", "List Bullet"), ("ListNumber", "List Number"))
        ),
        StyleSpec(
            style_id="Caption",
            name="caption",
            next_style="Normal",
            ppr="<w:keepNext/>" + spacing(120, 80),
            rpr=bold + colour(heading) + size(20),
        ),
        StyleSpec(style_id="TableText", name="Table Text", ppr=spacing(40, 40, 264), quick=False),
        StyleSpec(style_id="PhotoCredit", name="Photo Credit", ppr=spacing(0, 160), rpr=colour(_MUTED) + size(20)),
        StyleSpec(style_id="Contact", name="Contact", ppr=spacing(0, 200)),
        # The page footer with the branding footer text (LibreOffice exports it as a pagination
        # artifact, and Word reads it outside the body, like letterhead).
        StyleSpec(
            style_id="Footer",
            name="footer",
            ppr=spacing(0, 0, 264),
            rpr=colour(_MUTED) + size(18),
            quick=False,
        ),
        StyleSpec(
            style_id="Hyperlink",
            name="Hyperlink",
            kind="character",
            based_on=None,
            rpr=colour(_LINK) + '<w:u w:val="single"/>',
            quick=False,
        ),
    ]


@dataclass(slots=True)
class _Template:
    """python-docx's default document with our styles and language, and the style ids found in it."""

    document: DocxDocument
    # (style name, character style) -> style id, as python-docx's get_style_id answers for these
    # styles; shared by every document copied from the template (their styles are the template's).
    style_ids: dict[tuple[str, bool], str | None]
    # styles.xml as python-docx serialises it (XmlPart.blob), made once for all the copies.
    styles_blob: bytes | None = None

    def known_parts(self) -> tuple[tuple[Any, bytes], ...]:
        """The shared styles element and its bytes, for ``package_members``."""
        element = self.document.styles.element
        if self.styles_blob is None:
            from docx.opc.oxml import serialize_part_xml

            self.styles_blob = serialize_part_xml(element)
        return ((element, self.styles_blob),)


# Templates by (heading colour, letterhead, language): a batch has one or a few, and a handful
# cover a long-lived process (API callers).
_TEMPLATES: dict[tuple[str, bool, str], _Template] = {}
_TEMPLATES_KEPT = 8


def _template(heading: str, letterhead: bool, language: str) -> _Template:
    """The template for these settings, built once per key."""
    key = (heading, letterhead, language)
    template = _TEMPLATES.get(key)
    if template is None:
        import docx

        from pressconv.writers._docx_xml import define_styles, set_document_language

        document = docx.Document()
        styles = _house_styles(heading)
        if letterhead:
            # Only with a letterhead, so that documents without one stay byte-identical.
            styles.append(_letterhead_style())
        define_styles(document, styles, font=BODY_FONT, size_half_points=BODY_SIZE_HALF_POINTS)
        set_document_language(document, language)
        template = _Template(document=document, style_ids={})
        if len(_TEMPLATES) >= _TEMPLATES_KEPT:
            del _TEMPLATES[next(iter(_TEMPLATES))]
        _TEMPLATES[key] = template
    return template


def _fresh_document(template: _Template) -> DocxDocument:
    """A new document to build one release in: a copy of the template, without reading default.docx.

    Loading python-docx's default.docx (parsing its 350 kB styles.xml) and defining our styles
    cost about 7 ms per document, a third of the DOCX render; a deep copy of the parsed package
    costs under 1 ms. The styles element is not copied but shared with the template: it is only
    written by ``define_styles`` and ``set_document_language``, both applied to the template, and
    the builder only reads styles (``get_style_id``, ``styles[name]``). Everything else (body,
    numbering, relationships, core and app properties) is the copy's own.
    """
    import copy

    shared = template.document.styles.element
    package = copy.deepcopy(template.document.part.package, {id(shared): shared})
    return cast("DocxDocument", package.main_document_part.document)


class _DocxBuilder:
    """Turns one Release into a python-docx Document; one instance per render."""

    def __init__(self, release: Release, ctx: RenderContext) -> None:
        from docx.oxml.ns import qn

        from pressconv.writers._branding import text_accent
        from pressconv.writers._docx_xml import LinkRelations, ListNumbering

        self.release = release
        self.ctx = ctx
        self.language = release.meta.language or "de-DE"
        self.primary = _primary(self.language)
        self.labels = labels_for(self.primary)
        accent = text_accent(ctx)
        heading = accent.lstrip("#").upper() if accent else _HEADING
        from pressconv.writers._page import letterhead

        self.letterhead = letterhead(ctx.options)
        self.template = _template(heading, bool(self.letterhead), self.language)
        self.document: DocxDocument = _fresh_document(self.template)
        self.numbering: ListNumbering = ListNumbering(self.document, font=BODY_FONT)
        self._style_ids = self.template.style_ids
        self._links = LinkRelations()
        self._paragraph_templates: dict[tuple[str | None, int | None], Any] = {}
        self._run_templates: dict[tuple[str | None, bool, bool, str | None], Any] = {}
        # New paragraphs go right before the body's section properties. python-docx's
        # add_paragraph searches the whole body for them each time (quadratic in paragraphs).
        self._body_end = self.document.element.body.find(qn("w:sectPr"))
        self._page_setup()

    # ----------------------------------------------------------------- document frame

    def _page_setup(self) -> None:
        """Page size and margins: the ``page_size`` option ([docx] in pressconv.toml), else Letter for
        the languages of the US and Canada and A4 (ISO 216) for every other."""
        from docx.shared import Inches, Length, Mm

        from pressconv.writers._page import page_size

        section = self.document.sections[0]
        margin: Length
        size = page_size(self.ctx.options)
        letter = size == "Letter" if size is not None else self.language.lower() in ("en-us", "en-ca")
        if letter:
            section.page_width, section.page_height = Inches(8.5), Inches(11)
            margin = Inches(1)
        else:
            section.page_width, section.page_height = Mm(210), Mm(297)
            margin = Mm(25)
        section.left_margin = section.right_margin = margin
        section.top_margin = section.bottom_margin = margin

    def _text_width(self) -> int:
        section = self.document.sections[0]
        return int(section.page_width or 0) - int(section.left_margin or 0) - int(section.right_margin or 0)

    def build(self) -> DocxDocument:
        """Write the whole release and its properties into the document."""
        from pressconv.writers._docx_xml import clean_package, number_drawings

        meta = self.release.meta
        branding = self.ctx.branding
        if branding.logo_path:
            self._logo()
        if branding.footer and branding.footer.strip():
            self._footer(branding.footer)
        self._letterhead()
        # Kicker, dateline and embargo come first, as on a printed release ("FOR IMMEDIATE RELEASE",
        # "Sperrfrist" above the headline), so editors see them before anything else.
        self._meta_line()
        self._paragraph(meta.title, "Title")
        if meta.subtitle:
            self._paragraph(meta.subtitle, "Subtitle")
        for block in self.release.body:
            self._block(block)
        for section in self.release.sections:
            self._section(section)
        self._properties()
        number_drawings(self.document)
        clean_package(self.document, company=meta.organisation or branding.organisation)
        return self.document

    def _properties(self) -> None:
        from pressconv.writers._docx_xml import set_core_properties

        meta = self.release.meta
        branding = self.ctx.branding
        paragraphs = [b for b in self.release.body if isinstance(b, Paragraph)]
        leads = [p for p in paragraphs if p.lead] or paragraphs[:1]
        set_core_properties(
            self.document,
            title=plain_text(meta.title, meta.language),
            subject=plain_text(meta.subtitle, meta.language) if meta.subtitle else meta.kicker,
            description=plain_text(leads[0].children, meta.language) if leads else None,
            creator=meta.organisation or branding.organisation or meta.author or branding.author,
            language=self.language,
            keywords=meta.keywords,
            category=meta.kicker,
            timestamp=self.ctx.timestamp,
        )

    def _letterhead(self) -> None:
        """The [docx] letterhead (issue 18 #7): the first paragraph of the body, in its own style.

        Not the first-page header (``w:titlePg``): Word keeps headers outside the document's reading
        order (screen readers announce them only on request) and LibreOffice exports header text as
        a pagination artifact in the tagged PDF, which assistive technology skips (ISO 14289-1 7.8).
        A letterhead carries information (the sender, an address, a phone number), so it is real
        content: a plain paragraph (role-mapped to P in LibreOffice's PDF, never a heading, WCAG
        1.3.1) before everything else, one line each.
        """
        if not self.letterhead:
            return
        inlines: list[Inline] = []
        for index, line in enumerate(self.letterhead):
            if index:
                inlines.append(LineBreak())
            inlines.append(Text(text=line))
        self._paragraph(tuple(inlines), "Letterhead")

    def _meta_line(self) -> None:
        """Sender, kicker, place and date, number, author and embargo: one line each in one Meta paragraph.

        The sender line is letterhead; it also keeps the headline from being the document's first
        paragraph, which pandoc would move into metadata and leave out of its plain-text reading.
        """
        meta = self.release.meta
        lines: list[str] = []
        sender = meta.organisation or self.ctx.branding.organisation
        if sender:
            lines.append(sender)
        if meta.kicker:
            lines.append(meta.kicker)
        dateline = [
            part
            for part in (
                None if meta.place_inferred else meta.place,
                format_date(meta.issued, self.language) if meta.issued else None,
            )
            if part
        ]
        if dateline:
            when = ", ".join(dateline)
            if meta.issued_time:
                when += f", {format_time(meta.issued_time, self.language)}"
            lines.append(when)
        if meta.release_number:
            number = meta.release_number.strip()
            lines.append(number if number[:1].isalpha() else f"{self.labels['release_number']} {number}")
        if meta.author:
            # The author's initials or name ("(fue)" after a police dateline) are release text, and
            # the HTML prints them as a byline too; core properties alone would hide them.
            lines.append(f"{labels_for(self.language)['by']} {meta.author}")
        if meta.embargo_lines:
            # Every embargo line as written, zone included (issue 15 #6), never reworded.
            lines.extend(meta.embargo_lines)
        elif meta.embargo:
            lines.append(
                f"{self.labels['embargoed_until']}: {format_date(meta.embargo.date(), self.language)}, "
                f"{_format_time(meta.embargo, self.language)}"
            )
        if not lines:
            return
        inlines: list[Inline] = []
        for index, line in enumerate(lines):
            if index:
                inlines.append(LineBreak())
            inlines.append(Text(text=line))
        self._paragraph(tuple(inlines), "Meta")

    # ----------------------------------------------------------------- blocks

    def _style_id(self, name: str, character: bool = False) -> str | None:
        """The style id python-docx would set for ``name``, looked up once per template.

        python-docx resolves a style by scanning every style in styles.xml on each assignment (to
        see whether it is the default); that scan was a third of the DOCX render time. Looked up
        once per document it was still 5 ms of a document's 10 ms in a batch; every document of a
        template has the template's styles, so the answers are kept with the template.
        """
        key = (name, character)
        if key not in self._style_ids:
            from docx.enum.style import WD_STYLE_TYPE

            kind = WD_STYLE_TYPE.CHARACTER if character else WD_STYLE_TYPE.PARAGRAPH
            self._style_ids[key] = self.document.part.get_style_id(name, kind)  # type: ignore[no-untyped-call]
        return self._style_ids[key]

    def _new_paragraph(self, style_id: str | None, num_id: int | None = None) -> DocxParagraph:
        """An empty paragraph with its style and list numbering at the end of the body.

        Constant time per paragraph: it goes right before the cached section properties (see
        ``_body_end``), and its properties are a copy of a paragraph made once per style and list
        with python-docx's own setters (which search the successor elements of every child they
        add: five such searches per list item made 80 000 bullets take 15 s).
        """
        import copy

        from docx.oxml import OxmlElement
        from docx.text.paragraph import Paragraph as DocxParagraphClass

        from pressconv.writers._docx_xml import set_paragraph_numbering

        template = self._paragraph_templates.get((style_id, num_id))
        if template is None:
            template = OxmlElement("w:p")
            template.style = style_id  # what add_paragraph(style=style) sets
            if num_id is not None:
                set_paragraph_numbering(DocxParagraphClass(template, self.document._body), num_id)
            self._paragraph_templates[(style_id, num_id)] = template
        if self._body_end is None:
            body = self.document.element.body
            element = copy.deepcopy(template)
            body.append(element)
        else:
            element = copy.deepcopy(template)
            self._body_end.addprevious(element)
        return DocxParagraphClass(element, self.document._body)

    def _paragraph(self, inlines: tuple[Inline, ...], style: str, num_id: int | None = None) -> DocxParagraph:
        paragraph = self._new_paragraph(self._style_id(style), num_id)
        self._inlines(paragraph, paragraph._p, inlines, _RunFormat())
        return paragraph

    def _block(self, block: Block) -> None:
        match block:
            case Paragraph(children=children, lead=lead):
                self._paragraph(children, "Lead" if lead else "Normal")
            case Heading(level=level, children=children):
                # The Title style carries the headline at outline level 1, as <h1> does in the HTML
                # and PDF; body headings keep their model level (2, 3), so the document has one
                # top-level heading and no skipped levels in Word's navigation or a tagged PDF.
                self._paragraph(children, f"Heading {min(3, max(2, level))}")
            case BlockQuote():
                self._block_quote(block)
            case BulletList(items=items):
                self._list(items, "List Bullet", self.numbering.bullet())
            case OrderedList(items=items, start=start):
                # Word numbers a list on from its start; an item whose written number breaks the
                # count ("1) 2) 10)") restarts the numbering at that number (issue 15 #8).
                num_id = self.numbering.ordered(start)
                for item in items:
                    if item.value is not None:
                        num_id = self.numbering.ordered(item.value)
                    self._paragraph(item.children, "List Number", num_id)
            case Table():
                self._table(block)
            case Image(src=src, alt=alt, decorative=decorative):
                self._image(src, alt, decorative=decorative, max_width=self._text_width())
            case PhotoCredit(children=children):
                self._paragraph(children, "Photo Credit")
            case _:
                assert_never(block)

    def _block_quote(self, quote: BlockQuote) -> None:
        """Quote-styled paragraphs with visible quotation marks, then "— Speaker, Role" outside them."""
        opening, closing = _QUOTES[self.primary][0]
        texts = [inline_text(p.children).strip() for p in quote.children]
        # Only add marks when the parser left none, so a quotation never shows doubled marks.
        marked = bool(texts) and texts[0][:1] in _OPENING_MARKS
        last = len(quote.children) - 1
        for index, paragraph in enumerate(quote.children):
            children: tuple[Inline, ...] = paragraph.children
            if not marked:
                if index == 0:
                    children = (Text(text=opening), *children)
                if index == last:
                    children = (*children, Text(text=closing))
            self._paragraph(children, QUOTE_STYLE)
        attribution = ", ".join(part for part in (quote.speaker, quote.role) if part)
        if attribution:
            self._paragraph((Text(text=f"\u2014 {attribution}"),), "Quote Attribution")

    def _list(self, items: tuple[ListItem, ...], style: str, num_id: int) -> None:
        for item in items:
            self._paragraph(item.children, style, num_id)

    def _table(self, table: Table) -> None:
        from pressconv.writers._docx_xml import mark_header_row, set_table_caption

        rows = ((table.header,) if table.header else ()) + table.rows
        columns = max((len(row) for row in rows), default=0)
        if not rows or not columns:
            return
        if table.caption:
            self._paragraph((Text(text=table.caption),), "Caption")
        docx_table = self.document.add_table(rows=len(rows), cols=columns)
        docx_table.style = self.document.styles["Table Grid"]
        for row_index, row in enumerate(rows):
            is_header = table.header is not None and row_index == 0
            docx_row = docx_table.rows[row_index]
            if is_header:
                mark_header_row(docx_row)
            for column, cell in enumerate(docx_row.cells):
                paragraph = cell.paragraphs[0]
                paragraph.style = self.document.styles["Table Text"]
                content = row[column] if column < len(row) else ()
                self._inlines(paragraph, paragraph._p, content, _RunFormat(bold=is_header))
        if table.caption:
            set_table_caption(docx_table, table.caption)

    def _image(
        self, src: str, alt: str, *, decorative: bool, max_width: int, paragraph: DocxParagraph | None = None
    ) -> None:
        """Add a picture in a paragraph of its own (or in ``paragraph``), with alt text or decorative."""
        from pressconv.writers._docx_xml import describe_image

        data = self._image_bytes(src)
        problem = "could not be read" if data is None else ""
        if data is not None:
            target = paragraph or self.document.add_paragraph(style="Normal")
            try:
                shape = target.add_run().add_picture(io.BytesIO(data))
            except Exception as exc:  # python-docx raises UnrecognizedImageError and friends
                problem = f"is not a usable image ({type(exc).__name__})"
                if paragraph is None:
                    target._p.getparent().remove(target._p)
            else:
                if shape.width and shape.width > max_width:
                    from docx.shared import Emu

                    ratio = max_width / shape.width
                    shape.width = Emu(max_width)
                    shape.height = Emu(int(shape.height * ratio))
                describe_image(shape._inline, alt, decorative=decorative)
                return
        label = src if not src.startswith("data:") else src[:30] + "…"
        self.ctx.reporter.add("warning", "docx.image-unavailable", f"image {label!r} {problem}; kept its alt text")
        if alt.strip() and not decorative:
            self._paragraph((Text(text=alt),), "Normal")

    def _image_bytes(self, src: str) -> bytes | None:
        """Read an image only from a data: URI, our own style folders or the configured logo."""
        if src.startswith("data:"):
            header, _, payload = src.partition(",")
            if not header.endswith(";base64"):
                return None
            try:
                return base64.b64decode(payload, validate=True)
            except (binascii.Error, ValueError):
                return None
        from pressconv.writers._branding import is_logo_path, read_logo

        path = Path(src)
        if is_logo_path(self.ctx, path):
            # The configured logo is read only through the shared, size-limited, sniffing helper.
            logo = read_logo(self.ctx)
            return logo.data if logo is not None else None
        if not self.ctx.resources.is_allowed(path) or not path.is_file():
            return None
        return path.read_bytes()

    def _logo(self) -> None:
        """Put the organisation's logo in the page header, like letterhead.

        LibreOffice exports header content as artifacts, and Word reads it outside the body, so a
        decorative logo stays out of the reading order; a logo with alt text keeps it.
        """
        from docx.shared import Mm

        from pressconv.writers._branding import read_logo

        logo = read_logo(self.ctx)
        if logo is None:
            return
        header = self.document.sections[0].header
        self._image(
            logo.data_url(),
            logo.alt,
            decorative=logo.decorative,
            max_width=int(Mm(50)),
            paragraph=header.paragraphs[0],
        )

    def _footer(self, text: str) -> None:
        """Put the branding footer text (address, office) in the page footer of every page."""
        footer = self.document.sections[0].footer
        paragraph = footer.paragraphs[0]
        paragraph.style = self.document.styles["Footer"]
        self._inlines(paragraph, paragraph._p, (Text(text=" ".join(text.split())),), _RunFormat())

    def _section(self, section: Section) -> None:
        self._paragraph((Text(text=section.title),), "Heading 2")
        # Cards first: the parser keeps what fits no card field (fax, web, office hours) as the
        # section's paragraphs, and releases write those after the card (issue 9, words in order).
        for contact in section.contacts:
            self._contact(contact)
        for block in section.blocks:
            self._block(block)

    def _contact(self, contact: Contact) -> None:
        # One line per field, in the release's order and with its own labels ("Tel.", "Mail"), so
        # no word of the card is lost or moved (issue 9); unlabelled phone and e-mail get ours.
        lines: list[tuple[Inline, ...]] = []
        for name, item in contact_items(contact):
            if name == "note":
                # A line of the card that fits no field (office hours, fax, web), in its place.
                assert isinstance(item, tuple)
                lines.append(item)
                continue
            value = item if isinstance(item, str) else ""
            label = contact_label(contact, name)
            if label is None and name in ("phone", "email"):
                label = self.labels[name]
            prefix: tuple[Inline, ...] = (Text(text=contact_label_prefix(label)),) if label else ()
            match name:
                case "phone":
                    lines.append((*prefix, Phone(number=value)))
                case "email":
                    lines.append((*prefix, Email(address=value)))
                case "address":
                    address: list[Inline] = list(prefix)
                    for index, line in enumerate(value.splitlines()):
                        if index:
                            address.append(LineBreak())
                        address.append(Text(text=line))
                    lines.append(tuple(address))
                case "name" | "role" | "organisation" | "note":
                    lines.append((*prefix, Text(text=value)))
                case _:
                    assert_never(name)
        if not lines:
            return
        inlines: list[Inline] = []
        for index, line_inlines in enumerate(lines):
            if index:
                inlines.append(LineBreak())
            inlines.extend(line_inlines)
        self._paragraph(tuple(inlines), "Contact")

    # ----------------------------------------------------------------- inlines

    def _run(self, paragraph: DocxParagraph, parent: Any, text: str, fmt: _RunFormat) -> Run:
        import copy

        from docx.oxml.text.run import _RunContentAppender
        from docx.text.run import Run as DocxRun

        from pressconv.writers._docx_xml import set_run_language

        # The run properties are made once per format with python-docx's setters and copied for
        # each run: the setters and add_run's text setter search the run's children every time,
        # which made 40 000 phone links take 10 s (issue 15 #5). The XML is the same.
        style_id = self._style_id(fmt.char_style, character=True) if fmt.char_style else None
        key = (style_id, fmt.bold, fmt.italic, fmt.lang)
        template = self._run_templates.get(key)
        if template is None:
            empty = paragraph.add_run()
            if fmt.bold:
                empty.bold = True
            if fmt.italic:
                empty.italic = True
            if style_id:
                empty._r.style = style_id  # as run.style = ... sets
            if fmt.lang:
                set_run_language(empty._r, fmt.lang)
            paragraph._p.remove(empty._r)
            template = self._run_templates[key] = empty._r
        r = copy.deepcopy(template)
        paragraph._p.append(r)
        content = xml_safe(text)
        if content and not _RUN_BREAKS.intersection(content):
            # What python-docx's appender makes of text without tab or line break: one w:t. It
            # got there a character at a time (about 1 ms of a release, issue 21).
            r.add_t(content)
        elif content:
            _RunContentAppender.append_to_run_from_text(r, content)
        if parent is not paragraph._p:
            parent.append(r)  # lxml moves the run into the hyperlink
        return DocxRun(r, paragraph)

    def _hyperlink(
        self, paragraph: DocxParagraph, parent: Any, href: str, children: tuple[Inline, ...], fmt: _RunFormat
    ) -> None:
        from pressconv.writers._docx_xml import add_hyperlink

        if fmt.in_link:  # a link inside a link is not possible in WordprocessingML
            self._inlines(paragraph, parent, children, fmt)
            return
        link = add_hyperlink(paragraph, href, self._links)
        if parent is not paragraph._p:
            parent.append(link)
        self._inlines(paragraph, link, children, replace(fmt, char_style="Hyperlink", in_link=True))

    def _inlines(self, paragraph: DocxParagraph, parent: Any, inlines: tuple[Inline, ...], fmt: _RunFormat) -> None:
        for node in inlines:
            match node:
                case Text(text=text):
                    if text:
                        self._run(paragraph, parent, text, fmt)
                case Emphasis(children=children):
                    self._inlines(paragraph, parent, children, replace(fmt, italic=True))
                case Strong(children=children):
                    self._inlines(paragraph, parent, children, replace(fmt, bold=True))
                case Lang(children=children, lang=lang):
                    self._inlines(paragraph, parent, children, replace(fmt, lang=lang))
                case Quotation(children=children):
                    marks = _QUOTES[self.primary]
                    opening, closing = marks[min(fmt.quote_depth, len(marks) - 1)]
                    self._run(paragraph, parent, opening, fmt)
                    self._inlines(paragraph, parent, children, replace(fmt, quote_depth=fmt.quote_depth + 1))
                    self._run(paragraph, parent, closing, fmt)
                case Abbr(text=text):
                    self._run(paragraph, parent, text, fmt)
                case LineBreak():
                    self._run(paragraph, parent, "", fmt).add_break()
                case Link(url=url, children=children):
                    self._link(paragraph, parent, url, children, fmt)
                case Email(address=address):
                    href = safe_href(f"mailto:{address}")
                    if href:
                        self._hyperlink(paragraph, parent, href, (Text(text=address),), fmt)
                    else:
                        self._run(paragraph, parent, address, fmt)
                case Phone(number=number):
                    tel = tel_href(node.number, node.tel, self.language)
                    if tel:
                        self._hyperlink(paragraph, parent, tel, (Text(text=number),), fmt)
                    else:
                        self._run(paragraph, parent, number, fmt)
                case _:
                    assert_never(node)

    def _link(self, paragraph: DocxParagraph, parent: Any, url: str, children: tuple[Inline, ...], fmt: _RunFormat) -> None:
        """A link with descriptive text (WCAG 2.4.4); a bare address stays visible after it in brackets."""
        href = safe_href(url)
        if href is None:  # javascript:, file: and friends stay plain text
            self._inlines(paragraph, parent, children, fmt)
            return
        written = inline_text(children)
        if not written.strip():  # a link needs a name (WCAG 4.1.2): describe the address instead
            self._hyperlink(paragraph, parent, href, (Text(text=link_description(url, url, self.language)),), fmt)
            return
        description = link_description(url, written, self.language)
        if description == written.strip():
            self._hyperlink(paragraph, parent, href, children, fmt)
            return
        self._hyperlink(paragraph, parent, href, (Text(text=description),), fmt)
        self._run(paragraph, parent, f" ({written.strip()})", fmt)


class DocxWriter:
    """Render a release as an accessible, reproducible Office Open XML word-processing document."""

    name: ClassVar[str] = "docx"
    extension: ClassVar[str] = "docx"
    media_type: ClassVar[str] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    requires: ClassVar[tuple[str, ...]] = ("docx",)

    def render(self, release: Release, ctx: RenderContext) -> bytes:
        """Return the DOCX bytes; the same release and timestamp always give the same bytes."""
        from pressconv.writers._docx_xml import package_members

        builder = _DocxBuilder(release, ctx)
        document = builder.build()
        # [Content_Types].xml first: python-docx writes it first, and readers that sniff the
        # package expect it there.
        members = package_members(document, known=builder.template.known_parts())
        members.sort(key=lambda member: member[0] != "[Content_Types].xml")
        return build_zip(members, timestamp=ctx.timestamp)
