"""A verbless headline of an event, a measure or a warning said whole: its copula or "es gibt" put back.

German headlines leave out the copula and "es gibt" (Duden grammar: Schlagzeilenstil, ellipsis):
"Kommunalwahl am 13. September" says "Die Kommunalwahl ist am 13. September"; "Hitzewarnung für
den Landkreis X" says "Es gibt eine Hitzewarnung für den Landkreis X". Only a noun of an event
(an occasion or an incident), a measure or a warning can be said to be on a day or to exist as news:
"Es gibt einen Arbeitsmarkt im Januar" says nothing (judge28 r12), so every other noun is refused.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.transforms.easy import morph
from pressconv.transforms.easy.compounds import segment
from pressconv.transforms.easy.references import event_noun
from pressconv.transforms.easy.title_check import _ONCE_HEADS, event_head
from pressconv.transforms.easy.titles import noun_gender, plural_noun

__all__ = ["EXISTENCE_FRAME", "dated_event", "event_head", "told_event"]

# The existence frame and its noun ("Es gibt eine Lesung", "Es hat einen Brand … gegeben").
EXISTENCE_FRAME: Final = re.compile(r"^Es (?:gibt|hat) (?:eine?[nm]?|ein) (?:[a-zäöüß][\w·\-]* )*(?P<noun>[A-ZÄÖÜ][\w·\-]+)")
# "am 13. September 2026", "am Samstag, 13. Juni": the day the event is on.
_ON_DAY: Final = re.compile(
    rf"^am (?:\w+, )?\d{{1,2}}\. (?:{'|'.join(MONTHS_DE)})(?: \d{{4}})?(?: um \d{{1,2}}(?:[.:]\d\d)? Uhr)?$"
)
_DEFINITE: Final = {"der": "Der", "die": "Die", "das": "Das"}


def told_event(sentence: str | None, part: str) -> str | None:
    """The sentence, where it is an existence frame whose noun is an event's, a measure's or a warning's
    and whose phrases after the noun are the part's own, in order, only later ones cut.

    Any other sentence built from a verbless part ("Die Anmeldung ist erforderlich" from a subtitle's
    condition) is a side fact, left to the cascade, which weighs it against the headline. A frame that
    left out a phrase inside ("Sanierung der Halle an der Schule" as "… Sanierung an der Schule") says
    another thing than the headline.
    """
    found = EXISTENCE_FRAME.match(sentence or "")
    if sentence is None or found is None or not event_head(found["noun"]):
        return None
    after = sentence[found.end() :].replace("·", "").split()
    after = after[:-1] if sentence.startswith("Es hat ") and after[-1:] == ["gegeben"] else after
    noun = found["noun"].replace("·", "")
    words = part.replace("·", "").split()
    at = next((i for i, w in enumerate(words) if w == noun), None)
    if at is None:
        return None
    rest = words[at + 1 :]
    if rest[: len(after)] != after:
        return None
    # "Es hat … gegeben" reports a thing that happened: an incident or a one-time event, never a
    # measure or a warning, which stays in force ("Es hat eine neue Satzung gegeben" reads as gone).
    last = segment(noun.replace("-", "")).split("·")[-1].lower()
    if sentence.startswith("Es hat ") and not (event_noun(noun) or last in _ONCE_HEADS):
        return None
    # A cut phrase of validity ("ab 1. Januar", "bis Ende Mai") says when a measure holds: without it
    # "Es gibt …" would say the measure holds now.
    cut = rest[len(after) :]
    return None if any(w.lower() in ("ab", "bis", "seit", "vom", "von") for w in cut) else sentence


def dated_event(part: str) -> str | None:
    """ "Kommunalwahl am 13. September 2026" -> "Die Kommunalwahl ist am 13. September 2026".

    Only a singular event noun of known gender, its adjectives before it, and the day phrase after it
    with nothing else: the copula adds no fact. An event the release reports as done is never said
    so (the caller asks only for announcements).
    """
    tagged = morph.tag(part)
    start = 1 if tagged and tagged[0].pos == "ART" else 0
    head = next((i for i in range(start, len(tagged)) if tagged[i].pos == "NN"), None)
    if head is None or any(t.pos != "ADJ(A)" for t in tagged[start:head]):
        return None
    noun = tagged[head]
    if plural_noun(noun.word, noun.lemma) or not event_head(noun.word):
        return None
    gender = noun_gender(noun.word)
    if gender not in _DEFINITE:
        return None
    found = re.search(rf"(?<![\w·]){re.escape(noun.word)}\s+(?P<rest>.+)$", part)
    if found is None or not _ON_DAY.match(found["rest"].strip()):
        return None
    # After the definite article an adjective takes the weak "-e" in the nominative singular (Duden grammar).
    adjectives = [re.sub(r"(?:e|er|es|en|em)$", "", t.word).lower() + "e" for t in tagged[start:head]]
    return " ".join([_DEFINITE[gender], *adjectives, noun.word, "ist", found["rest"].strip()])
