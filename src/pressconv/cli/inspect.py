"""``pressconv inspect``: show what the parser understood (native dump, or the model as JSON)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def inspect(
    path: Annotated[Path, typer.Argument(help="A release text file.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the model as JSON (schema pressconv.release/1).")
    ] = False,
) -> None:
    """Show the parsed release and the parser's diagnostics."""
    from pressconv.api import parse
    from pressconv.errors import InputError
    from pressconv.native import dump
    from pressconv.source import DEFAULT_MAX_BYTES
    from pressconv.writers.json import dumps, release_to_json

    try:
        size = path.stat().st_size
        # Check the size before reading: a 50 MB file is refused without loading it.
        if path.is_file() and size > DEFAULT_MAX_BYTES:
            raise InputError(
                f"{path} is {size / 1e6:.1f} MB, over the input limit of {DEFAULT_MAX_BYTES / 1e6:.1f} MB"
            )
        data = path.read_bytes()
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
    typer.echo(dump(result.release), nl=False)
    if result.removed:
        typer.echo("removed:")
        for entry in result.removed:
            typer.echo(f"  {path}:{entry.line}: {entry.reason}: {entry.text}")
    for diagnostic in result.diagnostics:
        typer.echo(diagnostic.format(str(path)), err=True)


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    app.command("inspect")(inspect)
