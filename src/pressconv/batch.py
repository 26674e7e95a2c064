"""Plan and run a batch conversion: inputs to jobs, safe output paths, a process pool, atomic writes.

Workers only parse and render (pure work, bytes back to the parent); the parent alone writes files,
atomically, so an interrupted batch leaves either complete outputs or none, and the report it still
writes says exactly which inputs finished.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import hashlib
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, cast

from pressconv.diagnostics import Diagnostic, Reporter
from pressconv.errors import ExitCode, InputError, OutputError, PressconvError, UsageError
from pressconv.messages import is_ignored
from pressconv.model import Release
from pressconv.names import shown_name
from pressconv.overrides import Overrides, apply_overrides
from pressconv.paths import safe_output_path
from pressconv.report import ErrorInfo, FileResult, FormatFailure, OutputRecord
from pressconv.resources import Resources
from pressconv.writers.base import Branding

if TYPE_CHECKING:
    # The process pool is imported only when a batch uses one: `convert one.txt` never does.
    from concurrent.futures import Future

    from pressconv.config import EasyConfig

__all__ = [
    "STDIN",
    "BatchPlan",
    "BatchRun",
    "BatchSettings",
    "Job",
    "Target",
    "collect_inputs",
    "plan_batch",
    "refuse_report_clash",
    "run_batch",
    "sigint_blocked",
    "writes_to_stdout",
]

STDIN = "-"
# The path a target written to standard output carries: never opened, resolved or compared.
STDOUT = Path("-")
# The name outputs of standard input get when they are written to files.
STDIN_STEM = "stdin"
# Plain-text releases and releases kept as Markdown in website repositories (Hugo, Jekyll, Zola).
DEFAULT_GLOB = "*.txt,*.md,*.markdown"
# Summaries in Leichte Sprache sit next to the full release: release.leicht.html (DESIGN §6).
SUMMARY_INFIX = "leicht"

# ---------------------------------------------------------------------------- planning


@dataclass(frozen=True, slots=True, kw_only=True)
class Target:
    """One output of one input: format, whether it renders the easy summary, and where it goes."""

    fmt: str
    path: Path
    summary: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Job:
    """One input and all its outputs. ``data`` carries standard input; files are read by the worker."""

    index: int
    name: str
    source: Path | None
    stem: str
    targets: tuple[Target, ...]
    data: bytes | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchSettings:
    """What every job shares: formats, branding, options per format, and the failure policy."""

    formats: tuple[str, ...]
    out_dir: Path | None = None
    # `-o FILE`: the one output of a one-input, one-format run goes exactly here.
    output: Path | None = None
    # `-o -`: the one output goes to standard output, whatever the input and the format.
    stdout: bool = False
    # Outputs are overwritten by default (see _existing_targets); --no-clobber keeps them.
    no_clobber: bool = False
    fail_fast: bool = False
    fail_on_warning: bool = False
    jobs: int = 1
    easy: bool = False
    branding: Branding = field(default_factory=Branding)
    resources: Resources | None = None
    # Options per format name ({"pdf": {...}}), from the config's [pdf], [html], ... tables.
    format_options: Mapping[str, Mapping[str, object]] = field(default_factory=dict)
    default_language: str | None = None
    max_bytes: int | None = None
    # --title/--date/--lang for every input, over the config's [files."NAME"] ones (by resolved path).
    overrides: Overrides = field(default_factory=Overrides)
    file_overrides: Mapping[Path, Overrides] = field(default_factory=dict)
    # Diagnostic codes (or areas: "easy") that are neither shown, counted nor reported (--ignore).
    ignore: tuple[str, ...] = ()
    # `--site`: the workers send back each input's model with its outputs and the parent keeps it
    # in BatchRun.releases, so the site index is built without parsing every input a second time.
    keep_models: bool = False
    # [easy] engine / --easy-engine (issue 20); None or "rules" is the rule engine, offline.
    easy_engine: EasyConfig | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchPlan:
    """The jobs of a batch, in input order, and whether the single output goes to standard output."""

    jobs: tuple[Job, ...]
    to_stdout: bool = False


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


# A folder of releases kept in a repository also holds the repository's own documents, written in
# Markdown by convention (README.md, CHANGELOG.md …), and static-site generators keep section pages
# as "_index.md"; none of them is a release. A file given by name is always converted.
_NOT_RELEASES = frozenset(
    {
        "readme",
        "changelog",
        "changes",
        "license",
        "licence",
        "contributing",
        "sources",
        "authors",
        "notice",
        "security",
        "code_of_conduct",
    }
)


def _is_repository_document(name: str) -> bool:
    stem = name.rsplit(".", 1)[0].lower()
    return name.lower().endswith((".md", ".markdown")) and (stem in _NOT_RELEASES or stem.startswith("_"))


def _matches(relative: PurePosixPath, pattern: str) -> bool:
    # A pattern with a slash matches the path below the folder, otherwise just the file name,
    # like .gitignore patterns.
    # Several patterns are separated by commas ("*.txt,*.md").
    for part in pattern.split(","):
        part = part.strip()
        if not part:
            continue
        if "/" in part:
            if fnmatch.fnmatchcase(relative.as_posix(), part):
                return True
        elif fnmatch.fnmatchcase(relative.name, part):
            return True
    return False


def _walk(folder: Path, pattern: str, skip: Path | None) -> Iterator[Path]:
    """Yield matching files below ``folder``, sorted, without following symlinked folders (no loops)."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        here = Path(root)
        # Hidden folders (.git, .venv) hold no releases; the output folder holds our own outputs.
        dirs[:] = sorted(d for d in dirs if not _is_hidden(d) and (skip is None or (here / d).resolve() != skip))
        for name in sorted(files):
            path = here / name
            if _is_hidden(name) or _is_repository_document(name) or not path.is_file():
                continue
            if _matches(PurePosixPath(path.relative_to(folder).as_posix()), pattern):
                yield path


