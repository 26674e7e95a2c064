"""Safe cuts of a lead sentence before its main clause is taken: an apposition, a company's seat, a second main clause.

Each cut leaves out words German grammar marks as describing or adding, never as limiting, so the
sentence says less and nothing false (omission over error):

- a loose apposition after the subject ("Die Firma X, ein Hersteller von Pumpen, hat …"): set off by
  commas and opened by an indefinite article, it describes a referent the name already fixes
  (Duden grammar: lockere Apposition, non-restrictive);
- a company's seat after its name ("Die X GmbH mit Sitz in Y"): the register's attribute of a name,
  which picks out the company by itself;
- the second of two main clauses joined by "und" with one subject ("X stellt … um und bündelt …") or
  by a comma ("X hat sich verbessert, von Y kann keine Rede sein"): each conjunct is a statement of
  its own (coordination of main clauses), the first is as true without the second.

Every result still passes through the lead's cut (leads.lead_main) and the verifier.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["first_statement", "simpler"]

_FINITE: Final = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
# "mit Sitz in Y" / "mit Hauptsitz in Y" / "mit Sitz im Landkreis Y": the seat of a named company.
_NAME: Final = r"[A-ZÄÖÜ][\w.\-/]*(?: [A-ZÄÖÜ][\w.\-/]*){0,2}"
_SEAT: Final = re.compile(rf"(?<=[\wäöüß.)]) mit (?:Haupt|Firmen)?[sS]itz (?:in|im) {_NAME}(?=\s[a-zäöüß]|,)")
# A loose apposition after the sentence's first noun phrase: ", ein … ," / ", eine … ,".
_APPOSITION: Final = re.compile(r"^(?P<head>[^,]{3,80}?), (?:ein|eine|einer|eines|einem) [^,]{3,160}?, (?=[a-zäöüß])")
# Tags of a word that opens a subordinate or relative clause, or a coordinated phrase, after a comma.
_OPENERS: Final = ("KOUS", "KOUI", "KON", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT")
# Verbs of deciding and examining leave the clause before the comma open (it is yet to be decided).
_DECIDING: Final = frozenset(
    [
        "entscheiden",
        "beschließen",
        "prüfen",
        "beraten",
        "abstimmen",
        "klären",
        "ermitteln",
        "untersuchen",
        "annehmen",
        "ausgehen",
    ]
)
# Verbs of saying, thinking and reporting take the clause after the comma as their object (Duden:
# abhängige Rede without "dass"): never a second statement of its own.
_SAYING: Final = frozenset(
    [
        "sagen", "erklären", "betonen", "mitteilen", "berichten", "meinen", "glauben", "denken", "finden",
        "schreiben", "teilen", "versichern", "warnen", "hoffen", "fürchten", "befürchten", "vermuten",
        "wissen", "ankündigen", "kündigen", "behaupten", "vermelden", "melden", "bestätigen", "hinweisen",
    ]
)  # fmt: skip
# A word that, after a comma, opens a subordinate clause, an infinitive or a list item: no main clause.
_SUBORDINATE: Final = re.compile(
    r"^(?:dass|ob|wenn|weil|da|als|wie|wo|wobei|womit|während|nachdem|bevor|sodass|damit|um|ohne|statt|"
    r"obwohl|obgleich|wenngleich|falls|sofern|solange|seit|seitdem|bis|indem|sobald|soweit|zumal|je|"
    r"der|die|das|dem|den|denen|deren|dessen|welche\w*|und|oder|sowie|aber|sondern|denn|etwa|z\.)\b",
    re.IGNORECASE,
)


def simpler(text: str) -> str:
    """``text`` without a loose apposition after its subject and without a company's seat after a name."""
    text = _SEAT.sub("", text)
    found = _APPOSITION.match(text)
    if found is not None:
        head = morph.tag(found["head"])
        # The apposition follows the subject in the Vorfeld: a noun phrase with no verb of its own.
        if head and head[0].pos in ("ART", "NE", "NN") and not any(t.pos.startswith("V") for t in head):
            rest = text[found.end() :]
            tagged = morph.tag(rest)
            if tagged and tagged[0].pos in _FINITE:
                text = f"{found['head']} {rest}"
    return text


def _conjunct_end(tagged: Sequence[morph.Token]) -> int | None:
    """Index of the "und" or comma that ends the first of two main clauses, else None.

    German coordination: after "und", a finite verb right away continues the same subject
    ("X stellt … um und bündelt …"); after a comma, a phrase and then a finite verb opens a new
    main clause (verb second). The first clause must be complete: its finite verb before the cut.
    """
    verbs = [i for i, t in enumerate(tagged) if t.pos in _FINITE]
    if len(verbs) != 2 or verbs[0] == 0:
        return None
    second = verbs[1]
    if tagged[verbs[0]].lemma in _SAYING or tagged[verbs[0] + 1].word in (",", "und"):
        return None  # "Er sagte, seine Firma habe …": the second clause is what the first one says
    before = tagged[second - 1]
    if before.word == "und" and before.pos == "KON":
        # "stellt … um und bündelt": the first verb's particle or object closes the first clause.
        return second - 1
    commas = [i for i in range(verbs[0] + 1, second) if tagged[i].word == ","]
    if len(commas) != 1 or second - commas[0] < 2:
        return None
    after = " ".join(t.word for t in tagged[commas[0] + 1 : second])
    opener = tagged[commas[0] + 1]
    verbal = any(t.pos.startswith("V") for t in tagged[commas[0] + 1 : second])
    if opener.pos in _OPENERS or _SUBORDINATE.match(after) or verbal:
        return None
    # After a comma the second main clause may comment on the first rather than add to it: it
    # hedges ("…, so vermutet die Polizei"), defers ("…, darüber entscheidet der Stadtrat im Juli")
    # or reports it ("…, das teilte die Stadt mit"). Its Vorfeld then points back (an adverb, a
    # pronominal adverb, a demonstrative) or its verb is one of saying, thinking or deciding; the
    # first clause alone would state as fact what the second only supposes or leaves open. Only a
    # second clause that opens with a phrase of its own (a preposition, an article, a name) and
    # states something else is cut off.
    second_verb = tagged[second].lemma.lower()
    if opener.pos not in ("APPR", "APPRART", "ART", "NE", "NN") or second_verb in _SAYING | _DECIDING:
        return None
    return commas[0]


def first_statement(text: str) -> str | None:
    """The first of two coordinated main clauses as a sentence of its own, or None if there are not two."""
    tagged = morph.tag(text)
    if not tagged or tagged[-1].word not in (".", "!"):
        return None
    end = _conjunct_end(tagged)
    if end is None:
        return None
    words = [t.word for t in tagged[:end]]
    out = " ".join(words)
    out = re.sub(r"\s+([,.;:!?)“])", r"\1", out)
    out = re.sub(r"([(„])\s+", r"\1", out)
    return out + "."
