"""The genitive -s of a name after a noun ("die Strategie Nordheims"): found, and rewritten with "von".

German grammar (Duden): a proper name in the genitive takes "-s" and may follow its head noun
("die Einwohner Talheims"). Leichte Sprache has no genitive (Netzwerk Leichte Sprache, rule
"Genitiv vermeiden"); the same relation is "von" + the name ("die Einwohner von Talheim"), which
needs no article because a place or person name has none.
"""

from __future__ import annotations

import re

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.lexicon import lookup
from pressconv.transforms.easy.phrases import _PLACE_KIND

__all__ = ["saxon_genitive", "with_von"]


def saxon_genitive(tagged: tuple[morph.Token, ...], index: int) -> bool:
    """The token at ``index`` is a name's genitive after a common noun: capitalised, the name plus
    "-s" (HanTa's lemma), a name the lexicon does not know as a common noun, no noun after it."""
    if index == 0 or index >= len(tagged):
        return False
    token, before = tagged[index], tagged[index - 1]
    after = tagged[index + 1] if index + 1 < len(tagged) else None
    lemma = token.lemma
    return (
        before.pos == "NN"
        and token.pos in ("NN", "NE")
        and token.word[:1].isupper()
        and len(lemma) >= 3
        and token.word == lemma + "s"
        and not lemma.endswith(("s", "x", "z", "ß"))
        and lookup(lemma) is None
        and (after is None or after.pos not in ("NN", "NE"))
        and not _coordinated_name(tagged, index)
        # "im Landkreis Hohenfels", "die Gemeinde Wattens": after a kind of place the name is its
        # apposition (Duden grammar: enge Apposition), never a genitive; "von Hohenfel" renamed it.
        and not _PLACE_KIND.search(before.word.replace("·", "").lower())
    )


def _coordinated_name(tagged: tuple[morph.Token, ...], index: int) -> bool:
    """ "Bündnis Kabel und Drähte": a word in "-s" joined by "und"/"&" to a noun not in "-s" is part of a
    name made of nouns, not a genitive (two genitives would both end in "-s": "Nordheims und Talheims")."""
    rest = [t.word for t in tagged[index + 1 : index + 3]]
    return len(rest) == 2 and rest[0] in ("und", "&", "oder") and not rest[1].endswith("s")


def with_von(sentence: str) -> str:
    """ "die Strategie Nordheims" -> "die Strategie von Nordheim" (module docstring)."""
    tagged = morph.tag(sentence)
    changed = False
    out = sentence
    for index in reversed(range(len(tagged))):
        if saxon_genitive(tagged, index):
            word = tagged[index].word
            new = re.sub(rf"(?<=\s){re.escape(word)}\b", f"von {tagged[index].lemma}", out, count=1)
            changed = changed or new != out
            out = new
    return out if changed else sentence
