"""The PDF writer: the print variant of the HTML page, through WeasyPrint 70 as PDF/UA-1, tags repaired.

WeasyPrint (pinned ``>=70,<71``: the tag repairs depend on the tree that major version builds) is
imported only inside ``render``, because importing it costs most of a second (formats.md §1.7).
The font configuration, the parsed print.css and the per-language footer stylesheet are built once
per process and reused, so a batch pays for CSS parsing and ``@font-face`` loading once.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import Any, ClassVar

from pressconv.diagnostics import Diagnostic, Reporter
from pressconv.model import Release, inline_text
from pressconv.resources import Resources
from pressconv.writers.base import Branding, RenderContext

__all__ = ["PdfMetadata", "PdfRequest", "PdfWriter", "html_to_pdf"]

PDF_VARIANT = "pdf/ua-1"

# "Seite 2 von 3" / "Page 2 of 3": words around the two counters, by primary language subtag.
_PAGE_OF: dict[str, tuple[str, str]] = {
    "de": ("Seite", "von"),
    "en": ("Page", "of"),
    "fr": ("Page", "sur"),
    "nl": ("Pagina", "van"),
    "es": ("Página", "de"),
    "it": ("Pagina", "di"),
    "pl": ("Strona", "z"),
    "tr": ("Sayfa", "/"),
}

# WeasyPrint messages that the post-processor deals with; reporting them would only confuse users.
_HANDLED_ENGINE_MESSAGES = ("has no required alt description", "refused to fetch")

# WeasyPrint and fontconfig state is process-wide; one render at a time keeps it consistent.
_RENDER_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True, kw_only=True)
class PdfMetadata:
    """The document information written to the Info dictionary and XMP (ISO 14289-1 7.1)."""

    title: str
    language: str
    authors: tuple[str, ...] = ()
    description: str | None = None
    keywords: tuple[str, ...] = ()
    timestamp: datetime = field(default_factory=lambda: datetime(1970, 1, 1, tzinfo=UTC))

    @classmethod
    def for_release(cls, release: Release, ctx: RenderContext) -> PdfMetadata:
        """Derive the metadata from the release and the build timestamp (never the clock)."""
        meta = release.meta
        organisation = meta.organisation or ctx.branding.organisation
        authors = tuple(a for a in (meta.author or ctx.branding.author, organisation) if a)
        return cls(
            title=" ".join(inline_text(meta.title).split()),
            language=meta.language or "de-DE",
            authors=tuple(dict.fromkeys(authors)),
            keywords=meta.keywords,
            timestamp=ctx.timestamp,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class PdfRequest:
    """A prepared PDF render as plain data: the print HTML, the metadata and the context's values.

    What the forked PDF process (``_pdf_child``) receives; the reporter is not part of it, since
    the process that renders collects the diagnostics and sends them back.
    """

    html: str
    metadata: PdfMetadata
    timestamp: datetime
    resources: Resources
    branding: Branding
    options: dict[str, object]
    stem: str

    @classmethod
    def prepare(cls, release: Release, ctx: RenderContext) -> PdfRequest:
        """Render the print HTML and the metadata (the part of a PDF render that needs no WeasyPrint)."""
        html, metadata = PdfWriter().prepare(release, ctx)
        return cls(
            html=html,
            metadata=metadata,
            timestamp=ctx.timestamp,
            resources=ctx.resources,
            branding=ctx.branding,
            options=dict(ctx.options),
            stem=ctx.stem,
        )

    def render(self, reporter: Reporter) -> bytes:
        """Turn the request into the PDF, reporting to ``reporter``: what ``PdfWriter.render`` does after
        ``prepare``."""
        from types import MappingProxyType

        ctx = RenderContext(
            timestamp=self.timestamp,
            reporter=reporter,
            resources=self.resources,
            branding=self.branding,
            options=MappingProxyType(dict(self.options)),
            stem=self.stem,
        )
        return html_to_pdf(self.html, ctx, self.metadata)


def _page_footer_css(language: str, box: str = "bottom-center") -> str:
    """Return the footer rule for ``language``: "Seite 2 von 3", "Page 2 of 3", in margin box ``box``.

    With a branding footer (print.css puts it in ``@bottom-left``) the page number moves to the
    right, so the two never share the middle of the line.
    """
    page, of = _PAGE_OF.get(language.split("-")[0].lower(), _PAGE_OF["en"])
    return f'@page {{ @{box} {{ content: "{page} " counter(page) " {of} " counter(pages); }} }}'


@cache
def _font_config() -> Any:
    """One FontConfiguration per process: @font-face files are loaded once and reused."""
    import atexit

    from pressconv.writers._weasyprint_import import import_weasyprint

    import_weasyprint()
    from weasyprint.text.fonts import FontConfiguration

    # Release it while the interpreter is still whole: left to shutdown, its __del__ runs after
    # fontconfig's bindings are gone and prints "Exception ignored … TypeError" on stderr.
    atexit.register(_release_font_config)
    return FontConfiguration()


def _release_font_config() -> None:
    _parsed_stylesheet.cache_clear()
    _footer_stylesheet.cache_clear()
    _page_size_stylesheet.cache_clear()
    _font_config.cache_clear()


@lru_cache(maxsize=8)
def _parsed_stylesheet(css: str, base_url: str, roots: tuple[Path, ...]) -> tuple[Any, tuple[Diagnostic, ...]]:
    """Parse a stylesheet once per process (issue 10: tokenising print.css was a sixth of a render).

    Keyed by the text itself, so an edited or overriding print.css is parsed afresh. The fonts its
    ``@font-face`` rules name are fetched now, through the same allow-list as the page; what the
    fetcher refused is returned so that every render can report it, not only the first.
    """
    from weasyprint import CSS

    from pressconv.writers._pdf_fetcher import make_url_fetcher

    collected = Reporter()
    fetcher = make_url_fetcher(roots, collected)
    sheet = CSS(string=css, base_url=base_url, url_fetcher=fetcher, font_config=_font_config(), media_type="print")
    return sheet, collected.diagnostics


@cache
def _footer_stylesheet(language: str, box: str = "bottom-center") -> Any:
    """The parsed footer stylesheet for one language and margin box, parsed once per process."""
    from weasyprint import CSS

    return CSS(string=_page_footer_css(language, box), font_config=_font_config())


@cache
def _page_size_stylesheet(size: str) -> Any:
    """``@page { size: … }`` for the configured page size, parsed once per process.

    A user stylesheet after print.css, so it wins over print.css's A4 (and over an overriding
    print.css's size) while the margins and margin boxes stay as print.css sets them.
    """
    from weasyprint import CSS

    from pressconv.writers._page import PAGE_SIZES

    return CSS(string=f"@page {{ size: {PAGE_SIZES[size]}; }}", font_config=_font_config())


def _iso(moment: datetime) -> str:
    """W3C date-time in UTC, the form WeasyPrint turns into PDF and XMP dates."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class _EngineLog(logging.Handler):
    """Collects WeasyPrint's warnings and errors during one render, to pass them on as diagnostics."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if not any(handled in message for handled in _HANDLED_ENGINE_MESSAGES):
            self.messages.append(message)


@contextmanager
def _capture_engine_log() -> Iterator[_EngineLog]:
    logger = logging.getLogger("weasyprint")
    handler = _EngineLog()
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


def _allowed_roots(ctx: RenderContext) -> tuple[Path, ...]:
    """Folders and files the fetcher may read: templates, styles (with fonts) and the branding logo."""
    roots = list(ctx.resources.allowed_roots())
    if ctx.branding.logo_path:
        roots.append(Path(ctx.branding.logo_path).resolve())
    return tuple(roots)


@contextmanager
def _cached_page_references() -> Iterator[None]:
    """Build pydyf's list of page references once per page count while a PDF is written.

    ``pydyf.PDF.page_references`` makes a new tuple of every page's reference on each access, and
    WeasyPrint's tagging reads it once per tagged element: quadratic, 14 million references for
    10 000 bullets on 280 pages (issue 15 #5). The cached tuple is the same value as long as the
    number of pages is; held under _RENDER_LOCK, so no other render sees the swap.
    """
    import pydyf

    original = pydyf.PDF.page_references
    build = original.fget

    def cached(pdf: Any) -> Any:
        count = len(pdf.pages["Kids"])
        memo = pdf.__dict__.get("_pressconv_page_references")
        if memo is None or memo[0] != count:
            memo = (count, build(pdf))
            pdf.__dict__["_pressconv_page_references"] = memo
        return memo[1]

    pydyf.PDF.page_references = property(cached)
    try:
        yield
    finally:
        pydyf.PDF.page_references = original


@contextmanager
def _pdf_for_the_fixer() -> Iterator[set[int]]:
    """Let pydyf write the PDF for the tag fixer: objects plain, content streams not yet deflated.

    WeasyPrint asks pydyf for an object stream and a cross-reference stream, both deflated at level
    9, but the fixer's pikepdf reads the file back and writes its own (``fix_tags``:
    ``ObjectStreamMode.generate``): that work was thrown away, 0.5 s of the CPU of 10 000 list
    items (issue 15 #5). So was the level-9 deflating of the page content streams, which the fixer
    parses and rewrites (the margin boxes' artifacts are on every page): about 2 ms of a release's
    80 in a batch (issue 21). Those streams are now written plain; the object numbers yielded are
    theirs, and ``fix_tags`` deflates the ones it did not rewrite exactly as pydyf would have (same
    level, same bytes). Font, image and metadata streams are deflated by WeasyPrint as before, and
    the final file is byte for byte the same. Held under _RENDER_LOCK, as _cached_page_references.
    """
    import pydyf
    from weasyprint.pdf.stream import Stream as ContentStream

    original_write = pydyf.PDF.write
    original_data = ContentStream.data
    own_data = "data" in ContentStream.__dict__  # WeasyPrint 70 inherits pydyf's
    deferred: set[int] = set()

    def write(pdf: Any, output: Any, version: bytes = b"1.7", identifier: Any = False, compress: bool = False) -> Any:
        return original_write(pdf, output, version, identifier, False)

    def data(stream: Any) -> bytes:
        if stream.compress and stream.number is not None:
            stream.compress = False
            deferred.add(int(stream.number))
        return bytes(original_data.fget(stream))

    pydyf.PDF.write = write
    ContentStream.data = property(data)
    try:
        yield deferred
    finally:
        pydyf.PDF.write = original_write
        if own_data:
            ContentStream.data = original_data
        else:
            del ContentStream.data


def html_to_pdf(html: str, ctx: RenderContext, metadata: PdfMetadata) -> bytes:
    """Turn a print-variant HTML page into a repaired PDF/UA-1 file, styled by print.css.

    print.css is not inlined in the print variant: it comes in here, parsed once per process, as a
    user stylesheet, so the page's own ``<style>`` (the branding accent) still wins the cascade.
    """
    from pressconv.writers._weasyprint_import import import_weasyprint

    import_weasyprint()  # without gcc runs for library names (WeasyPrint #1125)
    from weasyprint import HTML

    from pressconv.writers import _pdf_html_parser

    _pdf_html_parser.install()  # tinyhtml5's pattern cache never hit (_pdf_html_parser)

    from pressconv.writers._page import page_size
    from pressconv.writers._pdf_fetcher import make_url_fetcher
    from pressconv.writers._pdf_stack import with_stack_room
    from pressconv.writers._pdf_tags import fix_tags, record_origins

    # Relative URLs in print.css (the fonts) resolve against the folder it came from.
    print_css_path = ctx.resources.style_path("print.css")
    base_url = print_css_path.parent.as_uri() + "/"
    roots = _allowed_roots(ctx)
    print_css, refused = _parsed_stylesheet(print_css_path.read_text(encoding="utf-8"), base_url, roots)
    ctx.reporter.extend(refused)
    fetcher = make_url_fetcher(roots, ctx.reporter)
    has_branding_footer = bool((ctx.branding.footer or "").strip())
    page_number_box = "bottom-right" if has_branding_footer else "bottom-center"
    stylesheets = [print_css, _footer_stylesheet(metadata.language, page_number_box)]
    # Without [pdf] page_size the page is print.css's (A4): nothing is added, so the bytes stay the same.
    size = page_size(ctx.options)
    if size is not None:
        stylesheets.append(_page_size_stylesheet(size))
    # The collector stays paused from layout to tag fixer (see _cyclic_gc_paused).
    with _cyclic_gc_paused():
        with _RENDER_LOCK, _capture_engine_log() as engine_log:
            # Layout, PDF writing and the tag fixer recurse deeply: with_stack_room keeps CPython from
            # mapping a frame-stack chunk per call (_pdf_stack; a sixth of the CPU of a long list).
            source = HTML(string=html, base_url=base_url, url_fetcher=fetcher, media_type="print")
            document = with_stack_room(
                partial(source.render, font_config=_font_config(), stylesheets=stylesheets, pdf_variant=PDF_VARIANT)
            )
            info = document.metadata
            info.title = metadata.title
            info.lang = metadata.language
            if metadata.authors:
                info.authors = list(metadata.authors)
            if metadata.description:
                info.description = metadata.description
            if metadata.keywords:
                info.keywords = list(metadata.keywords)
            info.generator = "pressconv"
            info.created = info.modified = _iso(metadata.timestamp)
            # Nothing but the release goes into the PDF: <link rel=attachment> and <a rel=attachment>
            # would embed whatever file they name (WeasyPrint security docs).
            if info.attachments:
                ctx.reporter.add("warning", "pdf.attachment-refused", "file attachments are never embedded")
            info.attachments = []
            for page in document.pages:
                page.links = [link for link in page.links if link[0] != "attachment"]
            with record_origins() as recorder, _cached_page_references(), _pdf_for_the_fixer() as deferred:
                raw = with_stack_room(partial(document.write_pdf, pdf_variant=PDF_VARIANT))
            # The laid-out document (every box of every page) is not needed any more: what reference
            # counting can free of it goes before pikepdf reads the PDF (lower peak memory).
            del document, info, source
        fixed, _report = with_stack_room(
            partial(fix_tags, raw, recorder.origins, language=metadata.language, deflate=deferred)
        )
    missing: dict[str, None] = {}
    for message in dict.fromkeys(engine_log.messages):
        if (glyph := _NOTDEF.search(message)) is not None:
            missing[glyph.group(1)] = None
            continue
        ctx.reporter.add("info", "pdf.engine", f"WeasyPrint: {message}")
    if missing:
        # PDF/UA-1 (ISO 14289-1, 7.21.8) forbids references to the .notdef glyph: the characters show
        # as empty boxes, and the PDF is not accessible, whatever its tags say. The bundled fonts
        # cover the Latin scripts; others need a font the user adds (or one the system has).
        shown = "".join(list(missing)[:_MISSING_SHOWN]) + ("…" if len(missing) > _MISSING_SHOWN else "")
        ctx.reporter.add(
            "warning",
            "pdf.missing-glyphs",
            f"{len(missing)} {'character has' if len(missing) == 1 else 'characters have'} no glyph in the PDF's "
            f"fonts and print as empty boxes ({shown}); "
            "such a PDF is not PDF/UA-1 (ISO 14289-1, 7.21.8): add a font that has them to print.css "
            "in a --style folder, or use the HTML, EPUB or DOCX output",
        )
    return fixed


# WeasyPrint's log line for a character no font has ("… unsupported by fonts: "西" (U+897F)").
_NOTDEF = re.compile(r'\.notdef glyph rendered for Unicode string unsupported by fonts: "(.+?)" \(U\+[0-9A-F]+\)')
_MISSING_SHOWN = 12


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a whole render (layout, PDF writing, tag fixer).

    Every full collection walks every object alive: WeasyPrint's caches, the laid-out document
    (about a million objects with 10 000 list items) and the fixer's pikepdf wrappers. With the
    collector running they were a fifth of the CPU time of such a PDF (issue 15 #5); paused, peak
    memory stayed the same (what the layout leaves in cycles is small next to the document itself).
    One collection afterwards frees those cycles before the next release: of the youngest generation
    only, since with the collector paused everything the render made is still in it, and a full
    collection also walked every older object of a batch worker again (2.3 against 1.5 ms a
    release, issue 21; the automatic collections go on as before).
    """
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
            gc.collect(0)


# A run of this many characters without a space is wider than any line of the page (A4 at 11 pt
# holds about 80); it gets an invisible break opportunity (U+200B) every _BREAK_EVERY characters.
_LONG_RUN = 64
_BREAK_EVERY = 32
_TEXT_OR_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>|[^<]+", re.DOTALL | re.IGNORECASE)
_RUN = re.compile(rf"[^\s<>&\u200b]{{{_LONG_RUN},}}")


def _zwsp_every(match: re.Match[str]) -> str:
    run = match.group(0)
    return "\u200b".join(run[i : i + _BREAK_EVERY] for i in range(0, len(run), _BREAK_EVERY))


def break_long_runs(html: str) -> str:
    """Give unbreakable runs in the text of the print page break opportunities (U+200B).

    CSS ``overflow-wrap: anywhere`` (print.css) already keeps such a run on the page, but WeasyPrint
    finds each break by shaping the rest of the run again, which is quadratic: a 40 kB run took
    47 s. With a zero-width space every 32 characters the run breaks like ordinary words, in
    linear time. Only text nodes change (never tags, attributes or style sheets); U+200B is not
    read aloud and the nothing-lost check ignores it, like copy-and-paste targets do.
    """

    def visit(match: re.Match[str]) -> str:
        piece = match.group(0)
        if piece.startswith("<"):
            return piece
        return _RUN.sub(_zwsp_every, piece)

    return _TEXT_OR_TAG.sub(visit, html)


class PdfWriter:
    """Writes the release as a tagged PDF/UA-1 file (A4 or option ``page_size``, bundled fonts, running
    header and footer)."""

    name: ClassVar[str] = "pdf"
    extension: ClassVar[str] = "pdf"
    media_type: ClassVar[str] = "application/pdf"
    requires: ClassVar[tuple[str, ...]] = ("weasyprint", "pikepdf")

    def prepare(self, release: Release, ctx: RenderContext) -> tuple[str, PdfMetadata]:
        """The print HTML and the metadata: everything before WeasyPrint (the forked PDF process takes
        the rest, ``PdfRequest``)."""
        from pressconv.writers.html import render_document

        html = break_long_runs(render_document(release, ctx, variant="print"))
        return html, PdfMetadata.for_release(release, ctx)

    def render(self, release: Release, ctx: RenderContext) -> bytes:
        """Return the PDF as bytes; the same release and ctx.timestamp give the same bytes."""
        html, metadata = self.prepare(release, ctx)
        return html_to_pdf(html, ctx, metadata)