def collect_inputs(
    paths: Sequence[str | Path], pattern: str = DEFAULT_GLOB, *, out_dir: Path | None = None
) -> list[tuple[Path | None, Path]]:
    """Expand files, folders and ``-`` into (input file or None for stdin, path relative to its root).

    Folders are searched recursively for ``pattern``; a file named on the command line is taken
    whatever its name. The same file named twice is converted once.
    """
    skip = out_dir.resolve() if out_dir is not None else None
    found: list[tuple[Path | None, Path]] = []
    seen: set[Path] = set()
    stdin_seen = False
    for given in paths:
        if str(given) == STDIN:
            if stdin_seen:
                raise UsageError("standard input ('-') can be read only once")
            stdin_seen = True
            found.append((None, Path(STDIN_STEM + ".txt")))
            continue
        path = Path(given)
        if path.is_dir():
            candidates = [(p, p.relative_to(path)) for p in _walk(path, pattern, skip)]
            if not candidates:
                raise InputError(f"{path}: no files matching {pattern!r} in this folder")
        elif path.is_file() or path.exists():
            candidates = [(path, Path(path.name))]
        else:
            raise InputError(f"{path}: no such file or folder")
        for source, relative in candidates:
            key = source.resolve()
            if key not in seen:
                seen.add(key)
                found.append((source, relative))
    return found


def _output_name(stem: str, extension: str, summary: bool) -> str:
    infix = f".{SUMMARY_INFIX}" if summary else ""
    return f"{stem}{infix}.{extension}"


def _summary_covered(fmt: str, formats: Sequence[str]) -> bool:
    # The easy writer already renders the summary as an HTML page (NAME.leicht.html): a summary of
    # the summary makes no sense, and an HTML summary next to it would be the same file name.
    return fmt == "easy" or (fmt == "html" and "easy" in formats)


def plan_batch(
    inputs: Sequence[str | Path],
    settings: BatchSettings,
    *,
    pattern: str = DEFAULT_GLOB,
    extensions: Mapping[str, str],
    read_stdin: Callable[[], bytes] | None = None,
) -> BatchPlan:
    """Turn the command line into jobs with checked output paths; no file is read or written yet.

    ``extensions`` maps each format to its file extension (from the registry). Two inputs that
    would write the same output file are a usage error, named both.
    """
    collected = collect_inputs(inputs, pattern, out_dir=settings.out_dir)
    if settings.overrides.title is not None and len(collected) > 1:
        raise UsageError(
            f"--title names the title of one release, but this run converts {len(collected)}",
            hint='give each file its title in the config: [files."NAME"] title = "…"',
        )
    if settings.output is not None or settings.stdout:
        outputs = len(collected) * len(settings.formats) * (2 if settings.easy else 1)
        if outputs != 1:
            named = "-o -" if settings.stdout else f"-o {settings.output}"
            raise UsageError(
                f"{named} names one output, but this run writes {outputs} "
                f"({len(collected)} input(s), {len(settings.formats)} format(s){', --easy' if settings.easy else ''})",
                hint="write several outputs into a folder with -d/--out-dir DIR",
            )
    to_stdout = settings.stdout or writes_to_stdout(
        [str(source) if source is not None else STDIN for source, _ in collected], settings
    )
    sources = _Identities(source for source, _ in collected if source is not None)
    jobs: list[Job] = []
    claimed: dict[Path, str] = {}
    for index, (source, relative) in enumerate(collected):
        # The name is shown (messages, report, the JSON model's source): valid text even when the
        # file name's bytes are not UTF-8; `source` keeps the real name for reading.
        name = shown_name(source) if source is not None else "<stdin>"
        stem = relative.name.rsplit(".", 1)[0] if "." in relative.name else relative.name
        targets: list[Target] = []
        for summary in (False, True) if settings.easy else (False,):
            for fmt in settings.formats:
                if summary and _summary_covered(fmt, settings.formats):
                    continue
                filename = _output_name(stem, extensions[fmt], summary)
                if to_stdout:
                    # `convert - --to pdf > x.pdf`: nothing in the current folder (a stdin.pdf, a
                    # symlink of that name) is looked at, let alone replaced.
                    targets.append(Target(fmt=fmt, path=STDOUT, summary=summary))
                    continue
                if settings.output is not None:
                    path = settings.output
                elif settings.out_dir is not None:
                    path = safe_output_path(settings.out_dir, PurePosixPath(relative.parent.as_posix()) / filename)
                elif source is not None:
                    path = source.with_name(filename)
                else:
                    path = safe_output_path(Path("."), filename)
                key = path.resolve()
                replaced = sources.find(path)
                if replaced is not None:
                    # A release saved as rel.html, converted to html in place: overwriting outputs
                    # must never make pressconv destroy the only copy of the text it was asked to read.
                    raise UsageError(
                        f"{name}: the {fmt} output {path} would replace the input {replaced}; inputs are never overwritten",
                        hint="write the output elsewhere with -o FILE or -d/--out-dir DIR",
                    )
                if key in claimed:
                    raise UsageError(f"{name} and {claimed[key]} would both write {path}")
                claimed[key] = name
                targets.append(Target(fmt=fmt, path=path, summary=summary))
        data = None
        if source is None:
            data = (read_stdin or (lambda: _read_stdin(settings.max_bytes)))()
        jobs.append(Job(index=index, name=name, source=source, stem=stem, targets=tuple(targets), data=data))
    return BatchPlan(jobs=tuple(jobs), to_stdout=to_stdout)


