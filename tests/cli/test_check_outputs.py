"""``pressconv check``: our own outputs pass, planted defects are found, and lost words are named."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest

from pressconv.api import render
from pressconv.checks import check_file
from pressconv.checks.text_preserved import compare_text, extract_text, release_words
from tests.cli.cli_fixtures import SOURCE_TEXT, sample_release
from tests.cli.helpers import corpus_files, explain, run_cli

FORMATS = {"html": "html", "pdf": "pdf", "epub": "epub", "docx": "docx", "easy": "leicht.html"}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Our own outputs of the sample release, one per format, rendered once for the module."""
    folder = tmp_path_factory.mktemp("outputs")
    release = sample_release()
    for fmt, extension in FORMATS.items():
        (folder / f"release.{extension}").write_bytes(render(release, fmt))
    return folder


def _codes(path: Path) -> set[str]:
    return {finding.code for finding in check_file(path)}


def test_our_own_outputs_have_no_findings(outputs: Path) -> None:
    for path in sorted(outputs.iterdir()):
        assert check_file(path) == [], path.name
    completed = run_cli(["check", outputs])
    assert completed.returncode == 0, explain(completed)
    assert "5 file(s): 0 finding(s)" in completed.stderr


def _rezip(source: Path, target: Path, edit: dict[str, bytes]) -> None:
    """Copy a ZIP member by member, replacing some members (mimetype stays first and stored)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = edit.get(info.filename, old.read(info.filename))
            new.writestr(info, data)


def test_planted_defects_are_found_with_gnu_style_lines(outputs: Path, tmp_path: Path) -> None:
    import pikepdf

    html = tmp_path / "no-lang.html"
    html.write_bytes(re.sub(rb"<html([^>]*?) lang=\"[^\"]*\"", rb"<html\1", (outputs / "release.html").read_bytes()))
    pdf = tmp_path / "no-lang.pdf"
    with pikepdf.open(outputs / "release.pdf") as document:
        del document.Root.Lang
        document.save(pdf)
    epub = tmp_path / "no-a11y.epub"
    with zipfile.ZipFile(outputs / "release.epub") as archive:
        opf_name = next(n for n in archive.namelist() if n.endswith(".opf"))
        opf = archive.read(opf_name)
    stripped_opf = re.sub(rb"<meta[^>]*property=\"schema:[^\"]*\"[^>]*>[^<]*</meta>\s*", b"", opf)
    assert stripped_opf != opf, "the EPUB writer's OPF should carry schema: metadata to strip"
    _rezip(outputs / "release.epub", epub, {opf_name: stripped_opf})
    docx = tmp_path / "no-title.docx"
    with zipfile.ZipFile(outputs / "release.docx") as archive:
        core = archive.read("docProps/core.xml")
    _rezip(
        outputs / "release.docx",
        docx,
        {"docProps/core.xml": re.sub(rb"<dc:title>[^<]*</dc:title>", b"", core)},
    )

    assert "html.no-lang" in _codes(html)
    assert "pdf.no-lang" in _codes(pdf)
    assert "epub.no-a11y-metadata" in _codes(epub)
    assert "docx.no-title" in _codes(docx)

    completed = run_cli(["check", tmp_path])
    assert completed.returncode == 1, explain(completed)
    lines = completed.stdout.splitlines()
    assert all(re.match(r"^\S.*: error: .+ \[[a-z0-9]+\.[a-z0-9-]+\]$", line) for line in lines), lines
    for name, code in [
        ("no-lang.html", "html.no-lang"),
        ("no-lang.pdf", "pdf.no-lang"),
        ("no-a11y.epub", "epub.no-a11y-metadata"),
        ("no-title.docx", "docx.no-title"),
    ]:
        assert any(line.startswith(str(tmp_path / name)) and line.endswith(f"[{code}]") for line in lines), name


_HEAD = b"<html lang='de'><title>T</title>"
_FRAME = b"<header></header><main>%s</main><footer></footer>"


@pytest.mark.parametrize(
    ("page", "code"),
    [
        (
            b"<html lang='de'><head></head><body>" + _FRAME % b"<h1>T</h1>" + b"</body></html>",
            "html.no-title",
        ),
        (_HEAD + _FRAME % b"<h1>a</h1><h1>b</h1>", "html.h1-count"),
        (_HEAD + b"<body><h1>T</h1><p>no landmarks</p></body></html>", "html.no-main"),
        (_HEAD + _FRAME % b"<h1>T</h1><img src='x.png'>", "html.img-no-alt"),
        (_HEAD + _FRAME % b"<h1>T</h1><a href='https://x.de/a'>https://x.de/a</a>", "html.link-url-text"),
        (
            _HEAD + _FRAME % b"<h1>T</h1><a href='https://x.de/a'><img src='x.png' alt=''></a>",
            "html.link-no-text",
        ),
        (_HEAD + _FRAME % b"<h1>T</h1><h3>x</h3>", "html.heading-skip"),
    ],
)
def test_html_checks_each_rule(tmp_path: Path, page: bytes, code: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(page)
    assert code in _codes(path)


def test_every_word_of_the_release_is_found_in_each_output(outputs: Path) -> None:
    expected = release_words(SOURCE_TEXT)
    for path in sorted(outputs.iterdir()):
        if ".leicht." in path.name:
            continue
        comparison = compare_text(expected, extract_text(path))
        assert comparison.missing == [], (path.name, comparison.missing)


def test_a_lost_word_is_named_with_its_line(outputs: Path, tmp_path: Path) -> None:
    html = (outputs / "release.html").read_bytes().replace(b"Ampeln", b"")
    lossy = tmp_path / "lossy.html"
    lossy.write_bytes(html)
    comparison = compare_text(release_words(SOURCE_TEXT), extract_text(lossy))
    assert [(w.text, w.line) for w in comparison.missing] == [("ampeln", 6)]


def test_moved_words_are_not_lost_unless_order_is_strict() -> None:
    expected = release_words("eins zwei drei\nvier")
    comparison = compare_text(expected, "vier eins zwei drei")
    assert comparison.missing == [] and [w.text for w in comparison.moved] == ["vier"]
    comparison = compare_text(expected, "eins ZWEI drei")
    assert [w.text for w in comparison.missing] == ["vier"]


def test_check_against_a_corpus_release_passes_for_every_output(tmp_path: Path) -> None:
    source = tmp_path / corpus_files()[0].name
    shutil.copy(corpus_files()[0], source)
    converted = run_cli(["convert", source, "--to", "html,pdf,epub,docx", "-d", tmp_path / "out"])
    assert converted.returncode == 0, explain(converted)
    completed = run_cli(["check", "--against", source, tmp_path / "out"])
    assert completed.returncode == 0, explain(completed)
    html = next((tmp_path / "out").glob("*.html"))
    text = html.read_text(encoding="utf-8")
    # Plant a loss: drop the lead paragraph's first long word everywhere in the page.
    word = max(re.findall(r"\w{9,}", extract_text(html)), key=len)
    html.write_text(text.replace(word, ""), encoding="utf-8")
    broken = run_cli(["check", "--against", source, html])
    assert broken.returncode == 1, explain(broken)
    assert "[text.missing]" in broken.stdout and word.casefold() in broken.stdout.casefold()


def test_check_reports_a_damaged_file_instead_of_crashing(tmp_path: Path) -> None:
    (tmp_path / "broken.epub").write_bytes(b"not a zip")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7 garbage")
    codes = {f.code for path in tmp_path.iterdir() for f in check_file(path)}
    assert {"epub.not-zip", "pdf.unreadable"} <= codes


def test_check_against_reports_a_moved_paragraph_unless_any_order(tmp_path: Path) -> None:
    source = tmp_path / "release.txt"
    source.write_text(
        "Stadt baut neue Radwege\n\nDie Stadt baut zwölf Kilometer Radwege am Hafen.\n\n"
        "Die Arbeiten beginnen im Oktober und enden im Mai.\n",
        encoding="utf-8",
    )
    converted = run_cli(["convert", source, "--to", "html", "-d", tmp_path / "out"])
    assert converted.returncode == 0, explain(converted)
    html = tmp_path / "out" / "release.html"
    in_order = run_cli(["check", "--against", source, html])
    assert in_order.returncode == 0 and "present, in order" in in_order.stderr, explain(in_order)
    # Swap the two body paragraphs: every word is still there, but not in the author's order.
    text = html.read_text(encoding="utf-8")
    first, second = "Die Stadt baut zwölf Kilometer Radwege am Hafen.", "Die Arbeiten beginnen im Oktober und enden im Mai."
    assert first in text and second in text
    html.write_text(text.replace(first, "\0").replace(second, first).replace("\0", second), encoding="utf-8")
    swapped = run_cli(["check", "--against", source, html])
    assert swapped.returncode == 1, explain(swapped)
    assert "missing or out of order [text.missing]" in swapped.stdout, explain(swapped)
    relaxed = run_cli(["check", "--against", source, html, "--any-order"])
    assert relaxed.returncode == 0, explain(relaxed)


# ------------------------------------------------------------------ JSON outputs (issue 15 #15)


def test_check_against_reads_json_outputs_in_order(tmp_path: Path) -> None:
    # The seed and every release with a contact card: the JSON writer's text, in reading order.
    sources = [p for p in corpus_files() if "seed" in p.name or "police" in p.name or "city" in p.name]
    for source in sources:
        out = tmp_path / source.stem
        converted = run_cli(["convert", source, "--to", "json,html", "--out-dir", out])
        assert converted.returncode in (0, 3), explain(converted)
        # Folder mode takes the JSON output too (it used to skip it, hiding the failure).
        completed = run_cli(["check", "--against", source, out])
        assert completed.returncode == 0, explain(completed)
        assert f"{source.stem}.json: all" in completed.stderr, explain(completed)
