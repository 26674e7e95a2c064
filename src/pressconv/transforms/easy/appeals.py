"""What an appeal asks about: its object in words a reader knows, and the object's description.

The last blind judgement found "Wissen Sie etwas?" where the object the police ask about was never
named: a compound like "Taschenuhr" fails the hard-word check, and the appeal lost its object. A
German determinative compound names a kind of its last part (Duden grammar §1129: "die Taschen·uhr"
is an "Uhr"), so the last part is a true, plainer name for the object. The description lines
appeals print ("Material: Silber", "Farbe: rot") say what the object looks like.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy.lexicon import lookup

__all__ = ["description", "found_again", "found_person", "sought_head"]

# The last part keeps at least four letters, the first part at least four: no suffix is a word.
_PART_MIN: Final = 4
_FIRST_MIN: Final = 4
# The last part is a common word (Zipf >= 3.5), the whole a rare one (Zipf < 3): a compound, not a
# word of its own that happens to end like another ("Kristall" is no "Stall").
_PART_ZIPF: Final = 3.5
_WHOLE_ZIPF: Final = 3.0
# A last part seen at all in the frequency list (Zipf >= 2.5) is the head; a shorter one is not tried.
_PART_SEEN: Final = 2.5
# STTS tags of function words (conjunctions, adpositions, articles, pronouns, particles, adverbs).
_FUNCTION_WORDS: Final = ("KO", "AP", "ART", "PP", "PI", "PD", "PR", "PT", "PW", "PAV", "ADV")


def sought_head(noun: str, gender: str) -> tuple[str, str] | None:
    """ "Hostienschale", "die" -> ("Schale", "die"): the longest last part that is a common noun.

    The compound keeps its gender (the last part's, Duden grammar §1129); a part the lexicon lists
    with another gender means the split is wrong, and nothing is returned.
    """
    from pressconv.transforms.easy import morph
    from pressconv.transforms.easy.compounds import zipf

    if zipf(noun) >= _WHOLE_ZIPF:
        return None
    for cut in range(_FIRST_MIN, len(noun) - _PART_MIN + 1):
        part = noun[cut:].capitalize()
        if zipf(part) < _PART_SEEN:
            continue
        if zipf(part) < _PART_ZIPF:
            return None  # the longest word at the end is a rare one ("Kanne"): no plainer part behind it
        if any(t.pos == "NE" for t in morph.tag(f"Die {part} ist hier.")):
            return None  # a name ("Anne" at the end of "Zunftkanne") is no part of the compound
        # A common word that is no noun ("Aber" at the end of "Kandelaber"): not the head.
        tagged = morph.tag(part.lower())
        if tagged and tagged[0].pos.startswith(_FUNCTION_WORDS):
            return None
        entry = lookup(part)
        if entry is not None and entry.gender not in (gender, "-"):
            return None
        return part, gender
    return None


# "Material: 800er Silber, Vergoldung …", "Farbe: dunkelblau": the label lines of a description.
_MATERIAL: Final = re.compile(r"^Material\s*:\s*(?P<v>[^,;:]+)")
# "Wer kann Hinweise zur Herkunft der Vase geben?": the police ask where the object comes from.
_ORIGIN: Final = re.compile(r"\bHinweise\s+(?:zur|zu\s+der)\s+Herkunft\s+(?:der|des)\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)")
_COLOUR: Final = re.compile(r"^Farbe\s*:\s*(?P<v>[a-zäöü]+)\s*$")


def description(body: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """("Material", "Silber"), ("Farbe", "rot") and ("Herkunft", "Vase"): the description, where plain.

    "Herkunft" holds the noun whose origin the police ask about (the template names it only when
    it is the object sought).

    A grade or a count in the value ("800er Silber") is left out (the material stays true); a value
    of more than two words, or two different values for one label, is not a plain description.
    """
    found: dict[str, set[str]] = {}
    for sentence in body:
        material = _MATERIAL.match(sentence.strip())
        if material:
            value = " ".join(w for w in material["v"].split() if not re.search(r"\d", w))
            if 1 <= len(value.split()) <= 2 and value[:1].isupper():
                found.setdefault("Material", set()).add(value)
        origin = _ORIGIN.search(sentence)
        if origin:
            found.setdefault("Herkunft", set()).add(origin["noun"])
        colour = _COLOUR.match(sentence.strip())
        if colour:
            found.setdefault("Farbe", set()).add(colour["v"])
    return tuple((label, values.pop()) for label, values in found.items() if len(values) == 1)


# "Die vermisste 14-Jährige wurde wohlbehalten angetroffen", "Die Fahndung wird zurückgenommen": the
# person sought is back; an appeal that asks "Haben Sie X gesehen?" would then mislead.
# "Der vermisste 83-Jährige ist … unterkühlt, aber ansprechbar aufgefunden worden": the person sought
# (named by "vermisst") was found, in whatever state; "Die Fahndung/Suche ist abgeschlossen" ends it.
_FOUND: Final = re.compile(
    r"\b(?:wohlbehalten|unversehrt|wieder)\b[^.;]*\b(?:angetroffen|aufgefunden|gefunden|zurückgekehrt)\b"
    r"|\b[Vv]ermisst\w*\b[^.;]*\b(?:angetroffen|aufgefunden|gefunden)\s+(?:worden|werden)\b"
    r"|\b(?:Fahndung|Suche|Vermisstensuche)\b[^.;]*\b(?:zurückgenommen|eingestellt|beendet|erledigt|abgeschlossen)\b"
)
# Still missing: a finding negated or not yet made ("wird noch immer vermisst", "weiterhin verschwunden").
_STILL_MISSING: Final = re.compile(r"\b(?:nicht|kein\w*|noch immer|weiterhin)\b")
# Found too late (police convention: "jede Hilfe kam zu spät").
_TOO_LATE: Final = re.compile(r"\bzu spät\b|\bverstarb\b|\bums Leben\b")
# Found dead is no "wieder da" (templates._appeal): such a release is left to the other steps.
_DEAD: Final = re.compile(r"\b(?:tot|leblos|verstorben|Leiche|Leichnam)\b")


def found_again(body: Sequence[str]) -> bool:
    """The release says the missing person was found alive or the appeal withdrawn, without a negation."""
    if any(_DEAD.search(s) for s in body):
        return False
    return any(_FOUND.search(s) and not _STILL_MISSING.search(s) for s in body)


# A found person named by the report's own noun after "vermisst-" (police convention: "der vermisste
# 71-jährige Mann", "Vermisster 71-Jähriger … aufgefunden"), with the accusative the title says
# ("Man hat den vermissten Mann gefunden"). Person nouns whose accusative is their nominative form,
# and age nominals (adjectival nouns: "der 71-Jährige", "den 71-Jährigen", Duden grammar).
_PERSON_ACCUSATIVE: Final = {
    "mann": ("den", "vermissten", "Mann"),
    "frau": ("die", "vermisste", "Frau"),
    "kind": ("das", "vermisste", "Kind"),
    "mädchen": ("das", "vermisste", "Mädchen"),
    "senior": ("den", "vermissten", "Senior"),
    "seniorin": ("die", "vermisste", "Seniorin"),
    "schülerin": ("die", "vermisste", "Schülerin"),
    "schüler": ("den", "vermissten", "Schüler"),
}
# Found alive: a word that says so in the same sentence as the finding (police convention:
# "wohlbehalten aufgefunden"); a finding alone ("in einem Bachlauf gefunden") may be a death.
_FOUND_ALIVE: Final = re.compile(
    r"\b(?:wohlbehalten|unversehrt|lebend|wohlauf)\b[^.;]*\b(?:angetroffen|aufgefunden|gefunden)\b"
)
_MISSING_PERSON: Final = re.compile(
    r"(?:\b(?P<article>[Dd]er|[Dd]ie|[Dd]as|[Ss]eine|[Ii]hre)\s+(?:[^.;]*?\s)?)?"
    r"\b[Vv]ermisst(?:e|er|en)\s+(?:(?P<age>\d{1,3})-(?:jährige[nr]?\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)|"
    r"(?P<nominal>Jährige[r]?)\b)|(?P<bare>[A-ZÄÖÜ][a-zäöüß]+)\b)"
)


def found_person(texts: Sequence[str]) -> str | None:
    """ "den vermissten Mann", "die vermisste 79-Jährige": the person the release says was found alive.

    Only where a sentence says the person was found alive (not dead: ``_DEAD``, not only an appeal
    withdrawn) and the report names them with "vermisst-" and a person noun or an age nominal whose
    gender the ending shows ("Jähriger" a man, "Jährige" after "Vermisste" a woman). Else None.
    """
    if any(_DEAD.search(t) or _TOO_LATE.search(t) for t in texts):
        return None
    found = [
        t for t in texts if _FOUND_ALIVE.search(t) and not _STILL_MISSING.search(t) and len(_MISSING_PERSON.findall(t)) == 1
    ]
    for text in found:
        match = _MISSING_PERSON.search(text)
        if match is None:
            continue
        noun = (match["noun"] or match["bare"] or "").lower()
        if noun in _PERSON_ACCUSATIVE:
            article, adjective, word = _PERSON_ACCUSATIVE[noun]
            age = f"{match['age']}-jährige{'n' if article == 'den' else ''} " if match["age"] else ""
            return f"{article} {adjective} {age}{word}"
        if match["nominal"]:
            # "Vermisster 71-Jähriger" (strong ending), "der vermisste 71-Jährige": a man; "die
            # vermisste 79-Jährige" before a singular verb: a woman (Duden grammar: adjectival nouns).
            masculine = match["nominal"] == "Jähriger" or (match["article"] or "").lower() == "der"
            feminine = match["nominal"] == "Jährige" and (match["article"] or "").lower() in ("die", "ihre", "seine")
            if masculine:
                return f"den vermissten {match['age']}-Jährigen"
            if feminine and not re.search(r"\bsind\b|\bwurden\b", text):
                return f"die vermisste {match['age']}-Jährige"
    return None
