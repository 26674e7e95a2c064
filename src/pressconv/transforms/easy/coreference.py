"""One person introduced twice ("Ein Mann …" then "Ein Tat·verdächtiger …"): the second mention made definite, or left out.

German marks a referent already introduced with the definite article and a new one with the
indefinite (Duden grammar, Artikel: Textfunktion). A summary that says "Ein Mann soll gehandelt
haben." and then "Ein Tat·verdächtiger ist jetzt in Haft." tells the reader of two people (rubric
item 2, misleading). The source decides: where it takes the second noun up only with the definite
article ("Der Tatverdächtige wurde festgenommen") and introduces only one person of that gender with
the indefinite article, the two are one, and the second mention becomes the first noun with the
definite article ("Der Mann ist jetzt in Haft."). Where the source introduces the second noun as new
("Eine weitere Person …"), they are two people and the line stays; where it cannot tell, the line is
left out (omission over error).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from . import morph
from .rivals import persons

_INDEFINITE: Final = frozenset(["ein", "eine", "einen", "einem", "einer", "eines"])
_DEFINITE: Final = frozenset(["der", "die", "das", "den", "dem", "des"])
_GENDERS: Final = ("m", "f")
# Nouns that name a person by sex or age only: press reports introduce a person this way and take
# them up by role later ("ein 50-jähriger Mann … der Tatverdächtige"); a role noun as the first
# mention ("ein Polizist") is no antecedent of another role, so no coreference is assumed there.
_GENERIC: Final = frozenset(["mann", "frau", "junge", "mädchen", "person", "mensch", "kind", "jugendliche", "jugendlicher"])
# The terms of criminal procedure for the person a deed is ascribed to (StPO: Tatverdächtiger,
# Beschuldigter, Angeschuldigter, Angeklagter; everyday "Täter"). Only such a role takes up the person
# a report introduced by sex or age, and only when that person did the deed; any other role ("der
# Fahrer", "der Zeuge") may be a second person (omission over merging a victim with an offender).
_SUSPECT: Final = re.compile(r"(?:verdächtig|täter|beschuldigt|angeklagt|angeschuldigt)", re.IGNORECASE)
# A passive ("ist verletzt worden", "wurde angefahren") makes the person undergo the deed, not do it.
_PASSIVE: Final = frozenset(["worden", "wurde", "wurden", "wird", "werden"])


def _generic(noun: morph.Token) -> bool:
    """The noun names people in general (a nominalised adjective, an age or a generic word), not a person."""
    plain = (noun.lemma or noun.word).replace("·", "").lower()
    return noun.pos == "NNA" or "jährig" in plain or plain in _GENERIC


def _intro(text: str, *, opening: bool) -> tuple[str, int, morph.Token, tuple[morph.Token, ...]] | None:
    """(gender, index, noun, tagged) of a singular person introduced with "ein"/"eine" (at the opening only if asked)."""
    tagged = morph.tag(text)
    for gender in _GENDERS:
        for index in persons(tagged, gender):
            back = index - 1
            while back >= 0 and tagged[back].pos in ("ADJ(A)", "CARD"):
                back -= 1
            if back < 0 or tagged[back].word.lower() not in _INDEFINITE:
                continue
            if opening and back != 0:
                continue
            return gender, index, tagged[index], tagged
    return None


def _suspect(noun: morph.Token) -> bool:
    """The noun names a suspect or an offender."""
    return bool(_SUSPECT.search((noun.lemma or noun.word).replace("·", "")))


def _lemma(noun: morph.Token) -> str:
    """The noun's lemma (or the word itself) in lower case, without Mediopunkts."""
    return (noun.lemma or noun.word).replace("·", "").lower()


def _plain_person(noun: morph.Token) -> bool:
    """A mention by sex or age only ("Mann", "34-Jähriger"), no suspect role (also a nominalised adjective)."""
    return _generic(noun) and not _suspect(noun)


def _doer(tagged: Sequence[morph.Token], index: int) -> bool:
    """The person at ``index`` opens the sentence as its subject and the verb is active: they did the deed."""
    if any(t.pos not in ("ART", "ADJ(A)", "CARD") for t in tagged[:index]):
        return False
    return not any(t.word.lower() in _PASSIVE for t in tagged[index + 1 :])


def _patterns(noun: morph.Token) -> tuple[str, str]:
    """Regexes for the noun after an indefinite and after a definite article, adjectives or an age between."""
    stem = re.escape(noun.word.replace("·", "")[: max(4, len(noun.word) - 2)])
    # Adjectives and an age between article and noun ("ein inzwischen 47 Jahre alter Mann": German
    # gives an age as "<Zahl> Jahre alt" as often as "<Zahl>-jährig").
    between = r"\s+(?:(?:[a-zäöüß\d][\w\-]*|Jahre|Monate)\s+){0,4}"
    return rf"\b(?i:{'|'.join(_INDEFINITE)}){between}{stem}", rf"\b(?i:{'|'.join(_DEFINITE)}){between}{stem}"


def _mentions(source: str, noun: morph.Token) -> tuple[int, int]:
    """How often the source writes the noun after an indefinite and after a definite article."""
    plain = source.replace("·", "")
    indefinite, definite = _patterns(noun)
    return len(re.findall(indefinite, plain)), len(re.findall(definite, plain))


