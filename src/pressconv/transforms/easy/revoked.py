"""Clauses that take back what their noun stands for: a warrant suspended, an order lifted, an event called off.

"Gegen die Beschuldigte liegt ein Haftbefehl vor, der gegen eine Meldeauflage außer Vollzug gesetzt
wurde" (an invented example): court releases state a measure and, in a relative clause, that it does not apply (Duden:
"außer Vollzug setzen", "aufheben", "aussetzen", "zurücknehmen", "widerrufen"; events "absagen",
"verschieben"). Such a clause is never cut off from its sentence: the main clause alone states the
opposite of the release (easy-judging.md item 2, a modifier dropped so the rest becomes false).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["revokes"]

_REVOKING: Final = re.compile(
    r"\b(?:außer\s+(?:Vollzug|Kraft)|aufgehoben|ausgesetzt|zurückgenommen|zurückgezogen|widerrufen|"
    r"abgesagt|verschoben|eingestellt|storniert|annulliert|für\s+ungültig|nicht\s+vollstreckt)\b",
    re.I,
)


def revokes(clause: str) -> bool:
    """The clause says that its noun's measure or event was suspended, lifted or called off."""
    return _REVOKING.search(clause) is not None
