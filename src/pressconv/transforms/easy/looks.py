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
# The missing person named by the noun of the search ("Der Vermisste", "Die Vermisste") or by a bare
# label ("Personenbeschreibung:", "Beschreibung:"): in a search appeal both mean the person sought,
# whose name the appeal gives (facts._missing), so the list is said of that name.
_SOUGHT: Final = re.compile(r"^(?:Der|Die)\s+(?:Vermisste[rn]?|Gesuchte[rn]?)$")
_LABEL: Final = re.compile(r"^(?:Personen)?[Bb]eschreibung(?:\s+(?:der|des)\s+Vermissten)?\s*:$")
# Colour compounds of "dunkel"/"hell" + colour ("dunkel·blau"): a real word part (Duden: Farbadjektive
# als Zusammensetzung), split with the middle dot like any compound (Netzwerk Leichte Sprache).
_SHADE: Final = re.compile(r"\b(dunkel|hell)(blau|braun|grün|grau|rot|gelb|blond|beige|lila)", re.I)


def _passes(item: str) -> bool:
    """The verifier's rule and structure checks accept the item as a list item (compounds split)."""
    from pressconv.transforms.easy.compounds import segment_text
    from pressconv.transforms.easy.verify import rule_failures, structure_failures

    written = segment_text(item)
    structure = [
        f
        for f in structure_failures(written, list_intro=True)
        if not (f.check == "guard.cut-off" and f.match == "starts mid-sentence")
    ]
    return not rule_failures(written) and not structure


def _first_feature(item: str) -> str | None:
    """ "kurze graue Haare" of "kurze graue Haare, Halbglatze": the first comma part that names a thing.

    A description item lists features apart by commas; its first feature is true alone. Parts that
    are only adjectives ("lange, dunkelbraune Haare") belong to the noun after them and stay with it.
    """
    parts = [p.strip() for p in re.split(r",\s+", item)]  # "1,72 Meter": a decimal comma is no boundary
    for end in range(1, len(parts)):
        first = ", ".join(parts[:end])
        if re.search(r"\b[A-ZÄÖÜ]", first) or re.search(r"\b(?:groß|alt|schlank)$", first):
            return first if end < len(parts) else None
    return None


def looks(sentences: Sequence[SourceSentence], sought: str | None = None) -> tuple[str, tuple[str, ...]] | None:
    """(intro line, features) of the first description list, or None where fewer than two features pass.

    ``sought`` is the name of the person a search appeal looks for: "Der Vermisste wird wie folgt
    beschrieben:" and a bare "Personenbeschreibung:" describe that person.
    """
    for index, sentence in enumerate(sentences):
        text = sentence.text.strip()
        intro = _INTRO.match(text)
        who = intro["who"] if intro is not None else None
        if sought and ((who and _SOUGHT.match(who)) or _LABEL.match(text)):
            who = sought
        if sentence.speech or who is None or not (_WHO.fullmatch(who) or who == sought):
            continue
        items: list[str] = []
        kept: list[str] = []
        block: int | None = None
        for line in sentences[index + 1 :]:
            if not line.heading or line.speech or (block is not None and line.paragraph != block):
                break
            block = line.paragraph  # one list: the items of one block, not the next list after it
            item = _METRE.sub(r"\1 Meter", _ABOUT.sub("etwa ", line.text.strip().rstrip(".")))
            item = _SHADE.sub(r"\1·\2", item)
            items.append(item)
            if _passes(item):
                kept.append(item)
            elif (first := _first_feature(item)) is not None and _passes(first):
                kept.append(first)
        if len(kept) < _ITEMS_MIN:
            return None
        if kept == items:
            named = who[:1].lower() + who[1:] if who.startswith(("Der ", "Die ", "Das ")) else who
            return f"So sieht {named} aus:", tuple(kept)
        of = _of(who)
        return (f"Das sind einige Merkmale {of}:", tuple(kept)) if of else None
    return None


def _of(who: str) -> str | None:
    """ "von Lea M.": a name after "von"; None for "der Junge", whose dative may change the noun."""
    return None if who.split()[0] in ("Der", "Die", "Das") else f"von {who}"
