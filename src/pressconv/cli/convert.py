"""``pressconv convert``: read releases, render them into the requested formats, write outputs atomically."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pressconv.cli.easy import ENGINE_HELP, EasyEngine
from pressconv.errors import UsageError

if TYPE_CHECKING:
    from pressconv.overrides import Overrides

_TO_HELP = "Formats, comma-separated (html, pdf, epub, docx, easy, json, ninjs) or 'all'."
TITLE_HELP = "Use TEXT as the title (the parser's one is replaced; one input only)."
DATE_HELP = "Use this release date (ISO 8601)."
LANG_HELP = "Use this language tag (de-DE, en) instead of the detected one."


def command_overrides(title: str | None, issued: str | None, lang: str | None) -> Overrides:
    """The --title, --date and --lang options as one Overrides value (checked: exit 2 if malformed)."""
    from pressconv.overrides import Overrides, parse_date, parse_language

    if title is not None and not title.strip():
        raise UsageError("--title is empty")
    given = [key for key, value in (("title", title), ("date", issued), ("language", lang)) if value is not None]
    return Overrides(
        title=title.strip() if title is not None else None,
        date=parse_date(issued) if issued is not None else None,
        language=parse_language(lang) if lang is not None else None,
        source=tuple((key, "--lang" if key == "language" else f"--{key}") for key in given),
    )


def complete_formats(incomplete: str) -> list[str]:
    """Shell completion of --to: format names (plugins too) and 'all', after any comma-separated ones."""
    from pressconv.registry import available_formats

    done, _, last = incomplete.rpartition(",")
    prefix = done + "," if done else ""
    chosen = set(done.split(",")) if done else set()
    names = [info.name for info in available_formats()] + ["all"]
    return [prefix + name for name in names if name.startswith(last) and name not in chosen]


def parse_formats(value: str) -> list[str]:
    """Split ``--to`` into format names; ``all`` means every publishing format."""
    from pressconv.registry import ALL_FORMATS

    names: list[str] = []
    for part in value.split(","):
        name = part.strip().lower()
        if not name:
            continue
        for expanded in ALL_FORMATS if name == "all" else (name,):
            if expanded not in names:
                names.append(expanded)
    if not names:
        raise UsageError("--to names no format")
    return names


def _report_format(report: Path | None, given: str | None, out_dir: Path | None) -> str:
    """The report's format: --report-format, else the extension; refused before any work is done."""
    formats = {".json": "json", ".xml": "junit"}
    chosen = None
    if given is not None:
        chosen = given.strip().lower()
        if chosen not in ("json", "junit"):
            raise UsageError(f"--report-format must be json or junit, not {given!r}")
    if report is None:
        return chosen or "json"
    by_extension = formats.get(report.suffix.lower())
    if by_extension is None or (chosen is not None and chosen != by_extension):
        # report.html or a junit report named .json would be a file no tool reads as what it is.
        wanted = {"json": ".json", "junit": ".xml"}[chosen] if chosen else ".json or .xml"
        kind = {"json": "a JSON report", "junit": "a JUnit report"}[chosen] if chosen else "a report"
        raise UsageError(
            f"--report {report}: {kind} is written as {wanted}",
            hint="name it report.json (JSON) or report.xml (JUnit XML)",
        )
    inside_out_dir = out_dir is not None and report.parent.resolve().is_relative_to(out_dir.resolve())
    if not report.parent.is_dir() and not inside_out_dir:
        # Not created silently: a typo in the folder would otherwise scatter reports (issue 18 #8).
        # The output folder is the exception: the run creates it (`-d dist --report dist/r.xml`).
        raise UsageError(f"--report {report}: the folder {report.parent} does not exist")
    return by_extension


def _fail_on(value: str) -> bool:
    normalised = value.strip().lower()
    if normalised in ("warning", "warnings"):
        return True
    if normalised in ("error", "errors"):
        return False
    raise UsageError(f"--fail-on must be 'warning' or 'error', not {value!r}")


