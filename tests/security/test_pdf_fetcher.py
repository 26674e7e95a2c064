"""WeasyPrint's URL fetcher cannot reach local files, the network, or embed attachments.

A real HTTP server listens on loopback for the duration of each test and records every request; it
must record none. It serves in a daemon thread, stops itself after a hard deadline, and is shut down
in ``finally`` either way.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pressconv.api import make_context, render
from pressconv.diagnostics import Reporter
from pressconv.model import Image, Link, Metadata, Paragraph, Release, Text
from pressconv.writers._pdf_fetcher import FETCH_REFUSED
from pressconv.writers.pdf import PdfMetadata, html_to_pdf

PASSWD_MARKER = b"root:x:0:0"


class _Recorder(BaseHTTPRequestHandler):
    requests: list[str]

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        body = b"root:x:0:0:served-by-the-test-server"
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Silent: the test reads ``requests`` instead."""


@contextmanager
def loopback_server(max_seconds: float = 60) -> Iterator[tuple[int, list[str]]]:
    """A recording HTTP server on 127.0.0.1 (random port) that stops itself after ``max_seconds``."""
    requests: list[str] = []
    handler = type("RecordingHandler", (_Recorder,), {"requests": requests})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.timeout = 0.5
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    deadline = threading.Timer(max_seconds, server.shutdown)
    deadline.daemon = True
    thread.start()
    deadline.start()
    try:
        yield server.server_address[1], requests
    finally:
        deadline.cancel()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _pdf_payload(data: bytes) -> bytes:
    """All decoded stream bytes of a PDF plus its raw bytes, to search for leaked content."""
    import io

    import pikepdf

    parts = [data]
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    parts.append(obj.read_bytes())
                except pikepdf.PdfError:
                    parts.append(obj.read_raw_bytes())
    return b"\n".join(parts)


def _assert_no_attachment(data: bytes) -> None:
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.attachments) == 0, f"attachments embedded: {list(pdf.attachments)}"
        for page in pdf.pages:
            for annotation in page.obj.get("/Annots", []):
                assert annotation.get("/Subtype") != "/FileAttachment", "a file attachment annotation"
    assert b"/EmbeddedFile" not in data


def test_hostile_html_reaches_nothing(tmp_path: Path) -> None:
    """HTML with every fetching construct WeasyPrint knows, through the writer's own html_to_pdf."""
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:local-secret", encoding="utf-8")
    with loopback_server() as (port, requests):
        base = f"http://127.0.0.1:{port}"
        html = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Angriff</title>
