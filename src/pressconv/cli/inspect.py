"""``pressconv inspect``: show what the parser understood (native dump, or the model as JSON)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from pressconv.api import ParseResult


def inspect(
    path: Annotated[Path, typer.Argument(metavar="RELEASE", help="A release text file.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the model as JSON (schema pressconv.release/1).")] = False,
) -> None:
    """Show the parsed release and the parser's diagnostics."""
    from pressconv.api import parse
    from pressconv.errors import InputError
    from pressconv.source import read_limited
    from pressconv.writers.json import dumps, release_to_json

    try:
        # Bounded whatever the path is (a FIFO or /dev/zero has no size to check beforehand).
        data = read_limited(path, name=str(path))
    except IsADirectoryError:
        raise InputError(f"{path} is a folder; inspect takes one release file") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    result = parse(data, path=str(path))
    if as_json:
        typer.echo(dumps(release_to_json(result)), nl=False)
        return
    typer.echo(human_report(result, str(path)), nl=False)
    # stdout is flushed before the diagnostics go to stderr, so that a terminal or a merged
    # redirect (2>&1) shows the report and the diagnostics in order, each on its own line.
    sys.stdout.flush()
    for diagnostic in result.diagnostics:
        typer.echo(_one_line(diagnostic.format(str(path))), err=True)


def human_report(result: ParseResult, name: str) -> str:
    """The native dump followed by the removed lines; every line ends with a newline."""
    # Imported here: the native dump needs the model, which `pressconv --help` must not load.
    from pressconv.native import dump

    lines = dump(result.release).splitlines()
    if result.removed:
        lines.append("removed:")
        lines.extend(_one_line(f"  {name}:{entry.line}: {entry.reason}: {entry.text}") for entry in result.removed)
    return "".join(line + "\n" for line in lines)


def _one_line(text: str) -> str:
    # A removed text or message could hold a line or paragraph separator that a terminal shows as a
    # break; escape them so that each entry stays one line.
    return "".join(repr(char)[1:-1] if char in _BREAKS else char for char in text)


_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    app.command("inspect")(inspect)
