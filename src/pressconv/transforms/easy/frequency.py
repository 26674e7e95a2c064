"""Word frequency (Zipf scale, wordfreq), the one measure the compound splitter, the hard-word check and
the lexicon's basic vocabulary share; a module of its own so that none of them imports another for it."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

__all__ = ["LISTED", "zipf"]

# A word the list holds at all (the "small" list starts at Zipf 3): a particle and a verb joined to a
# listed verb ("bereit" + "stellen", "mit" + "bringen") are one separable verb (Duden: trennbare Verben).
LISTED: Final = 2.5


@lru_cache(maxsize=65536)
def zipf(word: str, language: str = "de") -> float:
    """Return the Zipf frequency of ``word`` (0 for unknown); wordfreq is imported on first use only.

    The "small" list holds every word of Zipf 3 and above, which is all any threshold here asks
    about (the lowest is 3.0); the default "large" list costs about 85 MB of memory per process
    and 0.3 s to load, for words rarer than any of our decisions can see.
    """
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word.lower(), language, wordlist="small"))
