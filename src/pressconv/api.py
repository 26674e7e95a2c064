"""The Python API behind the CLI: parse text, render a release, convert a file's bytes to outputs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType

from pressconv.clock import build_timestamp
from pressconv.diagnostics import Diagnostic, RemovedLine, Reporter
from pressconv.errors import PressconvError, WriterError
from pressconv.model import Release
from pressconv.parser.result import ParseResult
from pressconv.registry import get_writer
from pressconv.resources import Resources, default_resources
from pressconv.writers.base import Branding, RenderContext

__all__ = ["ConversionResult", "Output", "ParseResult", "convert", "parse", "render"]


def parse(text: str | bytes, *, path: str | None = None, max_bytes: int | None = None) -> ParseResult:
    """Parse a plain-text press release into a ``ParseResult`` (release, diagnostics, removed lines).

    Input: ``bytes`` are decoded first (UTF-8 with or without BOM, UTF-16/32 with a BOM, else
    Windows-1252 with a ``source.encoding`` warning); ``str`` is taken as already decoded. ``path``
    is the name shown in messages and stored as ``meta.source``; ``max_bytes`` caps the input size.

    Raises ``pressconv.errors.InputError`` (exit code 4) for bytes that are no release: empty or
    only whitespace, binary, XML, larger than ``max_bytes``, or nothing but web-page residue.
    ``str`` input never raises: whatever the parser cannot place ends in ``result.removed``.

    Example::

        >>> from pressconv.api import parse
        >>> result = parse("Neue Bibliothek eröffnet\\n\\nDortmund, 3. März 2025 – Die Stadt …\\n")
        >>> result.release.meta.title_text
        'Neue Bibliothek eröffnet'
    """
    from pressconv.names import shown_name
    from pressconv.parser import parse_text
    from pressconv.source import decode

    # The path ends up in the model (meta.source) and in messages: valid text, whatever its bytes.
    path = shown_name(path) if path is not None else None

    if isinstance(text, bytes):
        decoded = decode(text, name=path, max_bytes=max_bytes)
        result = parse_text(decoded.text, path=path, source_bytes=text)
        _refuse_residue_only(decoded.text, result.removed, path)
        return ParseResult(
            release=result.release,
            diagnostics=decoded.diagnostics + result.diagnostics,
            removed=result.removed,
            encoding=decoded.encoding,
        )
    return parse_text(text, path=path)


def _refuse_residue_only(text: str, removed: tuple[RemovedLine, ...], path: str | None) -> None:
    """A file of nothing but web-page residue ("Direkt zum Inhalt", "Seite drucken") is no release.

    Converting it would publish an empty "Untitled" page; refusing it tells the press officer that
    the copy from the web page missed the article.
    """
    lines = text.split("\n")
    content_lines = {n for n, line in enumerate(lines, 1) if line.strip()}
    # Only entries that took a whole line count: a Markdown line loses its image or link target only.
    whole = {
        item.line for item in removed if 0 < item.line <= len(lines) and item.text.split() == lines[item.line - 1].split()
    }
    if content_lines and content_lines <= whole:
        from pressconv.errors import InputError

        where = path or "the input"
        raise InputError(
            f"{where} holds only web-page residue (navigation, end marks), no release text",
            hint="copy the article text itself, not only the page around it",
        )


def make_context(
    release: Release,
    *,
    timestamp: datetime | None = None,
    branding: Branding | None = None,
    resources: Resources | None = None,
    options: Mapping[str, object] | None = None,
    reporter: Reporter | None = None,
    stem: str = "release",
) -> RenderContext:
    """Build the RenderContext for one release (timestamp precedence: SOURCE_DATE_EPOCH first)."""
    return RenderContext(
        timestamp=build_timestamp(release.meta.issued, timestamp),
        reporter=reporter or Reporter(),
        resources=resources or default_resources(),
        branding=branding or Branding(),
        options=MappingProxyType(dict(options or {})),
        stem=stem,
    )


def render(
    release: Release | ParseResult,
    fmt: str,
    *,
    ctx: RenderContext | None = None,
    timestamp: datetime | None = None,
    branding: Branding | None = None,
) -> bytes:
    """Render a release (or the release of a ParseResult) with the named writer; return the output's bytes.

    Formats: ``html``, ``json`` and ``ninjs`` with a plain install; ``pdf``, ``epub``, ``docx`` and
    ``easy`` need the extra of the same name (``pip install 'pressconv[pdf]'``); plugins add more
    (``pressconv formats`` lists what is installed). ``ctx`` (see ``make_context``) carries the
    branding, resources and format options such as ``page_size``; without it one is built from
    ``timestamp`` (``SOURCE_DATE_EPOCH`` wins) and ``branding``.

    Raises ``UnknownFormatError`` (exit 5) for a format no writer has, ``MissingDependencyError``
    (exit 6) when the writer's extra is not installed, and ``WriterError`` (exit 1) when the writer
    fails; all are ``pressconv.errors.PressconvError``.

    Example::

        >>> from pressconv.api import parse, render
        >>> page = render(parse("Neue Bibliothek eröffnet\\n\\nDie Stadt eröffnet …\\n"), "html")
        >>> page.startswith(b"<!DOCTYPE html>")
        True
    """
    if isinstance(release, ParseResult):
        release = release.release
    writer = get_writer(fmt)
    context = ctx or make_context(release, timestamp=timestamp, branding=branding)
    if fmt == "easy":
        # The easy page shows the summary: the transform stage makes it here, not in the writer.
        from pressconv.transforms import summarise_release

        separator = str(context.options.get("easy_separator", "·"))
        release, notes = summarise_release(release, separator=separator)
        context.reporter.extend(list(notes))
    try:
        return writer.render(release, context)
    except PressconvError:
        raise
    except Exception as exc:
        # A writer crash on a valid release is our bug, but the user still gets one line, with the
        # format named, and the batch goes on with the next file.
        raise WriterError(f"the {fmt} writer failed: {type(exc).__name__}: {exc}") from exc


@dataclass(frozen=True, slots=True, kw_only=True)
class Output:
    """One rendered output: format, file extension and bytes."""

    fmt: str
    extension: str
    data: bytes


@dataclass(frozen=True, slots=True, kw_only=True)
class ConversionResult:
    """The parse result plus every rendered output and every diagnostic raised on the way."""

    parsed: ParseResult
    outputs: tuple[Output, ...]
    diagnostics: tuple[Diagnostic, ...] = field(default=())
    # The file name stem the outputs are named after (``build_site`` writes STEM.EXT).
    stem: str = "release"


def convert(
    data: str | bytes,
    formats: Sequence[str],
    *,
    path: str | None = None,
    stem: str = "release",
    timestamp: datetime | None = None,
    branding: Branding | None = None,
    resources: Resources | None = None,
    options: Mapping[str, object] | None = None,
    max_bytes: int | None = None,
) -> ConversionResult:
    """Parse ``data`` once and render it into each of ``formats``; return every output and diagnostic.

    Formats are those of ``render`` (``html``, ``json``, ``ninjs``; ``pdf``, ``epub``, ``docx``,
    ``easy`` with their extras; plugins). ``options`` are the format options of pressconv.toml (for
    example ``{"page_size": "Letter"}``), given to every writer; ``stem`` names the outputs.

    Raises what ``parse`` raises (``InputError``, exit 4, for bytes that are no release) and the
    first error of a writer (``UnknownFormatError`` exit 5, ``MissingDependencyError`` exit 6,
    ``WriterError`` exit 1); nothing is written to disk, so nothing is left half-written.

    Example::

        >>> from pressconv.api import convert
        >>> data = "Neue Bibliothek eröffnet\\n\\nDie Stadt eröffnet …\\n".encode()  # a file's bytes
        >>> result = convert(data, ["html", "json"], path="bibliothek.txt")
        >>> [(output.fmt, output.extension) for output in result.outputs]
        [('html', 'html'), ('json', 'json')]
    """
    parsed = parse(data, path=path, max_bytes=max_bytes)
    reporter = Reporter()
    ctx = make_context(
        parsed.release,
        timestamp=timestamp,
        branding=branding,
        resources=resources,
        options=options,
        reporter=reporter,
        stem=stem,
    )
    outputs: list[Output] = []
    for fmt in formats:
        writer = get_writer(fmt)
        outputs.append(Output(fmt=fmt, extension=writer.extension, data=render(parsed.release, fmt, ctx=ctx)))
    return ConversionResult(
        parsed=parsed, outputs=tuple(outputs), diagnostics=parsed.diagnostics + reporter.diagnostics, stem=stem
    )
