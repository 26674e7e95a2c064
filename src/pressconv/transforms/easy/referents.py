"""A clause piece's opening pronoun or demonstrative replaced by its one antecedent, or refused.

A piece that topology.py cut from a long source sentence often opens as its source sentence did:
with "Er"/"Sie" (a personal pronoun that takes up the subject of the sentence before), with a
demonstrative pronoun "Dieser"/"Diese" (which takes up the last-named noun, Duden grammar:
Demonstrativpronomen), or with a demonstrative determiner "Diese Aktion …". Said alone in a summary
each points at nothing (rubric, item 3). The pronoun is resolved only as anaphora.resolve_subject
allows it (one agreeing noun phrase in the source sentence before, the same pronoun opening the
source sentence), and never where the sentence before names two persons of the pronoun's gender
(rivals.py: world knowledge, not grammar, would decide which one is meant). A demonstrative
determiner becomes the definite article of the same case ("diese" → "die", "dieser" → "der") only
where the sentence before names the same noun: then both take up that one thing. Anything else is
left as it is, and the verifier refuses it (omission over error).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.anaphora import resolve_subject
from pressconv.transforms.easy.rivals import rival

__all__ = ["resolved_opener"]

# A demonstrative pronoun and the personal pronoun of the same gender and number (Duden grammar):
# "Dieser" is masculine, "Diese" feminine or plural (the verb's number tells, anaphora._wanted).
_DEMONSTRATIVE: Final = {"dieser": "Er", "diese": "Sie"}
# The demonstrative determiner and the definite article of the same case, gender and number: both
# decline alike (Duden grammar, "dies-" with the endings of "der"). Not "dieses": it may be the
# genitive ("dieses Jahres"), whose article "des" reads otherwise.
_ARTICLE: Final = {"diese": "Die", "dieser": "Der", "diesen": "Den", "diesem": "Dem"}


def _stem(word: str) -> str:
    """The word's stem for a loose match: lower case, without its Mediopunkts and its last two letters."""
    plain = word.replace("·", "").lower()
    return plain[: max(4, len(plain) - 2)]


def _determiner(piece: str, previous: str) -> str | None:
    """ "Diese Aktionswoche wird …" -> "Die Aktionswoche wird …" where ``previous`` names the noun."""
    tagged = morph.tag(piece)
    if len(tagged) < 3 or tagged[0].word.lower() not in _ARTICLE or tagged[0].pos != "PDAT":
        return None
    index = 1
    while index < len(tagged) and tagged[index].pos in ("ADJ(A)", "CARD"):
        index += 1
    if index >= len(tagged) or tagged[index].pos != "NN":
        return None
    head = tagged[index]
    # The same noun, or a compound ending in it, with at most an inflection ending ("Woche", "Wochen").
    if not re.search(re.escape(_stem(head.word)) + r"\w{0,4}\b", previous.replace("·", "").lower()):
        return None
    return _ARTICLE[tagged[0].word.lower()] + piece.lstrip()[len(tagged[0].word) :]


def resolved_opener(piece: str, origin: str, previous: str | None, earlier: Sequence[str]) -> str | None:
    """The piece with its opener resolved, or None where it opens otherwise or is not certain.

    ``origin`` is the source sentence the piece was cut from, ``previous`` the source sentence right
    before it (None at the start or after speech or a heading), ``earlier`` what the summary says.
    """
    if previous is None:
        return None
    tagged = morph.tag(piece)
    if not tagged:
        return None
    first = tagged[0].word.lower()
    before = morph.tag(previous)
    if tagged[0].pos == "PPER" and first in ("er", "sie"):
        if rival(before, first):
            return None  # two persons of the pronoun's gender before: either may be meant (rivals.py)
        return resolve_subject(piece, origin, previous, earlier)
    if tagged[0].pos == "PDS" and first in _DEMONSTRATIVE:
        if rival(before, _DEMONSTRATIVE[first]):
            return None
        # Read as the personal pronoun of the same gender and number, without the subject preference.
        pronoun = _DEMONSTRATIVE[first]
        as_personal = pronoun + piece.lstrip()[len(tagged[0].word) :]
        source = morph.tag(origin)
        if not source or source[0].word.lower() != first:
            return None  # the piece's demonstrative must be the one that opens its source sentence
        own = pronoun + origin.lstrip()[len(source[0].word) :]
        return resolve_subject(as_personal, own, previous, earlier, prefer_subject=False)
    return _determiner(piece, previous)
