"""Helpers shared by the reliability and security tests: run the CLI, inspect what it left behind.

The CLI is always run as a real subprocess (``.venv/bin/pressconv``), time-boxed, with a fixed
SOURCE_DATE_EPOCH, so the tests see exactly what a user or a CI job sees: exit code, stderr, files.
"""

from __future__ import annotations

import bisect
import itertools
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from pressconv.checks.text_preserved import (
    TextComparison,
    Word,
    compare_text,
    words_of,
)

REPO = Path(__file__).resolve().parents[2]
PRESSCONV = REPO / ".venv" / "bin" / "pressconv"
# 2018-09-20 12:00 UTC, the reference release's date; the Makefile exports the same value.
EPOCH = "1537444800"
# Every exit code DESIGN §7 documents; anything else (a Python crash is 1 with a traceback, a
# signal is negative) means the error boundary was bypassed.
DOCUMENTED_EXIT_CODES = frozenset({0, 1, 2, 3, 4, 5, 6, 70, 130})


def cli_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for a CLI run: reproducible timestamp, no colours, not a CI progress bar."""
    env = dict(os.environ)
    env.pop("PRESSCONV_DEBUG", None)
    env.update({"SOURCE_DATE_EPOCH": EPOCH, "NO_COLOR": "1", "CI": "true", "PYTHONDONTWRITEBYTECODE": "1"})
    env.update(extra or {})
    return env


def run_cli(
    args: Sequence[str | Path],
    *,
    cwd: Path,
    timeout: float = 60,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``pressconv ARGS`` in ``cwd`` and return the finished process (text output)."""
    if not PRESSCONV.exists():
        raise RuntimeError(f"{PRESSCONV} is missing; run `make setup` (pip install -e '.[dev]')")
    return subprocess.run(
        [str(PRESSCONV), *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        env=cli_env(env),
        check=False,
    )


def error_lines(stderr: str) -> list[str]:
    """The ``pressconv: error: …`` lines of stderr."""
    return [line for line in stderr.splitlines() if line.startswith("pressconv: error:")]


def assert_clean_failure(result: subprocess.CompletedProcess[str], expected_code: int) -> None:
    """A refused input or output: the documented code, one error line, no traceback."""
    shown = f"exit {result.returncode}\nstdout: {result.stdout[-2000:]}\nstderr: {result.stderr[-2000:]}"
    assert "Traceback" not in result.stderr + result.stdout, shown
    assert result.returncode == expected_code, shown
    errors = error_lines(result.stderr)
    assert len(errors) == 1, f"expected exactly one error line\n{shown}"
    assert len(errors[0]) < 400, f"the error line is not a short one-liner\n{shown}"
    # Every other line on stderr is a hint, a diagnostic or the summary; none may be a Python frame.
    for line in result.stderr.splitlines():
        assert not line.startswith(("  File ", "    ")), shown


def assert_clean_success(result: subprocess.CompletedProcess[str]) -> None:
    """A run that must succeed: exit 0, no traceback, no error line."""
    shown = f"exit {result.returncode}\nstderr: {result.stderr[-3000:]}"
    assert result.returncode == 0, shown
    assert "Traceback" not in result.stderr, shown
    assert not error_lines(result.stderr), shown


def files_under(folder: Path) -> list[Path]:
    """Every file below ``folder`` (hidden temp files included), sorted; [] if it does not exist."""
    if not folder.exists():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def leftovers(folder: Path) -> list[Path]:
    """Temp files an atomic write must never leave behind (``.NAME.*.part``)."""
    return [p for p in files_under(folder) if p.name.endswith(".part") or p.name.startswith(".")]


# Contact field labels the parser turns into structure ("Tel.", "Mail:") and writers print in their
# own words ("Telefon", "E-Mail"): the label changed, no information was lost.
_LABEL_SYNONYMS: dict[str, frozenset[str]] = {
    "mail": frozenset({"email", "mail"}),
    "email": frozenset({"email", "mail"}),
    "tel": frozenset({"telefon", "phone", "tel", "telephone"}),
    "telefon": frozenset({"telefon", "phone", "tel"}),
    "fon": frozenset({"telefon", "phone", "tel"}),
    "phone": frozenset({"telefon", "phone", "tel", "telephone"}),
    "fax": frozenset({"fax", "telefax"}),
}


def compare_preserved(expected: list[Word], output_text: str) -> TextComparison:
    """``compare_text`` plus tolerance for contact labels that writers print in their own words.

    This belongs in ``pressconv.checks.text_preserved`` (reported to its owner); until then the
    tests wrap it here.
    """
    comparison = compare_text(expected, output_text)
    vocabulary = set(words_of(output_text))
    missing = [
        word
        for word in comparison.missing
        if not (word.text in _LABEL_SYNONYMS and _LABEL_SYNONYMS[word.text] & vocabulary)
    ]
    # pdftotext joins a suspended hyphen at a line end with the next word ("Transparenz- und" ->
    # "Transparenzund"); compare_text forgives that only when difflib leaves both words unmatched
    # next to each other, not when it matched the "und" to another "und" further on.
    followers: dict[str, set[str]] = {}
    for first, second in itertools.pairwise(expected):
        followers.setdefault(first.text, set()).add(second.text)
    forgiven_followers: list[str] = []
    kept: list[Word] = []
    for word in missing:
        # Any occurrence will do: difflib may have matched the glued occurrence's neighbours elsewhere.
        glued = [f for f in sorted(followers.get(word.text, ())) if word.text + f in vocabulary]
        if glued:
            forgiven_followers.append(glued[0])
            continue
        kept.append(word)
    for follower in forgiven_followers:
        match = next((w for w in kept if w.text == follower), None)
        if match is not None:
            kept.remove(match)
    comparison.missing = kept
    return comparison


def pdf_alt_texts(path: Path) -> str:
    """The /Alt texts of a PDF's structure elements (image descriptions), one per line.

    pdftotext reads only the page content, so an image's text alternative, which a screen reader
    gets from the structure tree, looks lost to ``extract_text``. Belongs in
    ``pressconv.checks.text_preserved`` (reported to its owner).
    """
    import pikepdf

    with pikepdf.open(path) as pdf:
        return "\n".join(
            str(obj.get("/Alt"))
            for obj in pdf.objects
            if isinstance(obj, pikepdf.Dictionary) and "/Alt" in obj
        )


def ordered_comparison(expected: list[Word], output_text: str, window: int = 5000) -> TextComparison:
    """A linear-time variant of ``compare_text`` for very large synthetic inputs.

    ``compare_text`` aligns with difflib, which is quadratic when words repeat (12 000 words of a
    list take 17 s; the 100 000-line case would take hours). Here each expected word is matched
    greedily with its next occurrence at most ``window`` words ahead; otherwise it counts as moved
    (present elsewhere) or missing. Good enough for machine-made inputs whose order is known.
    """
    found = words_of(output_text)
    positions: dict[str, list[int]] = {}
    for index, found_word in enumerate(found):
        positions.setdefault(found_word, []).append(index)
    comparison = TextComparison(total=len(expected))
    cursor = 0
    for word in expected:
        places = positions.get(word.text)
        if not places:
            comparison.missing.append(word)
            continue
        at = bisect.bisect_left(places, cursor)
        if at < len(places) and places[at] - cursor <= window:
            cursor = places[at] + 1
        else:
            comparison.moved.append(word)
    return comparison


def describe_missing(comparison: TextComparison, limit: int = 40) -> str:
    """A failure message listing the exact lost words with their line numbers."""
    shown = ", ".join(f"{w.text!r}@{w.line}" for w in comparison.missing[:limit])
    more = f" (+{len(comparison.missing) - limit} more)" if len(comparison.missing) > limit else ""
    return f"{len(comparison.missing)} of {comparison.total} words missing: {shown}{more}"


@contextmanager
def tmpfs(mount_point: Path, size: str = "64k") -> Iterator[Path]:
    """Mount a tiny tmpfs at ``mount_point`` (we run as root in the test container); always unmount.

    A real full file system is the honest way to test ENOSPC: no fault injection, the write fails
    exactly as it would on a full disk.
    """
    mount_point.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        raise RuntimeError(
            f"cannot mount a tmpfs at {mount_point} (the disk-full test needs root and mount): "
            f"{mounted.stderr.strip()}"
        )
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, check=False)


def python() -> str:
    """The interpreter of the venv the tests run in."""
    return sys.executable
