"""A person named by age ("Die 63-Jährige") only after the summary has named someone of that age.

In reports the definite age nominal takes up a person introduced before (police and press
convention: "Ein 71-Jähriger … Der 71-Jährige …"; Duden grammar: the definite article marks a known
referent). If the sentence that introduced that person did not reach the summary, the reader takes
"Die 63-Jährige" for whichever woman the summary named last (wrongs17: a retiring predecessor read
as her successor). The indefinite form says the same without pointing back; the verifier refuses a
definite age nominal whose age the summary has not named before.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["indefinite_age", "unintroduced_age"]

# A nominative age nominal that opens a sentence: "Der 71-Jährige", "Die 63-Jährige".
_OPENER: Final = re.compile(r"^(?P<art>Der|Die)\s+(?P<age>\d{1,3})-Jährige\b(?!n)")
# Any definite age nominal in a sentence, in any case ("dem 71-Jährigen", "die 63-Jährige"), or an age
# adjective before a noun ("der 47-jährige Fahrer"): the same reference to a person named before.
_DEFINITE: Final = re.compile(
    r"\b(?:[Dd]er|[Dd]ie|[Dd]en|[Dd]em|[Dd]es|vom|zum|zur|beim)\s+(?P<age>\d{1,3})-"
    r"(?:Jährige|jährigen?\s+(?P<noun>[A-ZÄÖÜ][\w·-]*))"
)


def _named(age: str, earlier: list[str]) -> bool:
    """An earlier sentence names someone of that age ("71-Jähriger", "71-jähriger Mann", "71 Jahre alt")."""
    pattern = re.compile(rf"\b{age}(?:-[Jj]ährig|\s+Jahre\s+alt\b)")
    return any(pattern.search(text) for text in earlier)


# An age adjective before a common noun that opens a sentence: "Der 48-jährige Fahrer", "Das 9-jährige Kind".
# "-jährige" after "Der" is the nominative (a dative or genitive takes "-jährigen").
_ADJECTIVE_OPENER: Final = re.compile(r"^(?P<art>Der|Die|Das)\s+(?P<age>\d{1,3})-jährige\s+(?P<noun>[A-ZÄÖÜ][\w·-]*)")
_INDEFINITE: Final = {"Der": ("Ein", "r"), "Die": ("Eine", ""), "Das": ("Ein", "s")}


def indefinite_age(sentence: str, earlier: list[str]) -> str:
    """ "Die 63-Jährige geht …" -> "Eine 63-Jährige geht …" where no earlier sentence names that age;
    the same for an age adjective before a common noun ("Der 48-jährige Fahrer" -> "Ein 48-jähriger Fahrer")."""
    adjective = _ADJECTIVE_OPENER.match(sentence)
    if adjective is not None and not _named(adjective["age"], earlier):
        if any(t.pos == "NE" for t in morph.tag(adjective["noun"].replace("·", ""))):
            return sentence  # "Die 9-jährige Lea": a name, nothing is taken up
        article, ending = _INDEFINITE[adjective["art"]]
        return f"{article} {adjective['age']}-jährige{ending} {adjective['noun']}{sentence[adjective.end() :]}"
    match = _OPENER.match(sentence)
    if match is None or _named(match["age"], earlier):
        return sentence
    if match["art"] == "Der":
        return f"Ein {match['age']}-Jähriger{sentence[match.end() :]}"
    return f"Eine {match['age']}-Jährige{sentence[match.end() :]}"


def unintroduced_age(sentence: str, earlier: list[str]) -> str | None:
    """The first definite age nominal of ``sentence`` whose age no earlier sentence named, or None."""
    for match in _DEFINITE.finditer(sentence):
        if match["noun"] and any(t.pos == "NE" for t in morph.tag(match["noun"].replace("·", ""))):
            continue  # "die 9-jährige Lea M.": the name identifies the person, nothing is taken up
        if not _named(match["age"], earlier):
            return match.group(0)
    return None
