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

__all__ = ["free_on"]

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
                return match["day"][0].upper() + match["day"][1:]
    return None
