"""Coordinated verb phrases that share one finite verb become sentences of their own.

German coordinates the non-finite parts of a verb complex under one finite verb and one subject
("Die Polizei hat die Ermittlungen aufgenommen und den Tatort gesperrt"; Duden grammar,
"Koordinationsellipse" of the finite verb and the Vorfeld). Each conjunct with the shared subject
and finite verb is a main clause the source states, so each is true on its own. The cut refuses
where the conjuncts could share more than the subject and the verb: an object of the first
conjunct, a negation, a hedge or a source phrase in the Mittelfeld before the first conjunct.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["named_subject", "shared_finite"]

_FINITE: Final = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
# The right bracket of a verb complex (Duden grammar, "rechte Satzklammer"): participles and
# infinitives; with a finite "sein"/"bleiben" also a predicative adjective ("blieb unverletzt").
_NONFINITE: Final = ("VV(PP)", "VV(INF)", "VA(PP)", "VA(INF)", "VM(INF)", "VV(IZU)")
# A shared tail after the last conjunct ("gebracht und gelöscht werden"): the passive or
# perfect auxiliary belongs to every conjunct.
_TAIL: Final = ("VA(INF)", "VA(PP)")
# Words that, standing before the first conjunct, may scope over both: a negation or a limit
# (rubric: never a lost nicht/nur/kein), a hedge or a source phrase (a guess or a claim would be
# stated as a fact), a restriction of person or number. The second sentence could not say whether
# they hold for it, so the cut refuses.
_SCOPE: Final = re.compile(
    r"^(?:nicht|kein\w*|nie|niemals|nichts|niemand|nur|ausschließlich|lediglich|kaum|höchstens|"
    r"wohl|vermutlich|mutmaßlich|möglicherweise|wahrscheinlich|eventuell|vielleicht|angeblich|"
    r"offenbar|offensichtlich|anscheinend|voraussichtlich|laut|zufolge|Angaben|Erkenntnissen|"
    r"Kenntnisstand|Stand|Einschätzung|Meinung|Ansicht|jeweils|beide|allein|erst|wenn|falls)$",
    re.IGNORECASE,
)
# Adverbs of sequence or addition that open a later conjunct ("und anschließend …"): they point
# to the conjunct before, which the sentence before states; alone they would point at nothing.
_SEQUENCE: Final = frozenset(["anschließend", "danach", "dann", "später", "schließlich", "zudem", "außerdem"])
# A subject the next sentence can repeat as it stands: it names the same referent again.
_SUBJECT_TAGS: Final = ("ART", "ADJ(A)", "NN", "NNA", "NE", "CARD", "PPOSAT", "KON")
_PRONOUNS: Final = frozenset(["Er", "Sie", "Es", "Man", "Wir"])


def named_subject(tagged: tuple[morph.Token, ...], verb: int) -> str | None:
    """The subject before the finite verb, as it can open another sentence; None if not certain.

    A name, a definite noun phrase ("Die Polizei Berlin", "Die Angestellte", "Die 52-Jährige") or
    two of them joined by "und" ("Der Fahrer und seine Beifahrerin") names the same referent when
    repeated; an indefinite one ("ein Mann") would name a second one, and is refused.
    """
    subject = tagged[:verb]
    if len(subject) == 1 and subject[0].word in _PRONOUNS:
        return subject[0].word  # repeated as it stands; each sentence is then resolved or refused
    if not subject or any(t.pos not in _SUBJECT_TAGS for t in subject):
        return None
    parts = _conjuncts(subject)
    if parts[0][:1] and parts[0][0].pos == "PPOSAT":
        return None  # "Seine Frau …": whose, only the sentence before says (pronoun guard)
    for part in parts:
        if not part or part[0].pos not in ("ART", "NE", "PPOSAT"):
            return None
        if part[0].pos == "ART" and part[0].word.lower() not in ("der", "die", "das"):
            return None
        if not any(_head(t) for t in part[1:]) and part[0].pos != "NE":
            return None
    words = [t.word for t in subject]
    text = re.sub(r"(\d) (?=-\w)", r"\1", " ".join(words))  # "52-Jährige" is tokenised in two
    return text[:1].upper() + text[1:]


def _conjuncts(subject: tuple[morph.Token, ...]) -> list[tuple[morph.Token, ...]]:
    """The noun phrases of a subject, split at "und"; a single phrase is one conjunct."""
    parts: list[tuple[morph.Token, ...]] = []
    start = 0
    for index, token in enumerate(subject):
        if token.pos == "KON":
            if token.word != "und":
                return [()]
            parts.append(subject[start:index])
            start = index + 1
    parts.append(subject[start:])
    return parts


def _head(token: morph.Token) -> bool:
    """A noun that can head the phrase: a noun, a nominalised adjective, "-Jährige" after a number."""
    return token.pos in ("NN", "NNA", "NE") or (token.word.startswith("-") and token.word[1:2].isupper())


def shared_finite(sentence: str) -> list[str]:
    """ "Die Polizei hat den Mann befragt und den Ort gesperrt." -> one sentence per verb phrase.

    Only a main clause with its subject in the Vorfeld, one finite verb, and conjuncts joined by
    "und" (and commas in a list of three or more) that each end in a participle or infinitive. In
    the active, each later conjunct must hold a noun phrase of its own outside a prepositional
    phrase, so it does not share the first conjunct's object ("hat den Mann gesucht und
    gefunden"). "oder" is never cut: under "müssen" each alternative alone would be an obligation
    the source does not state.
    """
    tagged = morph.tag(sentence)
    if len(tagged) < 6 or tagged[-1].word not in (".", "!"):
        return [sentence]
    finite = [i for i, t in enumerate(tagged) if t.pos in _FINITE]
    if len(finite) != 1 or finite[0] == 0:
        return [sentence]
    verb = finite[0]
    if any(t.pos in ("KOUS", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT", "$(") for t in tagged):
        return [sentence]
    subject = named_subject(tagged, verb)
    if subject is None:
        return [sentence]
    body = list(tagged[verb + 1 : -1])
    tail: list[morph.Token] = []
    while body and body[-1].pos in _TAIL and len(body) > 1 and body[-2].pos in _NONFINITE:
        tail.insert(0, body.pop())
    copula = tagged[verb].lemma in ("sein", "bleiben")
    closers = _NONFINITE + (("ADJ(D)",) if copula else ())
    joints = [i for i, t in enumerate(body) if t.word in ("und", ",") and i > 0 and body[i - 1].pos in closers]
    if not joints or body[joints[-1]].word != "und" or any(body[j].word != "," for j in joints[:-1]):
        return [sentence]
    if sum(t.word == "," for t in body) != len(joints) - 1 or not body or body[-1].pos not in closers:
        return [sentence]
    starts = [0, *[j + 1 for j in joints]]
    ends = [*joints, len(body)]
    parts = [body[s:e] for s, e in zip(starts, ends, strict=True)]
    if any(_SCOPE.match(t.word) for t in parts[0]) or any(t.word == "und" for t in parts[0] if t.pos == "KON"):
        return [sentence]
    if _generic(tagged[verb], parts[0]):
        return [sentence]
    passive = tagged[verb].lemma == "werden" and not any(t.pos == "VV(INF)" for t in body)
    passive = passive or any(t.word in ("werden", "worden") for t in tail) or copula
    head = [subject, tagged[verb].word]
    out: list[str] = []
    for number, part in enumerate(parts):
        if number and part and part[0].word.lower() in _SEQUENCE:
            part = part[1:]
        if len(part) < 2:
            return [sentence]
        if number and not passive and not _own_object(part):
            return [sentence]  # the conjunct may share the first one's object: no cut
        out.append(_text([*head, *[t.word for t in part], *[t.word for t in tail], tagged[-1].word]))
    return out


def _generic(finite: morph.Token, first: list[morph.Token]) -> bool:
    """A rule, a permission or an obligation whose first conjunct holds a phrase that may restrict both.

    In a present-tense modal or passive ("Jugendliche können mit Zustimmung der Eltern Bücher
    leihen und Filme sehen"; "Der Müll wird montags abgeholt und …") a prepositional phrase or an
    adverb before the first verb may hold for every conjunct; the second sentence without it would
    state a broader rule than the source (rubric: a restriction dropped). An event told in the past
    or the Perfekt only loses a detail, so there the cut stays.
    """
    if morph.is_preterite(finite.word, finite.lemma) or finite.lemma in ("haben", "sein"):
        return False
    if finite.pos != "VM(FIN)" and finite.lemma != "werden":
        return False
    return any(t.pos in ("APPR", "APPRART", "ADV", "ADJ(D)", "PROAV", "PAV") for t in first[:-1])


def _own_object(part: list[morph.Token]) -> bool:
    """A noun phrase outside every prepositional phrase: the conjunct's own object."""
    inside = False
    for token in part:
        if token.pos in ("APPR", "APPRART", "APPO"):
            inside = True
        elif token.pos in ("NN", "NE", "NNA") and inside:
            inside = False
        elif token.pos in ("ART", "PPOSAT", "PIAT", "PDAT", "NN", "NE", "NNA", "PPER", "PRF", "PIS") and not inside:
            return True
    return False


def _text(words: list[str]) -> str:
    """The words joined with German spacing; a number and its "-jährige" stay one word."""
    text = " ".join(words)
    text = re.sub(r"\s+([,.!?:;“])", r"\1", text)
    text = re.sub(r"(\d) (?=-\w)", r"\1", text)  # "20-jährige" is one word, tokenised in two
    return re.sub(r"„\s+", "„", text)
