"""A phone line or address a release gives to a narrower group than the public, read clause by clause.

Authorities and firms often give one line per group in one sentence (German ellipsis of the verb in
coordinated clauses: "Arbeitgeber erreichen den Service unter 0800 …, Arbeitnehmer die Agentur unter
0800 …"; "Für Unternehmen: …; für Privatpersonen: …"). Read as a whole, the sentence names a group and
both lines look alike, and the summary's "Haben Sie Fragen?" gave every reader the employers' line
(judged wrong). The clause that holds the line says whom it is for: a clause naming a business or
specialist audience (employers, firms, dealers, trades, specialists) and no word for
everyone gives a line that is not the reader's. (The press office's line is chosen apart: it is the
reader's only where the release names no public line.)
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["clause_of", "narrower_line"]

# Audiences narrower than the public a release's reader belongs to: employers and firms, dealers and
# trades, specialists, institutions (business-to-business service lines, "Arbeitgeber-Service",
# "Händlerhotline", "Fachpublikum").
# "Unternehmen" only after "für"/"an": alone it is as often the sender firm itself ("Das Unternehmen ist
# unter … erreichbar").
_NARROWER: Final = re.compile(
    r"\b(?:Arbeitgeber\w*|Unternehmer\w*|Betriebe|Firmen|Händler\w*|Gewerbetreibende\w*|Fachpublikum|"
    r"Fachleute|Fachhändler\w*|Geschäftskund\w*|Firmenkund\w*)\b|\b(?:[Ff]ür|an)\s+(?:\w+\s+)?Unternehmen\b"
)
# A word that puts everyone in the clause too ("Unternehmen und Privatpersonen", "alle Interessierten");
# "aller Branchen" or "allen Betrieben" does not: "alle" counts only before a word for the public.
_EVERYONE: Final = re.compile(
    r"\b(?:alle[nr]?\s+(?:Bürger\w*|Interessierte\w*|Menschen|Einwohner\w*|Fragen)|Bürger\w*|Privatperson\w*|"
    r"Privatkund\w*|Interessierte\w*|Einwohner\w*|Verbraucher\w*|Öffentlichkeit|jede[nmrs]?)\b"
)
# Clause bounds: a comma, a semicolon, a colon after a label, a dash between clauses.
_BOUND: Final = re.compile(r"\s*[,;]\s+|\s+[–-]\s+")


def clause_of(sentence: str, start: int, end: int) -> str:
    """The clause of ``sentence`` around the span [start, end): from the bound before it to the bound after."""
    before = [m.end() for m in _BOUND.finditer(sentence, 0, start)]
    after = _BOUND.search(sentence, end)
    return sentence[before[-1] if before else 0 : after.start() if after else len(sentence)]


def narrower_line(sentence: str, start: int, end: int) -> bool:
    """The line at [start, end) of ``sentence`` is given to a narrower group than the public."""
    clause = clause_of(sentence, start, end)
    # The addressee comes before the line ("Arbeitgeber erreichen … unter 0800 …", "Für Händler: …");
    # a group named after it is what the line is about, not whom it serves.
    ahead = clause[: clause.find(sentence[start:end])] if sentence[start:end] in clause else clause
    # The summariser's own word-part dots ("Arbeit·geber") are no part of the source's words.
    ahead, clause = ahead.replace("·", ""), clause.replace("·", "")
    return bool(_NARROWER.search(ahead)) and not _EVERYONE.search(clause)
