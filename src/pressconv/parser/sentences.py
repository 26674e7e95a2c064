"""Find sentence boundaries in German and English text without splitting at abbreviations."""

from __future__ import annotations

import re

from pressconv.parser._lazy import lazy_compile

__all__ = ["ends_in_abbreviation", "sentence_starts"]

_CANDIDATE = lazy_compile(r"[.!?…][“”\"«»)]?\s+(?=[A-ZÄÖÜ„“\"»(\[])")
# Abbreviations after which a period does not end a sentence (lower-cased, without the period).
_ABBREVIATIONS = frozenset(
    [
        "dr",
        "nr",
        "st",
        "mr",
        "mrs",
        "ms",
        "bzw",
        "ca",
        "sen",
        "rep",
        "prof",
        "vgl",
        "z.b",
        "u.a",
        "d.h",
        "z.t",
        "usw",
        "etc",
        "inkl",
        "ggf",
        "evtl",
        "tel",
        "abs",
        "art",
        "str",
        "hr",
        "fr",
        "frau",
        "herr",
        "mio",
        "mrd",
        "rd",
        "dipl",
        "ing",
        "jr",
        "sr",
        "gen",
        "gov",
        "lt",
        "col",
        "inc",
        "co",
        "corp",
        "ltd",
        "no",
        "vs",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "okt",
        "nov",
        "dec",
        "dez",
        "e.v",
        "i.a",
        "o.ä",
        "s",
        "u.s",
        "d.c",
        "a.m",
        "p.m",
    ]
)


def sentence_starts(text: str) -> list[int]:
    """Return the indices where a new sentence starts (after ``.``, ``!``, ``?``), excluding 0."""
    starts: list[int] = []
    for match in _CANDIDATE.finditer(text):
        mark = match.start()
        if text[mark] == ".":
            word_start = max(text.rfind(" ", max(0, mark - 40), mark), text.rfind("\n", max(0, mark - 40), mark)) + 1
            word = text[max(word_start, mark - 40) : mark].lower().lstrip('(„“"')
            if word in _ABBREVIATIONS or re.fullmatch(r"[a-zäöü]|\d{1,2}|[a-z]\.[a-z]", word):
                continue  # "Dr. Jens", "z. B.", "20. September", single initials
        starts.append(match.end())
    return starts


# The last word of a line with its period: "Nr.", "z. B.", "e.V.", "Inc.".
_LAST_WORD = lazy_compile(r"(?:^|[\s(„“\"])(?P<word>[^\s(„“\"]{1,40})\.$")


def ends_in_abbreviation(text: str) -> bool:
    """True if the period that ends ``text`` belongs to an abbreviation ("Nr.", "Inc.", "e.V.").

    Only the abbreviations the sentence splitter knows and single letters count: a short word
    before the period ("7 Uhr.", "fährt mit.") closes a sentence.
    """
    match = _LAST_WORD.search(text.rstrip())
    if match is None:
        return False
    word = match.group("word").lower().rstrip(".")
    return word in _ABBREVIATIONS or re.fullmatch(r"[a-zäöü]|[a-zäöü]\.[a-zäöü]", word) is not None
