"""The site builder for a batch: an accessible ``index.html`` and an Atom feed (RFC 4287) over all releases.

``render_site`` is pure (entries in, bytes out; no clock, no files, no network), like a writer;
``build_site`` (Python API) and ``build_site_from_batch`` (``convert --site``) gather the entries
and write the two files atomically.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from types import MappingProxyType
from typing import TYPE_CHECKING
from urllib.parse import quote

from pressconv.errors import UsageError
from pressconv.model import Release
from pressconv.writers._labels import format_date, primary_language
from pressconv.writers.base import Branding, RenderContext, xml_safe

if TYPE_CHECKING:
    from pressconv.api import ConversionResult
    from pressconv.batch import BatchPlan, BatchRun, BatchSettings
    from pressconv.resources import Resources

__all__ = [
    "FEED_NAME",
    "INDEX_NAME",
    "SiteEntry",
    "SiteFile",
    "build_site",
    "build_site_from_batch",
    "render_site",
]

INDEX_NAME = "index.html"
FEED_NAME = "feed.atom"
ATOM_NS = "http://www.w3.org/2005/Atom"
ATOM_TYPE = "application/atom+xml"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# The words of the index page and of the format links, in German and English (others get English).
_WORDS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "de": MappingProxyType(
            {
                "heading": "Pressemitteilungen",
                "description": "Alle Pressemitteilungen, die neueste zuerst, in jedem Format.",
                "feed": "Atom-Feed der Pressemitteilungen",
                "feed_type": "Atom, XML",
                "empty": "Noch keine Pressemitteilungen.",
                "easy_prefix": "Leichte Sprache: ",
                "html": "Webseite",
                "pdf": "PDF-Dokument",
                "epub": "E-Book",
                "docx": "Word-Dokument",
                "easy": "Leichte Sprache",
                "json": "Daten",
                "ninjs": "Nachricht für Redaktionssysteme",
                "other": "Datei",
            }
        ),
        "en": MappingProxyType(
            {
                "heading": "Press releases",
                "description": "Every press release, newest first, in every format.",
                "feed": "Atom feed of the press releases",
                "feed_type": "Atom, XML",
                "empty": "No press releases yet.",
                "easy_prefix": "Easy read: ",
                "html": "Web page",
                "pdf": "PDF document",
                "epub": "E-book",
                "docx": "Word document",
                "easy": "Easy-read page",
                "json": "Data",
                "ninjs": "News item for newsroom systems",
                "other": "File",
            }
        ),
    }
)

# What the link text names as the file type: the format people know, not the extension's spelling.
_TYPE_NAMES: Mapping[str, str] = MappingProxyType(
    {"html": "HTML", "pdf": "PDF", "epub": "EPUB", "docx": "DOCX", "easy": "HTML", "json": "JSON", "ninjs": "JSON"}
)


def _words(language: str) -> Mapping[str, str]:
    return _WORDS.get(primary_language(language), _WORDS["en"])


@dataclass(frozen=True, slots=True, kw_only=True)
class SiteFile:
    """One output file of a release: where it is, its format and media type, and its size in bytes."""

    path: Path
    fmt: str
    media_type: str
    size: int
    # True for the Leichte-Sprache summary rendered in that format (NAME.leicht.EXT).
    summary: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class SiteEntry:
    """A release of the site: its model, the stem its files are named after, and its files."""

    release: Release
    stem: str
    files: tuple[SiteFile, ...]


def _size_text(size: int, language: str) -> str:
    """A file size as readers expect it: SI units, the language's decimal sign ("1,2 MB")."""
    if size < 1000:
        text = f"{size} B"
    elif size < 1_000_000:
        text = f"{max(1, round(size / 1000))} kB"
    else:
        text = f"{size / 1_000_000:.1f} MB"
    return text.replace(".", ",") if primary_language(language) == "de" else text


def _href(target: Path, site_dir: Path) -> str:
    """A relative link from the site folder to an output, percent-encoded (valid in HTML and Atom)."""
    relative = os.path.relpath(target.resolve(), site_dir.resolve())
    return quote(PurePosixPath(*Path(relative).parts).as_posix(), safe="/")


