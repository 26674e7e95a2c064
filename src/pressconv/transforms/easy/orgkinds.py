"""What kind of body a named organisation is, so "das Unternehmen" after its name is introduced.

A release names a company once with its legal form ("Die Kramer Technik GmbH baut …") and then calls
it "das Unternehmen" or "die Firma"; a club "der Verein", a cooperative "die Genossenschaft" (German
press style: a generic noun for the body named before, Duden grammar on anaphoric definite noun
phrases). The summary drops the legal form, so its checks see "Das Unternehmen …" with nothing
before it that says "Unternehmen". Where the summary has named the body, the generic nouns of its
kind count as introduced; where it has not, they stay unintroduced (the sentence is refused).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = ["kind_nouns"]

# Legal forms and the generic nouns a release uses for a body of that form (Duden: GmbH, AG, e. V., eG).
_KINDS: Final = (
    (r"(?:gGmbH|GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|SE|KG|KGaA|mbH)", "Unternehmen Firma Konzern Betrieb"),
    (r"(?:e\.\s?V\.)", "Verein Verband"),
    (r"(?:eG)", "Genossenschaft"),
)
# The name before the legal form: one to four capitalised words (a hyphen joins words of one name).
_NAME: Final = r"(?P<name>(?:[A-ZÄÖÜ][\w&\-]*\s+){0,3}[A-ZÄÖÜ][\w&\-]*)"


def kind_nouns(source: str, earlier: Sequence[str]) -> list[str]:
    """The generic nouns of each body the source names with its legal form and ``earlier`` names too."""
    said = " ".join(earlier).replace("·", "")
    found: list[str] = []
    for form, nouns in _KINDS:
        for match in re.finditer(rf"{_NAME}\s+{form}(?![\w])", source):
            words = match.group("name").split()
            # The distinctive part of the name: its last two words ("Kramer Fördertechnik"), as summaries
            # write a company without its legal form.
            core = " ".join(words[-2:])
            if core and core in said and nouns not in found:
                found.append(nouns)
    return found
