"""EPUBs of the seed, the corpus and hand-built releases, checked with EPUBCheck, DAISY Ace and pandoc."""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from pressconv.api import make_context, parse
from pressconv.model import Release
from pressconv.writers.epub import EpubWriter, publication_identifier
from tests.fixtures.releases import TIMESTAMP, every_kind_release, minimal_english_release
from tests.fixtures.words import missing_words
from tests.validators import tools

pytestmark = pytest.mark.validator

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SEED = "de-city-dortmund-seed.txt"
CORPUS_FILES = sorted(path.name for path in CORPUS.glob("*.txt"))

HAND_BUILT: dict[str, Callable[[], Release]] = {
    "hand-de-all-kinds": lambda: every_kind_release(images=False),
    "hand-de-images": every_kind_release,
    "hand-en-minimal": minimal_english_release,
}
# The seed always runs; if tests/corpus has not been filled yet its test fails with a clear message.
CASES = [*HAND_BUILT, *sorted({SEED, *CORPUS_FILES})]

OPF_NS = {"opf": "http://www.idpf.org/2007/opf"}
A11Y_REQUIRED = {
    "schema:accessMode": {"textual"},
    "schema:accessModeSufficient": {"textual"},
    "schema:accessibilityFeature": {
        "structuralNavigation",
        "tableOfContents",
        "readingOrder",
        "displayTransformability",
    },
    "schema:accessibilityHazard": {"none"},
    "dcterms:conformsTo": {"EPUB Accessibility 1.1 - WCAG 2.1 Level AA"},
}
# Ace starts Node and a browser per EPUB (about 2 s each here). Runs are independent (own temporary
# folders), but on 2 cores two at a time measured no faster (6 files: 12.5 s one by one, 13.6 s two
# at a time), so they run one after another and leave the other core to pytest-xdist.
ACE_WORKERS = 1


@dataclass(frozen=True)
class Built:
    """One release rendered to an EPUB file on disk."""

    release: Release
    data: bytes
    path: Path


def _release(case: str) -> Release:
    if case in HAND_BUILT:
        return HAND_BUILT[case]()
    path = CORPUS / case
    if not path.is_file():
        raise AssertionError(f"{path} is missing: the corpus is copied into tests/corpus/ by the parser work")
    return parse(path.read_bytes(), path=str(path)).release


def _render(release: Release) -> bytes:
    return EpubWriter().render(release, make_context(release, timestamp=TIMESTAMP))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Built | BaseException]:
    """Render every case once; a case that fails to render keeps its exception for its own tests."""
    folder = tmp_path_factory.mktemp("epub")
    result: dict[str, Built | BaseException] = {}
    for case in CASES:
        try:
            release = _release(case)
            data = _render(release)
        except Exception as exc:
            result[case] = exc
            continue
        path = folder / (Path(case).stem + ".epub")
        path.write_bytes(data)
        result[case] = Built(release=release, data=data, path=path)
    return result


def _get(built: dict[str, Built | BaseException], case: str) -> Built:
    item = built[case]
    if isinstance(item, BaseException):
        raise AssertionError(f"{case} could not be rendered: {type(item).__name__}: {item}") from item
    return item


def _paths(built: dict[str, Built | BaseException]) -> dict[Path, str]:
    return {item.path: case for case, item in built.items() if isinstance(item, Built)}


@pytest.fixture(scope="module")
def epubcheck(built: dict[str, Built | BaseException]) -> dict[str, list[dict[str, Any]]]:
    """EPUBCheck messages per case, from one JVM for all files."""
    paths = _paths(built)
    messages = tools.epubcheck_messages(list(paths))
    return {paths[path]: found for path, found in messages.items()}


@pytest.fixture(scope="module")
def ace(built: dict[str, Built | BaseException]) -> dict[str, tuple[list[dict[str, Any]], float]]:
    """Ace violations and seconds per case, ACE_WORKERS runs at a time."""
    paths = _paths(built)

    def run(path: Path) -> tuple[list[dict[str, Any]], float]:
        start = time.perf_counter()
        violations = tools.ace_violations(path)
        return violations, time.perf_counter() - start

    with ThreadPoolExecutor(max_workers=ACE_WORKERS) as pool:
        results = dict(zip(paths, pool.map(run, paths), strict=True))
    return {paths[path]: result for path, result in results.items()}


@pytest.mark.parametrize("case", CASES)
def test_epubcheck_reports_nothing(case: str, built: dict[str, Built | BaseException], epubcheck: Any) -> None:
    _get(built, case)
    messages = [
        f"{m['severity']} {m['ID']}: {m['message']} @ {[loc.get('path') for loc in m.get('locations', [])]}"
        for m in epubcheck[case]
    ]
    assert messages == [], f"EPUBCheck on {case}"


@pytest.mark.parametrize("case", CASES)
def test_ace_finds_no_violation(case: str, built: dict[str, Built | BaseException], ace: Any) -> None:
    _get(built, case)
    violations, seconds = ace[case]
    found = [f"{v['impact']} {v['rule']} in {v['file']}: {v['description']} {v['html']}" for v in violations]
    assert found == [], f"Ace on {case} ({seconds:.1f} s)"


@pytest.mark.parametrize("case", CASES)
def test_accessibility_metadata_is_present(case: str, built: dict[str, Built | BaseException]) -> None:
    item = _get(built, case)
    with zipfile.ZipFile(io.BytesIO(item.data)) as archive:
        opf = etree.fromstring(archive.read("EPUB/content.opf"))
    declared: dict[str, set[str]] = {}
    for meta in opf.xpath("//opf:meta[@property]", namespaces=OPF_NS):
        declared.setdefault(meta.get("property"), set()).add(meta.text)
    for prop, values in A11Y_REQUIRED.items():
        assert values <= declared.get(prop, set()), prop
    (summary,) = declared["schema:accessibilitySummary"]
    assert len(summary) > 40
    assert opf.get("{http://www.w3.org/XML/1998/namespace}lang") == item.release.meta.language


@pytest.mark.parametrize("case", CASES)
def test_pandoc_reads_every_word(case: str, built: dict[str, Built | BaseException]) -> None:
    item = _get(built, case)
    text = tools.pandoc_plain(item.path, "epub")
    assert missing_words(item.release, text) == []


@pytest.mark.parametrize("case", CASES)
def test_same_input_gives_the_same_bytes(case: str, built: dict[str, Built | BaseException]) -> None:
    item = _get(built, case)
    assert _render(item.release) == item.data


def test_different_releases_get_different_identifiers(built: dict[str, Built | BaseException]) -> None:
    """Distinct releases get distinct ids; DERIVED corpus variants parse to an equal release and share it."""
    releases = [item.release for item in built.values() if isinstance(item, Built)]
    identifiers = {release: publication_identifier(release) for release in releases}
    assert len(set(identifiers.values())) == len(identifiers)
