"""The forked PDF process of a single-release run (issue 21): same bytes, same errors, nothing left behind.

The in-process tests fork from the test process itself (the child inherits any monkeypatch, which is
how a failing render is arranged in it); the command-line tests run ``python -m pressconv`` from this
checkout in a session of its own, so that a Ctrl-C can go to the whole process group as a terminal's
does and every process of the run can be looked for afterwards.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pressconv.batch import BatchSettings, JobOutcome, plan_batch, render_job
from pressconv.errors import WriterError
from pressconv.writers import _pdf_child, pdf
from pressconv.writers._pdf_child import PdfProcess, serve_pdf, start_pdf_process
from tests.fixtures.processes import group_alive

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "examples" / "de-city-dortmund-seed.txt"
FOUR = ("html", "pdf", "epub", "docx")
EXTENSIONS = {fmt: fmt for fmt in FOUR}

# The suite runs on Linux (make setup installs with apt-get): no skip. The CLI tests below need the
# real decision to fork, which also asks for two CPUs; on one CPU they fail rather than pass unseen.
assert _pdf_child.can_fork(), "the PDF process needs Linux and os.fork"


def _forks_for_real() -> None:
    assert _pdf_child.spare_cpu(), "the CLI forks the PDF process only with two CPUs; this machine has one"


@pytest.fixture(autouse=True)
def _epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def _outcome(tmp_path: Path, *, forked: bool, formats: tuple[str, ...] = FOUR) -> JobOutcome:
    settings = BatchSettings(formats=formats, out_dir=tmp_path / "out")
    (job,) = plan_batch([SEED], settings, extensions=EXTENSIONS).jobs
    if not forked:
        return render_job(job, settings)
    with PdfProcess(serve_pdf) as process:
        return render_job(job, settings, process)


def _facts(outcome: JobOutcome) -> tuple[object, ...]:
    rendered = tuple((r.target.fmt, r.data, r.error) for r in outcome.rendered)
    return rendered, outcome.result.diagnostics, outcome.result.error


@pytest.mark.parametrize("formats", [FOUR, ("docx", "epub", "html", "pdf")])
def test_forked_pdf_gives_the_same_outputs_and_diagnostics(formats: tuple[str, ...], tmp_path: Path) -> None:
    # The PDF is handed over first whatever its place; outputs and diagnostics keep the target order.
    alone = _outcome(tmp_path, forked=False, formats=formats)
    forked = _outcome(tmp_path, forked=True, formats=formats)
    assert [r.target.fmt for r in forked.rendered] == list(formats)
    pdf_bytes = dict((r.target.fmt, r.data) for r in forked.rendered)["pdf"]
    assert pdf_bytes is not None and pdf_bytes.startswith(b"%PDF-")
    assert _facts(forked) == _facts(alone)


def test_diagnostics_of_every_format_keep_the_target_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Each writer reports one diagnostic naming its format (the PDF's from inside the child, which
    # inherits the patch): the forked run must list them in target order, like the run without it.
    from pressconv.writers import docx, epub, html

    def reporting(module: object, name: str, fmt: str) -> None:
        original = getattr(module, name)

        def wrapped(*args: object, **kwargs: object) -> object:
            ctx = next(a for a in (*args, *kwargs.values()) if hasattr(a, "reporter"))
            ctx.reporter.add("info", f"test.{fmt}", f"rendered by the {fmt} writer")
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapped)

    reporting(pdf, "html_to_pdf", "pdf")
    reporting(html.HtmlWriter, "render", "html")
    reporting(epub.EpubWriter, "render", "epub")
    reporting(docx.DocxWriter, "render", "docx")
    formats = ("docx", "pdf", "html", "epub")
    alone = _outcome(tmp_path, forked=False, formats=formats)
    forked = _outcome(tmp_path, forked=True, formats=formats)
    codes = [d.code for d in forked.result.diagnostics if d.code.startswith("test.")]
    assert codes == [f"test.{fmt}" for fmt in formats]
    assert _facts(forked) == _facts(alone)


def test_a_crash_in_the_child_is_the_writer_error_of_a_run_without_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("layout exploded")

    monkeypatch.setattr(pdf, "html_to_pdf", crash)
    alone = _outcome(tmp_path, forked=False)
    forked = _outcome(tmp_path, forked=True)
    errors = {r.target.fmt: r.error for r in forked.rendered if r.error is not None}
    assert list(errors) == ["pdf"]
    assert errors["pdf"] is not None
    assert errors["pdf"].message == "the pdf writer failed: RuntimeError: layout exploded"
    assert _facts(forked) == _facts(alone)


def test_an_expected_error_in_the_child_keeps_its_message_hint_and_exit_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> bytes:
        raise WriterError("the page is too wide", hint="use a narrower logo")

    monkeypatch.setattr(pdf, "html_to_pdf", refuse)
    alone = _outcome(tmp_path, forked=False, formats=("pdf",))
    forked = _outcome(tmp_path, forked=True, formats=("pdf",))
    (item,) = forked.rendered
    assert item.error is not None
    assert (item.error.message, item.error.hint, item.error.exit_code) == (
        "the page is too wide",
        "use a narrower logo",
        WriterError.exit_code,
    )
    assert _facts(forked) == _facts(alone)


def test_a_child_that_dies_without_an_answer_is_replaced_by_rendering_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The child dies while it would import WeasyPrint (killed, out of memory): this process renders.
    monkeypatch.setattr(_pdf_child, "_warm", lambda: os._exit(9))
    alone = _outcome(tmp_path, forked=False)
    forked = _outcome(tmp_path, forked=True)
    assert _facts(forked) == _facts(alone)


def test_only_a_single_input_with_a_pdf_and_two_jobs_forks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_pdf_child, "spare_cpu", lambda: True)
    assert start_pdf_process(("html",), [str(SEED)], None) is None
    assert start_pdf_process(("pdf",), [str(SEED)], 1) is None
    assert start_pdf_process(("pdf",), [str(SEED), str(SEED)], None) is None
    assert start_pdf_process(("pdf",), [str(REPO / "examples")], None) is None
    process = start_pdf_process(("html", "pdf"), [str(SEED)], None)
    assert isinstance(process, PdfProcess)
    assert process.serves(pdf.PdfWriter()) and not process.serves(object())
    process.close()


def test_close_kills_and_reaps_a_child_that_is_still_working() -> None:
    process = PdfProcess(serve_pdf)
    pid = process._pid
    assert pid is not None
    process.close()
    process.close()  # twice is harmless
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


# ---------------------------------------------------------------------------- the command line


def _cli(args: list[str], cwd: Path) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO / "src"),
        "SOURCE_DATE_EPOCH": "1700000000",
        "NO_COLOR": "1",
        "CI": "true",
    }
    env.pop("PRESSCONV_DEBUG", None)
    return subprocess.Popen(
        [sys.executable, "-m", "pressconv", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(part) for part in text.split()]


def test_cli_outputs_are_byte_identical_with_and_without_the_child(tmp_path: Path) -> None:
    _forks_for_real()
    runs = {}
    for name, extra in (("forked", []), ("alone", ["--jobs", "1"])):
        process = _cli(["convert", str(SEED), "--to", ",".join(FOUR), "-d", str(tmp_path / name), *extra], tmp_path)
        stdout, stderr = process.communicate(timeout=120)
        assert process.returncode == 0, stderr
        assert not group_alive(process.pid), "a process of the run outlived it"
        runs[name] = (stdout.replace(str(tmp_path / name), "OUT"), stderr)
    assert runs["forked"] == runs["alone"]
    for fmt in FOUR:
        name = f"{SEED.stem}.{fmt}"
        assert (tmp_path / "forked" / name).read_bytes() == (tmp_path / "alone" / name).read_bytes(), fmt


def test_cli_error_after_the_fork_leaves_no_process_behind(tmp_path: Path) -> None:
    _forks_for_real()
    # --report into a folder that does not exist is refused after the PDF process has started.
    process = _cli(
        ["convert", str(SEED), "--to", "pdf", "-d", str(tmp_path / "out"), "--report", str(tmp_path / "no" / "r.json")],
        tmp_path,
    )
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 2, stderr
    assert stderr.startswith("pressconv: error: --report"), stderr
    assert not group_alive(process.pid)


def _long_run(tmp_path: Path) -> tuple[subprocess.Popen[str], int, Path]:
    """A run whose PDF takes seconds (issue 15: bullets are WeasyPrint's slow case), caught while the
    child is inside WeasyPrint's layout; returns the process, the child's pid and the output folder."""
    source = tmp_path / "long.txt"
    source.write_text(
        "Stadt baut Radwege\n\nBerlin, 12.03.2024\n\n" + "".join(f"- Punkt {i}\n" for i in range(3000)),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    process = _cli(["convert", str(source), "--to", "html,pdf", "-d", str(out)], tmp_path)
    deadline = time.monotonic() + 60
    children: list[int] = []
    while time.monotonic() < deadline and process.poll() is None and not children:
        children = _children(process.pid)
        time.sleep(0.05)
    assert children, "the PDF process was not started"
    time.sleep(2.0)  # past the child's imports, into the layout of 3000 list items
    assert process.poll() is None, "the run finished before it could be interrupted"
    return process, children[0], out


def _gone(pid: int, wait: float = 10) -> bool:
    """True once the process has ended (no longer in /proc, or a zombie nobody reaped yet)."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return True
        if state == "Z":
            return True
        time.sleep(0.05)
    return False


@pytest.mark.slow
def test_a_killed_parent_takes_the_child_with_it(tmp_path: Path) -> None:
    _forks_for_real()
    process, child, _ = _long_run(tmp_path)
    try:
        os.kill(process.pid, signal.SIGKILL)
        process.communicate(timeout=60)
        assert _gone(child), "the PDF process outlived its killed parent"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)


@pytest.mark.slow
@pytest.mark.parametrize("twice", [False, True])
def test_ctrl_c_while_the_child_renders_kills_it_and_exits_130(twice: bool, tmp_path: Path) -> None:
    _forks_for_real()
    process, child, out = _long_run(tmp_path)
    try:
        os.killpg(process.pid, signal.SIGINT)
        if twice:  # a double Ctrl-C: the second one exits at once
            time.sleep(0.05)
            os.killpg(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    # A second Ctrl-C may land before the first one's summary is printed ("stopped at once").
    assert twice or "interrupted" in stderr, stderr
    assert _gone(child), "the PDF process outlived the interrupted run"
    assert not group_alive(process.pid), "a process of the interrupted run is still there"
    # The outputs of one input are written together after its render: none, and no temporary file.
    assert not out.exists() or list(out.iterdir()) == []
