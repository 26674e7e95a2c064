"""An agentless passive lead said in the active with "man": the verb, the patient and the bracket it takes.

Officialese states its news in the agentless passive ("Ab Montag werden Anträge nur noch nach Termin
bearbeitet", "Die Kreisstraße wird zwischen A und B erneuert"). Leichte-Sprache rule books ask for
active sentences; the impersonal "man" (Duden grammar: "man" as the agent of a Passiversatz) says the
same without naming anyone the source does not name, as voice.present_passive and
impersonal.past_passive do for short sentences. The lead core (leadcore.py) has read the clause into
subject, verb, Mittelfeld and right bracket; this module turns those parts around:

- present passive "wird/werden + Partizip" -> the present of the verb ("man bearbeitet"), its
  separable particle in the bracket ("man stellt … um");
- past passive "wurde + Partizip" and "ist … Partizip worden" -> the Perfekt "man hat … Partizip";
- modal passive "muss/kann/darf … Partizip werden" -> "man muss/kann/darf … Infinitiv".

Refused (omission over error): an agent ("von", "durch", "seitens": voice.active names it, "man"
would hide it), a verb of harm or a dative verb (patients.py: "man hat … verletzt" claims someone did
it), a verb of judging or estimating (judgement.py: "man" would make an opinion a fact), "soll"
(a plan or a hearsay report; "man soll" would read as a duty), the future passive, a patient whose
accusative the words do not show (voice._accusative).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.judgement import judged_elsewhere
from pressconv.transforms.easy.passives import modal_active
from pressconv.transforms.easy.patients import patient_ok
from pressconv.transforms.easy.voice import _accusative, _separable, active, agent_at

__all__ = ["Active", "agentive", "impersonal"]

# The modal verbs whose passive "man" says plainly (a duty, a possibility, a permission), by the form
# a singular subject takes. "sollen" is missing on purpose: it is a plan or a hearsay report.
_MODALS: Final = {
    "muss": "muss", "müssen": "muss", "kann": "kann", "können": "kann", "darf": "darf", "dürfen": "darf",
}  # fmt: skip
# The auxiliaries of the past passive: Präteritum "wurde", Perfekt "ist … worden".
_PAST: Final = frozenset({"wurde", "wurden", "ist", "sind"})
# "geboren werden" names a birth, not a deed (Duden: "gebären" in the passive is the biography's
# fixed phrase): "man hat X geboren" would be absurd.
_NO_DOER: Final = frozenset({"gebären"})
_INFINITIVE: Final = re.compile(r"[a-zäöüß]+(?:en|ern|eln)")


@dataclass(frozen=True, slots=True)
class Active:
    """The active clause's parts: finite verb, the patient as an accusative object, the right bracket."""

    verb: str
    patient: tuple[str, ...]
    bracket: tuple[str, ...]
    perfect: bool  # "man hat … gesperrt": a past event


def _agent(tokens: Sequence[morph.Token]) -> bool:
    """A "von", "vom", "durch" or "seitens" that may name who acts (voice.agent_at)."""
    return any(agent_at(tuple(tokens), i) for i in range(len(tokens)))


def impersonal(
    patient: Sequence[morph.Token],
    verb: morph.Token,
    bracket: Sequence[morph.Token],
    clause: Sequence[morph.Token],
    *,
    agentless: bool = False,
) -> Active | None:
    """The active with "man" of a passive whose subject is ``patient``; None when it is no plain agentless passive.

    ``clause`` is the main clause after the finite verb, which must hold no agent and no judging
    verb's attribution; ``agentless`` says that the source sentence holds no agent word at all.
    """
    words = [t.word for t in bracket]
    if not bracket or bracket[0].pos != "VV(PP)" or (not agentless and _agent(clause)):
        return None
    participle = bracket[0]
    if participle.lemma in _NO_DOER:
        return None
    if not patient_ok(tuple(patient), participle) or judged_elsewhere(tuple(clause), participle):
        return None
    accusative = _accusative(tuple(patient))
    if accusative is None:
        return None
    if patient and patient[0].pos not in ("NN", "NE", "FM", "XY", "NNA"):
        # Out of the Vorfeld, only a noun or a name keeps its capital ("Zwei Personen" -> "zwei Personen").
        accusative = [accusative[0].lower(), *accusative[1:]]
    found: tuple[str, tuple[str, ...], bool] | None = None
    lowered = verb.word.lower()
    if lowered in ("wird", "werden") and words == [participle.word]:
        split = _separable(participle)
        if split is not None:
            found = (split[0], (split[1],) if split[1] else (), False)
    elif words == [participle.word, *(("worden",) if lowered in ("ist", "sind") else ())] and lowered in _PAST:
        found = ("hat", (participle.word,), True)  # "wurde … gesperrt", "ist … gesperrt worden"
    elif lowered in _MODALS and words == [participle.word, "werden"] and _INFINITIVE.fullmatch(participle.lemma or ""):
        found = (_MODALS[lowered], (participle.lemma,), False)
    if found is None:
        return None
    return Active(found[0], tuple(accusative), found[1], found[2])


def agentive(patient: Sequence[str], verb: str, agent: Sequence[str], bracket: Sequence[str]) -> str | None:
    """The passive's bare clause "patient verb agent bracket" in the active with its agent as the subject, or None.

    "Das Endergebnis wird vom Wahlausschuss festgestellt" -> "Der Wahlausschuss stellt das Endergebnis
    fest": the lead core takes every other phrase off first, so the voice repairs (voice.active,
    passives.modal_active), which read one short clause, can name the agent with its case and number.
    """
    clause = morph.join([*patient, verb, *agent, *bracket]) + "."
    clause = clause[:1].upper() + clause[1:]
    said = modal_active(active(clause))
    return None if said == clause else said
