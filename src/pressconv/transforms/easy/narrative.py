"""Rescuer: a narrative of coordinated Präteritum verb phrases said as one Perfekt sentence per phrase.

Police, fire and court releases tell what happened as a chain of verb phrases under one subject:
"Ein maskierter Mann betrat die Tankstelle, bedrohte die Kassiererin mit einem Messer und forderte
Bargeld." German coordinates whole verb phrases (finite verb and Mittelfeld) under one Vorfeld; the
later conjuncts leave out the subject (Duden grammar, "Koordinationsellipse" of the subject). Each
conjunct with the subject repeated is a main clause the source states, so each is true on its own,
and Leichte Sprache wants one statement per sentence (Netzwerk Leichte Sprache). The first sentence
keeps the Vorfeld (the time or place of the narrative); the later ones repeat the subject as a
definite noun phrase ("ein maskierter Mann" → "der maskierte Mann": the same referent again).
Each piece then goes through the ordinary rewrite (rewrite.py), which puts one clause into the Perfekt
with the auxiliary the verb takes, and refuses when it is unsure; a piece left in the Präteritum
makes the rescuer refuse.

It refuses where a conjunct could share more than the subject: a hedge or a source phrase before
or in the first conjunct ("Laut Zeugen …", "wohl"), a subordinate or relative clause, brackets,
quotations, a finite verb that is not a Präteritum full verb, a subject it cannot repeat for sure.
Omission over error (issue 16).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.ellipsis import named_subject
from pressconv.transforms.easy.lexicon import lookup
from pressconv.transforms.easy.limits import HARD_LIMIT
from pressconv.transforms.easy.readability import words
from pressconv.transforms.easy.rescue import Rescue, RescueContext
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.timeout import time_apart

__all__ = ["narrative_clauses", "narrative_rescue"]

_FINITE: Final = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
# A clause inside the sentence, a quotation or brackets: the conjuncts' ends would be unclear.
_CLAUSAL: Final = ("KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT", "$(")
# A hedge, a source or a scope word in the shared part: it may hold for every conjunct, and a later
# sentence without it would state a guess as a fact (rubric: a dropped "nur", "nicht", a lost hedge).
_SCOPE: Final = re.compile(
    r"^(?:nicht|kein\w*|nie|niemals|nichts|niemand|nur|ausschließlich|lediglich|kaum|wohl|vermutlich|"
    r"mutmaßlich|möglicherweise|wahrscheinlich|eventuell|vielleicht|angeblich|offenbar|offensichtlich|"
    r"anscheinend|laut|zufolge|Angaben|Erkenntnissen|Kenntnisstand|Zeugen\w*|jeweils|beide|erst|"
    r"wenn|falls|gemeinsam|zusammen)$",
    re.IGNORECASE,
)
# The words of a subject noun phrase: article, adverbs and adjectives before the head, the head
# (a noun, a name, "52-Jährige" as a number and a noun), names after it ("Bürgermeister Muster").
_SUBJECT_TAGS: Final = ("ART", "ADV", "ADJ(A)", "ADJ(D)", "CARD", "NN", "NNA", "NE")
_DEFINITE: Final = {"der": "Der", "die": "Die", "das": "Das"}


def narrative_clauses(sentence: str) -> list[str] | None:
    """The conjuncts of ``sentence`` as main clauses of their own, still as written; None if unsure.

    Shape: [Vorfeld] V1 … (, V2 …)* und Vn … . with every Vi a Präteritum full verb opening its
    conjunct right after the comma or "und". The subject stands in the Vorfeld, or right after V1
    when a time or place phrase holds the Vorfeld (German verb-second order).
    """
    tagged = morph.tag(sentence)
    spans = morph.token_spans(sentence)
    if len(tagged) < 6 or len(spans) != len(tagged) or tagged[-1].word != ".":
        return None
    if any(t.pos in _CLAUSAL or t.word in (":", ";") for t in tagged):
        return None
    finite = [i for i, t in enumerate(tagged) if t.pos in _FINITE or _misread_verb(tagged, i)]
    if len(finite) < 2 or finite[0] == 0:
        return None
    if any(not _misread_verb(tagged, i) and tagged[i].pos != "VV(FIN)" for i in finite):
        return None
    if any(not morph.is_preterite(tagged[i].word, _lemma(tagged[i])) for i in finite):
        return None
    joints = [i - 1 for i in finite[1:]]
    # The last joint is "und", the others commas (a list of three or more verb phrases).
    if tagged[joints[-1]].word != "und" or any(tagged[j].word != "," for j in joints[:-1]):
        return None
    first = finite[0]
    subject_span = _subject(tagged, first)
    if subject_span is None:
        return None
    start, end = subject_span
    # Commas in a Vorfeld time phrase ("Am Mittwoch, 18. März 2026, gegen 21 Uhr") stay with the
    # first sentence; a comma anywhere else may open an apposition or an aside the cut would tear.
    counted = tagged[first:] if start else tagged
    if sum(t.word == "," for t in counted) != len(joints) - 1:
        return None
    shared = tagged[:first] if start == 0 else tagged[: end + 1]
    first_part = tagged[first + 1 : joints[0]]
    if any(_SCOPE.match(t.word) for t in (*shared, *first_part)):
        return None
    subject = _repeated(tagged[start:end])
    if subject is None:
        return None
    text = sentence
    pieces = [text[: spans[joints[0]][0]].rstrip(" ,") + "."]
    bounds = [*joints[1:], len(tagged) - 1]
    for verb, close in zip(finite[1:], bounds, strict=True):
        body = text[spans[verb][0] : spans[close][0]].rstrip(" ,")
        if close - verb < 2:
            return None  # a bare verb ("und flüchtete") may share the first conjunct's object
        pieces.append(f"{subject} {body}.")
    return pieces


def _lemma(token: morph.Token) -> str:
    """The infinitive of a finite verb; for a weak Präteritum read as an adjective, built from its stem."""
    if token.pos == "VV(FIN)":
        return token.lemma
    return re.sub(r"ten?$", "en", token.word)


def _misread_verb(tagged: tuple[morph.Token, ...], index: int) -> bool:
    """A weak Präteritum after "und" or a comma that the tagger read as an adjective ("und bedrohte den …").

    Only before an article, a pronoun, a preposition or an adverb: an attributive adjective stands
    before its noun, so "und entwendete Fahrräder" (stolen bikes, or stole bikes) stays unread.
    """
    if index == 0 or index + 1 >= len(tagged) or tagged[index].pos != "ADJ(A)":
        return False
    word = tagged[index].word
    if tagged[index - 1].word not in ("und", ",") or not re.search(r"[a-zäöüß]te[n]?$", word):
        return False
    return tagged[index + 1].pos in ("ART", "PPER", "PPOSAT", "PRF", "APPR", "APPRART", "ADV", "PDAT")


def _subject(tagged: tuple[morph.Token, ...], verb: int) -> tuple[int, int] | None:
    """Where the subject stands: (start, end) before the verb, or right after it behind a Vorfeld phrase."""
    before = tagged[:verb]
    pronoun = len(before) == 1 and before[0].word in ("Er", "Sie")
    if pronoun or (before[0].pos in ("ART", "NE", "NN") and all(t.pos in _SUBJECT_TAGS for t in before)):
        return 0, verb
    # A time or place phrase in the Vorfeld: the subject follows the finite verb. A number word is
    # never such a phrase here: "Zwei Männer betraten …" opens with its subject, which the check above
    # does not take (a bare plural), so the sentence is refused rather than read object-first.
    if before[0].pos not in ("APPR", "APPRART", "ADV"):
        return None
    start = verb + 1
    if start >= len(tagged) or tagged[start].pos not in ("ART", "NE"):
        return None
    end = start + 1
    while end < len(tagged) and (tagged[end].pos in ("ADV", "ADJ(A)", "CARD") or tagged[end].word.startswith("-")):
        end += 1
    if end >= len(tagged) or tagged[end].pos not in ("NN", "NNA", "NE"):
        return None
    end += 1
    while end < len(tagged) and tagged[end].pos == "NE":
        end += 1
    return start, end


def _repeated(subject: tuple[morph.Token, ...]) -> str | None:
    """The subject as a later sentence can open with it, naming the same referent; None if unsure."""
    if not subject:
        return None
    article = subject[0].word.lower()
    if article not in ("ein", "eine"):
        named = named_subject(subject, len(subject))
        if named is not None:
            return named
        # "Die bislang unbekannten Täter": a definite phrase with an adverb, repeated as it stands.
        if article in _DEFINITE and any(t.pos in ("NN", "NNA") for t in subject[1:]):
            return _text([t.word for t in subject])
        return None
    nouns = [t for t in subject[1:] if t.pos in ("NN", "NNA")]
    if len(nouns) != 1 or subject[-1] is not nouns[0]:
        return None
    entry = lookup(nouns[0].word)
    gender = entry.gender if entry is not None and entry.gender in _DEFINITE else None
    if article == "eine":
        gender = "die"
    adjectives = [t.word for t in subject[1:-1] if t.pos == "ADJ(A)"]
    if gender is None and adjectives:
        # After "ein" the adjective shows the gender in the nominative: "ein maskierter Mann"
        # (masculine), "ein silbernes Auto" (neuter) (Duden grammar, gemischte Flexion).
        gender = {"er": "der", "es": "das"}.get(adjectives[-1][-2:])
    if gender is None or any(t.pos not in ("ADJ(A)", "ADV", "CARD") for t in subject[1:-1]):
        return None
    # "ein maskierter Mann" → "der maskierte Mann": after the definite article the nominative
    # singular adjective takes the weak ending -e (Duden grammar, schwache Flexion).
    middle = [re.sub(r"(?:er|es|e)$", "e", t.word) if t.pos == "ADJ(A)" else t.word for t in subject[1:-1]]
    return _text([_DEFINITE[gender], *middle, nouns[0].word])


def _text(parts: list[str]) -> str:
    """The parts joined by spaces, a number and its "-jährige" one word, with a capital first letter."""
    text = re.sub(r"(\d) (?=-\w)", r"\1", " ".join(parts))
    return text[:1].upper() + text[1:]


def narrative_rescue(context: RescueContext) -> Rescue | None:
    """One Perfekt sentence per verb phrase of a narrative sentence, the subject repeated; None if unsure."""
    pieces = narrative_clauses(context.source.text)
    if pieces is None:
        return None
    out: list[str] = []
    for number, piece in enumerate(pieces):
        said = context.rewrite(piece)
        tagged = morph.tag(said)
        past = any(t.pos == "VV(FIN)" and morph.is_preterite(t.word, t.lemma) for t in tagged)
        if number == 0 and not past and len(words(said)) > HARD_LIMIT:
            # The first conjunct carries the narrative's time: said apart by the time rescuer
            # ("Ein Mann hat … betreten. Das war am 18. März gegen 21 Uhr."), its follower right after it.
            timed = time_apart(replace(context, source=SourceSentence(piece), text=said))
            if timed is None or any(len(words(t)) > HARD_LIMIT for t in timed.sentences):
                return None
            out.extend(timed.sentences)
            continue
        if past or len(words(said)) > HARD_LIMIT:
            if number == 0:
                return None  # the first sentence carries the time and place and introduces the subject
            continue  # a later verb phrase is a statement of its own: leaving it out says nothing false
        out.append(said)
    return Rescue(tuple(out)) if out else None
