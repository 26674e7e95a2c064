"""An appointment headline in participle form ("Anna Muster zur Präsidentin gewählt") said in the
Perfekt with the body that acted as its subject ("Der Senat hat Anna Muster zur Präsidentin gewählt")."""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["elected_titles", "winner_titles"]

# The verbs of an appointment that take "zum"/"zur" and a role (Duden: "jemanden zu etwas wählen,
# ernennen, berufen, bestellen"). A headline writes them as a bare participle (Schlagzeilenstil: the
# auxiliary is left out); Leichte Sprache says who did it, in the active voice and the Perfekt.
_PARTICIPLES: Final = ("gewählt", "ernannt", "berufen", "bestellt")
# Academic titles before a name: the title names the person without them (the body keeps them).
_ACADEMIC: Final = re.compile(r"^(?:(?:Prof|Dr|Dipl|Ing|med|phil|rer|nat|h\.\s?c)\.\s*(?:-\s*)?)+")
# "Anna Muster zur neuen Präsidentin der Universität X gewählt": the name, the role phrase, the participle.
_HEADLINE: Final = re.compile(
    r"^(?P<name>[A-ZÄÖÜ][\wäöüß]+(?:[ -][A-ZÄÖÜ][\wäöüß]+){1,3}) (?P<role>zu[mr] (?:[a-zäöüß]+ )*[A-ZÄÖÜ][\wäöüß·-]+)"
    r"(?P<attribute>(?: (?:der|des|von der|vom|von) [^,;:]+?)?) (?P<participle>" + "|".join(_PARTICIPLES) + r")$"
)
_MOST: Final = 10  # the title's limit (title_check.TITLE_MOST)


def _agent(sentence: str, name: str, participle: str) -> str | None:
    """The subject of the body's active Perfekt clause that says the appointment, as article, adjectives and noun.

    "Der Erweiterte Senat der Universität X hat … Anna Muster zur Präsidentin gewählt" -> "Der
    Erweiterte Senat": the genitive after the noun says whose body it is and is left out (the title
    states less, nothing false). Only a subject that opens the sentence with a definite article, so
    the agent is never a name or a pronoun guessed from elsewhere.
    """
    last = name.split()[-1]
    found = re.search(rf"\b(?:hat|haben)\b[^;]*?\b{re.escape(last)}\b[^;]*?\bzu[mr]\b[^;]*?\b{participle}\b", sentence)
    if found is None or re.search(r"\b(?:nicht|kein\w*|nie)\b", sentence[: found.end()]):
        return None
    tagged = [t for t in morph.tag(sentence[: found.start()]) if not t.pos.startswith("$")]
    if not tagged or tagged[0].pos != "ART" or tagged[0].word not in ("Der", "Die", "Das"):
        return None
    words = [tagged[0].word]
    for token in tagged[1:]:
        if token.pos == "NN":
            words.append(token.word)
            break
        if token.pos != "ADJ(A)":
            return None
        words.append(token.word)
    else:
        return None
    # After the noun only its genitive attribute may follow before "hat" (no second subject, no verb).
    rest = tagged[len(words) :]
    if rest and (rest[0].word not in ("der", "des") or any(t.pos.endswith("(FIN)") for t in rest)):
        return None
    return " ".join(words)


# "Anna Muster im ersten Wahlgang gewählt": an election result's headline names the winner and leaves the
# office to the label before it ("Bürgermeisterwahl 2026: …") or to the body (Schlagzeilenstil).
_WINNER: Final = re.compile(
    r"^(?P<name>[A-ZÄÖÜ][\wäöüß]+(?:[ -][A-ZÄÖÜ][\wäöüß]+){1,3})(?: (?:im|in|mit|bei) [^,;:]+?)? (?P<participle>gewählt)$"
)
# The body's election clause: a subject that opens the sentence, "hat/haben", and the office as the
# object with its indefinite article ("Die Bürgerinnen und Bürger … haben … eine neue Bürgermeisterin gewählt").
_OFFICE_CLAUSE: Final = re.compile(
    r"^(?P<subject>[^,;:]+?) (?P<aux>hat|haben) [^;:]*?\b(?P<article>eine|einen|ein) (?P<adjectives>(?:[a-zäöüß]+e[nrs]? )*)"
    r"(?P<office>[A-ZÄÖÜ][\wäöüß·-]+) (?P<participle>gewählt)\b"
)
# The contraction for the role after "zu" by the article's gender (Duden: "zum Bürgermeister", "zur Bürgermeisterin").
_TO_ROLE: Final = {"eine": "zur", "einen": "zum", "ein": "zum"}


