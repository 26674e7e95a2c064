"""A subject pronoun taken up over a chain of sentences ("Sie …. Seit 2021 ist sie …") by its person.

Centering theory ("continue", Grosz, Joshi & Weinstein 1995) and the subject preference of German
"er"/"sie" (Bosch, Katz & Umbach 2007): when several sentences in a row have the same personal
pronoun as their subject, it keeps one referent, the subject of the sentence before the chain. A
biography in a press release is written this way ("Dr. Muster studierte Jura. Danach wechselte sie
ins Ministerium. Seit 2021 ist sie Leiterin …"). ``anaphora.resolve_at`` resolves a pronoun that
opens its sentence by the one sentence before it; this module covers what it leaves:

- the pronoun as the subject right after the finite verb ("Seit 2021 ist sie Leiterin …", German
  verb-second order with a fronted adverbial), and
- a chain of up to three sentences that each have the same pronoun as their subject.

The referent must be a person, shown by a role noun said of the pronoun in the line or the chain
("ist sie Leiterin", "als Professorin": a role predicate selects a person, not a thing), and the
sentence before the chain must have exactly one person of the pronoun's gender and number (its
subject, a name; a second person, a role noun or a name, even in a prepositional phrase, refuses:
never the wrong person). The person goes in by the name the subject has there, as written (a name needs no
introduction); a subject that is no name refuses (omission over error).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.lexicon import lookup
from pressconv.transforms.easy.rivals import persons
from pressconv.transforms.easy.source import SourceSentence

__all__ = ["resolve_chain"]

# How many sentences a chain may reach back over (the line's own, then up to this many more).
_CHAIN_MAX: Final = 3
# Copulas: the noun after "ist sie" is the predicate said of the pronoun (Duden grammar, Kopulaverben).
_COPULA: Final = frozenset(["ist", "war", "bleibt", "blieb", "wird", "wurde"])
_GENDER: Final = {"der": "m", "die": "f"}
# Prepositions before a bare name of a place ("in Kornhagen", "aus Velten"): such a name is a town or a
# country, neuter without article (Duden grammar), never the "er"/"sie" of a person.
_PLACE_PREPOSITIONS: Final = frozenset(["in", "aus", "nach"])  # not "von"/"bei": "von Anna Muster" is a person


def _subject_slot(tagged: Sequence[morph.Token], pronoun: str) -> int | None:
    """Where the pronoun stands as the subject: first, or right after the first finite verb."""
    if tagged and tagged[0].word.lower() == pronoun and tagged[0].pos == "PPER":
        return 0
    verb = next((i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")), None)
    if verb is None or verb == 0 or verb + 1 >= len(tagged):
        return None
    if any(t.word in (",", ";", ":") for t in tagged[:verb]):
        return None  # a clause before the verb: the verb-second reading is unsure
    after = tagged[verb + 1]
    return verb + 1 if after.word == pronoun and after.pos == "PPER" else None


def _pronouns(tagged: Sequence[morph.Token]) -> set[str]:
    return {t.word.lower() for t in tagged if t.pos == "PPER" and t.word.lower() in ("er", "sie", "es")}


def _gender(pronoun: str, verb: str) -> str | None:
    """ "m" for "er", "f" for a singular "sie" (its verb does not end in -n: "sie ist", "sie hat"), else None."""
    if pronoun == "er":
        return "m"
    return "f" if pronoun == "sie" and not verb.endswith("n") else None


def _verb(tagged: Sequence[morph.Token], slot: int) -> str:
    if slot == 0:
        return tagged[1].word if len(tagged) > 1 else ""
    return tagged[slot - 1].word


def _role_said(tagged: Sequence[morph.Token], slot: int) -> str | None:
    """The gender of a role noun said of the subject ("ist sie Leiterin", "als Professorin"), or None."""
    for index, token in enumerate(tagged):
        if token.pos != "NN" or index == 0:
            continue
        entry = lookup(token.word)
        if entry is None or not entry.role or entry.gender not in _GENDER:
            continue
        before = tagged[index - 1].word.lower()
        copula = index - 1 == slot and slot > 0 and tagged[slot - 1].word in _COPULA
        if before == "als" or copula or (tagged[index - 1].pos == "ADJ(A)" and tagged[index - 2].word.lower() == "als"):
            return _GENDER[entry.gender]
    return None


def _name(sentence: str, gender: str) -> str | None:
    """The sentence's subject when it is a name that opens it, with no other person of ``gender``.

    The name is the sentence's first words up to its first comma or finite verb, all capitalised
    and without article (a German singular common noun has its article: a bare one is a name,
    "Dr. Anna Muster, Jahrgang 1984, studierte …"). Any person noun of the same gender elsewhere
    (rivals.persons) or a further name not after a preposition of place is a second candidate.
    """
    tagged = morph.tag(sentence)
    spans = morph.token_spans(sentence)
    if len(spans) != len(tagged):
        return None
    end = next((i for i, t in enumerate(tagged) if t.word in (",", "(") or t.pos.endswith("(FIN)")), None)
    if end is None or end == 0:
        return None
    words = [t for t in tagged[:end] if t.word != "."]
    if not words or any(not t.word[:1].isupper() for t in words):
        return None
    if any(t.pos in ("ART", "PPOSAT", "PDAT", "PIAT") for t in words):
        return None
    entries = [lookup(t.word) for t in words]
    if any(entry is not None and not entry.role for entry in entries):
        return None  # a common noun ("Jahrgang", "Stadtrat") is no name
    if any(i >= end for i in persons(tagged, gender)):
        return None
    for index in range(end, len(tagged)):
        token = tagged[index]
        if token.pos == "NE" and not (index > 0 and tagged[index - 1].word.lower() in _PLACE_PREPOSITIONS):
            return None  # another name that may be a person
    name = sentence[spans[0][0] : spans[end - 1][1]].strip()
    # Academic titles go, as in rewrite.py: the name alone identifies the person, and "Dr." is an
    # abbreviation the rules refuse.
    name = re.sub(r"\b(?:Prof\.|Dr\.(?:-Ing\.)?|med\.|rer\.\s*nat\.|habil\.)\s*", "", name).strip()
    return name if re.fullmatch(r"[A-ZÄÖÜ][\w\-]*(?:\s+[A-ZÄÖÜ][\w\-]*\.?)*", name) else None


def _full_name(name: str, source: str) -> str:
    """ "Albers-Nolting" -> "Henrike Albers-Nolting" where the release writes the full name somewhere.

    Press style names a person in full at the first mention and by surname later; a summary that
    names the person only through this sentence gives the full name (a surname alone introduces no one).
    """
    if " " in name:
        return name
    for found in re.finditer(r"\b([A-ZÄÖÜ][a-zäöüß]+)\s+" + re.escape(name) + r"\b", source):
        first = found.group(1)
        if lookup(first) is None and first not in ("Frau", "Herr", "Herrn", "Familie"):
            return f"{first} {name}"
    return name


def resolve_chain(line: str, sentences: Sequence[SourceSentence], index: int, earlier: Sequence[str]) -> str | None:
    """ "Seit 2021 ist sie Leiterin …" -> "Seit 2021 ist Anna Muster Leiterin …", or None (see module)."""
    del earlier  # a name introduces itself; kept for the resolvers' common signature
    if index <= 0 or index >= len(sentences) or sentences[index].speech or sentences[index].heading:
        return None
    tagged = morph.tag(line)
    found = [(p, s) for p in ("sie", "er") if (s := _subject_slot(tagged, p)) is not None]
    if len(found) != 1:
        return None
    pronoun, slot = found[0]
    gender = _gender(pronoun, _verb(tagged, slot))
    if gender is None:
        return None  # "Sie können …": a plural verb, or the reader addressed (formal "Sie")
    if sum(t.pos == "PPER" for t in tagged) != 1:
        return None  # a second pronoun in the line may be someone else
    source = morph.tag(sentences[index].text)
    source_slot = _subject_slot(source, pronoun)
    if source_slot is None or _pronouns(source) != {pronoun}:
        return None  # the pronoun must be the subject of the line's own source sentence, and its only one
    said = [_role_said(tagged, slot), _role_said(source, source_slot)]
    chain = 0
    position = index - 1
    while True:
        if position < 0 or chain > _CHAIN_MAX:
            return None
        before = sentences[position]
        if before.speech or before.heading:
            return None
        words = morph.tag(before.text)
        pronouns = _pronouns(words)
        if not pronouns:
            break  # the sentence before the chain: its person is the referent
        here = _subject_slot(words, pronoun)
        if pronouns != {pronoun} or here is None or _gender(pronoun, _verb(words, here)) != gender:
            return None  # another pronoun, or this one not as the singular subject: the chain breaks
        said.append(_role_said(words, here))
        chain += 1
        position -= 1
    roles = {g for g in said if g is not None}
    if roles != {gender} or (chain == 0 and slot == 0):
        return None  # no role of the pronoun's gender said of it; an opening pronoun alone is anaphora.py's
    name = _name(sentences[position].text, gender)
    if name is None:
        return None
    name = _full_name(name, " ".join(s.text for s in sentences))
    spans = morph.token_spans(line)
    if len(spans) != len(tagged):
        return None
    start, end = spans[slot]
    return line[:start] + name + line[end:]