def checked_codes(codes: list[str]) -> tuple[str, ...]:
    """The --ignore values, each a diagnostic code (date.missing) or area (date); exit 2 otherwise."""
    from pressconv.messages import is_code

    for code in codes:
        if not is_code(code):
            raise UsageError(f"--ignore {code!r} is not a diagnostic code like date.missing")
    return tuple(codes)


def choose_output(output: str | None, out_dir: Path | None, to: str | None) -> tuple[list[str], Path | None, bool]:
    """Read -o/-d/--to as pandoc does: (formats, the one output file or None, whether it is stdout).

    `-o FILE` takes its format from --to, else from FILE's extension; `-o -` means standard output.
    """
    if output is None:
        return parse_formats(to or "html"), None, False
    if out_dir is not None:
        raise UsageError(f"-o {output} names one output file and -d {out_dir} a folder; give one of them")
    if output == "-":
        return parse_formats(to or "html"), None, True
    if output.endswith(("/", os.sep)) or Path(output).is_dir():
        raise UsageError(
            f"-o {output} is a folder; -o names one output file", hint=f"write into the folder with -d {output}"
        )
    if to:
        return parse_formats(to), Path(output), False
    from pressconv.registry import format_for_filename

    fmt = format_for_filename(Path(output).name)
    if fmt is None:
        raise UsageError(
            f"cannot tell the format of {output} from its extension", hint="name it with --to (see pressconv formats)"
        )
    return [fmt], Path(output), False


def refuse_binary_to_terminal(fmt: str) -> None:
    """Refuse to print a binary format to a terminal, as pandoc does; `-o -` forces it (a pipe)."""
    from pressconv.registry import get_writer

    media_type = get_writer(fmt).media_type
    # Text: text/*, JSON and XML (application/json, application/xhtml+xml); everything else is binary.
    textual = media_type.startswith("text/") or media_type.endswith(("json", "xml"))
    if not textual and sys.stdout.isatty():
        raise UsageError(
            f"cannot write {fmt} output to a terminal",
            hint="name a file with -o FILE, or use -o - to write to standard output anyway",
        )


def _from_environment(ctx: typer.Context, name: str) -> bool:
    # The value came from PRESSCONV_TO / PRESSCONV_OUT_DIR, not from the command line.
    source = ctx.get_parameter_source(name)
    return source is not None and source.name == "ENVIRONMENT"


