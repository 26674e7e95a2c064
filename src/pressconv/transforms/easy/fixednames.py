"""Genitives inside a name or a fixed term ("Lange Nacht der Museen", "Tag der Pflege") stay as written.

The plain-language rewrite turns a genitive into "von" + dative ("die Leiterin des Amts" -> "die
Leiterin vom Amt"). Inside a name that changes the name: "zur Langen Nacht von den Museen" is no
event anyone advertises. German writes a name's adjectives with a capital letter (Duden, Eigennamen:
"die Lange Nacht", "das Rote Kreuz"), and the named days, weeks and nights of the calendar are fixed
terms with a genitive ("Tag der offenen Tür", "Woche der Umwelt", "Nacht der Bibliotheken"). Such a
genitive keeps its form, and the verifier then leaves the sentence out (rule.genitive): a sentence
less, never a name made wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy.morph import Token

__all__ = ["name_genitive"]

# Nouns of the calendar that head a named observance day, week or night with a genitive
# (Aktionstag, Themenwoche: "Tag der Arbeit", "Woche der Wiederbelebung", "Nacht der Museen").
_CALENDAR_HEADS: Final = frozenset({"Tag", "Tage", "Nacht", "Nächte", "Woche", "Wochen", "Monat", "Jahr"})


def name_genitive(tagged: Sequence[Token], article: int) -> bool:
    """The genitive article at ``article`` belongs to a name or a fixed term, so it is not rewritten.

    The noun before it heads a name: an adjective with a capital letter stands before it inside the
    sentence ("zur Langen Nacht der Museen"; at the sentence's start every word is capitalised), or
    it is a calendar noun of a named day ("am Tag der offenen Tür").
    """
    head = article - 1
    if head < 0 or tagged[head].pos not in ("NN", "NE"):
        return False
    owner = article + 1
    while owner < len(tagged) and tagged[owner].pos == "ADJ(A)":
        owner += 1
    if owner + 1 < len(tagged) and tagged[owner + 1].pos in ("NN", "NE") and tagged[owner + 1].word[:1].isupper():
        # "die Freiwillige Feuerwehr der Gemeinde Beispielmoor": the genitive names an owner by its
        # proper name, no part of a fixed term; "von der Gemeinde Beispielmoor" says the same.
        return False
    if tagged[head].word in _CALENDAR_HEADS:
        return True
    before = head - 1
    while before >= 1 and tagged[before].pos == "ADJ(A)":
        if tagged[before].word[:1].isupper():
            return True
        before -= 1
    return False
