"""Co-actors of the sender: "gemeinsam mit der Polizei Nordheim", "zusammen mit dem Tierschutzverein".

A release names the organisations the sender acts with in a comitative phrase ("gemeinsam mit",
"zusammen mit" + dative, Duden: Komitativ). The kernel of the lead (core.py) keeps subject, verb and
object and loses that phrase; the last blind judgement counted the partners as a key fact dropped.
One template sentence says it again with the phrase as the source wrote it, so the dative needs no
change: "Die Polizei Berlin arbeitet mit der Polizei Nordheim zusammen."
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["partners"]

# An organisation in the dative: article, then capitalised words (name, noun, place), possibly a
# list joined by "und", "sowie" or commas, each item with its own article.
_ITEM: Final = r"(?:der|dem|den)\s+(?:[A-ZÄÖÜ][\w\-]*)(?:\s+[A-ZÄÖÜ][\w\-]*){0,3}"
_WITH: Final = re.compile(rf"\b(?:gemeinsam|zusammen)\s+mit\s+(?P<np>{_ITEM}(?:(?:\s*,\s*|\s+und\s+|\s+sowie\s+){_ITEM})*)")
_NOT_PLAIN: Final = re.compile(r"\b(?:nicht|kein\w*|soll|sollen|wenn|falls|würde\w*|könnte\w*|wollen|will)\b", re.I)


def partners(body: Sequence[str], sender_words: Sequence[str]) -> tuple[str | None, str] | None:
    """(subject, "mit der Polizei Nordheim und der Bundespolizei"): who acts with whom, or None.

    The subject is None when the sentence names the sender (a distinctive word of its name) or speaks
    as "wir": the sender acts. Otherwise it is the noun phrase the sentence makes the subject by
    position: the Vorfeld before the finite verb, or the first noun phrase right after the finite
    verb (unmarked Mittelfeld order, nominative first), as in donation.py. A hedge, a negation or a
    plan leaves the sentence out. Only the first such phrase counts.
    """
    for sentence in body:
        match = _WITH.search(sentence)
        if match is None or _NOT_PLAIN.search(sentence):
            continue
        phrase = _noun_phrases(re.sub(r"\s+sowie\s+", " und ", match["np"].strip()))
        if phrase is None:
            continue
        if any(w in phrase for w in sender_words):
            continue  # the sender with itself: a branch of the same organisation, not a partner
        before = sentence[: match.start()]
        if re.search(r"\b(?:wir|Wir)\b", before) or (sender_words and any(w in before for w in sender_words)):
            return None, f"mit {phrase}"
        subject = _subject_before(before)
        if subject is not None:
            return subject, f"mit {phrase}"
    return None


def _noun_phrases(text: str) -> str | None:
    """The dative noun phrases at the start of ``text``: article, adjectives, one noun, then names.

    "dem Zoll Lastwagen" is "dem Zoll" and an object ("Lastwagen"), "der Polizei Nordheim" is one
    organisation: after its noun an organisation's name goes on with names only (HanTa NE).
    """
    tagged = morph.tag(text)
    kept: list[str] = []
    i = 0
    while i < len(tagged):
        if tagged[i].pos != "ART":
            break
        item = [tagged[i].word]
        i += 1
        while i < len(tagged) and tagged[i].pos == "ADJ(A)":
            item.append(tagged[i].word)
            i += 1
        if i >= len(tagged) or tagged[i].pos not in ("NN", "NE"):
            return None
        item.append(tagged[i].word)
        i += 1
        while i < len(tagged) and (tagged[i].pos == "NE" or (tagged[i].pos == "NN" and _rare(tagged[i].word))):
            item.append(tagged[i].word)
            i += 1
        kept.append(" ".join(item))
        if i + 1 < len(tagged) and tagged[i].word in ("und", ",") and tagged[i + 1].pos == "ART":
            i += 1
            continue
        break
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else ", ".join(kept[:-1]) + " und " + kept[-1]


# A capitalised word after the organisation's noun that no frequency list knows is its name
# ("der Stadt Talheim"); a common noun ("dem Zoll Lastwagen") is the sentence's object. HanTa tags
# an unknown place as NN out of context, so the frequency decides (Zipf below 2: a name).
_NAME_ZIPF: Final = 2.0


def _rare(word: str) -> bool:
    """The word is rarer than a common word (a name's frequency)."""
    from pressconv.transforms.easy.compounds import zipf

    return zipf(word.lower()) < _NAME_ZIPF


def _subject_before(before: str) -> str | None:
    """ "Dazu führt die Polizei Nordheim": "Die Polizei Nordheim" (after the finite verb), or the Vorfeld."""
    tagged = morph.tag(before.strip())
    if len(tagged) < 2:
        return None
    end = len(tagged)
    start = end
    while start > 0 and tagged[start - 1].pos in ("NN", "NE"):
        start -= 1
    if start == end or start == 0 or tagged[start - 1].pos != "ART":
        return None
    start -= 1
    if tagged[start].word.lower() not in ("der", "die", "das"):
        return None
    if start > 0 and not tagged[start - 1].pos.endswith("(FIN)"):
        return None  # neither the Vorfeld nor right after the finite verb: not the subject by position
    words = [t.word for t in tagged[start:end]]
    return " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])
