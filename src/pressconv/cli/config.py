"""``pressconv config --show``: the effective configuration, each value with the file and line it came from."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from pressconv.errors import UsageError

# The environment variables the convert options read (cli/convert.py), shown with the file's values.
_ENVIRONMENT = (("PRESSCONV_TO", "--to", "html"), ("PRESSCONV_OUT_DIR", "-d/--out-dir", "next to each input"))


def config(
    inputs: Annotated[
        list[Path] | None,
        typer.Argument(metavar="[INPUTS]...", help="Where the configuration is looked for (default: this folder)."),
    ] = None,
    show: Annotated[
        bool, typer.Option("--show", help="Print the effective configuration and where each value comes from.")
    ] = False,
    config_file: Annotated[
        Path | None, typer.Option("--config", "-c", metavar="FILE", help="This file instead of the one found.")
    ] = None,
) -> None:
    """Show the configuration convert would use (pressconv.toml or [tool.pressconv] in pyproject.toml)."""
    from pressconv.config import describe_config

    if not show:
        raise UsageError("pressconv config needs --show (it prints; it never edits the file)")
    for line in describe_config(config_file, inputs=inputs or []):
        typer.echo(line)
    typer.echo("# environment")
    for name, option, default in _ENVIRONMENT:
        value = os.environ.get(name)
        shown = f"{value!r}  # {name}" if value else f"{default}  # default ({name} not set)"
        typer.echo(f"# {option} = {shown}")


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    from pressconv.cli._command import PlainUsageCommand

    app.command("config", cls=PlainUsageCommand)(config)
