"""The predicative "da" of "da sein" ("Der Jahres·bericht ist da."): present, not a pointer back.

"da sein" means "to be there, to be available" (Duden: da, Adverb, in "da sein" = anwesend,
vorhanden); as the predicate of a form of "sein" that closes its clause ("Das neue Heft ist da.",
"Die Ergebnisse sind da."), it names no place or time of an earlier sentence, unlike the anaphoric
"da" ("Da laufen die Anträge anders ab") that the verifier refuses (guard.pronoun). Only
"sein": "bleiben" with "da" ("Die Helfer bleiben da.") means "stay there", at a place said before,
and points back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["presence_da"]

# Forms of "sein" only; not "bleiben" ("bleibt da": stays at the place said before).
_SEIN: Final = frozenset(["ist", "sind", "war", "waren"])


def presence_da(tagged: Sequence[morph.Token], position: int) -> bool:
    """The "da" at ``position`` is the predicate of "sein" right before it, at the end of its clause."""
    if tagged[position].word != "da" or position < 2 or tagged[position - 1].word not in _SEIN:
        return False
    return position + 1 < len(tagged) and tagged[position + 1].word in (".", "!", ",", ";")
