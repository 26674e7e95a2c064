"""Nothing lost on the adversarial inputs of issue 15 #6-#10, in every format (HTML, PDF, EPUB, DOCX, JSON).

The same check as ``test_nothing_lost.py`` (``pressconv check --against``'s text comparison): the
inputs are converted once by the real CLI as a batch, the text is extracted back out of every output
and aligned with the release's words. These inputs once lost an embargo line, a repeated links label,
list numbers, a time or a date as written, or a word of a PDF line; they are kept small because the
PDF writer is the slow one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pressconv.checks.text_preserved import compare_text, expected_words, extract_text
from tests.reliability.support import assert_clean_success, leftovers, run_cli

FORMATS = ("html", "pdf", "epub", "docx", "json")
ORDER_FREE = frozenset({"json"})  # JSON is the model in schema order (see test_nothing_lost.py)
BODY = "Berlin, 12.03.2024 – Die Stadt eröffnet heute eine neue Brücke über den Fluss. Sie ist lang.\n"
INPUTS: dict[str, str] = {
    # 6: a valid embargo, then an unreadable one; two valid ones; a zone.
    "embargo-unreadable": "Pressemitteilung\n\nSperrfrist: 24.12.2024, 18:00 Uhr\nSperrfrist: irgendwann bald\n\n"
    "Neue Brücke eröffnet\n\n" + BODY,
    "embargo-twice": "Sperrfrist: 24.12.2024, 18:00 Uhr\nSperrfrist: 25.12.2024, 10:00 Uhr\n\nNeue Brücke eröffnet\n\n"
    + BODY,
    "embargo-zone": "FOR IMMEDIATE RELEASE\nEMBARGOED UNTIL 25 December 2024, 00:01 EST\n\nCity opens new bridge\n\n"
    "SPRINGFIELD, Dec. 20, 2024 -- The city opened a new bridge over the river today. It is long.\n",
    # 7: a links label repeated without its URL, many times.
    "links-repeated": "Neue Brücke eröffnet\n\n"
    + BODY
    + "".join(f"\nWeitere Informationen zum Thema {n}:\nhttps://example.org/t{n}\n" for n in range(40)),
    "contact-repeated": "Neue Brücke eröffnet\n\n" + BODY + "\nPressekontakt:\nAnna Muster\nTel. 030 123456\n\n"
    "Pressekontakt:\nBernd Beispiel\nTel. 030 654321\n",
    # 8: numbers as written, two lists that start again.
    "list-numbers": "Neue Brücke eröffnet\n\n" + BODY + "\nDie Schritte:\n\n1) Planung\n2) Bau\n10) Eröffnung\n\n"
    "Die Termine:\n\n1. Montag\n2. Dienstag\n\n1. Mittwoch\n2. Donnerstag\n3. Freitag\n\nDas war es.\n",
    # 9: unbreakable tokens wider than the page.
    "unbreakable": "Neue Brücke eröffnet\n\n" + BODY + "\nPrüfsumme: " + "a1b2c3d4" * 16 + "\n\n" + "a." * 400 + "\n",
    # 10: impossible dates and times, a four-digit year, a date after the agency.
    "date-year-one": "Neue Brücke eröffnet\n\n01.01.0001\n\nDie Stadt eröffnet heute eine neue Brücke.\n",
    "date-bad-time": "Neue Brücke eröffnet\n\n12.03.2024, 25:61 Uhr\n\nDie Stadt eröffnet heute eine neue Brücke.\n",
    "date-impossible": "Neue Brücke eröffnet\n\n31.02.2024\n\nDie Stadt eröffnet am 29.02.2023 eine neue Brücke.\n",
    "date-agency": "Berlin (dpa), 12.03.2024\n\nDie Stadt eröffnet heute eine neue Brücke über den Fluss. Sie ist lang.\n",
}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, Any]]:
    """Every adversarial input in every checked format, rendered once by one CLI batch."""
    out = tmp_path_factory.mktemp("adversarial")
    sources = out / "in"
    sources.mkdir()
    for name, text in INPUTS.items():
        (sources / f"{name}.txt").write_text(text, encoding="utf-8")
    report = out / "report.json"
    result = run_cli(
        ["convert", sources, "--to", ",".join(FORMATS), "--out-dir", out / "dist", "--report", report, "--quiet"],
        cwd=out,
        timeout=300,
    )
    assert_clean_success(result)
    assert leftovers(out / "dist") == []
    return sources, out / "dist", json.loads(report.read_text(encoding="utf-8"))


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", sorted(INPUTS))
def test_every_word_arrives(name: str, fmt: str, rendered: tuple[Path, Path, dict[str, Any]]) -> None:
    sources, dist, report = rendered
    source = sources / f"{name}.txt"
    entry = next(e for e in report["files"] if Path(e["input"]).name == source.name)
    assert entry["status"] in ("ok", "warnings"), entry
    assert not [d for d in entry.get("diagnostics", ()) if d.get("code") == "text.lost"], entry
    expected = expected_words(source.read_bytes(), path=source.name)
    comparison = compare_text(expected, extract_text(dist / f"{name}.{fmt}"))
    if fmt in ORDER_FREE:
        assert comparison.ok, f"{name} -> {fmt}: {comparison.describe()}"
    else:
        assert comparison.in_order, f"{name} -> {fmt}: {comparison.describe()}"


def test_embargo_lines_are_not_excused_as_removed(rendered: tuple[Path, Path, dict[str, Any]]) -> None:
    """An embargo line is checked like text, never listed as removed (which would exempt it)."""
    _, _, report = rendered
    for entry in report["files"]:
        if Path(entry["input"]).name.startswith("embargo"):
            assert not [r for r in entry["removed"] if "mbargo" in r["text"] or "Sperrfrist" in r["text"]], entry


def test_impossible_dates_are_not_excused_as_removed(rendered: tuple[Path, Path, dict[str, Any]]) -> None:
    """An impossible date or time stays text (and is warned about), never read away into the metadata."""
    _, _, report = rendered
    entries = {Path(entry["input"]).stem: entry for entry in report["files"]}
    for name, written in (("date-bad-time", "25:61"), ("date-impossible", "31.02.2024")):
        entry = entries[name]
        assert not [r for r in entry["removed"] if written in r["text"]], entry
        assert any(d["code"] == "date.impossible" for d in entry["diagnostics"]), entry
