"""A scripted chat server on 127.0.0.1 that answers like Ollama (/api/chat) and OpenAI (/v1/chat/completions).

Each test hands it a script: one step per request (an answer text, an HTTP status with headers, a
delay, or raw bytes); the last step repeats. It records every request (path, headers, JSON body).
It serves in daemon threads, stops itself after a hard deadline, and is shut down in ``finally``.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Step:
    """What the server does for one request."""

    answer: str | None = None  # the assistant message's content, wrapped in the API's response
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0
    raw: bytes | None = None  # a body sent as it is (not a chat response)


@dataclass
class Recorded:
    """One request the server received."""

    path: str
    headers: dict[str, str]
    body: dict[str, object]
    at: float = field(default_factory=time.monotonic)


def _wrap(path: str, answer: str, model: object) -> bytes:
    if path.endswith("/api/chat"):
        # Ollama /api/chat with "stream": false (ollama docs/api.md, "Chat request (No streaming)").
        document: dict[str, object] = {
            "model": model,
            "created_at": "2026-12-05T00:00:00Z",
            "message": {"role": "assistant", "content": answer},
            "done": True,
        }
    else:
        # OpenAI chat.completion object.
        document = {
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": answer}, "finish_reason": "stop"}],
        }
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    script: list[Step]
    requests: list[Recorded]
    lock: threading.Lock

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length).decode("utf-8")) if length else {}
        with type(self).lock:
            index = len(type(self).requests)
            type(self).requests.append(Recorded(path=self.path, headers=dict(self.headers.items()), body=body))
            step = type(self).script[min(index, len(type(self).script) - 1)]
        if step.delay:
            time.sleep(step.delay)
        if step.raw is not None:
            data = step.raw
        elif step.answer is not None and step.status == 200:
            data = _wrap(self.path, step.answer, body.get("model"))
        else:
            data = json.dumps({"error": f"status {step.status}"}).encode("utf-8")
        try:
            self.send_response(step.status)
            for name, value in step.headers:
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test)

    def log_message(self, format: str, *args: object) -> None:
        """Silent: the tests read ``requests`` instead."""


@contextmanager
def chat_server(script: list[Step], max_seconds: float = 120) -> Iterator[tuple[str, list[Recorded]]]:
    """Serve ``script`` on 127.0.0.1 (random port); yield the base URL and the recorded requests."""
    requests: list[Recorded] = []
    handler = type("ScriptedHandler", (_Handler,), {"script": script, "requests": requests, "lock": threading.Lock()})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    deadline = threading.Timer(max_seconds, server.shutdown)
    deadline.daemon = True
    thread.start()
    deadline.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", requests
    finally:
        deadline.cancel()
        server.shutdown()
        server.server_close()
