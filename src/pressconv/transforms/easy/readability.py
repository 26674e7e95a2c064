"""Readability figures and rule findings for a text and its easy summary (our own implementation).

Flesch-Amstad (German Flesch Reading Ease): 180 − ASL − 58.5·ASW. English uses Flesch's original
206.835 − 1.015·ASL − 84.6·ASW. Wiener Sachtextformel 1 (Bamberger/Vanecek):
0.1935·MS + 0.1672·SL + 0.1297·IW − 0.0327·ES − 0.875. Syllables are max(pyphen, vowel groups),
which fixed every probe word in the research notes (pyphen alone says A·bend has one syllable).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

__all__ = [
    "FINDING_TYPES",
    "Finding",
    "Readability",
    "findings",
    "measure",
    "syllables",
    "words",
]

_WORD: Final = re.compile(r"[0-9A-Za-zÄÖÜäöüßéèáàç][0-9A-Za-zÄÖÜäöüßéèáàç·'’\-]*")
_VOWELS: Final = re.compile(r"[aeiouyäöüéèáà]+", re.IGNORECASE)

FINDING_TYPES: Final = (
    "passive",
    "genitive",
    "konjunktiv",
    "negation",
    "abbreviation",
    "subordinate_clause",
    "special_character",
    "long_word_unsplit",
    "hard_word_unexplained",
)


def words(sentence: str) -> list[str]:
    """Return the words of a sentence; compounds joined by · or - count as one word."""
    return [w.strip("-'’") for w in _WORD.findall(sentence) if w.strip("-'’")]


@lru_cache(maxsize=1)
def _hyphenator(language: str) -> object:
    """The Pyphen hyphenator of the language, to count syllables."""
    import pyphen  # type: ignore[import-untyped]  # pyphen ships no type information

    return pyphen.Pyphen(lang="de_DE" if language == "de" else "en_US")


@lru_cache(maxsize=65536)
def syllables(word: str, language: str = "de") -> int:
    """Return the syllable count of one word (at least 1)."""
    plain = word.replace("·", "").replace("-", "")
    if not plain:
        return 0
    if plain.isdigit():
        return max(1, len(plain) // 2)
    groups = len(_VOWELS.findall(plain))
    if language == "en" and plain.lower().endswith("e") and groups > 1:
        groups -= 1  # silent final e ("make", "code")
    hyphenator = _hyphenator(language)
    by_pyphen = len(hyphenator.positions(plain)) + 1  # type: ignore[attr-defined]
    return max(1, by_pyphen, groups)


@dataclass(frozen=True, slots=True, kw_only=True)
class Readability:
    """Figures for one text: sentence lengths, Flesch (Amstad for German) and WSTF1."""

    sentences: int
    words: int
    max_words: int
    mean_words: float
    share_le_8: float
    share_le_12: float
    flesch: float
    wstf1: float | None
    findings: dict[str, int] = field(default_factory=dict)


def measure(sentences: Sequence[str], language: str, *, finding_list: Iterable[Finding] = ()) -> Readability:
    """Compute the figures for a list of sentences."""
    lang = "de" if language.lower().startswith("de") else "en"
    counts = [len(words(s)) for s in sentences if words(s)]
    all_words = [w for s in sentences for w in words(s)]
    n_sent = max(len(counts), 1)
    n_words = max(len(all_words), 1)
    syl = [syllables(w, lang) for w in all_words]
    asl = len(all_words) / n_sent
    asw = sum(syl) / n_words
    if lang == "de":
        flesch = 180 - asl - 58.5 * asw
        ms = 100 * sum(1 for s in syl if s >= 3) / n_words
        iw = 100 * sum(1 for w in all_words if len(w.replace("·", "").replace("-", "")) > 6) / n_words
        es = 100 * sum(1 for s in syl if s == 1) / n_words
        wstf1: float | None = 0.1935 * ms + 0.1672 * asl + 0.1297 * iw - 0.0327 * es - 0.875
    else:
        flesch = 206.835 - 1.015 * asl - 84.6 * asw
        wstf1 = None
    tally = Counter(f.kind for f in finding_list)
    return Readability(
        sentences=len(counts),
        words=len(all_words),
        max_words=max(counts, default=0),
        mean_words=round(asl, 2),
        share_le_8=round(sum(1 for c in counts if c <= 8) / n_sent, 3),
        share_le_12=round(sum(1 for c in counts if c <= 12) / n_sent, 3),
        flesch=round(flesch, 1),
        wstf1=None if wstf1 is None else round(wstf1, 1),
        findings={kind: tally.get(kind, 0) for kind in FINDING_TYPES},
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """One rule finding in one sentence: its type and the words that triggered it."""

    kind: str
    match: str
    sentence: str


# --- rule patterns (heuristics; reported as warnings, never hard failures: research notes §3.3)
_DE_WERDEN = r"\b(?:wird|werden|wurde|wurden|worden|würde|würden)\b"
_DE_SEIN = r"\b(?:ist|sind|war|waren)\b"
_DE_PARTICIPLE = r"\b(?:ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert|(?:be|er|ver|zer|ent|emp|miss)[a-zäöüß]{2,}t)\b"
# Verbs whose perfect is built with "sein": "ist gekommen" is not a passive.
_SEIN_PERFECT = frozenset(
    {
        "gekommen",
        "gegangen",
        "geworden",
        "gewesen",
        "geblieben",
        "gestorben",
        "gefahren",
        "gelaufen",
        "gestiegen",
        "gefallen",
        "gewachsen",
        "geflogen",
        "gelungen",
        "geschehen",
        "passiert",
        "gestürzt",
        "verlaufen",
        "erschienen",
        "entstanden",
        "gesunken",
        "angestiegen",
        "eingetreten",
        "umgezogen",
    }
)
_DE_KONJUNKTIV = re.compile(
    r"\b(?:wäre|wären|hätte|hätten|würde|würden|könnte|könnten|müsste|müssten|sollte|sollten|"
    r"dürfte|dürften|sei|seien|habe|werde|könne|müsse|solle|dürfe|wolle)\b"
)
_DE_NEGATION = re.compile(r"\b(?:nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|nichts|niemand)\b", re.I)
_DE_GENITIVE = re.compile(r"\b(?:des|eines|[A-ZÄÖÜ][a-zäöüß]+(?:s|es) (?:der|des)\b)")
_DE_SUBORDINATE = re.compile(
    r",\s*(?:dass|weil|wenn|ob|obwohl|damit|nachdem|während|bevor|sodass|indem|falls|als|wo|was|"
    r"der|die|das|dem|den|denen|deren|dessen|welche[rsmn]?|um\b)\b"
)
_EN_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", re.I)
_EN_KONJUNKTIV = re.compile(r"\b(?:would|could|might|should)\b", re.I)
_EN_NEGATION = re.compile(r"\b(?:not|no|never|nothing|nobody|none)\b|n't\b", re.I)
_EN_SUBORDINATE = re.compile(r",\s*(?:which|who|whom|whose|that|because|although|while|when|if|where)\b", re.I)
_ABBREVIATION = re.compile(
    r"\b(?:bzw|z\.\s?B|u\.\s?a|d\.\s?h|ggf|inkl|usw|etc|vgl|ca|Nr|Tel|Mio|Mrd|e\.\s?V|Abs|Dr|Prof|rd|Hr|Fr|St|"
    r"e\.g|i\.e|approx|No|Inc|Ltd|Corp)\.|\b[A-ZÄÖÜ]{2,6}s?\b"
)
_SPECIAL = re.compile(r"[;/()&§%*_\[\]{}|•]")


# The rules that flag every match, in the order findings are reported (the German passive has its
# own test in findings: "sein" + participle is more often a perfect tense than a passive).
_DE_RULES = (
    ("genitive", _DE_GENITIVE),
    ("konjunktiv", _DE_KONJUNKTIV),
    ("negation", _DE_NEGATION),
    ("subordinate_clause", _DE_SUBORDINATE),
)
_EN_RULES = (
    ("passive", _EN_PASSIVE),
    ("konjunktiv", _EN_KONJUNKTIV),
    ("negation", _EN_NEGATION),
    ("subordinate_clause", _EN_SUBORDINATE),
)


def findings(sentence: str, language: str, *, allowed_abbreviations: frozenset[str] = frozenset()) -> list[Finding]:
    """Return the rule findings of one sentence (German or English rules by ``language``)."""
    found: list[Finding] = []

    def add(kind: str, text: str) -> None:
        """Record a finding of this kind for the sentence."""
        found.append(Finding(kind=kind, match=text, sentence=sentence))

    if language.lower().startswith("de"):
        if re.search(_DE_WERDEN, sentence) and (m := re.search(_DE_PARTICIPLE, sentence)):
            add("passive", m.group(0))
        elif re.search(_DE_SEIN, sentence):
            for m in re.finditer(_DE_PARTICIPLE, sentence):
                if m.group(0).lower() not in _SEIN_PERFECT and "ge" in m.group(0):
                    add("passive", m.group(0))
                    break
        rules = _DE_RULES
    else:
        rules = _EN_RULES
    for kind, pattern in rules:
        for m in pattern.finditer(sentence):
            add(kind, m.group(0))
    for m in _ABBREVIATION.finditer(sentence):
        if m.group(0).rstrip("s") not in allowed_abbreviations and m.group(0) not in allowed_abbreviations:
            add("abbreviation", m.group(0))
    for m in _SPECIAL.finditer(sentence):
        add("special_character", m.group(0))
    return found