def writes_to_stdout(inputs: Sequence[str | Path], settings: BatchSettings) -> bool:
    """True if the run's one output goes to standard output: ``-o -``, or standard input alone.

    Like pandoc, `convert - --to html` with neither -o nor -d writes to standard output; decided
    before standard input is read, so that the CLI can refuse binary output to a terminal first.
    """
    if settings.stdout:
        return True
    return (
        [str(i) for i in inputs] == [STDIN]
        and settings.out_dir is None
        and settings.output is None
        and len(settings.formats) == 1
        and not settings.easy
    )


class _Identities:
    """The files of a run, recognised by resolved path and by device and inode (hard links, case folding)."""

    def __init__(self, paths: Iterable[Path]) -> None:
        self._by_path: dict[Path, Path] = {}
        self._by_inode: dict[tuple[int, int], Path] = {}
        for path in paths:
            self.add(path)

    def add(self, path: Path) -> None:
        self._by_path.setdefault(path.resolve(), path)
        with suppress(OSError):
            info = path.stat()
            self._by_inode.setdefault((info.st_dev, info.st_ino), path)

    def find(self, path: Path) -> Path | None:
        """The known file that ``path`` names (the same file under another spelling too), or None."""
        known = self._by_path.get(path.resolve())
        if known is not None:
            return known
        try:
            info = path.stat()
        except OSError:
            return None
        return self._by_inode.get((info.st_dev, info.st_ino))


def refuse_report_clash(report: Path, plan: BatchPlan) -> None:
    """Raise UsageError if ``--report`` names an input or an output of the run (it would replace it)."""
    inputs = _Identities(job.source for job in plan.jobs if job.source is not None)
    clash = inputs.find(report)
    if clash is not None:
        raise UsageError(f"--report {report} would replace the input {clash}", hint="name the report elsewhere")
    if plan.to_stdout:
        return
    outputs = _Identities(target.path for job in plan.jobs for target in job.targets)
    clash = outputs.find(report)
    if clash is not None:
        raise UsageError(
            f"--report {report} would replace the output {clash} of the same run", hint="name the report elsewhere"
        )


def _read_stdin(limit: int | None) -> bytes:
    from pressconv.source import read_limited

    # `yes | pressconv convert -` never ends: stop at the limit instead of filling the memory.
    return read_limited(sys.stdin.buffer, limit=limit, name="<stdin>")


# ---------------------------------------------------------------------------- the worker side


@dataclass(frozen=True, slots=True, kw_only=True)
class Rendered:
    """One rendered output (bytes) or why it failed."""

    target: Target
    data: bytes | None
    error: ErrorInfo | None
    seconds: float


@dataclass(frozen=True, slots=True, kw_only=True)
class JobOutcome:
    """What a worker sends back for one job: the parse facts and every rendered output."""

    job: Job
    result: FileResult
    rendered: tuple[Rendered, ...] = ()
    # The model the outputs were rendered from (overrides applied), with settings.keep_models only:
    # a few kilobytes pickled per input, nothing next to the rendered bytes.
    release: Release | None = None


def _error_info(error: PressconvError) -> ErrorInfo:
    return ErrorInfo(message=error.message, exit_code=error.exit_code, hint=error.hint)


def _internal(exc: BaseException) -> ErrorInfo:
    return ErrorInfo(
        message=f"internal error: {type(exc).__name__}: {exc} (a bug in pressconv; please report it)",
        exit_code=ExitCode.INTERNAL,
    )


def _summarise_release(release: Release, settings: BatchSettings | None = None, reporter: Reporter | None = None) -> Release:
    """Return the Leichte-Sprache summary of a release (the transform stage, DESIGN §6)."""
    from pressconv.transforms import SUMMARY, run, summarise_release

    if not _llm(settings):
        return run(release, SUMMARY)
    # The language-model engine (issue 20): its warning (easy.llm-rejected) and the endpoint it
    # sent the text to belong in the report.
    assert settings is not None
    summary, notes = summarise_release(release, engine=settings.easy_engine)
    if reporter is not None:
        reporter.extend(list(notes))
    return summary


