"""A missing person's core facts: home town, the day gone, where last seen, read from the police's own clauses.

A police search appeal (Vermisstenfahndung, the convention of every German police force) tells the
same facts in the same few clauses: "die 15-jährige Lea M. aus Talheim" (who and from where), "Die
Jugendliche wird seit Montag, 4. Mai, vermisst" (since when), "Zuletzt gesehen wurde sie … an der
Bushaltestelle …" (where last seen). Each fact is copied from the sender's clause into a template
sentence; a clause the patterns do not read whole is left out (omission over error, DESIGN §6).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from datetime import date
from typing import Final

from pressconv.transforms.easy.negation import NEGATION
from pressconv.transforms.easy.when import find_moments

_NEG: Final = re.compile(rf"\b(?:{NEGATION})\b", re.I)

__all__ = ["home_town", "last_seen", "since_next"]

# "Jana Roth aus Kellenbach." / "…, aus Kellenbach, wird vermisst": one place name (hyphenated
# parts allowed) right after the name, closing the phrase. "aus dem Ortsteil X" (an article) or "aus
# Richtung X" names no home town and does not match.
_TOWN: Final = r"(?P<town>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*)"
_TOWN_END: Final = r"(?=\s*[.,;:–]|\s*$|\s+(?:vermisst|wird|ist|seit)\b)"
_NOT_TOWNS: Final = frozenset({"Richtung", "Sicht", "Angst", "Sorge", "Gründen", "Versehen"})


def home_town(body: Sequence[str], name: str) -> str | None:
    """The one place the release names after the person's name with "aus" ("Talheim", "dem Ortsteil Au"), or None."""
    pattern = re.compile(rf"{re.escape(name)},?\s+aus\s+{_TOWN}{_TOWN_END}")
    towns = {m["town"] for sentence in body for m in pattern.finditer(sentence)} - _NOT_TOWNS
    # "aus dem Kronauer Ortsteil Unterau": the district with its noun ("dem Ortsteil Unterau"); the
    # town's adjective may go, the district stays as true without it.
    district = re.compile(
        rf"{re.escape(name)},?\s+aus\s+dem\s+(?:[A-ZÄÖÜ][a-zäöüß]+er\s+)?(?P<noun>Ortsteil|Stadtteil)\s+{_TOWN}{_TOWN_END}"
    )
    towns |= {f"dem {m['noun']} {m['town']}" for sentence in body for m in district.finditer(sentence)}
    return towns.pop() if len(towns) == 1 else None


# The missing person referred to again in the next sentence (German press style names the person
# once, then a definite noun of age and sex or a pronoun): "Die Jugendliche wird seit Montag, 22. Juni,
# vermisst." "Der/Die/Das" + one noun, or "Er"/"Sie". Only a noun that can be THE person takes the
# person up (the press convention names the missing person again by age, age group or "der/die
# Vermisste"); any other noun ("Die Freundin wird seit Dienstag vermisst") is another person.
_SINCE_AGAIN: Final = re.compile(
    r"^(?:(?:Der|Die|Das)\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+|\d{1,3}-Jährige[r]?)|Er|Sie)\s+(?:wird|ist)\s+seit\s+"
    r"(?P<since>.{2,60}?),?\s+vermisst\.?$"
)
# The person nouns of a search appeal (age group, sex, the missing one); stems, to find them in any case.
_PERSON_STEMS: Final = ("Vermisst", "Jugendlich", "Jung", "Mädchen", "Kind", "Schüler", "Senior", "Frau", "Mann")


def _takes_up(noun: str | None, before: str, name: str) -> bool:
    """The taking-up noun can be the person named in the sentence before (no other person of that noun there)."""
    if noun is None:
        return True  # "Er"/"Sie"
    if noun.startswith("Vermisst"):
        return True
    age = re.match(r"(\d{1,3})-Jährige", noun)
    if age:
        # "Die 15-Jährige": the age the release gave the person, right before the name.
        return re.search(rf"\b{age[1]}-jährige\w*\s+{re.escape(name)}", before) is not None
    stem = next((s for s in _PERSON_STEMS if noun.startswith(s)), None)
    if stem is None:
        return False
    # "Lena Vogt war mit einem Jungen unterwegs. Der Junge wird …": a second one of the noun is another person.
    others = [m for m in re.finditer(rf"\b{stem}\w*", before) if not before[m.end() :].lstrip().startswith(name)]
    return not others


