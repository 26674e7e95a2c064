"""Rescuer: "nicht X, sondern Y" said as its positive part, the clause with Y in the place of "nicht X".

Duden grammar (adversative Koordination mit "sondern"): "sondern" corrects a negated part of the
clause before it; the clause is true with the corrected part in place of the negated one, while
the negated part is exactly what is not the case. "Die Linie 7 wird nicht mehr durch die
Lindenstraße, sondern über den Nordring geführt" states "Die Linie 7 wird über den Nordring
geführt"; every other part of the clause (its subject, its time, its verb) is shared by both.

So the negated part is left out (omission), never said positively, and the rest of the clause is
said with the corrected part where the negation stood. Only the plain case is read: one "nicht"
(with "mehr" or "länger") in a main clause, the negated part up to the comma with no verb of its
own except the verb bracket's end ("statt", "geführt"), which then closes the corrected clause too,
a corrected part after "sondern" without a finite verb of its own, and both parts of one kind (two
prepositional phrases, noun phrases or adverbs; parallel parts, Duden: Koordination gleichartiger
Satzglieder), the negated one a single part. "nicht nur …, sondern auch"
(an addition, both parts true), a corrected part that is a verb phrase of its own ("nicht zu
berühren, sondern … zu melden", whose objects the tags do not separate), a negation word other
than "nicht" ("kein"), and a negated part inside a subordinate clause are refused (omission over
error, issue 16). The sentence offered goes through the verifier, and compose.py repairs it further
(its voice, a clause after it).
"""

from __future__ import annotations

from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.clauses import shorten
from pressconv.transforms.easy.rescue import Rescue, RescueContext
from pressconv.transforms.easy.verify import rule_failures

__all__ = ["contrast", "positive_part"]

_FINITE: Final = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
# Words that make "nicht" part of a longer negation ("nicht mehr", "nicht länger"): left out with it.
_NEGATION_TAIL: Final = frozenset(["mehr", "länger"])
# Focus particles after "nicht" that make "sondern" an addition ("nicht nur …, sondern auch …",
# Duden: mehrteilige Konjunktion), or that the corrected part would have to take over ("nicht erst").
_ADDITIVE: Final = frozenset(["nur", "allein", "bloß", "lediglich", "einfach", "erst", "immer", "unbedingt", "ganz"])
# Words that close the verb bracket of the clause (Verbklammer, Duden grammar): a participle, an
# infinitive, a separable particle. In the negated part they belong to the whole clause.
_BRACKET: Final = ("VV(PP)", "VA(PP)", "VM(PP)", "VV(INF)", "VA(INF)", "VM(INF)", "PTKVZ")
# Openers of a subordinate clause: a negated part inside one is not the main clause's.
_SUBORDINATE: Final = ("KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT")


def _class(token: morph.Token) -> str | None:
    """The kind of part a word opens: a prepositional phrase, a noun phrase, an adverb, else None."""
    if token.pos in ("APPR", "APPRART"):
        return "P"
    if token.pos in ("ART", "NN", "NE", "ADJA", "CARD", "PPOSAT", "PDAT", "PIAT"):
        return "N"
    if token.pos in ("ADV", "ADJD"):
        return "A"
    return None


def positive_part(text: str) -> str | None:
    """The sentence with "nicht X, sondern Y" said as Y alone, or None where the shape is not plain."""
    tagged = morph.tag(text)
    if not tagged:
        return None
    at = [i for i, t in enumerate(tagged) if t.word.lower() == "sondern"]
    if len(at) != 1 or at[0] < 3 or tagged[at[0] - 1].word != ",":
        return None
    comma = at[0] - 1
    before = tagged[:comma]
    # The clause up to the comma: from the last comma before it (the corrected clause starts there).
    start = max((i + 1 for i, t in enumerate(before) if t.word == ","), default=0)
    clause = before[start:]
    negations = [i for i, t in enumerate(clause) if t.word.lower() == "nicht"]
    if len(negations) != 1 or any(t.word.lower().startswith("kein") for t in clause):
        return None
    if start > 0 or any(t.pos in _SUBORDINATE for t in clause):
        return None  # a clause after a comma (an infinitive, a subordinate clause): its frame is not read
    finite = [i for i, t in enumerate(clause) if t.pos in _FINITE]
    nicht = negations[0]
    if not finite or finite[0] == 0 or finite[0] > nicht:
        return None  # the negation in the Mittelfeld of a main clause (Verbzweitstellung)
    negated = list(clause[nicht + 1 :])
    while negated and negated[0].word.lower() in _NEGATION_TAIL:
        negated = negated[1:]
    if not negated or negated[0].word.lower() in _ADDITIVE:
        return None
    closing: list[morph.Token] = []
    while negated and negated[-1].pos in _BRACKET:
        closing.insert(0, negated.pop())
    if not negated or any(t.pos.startswith("V") or t.pos == "PTKZU" for t in negated):
        return None  # the negated part is a verb phrase, not one part of the clause
    # The corrected part: after "sondern" up to the next comma (a clause after it stays as written).
    after = tagged[at[0] + 1 :]
    end = next((i for i, t in enumerate(after) if t.word == "," or t.pos == "$."), len(after))
    corrected, rest = list(after[:end]), list(after[end:])
    if not corrected or corrected[0].word.lower() in ("auch", "vielmehr", "eher"):
        return None
    if any(t.pos in _FINITE or t.pos in ("VV(IZU)", "PTKZU") or t.pos in _SUBORDINATE for t in corrected):
        return None  # a clause of its own after "sondern", not a part of the one before
    if closing and any(t.pos in _BRACKET for t in corrected):
        return None  # two verb bracket ends: the parts are not what the tags say
    if _class(negated[0]) is None or _class(negated[0]) != _class(corrected[0]):
        return None  # the two parts are not the same kind of part: what "sondern" replaces is not sure
    if sum(t.pos in ("APPR", "APPRART") for t in negated) > 1 or (
        _class(negated[0]) != "P" and any(t.pos in ("APPR", "APPRART") for t in negated)
    ):
        # "nicht am Montag um 8 Uhr, sondern um 10 Uhr": the negated part holds two parts, and the
        # corrected one replaces only the last; said alone, "am Montag" would go with it.
        return None
    words = [t.word for t in (*clause[:nicht], *corrected, *closing, *rest)]
    out = morph.join(words).strip()
    return out if out.endswith((".", "!")) else out + "."


def contrast(context: RescueContext) -> Rescue | None:
    """The sentence said with its corrected part only ("… über den Nordring geführt")."""
    if context.source.speech or context.source.heading:
        return None
    if any(f.check == "rule.konjunktiv" for f in rule_failures(context.text)):
        return None  # reported speech: what the speaker said is no fact to state
    found = positive_part(context.text)
    if found is None:
        return None
    return Rescue((shorten(context.rewrite(found)),))