def _subject(words: str) -> tuple[str, bool] | None:
    """The opening subject as definite article, adjectives and one noun or two nouns joined by "und", and
    whether it is plural; the genitive after it is left out (the title states less, nothing false)."""
    tagged = [t for t in morph.tag(words) if not t.pos.startswith("$")]
    if not tagged or tagged[0].pos != "ART" or tagged[0].word not in ("Der", "Die", "Das"):
        return None
    kept = [tagged[0].word]
    nouns = 0
    for at, token in enumerate(tagged[1:], start=1):
        if token.pos == "ADJ(A)" and nouns == 0:
            kept.append(token.word)
        elif token.pos == "NN" and nouns in (0, 2):
            kept.append(token.word)
            nouns += 1
        elif token.word == "und" and nouns == 1 and at + 1 < len(tagged) and tagged[at + 1].pos == "NN":
            kept.append("und")
            nouns = 2
        else:
            break
    rest = tagged[len(kept) :]
    if nouns not in (1, 3) or (rest and rest[0].word not in ("der", "des")) or any(t.pos.endswith("(FIN)") for t in rest):
        return None
    plural = nouns == 3 or (tagged[0].word == "Die" and tagged[len(kept) - 1].word.endswith(("en", "er", "innen")))
    return " ".join(kept), plural


def winner_titles(part: str, sentences: list[str]) -> list[str]:
    """ "Die Bürgerinnen und Bürger haben Anna Muster zur Bürger·meisterin gewählt" for the headline
    "Anna Muster im ersten Wahlgang gewählt", where one body clause tells who elected whom as what.

    An election result's headline says who was elected (Schlagzeilenstil: participle, no auxiliary); the
    body tells the act with its subject and the office ("haben … eine neue Bürgermeisterin gewählt").
    Said as one active Perfekt sentence, it tells the result as past (never "Es gibt eine Wahl", which
    reads as an election to come). Only with exactly one such clause, not denied, and the name in the body.
    """
    match = _WINNER.match(_ACADEMIC.sub("", part.strip()).strip())
    if match is None:
        return []
    name = match["name"]
    clauses = [(k, m) for k, s in enumerate(sentences) if (m := _OFFICE_CLAUSE.match(s.strip())) is not None]
    if len(clauses) != 1 or re.search(r"\b(?:nicht|kein\w*|nie)\b", clauses[0][1].group(0)):
        return []
    at, clause = clauses[0]
    # The name must stand in the clause's sentence or the next one, with no deputy's role and no form
    # of address of the other gender beside it: else the headline's person may hold another office
    # than the one the clause elected (a reviewer's probe: the deputy named under "Ortsvorsteher").
    surname = name.split()[-1]
    near = [s for s in sentences[at : at + 2] if surname in s]
    female = clause["office"].replace("·", "").endswith("in")
    other = "Herr" if female else "Frau"
    if not near or any(
        re.search(r"(?i)stellvertret|\bvize|beigeordnet", s) or re.search(rf"\b{other}\s+(?:\w+\s+)?{surname}\b", s)
        for s in near
    ):
        return []
    subject = _subject(clause["subject"])
    if subject is None or subject[1] != (clause["aux"] == "haben"):
        return []
    agent, plural = subject
    aux = "haben" if plural else "hat"
    # After "zur"/"zum" the adjective takes the weak dative ending "-en" ("zur neuen Bürgermeisterin").
    adjectives = " ".join(re.sub(r"e[nrs]?$", "en", a) for a in clause["adjectives"].split())
    to = _TO_ROLE[clause["article"]]
    found = []
    for role in (f"{to} {adjectives} {clause['office']}", f"{to} {clause['office']}"):
        sentence = re.sub(r"\s+", " ", f"{agent} {aux} {name} {role} {match['participle']}")
        if len(sentence.split()) <= _MOST:
            found.append(sentence)
    return list(dict.fromkeys(found))


def elected_titles(part: str, sentences: list[str]) -> list[str]:
    """The Perfekt sentences for an appointment headline, the whole role first, then without its attribute.

    The body must tell the appointment itself in an active Perfekt clause with the same name, "zu(m/r)"
    and participle; its subject is the title's subject. Without such a clause: nothing (no agent guessed).
    """
    match = _HEADLINE.match(_ACADEMIC.sub("", part.strip()).strip())
    if match is None:
        return winner_titles(part, sentences)
    name, role, participle = match["name"], match["role"], match["participle"]
    attribute = match["attribute"].strip()
    agent = next((a for s in sentences if (a := _agent(s, name, participle)) is not None), None)
    if agent is None:
        return []
    found = []
    for phrase in (f"{role} {attribute}".strip(), role):
        sentence = f"{agent} hat {name} {phrase} {participle}"
        if len(sentence.split()) <= _MOST:
            found.append(sentence)
    return list(dict.fromkeys(found))
