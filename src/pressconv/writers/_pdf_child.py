"""A forked process that imports WeasyPrint and renders one release's PDF while the parent does the rest.

Issue 21: on one release, WeasyPrint's import (half a second, most of it ``dlopen`` of Pango and
fontconfig through cffi) used to come after our own imports, the parse and the cheap formats. A
thread cannot overlap it (the import holds the GIL; measured: no gain), a second process on a
second core can. The child is forked as soon as the command knows it will render a PDF, imports
WeasyPrint, pikepdf and the font configuration, and then renders the print HTML the parent sends
it (the parent keeps parsing, templating and the other formats). It sends back the PDF's bytes or
the error, and the diagnostics of the render, as plain pickled data; the parent writes the file,
through the same atomic path as every other output.

The child ignores SIGINT (the parent decides, as with the pool workers) and is killed and reaped
by ``close``, so a Ctrl-C, an error or the end of the command never leaves it behind. If it dies
without an answer (killed, out of memory), the parent renders the PDF itself: the outcome is
exactly that of a run without the child.
"""

from __future__ import annotations

import gc
import os
import pickle
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

from pressconv.diagnostics import Diagnostic, Reporter
from pressconv.errors import PressconvError

if TYPE_CHECKING:
    from pressconv.report import ErrorInfo

__all__ = ["PdfAnswer", "PdfProcess", "can_fork", "serve_pdf", "spare_cpu", "start_pdf_process", "writer_error"]

# Each message is a pickle preceded by its length (8 bytes, big-endian).
_HEADER = 8


def can_fork() -> bool:
    """True where a second process can be forked safely: Linux with os.fork.

    Linux only: macOS has os.fork, but its system libraries are not fork-safe once loaded (which is
    why multiprocessing spawns there since Python 3.8); elsewhere the PDF renders in-process.
    """
    return sys.platform.startswith("linux") and hasattr(os, "fork")