def _llm(settings: BatchSettings | None) -> bool:
    return settings is not None and settings.easy_engine is not None and settings.easy_engine.engine == "llm"


def _read(job: Job, settings: BatchSettings) -> bytes:
    if job.data is not None:
        return job.data
    assert job.source is not None
    from pressconv.source import read_limited

    try:
        # Bounded for every kind of input: a FIFO or /dev/zero has no size to check beforehand.
        return read_limited(job.source, limit=settings.max_bytes, name=job.name)
    except OSError as exc:
        raise InputError(f"cannot read {job.name}: {exc.strerror or exc}") from exc


def _language_unknown(data: bytes, diagnostics: tuple[Diagnostic, ...]) -> bool:
    """True if the text gives no evidence of its language (the parser then assumed one)."""
    if any(d.code == "language.unknown" for d in diagnostics):
        return True
    from pressconv.parser.language import detect_language
    from pressconv.source import decode

    return detect_language(decode(data).text, default="") == ""


def _with_language(release: Release, language: str) -> Release:
    # The model's dataclass decorator is an alias that mypy does not see through, hence the casts.
    meta = dataclasses.replace(cast(Any, release.meta), language=language)
    return cast(Release, dataclasses.replace(cast(Any, release), meta=meta))


def _warn_embargo(release: Release, reporter: Reporter) -> None:
    """Warn (embargo.future) when the release is under an embargo (Sperrfrist) that has not ended."""
    from datetime import UTC, datetime

    from pressconv.clock import timestamp_from_env

    embargo = release.meta.embargo
    if embargo is None:
        return
    # "Now" is SOURCE_DATE_EPOCH when set (the build's time, so a report stays reproducible), else
    # the clock. A Sperrfrist names no time zone; reading it as UTC errs on the late side for the
    # senders east of Greenwich this is written for (10:00 CET ends at 09:00 UTC).
    now = timestamp_from_env() or datetime.now(tz=UTC)
    ends = embargo if embargo.tzinfo else embargo.replace(tzinfo=UTC)
    if ends > now:
        reporter.add(
            "warning",
            "embargo.future",
            f"under embargo until {embargo.isoformat(sep=' ', timespec='minutes')}: do not publish the outputs before then",
        )


def job_overrides(job: Job, settings: BatchSettings) -> Overrides:
    """The command line's overrides over the config's for this input's file."""
    if job.source is None or not settings.file_overrides:
        return settings.overrides
    return settings.overrides.over(settings.file_overrides.get(job.source.resolve(), Overrides()))


def _job_model(
    job: Job, settings: BatchSettings, data: bytes, release: Release, found: tuple[Diagnostic, ...]
) -> tuple[Release, tuple[Diagnostic, ...]]:
    """The model a job's outputs are rendered from: the parse with the overrides and default language."""
    overrides = job_overrides(job, settings)
    # Overrides replace what the parser found after parsing: the parser stays one pure function
    # of the text, and the model (and every writer) sees the corrected values.
    release, diagnostics = apply_overrides(release, found, overrides)
    language_open = overrides.language is None and settings.default_language is not None
    if language_open and settings.default_language and _language_unknown(data, found):
        # The config's default applies only where the parser could not tell the language.
        release = _with_language(release, settings.default_language)
    return release, diagnostics


def job_release(job: Job, settings: BatchSettings) -> Release:
    """Read and parse one input again and return the model its outputs were rendered from.

    For a BatchRun that has no model of the input (run without ``BatchSettings.keep_models``).
    """
    from pressconv.api import parse

    data = _read(job, settings)
    parsed = parse(data, path=job.name, max_bytes=settings.max_bytes)
    return _job_model(job, settings, data, parsed.release, parsed.diagnostics)[0]


