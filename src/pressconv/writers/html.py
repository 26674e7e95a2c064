"""The HTML writer: one accessible, self-contained HTML5 page per release (and its print/EPUB variants).

The same Jinja2 templates produce three variants so that the block and inline markup has one source
of truth: ``screen`` (the published page), ``print`` (the input WeasyPrint turns into the PDF) and
``epub`` (polyglot XHTML for the EPUB writer).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Literal, assert_never
from urllib.parse import urlsplit

from pressconv.colour import WHITE, contrast_ratio, parse_colour
from pressconv.model import (
    Block,
    BlockQuote,
    BulletList,
    Contact,
    ContactField,
    Heading,
    Image,
    Inline,
    Link,
    OrderedList,
    Paragraph,
    PhotoCredit,
    Release,
    Table,
    contact_items,
    contact_label,
    contact_label_prefix,
    inline_text,
)
from pressconv.writers._jinja import get_environment
from pressconv.writers._labels import format_date, format_datetime, format_time, labels_for, primary_language
from pressconv.writers._page import letterhead
from pressconv.writers.base import (
    RenderContext,
    link_description,
    phone_class,
    plain_text,
    safe_href,
    tel_href,
    xml_safe,
)

if TYPE_CHECKING:
    from markupsafe import Markup

    from pressconv.writers._accessibility import AccessibilityFacts
    from pressconv.writers._branding import Logo

__all__ = ["HtmlWriter", "Variant", "render_body", "render_document"]

Variant = Literal["screen", "print", "epub"]

TEMPLATE_NAME = "release.html.j2"
# Search engines cut descriptions at about this length; the whole text is in the page anyway.
DESCRIPTION_LIMIT = 300


_URL_TEXT = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_IMAGE_SCHEMES = frozenset({"http", "https"})


@dataclass(frozen=True, slots=True)
class LinkView:
    """How one Link is shown: its href (None when unsafe) and readable text, plus a bare URL to show."""

    href: str | None
    text: str | None
    shown_url: str | None


@dataclass(slots=True)
class _IdRegistry:
    """Hands out element ids that are unique in the page (a duplicate id is a vnu error, WCAG 4.1.1)."""

    used: set[str] = field(default_factory=set)

    def claim(self, wanted: str) -> str:
        base = re.sub(r"[^\w-]+", "-", wanted.lower()).strip("-_") or "id"
        if not base[0].isalpha():
            base = "id-" + base
        candidate, counter = base, 2
        while candidate in self.used:
            candidate = f"{base}-{counter}"
            counter += 1
        self.used.add(candidate)
        return candidate


class PageHelpers:
    """The functions and precomputed facts the templates use; one instance per rendered page."""

    def __init__(self, release: Release, ctx: RenderContext, variant: Variant) -> None:
        self.release = release
        self.ctx = ctx
        self.variant = variant
        self.language = release.meta.language or "de-DE"
        self.labels = labels_for(self.language)
        # Polyglot XHTML (EPUB) needs "<br/>"; in text/html a trailing slash only earns vnu notes.
        self.void_end = "/" if variant == "epub" else ""
        self._ids = _IdRegistry()
        self.main_id = self._ids.claim(self.labels["main_id"])
        self._heading_levels: dict[int, int] = {}
        self._heading_ids: dict[int, str] = {}
        self._assign_headings(release.body, top=2)
        self.section_ids: list[str] = []
        for index, section in enumerate(release.sections, start=1):
            self.section_ids.append(self._ids.claim(f"{section.kind}-{index}"))
            self._assign_headings(section.blocks, top=3)
        self._tables = 0

    # ----------------------------------------------------------------- structure

    def _assign_headings(self, blocks: Iterable[Block], *, top: int) -> None:
        """Map body headings onto h``top``…h6 without skipping a level (WCAG 1.3.1, axe heading-order)."""
        headings = [block for block in blocks if isinstance(block, Heading) and inline_text(block.children).strip()]
        if not headings:
            return
        offset = top - min(heading.level for heading in headings)
        previous = top - 1
        for heading in headings:
            level = max(top, min(heading.level + offset, previous + 1, 6))
            self._heading_levels[id(heading)] = level
            self._heading_ids[id(heading)] = self._ids.claim(heading.id or f"h-{inline_text(heading.children)}")
            previous = level

    def heading_level(self, heading: Heading) -> int:
        """Return the HTML heading level of a body or section heading."""
        return self._heading_levels.get(id(heading), 2)

    def heading_id(self, heading: Heading) -> str:
        """Return the unique id of a heading (an anchor for links and the EPUB navigation)."""
        return self._heading_ids.get(id(heading)) or self._ids.claim("h")

    @staticmethod
    def table_width(table: Table) -> int:
        """Return the number of columns: the widest of the header and the rows."""
        rows = ((table.header,) if table.header else ()) + table.rows
        return max((len(row) for row in rows), default=0)

    @staticmethod
    def is_blank(inlines: tuple[Inline, ...]) -> bool:
        """True when inlines hold no visible text."""
        return not inline_text(inlines).strip()

    def table_ids(self, table: Table) -> tuple[str, str]:
        """Return (wrapper label id, accessible name) for a table's scrollable region."""
        self._tables += 1
        name = table.caption or f"{self.labels['table']} {self._tables}"
        return self._ids.claim(f"table-{self._tables}"), name

    # ----------------------------------------------------------------- inlines

    def link_view(self, link: Link) -> LinkView:
        """Decide how a Link appears: unsafe schemes become text, bare URLs get a description (WCAG 2.4.4)."""
        safe = safe_href(link.url)
        href = valid_url(safe) if safe is not None else None
        written = inline_text(link.children)
        if href is None:
            return LinkView(href=None, text=None, shown_url=None)
        if _URL_TEXT.match(written.strip()) or written.strip() == link.url.strip():
            # The description names the destination; the address stays visible (and printable)
            # next to it, outside the link so the link's accessible name stays short.
            return LinkView(href=href, text=link_description(link.url, written, self.language), shown_url=written.strip())
        return LinkView(href=href, text=None, shown_url=None)

    def tel_href(self, number: str, tel: str | None = None) -> str | None:
        """Return a ``tel:`` URI for a number, or None if it is not dialable (see ``base.tel_href``)."""
        return tel_href(number, tel, self.language)

    @staticmethod
    def phone_class(number: str) -> str:
        """Return the classes of a phone number's element (see ``base.phone_class``)."""
        return phone_class(number)

    @staticmethod
    def mailto_href(address: str) -> str | None:
        """Return a ``mailto:`` URI for a plausible address, or None."""
        address = address.strip()
        if re.fullmatch(r"[^\s@<>\"]+@[^\s@<>\"]+\.[^\s@<>\"]+", address) is None:
            return None
        return "mailto:" + valid_url(address)

    @staticmethod
    def image_src(src: str) -> str | None:
        """Return an image source we may reference: web URLs, data: images and relative paths only."""
        src = src.strip()
        parts = urlsplit(src)
        scheme = parts.scheme.lower()
        if scheme in _IMAGE_SCHEMES:
            return src
        if scheme == "data":
            return src if src[5:].lower().startswith("image/") else None
        if scheme == "" and not src.startswith(("/", "\\")):
            return src
        return None

    # ----------------------------------------------------------------- dates

    def date_text(self, day: date) -> str:
        """Return ``day`` as a reader of the release language writes it."""
        return format_date(day, self.language)

    def datetime_text(self, moment: datetime) -> str:
        """Return a date with time of day in the release language."""
        return format_datetime(moment, self.language)

    def embargo_lines(self) -> list[tuple[str, datetime | None]]:
        """Every embargo line as written; the one ``Metadata.embargo`` was read from with its time.

        The model says which line that is (``embargo_index``), so the writer needs no parser.
        """
        meta = self.release.meta
        read = meta.embargo_index if meta.embargo is not None else None
        return [(line, meta.embargo if index == read else None) for index, line in enumerate(meta.embargo_lines)]

    @staticmethod
    def datetime_attr(moment: datetime) -> str:
        """Return a valid ``<time datetime>`` value (HTML global date-and-time string)."""
        return moment.isoformat(timespec="minutes")

    def issued_attr(self) -> str | None:
        """Return the machine-readable issue date (with time when the release gives one)."""
        meta = self.release.meta
        if meta.issued is None:
            return None
        time_of_day = _parse_time(meta.issued_time)
        return meta.issued.isoformat() + (f"T{time_of_day}" if time_of_day else "")

    def issued_text(self) -> str | None:
        """Return the visible issue date, with the time of day as written when there is one."""
        meta = self.release.meta
        if meta.issued is None:
            return None
        text = self.date_text(meta.issued)
        if meta.issued_time:
            text += f", {format_time(meta.issued_time, meta.language)}"
        return text

    # ----------------------------------------------------------------- page facts

    def plain_text(self, inlines: tuple[Inline, ...]) -> str:
        """Return inlines as one line of text, quotation marks kept (for ``<title>`` and JSON-LD)."""
        return plain_text(inlines, self.language)

    @property
    def organisation(self) -> str | None:
        """The issuing organisation: from the release, else from the branding configuration."""
        return self.release.meta.organisation or self.ctx.branding.organisation

    @cached_property
    def logo(self) -> Logo | None:
        """The configured logo, read once per page through the shared helper (no other file is read)."""
        from pressconv.writers._branding import read_logo

        return read_logo(self.ctx)

    def page_title(self) -> str:
        """Return the ``<title>`` text: headline and organisation (WCAG 2.4.2 Page Titled)."""
        title = self.plain_text(self.release.meta.title)
        return f"{title} – {self.organisation}" if self.organisation else title

    def description(self) -> str:
        """Return a short summary for ``<meta name=description>``: the lead or first paragraph."""
        paragraphs = [block for block in self.release.body if isinstance(block, Paragraph)]
        leads = [p for p in paragraphs if p.lead] or paragraphs
        text = self.plain_text(leads[0].children) if leads else ""
        if not text:
            text = self.plain_text(self.release.meta.title)
        if len(text) <= DESCRIPTION_LIMIT:
            return text
        cut = text[:DESCRIPTION_LIMIT].rsplit(" ", 1)[0]
        return cut.rstrip(",;:") + " …"

    def created(self) -> str:
        """``dcterms.created``: the release date, else the build timestamp."""
        meta = self.release.meta
        return meta.issued.isoformat() if meta.issued else self.ctx.timestamp.date().isoformat()

    def modified(self) -> str:
        """``dcterms.modified``: the build timestamp (SOURCE_DATE_EPOCH keeps it reproducible)."""
        return self.ctx.timestamp.isoformat(timespec="seconds")

    def accessibility(self) -> AccessibilityFacts:
        """The page's schema.org accessibility statements (shared with the EPUB metadata)."""
        from pressconv.writers._accessibility import accessibility_facts, has_informative_images

        logo_alt = self.logo.alt if self.logo is not None else ""
        informative = has_informative_images(self.release, logo_alt=logo_alt)
        return accessibility_facts(self.language, publication="web", informative_images=informative)

    def json_ld_images(self) -> list[dict[str, object]]:
        """The release's own informative images as schema.org ImageObjects (the logo is the publisher's)."""
        blocks = (*self.release.body, *(b for section in self.release.sections for b in section.blocks))
        images: list[dict[str, object]] = []
        for block in blocks:
            if isinstance(block, Image) and not block.decorative:
                src = self.image_src(block.src)
                if src is not None:
                    images.append({"@type": "ImageObject", "url": src, "caption": block.alt})
        return images

    def json_ld_dates(self) -> dict[str, str]:
        """``dateCreated`` and ``datePublished`` of the NewsArticle, the embargo (Sperrfrist) included.

        schema.org has no embargo property. It defines ``datePublished`` as the "date of first
        publication or broadcast" and ``dateCreated`` as "the date on which the CreativeWork was
        created" (https://schema.org/datePublished, https://schema.org/dateCreated). A release
        under embargo is written and sent out on its issue date but may first be published when the
        embargo ends, so the issue date is ``dateCreated`` and the embargo time ``datePublished``,
        the earliest moment of publication (the moment IPTC ninjs calls ``embargoed``, which
        writers/ninjs.py writes). Without an embargo the issue date is the publication date, as before.
        When the release has embargo lines but none can be read, the earliest publication time is
        unknown: ``datePublished`` is left out rather than claiming the issue date.
        """
        meta = self.release.meta
        issued = self.issued_attr()
        if meta.embargo is not None:
            dates = {"datePublished": self.datetime_attr(meta.embargo)}
            if issued:
                dates["dateCreated"] = issued
            return dates
        if meta.embargo_lines:
            return {"dateCreated": issued} if issued else {}
        return {"datePublished": issued} if issued else {}

    def json_ld(self) -> Markup:
        """Return the schema.org NewsArticle as JSON that is safe inside ``<script>``."""
        from markupsafe import Markup

        meta = self.release.meta
        data: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.plain_text(meta.title),
            "inLanguage": self.language,
            "description": self.description(),
        }
        if meta.subtitle:
            data["alternativeHeadline"] = self.plain_text(meta.subtitle)
        data.update(self.json_ld_dates())
        data["dateModified"] = self.modified()
        images = self.json_ld_images()
        if images:
            data["image"] = images
        if self.organisation:
            organisation: dict[str, object] = {"@type": "Organization", "name": self.organisation}
            data["author"] = {"@type": "Person", "name": meta.author} if meta.author else dict(organisation)
            logo = self.logo
            if logo is not None:
                # The page is one self-contained file, so the logo's only address is its data: URL
                # (RFC 2397), the same one the masthead <img> uses.
                organisation["logo"] = {
                    "@type": "ImageObject",
                    "url": logo.data_url(),
                    "encodingFormat": logo.media_type,
                    "width": logo.width,
                    "height": logo.height,
                    **({"caption": logo.alt} if logo.alt else {}),
                }
            data["publisher"] = organisation
        if meta.place:
            data["locationCreated"] = {"@type": "Place", "name": meta.place}
        if meta.keywords:
            data["keywords"] = ", ".join(meta.keywords)
        if meta.release_number:
            data["identifier"] = meta.release_number
        data["isAccessibleForFree"] = True
        # The same statements as the EPUB's package metadata, from one source (writers/_accessibility.py).
        facts = self.accessibility()
        data["accessMode"] = list(facts.access_modes)
        data["accessModeSufficient"] = list(facts.access_modes_sufficient)
        data["accessibilityFeature"] = list(facts.features)
        data["accessibilityHazard"] = list(facts.hazards)
        data["accessibilitySummary"] = facts.summary
        text = json.dumps(data, ensure_ascii=False, indent=2)
        # "</script>" or "<!--" inside release text must not end or confuse the script element
        # (HTML §4.12.1.3 restrictions for contents of script elements).
        for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
            text = text.replace(char, escaped)
        return Markup(text)

    def stylesheet(self) -> Markup:
        """Return the CSS to inline: screen.css, or nothing for the print variant.

        The PDF writer hands print.css to WeasyPrint itself, parsed once per process, instead of
        re-reading it from every page (issue 10).
        """
        from markupsafe import Markup

        if self.variant == "print":
            return Markup("")
        css = self.ctx.resources.read_style("screen.css")
        # Our own file, but a "</style" in it would end the element early.
        return Markup(css.replace("</", "<\\/"))

    def brand_css(self) -> Markup:
        """Return CSS that applies the branding accent colour where its contrast allows, else nothing.

        The accent colours the masthead bar (non-text, WCAG 1.4.11 needs 3:1 against white) and, when
        it reaches 4.5:1 (WCAG 1.4.3), the kicker and link text too. Dark and high-contrast schemes
        keep their own tokens. Anything that is not a plain hex colour is ignored: it goes into CSS.
        """
        from markupsafe import Markup

        accent = (self.ctx.branding.accent or "").strip()
        try:
            ratio = contrast_ratio(parse_colour(accent), WHITE)
        except ValueError:
            return Markup("")
        if self.variant == "print":
            # Paper is white and has no colour schemes: print.css uses the accent for the masthead
            # name, kicker and links, all text, so only a 4.5:1 accent replaces its own (WCAG 1.4.3).
            return Markup(f":root {{ --accent: {accent}; }}" if ratio >= 4.5 else "")
        tokens = []
        if ratio >= 3.0:
            tokens.append(f"--accent-bar: {accent};")
        if ratio >= 4.5:
            tokens += [f"--fg-accent: {accent};", f"--link: {accent};", f"--focus: {accent};"]
        if not tokens:
            return Markup("")
        rule = ":root { " + " ".join(tokens) + " }"
        return Markup(f"@media (prefers-color-scheme: light) and (prefers-contrast: no-preference) {{ {rule} }}")

    def contact_lines(self, contact: Contact) -> list[str]:
        """Return a contact's postal address split into lines."""
        return [line.strip() for line in (contact.address or "").splitlines() if line.strip()]

    @staticmethod
    def contact_items(contact: Contact) -> tuple[tuple[ContactField, str | tuple[Inline, ...]], ...]:
        """Return the entries of a contact card in the order the release wrote them (issue 9): each
        field with its text, each note (office hours, fax, web) with its inlines."""
        return contact_items(contact)

    def contact_prefix(self, contact: Contact, name: ContactField) -> str:
        """Return the label text before a contact field: the release's own label ("Tel. ", "Mail: "),
        else ours for phone and e-mail ("Telefon: "), else nothing."""
        label = contact_label(contact, name)
        if label is None and name in ("phone", "email"):
            label = self.labels[name]
        return contact_label_prefix(label) if label else ""


