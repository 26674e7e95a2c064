"""A missing or wanted person's description, read from the list the police give it in.

Search appeals describe the person one feature a line after an intro ("Lea M. wird wie folgt
beschrieben:" and "• ca. 1,35 m groß, schlank"); it is what the reader needs to recognise the
person, and the summary dropped it as a heading. Leichte Sprache writes it as a list under an intro
line (Netzwerk Leichte Sprache, "Aufzählungen"). Each feature is kept as the police wrote it, with
"ca." and "m" written out; a feature the rule checks refuse is left out, and then the intro says
that the list gives some features only ("Das sind einige Merkmale von …:"), so no reader takes the
features shown for all there are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy.source import SourceSentence

__all__ = ["looks"]

# "<Person> wird wie folgt beschrieben:" / "<Person> wird so beschrieben:" (police appeal convention).
_INTRO: Final = re.compile(r"^(?P<who>.{2,40}?)\s+(?:wird|werden)\s+(?:wie folgt|so|folgendermaßen)\s+beschrieben:$")
# The person: a first name with an initial or a surname ("Lea M.", "Karl Berger"), or "der/die/das" + noun.
_WHO: Final = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+\s+(?:[A-ZÄÖÜ]\.|[A-ZÄÖÜ][a-zäöüß-]+)|(?:Der|Die|Das)\s+[A-ZÄÖÜ][a-zäöüß-]+")
# Written out for the reader: "ca." and a metre figure ("1,35 m").
_ABOUT: Final = re.compile(r"\bca\.\s*")
_METRE: Final = re.compile(r"(\d,\d{2})\s*m\b")
_ITEMS_MIN: Final = 2


def looks(sentences: Sequence[SourceSentence]) -> tuple[str, tuple[str, ...]] | None:
    """(intro line, features) of the first description list, or None where fewer than two features pass."""
    from pressconv.transforms.easy.compounds import segment_text
    from pressconv.transforms.easy.verify import rule_failures, structure_failures

    for index, sentence in enumerate(sentences):
        intro = _INTRO.match(sentence.text.strip())
        if sentence.speech or intro is None or not _WHO.fullmatch(intro["who"]):
            continue
        items: list[str] = []
        kept: list[str] = []
        for line in sentences[index + 1 :]:
            if not line.heading or line.speech:
                break
            item = _METRE.sub(r"\1 Meter", _ABOUT.sub("etwa ", line.text.strip().rstrip(".")))
            items.append(item)
            written = segment_text(item)
            structure = [
                f
                for f in structure_failures(written, list_intro=True)
                if not (f.check == "guard.cut-off" and f.match == "starts mid-sentence")
            ]
            if not rule_failures(written) and not structure:
                kept.append(item)
        if len(kept) < _ITEMS_MIN:
            return None
        who = intro["who"]
        if len(kept) == len(items):
            named = who[:1].lower() + who[1:] if who.startswith(("Der ", "Die ", "Das ")) else who
            return f"So sieht {named} aus:", tuple(kept)
        of = _of(who)
        return (f"Das sind einige Merkmale {of}:", tuple(kept)) if of else None
    return None


def _of(who: str) -> str | None:
    """ "von Lea M.": a name after "von"; None for "der Junge", whose dative may change the noun."""
    return None if who.split()[0] in ("Der", "Die", "Das") else f"von {who}"
