"""``pressconv inspect``: show what the parser understood (native dump, or the model as JSON)."""

from __future__ import annotations

import ast
import dataclasses
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pressconv.cli.convert import DATE_HELP, LANG_HELP, TITLE_HELP

if TYPE_CHECKING:
    from pressconv.api import ParseResult


def inspect(
    path: Annotated[str, typer.Argument(metavar="RELEASE", help="A release text file, or '-' for standard input.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the model as JSON (schema pressconv.release/1).")] = False,
    config: Annotated[
        Path | None,
        typer.Option("--config", "-c", metavar="FILE", help="pressconv.toml (default: found next to the release)."),
    ] = None,
    title: Annotated[str | None, typer.Option("--title", metavar="TEXT", help=TITLE_HELP)] = None,
    issued: Annotated[str | None, typer.Option("--date", metavar="YYYY-MM-DD", help=DATE_HELP)] = None,
    lang: Annotated[str | None, typer.Option("--lang", metavar="TAG", help=LANG_HELP)] = None,
) -> None:
    """Show the parsed release and the parser's diagnostics, with any overrides applied."""
    from pressconv.api import parse
    from pressconv.cli._input import read_release
    from pressconv.cli.convert import command_overrides
    from pressconv.config import load_config
    from pressconv.overrides import Overrides, apply_overrides
    from pressconv.writers.json import dumps, release_to_json

    overrides = command_overrides(title, issued, lang)
    data, name, source = read_release(path, command="inspect")
    loaded = load_config(config, inputs=[source] if source is not None else [])
    if source is not None:
        # The config's [files."NAME"] values, under the command line's (as convert applies them).
        overrides = overrides.over(loaded.file_overrides.get(source.resolve(), Overrides()))
    result = parse(data, path=name)
    release, diagnostics = apply_overrides(result.release, result.diagnostics, overrides)
    result = dataclasses.replace(result, release=release, diagnostics=diagnostics)
    if as_json:
        typer.echo(dumps(release_to_json(result)), nl=False)
        return
    report = human_report(result, name)
    if overrides:
        report += "overridden:\n" + "".join(f"  {line}\n" for line in overrides.described())
    typer.echo(report, nl=False)
    # stdout is flushed before the diagnostics go to stderr, so that a terminal or a merged
    # redirect (2>&1) shows the report and the diagnostics in order, each on its own line.
    sys.stdout.flush()
    for diagnostic in result.diagnostics:
        typer.echo(_one_line(diagnostic.format(name)), err=True)


def human_report(result: ParseResult, name: str) -> str:
    """The native dump followed by the removed lines; every line ends with a newline."""
    # Imported here: the native dump needs the model, which `pressconv --help` must not load.
    from pressconv.native import dump

    lines = [_readable(line) for line in dump(result.release).splitlines()]
    if result.removed:
        lines.append("removed:")
        lines.extend(_one_line(f"  {name}:{entry.line}: {entry.reason}: {entry.text}") for entry in result.removed)
    return "".join(line + "\n" for line in lines)


def _readable(line: str) -> str:
    """A line of the native dump for a person: text as a JSON string, flags as yes, not Python reprs."""
    # The native dump is the goldens' format and writes text with repr() ('…', True); inspect shows
    # the same tree in notation every user reads (issue 18 #8): "…" with JSON escapes.
    stripped = line.lstrip(" ")
    if stripped[:1] in ("'", '"'):
        try:
            value = ast.literal_eval(stripped)
        except (ValueError, SyntaxError):
            value = None
        if isinstance(value, str):
            line = line[: len(line) - len(stripped)] + json.dumps(value, ensure_ascii=False)
    return _one_line(line.replace('="True"', '="yes"'))


def _one_line(text: str) -> str:
    # A removed text or message could hold a line or paragraph separator that a terminal shows as a
    # break; escape them so that each entry stays one line.
    return "".join(repr(char)[1:-1] if char in _BREAKS else char for char in text)


_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    from pressconv.cli._command import PlainUsageCommand

    app.command("inspect", cls=PlainUsageCommand)(inspect)
