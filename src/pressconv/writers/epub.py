"""EPUB 3 writer: packages the release's XHTML as an EPUB Accessibility 1.1 publication with ebooklib.

The chapter is the HTML writer's ``epub`` variant (one content document, ``release.xhtml``). ebooklib
0.20 writes the container, OPF and NCX; we work around its gaps (formats.md §2.2): ``xml:lang`` on
``<package>`` (Ace rule ``epub-lang``), our own nav document instead of its page-list (it treats every
element with ``epub:type`` and an id as a page break), unique creator ids (duplicate ``id="creator"``
is EPUBCheck RSC-005), an NCX always (without it the spine's ``toc="ncx"`` dangles, OPF-049), a
content-derived identifier instead of ``uuid4()``, ``dcterms:modified`` in UTC, errors raised instead of
swallowed, and a zip rewritten so that the same input gives the same bytes.
"""

from __future__ import annotations

import dataclasses
import io
import itertools
import posixpath
import re
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar

from pressconv._zip import normalise_zip
from pressconv.diagnostics import Reporter
from pressconv.errors import WriterError
from pressconv.model import Metadata, Paragraph, Release
from pressconv.writers._jinja import get_environment
from pressconv.writers._labels import labels_for
from pressconv.writers.base import RenderContext, plain_text, xml_safe

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["EpubWriter", "NavEntry", "package_epub", "publication_identifier"]

CHAPTER_HREF = "release.xhtml"
NAV_HREF = "nav.xhtml"
NCX_HREF = "toc.ncx"
DEFAULT_STYLESHEET_HREF = "styles/epub.css"
IMAGES_DIR = "images"
CONFORMANCE = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"

XHTML_NS = "http://www.w3.org/1999/xhtml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# A fixed namespace for uuid5: the same release always gets the same urn:uuid identifier (EPUB 3.3
# §5.5.3.1 wants it stable across revisions of one publication), and it never changes between versions.
_IDENTIFIER_NAMESPACE = uuid.UUID("6f0c2a53-8d1e-5b7a-9a4e-2f3c1d0b7e61")

# Media types of fonts a stylesheet may embed: the EPUB 3.3 core media types for fonts (§3.2).
_FONT_MEDIA_TYPES: Mapping[str, str] = {
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
}
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