def _source_intros(source: str, gender: str, taken_up: morph.Token) -> int:
    """How many singular persons of ``gender`` the source introduces with "ein" before it first takes up ``taken_up``.

    A definite noun phrase takes up someone named before it (Duden grammar, Textfunktion des
    Artikels), so only the persons introduced before its first mention are candidates.
    """
    plain = source.replace("·", "")
    found = re.search(_patterns(taken_up)[1], plain)
    if found is None:
        return 0
    # "ein 47 Jahre alter Mann": the age phrase between article and noun, which the tagger reads as a noun.
    text = re.sub(r"\b\w+\s+(?:Jahre|Monate)\s+alte[nmrs]?\s+", "", plain[: found.start()])
    count = 0
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        tagged = morph.tag(sentence)
        for index in persons(tagged, gender):
            back = index - 1
            while back >= 0 and tagged[back].pos in ("ADJ(A)", "CARD", "ADV"):
                back -= 1
            if back >= 0 and tagged[back].word.lower() in _INDEFINITE:
                count += 1
    return count


def _definite_form(text: str, tagged: Sequence[morph.Token], index: int, gender: str) -> str | None:
    """ "Der Mann", "Die Frau", "Der 50-Jährige": the first mention's noun (and age) with the definite article."""
    spans = morph.token_spans(text)
    if len(spans) != len(tagged):
        return None
    start = index
    while start > 0 and tagged[start - 1].pos == "CARD":
        start -= 1
    if any(t.pos == "ADJ(A)" for t in tagged[start:index]):
        return None
    noun = tagged[index]
    word = text[spans[start][0] : spans[index][1]]
    if noun.pos == "NNA" or "Jährig" in noun.word:
        # A nominalised adjective after "der"/"die" takes the weak ending "-e" (Duden grammar).
        word = re.sub(r"(?:en|er|em|es)$", "e", word)
    elif noun.lemma and noun.word != noun.lemma and noun.word.replace("·", "").startswith(noun.lemma):
        word = word[: len(word) - (len(noun.word) - len(noun.lemma))]  # "einen Polizisten" -> "Polizist"
    return f"{'Der' if gender == 'm' else 'Die'} {word}"


def _same(
    first: tuple[str, morph.Token], later: morph.Token, source: str, doer: bool = True, *, plain: bool = False
) -> bool | None:
    """True: the source makes the two mentions one person; False: two; None: it cannot tell.

    One of the two nouns is written in the source only with the definite article (it takes someone
    up), the other is the only person of that gender the source introduces with "ein", and that one
    names the person by sex or age only (press convention: "ein Mann … der Tatverdächtige"). The
    role noun must name a suspect and ``doer`` say that the summary makes the sex-or-age mention the
    active subject of the deed: "Ein Mann ist verletzt worden." and "der Fahrer" are two people as
    often as one.
    """
    gender, noun = first
    counts = _mentions(source, later)
    if plain and _lemma(noun) == _lemma(later) and counts[0] <= 1 and counts[1] > 0:
        # The same bare noun ("ein Tatverdächtiger"), which the source introduces once at most and
        # takes up with "der": one person taken up again. An attribute ("ein 29-jähriger
        # Angeklagter") tells a second person of the same role apart.
        return True
    if not doer or not (_suspect(later) if _plain_person(noun) else _suspect(noun) and _plain_person(later)):
        return None
    first_counts, later_counts = _mentions(source, noun), _mentions(source, later)
    if later_counts[0] > 0 and first_counts[0] > 0:
        return False  # both introduced as new in the source: two people
    # A sex or age noun the rewrite made of "ein 34-jähriger Mann" is not written as such in the source.
    taken_up = later_counts[0] == 0 and later_counts[1] > 0
    if taken_up and first_counts[0] <= 1 and _generic(noun) and _source_intros(source, gender, later) == 1:
        return True  # the first names the one person the source introduced, the later takes it up
    role_first = first_counts[0] == 0 and first_counts[1] > 0
    if role_first and later_counts[0] == 1 and _generic(later) and _source_intros(source, gender, noun) == 1:
        return True  # the summary took it up first by its role, the later names how the source introduced it
    return None


def one_person(texts: Sequence[str], source: str) -> list[str | None]:
    """Each text, with a second indefinite mention of the one person made definite, or None (leave it out)."""
    out: list[str | None] = []
    first: tuple[str, morph.Token, str | None, bool] | None = None
    for text in texts:
        later = _intro(text, opening=True) if first is not None else None
        if first is not None and later is not None and later[0] == first[0]:
            gender, index, noun, tagged = later
            # The sex-or-age mention must be the doer: the first text's where it comes first, else this one's.
            doer = first[3] if _plain_person(first[1]) else _doer(tagged, index)
            bare = index > 0 and tagged[index - 1].word.lower() in _INDEFINITE
            same = _same((gender, first[1]), noun, source, doer, plain=bare)
            spans = morph.token_spans(text)
            if same and first[2] is not None and len(spans) == len(tagged):
                out.append(first[2] + text[spans[index][1] :])
            elif same is None and _mentions(source, noun)[0] == 0 and _mentions(source, noun)[1] > 0:
                out.append(None)  # the source refers back, but to whom is not certain
            else:
                out.append(text)
            continue
        if first is None:
            found = _intro(text, opening=False)
            if found is not None:
                gender, index, noun, tagged = found
                first = (gender, noun, _definite_form(text, tagged, index, gender), _doer(tagged, index))
        out.append(text)
    return out


def taken_up(source: str, gender: str, noun: morph.Token) -> bool:
    """The source takes ``noun`` up only with the definite article, after introducing one person of ``gender`` with "ein".

    Then the noun and that one person are one (Duden grammar, Textfunktion des Artikels): "Ein
    14-jähriger Radfahrer stürzte … Der Jugendliche kam ins Krankenhaus."
    """
    indefinite, definite = _mentions(source, noun)
    return indefinite == 0 and definite > 0 and gender in ("m", "f") and _source_intros(source, gender, noun) == 1
