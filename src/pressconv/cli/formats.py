"""``pressconv formats``: list builtin and plugin writers and whether their dependencies are installed."""

from __future__ import annotations

import typer


def formats() -> None:
    """List the output formats, their file extensions and whether they can run here."""
    from pressconv.registry import available_formats

    for info in available_formats():
        state = "ready" if info.installed else f"missing: {', '.join(info.missing)}"
        typer.echo(f"{info.name:<8} .{info.extension:<6} {info.origin:<12} {state}")


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    app.command("formats")(formats)
