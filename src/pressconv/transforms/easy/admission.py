"""Free entry on one day of an opening said with that day: "Am Eröffnungs·tag ist der Eintritt frei."

German invitations to an opening often let everyone in free on the opening day or weekend only and
charge the usual prices after it ("Die Stadt lädt zum Eröffnungstag ein, an dem der Eintritt
ganztägig frei ist.", "Am Eröffnungswochenende ist der Eintritt frei."). The general "Der Eintritt ist
frei." would be wrong there (the release lists prices), and leaving it out loses what a visitor on
that day most wants to know. The rule keeps the group the fact applies to: the day is said with it.

Correct by construction: the clause that says it holds nothing but the entry, its being free, the
opening day and "ganztägig" (free all day is free that day); any other word (a time, a group, "nur",
"nicht") leaves the fact out (omission over error).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = ["free_on", "limited_after"]

# The day of an opening as German announcements name it: the opening or inauguration day or weekend.
_DAY: Final = r"(?P<day>(?:Wieder)?(?:[Ee]röffnungs|[Ee]inweihungs)(?P<unit>tag|wochenende))"
# "… zum Eröffnungstag ein, an dem der Eintritt ganztägig frei ist": the relative clause's "an dem"
# points at the day noun right before it (the sentence's own antecedent, never a guess).
_RELATIVE: Final = re.compile(rf"\b{_DAY}(?:\s+ein)?\s*,\s*(?:an dem|an welchem)\s+(?P<clause>[^,.;:]+)")
# "Am Eröffnungstag ist der Eintritt frei." and "Der Eintritt ist am Eröffnungstag frei."
_MAIN: Final = re.compile(rf"(?:^|[,;:]\s*)(?P<clause>[^,.;:]*\b(?:am|Am)\s+{_DAY}\b[^,.;:]*)")
# What the clause may hold besides the day: the entry, its being free, "all day".
_ALLOWED: Final = re.compile(r"\b(?:[Dd]er|ist|Eintritt|frei|kostenlos|kostenfrei|ganztägig|den ganzen Tag|am|Am|auch)\b")
_FREE: Final = re.compile(r"\bEintritt\b.*\b(?:frei|kostenlos|kostenfrei)\b|\b(?:freier|kostenloser) Eintritt\b")


# A restriction appended to a free-entry clause after a comma or in brackets ("Der Eintritt ist frei,
# ausgenommen Sonderführungen", "…, für Kinder unter 12 Jahren", "(nur mit Karte)"): German appends an
# exception or the group a rule is for as a verbless clause (Duden: Nachtrag). The whole sentence is
# then no rule for everyone; a following clause with its own subject and verb ("…, eine Anmeldung
# ist nicht nötig") is a statement of its own.
_RESTRICTS: Final = re.compile(
    r"^\s*(?:ausgenommen|außer|mit Ausnahme|bis auf|nur|lediglich|jedoch|aber|allerdings|sofern|soweit|wenn|falls|"
    r"solange|für|ab|bis|unter|über|am|an|bei|gilt|ermäßigt|sonst|zuzüglich|zzgl|Kinder\w*|Jugendliche\w*|"
    r"Schüler\w*|Mitglieder\w*|Studierende\w*)\b",
    re.I,
)
_RESTRICT_WORDS: Final = re.compile(r"\b(?:ausgenommen|außer|Ausnahme|nur|lediglich|jedoch|allerdings)\b", re.I)


def limited_after(sentence: str, end: int) -> bool:
    """The text after the free-entry clause ending at ``end`` restricts it (an exception, a group, a
    condition appended after a comma or in brackets)."""
    rest = sentence[end:]
    bracket = re.match(r"\s*\((?P<note>[^)]*)\)", rest)
    if bracket:
        return True  # a bracketed note on the free entry always narrows or qualifies it
    appended = re.match(r"\s*[,–-]\s*(?P<clause>[^,;.]*)", rest)
    if appended is None:
        return False
    return bool(_RESTRICTS.match(appended["clause"])) or bool(_RESTRICT_WORDS.search(appended["clause"]))


def free_on(body: Sequence[str]) -> str | None:
    """The opening day or weekend on which the release says entry is free ("Eröffnungstag"), or None."""
    for sentence in body:
        for pattern in (_RELATIVE, _MAIN):
            for match in pattern.finditer(sentence):
                clause = match["clause"]
                if not _FREE.search(clause):
                    continue
                rest = _ALLOWED.sub(" ", re.sub(_DAY, " ", clause))
                if rest.strip():
                    continue  # a time, a group or a negation in the clause: said whole or not at all
                if limited_after(sentence, match.end("clause")):
                    continue  # "…, ausgenommen Führungen": an exception appended to the clause
                return match["day"][0].upper() + match["day"][1:]
    return None
