"""A lead that opens with the named programme, campaign or series it announces, said as who has what.

Press releases announce a new programme, campaign or series by putting it, with its name in quotes,
into the Vorfeld as the means of the sender's action ("Mit dem neuen Förderprogramm „Grün statt
Grau“ unterstützt das Umweltamt die Begrünung von Dächern."). The news is that the sender has it and
what it is called; what it does follows. In Leichte Sprache that is one statement a sentence
(Netzwerk Leichte Sprache), the thing named by its noun again, never by a pronoun:

    Das Umwelt·amt hat ein neues Förder·programm.
    Das Förder·programm heißt „Grün statt Grau“.
    Das Förder·programm unterstützt die Begrünung von Dächern.

The third sentence is written only where the clause is a present-tense full verb in the third person
singular (the programme takes the sender's verb form) with nothing after it but its objects; with a
modal ("will … unterstützen") or a clause after a comma only the first two are said. The subject
must be a definite noun phrase in the nominative right after the verb (V2 order after the fronted
phrase); the noun's gender must be known (lexicon.py) to write its article. Anything else: None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.lexicon import lookup

__all__ = ["named_means"]

# "Mit dem (neuen) Förderprogramm „Name“ …", "Mit der Kampagne „Name“ …": the definite means with its
# quoted name right after its noun. Attributes between article and noun may be anything but a comma.
_MEANS: Final = re.compile(
    r"^Mit (?P<art>dem|der) (?P<attrs>[^,„“]*?)(?P<noun>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?) "
    r"„(?P<name>[^“”\"]{1,40})“ (?P<clause>[^„“]+)\.$"
)
_INDEFINITE: Final = {"der": "einen", "das": "ein", "die": "eine"}
_NEW: Final = {"der": "neuen", "das": "neues", "die": "neue"}
# Tokens of a noun's name attribute after "für" ("das Ministerium für Umwelt, Klima und Heimat"):
# adjectives, nouns, "und" and commas between nouns, no article (an article opens the object).
_NAME_PARTS: Final = ("ADJ(A)", "NN", "NE", "KON", "$,")


def _subject_end(tokens: Sequence[morph.Token]) -> int | None:
    """The index after the definite subject at the start of ``tokens`` (after the finite verb), or None."""
    if not tokens or tokens[0].word not in ("das", "der", "die"):
        return None
    i = 1
    while i < len(tokens) and tokens[i].pos == "ADJ(A)":
        i += 1
    if i >= len(tokens) or tokens[i].pos not in ("NN", "NE"):
        return None
    while i < len(tokens) and tokens[i].pos in ("NN", "NE"):
        i += 1
    if i < len(tokens) and tokens[i].word == "für":
        # The name of an authority "für A, B und C" (a list of fields): items of adjectives and one
        # noun, joined by commas, the last by "und"; the name ends with the item after "und".
        i += 1
        while True:
            while i < len(tokens) and tokens[i].pos == "ADJ(A)":
                i += 1
            if i >= len(tokens) or tokens[i].pos not in ("NN", "NE"):
                return None
            i += 1
            if i < len(tokens) and tokens[i].word == ",":
                i += 1
            elif i < len(tokens) and tokens[i].word == "und" and (i < 2 or tokens[i - 2].word != "und"):
                i += 1
                while i < len(tokens) and tokens[i].pos == "ADJ(A)":
                    i += 1
                if i >= len(tokens) or tokens[i].pos not in ("NN", "NE"):
                    return None
                i += 1
                if i < len(tokens) and tokens[i].pos == "NN":
                    return i  # the list is closed by "und": a bare noun after it opens the object
                break
            else:
                break
    if i + 1 < len(tokens) and tokens[i].pos == "APPR" and tokens[i + 1].pos == "ADV":
        return i  # "ab sofort", "seit gestern": an adverbial of the clause, no attribute of the subject
    if (i < len(tokens) and tokens[i].pos in ("NN", "NE", "APPR", "APPRART")) or (
        i < len(tokens) and tokens[i].word in ("der", "des")
    ):
        return None  # another attribute may follow ("der Rat der Stadt", "das Amt in X"): unsure where it ends
    return i


def _join(words: Sequence[str]) -> str:
    """The words joined by spaces, with no space before a comma or full stop."""
    return re.sub(r"\s+([,.])", r"\1", " ".join(words))


def named_means(sentence: str) -> list[str] | None:
    """ "Mit dem neuen Programm „X“ fördert das Amt Y." -> "Das Amt hat ein neues Programm.", "Das Programm heißt „X“.", …

    The third sentence ("Das Programm fördert Y.") only for a plain present-tense clause; None if unsure.
    """
    found = _MEANS.match(sentence.strip())
    if found is None or "\ufffd" in sentence:  # a replacement character: text damaged in decoding
        return None
    entry = lookup(found["noun"])
    gender = entry.gender if entry is not None else None
    if gender not in ("der", "das", "die") or (found["art"] == "der") != (gender == "die"):
        return None  # "mit dem" is masculine or neuter, "mit der" feminine: the lexicon must agree
    tokens = [t for t in morph.tag(found["clause"] + ".") if t.word != "."]
    if len(tokens) < 3 or not tokens[0].pos.endswith("(FIN)"):
        return None
    finite = tokens[0]
    end = _subject_end(tokens[1:])
    if end is None:
        return None
    subject = [t.word for t in tokens[1 : end + 1]]
    if finite.word.endswith("n"):
        return None  # a plural verb ("erreichen", "sind"): the subject is plural, "hat" would not agree
    new = " ".join([_NEW[gender]] if re.search(r"\bneue[nmrs]?\b", found["attrs"]) else [])
    head = [subject[0].capitalize(), *subject[1:], "hat", _INDEFINITE[gender], *new.split(), found["noun"]]
    noun = f"{gender.capitalize()} {found['noun']}"
    out = [_join(head) + ".", f"{noun} heißt „{found['name']}“."]
    rest = tokens[end + 1 :]
    plain = (
        finite.pos == "VV(FIN)"
        and finite.word.endswith("t")
        and not morph.is_preterite(finite.word, finite.lemma)
        and rest
        and (
            rest[0].pos in ("ART", "PPOSAT", "NN", "ADJ(A)", "PIAT", "CARD")
            or _join([t.word for t in rest[:2]]) == "ab sofort"
        )
        and not any(t.pos in ("KOUS", "PRELS", "PTKZU", "PRF") or t.pos.startswith(("VV", "VA", "VM")) for t in rest)
        and not any(t.word in ("dabei", "dazu", "damit", "sich", ":", ";", "–") for t in rest)
    )
    if plain:
        out.append(_join([noun, finite.word, *(t.word for t in rest)]) + ".")
    return out
