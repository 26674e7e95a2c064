"""Who decided what: "Stadtrat beschließt neue Parkordnung" said as "Der Stadtrat hat eine neue Parkordnung beschlossen."

A council's or board's decision is announced in the headline in the present tense with the body
without its article (German headline style, "Kreistag beschließt neuen Haushalt"). The rubric asks
of a decision "who decided what" (easy-judging.md). The template restores the articles and says it
in the Perfekt: the deciding body's article from the lexicon gender of its head noun, the object's
indefinite article from the gender the lexicon gives its noun (or a compound's last part), which
must agree with the headline adjective's ending ("neue" feminine, "neues" neuter, "neuen"
masculine accusative). Anything else (a plural, a name, a negation, a plan) is left out.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy.lexicon import lookup

__all__ = ["decision_line"]

# Bodies that decide by vote (municipal codes, parliaments, boards): the head of the subject noun.
_DECIDERS: Final = r"(?:rat|tag|ausschuss|vorstand|kabinett|senat|versammlung|kommission|parlament|beirat)"
_HEADLINE: Final = re.compile(
    rf"^(?P<who>[A-ZÄÖÜ][a-zäöüß]*{_DECIDERS})\s+(?:beschließt|beschloss|hat\s+beschlossen:?)\s+"
    r"(?P<adj>neue[ns]?)\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)$"
)
_ARTICLE: Final = {"der": "Der", "die": "Die", "das": "Das"}
# The indefinite accusative with the adjective for each gender (German declension).
_ENDING: Final = {"die": "eine neue", "das": "ein neues", "der": "einen neuen"}
_UNSURE: Final = re.compile(r"\b(?:nicht|kein\w*|soll|will|plant|könnte|vorerst)\b")


def _lexicon_gender(noun: str) -> str | None:
    """The noun's gender from the lexicon, or a compound's from its last part (German compound rule)."""
    entry = lookup(noun)
    if entry is not None:
        return entry.gender if entry.gender in _ARTICLE else None
    for cut in range(3, len(noun) - 2):
        part = lookup(noun[cut:].capitalize())
        if part is not None and part.gender in _ARTICLE:
            return part.gender
    return None


def _object_gender(adjective: str, noun: str) -> str | None:
    """The object's gender as the headline adjective shows it, where nothing contradicts it.

    "neues" is neuter singular and "neuen" masculine singular after "beschließt" (accusative);
    "neue" may be a plural too, so it counts only for a feminine singular the suffix shows
    ("-ung", "-heit", "-keit", "-schaft", "-ion", "-tät": feminine by word formation, Duden
    grammar) or the lexicon lists in its base form.
    """
    known = _lexicon_gender(noun)
    shown = {"neues": "das", "neuen": "der"}.get(adjective)
    if shown is not None:
        return shown if known in (None, shown) else None
    entry = lookup(noun)
    base = entry is not None and bool(entry.forms) and noun.lower() == entry.forms[0]
    if re.search(r"(?:ung|heit|keit|schaft|ion|tät)$", noun) or (base and known == "die"):
        return "die" if known in (None, "die") else None
    return None


def decision_line(heads: list[str]) -> str | None:
    """ "Der Stadtrat hat eine neue Park·gebühren·ordnung beschlossen." from a headline part, or None."""
    for head in heads:
        for part in re.split(r"\s+[–—-]\s+|:\s+", head):
            match = _HEADLINE.match(part.strip().rstrip("."))
            if match is None or _UNSURE.search(part):
                continue
            # The deciding body: "Stadtrat" before "beschließt" is the council, never one member.
            who, noun = _lexicon_gender(match["who"]), _object_gender(match["adj"], match["noun"])
            if who is None or noun is None:
                continue
            return f"{_ARTICLE[who]} {match['who']} hat {_ENDING[noun]} {match['noun']} beschlossen."
    return None