def _sort_key(entry: SiteEntry) -> tuple[int, int, int, str]:
    """Newest first: by issue date and time, undated releases last, then by name for a stable order."""
    meta = entry.release.meta
    if meta.issued is None:
        return (1, 0, 0, entry.stem)
    match = re.search(r"\b([01]?\d|2[0-3])[:.]([0-5]\d)\b", meta.issued_time or "")
    minutes = int(match.group(1)) * 60 + int(match.group(2)) if match else 0
    return (0, -meta.issued.toordinal(), -minutes, entry.stem)


def _page_language(entries: Sequence[SiteEntry], branding_language: str | None) -> str:
    """The index page's language: the configured default, else the most common among its releases."""
    if branding_language:
        return branding_language
    counts = Counter(entry.release.meta.language or "de-DE" for entry in entries)
    return counts.most_common(1)[0][0] if counts else "de-DE"


@dataclass(frozen=True, slots=True)
class _FileView:
    href: str
    media_type: str
    hreflang: str | None
    text: str
    fmt: str
    size: int
    summary: bool


@dataclass(frozen=True, slots=True)
class _EntryView:
    id: str
    uri: str
    language: str
    title: str
    lead: str
    content_html: str
    date_attr: str | None
    date_text: str | None
    updated: str
    author: str
    main_href: str | None
    files: tuple[_FileView, ...]


def _entry_view(entry: SiteEntry, ctx: RenderContext, site_dir: Path, number: int) -> _EntryView:
    from pressconv.writers.html import PageHelpers, render_body
    from pressconv.writers.ninjs import ninjs_document

    release = entry.release
    language = release.meta.language or "de-DE"
    words = _words(language)
    entry_ctx = RenderContext(
        timestamp=ctx.timestamp,
        reporter=ctx.reporter,
        resources=ctx.resources,
        branding=ctx.branding,
        options=ctx.options,
        stem=entry.stem,
    )
    helpers = PageHelpers(release, entry_ctx, "screen")
    # The feed's ids and dates are the ninjs ones: one identity per release across every output.
    ninjs = ninjs_document(release, entry_ctx)
    files: list[_FileView] = []
    main_href = None
    for item in entry.files:
        label = words.get(item.fmt, words["other"])
        if item.summary:
            label = words["easy_prefix"] + label
        type_name = _TYPE_NAMES.get(item.fmt, item.path.suffix.lstrip(".").upper() or item.fmt.upper())
        href = _href(item.path, site_dir)
        # The Leichte-Sprache page is German (or the release's language) like its source; WCAG 2.4.4:
        # the link text says what the file is, its type and its size.
        files.append(
            _FileView(
                href=href,
                media_type=item.media_type,
                hreflang=language,
                text=f"{label} ({type_name}, {_size_text(item.size, language)})",
                fmt=item.fmt,
                size=item.size,
                summary=item.summary,
            )
        )
        if item.fmt == "html" and not item.summary:
            main_href = href
    meta = release.meta
    return _EntryView(
        id=f"release-{number}",
        uri=str(ninjs["uri"]),
        language=language,
        title=helpers.plain_text(meta.title),
        lead=helpers.description(),
        content_html=render_body(release, entry_ctx),
        date_attr=helpers.issued_attr(),
        date_text=format_date(meta.issued, language) if meta.issued else None,
        updated=str(ninjs["versioncreated"]),
        author=meta.author or helpers.organisation or "",
        main_href=main_href,
        files=tuple(files),
    )


def _render_index(views: Sequence[_EntryView], ctx: RenderContext, language: str) -> bytes:
    from pressconv.model import Metadata, Text
    from pressconv.writers._jinja import get_environment
    from pressconv.writers.base import xml_safe
    from pressconv.writers.html import PageHelpers

    words = _words(language)
    # The index is a page like a release page: PageHelpers gives it the same stylesheet, branding
    # CSS, logo, title pattern and skip-link target, from a release that is only its heading.
    page = Release(meta=Metadata(title=(Text(text=words["heading"]),), language=language), body=())
    helpers = PageHelpers(page, ctx, "screen")
    template = get_environment(ctx.resources).get_template("index.html.j2")
    html = template.render(
        h=helpers,
        L=helpers.labels,
        S=words,
        lang=language,
        variant="screen",
        branding=ctx.branding,
        entries=views,
        feed_href=FEED_NAME,
        external_assets=bool(ctx.options.get("html_external_assets", False)),
        stylesheet_href="screen.css",
    )
    return xml_safe(html).encode("utf-8")


