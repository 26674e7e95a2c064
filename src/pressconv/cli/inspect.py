"""``pressconv inspect``: show what the parser understood (native dump, or the model as JSON)."""

from __future__ import annotations

from pathlib import Path

import typer


def inspect(
    path: Path = typer.Argument(..., help="A release text file."),
    as_json: bool = typer.Option(False, "--json", help="Print the model as JSON (schema pressconv.release/1)."),
) -> None:
    """Show the parsed release and the parser's diagnostics."""
    raise NotImplementedError  # filled in by the parser work (issue 2)


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    app.command("inspect")(inspect)