def since_next(body: Sequence[str], name: str, issued: date | None) -> date | None:
    """The day from "<Der/Die …> wird seit <Tag> vermisst" right after the sentence naming the person."""
    days: set[date] = set()
    for before, sentence in itertools.pairwise(body):
        match = _SINCE_AGAIN.match(sentence.strip())
        if name not in before or match is None or _NEG.search(sentence):
            continue
        if not _takes_up(match["noun"], before, name):
            return None
        moments = find_moments(match["since"], issued)
        if len(moments) != 1 or moments[0].range_start or moments[0].range_end or moments[0].until:
            return None
        days.add(moments[0].day)
    if len(days) != 1:
        return None
    day = days.pop()
    # Missing since a day after the release is no fact (a misread year or weekday).
    return day if issued is None or day <= issued else None


# "Zuletzt gesehen wurde er gegen 14:30 Uhr von einer Zeugin an der Bushaltestelle „Lindenplatz“, …",
# "… wurde sie zuletzt … von einer Zeugin am Busbahnhof in Talheim gesehen, wo …": the place is the
# prepositional phrase after the witness (police convention: "von einem Zeugen an/in/auf …").
# The whole phrase stays in one clause: never across a comma into another clause ("Zuletzt gesehen
# wurde sie am Montag, ihr Rucksack wurde von einem Zeugen am Bahnhof gefunden" tells no sighting place).
_SEEN: Final = re.compile(
    r"\b[Zz]uletzt\b[^.;,]*?\bvon\s+(?:einer|einem|zwei|mehreren)\s+(?:Zeug\w+|Passant\w*|Anwohner\w*|Bekannt\w+)\s+"
    r"(?P<place>(?:an|am|auf|in|im|bei|beim)\s+[^,;.]{3,60}?)(?:\s+gesehen\b|,|\.|$)"
)
# The subject of the sentence must be the person sought: the name, the pronoun, or the release's noun.
_PLACE_MAX_WORDS: Final = 6
# A place phrase with a clause word in it ("wo", "als", "nachdem") or a time is no plain place.
_NOT_PLACE: Final = re.compile(r"\b(?:wo|als|nachdem|während|wie|und|oder|Uhr|gegen)\b|\d")
# The lower-case words a place phrase may hold (prepositions and articles); any other one is a verb or
# a clause of its own ("am Bahnhof Talbach gefunden"), and the sentence would not be well-formed.
_PLACE_WORDS: Final = frozenset({
    "an", "am", "auf", "in", "im", "bei", "beim", "der", "die", "dem", "den",
    "des", "zum", "zur", "vor", "hinter", "neben", "nahe", "unweit", "von", "vom",
})  # fmt: skip


def last_seen(body: Sequence[str], name: str) -> str | None:
    """ "an der Bushaltestelle „Lindenplatz“": where the person was seen last, or None when unsure."""
    found: set[str] = set()
    parts = name.split()
    for sentence in body:
        match = _SEEN.search(sentence)
        if match is None or _NEG.search(sentence[: match.end()]):
            continue
        # Whose sighting: the person sought (a part of the name, "er"/"sie", the missing person's noun),
        # never a suspect or another person told in the same release.
        head = sentence[: match.start("place")]
        if not (
            any(p in head.split() for p in parts if len(p) > 2)
            or re.search(r"\b(?:[Ee]r|[Ss]ie|[Dd]er Vermisste|[Dd]ie Vermisste)\b", head)
        ):
            continue
        if re.search(r"\b(?:Täter|Tatverdächtig\w*|Mann|Männer|Person)\b", head):
            continue
        place = match["place"].strip()
        # "gesehen" in the same clause as the place (before it or right after it): the sighting's own place.
        clause = sentence[match.start() : match.end()]
        if not re.search(r"\bgesehen\b", clause):
            continue
        if any(w.islower() and w not in _PLACE_WORDS for w in re.findall(r"[\wäöüß]+", place)):
            continue
        if len(place.split()) > _PLACE_MAX_WORDS or _NOT_PLACE.search(place) or place.count("„") != place.count("“"):
            continue
        found.add(place)
    return found.pop() if len(found) == 1 else None
