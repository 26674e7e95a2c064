"""A participle headline that names its doer ("Briefträger von Hund gebissen"), told as the doer's act.

Headline grammar (Schlagzeilenstil, Duden grammar) leaves out the auxiliary and the articles of a
past passive: "Radfahrer von Bus erfasst" says "Eine Radfahrer ist von einem Bus erfasst worden".
Leichte-Sprache rule books want the active and the Perfekt, so the doer becomes the subject: "Ein Lkw
hat eine Radfahrerin erfasst". That is only certain where the body tells the same act as a past
passive with the same doer right before the same participle ("von einem abbiegenden Lkw erfasst"):
then "von" names the doer, not an attribute of the noun before it ("im Park von X"), and the body's
article says whether the doer is new to the reader (indefinite) or known (definite).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.headline_grammar import _stem
from pressconv.transforms.easy.nounphrases import _DECIDING, _HEDGE

__all__ = ["named_agent"]

# The body's article before the doer in the dative after "von", and the genders it allows with the
# nominative article it becomes (Duden grammar, declension tables). "von den" is the dative plural and
# names several doers: it is not read. "durch" names a path or a means as often as a doer ("durch den
# Wald gejagt"): only "von" is read.
_BODY_ARTICLE: Final = {
    "einem": {"der": "ein", "das": "ein"},
    "einer": {"die": "eine"},
    "dem": {"der": "der", "das": "das"},
    "der": {"die": "die"},
}
# Nominative adjective endings: strong after "ein" (it shows no gender in the masculine and neuter),
# weak after "der/die/das" and after "eine" (Duden grammar, Adjektivdeklination).
_ENDING: Final = {("ein", "der"): "er", ("ein", "das"): "es", ("eine", "die"): "e"}
# A sentence that denies, doubts or reports the act as someone's claim does not state it (rubric item
# 2): negation, an open question ("ob", "unklar"), hearsay ("gab an", "nach Angaben", "soll").
_UNSURE: Final = re.compile(
    r"\b(?:nicht|kein\w*|nie|niemand|ob|unklar|offen|angeblich\w*|vermutlich|möglicherweise|mutmaßlich\w*"
    r"|soll|sollen|gab|gaben|Angaben|zufolge|laut|bestätigt)\b",
    re.I,
)
# Who can do what a participle headline reports (Duden: Agens, a being or a machine that acts): a
# person (rivals.noun_gender knows person nouns), an animal or a vehicle. "von einem Tisch gestohlen"
# names where from, never who (review of session 30).
_ACTOR_PARTS: Final = re.compile(
    r"(?:hund|katze|pferd|kuh|rind|bulle|wolf|fuchs|wildschwein|schwein|bär|biene|wespe|hornisse|zecke|schlange"
    r"|auto|pkw|lkw|lastwagen|laster|bus|zug|straßenbahn|motorrad|roller|fahrzeug|transporter|traktor"
    r"|trecker|bagger|kran|wagen|taxi)$",
    re.I,
)


# Adjectives that deny what the noun says ("ein falscher Enkel", "ein angeblicher Handwerker").
_FAKE: Final = re.compile(r"^(?:falsch|unecht|gefälscht|vorgeblich|selbsternannt)\w*$", re.I)


def _actor(noun: str) -> bool:
    """The noun names a person, an animal or a vehicle: a being or machine that can act."""
    from pressconv.transforms.easy.rivals import noun_gender as person_gender

    return person_gender(noun) is not None or _ACTOR_PARTS.search(noun) is not None


def named_agent(
    tagged: tuple[morph.Token, ...], body: str, gender_of: Callable[[str], str | None]
) -> tuple[tuple[morph.Token, ...], str] | None:
    """(the headline without its doer's phrase, the doer in the nominative) or None.

    The headline ends in "von" + adjectives + one noun + the participle. The body must tell the
    participle in a past passive ("wurde", "worden") with the same noun after "von" and a singular
    article, right before the participle, in no sentence that denies, doubts or reports it as a
    claim; the noun must name a person, an animal or a vehicle. The doer takes the body's own
    adjectives ("von einem falschen Enkel": the headline's "Enkel" is a fake one), its article and
    gender from the body's article and ``gender_of`` (the lexicon's gender), which must agree.
    """
    if len(tagged) < 4 or tagged[-1].pos != "VV(PP)":
        return None
    noun = tagged[-2]
    if noun.pos != "NN" or not _actor(noun.word):
        return None
    start = len(tagged) - 3
    while start >= 0 and tagged[start].pos == "ADJ(A)":
        start -= 1
    # The article the headline left out may be back already (headline_grammar.restore_articles puts
    # in the body's own: "von einem Hund"); it must then be the body's article below.
    given = None
    if start >= 2 and tagged[start].pos == "ART" and tagged[start - 1].word == "von":
        given = tagged[start].word
        start -= 1
    if start < 1 or tagged[start].word != "von":
        return None
    participle = re.escape(tagged[-1].word)
    told = re.compile(
        rf"\bvon\s+(?P<art>{'|'.join(_BODY_ARTICLE)})\s+(?P<adjectives>(?:[a-zäöüß][\w-]*\s+){{0,2}})"
        rf"{re.escape(noun.word)}\s+{participle}\b"
    )
    found: set[tuple[str, str]] = set()
    for sentence in re.split(r"(?<=[.!?])\s+", body):
        match = told.search(sentence)
        if match is None:
            continue
        if _UNSURE.search(sentence) or not re.search(r"\b(?:wurde|wurden|worden)\b", sentence):
            return None  # denied, doubted or hearsay, or not told as a finished passive
        found.add((match["art"], match["adjectives"].strip()))
    if len(found) != 1:
        return None
    article, adjectives = found.pop()
    if given is not None and given != article:
        return None
    allowed = _BODY_ARTICLE[article]
    gender = gender_of(noun.word)
    # An adjective that decides which one or doubts it ("falschen", "mutmaßlichen", "ehemaligen") must
    # stay with the doer; a describing one ("freilaufenden") may go where its ending cannot be built.
    keep = any(_HEDGE.match(_stem(a)) or _DECIDING.match(_stem(a)) or _FAKE.match(a) for a in adjectives.split())
    if gender is None and adjectives and not keep:
        adjectives = ""
    if gender is None and len(set(allowed.values())) == 1 and not adjectives:
        # "von einem Hund": masculine or neuter, the nominative is "ein" either way; only an
        # adjective's ending would need the gender.
        nominative = next(iter(allowed.values()))
    elif gender is None or gender not in allowed:
        return None  # the body's article and the lexicon's gender disagree, or the gender is unknown
    else:
        nominative = allowed[gender]
    ending = _ENDING.get((nominative, gender or ""), "e")
    doer = [nominative.capitalize(), *(_stem(a) + ending for a in adjectives.split()), noun.word]
    return (*tagged[:start], tagged[-1]), " ".join(doer)