def _atom(tag: str) -> str:
    return f"{{{ATOM_NS}}}{tag}"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    # XML 1.0 §2.2: a control character in a title (API-built models carry any str) would make the
    # whole feed ill-formed; ElementTree escapes markup but writes those characters as they are.
    element = ET.SubElement(parent, _atom(tag), {key: xml_safe(value) for key, value in attributes.items()})
    if text is not None:
        element.text = xml_safe(text)
    return element


def _feed_id(ctx: RenderContext, views: Sequence[_EntryView]) -> str:
    """The feed's permanent id (RFC 4287 §4.2.6): from the configured base URI, else from the publisher."""
    import uuid

    base = ctx.options.get("ninjs_base_uri")
    if base:
        return str(base).rstrip("/") + "/" + FEED_NAME
    # Stable while releases come and go: it names the publisher's feed, not its current content.
    owner = ctx.branding.organisation or next((v.author for v in views if v.author), "")
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'pressconv-feed:' + owner)}"


def _render_feed(views: Sequence[_EntryView], ctx: RenderContext, language: str) -> bytes:
    from pressconv import __version__
    from pressconv.writers.ninjs import _Clock

    words = _words(language)
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(_atom("feed"), {_XML_LANG: language})
    owner = ctx.branding.organisation
    _sub(feed, "id", _feed_id(ctx, views))
    _sub(feed, "title", f"{words['heading']} – {owner}" if owner else words["heading"], type="text")
    # atom:updated is the newest entry's instant, so the same releases give the same feed bytes;
    # an empty feed takes the build timestamp (SOURCE_DATE_EPOCH).
    latest = max((v.updated for v in views), key=_instant, default=_Clock(None).stamp(ctx.timestamp))
    _sub(feed, "updated", latest)
    _sub(feed, "link", rel="self", type=ATOM_TYPE, href=FEED_NAME)
    _sub(feed, "link", rel="alternate", type="text/html", href=INDEX_NAME, hreflang=language)
    if owner:
        author = _sub(feed, "author")
        _sub(author, "name", owner)
    _sub(feed, "generator", "pressconv", version=__version__)
    for view in views:
        entry = _sub(feed, "entry", **{_XML_LANG: view.language})
        _sub(entry, "id", view.uri)
        _sub(entry, "title", view.title, type="text")
        _sub(entry, "updated", view.updated)
        _sub(entry, "published", view.updated)
        # RFC 4287 §4.1.2: an entry needs an author unless the feed has one.
        if view.author or not owner:
            author = _sub(entry, "author")
            _sub(author, "name", view.author or words["heading"])
        _sub(entry, "summary", view.lead, type="text")
        _sub(entry, "content", view.content_html, type="html")
        for file in view.files:
            # One alternate per type and language (§4.1.1): the release page; every other file is an
            # enclosure with its media type and length in bytes (§4.2.7.2, §4.2.7.6).
            rel = "alternate" if file.fmt == "html" and not file.summary else "enclosure"
            _sub(
                entry,
                "link",
                rel=rel,
                type=file.media_type,
                href=file.href,
                hreflang=file.hreflang or view.language,
                title=file.text,
                length=str(file.size),
            )
    ET.indent(feed, space="  ")
    body = ET.tostring(feed, encoding="unicode", xml_declaration=False)
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n").encode("utf-8")


