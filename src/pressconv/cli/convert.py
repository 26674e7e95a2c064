"""``pressconv convert``: read releases, render them into the requested formats, write outputs atomically."""

from __future__ import annotations

from pathlib import Path

import typer

from pressconv.errors import ExitCode, InputError, PressconvError, UsageError

_TO_HELP = "Formats, comma-separated (html, pdf, epub, docx, easy, json) or 'all'."


def parse_formats(value: str) -> list[str]:
    """Split ``--to`` into format names; ``all`` means every publishing format."""
    from pressconv.registry import ALL_FORMATS

    names: list[str] = []
    for part in value.split(","):
        name = part.strip().lower()
        if not name:
            continue
        for expanded in ALL_FORMATS if name == "all" else (name,):
            if expanded not in names:
                names.append(expanded)
    if not names:
        raise UsageError("--to names no format")
    return names


def collect_inputs(paths: list[Path], pattern: str = "*.txt") -> list[tuple[Path, Path]]:
    """Expand files and folders into (input file, path relative to its root) pairs, sorted."""
    found: list[tuple[Path, Path]] = []
    for given in paths:
        if given.is_dir():
            found.extend((p, p.relative_to(given)) for p in sorted(given.rglob(pattern)) if p.is_file())
        elif given.is_file():
            found.append((given, Path(given.name)))
        else:
            raise InputError(f"{given}: no such file or folder")
    return found


def output_path(source: Path, relative: Path, extension: str, out_dir: Path | None) -> Path:
    """Name the output after the input (``release.txt`` -> ``release.pdf``), mirrored under ``out_dir``."""
    name = relative.with_suffix("").name + "." + extension
    if out_dir is None:
        return source.with_name(name)
    return out_dir / relative.parent / name


def convert(
    inputs: list[Path] = typer.Argument(..., help="Release text files or folders of them."),
    to: str = typer.Option("html", "--to", "-t", help=_TO_HELP, envvar="PRESSCONV_TO"),
    out_dir: Path | None = typer.Option(
        None, "--out-dir", "-o", help="Write outputs here (mirrors folders).", envvar="PRESSCONV_OUT_DIR"
    ),
    force: bool = typer.Option(False, "--force", "-f", help="Overwrite existing outputs."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print errors only."),
) -> None:
    """Convert releases into accessible formats; outputs are named after the inputs."""
    from pressconv.api import convert as convert_release
    from pressconv.atomic import write_atomic
    from pressconv.cli.app import report_error

    formats = parse_formats(to)
    worst = ExitCode.OK
    for source, relative in collect_inputs(inputs):
        try:
            data = source.read_bytes()
            result = convert_release(data, formats, path=str(source), stem=relative.with_suffix("").name)
            for diagnostic in result.diagnostics:
                if not quiet or diagnostic.level == "error":
                    typer.echo(diagnostic.format(str(source)), err=True)
            written: list[str] = []
            for output in result.outputs:
                target = output_path(source, relative, output.extension, out_dir)
                write_atomic(target, output.data, force=force)
                written.append(str(target))
            if not quiet:
                typer.echo(f"{source}: wrote {', '.join(written)}")
        except PressconvError as error:
            error.message = f"{source}: {error.message}"
            report_error(error)
            worst = max(worst, error.exit_code)
        except OSError as exc:
            typer.echo(f"pressconv: error: {source}: {exc.strerror or exc}", err=True)
            worst = max(worst, ExitCode.BAD_INPUT)
    if worst:
        raise typer.Exit(worst)


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    app.command("convert")(convert)
