"""The negation words of German in one home, and the scope regex built from them.

A summary must never lose a "nicht", "kein" or "nur" (rubric, item 2: a dropped negation is a wrong
statement). The steps that cut words or phrases ask whether a sentence has a negation, a quantifier
or a limit in it before they cut; they share these patterns instead of each keeping its own copy.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["DOUBT", "NEGATION", "SCOPE"]

# German negation words (Duden grammar, Negation: the particle "nicht", the article "kein-", the
# adverb "nie", the pronouns "niemand" and "nichts") and "ohne", which negates the phrase it opens.
# An alternation to put inside "\b(?:…)\b".
NEGATION: Final = r"nicht|kein\w*|nie|niemand|nichts|ohne"
# Under a negation, a quantifier or "nur", leaving out a word or phrase can make the sentence false
# ("kein großer Schaden" is not "kein Schaden"; "kein Auto mit Licht" is not "kein Auto").
SCOPE: Final = re.compile(rf"\b(?:{NEGATION}|alle\w*|jede\w*|nur)\b", re.IGNORECASE)
# Modal words of supposition and uncertainty (Duden grammar: Modalwörter der Vermutung): a clause with
# one claims nothing for sure. An alternation to put inside "\b(?:…)\b", like NEGATION.
DOUBT: Final = (
    r"womöglich|möglicherweise|vermutlich|mutmaßlich|angeblich|offenbar|wohl|vielleicht|eventuell|"
    r"wahrscheinlich|voraussichtlich|unsicher\w*|fraglich|ungewiss"
)
