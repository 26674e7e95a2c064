"""Built-in checkers of rendered outputs, behind `pressconv check` and the test suite.

They need no browser and no Java (stdlib parsers, zipfile, and pikepdf for PDFs): a quick self-check
a press office can run anywhere. The full validators (axe, vnu, EPUBCheck, Ace, veraPDF-like
page-validation) stay in the test suite.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from pressconv.checks.base import Issue

__all__ = ["CHECKED_SUFFIXES", "OUTPUT_LIMIT", "Issue", "OutputFinding", "check_file", "find_outputs", "kind_of"]


@dataclass(frozen=True, slots=True)
class OutputFinding:
    """An issue tied to the file it was found in, printed GNU style."""

    path: str
    code: str
    message: str
    level: str = "error"

    def format(self) -> str:
        """``out/r.html: error: <html> has no lang attribute [html.no-lang]``."""
        return f"{self.path}: {self.level}: {self.message} [{self.code}]"


CHECKED_SUFFIXES: dict[str, str] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".epub": "epub",
    ".docx": "docx",
}


# Far above any output pressconv writes (a release is kilobytes, its PDF a few megabytes).
OUTPUT_LIMIT = 256 * 1024 * 1024


def kind_of(path: Path) -> str | None:
    """Return html, pdf, epub or docx for an output's file name, None for anything else."""
    return CHECKED_SUFFIXES.get(path.suffix.lower())


def find_outputs(paths: Sequence[Path], *, with_json: bool = False) -> Iterator[Path]:
    """Yield the checkable files among ``paths``, searching folders recursively in sorted order.

    ``with_json`` adds the JSON model outputs: they have no accessibility checks, but they carry
    the release's words, so the nothing-lost check (``check --against``) reads them too.
    """
    for given in paths:
        if given.is_dir():
            for root, dirs, files in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    candidate = Path(root) / name
                    wanted = kind_of(candidate) is not None or (with_json and candidate.suffix.lower() == ".json")
                    if wanted and not name.startswith("."):
                        yield candidate
        else:
            yield given


def _pdf_issues(path: Path) -> list[Issue]:
    from pressconv.checks.pdf_structure import check_pdf_structure

    try:
        return [Issue(f.code, f.message) for f in check_pdf_structure(path)]
    except Exception as exc:  # pikepdf raises its own PdfError for damaged files
        return [Issue("pdf.unreadable", f"cannot read the PDF: {type(exc).__name__}: {exc}")]


def check_file(path: Path) -> list[OutputFinding]:
    """Run the checks for one output file; an unreadable file is a finding, not a crash."""
    kind = kind_of(path)
    issues: Iterable[Issue]
    if kind is None:
        issues = [Issue("check.unsupported", "not an output pressconv can check (html, pdf, epub, docx)")]
    elif kind == "pdf":
        issues = _pdf_issues(path)
    else:
        from pressconv.errors import InputError
        from pressconv.source import read_limited

        try:
            # Bounded like every input: an output named on the command line may be a FIFO.
            data = read_limited(path, limit=OUTPUT_LIMIT, name=path.name)
        except OSError as exc:
            issues = [Issue("check.unreadable", f"cannot read: {exc.strerror or exc}")]
        except InputError as exc:
            issues = [Issue("check.too-large", exc.message)]
        else:
            if kind == "html":
                from pressconv.checks.html import check_html

                issues = check_html(data)
            elif kind == "epub":
                from pressconv.checks.epub import check_epub

                issues = check_epub(data)
            else:
                from pressconv.checks.docx import check_docx

                issues = check_docx(data)
    from pressconv.names import shown_name

    return [OutputFinding(shown_name(path), issue.code, issue.message) for issue in issues]
