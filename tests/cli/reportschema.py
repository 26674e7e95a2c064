"""A small structural check of the JSON report (schema ``pressconv.report/1``), shared by the CLI tests."""

from __future__ import annotations

import re
from typing import Any

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_STATUSES = {"ok", "warnings", "failed", "skipped"}
_LEVELS = {"error", "warning", "info"}


def _expect(condition: bool, where: str, what: str) -> None:
    if not condition:
        raise AssertionError(f"report {where}: {what}")


def _keys(obj: Any, where: str, required: dict[str, type | tuple[type, ...]]) -> None:
    _expect(isinstance(obj, dict), where, f"must be an object, is {type(obj).__name__}")
    missing = set(required) - set(obj)
    extra = set(obj) - set(required)
    _expect(not missing, where, f"missing keys {sorted(missing)}")
    _expect(not extra, where, f"unexpected keys {sorted(extra)}")
    for key, kinds in required.items():
        value = obj[key]
        _expect(isinstance(value, kinds), f"{where}.{key}", f"has type {type(value).__name__}, expected {kinds}")
        _expect(
            not (isinstance(value, bool) and bool not in (kinds if isinstance(kinds, tuple) else (kinds,))),
            f"{where}.{key}",
            "is a boolean where a number is expected",
        )


_ERROR: dict[str, type | tuple[type, ...]] = {
    "message": str,
    "hint": (str, type(None)),
    "exit_code": int,
    "kind": str,
}


def validate_published(document: Any, name: str) -> None:
    """Validate ``document`` against the schema pressconv publishes (``pressconv schema NAME``)."""
    import jsonschema

    from pressconv.schemas import schema

    validator = jsonschema.Draft202012Validator(schema(name), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    assert not errors, f"{name} schema: {'/'.join(map(str, errors[0].absolute_path))}: {errors[0].message}"


def validate_report(report: Any) -> None:
    """Raise AssertionError naming the first place where ``report`` does not match the schema."""
    validate_published(report, "report")
    _keys(report, "", {"schema": str, "pressconv": str, "formats": list, "summary": dict, "files": list})
    _expect(report["schema"] == "pressconv.report/1", "schema", f"is {report['schema']!r}")
    _keys(
        report["summary"],
        "summary",
        {
            "files": int,
            "succeeded": int,
            "outputs": int,
            "warnings": int,
            "failures": int,
            "skipped": int,
            "seconds": (int, float),
            "exit_code": int,
            "interrupted": bool,
        },
    )
    _expect(report["summary"]["files"] == len(report["files"]), "summary.files", "differs from len(files)")
    for i, entry in enumerate(report["files"]):
        where = f"files[{i}]"
        _keys(
            entry,
            where,
            {
                "input": str,
                "status": str,
                "exit_code": int,
                "error": (dict, type(None)),
                "encoding": (str, type(None)),
                "outputs": list,
                "failed_formats": list,
                "diagnostics": list,
                "removed": list,
                "timings": dict,
            },
        )
        _expect(entry["status"] in _STATUSES, f"{where}.status", f"is {entry['status']!r}")
        # Promoted warnings exit 3 and stay "warnings"; any other non-zero exit is a failed file.
        _expect((entry["status"] == "failed") == (entry["exit_code"] not in (0, 3)), where, "status and exit_code disagree")
        if entry["error"] is not None:
            _keys(entry["error"], f"{where}.error", _ERROR)
        for j, output in enumerate(entry["outputs"]):
            _keys(
                output,
                f"{where}.outputs[{j}]",
                {"format": str, "path": str, "sha256": str, "bytes": int, "summary": bool},
            )
            _expect(bool(_SHA256.match(output["sha256"])), f"{where}.outputs[{j}].sha256", "is not a sha256")
        for j, failure in enumerate(entry["failed_formats"]):
            _keys(failure, f"{where}.failed_formats[{j}]", {"format": str, "summary": bool, **_ERROR})
        for j, diagnostic in enumerate(entry["diagnostics"]):
            _keys(
                diagnostic,
                f"{where}.diagnostics[{j}]",
                {"level": str, "code": str, "message": str, "line": (int, type(None))},
            )
            _expect(diagnostic["level"] in _LEVELS, f"{where}.diagnostics[{j}].level", "unknown level")
        for j, removed in enumerate(entry["removed"]):
            _keys(removed, f"{where}.removed[{j}]", {"line": int, "text": str, "reason": str})
        for key, seconds in entry["timings"].items():
            _expect(isinstance(seconds, int | float) and seconds >= 0, f"{where}.timings.{key}", "not a duration")
