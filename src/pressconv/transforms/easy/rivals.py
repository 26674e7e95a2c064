"""A second person of the pronoun's gender in a sentence: "er" or "sie" after it is no longer sure.

German personal pronouns agree with their antecedent in gender and number (Duden grammar); which of
two agreeing persons a later "er" takes up is decided by the reader's knowledge of the world, not by
grammar ("Ein 71-Jähriger wurde von einem Polizisten versorgt. Er hatte gerade Feierabend." means
the police officer). A summary that names the subject of the sentence before instead may give one
person's deed to another (wrongs17: a 71-year-old said to have gone back on duty), so a pronoun
chain ends wherever a second person of the same gender and number is named (omission over error).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.lexicon import lookup

__all__ = ["noun_gender", "persons", "rival"]

# Person nouns of everyday reports that the glossary does not list as roles (kinship, neighbours,
# passers-by, officials), as heads of compounds too ("Feuerwehrmann", "Krankenschwester"): masculine
# and feminine singular forms (Duden: natural gender of person nouns).
_MASCULINE_HEADS: Final = (
    "mann",
    "nachbar",
    "nachbarn",
    "passant",
    "passanten",
    "beamte",
    "beamter",
    "beamten",
    "junge",
    "jungen",
    "bruder",
    "sohn",
    "vater",
    "freund",
    "partner",
    "polizist",
    "polizisten",
    "bekannter",
    "begleiter",
    "helfer",
    "arzt",
    "bewohner",
    "mieter",
    "rentner",
    "senior",
    "student",
    "studenten",
    "patient",
    "patienten",
    "kollege",
    "kollegen",
    "kunde",
    "kunden",
    "zeuge",
    "zeugen",
    "täter",
)
_FEMININE_HEADS: Final = ("frau", "person", "schwester", "tochter", "mutter", "ärztin", "in")
# Determiners a singular noun phrase of each gender can have (Duden grammar, declension of articles).
_SINGULAR: Final = {
    "m": frozenset(["ein", "einen", "einem", "eines", "der", "den", "dem", "des", "kein", "keinen", "keinem"]),
    "f": frozenset(["eine", "einer", "die", "der", "keine", "keiner"]),
}
_PRONOUN: Final = {"er": "m", "sie": "f"}


def _noun_gender(word: str) -> str | None:
    """The natural gender of a person noun ("m"/"f"), or None for a noun that names no person."""
    plain = word.replace("·", "").lower()
    entry = lookup(word)
    if entry is not None and entry.role:
        return {"der": "m", "die": "f"}.get(entry.gender)
    if plain.endswith(_MASCULINE_HEADS):
        return "m"
    # Movierung (Duden): "-in" on a person noun ("Nachbarin", "Polizistin"); "-in" alone on a long
    # noun with a person suffix before it, so that "Benzin" or "Termin" is none.
    if plain.endswith(_FEMININE_HEADS[:-1]):
        return "f"
    if re.search(r"(?:er|ist|ant|ent|eur|or|ar|at|og|ot)in$", plain) and len(plain) > 5:
        return "f"
    return None


def noun_gender(word: str) -> str | None:
    """The natural gender of a person noun ("m"/"f"), or None for a noun that names no person."""
    return _noun_gender(word)


def _determiner(tagged: Sequence[morph.Token], index: int) -> str | None:
    """The article before the noun at ``index`` (adjectives and numbers may stand between), or None."""
    back = index - 1
    while back >= 0 and tagged[back].pos in ("ADJ(A)", "CARD", "ADV"):
        back -= 1
    if back >= 0 and tagged[back].pos in ("ART", "PIAT", "APPRART"):
        return tagged[back].word.lower()
    return None


def persons(tagged: Sequence[morph.Token], gender: str) -> list[int]:
    """Indexes of the singular person nouns of ``gender`` ("m"/"f") in a tagged sentence."""
    found: list[int] = []
    for index, token in enumerate(tagged):
        determiner = _determiner(tagged, index)
        if token.pos == "NNA" or token.word.startswith("-Jährig"):
            # A nominalised adjective ("ein Unbekannter", "der 71-Jährige"): its article and ending
            # tell the gender; where they allow both, it counts for both (a possible rival).
            if determiner is None or determiner not in _SINGULAR[gender]:
                continue
            if gender == "m" and token.word.endswith("e") and determiner in ("die", "eine"):
                continue
            found.append(index)
            continue
        if token.pos != "NN" or _noun_gender(token.word) != gender:
            continue
        # A bare noun ("von Polizisten") is a plural; a singular person has its article.
        if determiner is not None and determiner in _SINGULAR[gender]:
            found.append(index)
    return found


def rival(tagged: Sequence[morph.Token], pronoun: str) -> bool:
    """The sentence names two or more singular persons that ``pronoun`` ("Er"/"Sie") could take up."""
    gender = _PRONOUN.get(pronoun.lower())
    return gender is not None and len(persons(tagged, gender)) >= 2
