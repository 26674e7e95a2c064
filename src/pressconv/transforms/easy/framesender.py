"""Who states the position when no letterhead names the sender: the subject of its own frame sentences.

A statement from an initiative, a union or a club often comes without front matter; the release
names its sender as the subject of its frame verbs instead ("Die Initiative kritisiert …",
"Konkret fordert die Bürgerinitiative: …"). German press style names an organisation again by the
last part of its compound name ("die Bürgerinitiative" -> "die Initiative", "der Landesverband" ->
"der Verband"; Duden grammar: the head of a compound is its last part), so both are one sender.

Only an organisation noun (organisations.py) with its definite article counts, and only where every
frame sentence of the release names the same one: two different subjects ("Die Gewerkschaft fordert
…", "Der Verband kritisiert …"), a frame sentence with another subject ("Die Partei XY kritisiert die
Initiative") or one in the first person ("Wir fordern …": the sender speaks, and may be another body
than the one named) leave the sender unknown (omission over a wrong speaker).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy.lexicon import lookup
from pressconv.transforms.easy.organisations import ORG_GENDERS
from pressconv.transforms.easy.sender import Sender
from pressconv.transforms.easy.source import SourceSentence

__all__ = ["frame_sender", "short_names"]

# Organisations that speak for members or a cause (parties, groups, unions, clubs, alliances): the
# tail of their compound names is how a release names them again ("die Initiative", "der Verband").
# Territorial or office tails ("Stadt", "Amt", "Bund", "Kreis") name another body, never the sender.
_ADVOCACY_TAILS: Final = (
    "initiative",
    "gewerkschaft",
    "verband",
    "verein",
    "bündnis",
    "partei",
    "fraktion",
    "netzwerk",
    "organisation",
    "stiftung",
    "gemeinschaft",
    "allianz",
    "club",
    "klub",
)
_GENDERS: Final = ORG_GENDERS
_FRAME: Final = r"(?:fordert|verlangt|kritisiert|bemängelt|beklagt|begrüßt|warnt|appelliert|lehnt|spricht)"
_NOUN: Final = r"(?P<n>[A-ZÄÖÜ][a-zäöüß]+)"
# "Die Initiative kritisiert …" (subject first) and "Konkret fordert die Bürgerinitiative: …" (an
# adverb first, the subject after the verb: German verb-second order).
_SUBJECT_FIRST: Final = re.compile(rf"^(?P<a>Die|Der|Das)\s+{_NOUN}(?:\s+„[^“]{{1,60}}“)?\s+(?:\w+\s+)?{_FRAME}\b")
_SUBJECT_AFTER: Final = re.compile(rf"^[A-ZÄÖÜ][a-zäöüß]+\s+{_FRAME}\s+(?P<a>die|der|das)\s+{_NOUN}(?=[\s:,])")
_HEADLINE_SUBJECT: Final = re.compile(rf"^{_NOUN}\s+{_FRAME}\b")
# Any frame sentence at all: its verb (singular or plural) in the first clause, or "wir" as a subject.
_ANY_FRAME: Final = re.compile(
    r"^[^,;:]{0,80}?\b(?:fordert|fordern|verlangt|verlangen|kritisiert|kritisieren|bemängelt|bemängeln|"
    r"beklagt|beklagen|begrüßt|begrüßen|warnt|warnen|appelliert|appellieren|lehnt|lehnen|spricht|sprechen)\b"
)
_FIRST_PERSON: Final = re.compile(r"(?:^|[,;:]\s*|\b(?:fordern|verlangen|kritisieren|lehnen|warnen|begrüßen)\s+)[Ww]ir\b")


def _tail(noun: str) -> str | None:
    """The advocacy noun that ends ``noun`` ("Bürgerinitiative" -> "initiative"), or None."""
    plain = noun.lower()
    return next((t for t in _ADVOCACY_TAILS if plain.endswith(t)), None)


def short_names(noun: str) -> list[str]:
    """ "Bürgerinitiative" -> ["Initiative"]: the compound's last part, by which a release names it again."""
    tail = _tail(noun)
    if tail is None or len(tail) == len(noun):
        return []
    return [tail[:1].upper() + tail[1:]]


def frame_sender(body: Sequence[SourceSentence]) -> Sender | None:
    """The sender as its frame sentences name it ("Bürgerinitiative", die); None unless exactly one."""
    found: dict[str, str] = {}
    headline: set[str] = set()
    for sentence in body:
        if sentence.speech or sentence.heading:
            continue  # a speaker's words, or a headline in its own grammar (no article: "Initiative fordert …")
        text = sentence.text.strip()
        if _FIRST_PERSON.search(text):
            return None  # "Wir fordern …": the sender speaks without naming itself
        bare = _HEADLINE_SUBJECT.match(text)
        if bare is not None and _tail(bare["n"]) is not None:
            headline.add(bare["n"])  # headline grammar drops the article ("Initiative fordert …")
            continue
        match = _SUBJECT_FIRST.match(text) or _SUBJECT_AFTER.match(text)
        if match is None:
            if _ANY_FRAME.match(text):
                return None  # a frame sentence of another subject ("Die Partei XY kritisiert …")
            continue
        noun = match["n"]
        tail = _tail(noun)
        if tail is None:
            return None  # a frame sentence whose subject is no advocacy body: the sender is not certain
        gender = _GENDERS.get(tail)
        entry = lookup(noun)
        if entry is not None and entry.gender in ("der", "die", "das"):
            gender = entry.gender
        if gender is None or match["a"].lower() != gender:
            return None  # "Die Verband" is no nominative singular: a plural or another case
        found[noun] = gender
    if not found:
        return None
    # The longest name stands for the others when they are its last part ("Initiative").
    longest = max(found, key=len)
    if any(not longest.lower().endswith(other.lower()) for other in [*found, *headline]):
        return None
    return Sender(longest, found[longest])
