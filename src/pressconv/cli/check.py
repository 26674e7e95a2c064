"""``pressconv check``: built-in accessibility checks of outputs; with --against, the "nothing lost" check."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pressconv.errors import ExitCode, InputError, UsageError

# How many missing words per release line are printed before "…".
_WORDS_PER_LINE = 12


def _outputs(paths: list[Path], *, for_text: bool) -> list[Path]:
    from pressconv.checks import find_outputs

    found: list[Path] = []
    for path in find_outputs(paths, with_json=for_text):
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        # Summaries in Leichte Sprache leave things out on purpose (DESIGN §6).
        if for_text and ".leicht." in path.name and path not in paths:
            continue
        found.append(path)
    if not found:
        kinds = "html, pdf, epub, docx or json" if for_text else "html, pdf, epub or docx"
        raise UsageError(f"nothing to check in {', '.join(map(str, paths))} ({kinds} files)")
    return found


def _check_accessibility(paths: list[Path], quiet: bool) -> int:
    from pressconv.checks import check_file

    outputs = _outputs(paths, for_text=False)
    count = 0
    for output in outputs:
        for finding in check_file(output):
            typer.echo(finding.format())
            count += 1
    if not quiet or count:
        typer.echo(f"pressconv: checked {len(outputs)} file(s): {count} finding(s)", err=True)
    return ExitCode.WRITER_FAILED if count else ExitCode.OK


def _check_text(release: str, paths: list[Path], quiet: bool, in_order: bool) -> int:
    from pressconv.checks.text_preserved import compare_text, expected_words, extract_text
    from pressconv.cli._input import read_release
    from pressconv.names import shown_name

    data, source, _path = read_release(release, command="check --against")
    expected = expected_words(data, path=source)
    failures = 0
    for output_path in _outputs(paths, for_text=True):
        output = shown_name(output_path)
        try:
            comparison = compare_text(expected, extract_text(output_path))
        except Exception as exc:  # a damaged output is a finding, not a crash
            typer.echo(f"{output}: error: cannot extract its text: {type(exc).__name__}: {exc} [text.unreadable]")
            failures += 1
            continue
        lost = list(comparison.missing) + (list(comparison.moved) if in_order else [])
        if not lost:
            if not quiet:
                where = ", in order" if in_order else ""
                typer.echo(f"{output}: all {comparison.total} words of {source} present{where}", err=True)
            continue
        failures += 1
        kind = "missing or out of order" if in_order else "missing"
        typer.echo(f"{output}: error: {len(lost)} of {comparison.total} words of {source} {kind} [text.missing]")
        by_line: dict[int, list[str]] = {}
        for word in sorted(lost, key=lambda w: w.line):
            by_line.setdefault(word.line, []).append(word.text)
        for line, words in by_line.items():
            shown = " ".join(words[:_WORDS_PER_LINE]) + (" …" if len(words) > _WORDS_PER_LINE else "")
            typer.echo(f"{source}:{line}: note: not in {Path(output).name}: {shown}")
    return ExitCode.WRITER_FAILED if failures else ExitCode.OK


def check(
    paths: Annotated[list[Path], typer.Argument(metavar="OUTPUTS...", help="Output files or folders of them.")],
    against: Annotated[
        str | None,
        typer.Option(
            "--against",
            metavar="RELEASE",
            help="The release text ('-' for standard input): check that every word of it is in each output, in order "
            "(the masthead and web addresses may stand anywhere).",
        ),
    ] = None,
    any_order: Annotated[
        bool,
        typer.Option("--any-order", help="With --against, check only that every word is there, not that it is in order."),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print findings only.")] = False,
) -> None:
    """Check outputs for accessibility problems (exit 1 if any); needs no browser or Java."""
    in_order = not any_order
    code = _check_text(against, paths, quiet, in_order) if against else _check_accessibility(paths, quiet)
    if code:
        raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    from pressconv.cli._command import PlainUsageCommand

    app.command("check", cls=PlainUsageCommand)(check)
