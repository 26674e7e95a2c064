"""One chat request to a language-model endpoint (OpenAI-compatible or Ollama), standard library only.

The release text leaves the machine here and nowhere else, and only to the configured endpoint:
no proxy from the environment, no redirect followed. 429 and 5xx answers are retried with back-off
(``Retry-After`` honoured, capped); the whole exchange of one release keeps to one deadline.
"""

from __future__ import annotations

import email.utils
import json
import os
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from typing import Final

from pressconv.config import LlmConfig

__all__ = ["LlmError", "Send", "chat"]

# Status codes that say "try again later" (RFC 9110 §15.6; 429: RFC 6585 §4).
_RETRY_STATUS: Final = frozenset({429, 500, 502, 503, 504})
# Retries of one request after the first try, and the back-off before each without Retry-After.
_RETRIES: Final = 4
_BACKOFF_SECONDS: Final = 0.5
# A server may ask for an hour; one release is not worth waiting more than this for.
_RETRY_AFTER_CAP: Final = 30.0
# A chat answer with a short summary is a few kilobytes; a larger body is no answer of ours.
_MAX_BODY: Final = 2_000_000

Message = Mapping[str, str]
Send = Callable[[LlmConfig, Sequence[Message], float], str]

_slots_lock = threading.Lock()
_slots: dict[int, threading.BoundedSemaphore] = {}


class LlmError(Exception):
    """No usable chat answer: the endpoint failed, timed out or answered something else."""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect would send the release text somewhere the user did not configure."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: object,
        code: int,
        msg: str,
        headers: object,
        newurl: str,
    ) -> urllib.request.Request | None:
        """Refuse every redirect: the release goes only to the configured endpoint."""
        raise LlmError(f"the endpoint redirects (HTTP {code}) to {newurl}; configure that URL instead")


def _opener() -> urllib.request.OpenerDirector:
    """A URL opener that ignores proxy settings and refuses redirects."""
    # ProxyHandler({}): HTTP(S)_PROXY from the environment must not route the release elsewhere.
    return urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect())


def _slots_for(concurrency: int) -> threading.BoundedSemaphore:
    """The shared semaphore that limits concurrent requests to ``concurrency``."""
    with _slots_lock:
        if concurrency not in _slots:
            _slots[concurrency] = threading.BoundedSemaphore(concurrency)
        return _slots[concurrency]


def request_body(config: LlmConfig, messages: Sequence[Message]) -> dict[str, object]:
    """The JSON body for the endpoint's API: deterministic sampling, a JSON answer, no streaming."""
    if config.api == "ollama":
        # Ollama /api/chat: "format": "json" constrains the answer to JSON (ollama docs, api.md).
        return {
            "model": config.model,
            "messages": list(messages),
            "stream": False,
            "format": "json",
            "options": {"temperature": 0},
        }
    return {
        "model": config.model,
        "messages": list(messages),
        "temperature": 0,
        "stream": False,
        "response_format": {"type": "json_object"},
    }


def _content(config: LlmConfig, payload: object) -> str:
    """The answer text of a chat response, or LlmError when the response has another shape."""
    try:
        if config.api == "ollama":
            assert isinstance(payload, dict)
            content = payload["message"]["content"]
        else:
            assert isinstance(payload, dict)
            content = payload["choices"][0]["message"]["content"]
    except (AssertionError, KeyError, IndexError, TypeError):
        raise LlmError("the endpoint's response is not a chat answer") from None
    if not isinstance(content, str):
        raise LlmError("the endpoint's response is not a chat answer")
    return content


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def chat(config: LlmConfig, messages: Sequence[Message], deadline: float) -> str:
    """Send one chat request and return the answer text; retry 429/5xx until ``deadline`` (monotonic).

    Raises LlmError for anything that is no answer. KeyboardInterrupt is never caught: Ctrl-C ends
    the request at once, and the caller's clean-up runs.
    """
    body = json.dumps(request_body(config, messages), ensure_ascii=False).encode("utf-8")
    headers = {"Content-Type": "application/json", "Accept": "application/json", "User-Agent": "pressconv"}
    if config.api_key_env:
        key = os.environ.get(config.api_key_env)
        if not key:
            raise LlmError(f"the environment variable {config.api_key_env} (api_key_env) is not set")
        headers["Authorization"] = f"Bearer {key}"
    opener = _opener()
    problem = "no answer"
    for attempt in range(_RETRIES + 1):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise LlmError(f"no answer within the timeout of {config.timeout:g} s ({problem})")
        wait: float | None = None
        request = urllib.request.Request(config.endpoint, data=body, headers=headers, method="POST")
        try:
            with _slots_for(config.concurrency), opener.open(request, timeout=remaining) as response:
                raw = response.read(_MAX_BODY + 1)
            if len(raw) > _MAX_BODY:
                raise LlmError("the endpoint's response is larger than 2 MB")
            try:
                payload = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                raise LlmError("the endpoint's response is not JSON") from None
            return _content(config, payload)
        except urllib.error.HTTPError as error:
            if error.code not in _RETRY_STATUS:
                raise LlmError(f"the endpoint refused the request (HTTP {error.code} {error.reason})") from None
            problem = f"HTTP {error.code}"
            wait = _retry_after(error.headers.get("Retry-After") if error.headers else None)
            error.close()
        except TimeoutError:
            raise LlmError(f"no answer within the timeout of {config.timeout:g} s") from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, TimeoutError):
                raise LlmError(f"no answer within the timeout of {config.timeout:g} s") from None
            problem = f"cannot reach the endpoint: {error.reason}"
        except (ConnectionError, OSError) as error:
            problem = f"connection failed: {error}"
        if attempt == _RETRIES:
            break
        delay = min(wait if wait is not None else _BACKOFF_SECONDS * 2**attempt, _RETRY_AFTER_CAP)
        if time.monotonic() + delay >= deadline:
            raise LlmError(f"{problem}; the next try would pass the timeout of {config.timeout:g} s")
        time.sleep(delay)
    raise LlmError(f"{problem} after {_RETRIES + 1} tries")
