"""``make eval-easy``: automatic figures of the Leichte-Sprache summaries over every German release.

Figures (issue 16): share of sentences over 12 words, dangling openers, rule and guard failures per
sentence, share of 7+-word sentences copied unchanged, bad titles, Flesch-Amstad before/after. A rescue
follower ("Das ist am …", rescue.py) right after its head is no dangling opener: the pipeline keeps it
only there (``EasyResult.followers``).
``--from-src DIR`` summarises with another source tree (an older pressconv) and judges it with
today's checks, for a before/after table. These are automatic figures; the rubric in
``notes/easy-judging.md`` is the judgement that counts.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tests.fixtures.corpus import CORPUS, shared_corpus

ROOT = Path(__file__).resolve().parents[2]
_GENERIC_TITLES = ("Eine Nachricht in Leichter Sprache", "Eine Nachricht", "Pressemitteilung", "Nachricht")
# A title that only names the act of writing or of being on duty says nothing of the news (rubric,
# item 6: "generic"; judged bad in blind judgements): "X schreibt über …", "X informiert über …",
# "X hat eine Meinung …", "Die Polizei bittet um Hilfe" with nothing it asks about, "X war im Einsatz".
_FRAME_TITLE = re.compile(
    r"\b(?:schreibt|schreiben|berichtet|berichten|informiert|informieren)\s+(?:über|zu)\b"
    r"|\bteilt\s+mit\b|\bhat\s+eine\s+Meinung\b"
    r"|\bbittet\s+um\s+(?:Hilfe|Mithilfe|Hinweise)\s*\.?$"
    r"|\b(?:war|waren|ist|sind)\b(?:\s+\S+){0,3}\s+im\s+Einsatz\s*\.?$"
)


def corpus_dirs() -> list[Path]:
    """The shared corpus (and its annotated texts), wherever this checkout sits next to it."""
    env = os.environ.get("PRESSCONV_EASY_CORPUS")
    base = Path(env) if env else shared_corpus() or CORPUS
    return [d for d in (base, base / "annotated" / "texts") if d.is_dir()]


def german_files() -> list[Path]:
    """Every German release of the corpus (file names starting de-, dc-, dp-)."""
    return sorted(p for d in corpus_dirs() for p in d.glob("*.txt") if p.name.startswith(("de-", "dc-", "dp-")))


_DUMP = """
import json, sys
from pressconv.api import parse
from pressconv.source import decode
from pressconv.transforms.easy import summarise
out = []
for path in sys.argv[1:]:
    data = open(path, "rb").read()
    release = parse(data, path=path).release
    result = summarise(release)
    title = "".join(getattr(t, "text", "") for t in result.release.meta.title)
    issued = release.meta.issued.isoformat() if release.meta.issued else None
    out.append({"path": path, "title": title, "sentences": list(result.sentences), "items": list(result.items),
                "followers": list(result.followers),
                "source": list(result.source_sentences), "text": decode(data, name=path).text,
                "issued": issued})
print(json.dumps(out))
"""


def summaries(files: list[Path], src: Path) -> list[dict[str, Any]]:
    """Title, sentences and source sentences of each file's summary, made by the tree at ``src``."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run(
        [sys.executable, "-c", _DUMP, *map(str, files)], env=env, capture_output=True, text=True, check=True
    )
    loaded: list[dict[str, Any]] = json.loads(done.stdout)
    return loaded


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("·", "")).strip()


def _bad_title(title: str, source: str) -> str | None:
    from pressconv.transforms.easy.readability import words

    plain = _plain(title)
    if plain in _GENERIC_TITLES or not plain or _FRAME_TITLE.search(plain):
        return "generic"
    if re.search(r"\d{1,2}[.:]\d{2}\s*Uhr|\d{4}-\d\d-\d\d|^\d", plain):
        return "time stamp"
    if re.search(r":\s*$|\.\.\.$|…$", plain) or len(words(plain)) > 12:
        return "cut off or long"
    if re.search(rf"^\s*\w+\s*[:=]\s*\"?{re.escape(plain)}", source, flags=re.M):
        return "front matter value"
    return None