def spare_cpu() -> bool:
    """True when two CPUs are ours: on one, a second process only competes with the first."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return cpus >= 2


def writer_error(fmt: str, exc: Exception) -> ErrorInfo:
    """What ``api.render`` and the batch make of a writer's crash: a WriterError naming the format.

    For the steps of a PDF render that run outside ``api.render`` (``PdfRequest.prepare`` in the
    parent, the render in the child); tests compare the two paths' messages.
    """
    from pressconv.errors import WriterError

    return _error_info(WriterError(f"the {fmt} writer failed: {type(exc).__name__}: {exc}"))


def _error_info(error: PressconvError) -> ErrorInfo:
    from pressconv.report import ErrorInfo

    return ErrorInfo(message=error.message, exit_code=error.exit_code, hint=error.hint)


@dataclass(frozen=True, slots=True, kw_only=True)
class PdfAnswer:
    """What the PDF process sends back for one request: the bytes or the error, and the diagnostics."""

    data: bytes | None
    error: ErrorInfo | None
    diagnostics: tuple[Diagnostic, ...]
    seconds: float


def serve_pdf(request: Any) -> PdfAnswer:
    """Render one ``PdfRequest`` (in the PDF process, or here if it died); errors become data."""
    started = time.perf_counter()
    reporter = Reporter()
    data: bytes | None = None
    error: ErrorInfo | None = None
    try:
        data = request.render(reporter)
    except PressconvError as exc:
        error = _error_info(exc)
    except Exception as exc:
        error = writer_error("pdf", exc)
    return PdfAnswer(data=data, error=error, diagnostics=reporter.diagnostics, seconds=time.perf_counter() - started)


def start_pdf_process(formats: Sequence[str], inputs: Sequence[str], jobs: int | None) -> PdfProcess | None:
    """Fork the PDF process for a one-input run that renders a PDF, where a second core is ours.

    None otherwise, and the PDF is rendered in this process as always: folders and several inputs
    (the pool's business), ``--jobs 1``, one core, a run without a PDF. Forked before the writers
    are looked up (the plugin scan is not worth waiting for): the caller then asks ``serves``.
    """
    if "pdf" not in formats or len(inputs) != 1 or (jobs is not None and jobs < 2):
        return None
    if inputs[0] != "-" and not Path(inputs[0]).is_file():
        return None
    return PdfProcess(serve_pdf) if can_fork() and spare_cpu() else None


def _send(stream: IO[bytes], payload: object) -> None:
    data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(len(data).to_bytes(_HEADER, "big") + data)
    stream.flush()


def _receive(stream: IO[bytes]) -> Any:
    """The next message, or None at the end of the stream (also a cut one: the writer died)."""
    header = stream.read(_HEADER)
    if len(header) < _HEADER:
        return None
    size = int.from_bytes(header, "big")
    data = stream.read(size)
    if len(data) < size:
        return None
    return pickle.loads(data)


def _warm() -> None:
    """Import what a PDF render needs and build the font configuration, before the request comes.

    Errors are left for the render itself, which repeats the import and so raises (and reports)
    exactly what a run without the child would.
    """
    with suppress(Exception):
        from pressconv.writers._weasyprint_import import import_weasyprint

        import_weasyprint()  # the half second this process is for
        from pressconv.writers import _pdf_fetcher, _pdf_tags  # noqa: F401  (pikepdf)
        from pressconv.writers.pdf import _font_config

        _font_config()


def _die_with_parent() -> None:
    # Linux prctl(PR_SET_PDEATHSIG, SIGKILL): if the parent is killed (SIGKILL, or os._exit after a
    # second Ctrl-C), this process goes too instead of finishing a render nobody will read.
    if not sys.platform.startswith("linux"):
        return
    with suppress(Exception):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG


def _child_main(requests: int, responses: int, serve: Callable[[Any], Any], parent: int) -> None:
    # Ctrl-C reaches the whole process group; the parent decides and kills this process.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # No cyclic garbage collection here: this process renders one run's PDF and ends with
    # os._exit, so collecting only delays the answer. The laid-out document is almost all cycles:
    # freeing it took a collection of about 1.3 s after 10 000 bullets (issue 15 #5), and the
    # collector's passes during import and layout cost more than that again.
    gc.disable()
    _die_with_parent()
    if os.getppid() != parent:  # the parent died before the line above took effect
        return
    # Standard output may be the parent's output (-o -) and standard input its input (-): this
    # process touches neither. Standard error stays: what WeasyPrint or fontconfig print there
    # shows as it would without the child.
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    os.close(null)
    inbox: queue.Queue[object | None] = queue.Queue()

    def read_requests() -> None:
        # Read at once, in a thread: the parent never blocks on a full pipe while this process
        # is still importing (a large release's HTML is more than a pipe holds).
        with os.fdopen(requests, "rb") as stream:
            while (message := _receive(stream)) is not None:
                inbox.put(message)
        inbox.put(None)

    threading.Thread(target=read_requests, daemon=True).start()
    _warm()
    with os.fdopen(responses, "wb") as out:
        while (request := inbox.get()) is not None:
            _send(out, serve(request))


class PdfProcess:
    """The parent's handle on the forked PDF process: submit requests, then collect the answers in order.

    ``serve`` turns a request into an answer; the child calls it, and so does the parent for any
    request the child did not answer. Both must be picklable plain data.
    """

    def __init__(self, serve: Callable[[Any], Any]) -> None:
        self._serve = serve
        self._submitted: list[object] = []
        self._pid: int | None = None
        requests_read, requests_write = os.pipe()
        responses_read, responses_write = os.pipe()
        parent = os.getpid()
        # SIGINT is held back across the fork: a Ctrl-C in the child before it ignores SIGINT would
        # raise KeyboardInterrupt inside CPython's after-fork hooks and print their traceback.
        # The parent gets a held-back Ctrl-C as soon as the mask is restored.
        masked = hasattr(signal, "pthread_sigmask")
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if masked else set()
        pid = -1
        try:
            pid = os.fork()
        finally:
            if masked and pid != 0:
                signal.pthread_sigmask(signal.SIG_SETMASK, previous)
        if pid == 0:  # the child
            code = 0
            try:
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                if masked:
                    signal.pthread_sigmask(signal.SIG_SETMASK, previous)
                os.close(requests_write)
                os.close(responses_read)
                _child_main(requests_read, responses_write, serve, parent)
            except BaseException:
                code = 1  # the parent sees a cut answer and renders the PDF itself
            finally:
                # No interpreter shutdown: atexit handlers and buffers belong to the parent.
                os._exit(code)
        self._pid = pid
        os.close(requests_read)
        os.close(responses_write)
        self._requests: IO[bytes] | None = os.fdopen(requests_write, "wb")
        self._responses: IO[bytes] | None = os.fdopen(responses_read, "rb")

    def serves(self, writer: object) -> bool:
        """True if ``writer`` is the builtin PDF writer this process renders for; a writer registered
        from Python under "pdf" is not ours to split in two (close the process then)."""
        from pressconv.writers.pdf import PdfWriter

        return type(writer) is PdfWriter

    def submit(self, request: object) -> None:
        """Send one request; the child answers requests in the order they were sent."""
        self._submitted.append(request)
        if self._requests is None:
            return
        try:
            _send(self._requests, request)
        except OSError:  # the child is gone: results() renders this request here
            self._close_requests()

    def results(self) -> list[Any]:
        """Every submitted request's answer, in order; waits for the child, then ends it."""
        self._close_requests()
        answers: list[Any] = []
        if self._responses is not None:
            while len(answers) < len(self._submitted):
                answer = _receive(self._responses)
                if answer is None:
                    break
                answers.append(answer)
        self.close()
        # Whatever the child did not answer, this process renders: same function, same outcome.
        answers += [self._serve(request) for request in self._submitted[len(answers) :]]
        self._submitted = []
        return answers

    def _close_requests(self) -> None:
        if self._requests is not None:
            with suppress(OSError):
                self._requests.close()
            self._requests = None

    def close(self) -> None:
        """End the child (killed if still running) and reap it; safe to call more than once."""
        self._close_requests()
        if self._responses is not None:
            self._responses.close()
            self._responses = None
        if self._pid is not None:
            pid, self._pid = self._pid, None
            with suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            with suppress(ChildProcessError):
                os.waitpid(pid, 0)

    def __enter__(self) -> PdfProcess:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None) -> None:
        self.close()
