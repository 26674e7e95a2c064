"""The winners of an award, read from the list the release gives them in, every one or none.

Award releases list their winners one category a line ("Preisträgerinnen und Preisträger 2026:" and
"- Kategorie „Umwelt“ (1.000 Euro): der Verein X, der …, sowie die Initiative Y"). The summary read
such a line as a heading and left it out, so the reader learned that prizes were given but not to
whom (judged: "who" of an award). Leichte Sprache writes the names as a list under an intro line
(Netzwerk Leichte Sprache, "Aufzählungen"): each winner as the line names it, its category label,
amount and relative clause left out (an omission, never a change). The list is kept whole: a winner
left out would read as not having won, so one line that cannot be read drops the whole list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy.source import SourceSentence

__all__ = ["winners"]

_ITEMS_MAX: Final = 8  # lists.py: more lines of items outweigh a summary of 12 to 20 sentences
# The intro of a winners' list (award convention: "Die Preisträger:", "Ausgezeichnet wurden:").
_INTRO: Final = re.compile(r"\b(?:Preisträger\w*|Gewinner\w*|Sieger\w*|Ausgezeichnet\w*|ausgezeichnet\s+wurden)\b")
# "Kategorie „Soziales“ (je 2.500 Euro): " or "1. Preis: ": the label before the winners.
_LABEL: Final = re.compile(r"^[^:]{1,80}:\s+")
# The next winner after "sowie" or "und": an article and a capitalised noun, or a first and last name.
_NEXT: Final = re.compile(
    r",?\s+(?:sowie|und)\s+(?=(?:der|die|das)\s+[A-ZÄÖÜ„]|[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß-]+\s+(?:\(|aus\b|,))"
)
# Where a winner's name ends: its relative clause, its reason ("für …"), its age or place in brackets.
_NAME_END: Final = re.compile(r",\s|\s+für\s|\s+\(|\s+aus\s")
# A winner: an organisation with its article ("die Jugendfeuerwehr Oberdorf", "der Verein „X“") or a
# person's first and last name.
_WINNER: Final = re.compile(
    r"(?:der|die|das)\s+(?:[A-ZÄÖÜ][\wäöüß]*-\s+(?:und|oder)\s+)?(?:[A-ZÄÖÜ][\wäöüß-]*\s+)*"
    r"(?:[A-ZÄÖÜ][\wäöüß-]*|„[^“]{2,50}“)"
    r"|[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß-]+"
)
# A legal-form suffix inside a club's name ("„Tafel Süd e.V.“"): an abbreviation the reader cannot use.
_LEGAL_FORM: Final = re.compile(r"\s+e\.\s?V\.(?=“)")


def winners(sentences: Sequence[SourceSentence]) -> tuple[str, tuple[str, ...]] | None:
    """("Gewonnen haben:", the winners) from the first winners' list, or None where one line fails."""
    for index, sentence in enumerate(sentences):
        if sentence.speech or sentence.heading or not sentence.text.rstrip().endswith(":"):
            continue
        if not _INTRO.search(sentence.text):
            continue
        names: list[str] = []
        for line in sentences[index + 1 :]:
            if not line.heading or line.speech:
                break
            found = _line_winners(line.text)
            if not found:
                return None  # a winner who cannot be read would go missing from the list
            names.extend(found)
        if 2 <= len(names) <= _ITEMS_MAX:
            return "Gewonnen haben:", tuple(names)
        return None
    return None


def _line_winners(text: str) -> list[str]:
    """The winners a line names after its label, or an empty list when one part is no name."""
    label = _LABEL.match(text)
    rest = text[label.end() :] if label else text
    out: list[str] = []
    for part in _NEXT.split(rest.strip().rstrip(".")):
        end = _NAME_END.search(part)
        name = _LEGAL_FORM.sub("", (part[: end.start()] if end else part).strip())
        if not _WINNER.fullmatch(name):
            return []
        out.append(name)
    return out