def _instant(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def render_site(entries: Sequence[SiteEntry], ctx: RenderContext, site_dir: Path) -> dict[str, bytes]:
    """Return ``{"index.html": …, "feed.atom": …}`` for the entries; links are relative to ``site_dir``."""
    ordered = sorted(entries, key=_sort_key)
    views = [_entry_view(entry, ctx, site_dir, number) for number, entry in enumerate(ordered, start=1)]
    configured = ctx.options.get("site_language")
    language = _page_language(ordered, str(configured) if configured else None)
    return {INDEX_NAME: _render_index(views, ctx, language), FEED_NAME: _render_feed(views, ctx, language)}


def _site_context(
    *,
    branding: Branding | None,
    resources: Resources | None,
    options: Mapping[str, object] | None,
    timestamp: datetime | None,
) -> RenderContext:
    from pressconv.clock import build_timestamp
    from pressconv.resources import default_resources

    return RenderContext(
        timestamp=build_timestamp(None, timestamp),
        branding=branding or Branding(),
        resources=resources or default_resources(),
        options=MappingProxyType(dict(options or {})),
    )


def _write(site_dir: Path, files: Mapping[str, bytes], force: bool) -> tuple[Path, ...]:
    from pressconv.atomic import write_atomic

    written = []
    for name, data in files.items():
        write_atomic(site_dir / name, data, force=force)
        written.append(site_dir / name)
    return tuple(written)


def build_site(
    results: Sequence[ConversionResult],
    out_dir: str | Path,
    *,
    force: bool = False,
    branding: Branding | None = None,
    resources: Resources | None = None,
    options: Mapping[str, object] | None = None,
    timestamp: datetime | None = None,
) -> tuple[Path, ...]:
    """Write every result's outputs (``STEM.EXT``) into ``out_dir``, then its index.html and feed.atom.

    Two results with the same stem would overwrite each other's files: that is refused before
    anything is written. Returns the paths written, outputs first.
    """
    from pressconv.atomic import write_atomic
    from pressconv.registry import get_writer

    folder = Path(out_dir)
    seen: dict[str, int] = {}
    for number, result in enumerate(results):
        if result.stem in seen:
            raise UsageError(f"results {seen[result.stem] + 1} and {number + 1} share the stem {result.stem!r}")
        seen[result.stem] = number
    entries: list[SiteEntry] = []
    written: list[Path] = []
    for result in results:
        files: list[SiteFile] = []
        for output in result.outputs:
            path = folder / f"{result.stem}.{output.extension}"
            write_atomic(path, output.data, force=force)
            written.append(path)
            media_type = get_writer(output.fmt).media_type
            files.append(SiteFile(path=path, fmt=output.fmt, media_type=media_type, size=len(output.data)))
        entries.append(SiteEntry(release=result.parsed.release, stem=result.stem, files=tuple(files)))
    ctx = _site_context(branding=branding, resources=resources, options=options, timestamp=timestamp)
    return (*written, *_write(folder, render_site(entries, ctx, folder), force))


def build_site_from_batch(plan: BatchPlan, run: BatchRun, settings: BatchSettings, site_dir: Path) -> tuple[Path, ...]:
    """Write index.html and feed.atom for what a ``convert`` batch wrote (``--site DIR``).

    The entries use the models the batch rendered from (``run.releases``, filled when the settings
    have ``keep_models``, as ``convert --site`` sets), so no input is read or parsed a second time;
    only for a run without them is an input parsed again here, to the same model.
    """
    from pressconv.batch import job_release
    from pressconv.registry import get_writer

    if plan.to_stdout:
        raise UsageError("--site needs output files; it cannot be used when the output goes to standard output")
    results = {result.index: result for result in run.results}
    entries: list[SiteEntry] = []
    for job in plan.jobs:
        result = results.get(job.index)
        if result is None or not result.outputs:
            continue
        written = {(record.fmt, record.summary): record.size for record in result.outputs}
        files = [
            SiteFile(
                path=target.path,
                fmt=target.fmt,
                media_type=get_writer(target.fmt).media_type,
                size=written[(target.fmt, target.summary)],
                summary=target.summary,
            )
            for target in job.targets
            if (target.fmt, target.summary) in written
        ]
        release = run.releases.get(job.index) or job_release(job, settings)
        entries.append(SiteEntry(release=release, stem=job.stem, files=tuple(files)))
    options: dict[str, object] = {
        **settings.format_options.get("ninjs", {}),
        **settings.format_options.get("html", {}),
    }
    if settings.default_language:
        options["site_language"] = settings.default_language
    ctx = _site_context(branding=settings.branding, resources=settings.resources, options=options, timestamp=None)
    return _write(site_dir, render_site(entries, ctx, site_dir), force=not settings.no_clobber)