def render_job(job: Job, settings: BatchSettings, pdf_process: Any = None) -> JobOutcome:
    """Parse one input once and render every target; never raises for an expected error.

    With ``pdf_process`` (``_pdf_child.start_pdf_process``) the PDF targets are prepared here (print HTML) and
    rendered by the forked process while the other targets render here; outputs, errors and
    diagnostics (in target order) are the same as without it.
    """
    from pressconv.api import make_context, parse, render

    started = time.perf_counter()
    result = FileResult(index=job.index, name=job.name)
    rendered: list[Rendered | None] = []
    model: Release | None = None
    try:
        data = _read(job, settings)
        result.timings["read"] = time.perf_counter() - started
        parse_started = time.perf_counter()
        parsed = parse(data, path=job.name, max_bytes=settings.max_bytes)
        result.timings["parse"] = time.perf_counter() - parse_started
        result.encoding = parsed.encoding
        result.removed = parsed.removed
        release, diagnostics = _job_model(job, settings, data, parsed.release, parsed.diagnostics)
        model = release
        reporter = Reporter()
        reporter.extend(diagnostics)
        _warn_embargo(release, reporter)
        # One reporter per target, joined in target order at the end: writers only add to theirs,
        # so the diagnostics are those of one shared reporter, also when the PDF's come back later.
        targets = job.targets
        target_reporters = [Reporter() for _ in targets]
        rendered = [None] * len(targets)
        seconds: list[float] = [0.0] * len(targets)
        pending: list[tuple[int, float]] = []
        summary_release: Release | None = None
        # With the PDF process, the PDF targets go first: the process gets its work as early as
        # possible, and this one renders the other formats meanwhile (outputs stay in target order).
        order = sorted(range(len(targets)), key=lambda i: targets[i].fmt != "pdf") if pdf_process else range(len(targets))
        for slot in order:
            target = targets[slot]
            render_started = time.perf_counter()
            error: ErrorInfo | None = None
            output: bytes | None = None
            try:
                source_release = release
                # With the llm engine the easy page is summarised here too (once per release), not
                # in api.render, which runs the rule engine.
                if target.summary or (target.fmt == "easy" and _llm(settings)):
                    if summary_release is None:
                        summary_release = _summarise_release(release, settings, reporter)
                    source_release = summary_release
                ctx = make_context(
                    source_release,
                    branding=settings.branding,
                    resources=settings.resources,
                    options=settings.format_options.get(target.fmt, {}),
                    reporter=target_reporters[slot],
                    stem=job.stem,
                )
                if pdf_process is not None and target.fmt == "pdf":
                    from pressconv.writers._pdf_child import writer_error
                    from pressconv.writers.pdf import PdfRequest

                    try:
                        request = PdfRequest.prepare(source_release, ctx)
                    except PressconvError:
                        raise
                    except Exception as exc:
                        error = writer_error(target.fmt, exc)
                    else:
                        pdf_process.submit(request)
                        pending.append((slot, render_started))
                        continue
                else:
                    output = render(source_release, target.fmt, ctx=ctx)
            except PressconvError as exc:
                error = _error_info(exc)
            except Exception as exc:
                error = _internal(exc)
            seconds[slot] = time.perf_counter() - render_started
            rendered[slot] = Rendered(target=target, data=output, error=error, seconds=seconds[slot])
        if pending:
            for (slot, render_started), answer in zip(pending, pdf_process.results(), strict=True):
                target_reporters[slot].extend(answer.diagnostics)
                seconds[slot] = time.perf_counter() - render_started
                rendered[slot] = Rendered(target=targets[slot], data=answer.data, error=answer.error, seconds=answer.seconds)
        for slot, target in enumerate(targets):
            reporter.extend(target_reporters[slot].diagnostics)
            result.timings[f"render.{target.fmt}" + (".summary" if target.summary else "")] = seconds[slot]
        result.diagnostics = tuple(d for d in reporter.diagnostics if not is_ignored(d.code, settings.ignore))
    except PressconvError as exc:
        result.error = _error_info(exc)
    except Exception as exc:
        result.error = _internal(exc)
    result.timings["work"] = time.perf_counter() - started
    kept = model if settings.keep_models else None
    outputs = tuple(item for item in rendered if item is not None)
    return JobOutcome(job=job, result=result, rendered=outputs, release=kept)


def _render_chunk(jobs: tuple[Job, ...], settings: BatchSettings) -> list[JobOutcome]:
    return [render_job(job, settings) for job in jobs]


def _worker_init(settings: BatchSettings | None = None, warmed: bool = False) -> None:
    """Prepare a pool worker: ignore Ctrl-C, warm up (unless it inherited a warm parent), freeze.

    ``warmed``: the worker was forked from a parent that ran ``warm_up`` (see ``_run_pool``).
    """
    # Ctrl-C reaches the whole process group; only the parent decides what happens, so workers
    # ignore it instead of dying with a traceback each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _store_programs_at_exit()
    if settings is not None:
        if not warmed:
            warm_up(settings)
        import gc

        # Everything alive now (modules, WeasyPrint's and the parser's caches, fonts, templates)
        # lives as long as the worker: out of the collector's sight, the full collections that
        # release after release walked all of it again cost about 2.5 ms per release (of ~100 ms).
        # Not collected first: a full collection costs about as much as it would save in a small
        # batch, and what the warm-up left is a few cycles of one tiny release.
        gc.freeze()


def _store_programs_at_exit() -> None:
    """Let this worker store the parser patterns it compiled, as a single-release run does at exit.

    The parser keeps compiled patterns beside its bytecode (``parser/_programs.py``) and writes
    the ones a process had to compile from an ``atexit`` hook. A pool worker never runs atexit
    hooks (multiprocessing ends it with ``os._exit``), so the patterns only other releases than
    the seed reach were compiled again by every worker of every batch: about 90 patterns, 0.1 to
    0.2 s per worker, a tenth of a 22-release batch. multiprocessing runs its own finalizers when
    a worker ends normally (the pool's shutdown); killed workers store nothing, as before.
    """
    from multiprocessing import util

    from pressconv.parser._programs import save_programs

    util.Finalize(None, save_programs, exitpriority=0)


