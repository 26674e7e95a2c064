"""Named word counts the Leichte-Sprache steps share, each with the rule it comes from."""

from __future__ import annotations

from typing import Final

__all__ = ["HARD_LIMIT", "LONG_WORD"]

# A Leichte-Sprache sentence is short (Netzwerk Leichte Sprache rule book: one statement per
# sentence; LanguageTool's de-DE-x-simple-language flags long sentences). Over 12 words a sentence
# fails the verifier (rule.too-long); the rewriting and selecting steps aim below it.
HARD_LIMIT: Final = 12

# A word of 14 letters or more is long (rule.long-word) unless it is split at its word parts with a
# Mediopunkt ("Verkehrs·unfall"); the compound splitter splits words from this length on even when
# they are not nouns, so that no word the verifier would reject is left whole.
LONG_WORD: Final = 14
