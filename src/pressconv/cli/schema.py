"""``pressconv schema``: print the published JSON Schema of the release model or of the batch report."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer


class SchemaName(StrEnum):
    """The JSON documents pressconv writes: the model (`--to json`, `inspect --json`) and `--report`."""

    release = "release"
    report = "report"


def schema(
    name: Annotated[
        SchemaName,
        typer.Argument(metavar="release|report", help="release: pressconv.release/1; report: pressconv.report/1."),
    ],
) -> None:
    """Print the JSON Schema (draft 2020-12) of the release model or of the report."""
    from pressconv.schemas import schema_text

    typer.echo(schema_text(name.value), nl=False)


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    from pressconv.cli._command import PlainUsageCommand

    app.command("schema", cls=PlainUsageCommand)(schema)