# A release just big enough to reach every code path that loads a resource: a heading, a list, a
# quotation, a link, a contact (German: the compound splitter and hyphenation load their data).
_WARM_UP_TEXT = """Stadt Musterstadt - Pressemitteilung
Musterstadt, 20.09.2018

Neue Bibliothek im Rathaus eröffnet

Die Oberbürgermeisterin eröffnete am Donnerstag die neue Stadtbibliothek.
"Wir freuen uns", sagte sie.

- Öffnungszeiten: Montag bis Freitag
- Mehr unter https://www.example.org/bibliothek

Pressekontakt: Presseamt, presse@example.org, Telefon 0231 50-0
"""


def warm_up(settings: BatchSettings) -> None:
    """Load what every job of the batch needs, once per process, before the first job starts.

    Imports (WeasyPrint alone costs most of a second), the WeasyPrint font configuration and
    parsed stylesheets, compiled templates, and the Leichte-Sprache resources (wordfreq's frequency
    lists, pyphen's dictionaries) all live in process-wide caches that the writers fill on first
    use; rendering one small release through the batch's formats fills them, so every real job
    then pays only for its own work, and per-file timings in the report are comparable. Failures
    are ignored here: the real job reports them with the input's name.
    """
    from contextlib import suppress

    from pressconv.api import make_context, parse, render

    with suppress(Exception):
        release = parse(_WARM_UP_TEXT.encode("utf-8"), path="<warm-up>").release
        if settings.easy or "easy" in settings.formats:
            _summarise_release(release)
        for fmt in settings.formats:
            ctx = make_context(
                release,
                branding=settings.branding,
                resources=settings.resources,
                options=settings.format_options.get(fmt, {}),
            )
            render(release, fmt, ctx=ctx)


# ---------------------------------------------------------------------------- the parent side


@dataclass(slots=True, kw_only=True)
class BatchRun:
    """The outcome of a batch: results in input order, the exit code, and whether it was cut short."""

    results: list[FileResult]
    exit_code: int
    interrupted: bool
    seconds: float
    # Input index -> the model its outputs were rendered from (BatchSettings.keep_models only).
    releases: dict[int, Release] = field(default_factory=dict)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _existing_targets(job: Job, settings: BatchSettings, to_stdout: bool = False) -> list[Path]:
    # What may be overwritten: every output path, because pressconv chose it (NAME.EXT next to or
    # mirrored from NAME.txt) or the user named it (-o FILE), as pandoc, compilers and formatters
    # do; a re-run after an edit must just work (issue 18 #4). A producer marker inside the file
    # was considered and not used: plugin writers and raw JSON cannot carry one, and a file an
    # older pressconv wrote would be refused. Inputs are protected by identity (plan_batch), not
    # by this rule, and --no-clobber keeps every existing output.
    if not settings.no_clobber or to_stdout:
        return []
    return [t.path for t in job.targets if t.path.exists()]


def _finish(
    outcome: JobOutcome,
    settings: BatchSettings,
    write: Callable[[Target, bytes], str],
) -> FileResult:
    """Write a job's rendered outputs (parent side) and settle its status and exit code."""
    result = outcome.result
    write_started = time.perf_counter()
    for item in outcome.rendered:
        if item.error is not None or item.data is None:
            assert item.error is not None
            result.failures.append(FormatFailure(fmt=item.target.fmt, error=item.error, summary=item.target.summary))
            continue
        try:
            shown = write(item.target, item.data)
        except PressconvError as error:
            result.failures.append(FormatFailure(fmt=item.target.fmt, error=_error_info(error), summary=item.target.summary))
            continue
        result.outputs.append(
            OutputRecord(
                fmt=item.target.fmt,
                path=shown,
                sha256=_sha256(item.data),
                size=len(item.data),
                summary=item.target.summary,
            )
        )
    result.timings["write"] = time.perf_counter() - write_started
    result.timings["total"] = result.timings.get("work", 0.0) + result.timings["write"]
    codes = [result.error.exit_code] if result.error else []
    codes += [f.error.exit_code for f in result.failures]
    if settings.fail_on_warning and result.warning_count:
        codes.append(ExitCode.WARNINGS_PROMOTED)
    result.exit_code = max(codes, default=ExitCode.OK)
    # Promoted warnings set the exit code (3) but stay warnings: the summary and the report count
    # them as warnings, and only a real error or a failed output makes the file "failed".
    if result.error or result.failures or result.exit_code not in (ExitCode.OK, ExitCode.WARNINGS_PROMOTED):
        result.status = "failed"
    elif result.warning_count:
        result.status = "warnings"
    return result


