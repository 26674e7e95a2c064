"""Nominal time and document phrases in plain words: "im Laufe des Donnerstags" -> "am Donnerstag".

Both are nominal style (Netzwerk Leichte Sprache: no abstract nouns where a plain word says it).
"im Laufe" + a genitive time noun means within that time: the plain time phrase ("am Donnerstag",
"in der Nacht") says the same for a day or a part of it. A nominal time point before the clock time
it stands for ("mit Dienstbeginn um 7 Uhr", "bei Schichtbeginn gegen 6 Uhr") is an apposition of
that time: the clock time alone says when ("mit Betriebsbeginn um 3:30 Uhr" -> "um 3:30 Uhr").
"ohne Vorlage des Kassenbons" is "ohne Kassenbon" (plain_showing).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["plain_showing", "plain_time"]

_DAY_NOUNS: Final = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Vormittag|Nachmittag|Abend|Morgen)"
# "im Laufe des Donnerstags", "im Laufe vom Donnerstag" (after the genitive rewrite), "im Laufe des Tages".
_COURSE_OF_DAY: Final = re.compile(rf"\b([Ii])m Laufe (?:des|vom|von dem) (?P<day>{_DAY_NOUNS})(?:e?s)?\b")
# "im Laufe der Nacht", "im Laufe der Woche": a feminine time noun keeps its article.
_COURSE_OF: Final = re.compile(r"\b([Ii])m Laufe (?:der|von der) (?P<time>Nacht|Woche)\b")
# "mit Betriebsbeginn um 3:30 Uhr": a compound in -beginn/-start/-schluss/-ende before its clock time.
_NOMINAL_POINT: Final = re.compile(
    r"\b(?:mit|bei|zum) [A-ZÄÖÜ][\wäöüß·]*(?:beginn|start|schluss|ende) (?=(?:um|gegen|ab) \d{1,2}(?::\d{2})? Uhr\b)"
)


def plain_time(sentence: str) -> str:
    """The sentence with the nominal time phrases above in plain words."""
    text = _COURSE_OF_DAY.sub(lambda m: f"{'A' if m[1] == 'I' else 'a'}m {m['day']}", sentence)
    text = _COURSE_OF.sub(lambda m: f"{'I' if m[1] == 'I' else 'i'}n der {m['time']}", text)
    return _NOMINAL_POINT.sub("", text)


# "ohne Vorlage vom Kassenbon", "unter Vorlage von dem Ausweis" (after the genitive rewrite): the
# officialese "Vorlage" (showing a document) wraps the document itself; "ohne Kassenbon", "mit dem
# Ausweis" say the same (Netzwerk Leichte Sprache: no nominal style).
_SHOWING: Final = re.compile(
    r"\b(?P<prep>ohne|unter|gegen) Vorlage (?P<det>vom|von dem|von der|von) (?P<noun>[A-ZÄÖÜ][\w·\-]*)\b"
)
_WITH: Final = {"vom": "mit dem", "von dem": "mit dem", "von der": "mit der", "von": "mit"}
_WITHOUT: Final = {"vom": "ohne", "von dem": "ohne", "von der": "ohne die", "von": "ohne"}


def plain_showing(sentence: str) -> str:
    """The sentence with "ohne/unter/gegen Vorlage von X" as "ohne X" / "mit X"."""

    def plain(match: re.Match[str]) -> str:
        """The time phrase said with its plain determiner and noun."""
        table = _WITHOUT if match["prep"] == "ohne" else _WITH
        return f"{table[match['det']]} {match['noun']}"

    return _SHOWING.sub(plain, sentence)
