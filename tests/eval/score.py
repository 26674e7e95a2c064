"""Score the parser against hand-made gold annotations of press releases (``make eval``).

The gold files follow ``../shared/corpus/GOLD.md``: one JSON file per release saying what a careful
reader finds in it (title, date, lead, paragraphs, quotes, contacts, links, residue). This harness
parses every release in-process, turns the result into the ``inspect --json`` model and compares it
field by field by the rules of the team's ``gold-score`` tool, so the figures it prints are the
same; running in one process makes it fast enough to be a test (``tests/parser/test_accuracy.py``).

A gold set is a folder with ``gold/NAME.json`` and ``texts/NAME`` (the gold file's name without
``.json``). Sets: ``tests/eval/annotated`` (the team's thirty annotated development releases, copied
from ``../shared/corpus/annotated`` with their sources), ``tests/eval/corpus`` (the 22 corpus releases)
and ``tests/eval/fixtures`` (our own releases, one per convention).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

EVAL = Path(__file__).resolve().parent

Json = dict[str, Any]


@dataclass(frozen=True)
class GoldSet:
    """A named set of gold files and the texts they annotate."""

    name: str
    pairs: tuple[tuple[Path, Path], ...]  # (gold file, text file)


@dataclass(frozen=True)
class FileScore:
    """The per-field scores of one release (each 0.0 … 1.0) and whether parsing crashed."""

    name: str
    fields: dict[str, float]
    crashed: bool = False

    @property
    def total(self) -> float:
        return sum(self.fields.values()) / len(self.fields) if self.fields else 0.0


def gold_set(name: str, folder: Path) -> GoldSet:
    """The pairs of a folder laid out as ``gold/`` + ``texts/``."""
    pairs = tuple((gold, folder / "texts" / gold.name[: -len(".json")]) for gold in sorted((folder / "gold").glob("*.json")))
    return GoldSet(name, pairs)


def default_sets() -> list[GoldSet]:
    """The three sets kept in this repository: the team's annotated development releases with the
    seed (the figure issue 14 is measured by), our 22 corpus releases, and our convention fixtures."""
    corpus = gold_set("corpus", EVAL / "corpus")
    seed = tuple(pair for pair in corpus.pairs if pair[1].name == "de-city-dortmund-seed.txt")
    return [
        GoldSet("annotated+seed", gold_set("annotated", EVAL / "annotated").pairs + seed),
        corpus,
        gold_set("fixtures", EVAL / "fixtures"),
    ]


def model_json(path: Path) -> Json | None:
    """What ``pressconv inspect PATH --json`` prints, as a dict; None if the release is refused."""
    from pressconv.api import parse
    from pressconv.errors import PressconvError
    from pressconv.writers.json import release_to_json

    try:
        result = parse(path.read_bytes(), path=str(path))
    except PressconvError:
        return None
    document: Json = release_to_json(result)
    return document


def _ws(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _url(url: str | None) -> str:
    return re.sub(r"^(https?://)?(www\.)?", "", (url or "").strip().lower()).rstrip("/")


def _digits(text: str | None) -> str:
    return re.sub(r"\D", "", text or "")


def _title(text: str | None) -> str:
    # Titles compare after decoding entities ("&nbsp;") and normalising white space (GOLD.md).
    return _ws(html.unescape(text or "").replace("\u00a0", " "))


def _walk(node: Any) -> Iterator[Json]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def score(model: Json, gold: Json) -> dict[str, float]:
    """Compare one model with its gold, field by field, by the rules of GOLD.md and gold-score."""
    meta: Json = model.get("meta") or {}
    result: dict[str, bool | float] = {}
    result["language"] = (meta.get("language") or "").lower().startswith(gold["language"])
    result["date"] = (meta.get("issued") or None) == gold["date"]
    gold_place, place = _ws(gold.get("place")).lower(), _ws(meta.get("place")).lower()
    result["place"] = (not gold_place and not place) or (
        bool(gold_place) and bool(place) and (gold_place in place or place in gold_place)
    )
    synthesized = any(d.get("code") == "title.missing" for d in model.get("diagnostics", []))
    if gold["title"]:
        # A leading running number ("0815. ") may be left out of the title.
        variants = {_title(gold["title"]), re.sub(r"^\d{1,5}\.\s+", "", _title(gold["title"]))}
        result["title"] = _title(meta.get("title")) in variants
    else:
        result["title"] = not meta.get("title") or synthesized
    if gold.get("subtitle"):
        result["subtitle"] = _ws(meta.get("subtitle")) == _ws(gold["subtitle"])
    else:
        result["subtitle"] = not meta.get("subtitle")
    paragraphs = [block for block in model.get("body", []) if block.get("type") == "paragraph"]
    if gold.get("lead_start"):
        result["lead"] = bool(paragraphs) and _ws(paragraphs[0].get("text")).startswith(_ws(gold["lead_start"]))
    link_blocks = sum(len(s.get("blocks", [])) for s in model.get("sections", []) if s.get("kind") == "links")
    result["paragraphs"] = abs(len(paragraphs) + link_blocks - gold["paragraph_count"]) <= 1
    gold_speakers = {_ws(q["speaker"]).split()[-1] for q in gold.get("quotes", []) if q.get("speaker")}
    if gold_speakers:
        speakers = [
            _ws(node.get("speaker"))
            for node in _walk(model.get("body", []))
            if node.get("type") in ("quotation", "blockquote") and node.get("speaker")
        ]
        surnames = [speaker.split()[-1] for speaker in speakers if speaker]
        result["quotes"] = sum(1 for name in gold_speakers if name in surnames) / len(gold_speakers)
    gold_contacts = gold.get("contacts") or []
    if gold_contacts:
        cards = [card for node in _walk(model.get("sections", [])) for card in (node.get("contacts") or [])]
        text = json.dumps(cards, ensure_ascii=False)
        wanted = [c["email"] for c in gold_contacts if c.get("email")] + [
            c["phone"] for c in gold_contacts if c.get("phone")
        ]
        if wanted:
            found = sum(1 for w in wanted if (w in text if "@" in w else _digits(w) in _digits(text)))
            result["contacts"] = found / len(wanted)
        else:
            result["contacts"] = bool(cards)
    gold_links = gold.get("links") or []
    if gold_links:
        links = [_url(link.get("url")) for link in model.get("links", [])]
        result["links"] = sum(
            1 for url in gold_links if any(_url(url) in got or got in _url(url) for got in links if got)
        ) / len(gold_links)
    gold_residue = gold.get("residue_removed") or []
    if gold_residue:
        removed = " ".join(_ws(entry.get("text")) for entry in model.get("removed", []))
        result["residue"] = sum(1 for line in gold_residue if _ws(line) in removed) / len(gold_residue)
    return {name: float(value) for name, value in result.items()}


def score_set(gold: GoldSet) -> list[FileScore]:
    """Score every release of a set."""
    scores = []
    for gold_file, text in gold.pairs:
        model = model_json(text)
        if model is None:
            scores.append(FileScore(text.name, {"parsed": 0.0}, crashed=True))
            continue
        scores.append(FileScore(text.name, score(model, json.loads(gold_file.read_text(encoding="utf-8")))))
    return scores


def summary(scores: list[FileScore]) -> tuple[float, dict[str, float]]:
    """The overall figure (mean of the per-file means, as gold-score) and the per-field means."""
    fields: dict[str, list[float]] = {}
    for entry in scores:
        for name, value in entry.fields.items():
            fields.setdefault(name, []).append(value)
    overall = sum(entry.total for entry in scores) / len(scores) if scores else 0.0
    return overall, {name: sum(values) / len(values) for name, values in sorted(fields.items())}


def _sender(name: str) -> str:
    # Files are named lang-kind-sender-… (corpus) or lang-convention-… (fixtures); the development
    # set's dc-dev-01 etc. are grouped by their prefix.
    parts = name.split(".")[0].split("-")
    return "-".join(parts[:2]) if parts[1:2] == ["dev"] else "-".join(parts[:3])


def report(sets: list[GoldSet], *, verbose: bool) -> dict[str, float]:
    """Print per-file (below 1.0, or all with verbose), per-sender, per-field and overall figures."""
    overall_by_set: dict[str, float] = {}
    for gold in sets:
        scores = score_set(gold)
        if not scores:
            continue
        print(f"== {gold.name}: {len(scores)} releases")
        for entry in scores:
            if verbose or entry.total < 1:
                misses = " ".join(f"{k}={v:.2f}" for k, v in entry.fields.items() if v < 1)
                print(f"  {entry.name:48s} {entry.total:5.2f}  {misses}")
        senders: dict[str, list[float]] = {}
        for entry in scores:
            senders.setdefault(_sender(entry.name), []).append(entry.total)
        print("  per source: " + ", ".join(f"{k} {sum(v) / len(v):.2f}" for k, v in sorted(senders.items())))
        overall, fields = summary(scores)
        print("  per field: " + ", ".join(f"{k} {v:.2f}" for k, v in fields.items()))
        crashed = sum(entry.crashed for entry in scores)
        print(f"  parse accuracy {overall:.3f} over {len(scores)} gold files; {crashed} without JSON")
        overall_by_set[gold.name] = overall
    return overall_by_set


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", type=Path, help="a gold set folder (gold/ + texts/)")
    parser.add_argument("--verbose", action="store_true", help="list every file, not only imperfect ones")
    args = parser.parse_args(argv)
    sets = [gold_set(folder.name, folder) for folder in args.set] if args.set else default_sets()
    report(sets, verbose=args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
