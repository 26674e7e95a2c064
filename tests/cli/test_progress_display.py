"""Progress display: a rich bar only for batches on a terminal outside CI; plain lines otherwise."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from pressconv.diagnostics import Diagnostic
from pressconv.progress import PlainProgress, RichProgress, format_summary, make_progress
from pressconv.report import FileResult, OutputRecord, summarise


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_batch_on_a_terminal_gets_a_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert isinstance(make_progress(5, _Terminal(), _Terminal()), RichProgress)
    # One file, --quiet, or a log instead of a terminal: plain lines.
    assert isinstance(make_progress(1, _Terminal(), _Terminal()), PlainProgress)
    assert isinstance(make_progress(5, _Terminal(), _Terminal(), quiet=True), PlainProgress)
    assert isinstance(make_progress(5, io.StringIO(), io.StringIO()), PlainProgress)


def test_ci_true_means_plain_lines_even_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    assert isinstance(make_progress(5, _Terminal(), _Terminal()), PlainProgress)


def test_plain_lines_and_summary() -> None:
    out, err = io.StringIO(), io.StringIO()
    display = PlainProgress(out, err)
    result = FileResult(
        index=0,
        name="in/a.txt",
        outputs=[OutputRecord(fmt="html", path="out/a.html", sha256="0" * 64, size=1)],
        diagnostics=(Diagnostic(level="warning", code="date.missing", message="no date found", line=2),),
    )
    display.start(1)
    display.file_done(result)
    display.finish(summarise([result], 0.5, 0, interrupted=False))
    assert out.getvalue() == "in/a.txt: wrote out/a.html\n"
    assert "in/a.txt:2: warning: no date found [date.missing]" in err.getvalue()
    assert "pressconv: 1 file, 1 output, 1 warning, 0 failed in 0.5 s" in err.getvalue()


def test_summary_line_names_files_outputs_warnings_failures_and_time() -> None:
    results = [FileResult(index=0, name="a", status="failed", exit_code=4), FileResult(index=1, name="b")]
    text = format_summary(summarise(results, 12.0, 4, interrupted=True))
    assert text == "interrupted: 2 files, 0 outputs, 0 warnings, 1 failed in 12.0 s"


def test_rich_is_not_imported_by_the_cli_modules() -> None:
    code = (
        "import sys, pressconv.cli.app, pressconv.progress, pressconv.batch, pressconv.report;"
        "print(any(m == 'rich' or m.startswith('rich.') for m in sys.modules))"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert completed.stdout.strip() == "False"
