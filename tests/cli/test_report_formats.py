"""The JSON and JUnit reports built from result records (in-process; the CLI runs are in test_batch_cli)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from pressconv.diagnostics import Diagnostic, RemovedLine
from pressconv.report import (
    ErrorInfo,
    FileResult,
    FormatFailure,
    OutputRecord,
    json_report,
    junit_report,
    summarise,
)
from tests.cli.reportschema import validate_report


def _results() -> list[FileResult]:
    good = FileResult(
        index=0,
        name="in/good.txt",
        outputs=[OutputRecord(fmt="html", path="out/good.html", sha256="a" * 64, size=10)],
        diagnostics=(Diagnostic(level="warning", code="date.missing", message="no date found", line=3),),
        removed=(RemovedLine(line=1, text="Direkt zum Inhalt", reason="web navigation"),),
        encoding="utf-8",
        timings={"parse": 0.01, "total": 0.02},
        status="warnings",
    )
    bad = FileResult(
        index=1,
        name="in/bad.txt",
        status="failed",
        exit_code=4,
        error=ErrorInfo(message="this is a PDF, not a plain-text release", exit_code=4),
    )
    half = FileResult(
        index=2,
        name="in/half.txt",
        status="failed",
        exit_code=1,
        outputs=[OutputRecord(fmt="html", path="out/half.html", sha256="b" * 64, size=3)],
        failures=[FormatFailure(fmt="pdf", error=ErrorInfo(message="the pdf writer failed: boom", exit_code=1))],
    )
    skipped = FileResult(index=3, name="in/later.txt", status="skipped")
    return [half, good, skipped, bad]


def test_json_report_is_ordered_by_input_and_matches_the_schema() -> None:
    results = _results()
    summary = summarise(results, 1.5, 4, interrupted=False)
    report = json.loads(json_report(results, summary, formats=("html", "pdf"), version="0.1.0"))
    validate_report(report)
    assert [f["input"] for f in report["files"]] == [
        "in/good.txt",
        "in/bad.txt",
        "in/half.txt",
        "in/later.txt",
    ]
    assert report["summary"] == {
        "files": 4,
        "succeeded": 1,
        "outputs": 2,
        "warnings": 1,
        "failures": 2,
        "skipped": 1,
        "seconds": 1.5,
        "exit_code": 4,
        "interrupted": False,
    }
    assert report["files"][1]["error"]["kind"] == "bad-input"
    assert report["files"][0]["removed"] == [{"line": 1, "text": "Direkt zum Inhalt", "reason": "web navigation"}]
    assert report["files"][2]["failed_formats"][0]["format"] == "pdf"


def test_junit_xml_parses_and_names_each_failure() -> None:
    results = _results()
    xml = junit_report(results, summarise(results, 1.5, 4, interrupted=False))
    root = ET.fromstring(xml)
    assert root.tag == "testsuites"
    suite = root.find("testsuite")
    assert suite is not None
    assert suite.get("tests") == "4" and suite.get("failures") == "2" and suite.get("skipped") == "1"
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert set(cases) == {"in/good.txt", "in/bad.txt", "in/half.txt", "in/later.txt"}
    bad_failure = cases["in/bad.txt"].find("failure")
    assert bad_failure is not None
    assert bad_failure.get("message") == "this is a PDF, not a plain-text release"
    assert bad_failure.get("type") == "bad-input"
    half_failure = cases["in/half.txt"].find("failure")
    assert half_failure is not None and "[pdf] the pdf writer failed: boom" in (half_failure.text or "")
    assert cases["in/good.txt"].find("failure") is None
    assert "in/good.txt:3: warning: no date found [date.missing]" in (cases["in/good.txt"].findtext("system-out") or "")
    assert cases["in/later.txt"].find("skipped") is not None
