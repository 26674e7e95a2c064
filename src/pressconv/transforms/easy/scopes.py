"""Orders and requests that hold only for some readers: the list intro's scope, a narrower group.

German instruction lists put their scope once, in the intro before the colon ("Die Behörde rät der
Bevölkerung in den betroffenen Gebieten:", "Bei Glätte gilt:", "Tipps für Radfahrer:"), and every
item is read within it (press and authority convention: the list items are elliptic, the intro
carries who and when). A summary that keeps the items without the intro turns them into orders to
every reader (judge21b: flood orders for the affected areas read as general orders). The same holds
for a request said of a group ("Für Rollstuhlfahrer stehen Plätze bereit; eine Anmeldung wird
erbeten"): said as "Bitte melden Sie sich vorher an." it asks everyone. The scope cannot be carried
by the item's own words, so such items and requests are left out (omission over error, DESIGN §6).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy.source import SourceSentence

__all__ = ["intro_index", "intro_scope", "narrower_group", "scoped_item", "scoped_lists", "unscoped"]

# A circumstance or condition: "bei Hochwasser", "im Fall eines Brandes", "wenn …", "während der Sperrung".
_CIRCUMSTANCE: Final = re.compile(
    r"\b(?:[Bb]ei|[Bb]eim|[Ii]m Falle?|[Ww]ährend|[Ww]enn|[Ff]alls|[Ss]obald|[Ss]olange|[Ss]ofern|[Nn]ach dem|[Vv]or dem)\b"
)
# A restricted area or set: "in den betroffenen Gebieten", "gefährdete Ortsteile", "im Umkreis von 2 km".
_RESTRICTED: Final = re.compile(
    r"\b(?:betroffen|gefährdet|überflutet|angrenzend|umliegend|anliegend)\w*|\b(?:[Ii]m Umkreis|[Ii]n der Nähe|entlang)\b"
)
# Everyone: an intro naming only these addresses every reader ("rät der Bevölkerung:", "allen Bürgern").
_EVERYONE: Final = re.compile(
    r"^(?:Bevölkerung|Bürger\w*|Einwohner\w*|Menschen|Öffentlichkeit|Leser\w*|alle\w*|Sie|Ihnen|Besucher\w*|"
    r"Gäste\w*|Interessierte\w*|Teilnehm\w*|Zuschauer\w*)$"
)
# A person group: an agent or participle noun in the plural ("Autofahrern", "Anwohnerinnen", "Reisende"),
# or a noun that names people by age, kind or condition (Duden: Personenbezeichnungen).
_GROUP_WORD: Final = re.compile(
    r"^(?:[A-ZÄÖÜ]\w*(?:erinnen|innen|ern|er|enden|ende)|Eltern|Kinder|Kindern|Jugendliche\w*|Senior\w*|Gruppen|"
    r"Schulklassen|Familien|Mitglieder\w*|Menschen mit|Personen mit)$"
)
# "für" and the group it names, up to the verb or the clause's end.
_FOR_GROUP: Final = re.compile(r"\b[Ff]ür (?:die |alle )?(?P<group>[A-ZÄÖÜ][\w·-]+(?: und [A-ZÄÖÜ][\w·-]+)?(?: mit)?)")
# The dative addressee of an advice verb: "rät Autofahrern", "empfiehlt allen Eltern".
_ADDRESSEE: Final = re.compile(
    r"\b(?:rät|raten|empfiehlt|empfehlen|bittet|bitten)\s+(?:den |der |allen |)(?P<group>[A-ZÄÖÜ][\w·-]+)"
)


def _group(phrase: str) -> str | None:
    """The phrase when it names a group of people narrower than every reader."""
    words = phrase.replace("·", "").split()
    if len(words) > 1 and _GROUP_WORD.match(" ".join(words[:2])):
        return phrase  # "Menschen mit …": people by a condition
    if _EVERYONE.match(words[0]) or not _GROUP_WORD.match(words[0]):
        return None
    return phrase


def intro_scope(intro: str) -> str | None:
    """The scope an advice intro puts on its items ("in den betroffenen Gebieten"), or None for every reader."""
    for pattern in (_CIRCUMSTANCE, _RESTRICTED):
        match = pattern.search(intro)
        if match:
            return match.group(0)
    for pattern in (_FOR_GROUP, _ADDRESSEE):
        for match in pattern.finditer(intro):
            group = _group(match["group"])
            if group is not None:
                return group
    return None


def intro_index(index: int, sentences: Sequence[SourceSentence]) -> int | None:
    """The position of the intro ending in a colon that the list item at ``index`` belongs to, or None."""
    if not 0 <= index < len(sentences) or not sentences[index].heading:
        return None
    item = sentences[index]
    at = index - 1
    while at >= 0 and sentences[at].heading and sentences[at].paragraph == item.paragraph:
        at -= 1  # the list's earlier items
    return at if at >= 0 and sentences[at].text.strip().endswith(":") else None


def scoped_item(index: int, sentences: Sequence[SourceSentence]) -> str | None:
    """The scope of the list intro that sentence ``index`` is an item of, when the intro narrows it, or None."""
    at = intro_index(index, sentences)
    return intro_scope(sentences[at].text) if at is not None else None


def unscoped(advice: Sequence[tuple[str, str]], sentences: Sequence[SourceSentence]) -> list[tuple[str, str]]:
    """The (source, line) pairs of advice whose source is no item of a narrowed list, nor led by a narrowing label.

    "Tipps für Radfahrer: Helm tragen." carries its intro in the same line: its label is read the same way.
    """
    kept: list[tuple[str, str]] = []
    for source, line in advice:
        index = next((i for i, s in enumerate(sentences) if s.text == source), -1)
        label, colon, _ = source.partition(": ")
        if scoped_item(index, sentences) is not None or (colon and intro_scope(label) is not None):
            continue
        kept.append((source, line))
    return kept


def scoped_lists(
    advice: Sequence[tuple[str, str]], sentences: Sequence[SourceSentence]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(intro, advice lines) for each narrowed list: the items said only under the intro that scopes them."""
    lists: dict[int, list[str]] = {}
    for source, line in advice:
        index = next((i for i, s in enumerate(sentences) if s.text == source), -1)
        if line.endswith("?") or line.startswith("Dann "):
            continue  # a condition's question and answer (advicelist.py): a list item checked alone could lose one
        if scoped_item(index, sentences) is not None and (at := intro_index(index, sentences)) is not None:
            lists.setdefault(at, []).append(line)
    return tuple((sentences[at].text, tuple(lines)) for at, lines in sorted(lists.items()))


def narrower_group(sentence: str) -> str | None:
    """The group a sentence's request is said of ("Für Rollstuhlfahrer …; eine Anmeldung wird erbeten"), or None.

    The group is the "für"-phrase or the subject at the sentence's start; a group of every reader
    ("für alle Gäste", "Besucher") is no narrower group.
    """
    plain = sentence.replace("·", "")
    match = _FOR_GROUP.search(plain)
    if match is not None and (group := _group(match["group"])) is not None:
        return group
    first = re.match(r"(?P<group>[A-ZÄÖÜ]\w+(?: mit)?)\s+(?:werden|sind|sollen|müssen|können|melden|bitten)\b", plain)
    return _group(first["group"]) if first is not None else None
