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

from pressconv.transforms.easy.leadprep import without_dateline
from pressconv.transforms.easy.lists import enumeration
from pressconv.transforms.easy.ownergenitive import genitive_to_von
from pressconv.transforms.easy.rewrite import written_out
from pressconv.transforms.easy.source import SourceSentence

__all__ = ["bring_list", "bring_source"]

ITEMS_MAX: Final = 8  # more lines of items outweigh a summary of 12 to 20 sentences (schedules.py)
EXAMPLES: Final = 3
_ITEM_WORDS_MAX: Final = 10  # a thing to bring is a noun phrase, not a sentence


def bring_list(sentences: Sequence[SourceSentence]) -> tuple[str, tuple[str, ...]] | None:
    """ "Bringen Sie mit:" and every thing to bring, from list lines or from one prose sentence, or None."""
    found = _listed(sentences) or _prose(sentences)
    return found[1] if found is not None else None


def bring_source(sentences: Sequence[SourceSentence]) -> str | None:
    """The source sentence the bring list says (its intro or its prose sentence): said, not said again."""
    found = _listed(sentences) or _prose(sentences)
    return found[0] if found is not None else None


# A condition in the sentence before a list of what to bring narrows who brings it (German notice
# convention: "Wer ein Kind anmeldet, muss … Mitzubringen sind …", "Bei einem Umzug …", "Für
# Vereine gilt …"): said to everyone as "Bringen Sie mit:", the list would drop that condition.
_CONDITION_BEFORE: Final = re.compile(r"^(?:Wer|Wenn|Falls|Sofern|Soweit|Bei|Beim|Für)\b(?!\s+alle\b)")


def _conditioned(sentences: Sequence[SourceSentence], index: int) -> bool:
    """The sentence before ``index`` opens with a condition on whom the list is for."""
    return index > 0 and _CONDITION_BEFORE.match(without_dateline(sentences[index - 1].text.strip())) is not None


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

# A bracket that sets a condition on the thing itself ("(nicht älter als sechs Monate)", "(im Original)",
# "(keine Kopie)", "(gültig)", "(unterschrieben)"): without it "Bringen Sie mit: Foto" asks for less than
# the notice does, so the list is not said (omission over a dropped restriction).
_LIMITS: Final = re.compile(
    r"\b(?:nicht|kein\w*|nur|original\w*|gültig\w*|aktuell\w*|älter|jünger|mindestens|höchstens|maximal|max\."
    r"|neu\w*|unterschrieben\w*|beglaubigt\w*|ausgefüllt\w*|vollständig\w*|mehr\s+als|weniger\s+als)\b",
    re.I,
)
# A line that is no thing to bring: a negation ("keine Wertsachen", "Nicht mitbringen: …"), a clause
# with its own verb ("Geld ist nicht nötig"), or a label of its own before a colon.
_NO_THING: Final = re.compile(
    r"\b(?:nicht|kein\w*|ohne|ist|sind|wird|werden|bitte|bleibt|bleiben|brauchen|braucht|gibt|muss|müssen|kann|können)\b|:",
    re.I,
)


def _a_thing(line: str) -> bool:
    """``line`` (its brackets left aside) names a thing to bring, not a negation, clause or label."""
    return _NO_THING.search(_ITEM_BRACKET.sub("", line)) is None


# "(falls vorhanden)", "(wenn vorhanden)", "(sofern vorhanden)" after an item, in list lines and in
# prose alike: asked for only where one has it, said as "wenn vorhanden" before the thing, as "ggf."
# becomes "wenn nötig" before it (a comma and "wenn" after it would open a clause of its own).
_IF_ANY: Final = re.compile(r"\s*\((?:falls|wenn|sofern|soweit)\s+vorhanden\)")


def _if_any(item: str) -> str:
    """ "wenn vorhanden Schülerausweis": the item marked as asked for only where one has it."""
    return f"wenn vorhanden {item}"


# An owner's genitive of a masculine or neuter noun ("des Kindes", "eines Vereins"): plainly "vom Kind".
_OWNER: Final = re.compile(r"\b(?:des|eines)\s+(?:[a-zäöüß]+e[nrs]?\s+)?[A-ZÄÖÜ][\wäöüß-]+")


# An owner's genitive joined to a second one ("des Vaters oder der Mutter"): both owners are said
# with "von" ("vom Vater oder von der Mutter"); one said and one left in the genitive mixes cases.
_OWNER_PAIR: Final = re.compile(
    r"\s+(?:oder|und|bzw\.)\s+(?P<g>(?:der|des|eines|einer)\s+(?:[a-zäöüß]+e[nrs]?\s+)?[A-ZÄÖÜ][\wäöüß-]+)"
)


