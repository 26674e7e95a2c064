"""`convert --site` and `build_site`: the Atom feed validates against RFC 4287's schema and feedparser reads
it whole; the index lists every release newest first with every file; both are reproducible."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import feedparser
import pytest
import rnc2rng
from lxml import etree, html

from pressconv.api import convert
from pressconv.errors import UsageError
from pressconv.site import build_site

TESTS = Path(__file__).resolve().parents[1]
REPO = TESTS.parent
ATOM_RNC = TESTS / "schemas" / "atom-rfc4287.rnc"
RELEASES = sorted((TESTS / "corpus").glob("*.txt")) + sorted((TESTS / "eval" / "annotated" / "texts").glob("*.txt"))
EPOCH = "1537444800"
ATOM = {"a": "http://www.w3.org/2005/Atom"}
FORMATS = "html,ninjs,json"


def run_pressconv(*args: str | Path, epoch: str = EPOCH) -> subprocess.CompletedProcess[str]:
    """Run the CLI of this checkout (src first on the path), as CI would, and capture its output."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRESSCONV_")}
    env.update({"SOURCE_DATE_EPOCH": epoch, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO)])})
    command = [sys.executable, "-m", "pressconv", *map(str, args)]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=600, check=False)


@cache
def atom_schema() -> etree.RelaxNG:
    grammar = rnc2rng.dumps(rnc2rng.loads(ATOM_RNC.read_text(encoding="utf-8")))
    # rnc2rng 2.7 declares xmlns:local="" for the schema's `namespace local = ""`, which XML
    # Namespaces 1.0 §3 forbids (lxml refuses the grammar); the empty namespace needs no prefix.
    grammar = grammar.replace('xmlns:local=""', "")
    return etree.RelaxNG(etree.fromstring(grammar.encode("utf-8")))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("releases")
    for path in RELEASES:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def site(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    completed = run_pressconv("convert", inputs, "--to", FORMATS, "--out-dir", out, "--site", out, "--quiet")
    assert completed.returncode == 0, completed.stderr
    return out


def _feed(site: Path) -> etree._ElementTree:
    return etree.parse(str(site / "feed.atom"))


def test_feed_validates_against_the_rfc_4287_schema(site: Path) -> None:
    schema = atom_schema()
    assert schema.validate(_feed(site)), schema.error_log
    # The schema is real: a feed without its required id is refused.
    broken = _feed(site)
    root = broken.getroot()
    root.remove(root.find("a:id", ATOM))
    assert not schema.validate(broken)


def test_feed_keeps_the_schematron_rules_of_the_schema(site: Path) -> None:
    # RFC 4287 Appendix B states these two rules as Schematron, which RELAX NG validators skip.
    root = _feed(site).getroot()
    entries = root.findall("a:entry", ATOM)
    assert entries
    feed_author = root.find("a:author", ATOM) is not None
    for entry in entries:
        assert feed_author or entry.find("a:author", ATOM) is not None
        assert entry.xpath("a:link[@rel='alternate'] or a:link[not(@rel)] or a:content", namespaces=ATOM)


def test_feedparser_reads_every_entry_and_link(site: Path) -> None:
    parsed: Any = feedparser.parse(str(site / "feed.atom"))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert len(parsed.entries) == len(RELEASES)
    ids = [entry.id for entry in parsed.entries]
    assert len(set(ids)) == len(ids)
    for entry in parsed.entries:
        assert entry.title and entry.summary and entry.content[0].value
        assert entry.updated_parsed is not None
        links = {link.href: link for link in entry.links}
        stems = {Path(href).name.split(".", 1)[0] for href in links}
        assert len(stems) == 1, links
        stem = stems.pop()
        # One link per written file, with its media type and its length in bytes.
        expected = {f"{stem}.html", f"{stem}.ninjs.json", f"{stem}.json"}
        assert set(links) == expected
        for href, link in links.items():
            assert int(link.length) == (site / href).stat().st_size
        assert links[f"{stem}.html"].rel == "alternate" and links[f"{stem}.html"].type == "text/html"
        assert links[f"{stem}.ninjs.json"].rel == "enclosure"
        assert links[f"{stem}.ninjs.json"].type == "application/json"
        # The entry's id is the release's ninjs uri: one identity across the outputs.
        ninjs = json.loads((site / f"{stem}.ninjs.json").read_text(encoding="utf-8"))
        assert entry.id == ninjs["uri"]
        assert entry.title == ninjs["headlines"][0]["value"]


def _index(site: Path) -> Any:
    return html.fromstring((site / "index.html").read_bytes())


def _size_numbers(text: str) -> tuple[str, float]:
    match = re.search(r"\((HTML|JSON|PDF|EPUB|DOCX), ([\d,.]+) (B|kB|MB)\)$", text)
    assert match, text
    value = float(match.group(2).replace(",", "."))
    return match.group(1), value * {"B": 1, "kB": 1000, "MB": 1_000_000}[match.group(3)]


def test_index_lists_every_release_newest_first_with_every_file(site: Path) -> None:
    page = _index(site)
    assert len(page.findall(".//h1")) == 1
    articles = page.findall(".//main//article")
    assert len(articles) == len(RELEASES)
    dates = []
    for article in articles:
        assert article.get("lang"), "every entry states its language (WCAG 3.1.2)"
        links = article.findall(".//ul//a")
        assert len(links) == 3
        for link in links:
            target = site / link.get("href")
            assert target.is_file()
            type_name, size = _size_numbers(link.text_content())
            assert type_name == {".html": "HTML", ".json": "JSON"}[target.suffix]
            # The size in the link text is the file's (rounded as shown).
            assert abs(size - target.stat().st_size) <= max(500, target.stat().st_size * 0.051)
        time = article.find(".//time")
        if time is not None:
            dates.append(date.fromisoformat(time.get("datetime")[:10]))
    assert dates == sorted(dates, reverse=True)
    assert page.find(".//link[@type='application/atom+xml']").get("href") == "feed.atom"


def test_index_and_feed_follow_the_same_order(site: Path) -> None:
    titles = [a.find(".//h2").text_content() for a in _index(site).findall(".//main//article")]
    feed_titles = [e.findtext("a:title", namespaces=ATOM) for e in _feed(site).getroot().findall("a:entry", ATOM)]
    assert titles == feed_titles


def test_site_and_ninjs_are_byte_identical_for_the_same_epoch(inputs: Path, site: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    completed = run_pressconv("convert", inputs, "--to", FORMATS, "--out-dir", again, "--site", again, "--quiet")
    assert completed.returncode == 0, completed.stderr
    for name in ("index.html", "feed.atom", *(f"{p.stem}.ninjs.json" for p in RELEASES)):
        assert (again / name).read_bytes() == (site / name).read_bytes(), name


def test_site_in_another_folder_links_back_to_the_outputs(inputs: Path, tmp_path: Path) -> None:
    some = tmp_path / "in"
    some.mkdir()
    for path in RELEASES[:3]:
        shutil.copy(path, some / path.name)
    completed = run_pressconv(
        "convert", some, "--to", "html,pdf,epub,docx", "--easy", "-d", tmp_path / "out", "--site", tmp_path / "web"
    )
    assert completed.returncode == 0, completed.stderr
    page = _index(tmp_path / "web")
    hrefs = [a.get("href") for a in page.findall(".//main//ul//a")]
    assert hrefs and all(href.startswith("../out/") for href in hrefs)
    assert all((tmp_path / "web" / href).resolve().is_file() for href in hrefs)
    types = {_size_numbers(a.text_content())[0] for a in page.findall(".//main//ul//a")}
    assert types == {"HTML", "PDF", "EPUB", "DOCX"}
    # The Leichte-Sprache files are listed as such.
    assert any("Leichte Sprache" in a.text_content() or "Easy" in a.text_content() for a in page.findall(".//a"))
    assert atom_schema().validate(etree.parse(str(tmp_path / "web" / "feed.atom")))


def test_existing_site_is_kept_with_no_clobber(inputs: Path, site: Path) -> None:
    # Outputs are overwritten by default like every output of a run (issue 18 #4); --no-clobber keeps them.
    some = inputs.parent / "one"
    some.mkdir(exist_ok=True)
    shutil.copy(RELEASES[0], some / RELEASES[0].name)
    before = (site / "index.html").read_bytes()
    completed = run_pressconv("convert", some, "--to", "html", "-d", some / "out", "--site", site, "--no-clobber")
    assert completed.returncode == 1
    assert "index.html exists" in completed.stderr and "Traceback" not in completed.stderr
    assert (site / "index.html").read_bytes() == before
    rerun = run_pressconv("convert", some, "--to", "html", "-d", some / "out", "--site", site)
    assert rerun.returncode == 0, rerun.stderr
    assert (site / "index.html").read_bytes() != before


def test_site_with_stdout_output_is_a_usage_error() -> None:
    completed = run_pressconv("convert", "-", "--to", "html", "--site", "web")
    assert completed.returncode == 2
    assert completed.stderr.strip().splitlines() == [
        "pressconv: error: --site needs output files; give --out-dir when reading standard input"
    ]


def test_build_site_api(tmp_path: Path) -> None:
    results = [convert(path.read_bytes(), ["html", "ninjs"], path=path.name, stem=path.stem) for path in RELEASES[:4]]
    written = build_site(results, tmp_path)
    names = sorted(path.name for path in written)
    assert "index.html" in names and "feed.atom" in names
    assert len(names) == 4 * 2 + 2
    assert atom_schema().validate(etree.parse(str(tmp_path / "feed.atom")))
    parsed: Any = feedparser.parse(str(tmp_path / "feed.atom"))
    assert len(parsed.entries) == 4
    with pytest.raises(UsageError, match="share the stem"):
        build_site([results[0], results[0]], tmp_path / "twice")
