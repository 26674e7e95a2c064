"""``pressconv easy``: print the Leichte Sprache / Easy Read summary of a release and its readability."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


class SeparatorStyle(StrEnum):
    """How long compounds are split: Ober·bürger·meister or Ober-Bürger-Meister."""

    mediopunkt = "mediopunkt"
    hyphen = "hyphen"


class EasyEngine(StrEnum):
    """Who writes the summary: the offline rule engine, or the configured language model (verified)."""

    rules = "rules"
    llm = "llm"


ENGINE_HELP = (
    "Who writes the Leichte-Sprache summary: rules (offline, the default) or llm (the [easy] endpoint "
    "in pressconv.toml; its answer must pass the same verifier). Default: the config's [easy] engine."
)


def _format_report(data: dict[str, object]) -> str:
    source = data["source"]
    summary = data["summary"]
    assert isinstance(source, dict) and isinstance(summary, dict)
    rows = [
        ("sentences", "sentences"),
        ("words per sentence, max", "max_words"),
        ("words per sentence, mean", "mean_words"),
        ("share of sentences <= 8 words", "share_le_8"),
        ("share of sentences <= 12 words", "share_le_12"),
        ("Flesch-Amstad" if data["language"] == "de" else "Flesch reading ease", "flesch"),
        ("Wiener Sachtextformel (1st)", "wstf1"),
    ]
    lines = [f"{'':34} {'source':>10} {'summary':>10}"]
    for label, key in rows:
        lines.append(f"{label:34} {source[key]!s:>10} {summary[key]!s:>10}")
    lines.append("rule findings:")
    source_findings, summary_findings = source["findings"], summary["findings"]
    assert isinstance(source_findings, dict) and isinstance(summary_findings, dict)
    for kind in summary_findings:
        lines.append(f"  {kind:32} {source_findings.get(kind, '-')!s:>10} {summary_findings[kind]!s:>10}")
    dropped = data.get("dropped")
    if isinstance(dropped, dict):
        # The verifier's work: sentences left out, by the check they failed (DESIGN §6).
        checks = ", ".join(f"{k} {v}" for k, v in sorted(dropped["by_check"].items()))
        lines.append(f"kind: {data.get('kind')}; left out: {dropped['count']} ({checks or 'none'})")
    facts = data["facts_kept"]
    assert isinstance(facts, dict)
    lines.append(f"facts kept: {facts['kept']}/{facts['total']}")
    for item in facts["facts"]:
        lines.append(f"  [{'x' if item['kept'] else ' '}] {item['fact']}")
    unexplained = data["hard_words_unexplained"]
    if unexplained:
        lines.append(f"hard words without explanation: {', '.join(map(str, unexplained))}")  # type: ignore[call-overload]
    return "\n".join(lines)


def easy(
    path: Annotated[str, typer.Argument(metavar="RELEASE", help="A release text file, or '-' for standard input.")],
    report: Annotated[bool, typer.Option("--report", help="Also print readability figures for source and summary.")] = False,
    report_json: Annotated[
        Path | None, typer.Option("--report-json", metavar="FILE", help="Write the readability report as JSON.")
    ] = None,
    separator: Annotated[
        SeparatorStyle,
        typer.Option(
            "--separator", metavar="STYLE", help="Split compounds with a Mediopunkt (mediopunkt) or a hyphen (hyphen)."
        ),
    ] = SeparatorStyle.mediopunkt,
    easy_engine: Annotated[EasyEngine | None, typer.Option("--easy-engine", metavar="ENGINE", help=ENGINE_HELP)] = None,
    config: Annotated[
        Path | None,
        typer.Option("--config", "-c", metavar="FILE", help="pressconv.toml (default: found next to the release)."),
    ] = None,
) -> None:
    """Print the easy-language summary (Leichte Sprache / Easy Read) of a release."""
    from pressconv.api import parse
    from pressconv.atomic import write_atomic
    from pressconv.cli._input import read_release
    from pressconv.registry import get_writer
    from pressconv.transforms.easy import summarise, summary_text

    # The submodule, not a package attribute: importing pressconv.transforms.easy.report anywhere
    # would shadow a package function of the same name.
    from pressconv.transforms.easy.report import build_report

    get_writer("easy")  # exit 6 with the pip extra when the summary's modules are not installed
    from pressconv.config import choose_engine, load_config

    # The engine is settled (exit 2 for llm without endpoint) before the release is read.
    loaded = load_config(config, inputs=[Path(path)] if path != "-" else [])
    engine = choose_engine(loaded.easy, easy_engine.value if easy_engine else None)
    data, name, _source = read_release(path, command="easy")
    parsed = parse(data, path=name)
    style = "-" if separator is SeparatorStyle.hyphen else "·"
    if engine.llm is not None:
        from pressconv.transforms.easy.llm import summarise_llm

        result = summarise_llm(parsed.release, engine.llm, separator=style)
    else:
        result = summarise(parsed.release, separator=style)
    typer.echo(summary_text(result.release), nl=False)
    for diagnostic in result.diagnostics:
        typer.echo(diagnostic.format(name), err=True)
    if report or report_json:
        figures = build_report(result)
        if report:
            typer.echo("")
            typer.echo(_format_report(figures))
        if report_json:
            import json

            payload = json.dumps(figures, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
            write_atomic(report_json, payload.encode("utf-8"), force=True)


def register(app: typer.Typer) -> None:
    """Add the command to the application."""
    from pressconv.cli._command import PlainUsageCommand

    app.command("easy", cls=PlainUsageCommand)(easy)