def convert(
    ctx: typer.Context,
    inputs: Annotated[
        list[str], typer.Argument(metavar="INPUTS...", help="Release text files, folders of them, or '-' for stdin.")
    ],
    to: Annotated[
        str | None,
        typer.Option("--to", "-t", metavar="FORMATS", help=_TO_HELP, envvar="PRESSCONV_TO", autocompletion=complete_formats),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the one output to FILE (format from --to or FILE's extension); '-' writes to standard output.",
        ),
    ] = None,
    out_dir: Annotated[
        Path | None,
        typer.Option(
            "--out-dir",
            "-d",
            metavar="DIR",
            help="Write outputs into DIR (mirrors input folders); default: next to each input.",
            envvar="PRESSCONV_OUT_DIR",
        ),
    ] = None,
    no_clobber: Annotated[
        bool,
        typer.Option("--no-clobber", "-n", help="Keep existing outputs (exit 1) instead of overwriting them."),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", "-f", hidden=True, help="Accepted for old scripts; overwriting is the default.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only (no warnings, infos or summary).")] = False,
    verbose: Annotated[
        bool,
        typer.Option("--verbose", "-v", help="Print every info on its own line (by default repeated ones are grouped)."),
    ] = False,
    ignore: Annotated[
        list[str] | None,
        typer.Option(
            "--ignore",
            metavar="CODE",
            help="Do not show, count or report this diagnostic code, or area (easy); repeatable.",
        ),
    ] = None,
    glob: Annotated[
        str,
        typer.Option(
            "--glob",
            metavar="PATTERNS",
            help="File patterns searched for in folders, comma-separated (*.txt,*.md,*.markdown).",
        ),
    ] = "*.txt,*.md,*.markdown",  # batch.DEFAULT_GLOB (not imported: --help stays fast)
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            metavar="N",
            help="Parallel workers (default: CPU count); with one input, 2+ renders its PDF in a second process.",
        ),
    ] = None,
    fail_fast: Annotated[bool, typer.Option("--fail-fast", help="Stop at the first input that fails.")] = False,
    fail_on: Annotated[
        str, typer.Option("--fail-on", metavar="LEVEL", help="'warning' turns warnings into exit code 3.")
    ] = "error",
    report: Annotated[
        Path | None, typer.Option("--report", metavar="FILE", help="Write a report of every input to this file.")
    ] = None,
    report_format: Annotated[
        str | None,
        typer.Option(
            "--report-format", metavar="FORMAT", help="json or junit; by default from the extension (.json, .xml)."
        ),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option("--config", "-c", metavar="FILE", help="pressconv.toml (default: found next to the inputs)."),
    ] = None,
    allow_external_templates: Annotated[
        bool,
        typer.Option(
            "--allow-external-templates",
            help="Let the config use templates, styles and logo outside its folder.",
        ),
    ] = False,
    template_dir: Annotated[
        Path | None, typer.Option("--template-dir", metavar="DIR", help="Override templates from this folder.")
    ] = None,
    style_dir: Annotated[
        Path | None, typer.Option("--style", "--style-dir", metavar="DIR", help="Override styles from this folder.")
    ] = None,
    easy: Annotated[bool, typer.Option("--easy", help="Also render a Leichte-Sprache summary (NAME.leicht.EXT).")] = False,
    easy_engine: Annotated[EasyEngine | None, typer.Option("--easy-engine", metavar="ENGINE", help=ENGINE_HELP)] = None,
    max_bytes: Annotated[
        int | None, typer.Option("--max-bytes", min=1, metavar="BYTES", help="Largest input accepted (default 5 MB).")
    ] = None,
    site: Annotated[
        Path | None,
        typer.Option(
            "--site", metavar="DIR", help="Also write index.html and feed.atom (Atom) over all outputs into this folder."
        ),
    ] = None,
    title: Annotated[str | None, typer.Option("--title", metavar="TEXT", help=TITLE_HELP)] = None,
    issued: Annotated[str | None, typer.Option("--date", metavar="YYYY-MM-DD", help=DATE_HELP)] = None,
    lang: Annotated[str | None, typer.Option("--lang", metavar="TAG", help=LANG_HELP)] = None,
) -> None:
    """Convert releases into accessible formats.

    Outputs are named after the inputs (NAME.html next to NAME.txt, or under -d DIR); -o FILE names
    the one output of one input; with '-' as input and no -o or -d the output goes to standard output.
    Existing outputs are overwritten (atomically) unless --no-clobber; inputs never are.
    """
    from pressconv.clock import timestamp_from_env
    from pressconv.registry import get_writer

    del force  # outputs are overwritten unless --no-clobber (batch._existing_targets says why)
    if output is not None and output != "-":
        # `-o out.pdf` names its format by its extension; a default from the environment
        # (PRESSCONV_TO=html, PRESSCONV_OUT_DIR=dist) must not turn it into HTML in a .pdf file or
        # into a clash with a folder nobody typed. Only what the command line says wins.
        to = None if _from_environment(ctx, "to") else to
    if output is not None and _from_environment(ctx, "out_dir"):
        out_dir = None
    formats, output_file, stdout = choose_output(output, out_dir, to)
    overrides = command_overrides(title, issued, lang)
    fail_on_warning = _fail_on(fail_on)
    chosen_report_format = _report_format(report, report_format, out_dir)
    timestamp_from_env()  # a malformed SOURCE_DATE_EPOCH stops the run before any work (exit 4)
    # As soon as the run is known to render a PDF (issue 21): a second process imports WeasyPrint
    # while this one looks up the writers, imports the rest, reads the config, parses and renders
    # the other formats. Closed (killed if still running) when the command ends, however it ends.
    from pressconv.writers._pdf_child import start_pdf_process

    pdf_process = start_pdf_process(formats, inputs, jobs)
    if pdf_process is not None:
        ctx.with_resource(pdf_process)
    # Unknown formats (5) and missing dependencies (6) also stop the run before any input is read.
    extensions = {fmt: get_writer(fmt).extension for fmt in formats}
    if easy:
        get_writer("easy")  # --easy runs the summary transform, which needs the easy writer's extra
    if pdf_process is not None and not pdf_process.serves(get_writer("pdf")):
        pdf_process.close()
        pdf_process = None

    from pressconv import __version__
    from pressconv.batch import (
        BatchSettings,
        Target,
        plan_batch,
        refuse_report_clash,
        run_batch,
        sigint_blocked,
        writes_to_stdout,
    )
    from pressconv.config import choose_engine, load_config
    from pressconv.progress import make_progress
    from pressconv.report import summarise, write_report

    loaded = load_config(
        config,
        inputs=[Path(i) for i in inputs if i != "-"],
        allow_external=allow_external_templates,
        template_dir=template_dir,
        style_dir=style_dir,
    )
    # Exit 2 for llm without endpoint or model, before any input is read (issue 20).
    engine = choose_engine(loaded.easy, easy_engine.value if easy_engine else None)
    settings = BatchSettings(
        formats=tuple(formats),
        out_dir=out_dir,
        output=output_file,
        stdout=stdout,
        no_clobber=no_clobber,
        fail_fast=fail_fast,
        fail_on_warning=fail_on_warning,
        jobs=jobs or os.cpu_count() or 1,
        easy=easy,
        branding=loaded.branding,
        resources=loaded.resources,
        format_options=loaded.format_options,
        default_language=loaded.language,
        max_bytes=max_bytes,
        overrides=overrides,
        file_overrides=loaded.file_overrides,
        ignore=(*loaded.ignore, *checked_codes(ignore or [])),
        keep_models=site is not None,
        easy_engine=engine if engine.engine == "llm" else None,
    )
    if writes_to_stdout(inputs, settings) and not stdout:
        refuse_binary_to_terminal(formats[0])
    plan = plan_batch(inputs, settings, pattern=glob, extensions=extensions)
    if site is not None and plan.to_stdout:
        raise UsageError("--site needs output files; give --out-dir when reading standard input")
    if report is not None:
        refuse_report_clash(report, plan)  # before any work: the report must not replace a file of the run

    write = None
    out = sys.stdout
    if plan.to_stdout:
        # `pressconv convert - --to html > page.html`: the output is the only thing on stdout.
        out = sys.stderr

        def write_stdout(target: Target, data: bytes) -> str:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
            return "<stdout>"

        write = write_stdout

    if quiet and verbose:
        raise UsageError("--quiet and --verbose contradict each other; give one of them")
    display = make_progress(len(plan.jobs), out, sys.stderr, quiet=quiet, verbose=verbose)
    display.start(len(plan.jobs))
    run = run_batch(
        plan, settings, on_result=display.file_done, pdf_process=pdf_process, **({"write": write} if write else {})
    )
    summary = summarise(run.results, run.seconds, run.exit_code, interrupted=run.interrupted)
    display.finish(summary)
    if report is not None:
        with sigint_blocked():  # a second Ctrl-C waits for the report to be complete
            write_report(
                report,
                run.results,
                summary,
                report_format="junit" if chosen_report_format == "junit" else "json",
                formats=tuple(formats),
                version=__version__,
            )
    if site is not None and not run.interrupted:
        from pressconv.site import build_site_from_batch

        # After the batch and its report: the index lists every release that produced files.
        build_site_from_batch(plan, run, settings, site)
    if run.interrupted and hasattr(signal, "pthread_sigmask"):
        # Interrupted and done: a further Ctrl-C during the interpreter's shutdown (which restores
        # the default handler) would kill the process by the signal instead of exiting with 130.
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    if run.exit_code:
        raise typer.Exit(run.exit_code)


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    from pressconv.cli._command import PlainUsageCommand

    app.command("convert", cls=PlainUsageCommand)(convert)