# RFC 3986 reserved and unreserved characters, plus "%" for escapes that are already there.
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~-._"


def valid_url(url: str) -> str:
    """Percent-encode what a URL may not contain (spaces, quotes, stray "%") so the href is valid HTML."""
    from urllib.parse import quote

    url = re.sub(r"%(?![0-9A-Fa-f]{2})", "%25", url.strip())
    return quote(url, safe=_URL_SAFE)


def _parse_time(value: str | None) -> str | None:
    """Return ``HH:MM`` from a written time of day ("10.30 Uhr", "10:30"), or None."""
    if not value:
        return None
    match = re.search(r"\b([01]?\d|2[0-3])[:.]([0-5]\d)\b", value)
    if match is None:
        return None
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def _check_blocks(blocks: Iterable[Block]) -> None:
    """Fail early, with a type error under mypy, when the model grows a block kind the templates lack."""
    for block in blocks:
        match block:
            case Paragraph() | Heading() | BlockQuote() | BulletList() | OrderedList() | Table():
                pass
            case Image() | PhotoCredit():
                pass
            case _:
                assert_never(block)


def render_document(release: Release, ctx: RenderContext, *, variant: Variant = "screen") -> str:
    """Render ``release`` as ``screen`` HTML5, ``print`` HTML (for WeasyPrint) or ``epub`` XHTML."""
    if variant not in ("screen", "print", "epub"):
        raise ValueError(f"unknown HTML variant {variant!r}")
    _check_blocks(release.body)
    for section in release.sections:
        _check_blocks(section.blocks)
    helpers = PageHelpers(release, ctx, variant)
    options: Mapping[str, object] = ctx.options
    template = get_environment(ctx.resources).get_template(TEMPLATE_NAME)
    page = template.render(
        release=release,
        meta=release.meta,
        h=helpers,
        L=helpers.labels,
        variant=variant,
        lang=helpers.language,
        primary_lang=primary_language(helpers.language),
        external_assets=bool(options.get("html_external_assets", False)),
        epub_stylesheet_href=str(options.get("epub_stylesheet_href", "styles/epub.css")),
        branding=ctx.branding,
        # The [pdf] letterhead: paper's first page only. The screen page and the EPUB chapter have
        # the masthead (logo, organisation) and no first page, so they never print it.
        letterhead=letterhead(options) if variant == "print" else (),
    )
    # Cleaned once here for all three variants (HTML, the PDF's print page, the EPUB chapter).
    # The parser strips such characters from input files, but API users build models from any str,
    # and one of them made the EPUB chapter ill-formed (found by the property tests).
    return xml_safe(page)


