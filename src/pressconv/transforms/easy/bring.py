"""What to bring, said to the reader as "Bringen Sie … mit:" and the whole list.

Notices and invitations list what a visitor must bring (German notice convention: "Zur Anmeldung
sind mitzubringen:" over list lines, or "Mitzubringen sind A, B sowie C." in prose). Leichte Sprache
addresses the reader directly and writes a set of like things as a list (Netzwerk Leichte Sprache,
"Aufzählungen"). The list is kept whole or not said (a list cut to some items would say the rest is
not needed), and an item that holds only for some ("(bei Mietern)") is never asked of everyone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy.lists import enumeration
from pressconv.transforms.easy.ownergenitive import genitive_to_von
from pressconv.transforms.easy.rewrite import written_out
from pressconv.transforms.easy.source import SourceSentence

__all__ = ["bring_list"]

ITEMS_MAX: Final = 8  # more lines of items outweigh a summary of 12 to 20 sentences (schedules.py)
EXAMPLES: Final = 3
_ITEM_WORDS_MAX: Final = 10  # a thing to bring is a noun phrase, not a sentence


def bring_list(sentences: Sequence[SourceSentence]) -> tuple[str, tuple[str, ...]] | None:
    """ "Bringen Sie mit:" and every thing to bring, from list lines or from one prose sentence, or None."""
    return _listed(sentences) or _prose(sentences)


# The intro of a list of what to bring, said to whoever comes (notice convention: "Zur Einschreibung
# sind mitzubringen:", "Bitte mitbringen:", "Mitzubringen sind:"): the reader is the one who comes, so
# "Bringen Sie … mit:" says the same. The occasion ("zur Einschreibung") stays with it. An intro that
# narrows who brings ("Wer einen Hund hat, …", "Eltern von …") is not said to everyone.
_BRING_INTRO: Final = re.compile(
    r"^(?:(?P<occ>(?:Zur|Zum|Für\s+(?:die|den|das))\s+[A-ZÄÖÜ][\wäöüß-]+)\s+(?:sind|ist)\s+(?:bitte\s+)?mitzubringen"
    r"|Bitte\s+mitbringen|Mitzubringen\s+(?:sind|ist)(?:\s+bitte)?|Bitte\s+bringen\s+Sie\s+mit)\s*:$"
)
# An item's bracket explains or narrows it; brackets are hard to read, and an item without its
# bracket still says what to bring ("wenn nötig" keeps the item's condition where "ggf." gave one).
_ITEM_BRACKET: Final = re.compile(r"\s*\([^()]*\)")
# A bracket that narrows whom an item is for ("(bei Mietwohnungen)", "(falls vorhanden)", "(nur für
# Hunde)"): left out, it would ask everyone for the item, so only an item marked "ggf." (said "wenn
# nötig") may lose it; any other such item leaves the list unsaid (omission over error).
_NARROWS: Final = re.compile(r"^\s*\(\s*(?:bei|beim|für|falls|wenn|sofern|nur|soweit|außer)\b", re.I)


# An owner's genitive of a masculine or neuter noun ("des Kindes", "eines Vereins"): plainly "vom Kind".
_OWNER: Final = re.compile(r"\b(?:des|eines)\s+(?:[a-zäöüß]+e[nrs]?\s+)?[A-ZÄÖÜ][\wäöüß-]+")


def _plain_item(item: str) -> str:
    """The item with abbreviations written out ("ggf." as "wenn nötig") and "des X" said with "von"."""
    item = written_out(item)
    owner = _OWNER.search(item)
    said = genitive_to_von(owner.group(0)) if owner else None
    return item if owner is None or said is None else item[: owner.start()] + said + item[owner.end() :]


def _listed(sentences: Sequence[SourceSentence]) -> tuple[str, tuple[str, ...]] | None:
    """ "Bringen Sie mit:" and every item of a list of what to bring, or None; never a cut list."""
    for index, sentence in enumerate(sentences):
        intro = _BRING_INTRO.match(sentence.text.strip())
        if intro is None or sentence.speech:
            continue
        items: list[str] = []
        for line in sentences[index + 1 :]:
            if not line.heading or line.speech:
                break
            raw = line.text.strip()
            narrowing = any(_NARROWS.match(b) for b in _ITEM_BRACKET.findall(raw))
            if narrowing and not re.match(r"^(?:ggf\.|gegebenenfalls|wenn nötig)\s", raw):
                return None  # "(bei getrennt lebenden Eltern)" without "ggf.": the item is not for everyone
            item = _plain_item(_ITEM_BRACKET.sub("", raw).rstrip(" .;,"))
            if not item or re.search(r"[a-zäöüß]{4,}[.!?]\s+[A-ZÄÖÜ]", item) or len(item.split()) > _ITEM_WORDS_MAX:
                return None  # an item with a sentence of its own (not "ggf."): not a plain list of things
            items.append(item)
        if not items:
            return None
        occasion = f" {intro['occ'][0].lower()}{intro['occ'][1:]}" if intro["occ"] else ""
        if len(items) > ITEMS_MAX:
            return f"Bringen Sie{occasion} {len(items)} Sachen mit. Zum Beispiel:", tuple(items[:EXAMPLES])
        return f"Bringen Sie{occasion} mit:", tuple(items)
    return None


# "Mitzubringen sind A, B sowie C." and "Zur Anmeldung sind A und B mitzubringen.": the same list in prose.
_PROSE: Final = re.compile(
    r"^(?:Mitzubringen\s+(?:sind|ist)\s+(?P<a>.+)"
    r"|(?P<occ>(?:Zur|Zum)\s+[A-ZÄÖÜ][\wäöüß-]+)\s+(?:sind|ist)\s+(?:bitte\s+)?(?P<b>.+?)\s+mitzubringen)\.$"
)
# "(falls vorhanden)": the item is asked for only where one has it, said as "wenn vorhanden" before it.
_IF_ANY: Final = re.compile(r"\s*\((?:falls|wenn|sofern|soweit)\s+vorhanden\)")
# A lone article before one noun: the item is said without it ("der Impfpass" -> "Impfpass").
_ARTICLE_NOUN: Final = re.compile(r"^(?:der|die|das|den|ein|eine|einen)\s+(?P<n>[A-ZÄÖÜ][\wäöüß-]+)$")


def _prose(sentences: Sequence[SourceSentence]) -> tuple[str, tuple[str, ...]] | None:
    """The things of one prose sentence of what to bring, each a bare noun, or None when unsure."""
    for sentence in sentences:
        found = _PROSE.match(sentence.text.strip())
        if found is None or sentence.speech:
            continue
        listed = found["a"] or found["b"]
        owned = {m.start(): m for m in _IF_ANY.finditer(listed)}
        marked = [listed[: m.start()].split()[-1] for m in owned.values()]
        parts = enumeration(f"Mitzubringen sind {_IF_ANY.sub('', listed)}.")
        if parts is None or parts.conjunction not in ("und", "sowie"):  # "oder" offers a choice
            return None
        items: list[str] = []
        for raw in parts.items:
            bare = _ARTICLE_NOUN.match(raw.strip())
            if bare is None:
                return None  # an adjective would need its ending changed without the article
            item = written_out(bare["n"])
            # Said before the thing, as "ggf." becomes "wenn nötig" before it: a comma and "wenn" after
            # it would open a clause of its own (rule books: no subordinate clauses).
            items.append(f"wenn vorhanden {item}" if raw.split()[-1] in marked else item)
        if not 2 <= len(items) <= ITEMS_MAX:
            return None
        occasion = f" {found['occ'][0].lower()}{found['occ'][1:]}" if found["occ"] else ""
        return f"Bringen Sie{occasion} mit:", tuple(items)
    return None
