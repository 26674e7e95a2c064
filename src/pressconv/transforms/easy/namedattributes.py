"""Rescuer: a hard adjective left out of a noun phrase that a number or a name already picks out.

"Die Stadt hat den neuen qualifizierten Lärmaktionsplan 2027 veröffentlicht." is refused for one word
("qualifizierten": long, and no list explains it), and with it goes the news. A noun phrase whose
noun is followed by a number or a name ("Lärmaktionsplan 2027", "Linie 5", "Schule am Park") names one
thing already (Duden grammar: nachgestellte Kennzeichnung, enge Apposition), so an adjective in it
only describes that thing and does not decide which one (nounphrases.py reads describing attributes
the same way). Left out, the sentence says less and nothing false (omission over error).

Only adjectives that the rule check refuses as hard or long are left out, and only these: never a
deciding adjective (neu, ehemalig, stellvertretend: nounphrases._DECIDING), never a negated one, and
never where the sentence fails any other check, which the other rescuers handle.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.nounphrases import _DECIDING, _HEDGE
from pressconv.transforms.easy.rescue import Rescue, RescueContext
from pressconv.transforms.easy.verify import rule_failures

__all__ = ["WORD_CHECKS", "named_attributes", "without_named_attributes"]

# A state of the thing or person that changes what the sentence says of it ("den zurückgetretenen
# Bürgermeister", "den insolventen Betreiber", "die kostenpflichtige Zone 3"): never left out (review).
_STATUS: Final = re.compile(
    r"^(?:zurückgetreten|verstorben|gestorben|insolvent|suspendiert|entlassen|abgewählt|kostenpflichtig|"
    r"gebührenpflichtig|kostenlos|kostenfrei|gebührenfrei|befristet|gesperrt|geschlossen|gekündigt|verurteilt)\w*$",
    re.I,
)
# The checks of single words: a sentence refused only by them may lose the words (this module).
WORD_CHECKS: Final = frozenset({"rule.hard-word", "rule.long-word"})


def named_attributes(context: RescueContext) -> Rescue | None:
    """The refused sentence without its hard adjectives in number- or name-marked noun phrases, or None."""
    text = without_named_attributes(context.text)
    return Rescue((text,)) if text is not None else None


def without_named_attributes(sentence: str) -> str | None:
    """``sentence`` without its hard adjectives in number- or name-marked noun phrases, or None.

    None where the sentence fails any check besides the word checks, or a hard word is no such adjective.
    """
    failures = rule_failures(sentence)
    if not failures or any(f.check not in WORD_CHECKS for f in failures):
        return None
    hard = {f.match.replace("·", "") for f in failures}
    tagged = morph.tag(sentence)
    spans = morph.token_spans(sentence)
    if not tagged or len(tagged) != len(spans):
        return None
    cut: list[int] = []
    for index, token in enumerate(tagged):
        if token.word not in hard:
            continue
        lemma = token.lemma or token.word
        if (
            token.pos != "ADJ(A)"
            or _DECIDING.match(lemma)
            or _HEDGE.match(lemma)
            or _STATUS.match(lemma)
            or token.word.lower().startswith("un")
        ):
            return None  # a hard word that is no describing adjective: not this rescuer's
        noun = next((j for j in range(index + 1, len(tagged)) if tagged[j].pos != "ADJ(A)"), None)
        if noun is None or tagged[noun].pos != "NN" or noun + 1 >= len(tagged):
            return None
        if tagged[noun + 1].pos not in ("CARD", "NE"):
            return None  # "eine neue qualifizierte Liste": the adjective may decide which one
        cut.append(index)
    if not cut or len(cut) != len(hard):
        return None
    text = sentence
    for index in reversed(cut):
        start, end = spans[index]
        text = text[:start] + text[end:].lstrip()
    return text