<link rel="stylesheet" href="{base}/linked.css">
<link rel="attachment" href="file:///etc/passwd" title="passwd">
<link rel="attachment" href="{secret.as_uri()}">
<link rel="attachment" href="{base}/attached.bin">
<style>
@import url("{base}/imported.css");
@font-face {{ font-family: Evil; src: url("{base}/font.woff"); }}
body {{ background: url("file:///etc/passwd"); font-family: Evil; }}
h1 {{ background-image: url("{base}/bg.png"); }}
</style></head><body>
<h1>Titel</h1>
<p>Text <a rel="attachment" href="file:///etc/passwd">passwd</a>
<a rel="attachment" href="{secret.as_uri()}">secret</a></p>
<img src="file:///etc/passwd" alt="a"><img src="{base}/img.png" alt="b">
<img src="../../../../../../../../etc/passwd" alt="c">
<object data="file:///etc/passwd"></object><embed src="{base}/embed"><iframe src="{base}/frame"></iframe>
<svg xmlns="http://www.w3.org/2000/svg"><image href="{base}/svg.png" width="1" height="1"/></svg>
</body></html>"""
        reporter = Reporter()
        release = Release(meta=Metadata(title=(Text(text="Angriff"),)), body=())
        ctx = make_context(release, timestamp=datetime(2018, 9, 20, tzinfo=UTC), reporter=reporter)
        data = html_to_pdf(html, ctx, PdfMetadata.for_release(release, ctx))
        assert requests == [], f"the loopback server was contacted: {requests}"
    payload = _pdf_payload(data)
    assert PASSWD_MARKER not in payload, "local file content reached the PDF"
    _assert_no_attachment(data)
    refused = [d.message for d in reporter.diagnostics if d.code == FETCH_REFUSED]
    # Proof that the fetcher was asked (and said no), not that WeasyPrint skipped the URLs itself.
    assert any("/etc/passwd" in m for m in refused), refused
    assert any(f"127.0.0.1:{port}" in m for m in refused), refused


def test_release_images_and_links_fetch_nothing(tmp_path: Path) -> None:
    """Image sources and links from the model: nothing fetched, in any format."""
    with loopback_server() as (port, requests):
        base = f"http://127.0.0.1:{port}"
        release = Release(
            meta=Metadata(title=(Text(text="Bilder"),)),
            body=(
                Paragraph(children=(Link(url=f"{base}/link", children=(Text(text="Verweis"),)),)),
                Image(src=f"{base}/logo.png", alt="Logo über Loopback"),
                Image(src="file:///etc/passwd", alt="Datei"),
                Image(src="../../../../../../../../../etc/passwd", alt="Pfad nach oben"),
                Image(src="/etc/passwd", alt="Absoluter Pfad"),
            ),
        )
        outputs = {fmt: render(release, fmt) for fmt in ("pdf", "html", "epub", "docx", "easy", "json")}
        assert requests == [], f"the loopback server was contacted: {requests}"
    assert PASSWD_MARKER not in _pdf_payload(outputs["pdf"])
    _assert_no_attachment(outputs["pdf"])
    import io
    import zipfile

    for fmt in ("epub", "docx"):
        with zipfile.ZipFile(io.BytesIO(outputs[fmt])) as archive:
            for name in archive.namelist():
                assert PASSWD_MARKER not in archive.read(name), f"{fmt}: {name} holds /etc/passwd"


@pytest.mark.parametrize("scheme", ["ftp://127.0.0.1/x", "gopher://127.0.0.1/x", "https://127.0.0.1:1/x"])
def test_other_schemes_refused(scheme: str) -> None:
    reporter = Reporter()
    release = Release(meta=Metadata(title=(Text(text="Schemes"),)), body=())
    ctx = make_context(release, timestamp=datetime(2018, 9, 20, tzinfo=UTC), reporter=reporter)
    html = f'<!DOCTYPE html><html lang="de"><head><title>x</title></head><body><img src="{scheme}" alt="x"></body></html>'
    html_to_pdf(html, ctx, PdfMetadata.for_release(release, ctx))
    assert any(d.code == FETCH_REFUSED for d in reporter.diagnostics), reporter.diagnostics


def test_rules_engine_opens_no_socket_even_with_an_endpoint_configured(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20: with ``engine = "rules"`` (the default) no socket connects, whatever [easy] names.

    The config names the loopback server as the language-model endpoint; the summary, every writer
    and the batch run in this process (-j 1), with every outgoing connection recorded and refused.
    """
    import shutil
    import socket

    from typer.testing import CliRunner

    from pressconv.cli.app import app

    connects: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        connects.append(address)
        raise OSError("the test refuses every outgoing connection")

    seed = Path(__file__).resolve().parents[1] / "corpus" / "de-city-dortmund-seed.txt"
    shutil.copy(seed, tmp_path / "release.txt")
    with loopback_server() as (port, requests):
        (tmp_path / "pressconv.toml").write_text(
            f'[easy]\nengine = "rules"\nendpoint = "http://127.0.0.1:{port}/api/chat"\nmodel = "m"\n', encoding="utf-8"
        )
        monkeypatch.setattr(socket.socket, "connect", refuse)
        monkeypatch.setattr(socket.socket, "connect_ex", refuse)
        result = CliRunner().invoke(
            app,
            [
                "convert",
                str(tmp_path / "release.txt"),
                "--to",
                "html,easy,json,docx,epub",
                "--easy",
                "-j",
                "1",
                "-d",
                str(tmp_path / "out"),
            ],
        )
        monkeypatch.undo()
        assert result.exit_code == 0, result.output
        assert requests == [] and connects == [], (requests, connects)
    page = (tmp_path / "out" / "release.leicht.html").read_text(encoding="utf-8")
    assert "Entwurf – nicht von Prüferinnen und Prüfern geprüft" in page
