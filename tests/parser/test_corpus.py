"""Every corpus file parses, matches its native-dump golden, and loses no word."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from pressconv.model import BlockQuote, Paragraph, Quotation, inline_text
from pressconv.native import dump
from pressconv.source import decode
from tests.conftest import CORPUS, check_golden, corpus_files, parse_file
from tests.parser.accounting import missing_words

GOLDEN = CORPUS / "golden"


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_corpus_file_matches_golden(path: Path) -> None:
    result = parse_file(path)
    assert not [d for d in result.diagnostics if d.level == "error"]
    check_golden(dump(result.release), GOLDEN / (path.stem + ".native"))


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_corpus_file_loses_no_word(path: Path) -> None:
    result = parse_file(path)
    text = decode(path.read_bytes()).text
    assert not missing_words(text, result), "words neither in the model nor in removed"


def test_corpus_is_complete() -> None:
    names = {p.name for p in CORPUS.glob("*.txt")}
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    for name in names:
        assert f"`{name}`" in sources
    # The copies must equal the shared corpus they came from: SHA256SUMS holds the originals'
    # checksums, taken from ../shared/corpus when the copies were made (`sha256sum *.txt`).
    sums: dict[str, str] = {}
    for line in (CORPUS / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split(maxsplit=1)
        sums[name] = digest
    assert set(sums) == names
    for name, digest in sums.items():
        assert hashlib.sha256((CORPUS / name).read_bytes()).hexdigest() == digest, name


def _quotations(result_body: tuple[object, ...]) -> list[tuple[str | None, str | None]]:
    found: list[tuple[str | None, str | None]] = []
    for block in result_body:
        if isinstance(block, BlockQuote):
            found.append((block.speaker, block.role))
        if isinstance(block, Paragraph):
            found.extend((n.speaker, n.role) for n in block.children if isinstance(n, Quotation))
    return found


def test_seed_release() -> None:
    result = parse_file(CORPUS / "de-city-dortmund-seed.txt")
    release = result.release
    assert release.meta.issued is not None and release.meta.issued.isoformat() == "2018-09-20"
    assert inline_text(release.meta.title) == "Dortmund als „Digitalste Stadt“ ausgezeichnet"
    assert release.meta.language == "de-DE"
    paragraphs = [b for b in release.body if isinstance(b, Paragraph)]
    assert len(paragraphs) == 5
    assert paragraphs[0].lead and not any(p.lead for p in paragraphs[1:])
    assert inline_text(paragraphs[0].children).startswith("Die Stiftung „Lebendige Stadt“ hat")
    assert _quotations(release.body) == [
        ("Ullrich Sierau", "Oberbürgermeister"),
        ("Ullrich Sierau", "Oberbürgermeister"),
        ("Thomas Westphal", "Geschäftsführer der Wirtschaftsförderung Dortmund"),
    ]
    assert [r.text for r in result.removed] == ["Direkt zum Inhalt"]
    links_sections = [s for s in release.sections if s.kind == "links"]
    assert len(links_sections) == 1
    from pressconv.writers.json import release_to_json

    links = release_to_json(result)["links"]
    assert {link["url"] for link in links} == {
        "https://www.dortmund.de/de/leben_in_dortmund/nachrichtenportal/alle_nachrichten/nachricht.jsp?nid=548121",
        "https://www.lebendige-stadt.de",
    }
    assert {link["text"] for link in links} == {
        "www.dortmund.de/de/leben_in_dortmund/nachrichtenportal/alle_nachrichten/nachricht.jsp?nid=548121",
        "www.lebendige-stadt.de",
    }
    # The line holding only a no-break space is blank, not a paragraph.
    assert all(inline_text(p.children).strip() for p in paragraphs)


@pytest.mark.parametrize(
    "name",
    ["de-state-berlin-wahl-DERIVED-cp1252-013.txt", "de-state-berlin-einladung-DERIVED-bom-crlf-014.txt"],
)
def test_derived_encodings_give_the_same_model_as_utf8(name: str) -> None:
    from pressconv.api import parse

    path = CORPUS / name
    decoded = decode(path.read_bytes())
    canonical = decoded.text.encode("utf-8")
    assert "\r" not in decoded.text and "\ufeff" not in decoded.text
    original = parse(canonical, path=name).release
    derived = parse_file(path).release
    assert derived.meta.source is not None and original.meta.source is not None
    # Same model except the checksum of the bytes it came from.
    from dataclasses import replace

    assert replace(derived, meta=replace(derived.meta, source=None)) == replace(
        original, meta=replace(original.meta, source=None)
    )


def test_wrap72_unwraps_into_whole_sentences() -> None:
    result = parse_file(CORPUS / "de-police-berlin-DERIVED-wrap72-015.txt")
    paragraphs = [inline_text(b.children) for b in result.release.body if isinstance(b, Paragraph)]
    assert len(paragraphs) == 1
    text = paragraphs[0]
    assert "\n" not in text
    assert text.startswith("In Reinickendorf wurde gestern Nachmittag ein Junge bei einem Verkehrsunfall")
    assert text.endswith("Sie dauern an.")
    assert "Kurt-Schumacher-Platz" in text
    assert result.release.meta.release_number == "Nr. 1931"
    # Re-flowing the same words differently must not change the model.
    flat = re.sub(r"\s*\n\s*", " ", decode((CORPUS / "de-police-berlin-DERIVED-wrap72-015.txt").read_bytes()).text)
    flat = flat.replace("Kind schwer verletzt Nr.", "Kind schwer verletzt\nNr.")
    from pressconv.api import parse

    assert parse(flat).release.body == result.release.body