def _chunks(jobs: Sequence[Job], workers: int) -> list[tuple[Job, ...]]:
    """Split the jobs into chunks for the pool, the longest inputs first, single jobs in small batches.

    At least sixteen chunks per worker and at most four releases each: a round trip costs about a
    millisecond, while a release costs a tenth of a second, so small chunks are nearly free and
    keep the workers' finishing times close (a 16-release last chunk left one core idle for
    seconds at the end of a 200-release batch; in a batch of 22, a chunk of two was a tenth of
    its time). The longest inputs go first (longest-processing-time-first scheduling, with the
    input's size as the estimate): a long release started last kept one worker busy alone at the
    end. Results are settled as they come and reported in input order, so the order in which the
    pool takes the inputs changes nothing but the time.
    """
    ordered = sorted(jobs, key=_input_size, reverse=True)
    size = max(1, min(4, len(jobs) // (workers * 16)))
    return [tuple(ordered[i : i + size]) for i in range(0, len(ordered), size)]


def _input_size(job: Job) -> int:
    if job.data is not None:
        return len(job.data)
    try:
        return job.source.stat().st_size if job.source is not None else 0
    except OSError:
        return 0  # the worker reports why it cannot read the file


def _pre_failed(job: Job, existing: list[Path]) -> JobOutcome:
    names = ", ".join(shown_name(p) for p in existing)
    error = OutputError(f"{names} {'exists' if len(existing) == 1 else 'exist'}; kept (--no-clobber)")
    result = FileResult(index=job.index, name=job.name, error=_error_info(error))
    return JobOutcome(job=job, result=result)


def worker_count(requested: int, inputs: int) -> int:
    """Workers for a batch: as asked, but never more than the inputs nor twice the cores.

    Rendering is CPU-bound: beyond two processes per core `-j 1000` only multiplies memory (each
    worker holds WeasyPrint and the word lists) and start-up time.
    """
    return max(1, min(requested, inputs, (os.cpu_count() or 1) * 2))


def run_batch(
    plan: BatchPlan,
    settings: BatchSettings,
    *,
    on_result: Callable[[FileResult], None] = lambda result: None,
    write: Callable[[Target, bytes], str] | None = None,
    pdf_process: Any = None,
) -> BatchRun:
    """Run every job (in a process pool when there are several inputs and ``jobs`` > 1).

    ``on_result`` is called in the parent for each finished input, in completion order.
    ``write`` stores one output and returns the path to report; by default an atomic file write.
    ``pdf_process`` (``_pdf_child.start_pdf_process``) renders the PDF of a one-input run; the caller closes it.
    """
    from pressconv.atomic import write_atomic

    def write_file(target: Target, data: bytes) -> str:
        write_atomic(target.path, data, force=not settings.no_clobber)
        return shown_name(target.path)

    writer = write or write_file
    started = time.perf_counter()
    finished: dict[int, FileResult] = {}
    models: dict[int, Release] = {}
    stop = False
    interrupted = False

    def settle(outcome: JobOutcome) -> None:
        nonlocal stop
        # Writing a job's outputs and recording them is one step: a Ctrl-C in between would leave
        # a file on disk that the report does not list. SIGINT waits until the step is done.
        blocked = hasattr(signal, "pthread_sigmask")
        if blocked:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            result = _finish(outcome, settings, writer)
            finished[result.index] = result
            if outcome.release is not None and result.outputs:
                models[result.index] = outcome.release
        finally:
            if blocked:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        on_result(result)
        if settings.fail_fast and result.exit_code != ExitCode.OK:
            stop = True

    pending = list(plan.jobs)
    workers = worker_count(settings.jobs, len(pending))
    if _llm(settings) and settings.easy_engine is not None and settings.easy_engine.llm is not None:
        # One release at a time per worker: at most `concurrency` requests are in flight (issue 20).
        workers = min(workers, settings.easy_engine.llm.concurrency)
    try:
        if workers == 1:
            for job in pending:
                if stop:
                    break
                existing = _existing_targets(job, settings, plan.to_stdout)
                helper = pdf_process if len(pending) == 1 else None
                settle(_pre_failed(job, existing) if existing else render_job(job, settings, helper))
        else:
            _run_pool(pending, settings, workers, settle, lambda: stop)
    except KeyboardInterrupt:
        interrupted = True
        if pdf_process is not None:
            pdf_process.close()  # now, not when the command ends: its render would be discarded
        _exit_on_second_interrupt(list)
    results = [finished.get(job.index) or FileResult(index=job.index, name=job.name, status="skipped") for job in plan.jobs]
    exit_code = max((r.exit_code for r in results), default=ExitCode.OK)
    if interrupted:
        exit_code = ExitCode.INTERRUPTED
    return BatchRun(
        results=results,
        exit_code=exit_code,
        interrupted=interrupted,
        seconds=time.perf_counter() - started,
        releases=models,
    )


def _run_pool(
    jobs: list[Job],
    settings: BatchSettings,
    workers: int,
    settle: Callable[[JobOutcome], None],
    should_stop: Callable[[], bool],
) -> None:
    """Hand chunks of jobs to a process pool and settle results as they arrive."""
    to_render: list[Job] = []
    for job in jobs:
        existing = _existing_targets(job, settings)
        if existing:
            settle(_pre_failed(job, existing))
        else:
            to_render.append(job)
    if should_stop() or not to_render:
        return
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    # The per-process costs (imports, fonts, templates, word lists) are paid once per worker, not
    # once per input. Where workers are forked (Linux), they are paid once in all: this process
    # warms up and the workers inherit its warm state, instead of each worker doing the same
    # 0.5 s of work. Same wall time on free cores (the workers' warm-ups ran side by side, this one
    # runs before them), half a second less CPU per worker: 15 % of a 22-release batch of four
    # formats, the difference between keeping up or not when other processes want the cores.
    # Started by spawn (macOS, Windows) a worker inherits nothing and warms up itself.
    warmed = multiprocessing.get_start_method() == "fork"
    if warmed:
        warm_up(settings)
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init, initargs=(settings, warmed))
    futures: dict[Future[list[JobOutcome]], tuple[Job, ...]] = {}
    all_settled = False
    interrupted = False
    # Ctrl-C only sets a flag here, checked between waits: a KeyboardInterrupt raised anywhere
    # inside concurrent.futures' locks broke them ("release unlocked lock", exit 70) when two
    # came in quick succession. The second one ends the run at once.
    interrupts = _InterruptFlag(lambda: _worker_processes(pool))
    try:
        for chunk in _chunks(to_render, workers):
            futures[pool.submit(_render_chunk, chunk, settings)] = chunk
        remaining = set(futures)
        while remaining and not should_stop():
            done, remaining = wait(remaining, timeout=_POLL_SECONDS, return_when=FIRST_COMPLETED)
            if interrupts.count:
                raise KeyboardInterrupt
            for future in sorted(done, key=lambda f: futures[f][0].index):
                # Forget the future once settled: it holds the chunk's rendered bytes, and keeping
                # them all made the parent grow with the batch (+57 % peak memory at 1000 releases).
                chunk = futures.pop(future)
                try:
                    outcomes = future.result()
                except BrokenProcessPool as exc:
                    # A worker died (killed, out of memory): its inputs fail, the batch reports it.
                    outcomes = [
                        JobOutcome(job=job, result=FileResult(index=job.index, name=job.name, error=_internal(exc)))
                        for job in chunk
                    ]
                for outcome in outcomes:
                    settle(outcome)
                    if should_stop():
                        break
        all_settled = not remaining
    except KeyboardInterrupt:
        # From here on a further Ctrl-C ends the run at once (see _exit_on_second_interrupt).
        interrupted = True
        _exit_on_second_interrupt(lambda: _worker_processes(pool))
        raise
    finally:
        if not interrupted:
            interrupts.restore()
        if not all_settled:
            # --fail-fast or Ctrl-C: what the workers render now would be discarded anyway (only
            # the parent writes), so stop them instead of waiting for their chunks. Left running,
            # they kept the interpreter's exit hook waiting, and a second Ctrl-C landed in it as
            # "Exception ignored in threading" with parent and workers alive until killed.
            _stop_workers(pool, kill=interrupted)
        # After a complete batch the idle workers are joined: it costs nothing, and leaving them to
        # the interpreter's exit hook races with it on CPython 3.11 ("Bad file descriptor" printed
        # from concurrent.futures' _python_exit).
        pool.shutdown(wait=True, cancel_futures=True)


# How often the pool loop looks at the interrupt flag while no chunk finishes.
_POLL_SECONDS = 0.2


class _InterruptFlag:
    """A SIGINT handler for the pool loop: the first signal is counted, the second exits at once."""

    def __init__(self, processes: Callable[[], list[Any]]) -> None:
        import threading

        self.count = 0
        self._processes = processes
        self._previous: Any = None
        self._installed = threading.current_thread() is threading.main_thread()
        if self._installed:  # signal handlers can only be set from the main thread (API callers)
            self._previous = signal.signal(signal.SIGINT, self._handle)

    def _handle(self, signum: int, frame: object) -> None:
        self.count += 1
        if self.count > 1:
            _exit_now(self._processes())

    def restore(self) -> None:
        """Put back the handler that was there before the batch (after a complete batch)."""
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)


