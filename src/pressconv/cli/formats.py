"""``pressconv formats``: list builtin and plugin writers and whether their dependencies are installed."""

from __future__ import annotations

import typer


def formats() -> None:
    """List the output formats, their file extensions and whether they can run here."""
    from pressconv.registry import available_formats

    infos = available_formats()
    # Columns as wide as their longest entry: plugin names and extensions (.leicht.html) vary.
    name_width = max(8, *(len(i.name) for i in infos))
    ext_width = max(6, *(len(i.extension) + 1 for i in infos))
    origin_width = max(12, *(len(i.origin) for i in infos))
    for info in infos:
        if info.installed:
            state = "ready"
        elif info.missing:
            state = f"missing: {', '.join(info.missing)}" + (f"; {info.hint}" if info.hint else "")
        else:
            state = f"unusable: {info.hint}"
        extension = "." + info.extension
        name, origin = info.name, info.origin
        typer.echo(f"{name:<{name_width}} {extension:<{ext_width}} {origin:<{origin_width}} {state}")


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    from pressconv.cli._command import PlainUsageCommand

    app.command("formats", cls=PlainUsageCommand)(formats)