BODY_TEMPLATE = "body.html.j2"


def render_body(release: Release, ctx: RenderContext) -> str:
    """Render only the release's body and closing sections as an HTML fragment (no title, no page).

    The ninjs and Atom writers carry the body as HTML; it is the page's own accessible markup, from
    the same partial (``_body.j2``), so no second set of templates can drift from it.
    """
    _check_blocks(release.body)
    for section in release.sections:
        _check_blocks(section.blocks)
    helpers = PageHelpers(release, ctx, "screen")
    template = get_environment(ctx.resources).get_template(BODY_TEMPLATE)
    fragment = template.render(
        release=release,
        meta=release.meta,
        h=helpers,
        L=helpers.labels,
        variant="screen",
        lang=helpers.language,
        primary_lang=primary_language(helpers.language),
        branding=ctx.branding,
    )
    return xml_safe(fragment).strip() + "\n"


class HtmlWriter:
    """Writes the release as one accessible, self-contained HTML5 file."""

    name: ClassVar[str] = "html"
    extension: ClassVar[str] = "html"
    media_type: ClassVar[str] = "text/html"
    requires: ClassVar[tuple[str, ...]] = ("jinja2",)

    def render(self, release: Release, ctx: RenderContext) -> bytes:
        """Return the screen variant as UTF-8 bytes."""
        return render_document(release, ctx, variant="screen").encode("utf-8")