def _exit_now(running: list[Any]) -> None:
    for process in running:
        with suppress(Exception):
            process.kill()
    for process in running:
        # Reaped here: a killed child nobody waits for lingers as a zombie in the group.
        with suppress(Exception):
            process.join(2)
    with suppress(OSError):
        os.write(2, b"pressconv: interrupted again; stopped\n")
    os._exit(ExitCode.INTERRUPTED)


@contextmanager
def sigint_blocked() -> Iterator[None]:
    """Hold SIGINT back while a file is written, so no Ctrl-C (first or second) cuts it."""
    blocked = hasattr(signal, "pthread_sigmask")
    if blocked:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        if blocked:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _worker_processes(pool: Any) -> list[Any]:
    # ProcessPoolExecutor has no public way to stop its workers before Python 3.14
    # (terminate_workers); its process table is the only handle on them.
    return list((getattr(pool, "_processes", None) or {}).values())


def _stop_workers(pool: Any, *, kill: bool) -> None:
    for process in _worker_processes(pool):
        with suppress(Exception):
            process.kill() if kill else process.terminate()


def _exit_on_second_interrupt(processes: Callable[[], list[Any]]) -> None:
    """Make the next SIGINT end the process at once: kill the workers, exit 130, no cleanup.

    The first Ctrl-C lets the batch settle what it has and write its report; a second one (a
    double Ctrl-C, or `timeout -s INT` to the process group) means "now". Every file write runs
    with SIGINT blocked (settle, the report), so exiting from the handler never cuts a file.
    """

    import threading

    def handler(signum: int, frame: object) -> None:
        _exit_now(processes())

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, handler)
