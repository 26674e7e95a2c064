"""``pressconv inspect`` end to end: good files, JSON output, and every kind of bad input."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import CORPUS

PRESSCONV = Path(__file__).resolve().parents[1] / ".venv" / "bin" / "pressconv"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    assert PRESSCONV.exists(), f"{PRESSCONV} is missing: run `make test` (it creates the virtualenv)"
    return subprocess.run([str(PRESSCONV), *map(str, args)], capture_output=True, text=True, timeout=120)


def test_inspect_prints_the_native_dump_and_diagnostics() -> None:
    seed = CORPUS / "de-city-dortmund-seed.txt"
    done = run("inspect", seed)
    assert done.returncode == 0, done.stderr
    assert '<quotation speaker="Ullrich Sierau" role="Oberbürgermeister">' in done.stdout
    assert "Direkt zum Inhalt" in done.stdout  # listed under removed
    assert f"{seed}:1: info:" in done.stderr


def test_inspect_json_uses_the_public_keys() -> None:
    done = run("inspect", "--json", CORPUS / "de-city-dortmund-seed.txt")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["schema"] == "pressconv.release/1"
    meta = document["meta"]
    for key in ("title", "subtitle", "kicker", "issued", "place", "language", "embargo", "release_number"):
        assert key in meta
    assert meta["issued"] == "2018-09-20"
    assert document["body"][0]["type"] == "paragraph" and document["body"][0]["lead"] is True
    assert all({"type", "text"} <= set(block) for block in document["body"])
    quotation = next(c for b in document["body"] for c in b.get("children", []) if c["type"] == "quotation")
    assert quotation["speaker"] == "Ullrich Sierau" and quotation["role"] == "Oberbürgermeister"
    assert document["sections"][0]["kind"] == "links"
    assert {"url", "text"} == set(document["links"][0])
    assert document["removed"] == [
        {"line": 1, "text": "Direkt zum Inhalt", "reason": "web-page navigation (skip link or menu)"}
    ]
    assert document["diagnostics"][0]["code"] == "residue.removed"


def _bad_files(folder: Path) -> dict[str, Path]:
    files = {
        "empty": b"",
        "whitespace": b"   \n\t\n\xc2\xa0\n",
        "binary": bytes(range(256)) * 4,
        "pdf": b"%PDF-1.4\n1 0 obj << >> endobj\n",
        "zip": b"PK\x03\x04\x14\x00\x00\x00\x08\x00some/file.txt",
        "docx": b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml\x00word/document.xml",
        "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "html": b'<!DOCTYPE html>\n<html lang="de"><head><title>x</title></head><body><p>x</p></body></html>',
        "utf16": "Titel\n\nText der Mitteilung.".encode("utf-16-le"),
        "noise": bytes(0x80 + (i * 37) % 128 for i in range(4096)),
    }
    paths = {}
    for name, data in files.items():
        path = folder / f"{name}.txt"
        path.write_bytes(data)
        paths[name] = path
    big = folder / "big.txt"
    with big.open("wb") as handle:  # 50 MB, sparse: refused by size before anything reads it
        handle.truncate(50 * 1024 * 1024)
    paths["big"] = big
    return paths


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty", "empty"),
        ("whitespace", "only whitespace"),
        ("binary", "binary"),
        ("pdf", "PDF document"),
        ("zip", "ZIP archive"),
        ("docx", "Word document"),
        ("png", "PNG image"),
        ("html", "HTML page"),
        ("utf16", "UTF-16"),
        ("noise", "neither valid UTF-8"),
        ("big", "over the input limit"),
    ],
)
def test_bad_input_gives_one_line_and_exit_4(tmp_path: Path, name: str, message: str) -> None:
    path = _bad_files(tmp_path)[name]
    started = time.monotonic()
    done = run("inspect", path)
    assert done.returncode == 4, done.stderr
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout
    first = done.stderr.splitlines()[0]
    assert first.startswith("pressconv: error: ") and message in first
    assert len([line for line in done.stderr.splitlines() if "error" in line]) == 1
    assert time.monotonic() - started < 20


def test_invalid_utf8_falls_back_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Überschrift\n\nDie Bürger lädt man ein.\n".encode("cp1252"))
    done = run("inspect", path)
    assert done.returncode == 0
    assert "[source.encoding]" in done.stderr and '"Die Bürger lädt man ein."' in done.stdout


def test_missing_file_is_bad_input(tmp_path: Path) -> None:
    done = run("inspect", tmp_path / "nope.txt")
    assert done.returncode == 4  # bad input, like a missing file in every other command
    assert "Traceback" not in done.stderr


def test_one_megabyte_line_parses(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    sentence = "Die Stadt hat heute beschlossen, dass die Verwaltung schneller arbeiten soll. "
    path.write_text("Lange Mitteilung\n" + sentence * (1_000_000 // len(sentence)), encoding="utf-8")
    done = run("inspect", "--json", path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["meta"]["title"] == "Lange Mitteilung"


def test_human_output_keeps_removed_lines_and_diagnostics_apart(tmp_path: Path) -> None:
    # Regression: the last removed line and the first diagnostic used to share one line when
    # stdout and stderr went to the same place (2>&1).
    path = tmp_path / "residue.txt"
    path.write_text("Direkt zum Inhalt\nSeite drucken\n\nTitel der Mitteilung\n\nText.\n", encoding="utf-8")
    assert PRESSCONV.exists()
    done = subprocess.run(
        [str(PRESSCONV), "inspect", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout
    lines = done.stdout.splitlines()
    removed_at = lines.index("removed:")
    assert lines[removed_at + 1].endswith(": Direkt zum Inhalt")
    assert lines[removed_at + 2].endswith(": Seite drucken")
    assert lines[removed_at + 3].startswith(f"{path}:1: info: ")
    assert done.stdout.endswith("\n")
    assert all(line.count(f"{path}:") <= 1 for line in lines)


def test_human_report_escapes_line_separators() -> None:
    from pressconv.api import ParseResult
    from pressconv.cli.inspect import human_report
    from pressconv.diagnostics import RemovedLine
    from pressconv.model import Metadata, Release, Text

    release = Release(meta=Metadata(title=(Text(text="T"),)), body=())
    result = ParseResult(release=release, removed=(RemovedLine(line=3, text="a\u2028b\x85c", reason="r"),))
    report = human_report(result, "x.txt")
    assert report.endswith("  x.txt:3: r: a\\u2028b\\x85c\n")


def test_human_output_has_no_python_reprs() -> None:
    done = run("inspect", CORPUS / "de-city-dortmund-seed.txt")
    assert done.returncode == 0, done.stderr
    assert '"Dortmund als „Digitalste Stadt“ ausgezeichnet"' in done.stdout
    assert '<paragraph lead="yes">' in done.stdout
    for line in done.stdout.splitlines():
        assert not line.lstrip().startswith("'") and "True" not in line and "None" not in line, line
