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
never the wrong person). A name tells no gender by itself, so the release must tie the name to the
pronoun's gender ("Herr"/"Frau", or a role noun in close apposition: "Ministerin Jana Vogt",
"Dr. Vogt, Ministerin"), and to no other; a name whose gender the release does not tell refuses, as
another person of the same gender may have been named before the chain. The person goes in by the
name the subject has there, as written (a name needs no introduction); a subject that is no name
refuses (omission over error).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.lexicon import lookup
from pressconv.transforms.easy.rivals import noun_gender, persons
from pressconv.transforms.easy.source import SourceSentence

__all__ = ["resolve_chain"]

# How many sentences a chain may reach back over (the line's own, then up to this many more).
_CHAIN_MAX: Final = 3
# Copulas: the noun after "ist sie" is the predicate said of the pronoun (Duden grammar, Kopulaverben).
_COPULA: Final = frozenset(["ist", "war", "bleibt", "blieb", "wird", "wurde"])
_GENDER: Final = {"der": "m", "die": "f"}
# Tags a word of a person's name may have: a name, or a noun (a rare surname, a role noun before it).
_NAME_TAGS: Final = frozenset(["NE", "NN"])
# Academic titles before a name, which the tagger reads as anything ("Dr" as a pronoun).
_TITLES: Final = frozenset(["Dr", "Dr.", "Prof", "Prof.", "med", "habil"])
# Prepositions before a bare name of a place ("in Talbrück", "aus Oberfelden"): such a name is a town or a
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
    """The personal pronouns "er", "sie" and "es" among the tagged words, in lower case."""
    return {t.word.lower() for t in tagged if t.pos == "PPER" and t.word.lower() in ("er", "sie", "es")}


def _gender(pronoun: str, verb: str) -> str | None:
    """ "m" for "er", "f" for a singular "sie" (its verb does not end in -n: "sie ist", "sie hat"), else None."""
    if pronoun == "er":
        return "m"
    return "f" if pronoun == "sie" and not verb.endswith("n") else None


def _verb(tagged: Sequence[morph.Token], slot: int) -> str:
    """The word next to the pronoun at ``slot``: the word after a pronoun in front, else the word before it."""
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
    if any(t.pos not in _NAME_TAGS and t.word not in _TITLES for t in words):
        return None  # a capitalised function word opening the sentence ("Laut Vogt, …", "Danach Vogt …")
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


def _mentions(surname: str, sentences: Sequence[SourceSentence]) -> list[tuple[list[morph.Token], int]]:
    """Every place the release writes ``surname`` as a name: the tagged sentence and the surname's index."""
    found: list[tuple[list[morph.Token], int]] = []
    for sentence in sentences:
        if surname not in sentence.text:
            continue
        tagged = list(morph.tag(sentence.text))
        found += [(tagged, i) for i, t in enumerate(tagged) if t.word == surname and t.pos in _NAME_TAGS]
    return found


def _first_names(surname: str, sentences: Sequence[SourceSentence]) -> set[str]:
    """The first names the release writes right before ``surname`` (tagged as names, never a function word)."""
    return {
        tagged[i - 1].word
        for tagged, i in _mentions(surname, sentences)
        if i > 0 and tagged[i - 1].pos == "NE" and tagged[i - 1].word[:1].isupper() and lookup(tagged[i - 1].word) is None
    }


def _name_genders(name: str, sentences: Sequence[SourceSentence]) -> set[str]:
    """The genders the release ties to the person ``name``: "Herr"/"Frau" or a role noun in close apposition.

    German names a person with a title or role noun right before the name ("Frau Vogt", "Ministerin
    Jana Vogt", enge Apposition, Duden grammar) or with a role noun in loose apposition right after it
    ("Jana Vogt, Ministerin für …"); either says the person's gender. A name alone says none.
    """
    words = name.split()
    genders = {g for word in words[:-1] if (g := _title_gender(word)) is not None}
    for tagged, index in _mentions(words[-1], sentences):
        back = index - 1
        while back >= 0 and (tagged[back].pos == "NE" or tagged[back].word in _TITLES or tagged[back].word == "."):
            back -= 1  # first names and academic titles between the role noun and the surname
        if back >= 0 and (g := _title_gender(tagged[back].word)) is not None:
            genders.add(g)
        after = index + 1
        apposition = after + 1 < len(tagged) and tagged[after].word == "," and tagged[after + 1].pos == "NN"
        if apposition and (g := _title_gender(tagged[after + 1].word)) is not None:
            genders.add(g)
    return genders


def _title_gender(word: str) -> str | None:
    """ "m"/"f" for "Herr"/"Frau" or a person noun ("Ministerin"), else None."""
    if word in ("Herr", "Herrn"):
        return "m"
    return noun_gender(word) if word[:1].isupper() else None


def _full_name(name: str, sentences: Sequence[SourceSentence]) -> str | None:
    """ "Vogt" -> "Jana Vogt" where the release writes the full name somewhere; None when it is unsure.

    Press style names a person in full at the first mention and by surname later; a summary that
    names the person only through this sentence gives the full name (a surname alone introduces no one).
    A surname written with two first names in the release names two people (father and son): which
    one the surname means later is unsure, so it refuses.
    """
    words = name.split()
    firsts = _first_names(words[-1], sentences)
    if len(firsts) > 1:
        return None
    if len(words) > 1:
        return name  # written with its first name or role noun already
    return f"{firsts.pop()} {name}" if firsts else name


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
    if _name_genders(name, sentences) != {gender}:
        return None  # the release does not tie the name to the pronoun's gender alone
    name = _full_name(name, sentences)
    if name is None:
        return None
    spans = morph.token_spans(line)
    if len(spans) != len(tagged):
        return None
    start, end = spans[slot]
    return line[:start] + name + line[end:]
