"""Rescuer: "Der Täter wird als … beschrieben." as the list "Der Täter sieht so aus:" with one feature a line.

Police appeals describe a person in one passive sentence ("Der Mann wird als etwa 30 Jahre alt,
schlank und etwa 1,80 Meter groß beschrieben."): the reader needs it to recognise the person, and
the verifier refuses it as a passive. Leichte Sprache writes such a description as a list under an
intro line (Netzwerk Leichte Sprache, "Aufzählungen"), the form looks.py gives the police's own
lists ("… wird wie folgt beschrieben:"). Each feature is kept as the police wrote it; the list is
kept whole or not at all (a list cut would describe someone else).

Only a subject that is certainly the nominative (a definite article and its noun, the Vorfeld of
"wird"/"werden") and features that are adjective phrases (no verb, no clause) are taken; anything
else stays refused (omission over error).
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy.rescue import Rescue, RescueContext

__all__ = ["described"]

# "<Der|Die|Das> [adjectives] <Noun> wird/werden als <features> beschrieben." (police appeal convention)
_DESCRIBED: Final = re.compile(
    r"^(?P<who>(?:Der|Die|Das)\s+(?:[a-zäöüß]+e\s+)*[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+"
    r"(?P<verb>wird|werden)\s+als\s+(?P<features>[^.;:!?()„“\"]+?)\s+beschrieben\.$"
)
# The joints of a list of features: a comma or a final "und".
_JOINT: Final = re.compile(r",\s+(?:und\s+)?|\s+und\s+")
# A feature is an adjective phrase: it ends in an adjective (lower case), not in a noun or a verb
# form of a clause ("der eine Jacke trug").
_FEATURE: Final = re.compile(r"^(?:[\wäöüß,]+\s+){0,5}[a-zäöüß]+$")
_CLAUSE_WORDS: Final = frozenset(["der", "die", "das", "den", "dem", "hat", "hatte", "trug", "trägt", "war", "ist", "sein"])
_ITEMS_MIN: Final = 1


def described(context: RescueContext) -> Rescue | None:
    """The description as "… sieht so aus:" and its features, one a line; or None."""
    if context.source.speech:
        return None  # a speaker's words keep their speaker
    found = _DESCRIBED.match(context.text.strip())
    if found is None:
        return None
    features = [part.strip() for part in _JOINT.split(found["features"]) if part.strip()]
    if len(features) < _ITEMS_MIN:
        return None
    for feature in features:
        if not _FEATURE.match(feature) or _CLAUSE_WORDS & set(feature.lower().split()):
            return None
    who = found["who"]
    verb = "sieht" if found["verb"] == "wird" else "sehen"
    # The subject first: "So …" as an opener reads as pointing back (guard.dangling-opener).
    return Rescue((f"{who} {verb} so aus:",), items=tuple(features))
