"""Progress display for ``convert``: a rich bar on a terminal, one plain line per file elsewhere.

CI logs are not terminals: a redrawn bar turns into thousands of lines there, so without a TTY (or
with ``CI=true``, which GitHub Actions, GitLab and most others set) each input gets one plain line.
rich is imported only when a bar is really shown, which keeps ``--help`` and small runs fast.
"""

from __future__ import annotations

import os
from typing import IO, TYPE_CHECKING, Any, Protocol

from pressconv.messages import Verbosity, colour, colour_enabled, diagnostic_lines
from pressconv.report import BatchSummary, FileResult

if TYPE_CHECKING:
    from rich.progress import Progress as RichBar

__all__ = ["PlainProgress", "ProgressDisplay", "RichProgress", "format_summary", "make_progress"]


class ProgressDisplay(Protocol):
    """What the batch runner tells the user while it works."""

    def start(self, total: int) -> None:
        """Called once, before the first input."""

    def file_done(self, result: FileResult) -> None:
        """Called in the parent for each finished input."""

    def finish(self, summary: BatchSummary) -> None:
        """Called once at the end, also after Ctrl-C."""


def format_summary(summary: BatchSummary) -> str:
    """One line: files, outputs, warnings, failures and time."""
    parts = [
        f"{summary.files} file{'s' if summary.files != 1 else ''}",
        f"{summary.outputs} output{'s' if summary.outputs != 1 else ''}",
        f"{summary.warnings} warning{'s' if summary.warnings != 1 else ''}",
        f"{summary.failures} failed",
    ]
    if summary.warnings and summary.exit_code == 3:  # ExitCode.WARNINGS_PROMOTED
        parts[2] += " (exit 3: --fail-on warning)"
    if summary.skipped:
        parts.append(f"{summary.skipped} not converted")
    text = ", ".join(parts) + f" in {summary.seconds:.1f} s"
    if summary.interrupted:
        text = "interrupted: " + text
    return text


def _result_lines(result: FileResult, verbosity: Verbosity) -> tuple[list[str], list[str]]:
    """Return (information lines, error lines) for one input."""
    quiet = verbosity == "quiet"
    problems = [d for d in result.diagnostics if d.level == "error"]
    errors = diagnostic_lines(problems, result.name, verbosity)
    info = diagnostic_lines([d for d in result.diagnostics if d.level != "error"], result.name, verbosity)
    for failure in result.failures:
        label = f"{failure.fmt} (summary)" if failure.summary else failure.fmt
        errors.append(f"pressconv: error: {result.name}: {label}: {failure.error.message}")
        if failure.error.hint:
            errors.append(f"pressconv: hint: {failure.error.hint}")
    if result.error is not None:
        errors.append(f"pressconv: error: {result.name}: {result.error.message}")
        if result.error.hint:
            errors.append(f"pressconv: hint: {result.error.hint}")
    if not quiet and result.outputs:
        info.append(f"{result.name}: wrote {', '.join(o.path for o in result.outputs)}")
    return info, errors


class PlainProgress:
    """Line-oriented output for logs: one line per finished file, then the summary."""

    def __init__(self, out: IO[str], err: IO[str], *, verbosity: Verbosity = "normal", show_summary: bool = True) -> None:
        self._out = out
        self._err = err
        self._verbosity: Verbosity = verbosity
        self._quiet = verbosity == "quiet"
        self._show_summary = show_summary
        self._colour = colour_enabled(err)

    def start(self, total: int) -> None:
        """Nothing to draw in a log."""

    def file_done(self, result: FileResult) -> None:
        """Print diagnostics to stderr and the written outputs to stdout."""
        info, errors = _result_lines(result, self._verbosity)
        for line in info:
            # Diagnostics are messages about the input: they go with errors on stderr; the
            # "wrote ..." line is the command's result and goes to stdout.
            if line.startswith(f"{result.name}: wrote "):
                print(line, file=self._out, flush=True)
            else:
                print(colour(line, self._colour), file=self._err, flush=True)
        for line in errors:
            print(colour(line, self._colour), file=self._err, flush=True)

    def finish(self, summary: BatchSummary) -> None:
        """Print the summary line unless quiet (always after an interruption)."""
        if (self._show_summary and not self._quiet) or summary.interrupted:
            print(f"pressconv: {format_summary(summary)}", file=self._err, flush=True)


class RichProgress:
    """A progress bar on a terminal; messages scroll above it."""

    def __init__(self, *, verbosity: Verbosity = "normal") -> None:
        self._verbosity: Verbosity = verbosity
        self._bar: RichBar | None = None
        self._task: Any = None

    def start(self, total: int) -> None:
        """Draw the bar (rich is imported here, never at module import)."""
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._bar = Progress(
            TextColumn("converting"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._bar.start()
        self._task = self._bar.add_task("convert", total=total)

    def file_done(self, result: FileResult) -> None:
        """Print the file's messages above the bar and advance it."""
        assert self._bar is not None
        from rich.text import Text

        info, errors = _result_lines(result, self._verbosity)
        # The bar shows progress; listing every written file above it would only scroll it away.
        shown = [line for line in info if not line.startswith(f"{result.name}: wrote ")]
        enabled = colour_enabled(self._bar.console.file)
        for line in (*shown, *errors):
            self._bar.console.print(Text.from_ansi(colour(line, enabled)), highlight=False, soft_wrap=True)
        self._bar.advance(self._task)

    def finish(self, summary: BatchSummary) -> None:
        """Remove the bar and print the summary."""
        if self._bar is not None:
            self._bar.stop()
            self._bar.console.print(f"pressconv: {format_summary(summary)}", markup=False, highlight=False)


def _in_ci(environ: dict[str, str] | os._Environ[str]) -> bool:
    return environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def make_progress(total: int, out: IO[str], err: IO[str], *, quiet: bool = False, verbose: bool = False) -> ProgressDisplay:
    """Choose the display: a bar for a batch on an interactive terminal, plain lines otherwise."""
    verbosity: Verbosity = "quiet" if quiet else "verbose" if verbose else "normal"
    interactive = err.isatty() and not _in_ci(os.environ) and os.environ.get("TERM") != "dumb"
    if interactive and total > 1 and not quiet:
        try:
            import rich  # noqa: F401  (present with Typer; checked so a missing rich falls back)
        except ImportError:
            pass
        else:
            return RichProgress(verbosity=verbosity)
    return PlainProgress(out, err, verbosity=verbosity, show_summary=total > 1)
