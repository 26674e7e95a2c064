"""A thing the release tells only as a draft or a plan is never said as existing ("Es gibt ein Gesetz").

German marks what is not yet decided by the noun or by an attribute: a compound with "-entwurf",
"-vorhaben" or "-vorschlag" ("Gesetzentwurf", "Haushaltsentwurf", "Bauvorhaben"), "Entwurf eines/des
…", "Referentenentwurf", or a participle of planning before the noun ("die geplante Erhöhung", "der
vorgesehene Neubau"). A summary sentence that asserts the thing itself — exists ("Es gibt ein
Kita-Gesetz"), is new, applies ("gilt", "in Kraft") or was decided — turns the plan into a fact
(judged wrong: an opposition statement on a draft law summarised as "Es gibt ein Kita-Gesetz").
The sentence may say it with its status ("Entwurf", "geplant", "soll"); without the status it is
refused, unless the release also tells the thing as decided ("Der Landtag hat das Gesetz
verabschiedet"). Omission over error: the verifier leaves such a sentence out.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["drafted_as_fact", "only_drafted"]

# "Gesetzentwurf", "Haushaltsentwurfs", "Bauvorhaben", "Gesetzesvorschlag": the thing before the status noun.
_DRAFT_COMPOUND: Final = re.compile(
    r"\b(?P<thing>[a-zäöüß][a-zäöüß\-]{3,}?)(?:es|s)?-?(?:entwurf|entwurfs|entwurfes|entwürfe|entwürfen|"
    r"vorhaben|vorhabens|vorschlag|vorschlags|vorschläge|vorschlägen)\b"
)
# "Entwurf eines Zweiten Gesetzes zur Änderung …", "Referentenentwurf für eine Verordnung": the words
# after the status noun name the thing (a noun phrase of up to four words). A definite genitive
# ("Entwurf der Landesregierung") names the author as often as the thing, so only the indefinite
# article, "für" and "zum/zur" count.
_DRAFT_OF: Final = re.compile(
    r"\b(?:\w*entwurf\w*|\w*entwürfe\w*|vorschlag\w*|vorschläge\w*)\s+"
    r"(?:eine[nrs]?|für\s+(?:eine[nrs]?|die|das|den)|zum|zur)\s+(?P<things>(?:[\w\-]+\s+){0,3}[\w\-]+)"
)
# "die geplante Erhöhung", "der vorgesehene neue Radweg": a participle of planning before the noun.
_PLANNED: Final = re.compile(
    r"\b(?:geplant|vorgeschlagen|vorgesehen|beabsichtigt|angestrebt)e[nmrs]?\s+"
    r"(?:[\w\-]+e[nmrs]?\s+)?(?P<thing>[\w\-]+)"
)
# An occasion that is "geplant" is scheduled, not undecided ("die geplante Versammlung am Montag"):
# gatherings and visits happen on their day (the event templates say them with it), so the planning
# participle makes no draft of them.
_OCCASION: Final = re.compile(
    r"(?:versammlung|veranstaltung|sitzung|treffen|feier|fest|konzert|lesung|führung|ausstellung|vortrag|"
    r"workshop|markt|gespräch|besuch|termin|reise|fahrt|eröffnung|aktion|tag)$"
)
# What the summary sentence asserts of a thing: that it exists, is new, applies or was decided.
_ASSERTS: Final = re.compile(
    r"^es (?:gibt|hat)\b|\bneue[nmrs]?\b|\bgilt\b|\bgelten\b|\bin kraft\b|\bbeschlossen\b|\bverabschiedet\b"
)
# The sentence keeps the status itself: a draft, a plan, an intention, a proposal.
_STATUS: Final = re.compile(
    r"entwurf|entwürfe|vorhaben|vorschlag|vorschläge|geplant|plant\b|planen\b|\bsoll\b|\bsollen\b|\bwill\b|"
    r"\bwollen\b|\bmöchte\w*|vorgesehen|\bnoch nicht\b|\bkünftig\b"
)
# The release tells the thing as decided or in force (a sentence without any status word).
_DONE: Final = re.compile(r"\bverabschiedet\b|\bbeschlossen\b|\bin kraft getreten\b|\bist in kraft\b|\bgilt seit\b")
# A thing's last five letters at least must agree: "kita-gesetz" is a "gesetz" of "gesetzentwurf".
_MIN_TAIL: Final = 5


def _base(word: str) -> str:
    """The word without a genitive or plural ending ("gesetzes" -> "gesetz", "erhöhungen" -> "erhöhung")."""
    for ending in ("es", "en", "s", "n", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_TAIL:
            return word[: -len(ending)]
    return word


def _drafted_things(source: str) -> set[str]:
    """The base forms of the nouns the source (lower case) tells as drafted or planned."""
    found = {_base(m["thing"].strip("-")) for m in _DRAFT_COMPOUND.finditer(source)}
    found |= {_base(m["thing"]) for m in _PLANNED.finditer(source) if not _OCCASION.search(m["thing"])}
    for match in _DRAFT_OF.finditer(source):
        found |= {_base(word) for word in match["things"].split() if len(word) >= _MIN_TAIL}
    return {thing for thing in found if len(thing) >= _MIN_TAIL}


def _same_thing(noun: str, thing: str) -> bool:
    """The summary's noun names the drafted thing: one ends with the other ("kita-gesetz", "gesetz")."""
    noun = _base(noun)
    return noun.endswith(thing) or thing.endswith(noun) if min(len(noun), len(thing)) >= _MIN_TAIL else False


def _decided(thing: str, source: str) -> bool:
    """Some sentence of the source tells ``thing`` as decided or in force, without a status word."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", source):
        if thing in sentence and _DONE.search(sentence) and not _STATUS.search(sentence):
            return True
    return False


def drafted_as_fact(sentence: str, source: str) -> list[str]:
    """The nouns ``sentence`` asserts as existing, new, in force or decided that ``source`` tells only
    as a draft or a plan. Both texts are compared in lower case; the sentence may carry "·"."""
    text = sentence.replace("·", "").replace("\u00ad", "")
    lower = text.lower()
    if not _ASSERTS.search(lower) or _STATUS.search(lower):
        return []
    source = source.lower()
    things = _drafted_things(source)
    if not things:
        return []
    nouns = re.findall(r"(?<!^)\b[A-ZÄÖÜ][\w\-]+", text)
    return [
        noun for noun in nouns if any(_same_thing(noun.lower(), thing) and not _decided(thing, source) for thing in things)
    ]


def only_drafted(text: str, decided: str) -> bool:
    """The release tells a draft or plan (see above) and no decision: no cue of ``decided`` (a pattern
    of deciding words, kind.py) stands in ``text``. Such a release reports no decision."""
    return bool(_drafted_things(text.lower())) and re.search(decided, text, flags=re.M) is None
