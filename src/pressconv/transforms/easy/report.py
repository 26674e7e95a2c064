"""The readability report of one summary: figures before/after, checks per sentence, facts kept."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from typing import TYPE_CHECKING

from pressconv.transforms.easy.readability import findings, measure

if TYPE_CHECKING:
    from pressconv.transforms.easy import EasyResult

__all__ = ["build_report"]


def build_report(result: EasyResult) -> dict[str, object]:
    """Figures for source and summary, rule findings by type, dropped sentences, facts kept."""
    language = result.language
    source_findings = [f for s in result.source_sentences for f in findings(s, language)]
    summary_findings = [f for s in result.sentences for f in findings(s, language)]
    source = measure(result.source_sentences, language, finding_list=source_findings)
    summary = measure(result.sentences, language, finding_list=summary_findings)
    summary.findings["hard_word_unexplained"] = len(result.hard_unexplained)
    kept = sum(1 for _, ok in result.facts_kept if ok)
    dropped = Counter(check for _, checks in result.dropped for check in checks)
    return {
        "language": language,
        "kind": result.kind,
        "source": asdict(source),
        "summary": asdict(summary),
        "delta": {
            "flesch": round(summary.flesch - source.flesch, 1),
            "wstf1": None if summary.wstf1 is None or source.wstf1 is None else round(summary.wstf1 - source.wstf1, 1),
        },
        "facts_kept": {
            "kept": kept,
            "total": len(result.facts_kept),
            "facts": [{"fact": f, "kept": ok} for f, ok in result.facts_kept],
        },
        "origins": dict(Counter(result.origins)),
        "dropped": {"count": len(result.dropped), "by_check": dict(dropped)},
        "dropped_sentences": [{"sentence": s, "checks": list(c)} for s, c in result.dropped],
        "hard_words_unexplained": list(result.hard_unexplained),
        "findings": [{"type": f.kind, "match": f.match, "sentence": f.sentence} for f in summary_findings],
    }
