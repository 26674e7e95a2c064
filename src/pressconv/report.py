"""What a batch did, per input: the result records, the end summary, and the JSON and JUnit reports.

The JSON report (schema ``pressconv.report/1``) is for scripts; the JUnit XML is for CI systems
(GitLab, Jenkins, GitHub test reporters), which show each input as a test case and failures natively.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeAlias

from pressconv.atomic import write_atomic
from pressconv.diagnostics import Diagnostic, RemovedLine
from pressconv.errors import ExitCode

__all__ = [
    "REPORT_SCHEMA",
    "BatchSummary",
    "ErrorInfo",
    "FileResult",
    "FormatFailure",
    "OutputRecord",
    "Status",
    "exit_code_name",
    "json_report",
    "junit_report",
    "summarise",
    "write_report",
]

REPORT_SCHEMA = "pressconv.report/1"

# ok: every output written, no warnings; warnings: written, with warnings; failed: an error stopped
# the file or one of its formats; skipped: never started (--fail-fast or Ctrl-C stopped the batch).
Status: TypeAlias = Literal["ok", "warnings", "failed", "skipped"]

_EXIT_NAMES: dict[int, str] = {
    ExitCode.OK: "ok",
    ExitCode.WRITER_FAILED: "writer-failed",
    ExitCode.USAGE: "usage",
    ExitCode.WARNINGS_PROMOTED: "warnings-promoted",
    ExitCode.BAD_INPUT: "bad-input",
    ExitCode.UNKNOWN_FORMAT: "unknown-format",
    ExitCode.MISSING_DEPENDENCY: "missing-dependency",
    ExitCode.INTERNAL: "internal-error",
}


def exit_code_name(code: int) -> str:
    """Return the stable, readable name of a DESIGN §7 exit code (``bad-input`` for 4)."""
    return _EXIT_NAMES.get(code, f"exit-{code}")


@dataclass(frozen=True, slots=True, kw_only=True)
class ErrorInfo:
    """An error as plain data (exceptions do not survive pickling between processes intact)."""

    message: str
    exit_code: int
    hint: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class OutputRecord:
    """One output file that was written, with the hash a CI job can compare across runs."""

    fmt: str
    path: str
    sha256: str
    size: int
    summary: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class FormatFailure:
    """One format of one input that could not be rendered or written."""

    fmt: str
    error: ErrorInfo
    summary: bool = False


@dataclass(slots=True, kw_only=True)
class FileResult:
    """Everything that happened to one input."""

    index: int
    name: str
    status: Status = "ok"
    exit_code: int = ExitCode.OK
    error: ErrorInfo | None = None
    outputs: list[OutputRecord] = field(default_factory=list)
    failures: list[FormatFailure] = field(default_factory=list)
    diagnostics: tuple[Diagnostic, ...] = ()
    removed: tuple[RemovedLine, ...] = ()
    encoding: str | None = None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def warning_count(self) -> int:
        """How many diagnostics of level warning this input produced."""
        return sum(1 for d in self.diagnostics if d.level == "warning")


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchSummary:
    """The end-of-run figures the progress display and both reports show."""

    files: int
    succeeded: int
    outputs: int
    warnings: int
    failures: int
    skipped: int
    seconds: float
    exit_code: int
    interrupted: bool = False


def summarise(results: list[FileResult], seconds: float, exit_code: int, *, interrupted: bool) -> BatchSummary:
    """Count files, outputs, warnings, failures and skipped inputs."""
    return BatchSummary(
        files=len(results),
        succeeded=sum(1 for r in results if r.status in ("ok", "warnings")),
        outputs=sum(len(r.outputs) for r in results),
        warnings=sum(r.warning_count for r in results),
        failures=sum(1 for r in results if r.status == "failed"),
        skipped=sum(1 for r in results if r.status == "skipped"),
        seconds=round(seconds, 3),
        exit_code=exit_code,
        interrupted=interrupted,
    )


def _error_json(error: ErrorInfo) -> dict[str, object]:
    return {
        "message": error.message,
        "hint": error.hint,
        "exit_code": error.exit_code,
        "kind": exit_code_name(error.exit_code),
    }


def _file_json(result: FileResult) -> dict[str, object]:
    return {
        "input": result.name,
        "status": result.status,
        "exit_code": result.exit_code,
        "error": _error_json(result.error) if result.error else None,
        "encoding": result.encoding,
        "outputs": [
            {"format": o.fmt, "path": o.path, "sha256": o.sha256, "bytes": o.size, "summary": o.summary}
            for o in result.outputs
        ],
        "failed_formats": [{"format": f.fmt, "summary": f.summary, **_error_json(f.error)} for f in result.failures],
        "diagnostics": [
            {"level": d.level, "code": d.code, "message": d.message, "line": d.line} for d in result.diagnostics
        ],
        "removed": [{"line": r.line, "text": r.text, "reason": r.reason} for r in result.removed],
        "timings": {key: round(value, 4) for key, value in result.timings.items()},
    }


def json_report(results: list[FileResult], summary: BatchSummary, *, formats: tuple[str, ...], version: str) -> str:
    """Return the JSON report: one entry per input, in input order, plus the summary."""
    document = {
        "schema": REPORT_SCHEMA,
        "pressconv": version,
        "formats": list(formats),
        "summary": {
            "files": summary.files,
            "succeeded": summary.succeeded,
            "outputs": summary.outputs,
            "warnings": summary.warnings,
            "failures": summary.failures,
            "skipped": summary.skipped,
            "seconds": summary.seconds,
            "exit_code": summary.exit_code,
            "interrupted": summary.interrupted,
        },
        "files": [_file_json(r) for r in sorted(results, key=lambda r: r.index)],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _junit_details(result: FileResult) -> str:
    lines = [d.format(result.name) for d in result.diagnostics]
    lines += [f"{result.name}: error: [{f.fmt}] {f.error.message}" for f in result.failures]
    if result.error is not None:
        lines.append(f"{result.name}: error: {result.error.message}")
        if result.error.hint:
            lines.append(f"hint: {result.error.hint}")
    return "\n".join(lines)


def junit_report(results: list[FileResult], summary: BatchSummary) -> str:
    """Return JUnit XML: one test case per input; failed inputs carry a <failure> naming the reason."""
    ordered = sorted(results, key=lambda r: r.index)
    suite = ET.Element(
        "testsuite",
        {
            "name": "pressconv convert",
            "tests": str(len(ordered)),
            "failures": str(summary.failures),
            "errors": "0",
            "skipped": str(summary.skipped),
            "time": f"{summary.seconds:.3f}",
        },
    )
    for result in ordered:
        case = ET.SubElement(
            suite,
            "testcase",
            {
                "classname": "pressconv.convert",
                "name": result.name,
                "time": f"{result.timings.get('total', 0.0):.3f}",
            },
        )
        # Promoted warnings (exit 3) leave the file's status "warnings" but fail the CI test case.
        if result.status == "failed" or result.exit_code != ExitCode.OK:
            first = result.error or (result.failures[0].error if result.failures else None)
            promoted = f"{result.warning_count} warning(s), promoted by --fail-on warning"
            fallback = promoted if result.exit_code == ExitCode.WARNINGS_PROMOTED else f"exit code {result.exit_code}"
            message = first.message if first else fallback
            failure = ET.SubElement(case, "failure", {"message": message, "type": exit_code_name(result.exit_code)})
            failure.text = _junit_details(result)
        elif result.status == "skipped":
            ET.SubElement(case, "skipped", {"message": "not converted: the batch stopped before this input"})
        written = "\n".join(f"wrote {o.path} sha256={o.sha256}" for o in result.outputs)
        details = _junit_details(result) if result.status != "failed" and not result.exit_code else ""
        if written or details:
            ET.SubElement(case, "system-out").text = "\n".join(p for p in (written, details) if p)
    root = ET.Element(
        "testsuites",
        {
            "name": "pressconv",
            "tests": str(len(ordered)),
            "failures": str(summary.failures),
            "time": f"{summary.seconds:.3f}",
        },
    )
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_report(
    path: Path,
    results: list[FileResult],
    summary: BatchSummary,
    *,
    report_format: Literal["json", "junit"],
    formats: tuple[str, ...],
    version: str,
) -> None:
    """Write the report atomically (a report is a log of this run: it replaces an older one)."""
    if report_format == "junit":
        text = junit_report(results, summary)
    else:
        text = json_report(results, summary, formats=formats, version=version)
    write_atomic(path, text.encode("utf-8"), force=True)