def _plain_item(item: str) -> str | None:
    """The item with abbreviations written out ("ggf." as "wenn nötig") and "des X" said with "von".

    None where an owner's genitive cannot be said whole with "von" (omission over a mix of cases).
    """
    item = written_out(item)
    if re.search(r"\b(?:der|einer)\s+[A-ZÄÖÜ]\w+\s+(?:oder|und)\s+(?:des|eines)\b", item):
        return None  # "der Mutter oder des Vaters": the first owner stays a genitive "von" cannot mend here
    owner = _OWNER.search(item)
    if owner is None:
        return item
    said = genitive_to_von(owner.group(0))
    if said is None:
        return None  # "Ausweis des …" left in the genitive, or half said: not for sure
    rest = item[owner.end() :]
    pair = _OWNER_PAIR.match(rest)
    if pair is not None:
        second = genitive_to_von(pair["g"])
        if second is None:
            return None
        rest = rest[: pair.start("g")] + second + rest[pair.end() :]
    return item[: owner.start()] + said + rest


def _listed(sentences: Sequence[SourceSentence]) -> tuple[str, tuple[str, tuple[str, ...]]] | None:
    """(intro, ("Bringen Sie mit:", every item)) of a list of what to bring, or None; never a cut list."""
    for index, sentence in enumerate(sentences):
        intro = _BRING_INTRO.match(sentence.text.strip())
        if intro is None or sentence.speech:
            continue
        if _conditioned(sentences, index):
            return None
        items: list[str] = []
        for line in sentences[index + 1 :]:
            if not line.heading or line.speech:
                break
            raw = line.text.strip()
            if_any = _IF_ANY.search(raw) is not None
            raw = _IF_ANY.sub("", raw)
            brackets = _ITEM_BRACKET.findall(raw)
            narrowing = any(_NARROWS.match(b) for b in brackets)
            if narrowing and not re.match(r"^(?:ggf\.|gegebenenfalls|wenn nötig)\s", raw):
                return None  # "(bei getrennt lebenden Eltern)" without "ggf.": the item is not for everyone
            if any(_LIMITS.search(b) for b in brackets) or not _a_thing(raw):
                return None  # "Foto (nicht älter als …)", "keine Wertsachen", "Geld ist nicht nötig": not said whole
            item = _plain_item(_ITEM_BRACKET.sub("", raw).rstrip(" .;,"))
            if item is None or not item or re.search(r"[a-zäöüß]{4,}[.!?]\s+[A-ZÄÖÜ]", item):
                return None  # an item with a sentence of its own (not "ggf."): not a plain list of things
            if len(item.split()) > _ITEM_WORDS_MAX:
                return None
            items.append(_if_any(item) if if_any else item)
        if not items:
            return None
        occasion = f" {intro['occ'][0].lower()}{intro['occ'][1:]}" if intro["occ"] else ""
        if len(items) > ITEMS_MAX:
            return sentence.text, (f"Bringen Sie{occasion} {len(items)} Sachen mit. Zum Beispiel:", tuple(items[:EXAMPLES]))
        return sentence.text, (f"Bringen Sie{occasion} mit:", tuple(items))
    return None


# "Mitzubringen sind A, B sowie C." and "Zur Anmeldung sind A und B mitzubringen.": the same list in prose.
_PROSE: Final = re.compile(
    r"^(?:Mitzubringen\s+(?:sind|ist)\s+(?P<a>.+)"
    r"|(?P<occ>(?:Zur|Zum)\s+[A-ZÄÖÜ][\wäöüß-]+)\s+(?:sind|ist)\s+(?:bitte\s+)?(?P<b>.+?)\s+mitzubringen)\.$"
)
# A lone article before one noun: the item is said without it ("der Impfpass" -> "Impfpass").
_ARTICLE_NOUN: Final = re.compile(r"^(?:der|die|das|den|ein|eine|einen)\s+(?P<n>[A-ZÄÖÜ][\wäöüß-]+)$")


def _prose(sentences: Sequence[SourceSentence]) -> tuple[str, tuple[str, tuple[str, ...]]] | None:
    """(sentence, ("Bringen Sie mit:", things)) of one prose sentence of what to bring, or None when unsure."""
    for index, sentence in enumerate(sentences):
        found = _PROSE.match(sentence.text.strip())
        if found is None or sentence.speech:
            continue
        if _conditioned(sentences, index):
            return None
        listed = found["a"] or found["b"]
        marked = [listed[: m.start()].split()[-1] for m in _IF_ANY.finditer(listed)]
        if _ITEM_BRACKET.search(_IF_ANY.sub("", listed)):
            return None  # any other bracket ("(im Original)") may limit its item: not said without it
        parts = enumeration(f"Mitzubringen sind {_IF_ANY.sub('', listed)}.")
        if parts is None or parts.conjunction not in ("und", "sowie"):  # "oder" offers a choice
            return None
        items: list[str] = []
        for raw in parts.items:
            bare = _ARTICLE_NOUN.match(raw.strip())
            if bare is None:
                return None  # an adjective would need its ending changed without the article
            item = written_out(bare["n"])
            items.append(_if_any(item) if raw.split()[-1] in marked else item)
        if not 2 <= len(items) <= ITEMS_MAX:
            return None
        occasion = f" {found['occ'][0].lower()}{found['occ'][1:]}" if found["occ"] else ""
        return sentence.text, (f"Bringen Sie{occasion} mit:", tuple(items))
    return None
