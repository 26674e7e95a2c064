"""A URL fetcher for WeasyPrint that reads only pressconv's own assets and ``data:`` URLs.

WeasyPrint's default fetcher opens any ``file:``, ``http(s):`` or ``ftp:`` URL, and
``<link rel=attachment>`` embeds whatever it fetched into the PDF (WeasyPrint security docs;
``allowed_protocols`` filters by scheme only, see CVE-2025-68616). A writer must not read the
network or arbitrary local files (DESIGN §2), so everything outside an allow-list of folders is
refused, reported on the reporter, and never reaches the PDF.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from pressconv.diagnostics import Reporter

__all__ = ["FETCH_REFUSED", "is_allowed_path", "make_url_fetcher"]

# Diagnostic code for every refused URL; tests and `--fail-on` match on it.
FETCH_REFUSED = "pdf.fetch-refused"


def is_allowed_path(path: Path, roots: Iterable[Path]) -> bool:
    """True if ``path`` resolves (symlinks and ``..`` followed) to a file inside one of ``roots``."""
    try:
        resolved = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return False
    return resolved.is_file() and any(resolved.is_relative_to(root.resolve()) for root in roots)


def _describe(url: str) -> str:
    """Shorten a URL for a one-line message (``data:`` URLs can be megabytes long)."""
    return url if len(url) <= 120 else url[:117] + "..."


@cache
def _fetcher_class() -> type[Any]:
    """Build the URLFetcher subclass once; WeasyPrint is imported only when a PDF is rendered."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class RestrictedURLFetcher(URLFetcher):  # type: ignore[misc]
        """Serve allow-listed files and ``data:`` URLs; refuse and report everything else."""

        def __init__(self, roots: tuple[Path, ...], on_refused: Callable[[str, str], None]) -> None:
            # No redirects: a data: or file: URL never redirects, and an http one is refused anyway.
            super().__init__(allowed_protocols=("file", "data"), allow_redirects=False)
            self._roots = roots
            self._on_refused = on_refused

        def fetch(self, url: str, headers: Any = None) -> Any:
            scheme = urlsplit(url).scheme.lower()
            if scheme == "data":
                return super().fetch(url, headers)
            if scheme == "file":
                path = Path(url2pathname(unquote(urlsplit(url).path)))
                if is_allowed_path(path, self._roots):
                    resolved = path.resolve()
                    media_type = mimetypes.guess_type(resolved.name)[0] or "application/octet-stream"
                    # Read the resolved file ourselves, so a symlink swapped in later cannot
                    # redirect the read outside the allow-list.
                    return URLFetcherResponse(resolved.as_uri(), resolved.read_bytes(), {"Content-Type": media_type})
                reason = "local file outside pressconv's templates, styles and branding folders"
            else:
                reason = f"{scheme or 'relative'} URLs are never fetched (no network access)"
            self._on_refused(url, reason)
            # WeasyPrint catches this, logs it and leaves the resource out of the PDF.
            raise ValueError(f"refused to fetch {_describe(url)}: {reason}")

    return RestrictedURLFetcher


def make_url_fetcher(roots: Iterable[Path], reporter: Reporter) -> Any:
    """Return a WeasyPrint URL fetcher restricted to files under ``roots`` plus ``data:`` URLs.

    Each refused URL is reported once as a warning with code ``pdf.fetch-refused``.
    """
    seen: set[str] = set()

    def on_refused(url: str, reason: str) -> None:
        if url not in seen:
            seen.add(url)
            reporter.add("warning", FETCH_REFUSED, f"not embedded in the PDF: {_describe(url)} ({reason})")

    resolved_roots = tuple(root.resolve() for root in roots)
    return _fetcher_class()(resolved_roots, on_refused)
