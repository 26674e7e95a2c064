"""What a sender accuses someone of, in its own frame: "Die Fraktion sagt: Der Bürger·meister hat gelogen.".

German states an accusation with "vorwerfen": the accused in the dative, what they did as a
zu-infinitive ("Die Fraktion wirft dem Bürgermeister vor, die Bürger getäuscht zu haben") or as an
accusative noun ("wirft der Stadt Untätigkeit vor"; Duden valency of "vorwerfen"). An accusation is
the sender's view, never a fact (easy-judging.md: a statement "clearly marked as their view"), so the
plain form keeps the frame: "<Sender> sagt: <accused> hat … getäuscht." The zu-infinitive becomes the
accused's finite verb (perfect "getäuscht zu haben" -> "hat … getäuscht", "zu sein" -> "ist …",
a plain infinitive -> its present, present.py); a noun object only says that the sender criticises
the accused ("<Sender> kritisiert den Bürger·meister."), which "vorwerfen" means. Only a singular
accused whose gender the lexicon knows; a condition, a subjunctive or a second clause leaves it out.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.lexicon import lookup
from pressconv.transforms.easy.present import third_singular

__all__ = ["accusation"]

_ACCUSED: Final = (
    r"(?P<art>dem|der)\s+(?:(?P<adj>[a-zäöü][a-zäöüß]+en)\s+)?(?P<noun>[A-ZÄÖÜ][\wäöüß\-]*)(?P<name>\s+[A-ZÄÖÜ][\wäöüß\-]*)?"
)
_ADVERBS: Final = r"(?:(?:erneut|zudem|außerdem|auch|deutlich|scharf|öffentlich)\s+)*"
_WITH_CLAUSE: Final = re.compile(rf"^(?:wirft|werfen)\s+{_ACCUSED}\s+{_ADVERBS}vor,\s+(?P<do>[^,;:„“\"]+?)[.!]?$")
_WITH_NOUN: Final = re.compile(rf"^(?:wirft|werfen)\s+{_ACCUSED}\s+{_ADVERBS}(?P<what>[^,;:„“\"]+?)\s+vor[.!]?$")
# The accused without a name after the noun, for an object of several words ("Untätigkeit und Versagen").
_WITH_NOUN_BARE: Final = re.compile(
    rf"^(?:wirft|werfen)\s+{_ACCUSED.replace('(?P<name>', '(?P<name>(?!)')}\s+{_ADVERBS}(?P<what>[^,;:„“\"]+?)\s+vor[.!]?$"
)
# A negated object says the sender accuses of nothing, or of something else ("nicht Untätigkeit, sondern …").
_NEGATED: Final = re.compile(r"\b(?:nicht|nichts|kein\w*|nie|niemals|weder)\b", re.IGNORECASE)
_NOT_PLAIN: Final = re.compile(r"\b(?:wenn|falls|sofern|würde\w*|könnte\w*|sollte\w*|wäre\w*|hätte\w*|dass)\b")
_NOMINATIVE: Final = {("dem", "der"): "der", ("dem", "das"): "das", ("der", "die"): "die"}
_ACCUSATIVE: Final = {"der": "den", "das": "das", "die": "die"}


def _accused(match: re.Match[str], case: str) -> str | None:
    """The accused in the nominative or accusative ("dem neuen Bürgermeister" -> "der neue Bürgermeister")."""
    entry = lookup(match["noun"])
    gender = entry.gender if entry is not None else None
    nominative = _NOMINATIVE.get((match["art"], gender or ""))
    if nominative is None:
        return None  # "der" before a masculine noun is a genitive or a plural: not the accused
    article = nominative if case == "nom" else _ACCUSATIVE[nominative]
    adjective = match["adj"]
    if adjective:
        # Weak declension after the definite article (Duden): "-e" in the nominative singular and in
        # the accusative of feminine and neuter nouns, "-en" in the masculine accusative.
        adjective = adjective[:-1] if case == "nom" or nominative != "der" else adjective
    return " ".join(p for p in (article, adjective, match["noun"] + (match["name"] or "")) if p)


def _deed(accused: str, clause: str) -> str | None:
    """ "die Bürger getäuscht zu haben" -> "<accused> hat die Bürger getäuscht"; None when unsure."""
    tagged = morph.tag(clause)
    if len(tagged) < 2 or tagged[-2].pos != "PTKZU" or not tagged[-1].pos.endswith("(INF)"):
        return None
    if any(t.pos.endswith(("(FIN)", "(IZU)")) or t.pos == "PTKZU" for t in tagged[:-2]):
        return None  # a second verb or clause: not one plain deed
    last = tagged[-1].word
    if last in ("haben", "sein"):
        if len(tagged) < 3 or tagged[-3].pos != "VV(PP)":
            return None
        middle = [t.word for t in tagged[:-2]]
        return " ".join([accused, "hat" if last == "haben" else "ist", *middle])
    if not tagged[-1].pos.startswith("VV"):
        return None
    verb = third_singular(tagged[-1].lemma or last)
    if verb is None:
        return None
    return " ".join([accused, verb, *(t.word for t in tagged[:-2])])


# "übt scharfe Kritik an Bürgermeister X", "übt Kritik an der Stadt": criticism as a light-verb phrase
# (Funktionsverbgefüge "Kritik üben an"), said plainly with "kritisiert" and the accusative. What
# follows the criticised ("im Zusammenhang mit …", "wegen …") only says about what; it is left out.
_LIGHT: Final = re.compile(
    r"^(?:übt|üben)\s+(?:(?:scharfe|deutliche|heftige|massive|harsche|erneut|erneute)\s+)*Kritik\s+"
    r"(?:an\s+(?P<art>der|dem)\s+(?P<noun>[A-ZÄÖÜ][\wäöüß\-]*)(?P<name>\s+[A-ZÄÖÜ][\wäöüß\-]*)?"
    r"|am\s+(?P<masc>[A-ZÄÖÜ][\wäöüß\-]*)(?P<mname>\s+[A-ZÄÖÜ][\wäöüß\-]*)?"
    r"|an\s+(?P<role>[A-ZÄÖÜ][a-zäöüß]+(?:in)?)\s+(?P<person>[A-ZÄÖÜ][\wäöüß\-]+(?:\s+[A-ZÄÖÜ][\wäöüß\-]+)?))"
    r"(?:\s+(?:im Zusammenhang mit|wegen|bei|für)\s+[^,;:]+)?[.!]?$"
)


def _light_object(match: re.Match[str]) -> str | None:
    """The criticised in the accusative: "die Stadt", "den Bürgermeister", "Bürgermeister X" (role and name)."""
    if match["role"]:
        entry = lookup(match["role"])
        return f"{match['role']} {match['person']}" if entry is not None and entry.role else None
    noun = match["noun"] or match["masc"]
    entry = lookup(noun)
    gender = entry.gender if entry is not None else None
    name = match["name"] or match["mname"] or ""
    if match["masc"]:
        article = {"der": "den", "das": "das"}.get(gender or "")
    else:
        article = {("der", "die"): "die", ("dem", "der"): "den", ("dem", "das"): "das"}.get((match["art"], gender or ""))
    return f"{article} {noun}{name}" if article else None


def _name_reading(match: re.Match[str]) -> bool:
    """The word after the accused noun is a name ("dem Landrat Meyer"), not the first noun of the accusation.

    A name is no common noun the lexicon knows, and the accusation after it starts with a noun phrase,
    never with "und" or a preposition ("Versagen bei der Planung": "Versagen" is what is accused).
    """
    name = match["name"].strip()
    entry = lookup(name)
    if entry is not None and entry.gender in ("der", "die", "das"):
        return False
    first = morph.tag(match["what"])
    if not first or first[0].pos in ("KON", "APPR", "APPRART", "$,"):
        return False
    tagged = morph.tag(name)
    return bool(tagged) and tagged[0].pos == "NE"


def accusation(rest: str, subject: str, *, plural: bool = False) -> str | None:
    """ "wirft dem Bürgermeister vor, …" after the sender as subject -> the plain line in its frame, or None."""
    if _NOT_PLAIN.search(rest):
        return None
    match = _WITH_CLAUSE.match(rest)
    if match is not None:
        accused = _accused(match, "nom")
        deed = _deed(accused, match["do"]) if accused else None
        if deed is None:
            return None
        return f"{subject} {'sagen' if plural else 'sagt'}: {deed[:1].upper()}{deed[1:]}."
    match = _WITH_NOUN.match(rest)
    if match is not None and match["name"] and not _name_reading(match):
        match = _WITH_NOUN_BARE.match(rest)  # "dem Landrat Untätigkeit und Versagen": no name, a longer object
    if match is not None and _NEGATED.search(match["what"]):
        return None  # "wirft dem Landrat nichts vor", "nicht Untätigkeit": no accusation, or another one
    if match is not None and (accused := _accused(match, "acc")) is not None:
        return f"{subject} {'kritisieren' if plural else 'kritisiert'} {accused}."
    light = _LIGHT.match(rest)
    if light is not None and (criticised := _light_object(light)) is not None:
        return f"{subject} {'kritisieren' if plural else 'kritisiert'} {criticised}."
    return None
