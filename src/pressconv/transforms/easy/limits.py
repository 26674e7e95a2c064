"""Named word counts the Leichte-Sprache steps share, each with the rule it comes from."""

from __future__ import annotations

from typing import Final

__all__ = ["HARD_LIMIT", "KIND_SCAN_CHARS", "LONG_WORD", "REWRITE_MAX_CHARS", "RULE_SCAN_WORDS"]

# A Leichte-Sprache sentence is short (Netzwerk Leichte Sprache rule book: one statement per
# sentence; LanguageTool's de-DE-x-simple-language flags long sentences). Over 12 words a sentence
# fails the verifier (rule.too-long); the rewriting and selecting steps aim below it.
HARD_LIMIT: Final = 12

# A word of 14 letters or more is long (rule.long-word) unless it is split at its word parts with a
# Mediopunkt ("Verkehrs·unfall"); the compound splitter splits words from this length on even when
# they are not nouns, so that no word the verifier would reject is left whole.
LONG_WORD: Final = 14

# A source sentence this long (about 250 words) cannot become a Leichte-Sprache sentence of at most
# HARD_LIMIT words by the safe rewrites (they change forms and drop openers and insertions, never
# three quarters of a sentence): it is left as it is, and the verifier leaves it out as too long.
# Bounds the work on a release that is one endless "sentence" (issue 15 #4).
REWRITE_MAX_CHARS: Final = 2000

# A sentence of more words than this fails as too long whatever else it breaks; the other rules are
# checked on its first RULE_SCAN_WORDS words only, enough for the report to say what else is wrong.
RULE_SCAN_WORDS: Final = 200

# The kind of a release is told in its headline and first paragraphs (inverted pyramid, the
# news-writing convention kind.py follows); cue counts over the first 20 000 characters of the body
# decide it as well as over a whole book-length text, at a bounded cost (issue 15 #4).
KIND_SCAN_CHARS: Final = 20_000