def judge(items: list[dict[str, Any]]) -> dict[str, Any]:
    """The automatic figures over all summaries, and per file."""
    from pressconv.transforms.easy.dates import format_date
    from pressconv.transforms.easy.draft import lexicon_acronyms as _lexicon_acronyms
    from pressconv.transforms.easy.draft import template_vocabulary
    from pressconv.transforms.easy.readability import measure, words
    from pressconv.transforms.easy.rescue import FOLLOWER_OPENERS
    from pressconv.transforms.easy.rewrite import digits_of_number_words
    from pressconv.transforms.easy.verify import FactGuard, dangling, name_words, rule_failures, structure_failures

    total: dict[str, int] = {
        "files": 0,
        "sentences": 0,
        "long": 0,
        "dangling": 0,
        "rule": 0,
        "guard": 0,
        "fact": 0,
        "copied": 0,
        "bad_titles": 0,
    }
    flesch_before: list[float] = []
    flesch_after: list[float] = []
    rows: list[dict[str, Any]] = []
    for item in items:
        sentences = [s for s in item["sentences"] if not re.fullmatch(r"[\d\s()+/-]+|\S+@\S+", s)]
        raw = item["text"]
        source_plain = {_plain(s) for s in item["source"]}
        # Dates the summary may derive: "gestern" resolved against the release date.
        derived = []
        if item["issued"]:
            issued = date.fromisoformat(item["issued"])
            derived = [format_date(issued + timedelta(days=k), "de") for k in range(-2, 3)]
        # Dates written with a two-digit year ("4.9.25"), which the summary writes out in full.
        for day, month, year in re.findall(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.]\d)", raw):
            try:
                derived.append(format_date(date(2000 + int(year), int(month), int(day)), "de"))
            except ValueError:
                continue  # an impossible date is not derived from
        # Number words the summary writes as digits ("sieben" -> "7"), as the pipeline's own guard
        # derives them (draft.fact_guard, rewrite.digits_of_number_words).
        derived += digits_of_number_words(raw)
        guard = FactGuard(raw, derived=derived, vocabulary=template_vocabulary())
        # All-caps names the source uses as words ("Die PARTEI") are no abbreviations (verify.name_words).
        # As the pipeline (draft.allowed_acronyms): an acronym the glossary explains ("KI") is allowed.
        names = name_words(raw) | _lexicon_acronyms()
        row: dict[str, Any] = {
            "file": Path(item["path"]).name,
            "sentences": len(sentences),
            "long": 0,
            "dangling": 0,
            "rule": 0,
            "guard": 0,
            "fact": 0,
            "copied": 0,
        }
        # A rescue follower opens with "Das"/"Dann"/"Dort" and points at the sentence right before it,
        # which the pipeline guarantees (rescue.whole_groups): that opener points inside the summary.
        followers = {item["sentences"][i] for i in item.get("followers", [])}
        for sentence in sentences:
            follows = sentence in followers and sentence.split()[0] in FOLLOWER_OPENERS
            row["long"] += len(words(sentence)) > 12
            row["dangling"] += dangling(sentence) is not None and not follows
            row["rule"] += bool(
                [
                    f
                    for f in rule_failures(sentence, known_acronyms=names)
                    if f.check != "rule.abbreviation" or not sentence.endswith(":")
                ]
            )
            structure = structure_failures(sentence, list_intro=sentence.endswith((":", "?")))
            row["guard"] += bool([f for f in structure if not (follows and f.check == "guard.dangling-opener")])
            row["fact"] += bool(guard.failures(sentence))
            row["copied"] += len(words(sentence)) >= 7 and _plain(sentence) in source_plain
        # A list's items (lists.py) are phrases, not sentences: no verb or end mark is asked of them,
        # but they count against the rule, fact, length and copy figures like any sentence.
        for entry in item.get("items", []):
            row["long"] += len(words(entry)) > 12
            row["rule"] += bool(rule_failures(entry, known_acronyms=names))
            row["fact"] += bool(guard.failures(entry))
            row["copied"] += len(words(entry)) >= 7 and _plain(entry) in source_plain
        reason = _bad_title(item["title"], raw)
        row["title"] = item["title"]
        row["bad_title"] = reason
        before = measure(item["source"], "de").flesch
        after = measure(sentences, "de").flesch if sentences else before
        row["flesch"] = (before, after)
        flesch_before.append(before)
        flesch_after.append(after)
        rows.append(row)
        total["files"] += 1
        total["bad_titles"] += reason is not None
        for key in ("sentences", "long", "dangling", "rule", "guard", "fact", "copied"):
            total[key] += row[key]
    n = max(total["sentences"], 1)
    return {
        "rows": rows,
        "total": total,
        "share_over_12": round(total["long"] / n, 3),
        "rule_per_sentence": round(total["rule"] / n, 3),
        "guard_per_sentence": round(total["guard"] / n, 3),
        "fact_per_sentence": round(total["fact"] / n, 3),
        "copied_share": round(total["copied"] / n, 3),
        "flesch_before": round(sum(flesch_before) / max(len(flesch_before), 1), 1),
        "flesch_after": round(sum(flesch_after) / max(len(flesch_after), 1), 1),
    }


def _print(figures: dict[str, Any], label: str) -> None:
    total = figures["total"]
    print(f"== {label}: {total['files']} German releases, {total['sentences']} summary sentences")
    print(
        f"{'file':44} {'sent':>4} {'>12':>4} {'dang':>4} {'rule':>4} {'guard':>5} {'fact':>4} {'copy':>4}"
        "  FA before→after  title"
    )
    for row in figures["rows"]:
        before, after = row["flesch"]
        flag = f" [BAD: {row['bad_title']}]" if row["bad_title"] else ""
        print(
            f"{row['file']:44} {row['sentences']:4} {row['long']:4} {row['dangling']:4} {row['rule']:4} {row['guard']:5} "
            f"{row['fact']:4} {row['copied']:4}  {before:6.1f}→{after:5.1f}  {row['title'][:50]}{flag}"
        )
    print(
        f"share > 12 words {figures['share_over_12']:.1%} | dangling openers {total['dangling']} | "
        f"rule failures/sentence {figures['rule_per_sentence']} | guard failures/sentence {figures['guard_per_sentence']} | "
        f"fact-guard failures/sentence {figures['fact_per_sentence']} | copied unchanged {figures['copied_share']:.1%} | "
        f"bad titles {total['bad_titles']}/{total['files']} | "
        f"Flesch-Amstad {figures['flesch_before']} → {figures['flesch_after']} "
        f"(+{figures['flesch_after'] - figures['flesch_before']:.1f})"
    )


def main(argv: list[str] | None = None) -> int:
    """Print the figures; ``--from-src`` judges another tree's summaries the same way."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--from-src", type=Path, help="summarise with this src/ directory instead")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    files = german_files()
    if not files:
        print("no German releases found; set PRESSCONV_EASY_CORPUS", file=sys.stderr)
        return 1
    src = args.from_src or ROOT / "src"
    figures = judge(summaries(files, src))
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=1))
    else:
        _print(figures, f"summaries by {src}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
