"""The Typer application, its commands, and the one error boundary that turns errors into exit codes."""

from __future__ import annotations

import os
import sys
import traceback
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    # Typer 0.28 vendors click as typer._click (it no longer depends on click).
    pass

from pressconv.errors import ExitCode, PressconvError

app = typer.Typer(
    name="pressconv",
    help="Turn plain-text press releases into accessible HTML, PDF/UA, EPUB, DOCX and Leichte Sprache.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version_callback(value: bool) -> None:
    if value:
        from pressconv import __version__

        typer.echo(f"pressconv {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", "-V", help="Show the version and exit.", callback=_version_callback, is_eager=True
    ),
) -> None:
    """Turn plain-text press releases into accessible HTML, PDF/UA, EPUB, DOCX and Leichte Sprache."""


def _register_commands() -> None:
    # Each command lives in its own module; importing them is cheap because they import the
    # pipeline (and any writer) only inside the command function.
    from pressconv.cli import check as check_command
    from pressconv.cli import config as config_command
    from pressconv.cli import convert as convert_command
    from pressconv.cli import easy as easy_command
    from pressconv.cli import formats as formats_command
    from pressconv.cli import inspect as inspect_command
    from pressconv.cli import schema as schema_command

    convert_command.register(app)
    inspect_command.register(app)
    formats_command.register(app)
    easy_command.register(app)
    check_command.register(app)
    schema_command.register(app)
    config_command.register(app)


_register_commands()


def report_error(error: PressconvError) -> None:
    """Print a user-facing error as one line (plus an optional hint line), never a traceback."""
    from pressconv.messages import colour, colour_enabled

    enabled = colour_enabled(sys.stderr)
    typer.echo(colour(f"pressconv: error: {error.message}", enabled), err=True)
    if error.hint:
        typer.echo(colour(f"pressconv: hint: {error.hint}", enabled), err=True)


def main() -> None:
    """Console-script entry point: run the app inside the error boundary and exit with DESIGN §7 codes."""
    try:
        app(standalone_mode=True)
    except PressconvError as error:
        report_error(error)
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        typer.echo("pressconv: interrupted", err=True)
        sys.exit(ExitCode.INTERRUPTED)
    except Exception as exc:  # the last line of defence: a bug, reported without a wall of text
        if os.environ.get("PRESSCONV_DEBUG"):
            traceback.print_exc()
        typer.echo(
            f"pressconv: internal error: {type(exc).__name__}: {exc} "
            "(a bug in pressconv; set PRESSCONV_DEBUG=1 for details and please report it)",
            err=True,
        )
        sys.exit(ExitCode.INTERNAL)
