"""A participle headline that names its doer ("Joggerin von Hund gebissen"), told as the doer's act.

Headline grammar (Schlagzeilenstil, Duden grammar) leaves out the auxiliary and the articles of a
past passive: "Radfahrerin von Lkw erfasst" says "Eine Radfahrerin ist von einem Lkw erfasst worden".
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

__all__ = ["named_agent"]

# The body's article before the doer in the dative after "von" (or the accusative after "durch"), and
# the genders it allows with the nominative article it becomes (Duden grammar, declension tables).
_BODY_ARTICLE: Final = {
    "einem": {"der": "ein", "das": "ein"},
    "einen": {"der": "ein"},
    "einer": {"die": "eine"},
    "eine": {"die": "eine"},
    "dem": {"der": "der", "das": "das"},
    "den": {"der": "der"},
    "der": {"die": "die"},
}
# Nominative adjective endings: strong after "ein" (it shows no gender in the masculine and neuter),
# weak after "der/die/das" and after "eine" (Duden grammar, Adjektivdeklination).
_ENDING: Final = {("ein", "der"): "er", ("ein", "das"): "es", ("eine", "die"): "e"}
_NEGATED: Final = re.compile(r"\b(?:nicht|kein\w*|nie|niemand)\b", re.I)


def _stem(adjective: str) -> str:
    """ "abbiegendem" -> "abbiegend": the adjective without its case ending."""
    return re.sub(r"(?:em|en|er|es|e)$", "", adjective)


def named_agent(
    tagged: tuple[morph.Token, ...], body: str, gender_of: Callable[[str], str | None]
) -> tuple[tuple[morph.Token, ...], str] | None:
    """(the headline without its doer's phrase, the doer in the nominative) or None.

    The headline ends in "von"/"durch" + adjectives + one noun + the participle. The body must tell
    the participle in a past passive ("wurde", "worden") with the same noun after "von"/"durch" and
    an article, right before the participle, in no negated sentence; the doer's article and gender
    come from that article and ``gender_of`` (the lexicon's gender), and both must agree.
    """
    if len(tagged) < 4 or tagged[-1].pos != "VV(PP)":
        return None
    noun = tagged[-2]
    if noun.pos != "NN":
        return None
    start = len(tagged) - 3
    while start >= 0 and tagged[start].pos == "ADJ(A)":
        start -= 1
    # The article the headline left out may be back already (headline_grammar.restore_articles puts
    # in the body's own: "von einem Hund"); it must then be the body's article below.
    given = None
    if start >= 2 and tagged[start].pos == "ART" and tagged[start - 1].word in ("von", "durch"):
        given = tagged[start].word
        start -= 1
    if start < 1 or tagged[start].word not in ("von", "durch"):
        return None
    adjectives = [t.word for t in tagged[start + (2 if given else 1) : -2]]
    participle = re.escape(tagged[-1].word)
    told = re.compile(
        rf"\b(?:von|durch)\s+(?P<art>{'|'.join(_BODY_ARTICLE)})\s+(?:[a-zäöüß][\w-]*\s+){{0,2}}"
        rf"{re.escape(noun.word)}\s+{participle}\b"
    )
    articles: set[str] = set()
    for sentence in re.split(r"(?<=[.!?])\s+", body):
        match = told.search(sentence)
        if match is None:
            continue
        if _NEGATED.search(sentence) or not re.search(r"\b(?:wurde|wurden|worden)\b", sentence):
            return None  # a negated act, or one not told as a finished passive
        articles.add(match["art"])
    if len(articles) != 1 or (given is not None and given not in articles):
        return None
    allowed = _BODY_ARTICLE[articles.pop()]
    gender = gender_of(noun.word)
    if gender is None and len(set(allowed.values())) == 1 and not adjectives:
        # "von einem Hund": masculine or neuter, the nominative is "ein" either way; only an
        # adjective's ending would need the gender.
        nominative = next(iter(allowed.values()))
    elif gender is None or gender not in allowed:
        return None  # the body's article and the lexicon's gender disagree, or the gender is unknown
    else:
        nominative = allowed[gender]
    ending = _ENDING.get((nominative, gender or ""), "e")
    doer = [nominative.capitalize(), *(_stem(a) + ending for a in adjectives), noun.word]
    return (*tagged[:start], tagged[-1]), " ".join(doer)