@dataclass(frozen=True, slots=True)
class NavEntry:
    """One line of the table of contents: where it points, its text, and the entries below it."""

    href: str
    label: str
    children: tuple[NavEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class _ChapterFacts:
    """What the packager needs to know about the chapter XHTML."""

    xhtml: bytes
    headings: tuple[NavEntry, ...]
    # Images a reader sees (non-empty alt): they make the publication partly visual.
    informative_images: int
    has_svg: bool
    has_mathml: bool
    # data: images moved into the package: (href in the EPUB, media type, bytes).
    images: tuple[tuple[str, str, bytes], ...] = ()


class EpubWriter:
    """EPUB 3.3 with EPUB Accessibility 1.1 metadata, one chapter, a localized nav and an NCX."""

    name: ClassVar[str] = "epub"
    extension: ClassVar[str] = "epub"
    media_type: ClassVar[str] = "application/epub+zip"
    requires: ClassVar[tuple[str, ...]] = ("ebooklib",)

    def render(self, release: Release, ctx: RenderContext) -> bytes:
        """Render the chapter with the HTML writer's epub variant and package it."""
        from pressconv.writers.html import render_document

        chapter = render_document(release, ctx, variant="epub")
        return package_epub(release, ctx, chapter)


# --------------------------------------------------------------------------- identifier


_NOT_FINGERPRINTED = frozenset({"source", "embargo_index"})


def _fingerprint(node: object) -> str:
    """Return a canonical text of a model node: every compared field, without source positions.

    ``Metadata.source`` (file name and byte hash) is left out: the same release saved as UTF-8 or
    Windows-1252 is the same publication. ``Metadata.embargo_index`` is left out too: it only says
    which of the embargo lines gave ``embargo``, so it adds nothing, and the identifiers of EPUBs
    written before it existed stay the same.
    """
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        parts = [
            f"{field.name}={_fingerprint(getattr(node, field.name))}"
            for field in dataclasses.fields(node)
            if field.compare and not (isinstance(node, Metadata) and field.name in _NOT_FINGERPRINTED)
        ]
        return f"{type(node).__name__}({','.join(parts)})"
    if isinstance(node, tuple):
        return "(" + ",".join(_fingerprint(item) for item in node) + ")"
    return repr(node)


def publication_identifier(release: Release) -> str:
    """Return the release's ``urn:uuid:`` identifier: uuid5 over its content, so reproducible."""
    return f"urn:uuid:{uuid.uuid5(_IDENTIFIER_NAMESPACE, _fingerprint(release))}"


# --------------------------------------------------------------------------- chapter and nav


def _xml_parser() -> etree.XMLParser:
    from lxml import etree

    # No DTD loading, no entity expansion, no network: the chapter is our own output, but the
    # release text inside it is untrusted data.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _clean_text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _replace_image_with_text(image: etree._Element, alt: str) -> None:
    """Put an image's alt text in its place (or nothing for a decorative one), keeping the text after it."""
    from lxml import etree

    parent = image.getparent()
    if parent is None:
        return
    if alt:
        span = etree.Element(f"{{{XHTML_NS}}}span", {"class": "image-alt"})
        span.text = alt
        span.tail = image.tail
        parent.replace(image, span)
        return
    tail = image.tail or ""
    previous = image.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(image)


def _decode_data_image(src: str) -> tuple[str, bytes] | None:
    """Return (sniffed media type, bytes) of a base64 ``data:`` image URL, or None if it is not one.

    The type comes from the bytes, not from the URL's label, so the manifest never lies about it
    (EPUBCheck OPF-029/MED-004); SVG and anything else but PNG, JPEG and GIF are refused.
    """
    import base64
    import binascii

    from pressconv.writers._branding import LOGO_SIZE_LIMIT, sniff_image

    header, _, payload = src.partition(",")
    if not header.lower().endswith(";base64"):
        return None
    try:
        # RFC 2397 has no whitespace in the payload, but wrapped base64 is common; drop it first.
        data = base64.b64decode("".join(payload.split()), validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(data) > LOGO_SIZE_LIMIT:
        return None
    try:
        media_type, _width, _height = sniff_image(data)
    except WriterError:
        return None
    return media_type, data


def _inspect_chapter(chapter: str, reporter: Reporter) -> _ChapterFacts:
    """Parse the chapter XHTML, give headings without an id one, and collect the toc and image facts.

    The chapter is re-serialised only when something had to change, so normally it is packaged
    byte for byte as the HTML writer made it.
    """
    from lxml import etree

    data = chapter.encode("utf-8")
    try:
        root = etree.fromstring(data, _xml_parser())
    except etree.XMLSyntaxError as exc:
        raise WriterError(f"the EPUB chapter is not well-formed XHTML: {exc}") from exc
    if root.tag != f"{{{XHTML_NS}}}html":
        raise WriterError("the EPUB chapter is not an XHTML document (root element is not <html>)")

    used_ids = {value for value in root.xpath("//@id")}
    changed = False
    entries: list[NavEntry] = []
    for heading in root.iter(f"{{{XHTML_NS}}}h2", f"{{{XHTML_NS}}}h3"):
        label = _clean_text(heading)
        if not label:
            continue
        anchor = heading.get("id")
        parent = heading.getparent()
        if anchor is None and parent is not None and parent.tag == f"{{{XHTML_NS}}}section":
            # A heading that opens a section: the section's id is the natural target.
            first = next(iter(parent.iterchildren(tag=etree.Element)), None)
            if first is heading:
                anchor = parent.get("id")
        if anchor is None:
            number = 1
            while f"toc-{number}" in used_ids:
                number += 1
            anchor = f"toc-{number}"
            used_ids.add(anchor)
            heading.set("id", anchor)
            changed = True
        entry = NavEntry(href=f"{CHAPTER_HREF}#{anchor}", label=label)
        if heading.tag.endswith("h3") and entries:
            parent_entry = entries[-1]
            entries[-1] = dataclasses.replace(parent_entry, children=(*parent_entry.children, entry))
        else:
            entries.append(entry)

    informative = 0
    images: dict[bytes, str] = {}
    items: list[tuple[str, str, bytes]] = []
    for image in list(root.iter(f"{{{XHTML_NS}}}img")):
        alt = (image.get("alt") or "").strip()
        src = (image.get("src") or "").strip()
        if src.lower().startswith("data:"):
            embedded = _decode_data_image(src)
            if embedded is None:
                _replace_image_with_text(image, alt)
                reporter.add(
                    "warning",
                    "epub.image-not-embedded",
                    "a data: image is not a PNG, JPEG or GIF; its text alternative is shown instead",
                )
                changed = True
                continue
            media_type, data_bytes = embedded
            # A real file item rather than a data: URL: every reading system shows it, and the
            # manifest declares its media type (EPUB 3.3 §3.3 core media types, §5.6 manifest).
            href = images.get(data_bytes)
            if href is None:
                extension = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif"}[media_type]
                href = f"{IMAGES_DIR}/image-{len(images) + 1}.{extension}"
                images[data_bytes] = href
                items.append((href, media_type, data_bytes))
            image.set("src", href)
            changed = True
        else:
            # EPUB 3.3 §3.6: images must be inside the container; a web or file address would be
            # EPUBCheck RSC-006 and a writer never fetches (DESIGN §2). The alt text stays.
            _replace_image_with_text(image, alt)
            reporter.add(
                "warning",
                "epub.image-not-embedded",
                f"image {image.get('src')!r} cannot be embedded in the EPUB; its text alternative is shown",
            )
            changed = True
            continue
        if alt and image.get("role") not in ("presentation", "none"):
            informative += 1
    if changed:
        data = etree.tostring(root.getroottree(), xml_declaration=True, encoding="utf-8", doctype="<!DOCTYPE html>")
    return _ChapterFacts(
        xhtml=data,
        headings=tuple(entries),
        informative_images=informative,
        has_svg=root.find(".//{http://www.w3.org/2000/svg}svg") is not None,
        has_mathml=root.find(".//{http://www.w3.org/1998/Math/MathML}math") is not None,
        images=tuple(items),
    )


def _render_nav(
    ctx: RenderContext, language: str, labels: Mapping[str, str], entries: tuple[NavEntry, ...], css: str
) -> bytes:
    """Render the nav document from ``templates/epub/nav.xhtml.j2`` and check it is well-formed."""
    from lxml import etree

    text = (
        get_environment(ctx.resources)
        .get_template("epub/nav.xhtml.j2")
        .render(
            lang=language,
            labels=labels,
            entries=entries,
            nav_href=NAV_HREF,
            chapter_href=CHAPTER_HREF,
            stylesheet_href=posixpath.relpath(css, posixpath.dirname(NAV_HREF) or "."),
        )
    )
    data = text.encode("utf-8")
    try:
        etree.fromstring(data, _xml_parser())
    except etree.XMLSyntaxError as exc:
        raise WriterError(f"the EPUB nav template gave malformed XHTML: {exc}") from exc
    return data


def _stylesheet_assets(ctx: RenderContext, css_href: str) -> tuple[bytes, list[tuple[str, str, bytes]]]:
    """Return the stylesheet and every font it references as (href in the EPUB, media type, bytes).

    Only relative URLs inside our style folders are followed; a stylesheet that points elsewhere is an
    error rather than a silently broken publication (EPUBCheck RSC-007).
    """
    css_text = ctx.resources.read_style("epub.css")
    css_dir = posixpath.dirname(css_href)
    assets: list[tuple[str, str, bytes]] = []
    seen: set[str] = set()
    for match in _CSS_URL.finditer(_CSS_COMMENT.sub("", css_text)):
        reference = match.group(2).strip()
        if reference in seen:
            continue
        seen.add(reference)
        if ":" in reference or reference.startswith("/") or ".." in reference.split("/"):
            raise WriterError(f"epub.css may only reference files next to it, not {reference!r}")
        suffix = posixpath.splitext(reference)[1].lower()
        media_type = _FONT_MEDIA_TYPES.get(suffix)
        if media_type is None:
            raise WriterError(f"epub.css references {reference!r}, which is not a font EPUB readers support")
        try:
            path = ctx.resources.style_path(reference)
        except FileNotFoundError as exc:
            raise WriterError(f"epub.css references {reference!r}, which is missing") from exc
        if not ctx.resources.is_allowed(path):
            raise WriterError(f"epub.css references {reference!r} outside the style folders")
        assets.append((posixpath.normpath(posixpath.join(css_dir, reference)), media_type, path.read_bytes()))
    return css_text.encode("utf-8"), assets


# --------------------------------------------------------------------------- ebooklib


@cache
def _ebooklib_classes() -> tuple[Any, Any]:
    """Return ebooklib subclasses (built lazily: ebooklib is imported only when EPUB is asked for)."""
    from ebooklib import epub

    class VerbatimHtml(epub.EpubHtml):  # type: ignore[misc]
        """A content document written exactly as given.

        ebooklib's ``EpubHtml.get_content`` re-parses the body with an HTML parser and discards our
        ``<head>`` (title, stylesheet link); our chapter is already a complete XHTML document.
        """

        def get_content(self, default: bytes | None = None) -> bytes:
            content: bytes = self.content
            return content

    class PackageWriter(epub.EpubWriter):  # type: ignore[misc]
        """ebooklib's writer with our nav document and ``xml:lang`` on ``<package>``."""

        def _get_nav(self, item: Any) -> bytes:
            # Our own nav (localized toc and landmarks) replaces ebooklib's, whose page-list lists
            # every element with epub:type and an id as a page (Ace epub-pagelist-broken).
            content: bytes = item.content
            return content

        def _write_opf_file(self, root: Any) -> None:
            # Ace rule epub-lang: the package language belongs on <package xml:lang>, which
            # ebooklib 0.20 never writes.
            root.set(XML_LANG, self.book.language)
            super()._write_opf_file(root)

    return VerbatimHtml, PackageWriter


def _description(release: Release) -> str | None:
    if release.meta.subtitle:
        return plain_text(release.meta.subtitle, release.meta.language) or None
    paragraphs = [block for block in release.body if isinstance(block, Paragraph)]
    lead = next((p for p in paragraphs if p.lead), paragraphs[0] if paragraphs else None)
    if lead is None:
        return None
    return plain_text(lead.children, release.meta.language) or None


def _add_accessibility_metadata(book: Any, language: str, facts: _ChapterFacts) -> None:
    """Write the EPUB Accessibility 1.1 §2 discovery metadata, derived from what the chapter holds.

    The values come from writers/_accessibility.py, which the HTML page's JSON-LD uses too.
    """
    from pressconv.writers._accessibility import accessibility_facts

    def meta(prop: str, value: str) -> None:
        book.add_metadata(None, "meta", value, {"property": prop})

    stated = accessibility_facts(language, publication="epub", informative_images=bool(facts.informative_images))
    for mode in stated.access_modes:
        meta("schema:accessMode", mode)
    for mode in stated.access_modes_sufficient:
        meta("schema:accessModeSufficient", mode)
    for feature in stated.features:
        meta("schema:accessibilityFeature", feature)
    for hazard in stated.hazards:
        meta("schema:accessibilityHazard", hazard)
    meta("schema:accessibilitySummary", stated.summary)
    # Claimed because the test suite proves it for every corpus release with EPUBCheck and Ace.
    meta("dcterms:conformsTo", CONFORMANCE)


def package_epub(release: Release, ctx: RenderContext, chapter: str) -> bytes:
    """Package ``chapter`` (a complete XHTML5 document) with metadata, nav, NCX, stylesheet and fonts."""
    meta = release.meta
    language = meta.language or "en"
    labels = labels_for(language)
    css_href = str(ctx.options.get("epub_stylesheet_href", DEFAULT_STYLESHEET_HREF))
    if not re.fullmatch(r"(?:[A-Za-z0-9_-]+/)*[A-Za-z0-9_.-]+\.css", css_href) or ".." in css_href.split("/"):
        # The chapter links to this href and the stylesheet is stored under it, so it must be a
        # plain relative path inside the publication (EPUB 3.3 §3.6 container-relative URLs).
        raise WriterError(f"epub_stylesheet_href must be a relative path to a .css file, not {css_href!r}")
    facts = _inspect_chapter(chapter, ctx.reporter)
    css, fonts = _stylesheet_assets(ctx, css_href)
    title = " ".join(xml_safe(plain_text(meta.title, meta.language)).split())
    if not title:
        # dc:title, the chapter's <title> and the toc entry must not be empty (EPUB 3.3 §5.5.3.2,
        # WCAG 2.4.2); inventing one would be worse than saying so.
        raise WriterError("the release has no title, and an EPUB needs one")
    # One toc entry for the release, with its sections below it (the h1 is the chapter itself).
    toc = (NavEntry(href=CHAPTER_HREF, label=title, children=facts.headings),)
    nav = _render_nav(ctx, language, labels, toc, css_href)

    try:
        from ebooklib import epub
    except ImportError as exc:  # pragma: no cover - the registry checks `requires` first
        raise WriterError("the EPUB writer needs ebooklib: pip install 'pressconv[epub]'") from exc
    verbatim_html, package_writer = _ebooklib_classes()

    try:
        book = epub.EpubBook()
        book.set_identifier(publication_identifier(release))
        book.set_title(title)
        book.set_language(language)
        organisation = meta.organisation or ctx.branding.organisation
        organisation = xml_safe(organisation) if organisation else None
        creators = [xml_safe(name) for name in (meta.author or ctx.branding.author, organisation) if name]
        for number, creator in enumerate(dict.fromkeys(creators), start=1):
            # Unique ids: ebooklib's default id="creator" repeated is EPUBCheck RSC-005.
            book.add_author(creator, uid=f"creator-{number}")
        if organisation:
            book.add_metadata("DC", "publisher", organisation)
        if meta.issued is not None:
            book.add_metadata("DC", "date", meta.issued.isoformat())
        if meta.embargo is not None:
            # DCMI Metadata Terms "available": "Date that the resource became or will become
            # available", the earliest moment the release may be published (the HTML page's JSON-LD
            # states it as datePublished, writers/html.py). dcterms is a reserved prefix of the
            # EPUB 3.3 package document (§D.3), so no prefix attribute is needed.
            book.add_metadata(None, "meta", meta.embargo.isoformat(timespec="minutes"), {"property": "dcterms:available"})
        description = _description(release)
        if description:
            book.add_metadata("DC", "description", xml_safe(description))
        for keyword in meta.keywords:
            book.add_metadata("DC", "subject", xml_safe(keyword))
        _add_accessibility_metadata(book, language, facts)

        chapter_item = verbatim_html(uid="release", file_name=CHAPTER_HREF, title=title, lang=language)
        chapter_item.content = facts.xhtml
        chapter_item.media_type = "application/xhtml+xml"
        if facts.has_svg:
            chapter_item.properties.append("svg")
        if facts.has_mathml:
            chapter_item.properties.append("mathml")
        book.add_item(chapter_item)

        nav_item = epub.EpubNav(uid="nav", file_name=NAV_HREF, title=labels["toc"])
        nav_item.content = nav
        book.add_item(nav_item)
        # An NCX for EPUB 2 reading systems; without it the spine's toc="ncx" dangles (OPF-049).
        book.add_item(epub.EpubNcx(file_name=NCX_HREF))
        book.add_item(epub.EpubItem(uid="css", file_name=css_href, media_type="text/css", content=css))
        for number, (href, media_type, data) in enumerate(fonts, start=1):
            book.add_item(epub.EpubItem(uid=f"font-{number}", file_name=href, media_type=media_type, content=data))
        for number, (href, media_type, data) in enumerate(facts.images, start=1):
            book.add_item(epub.EpubItem(uid=f"image-{number}", file_name=href, media_type=media_type, content=data))

        # The nav is in the spine (non-linear) because its landmarks link to its own toc, and EPUBCheck
        # RSC-011 forbids links to documents outside the spine.
        book.spine = [chapter_item, (nav_item, "no")]
        top = epub.Link(CHAPTER_HREF, title, "ncx-release")
        children = _ncx_entries(epub, facts.headings, itertools.count(1))
        book.toc = [(top, children)] if children else [top]

        buffer = io.BytesIO()
        writer = package_writer(
            buffer,
            book,
            {
                # ebooklib writes dcterms:modified with strftime("...Z") from this value; it must be UTC.
                "mtime": ctx.timestamp.astimezone(UTC),
                "epub3_pages": False,
                "epub3_landmark": False,
                "epub2_guide": False,
                "raise_exceptions": True,
                # normalise_zip below rewrites (and compresses) every member anyway; deflating the
                # intermediate archive too cost ~20 ms a book, mostly on the embedded fonts.
                "compresslevel": 0,
            },
        )
        writer.process()
        writer.write()
    except WriterError:
        raise
    except Exception as exc:
        # ebooklib 0.20's write_epub swallows OSError unless asked not to; we call its writer
        # directly so nothing is swallowed, and name the format in the one-line message.
        raise WriterError(f"ebooklib could not build the EPUB: {type(exc).__name__}: {exc}") from exc

    # ebooklib stamps zip members with the wall clock (its mtime option only sets dcterms:modified;
    # upstream PR #340 is unreleased), so rewrite the archive: mimetype first and stored (OCF §4.3).
    when = ctx.timestamp.astimezone(UTC)
    return normalise_zip(buffer.getvalue(), timestamp=when, first=("mimetype",), stored=("mimetype",))


def _ncx_entries(epub: Any, entries: tuple[NavEntry, ...], numbers: Iterator[int]) -> list[Any]:
    """Return ebooklib toc items for ``entries``: a Link, or (Link, children) for nested headings."""
    items: list[Any] = []
    for entry in entries:
        link = epub.Link(entry.href, entry.label, f"ncx-{next(numbers)}")
        items.append((link, _ncx_entries(epub, entry.children, numbers)) if entry.children else link)
    return items
