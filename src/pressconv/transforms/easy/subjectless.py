"""The subjectless passive in the impersonal active: "Mit X wird gerechnet." -> "Mit X rechnet man.".

German forms a passive of verbs without an accusative object too (the impersonal or subjectless
passive, Duden grammar: "unpersönliches Passiv"): "Mit X wird gerechnet", "Über X wird entschieden",
"Es wird um Anmeldung gebeten", "Mit dem Bau wurde begonnen". It has no subject to move, so the
impersonal active with "man" (Duden grammar: "man" as the agent of a Passiversatz) takes the
empty subject's place and every other word keeps its place: the adverbial Vorfeld stays first
(verb-second order), "man" follows the verb, negation and times stay where they were. The
expletive "Es" of the passive goes, and "man" opens the clause.

The verb is conjugated by the morphology the other voice repairs use: the present's third person
singular from HanTa's lemma (voice._separable: weak verbs by rule, strong verbs only from the
German table of present.py, the separable particle at the clause's end); the past as the Perfekt
"hat man … <participle>", refused for verbs whose Perfekt takes "sein". Refused: a subject anywhere
(that is present_passive's and impersonal.past_passive's case), an agent, a reflexive, a comma,
a second verb, a judgement or estimate (judgement.py: "man" would credit it to anybody).
"""

from __future__ import annotations

from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.judgement import judged_elsewhere
from pressconv.transforms.easy.spanedit import one_clause
from pressconv.transforms.easy.voice import _free_nominal, _separable, agent_at, never_subjects

__all__ = ["subjectless_passive"]

_STOPS: Final = (",", ":", ";", "–", "(", "„", '"')
# An adverbial Vorfeld (prepositional phrase, adverb, adverbial adjective), kept first by verb-second order.
_ADVERBIAL: Final = ("APPR", "APPRART", "ADV", "ADJ(D)")


def subjectless_passive(sentence: str) -> str:
    """ "Über den Antrag wird im Mai entschieden." -> "Über den Antrag entscheidet man im Mai." (or unchanged)."""
    clause = one_clause(sentence, min_tokens=3, stop=lambda t: t.word in _STOPS)
    if clause is None:
        return sentence
    tagged, spans, body = clause.tagged, clause.spans, clause.body
    verb = clause.verb
    last = len(body) - 1
    aux = body[verb].word.lower()
    if aux not in ("wird", "wurde") or verb == 0 or body[last].pos != "VV(PP)":
        return sentence  # the impersonal passive is always third person singular
    if any(t.pos.startswith("V") for t in body[verb + 1 : last]) or any(t.pos.startswith("V") for t in body[:verb]):
        return sentence
    if any(agent_at(body, i) for i in range(len(body))) or any(t.word.lower() == "sich" for t in body):
        return sentence
    # "Es" in the Vorfeld may be the expletive or a pronoun subject ("Es wird am Montag repariert":
    # the thing is repaired), and "man" would lose that thing. Only the request formula of appeals,
    # "Es wird um … gebeten" (bitten takes a person, never a thing, as its object), is sure.
    expletive = verb == 1 and body[0].word == "Es"
    if expletive and not (body[last].lemma == "bitten" and body[verb + 1].word == "um"):
        return sentence
    if not expletive and (body[0].pos not in _ADVERBIAL or _free_nominal(never_subjects(body[:verb]))):
        return sentence
    if _free_nominal(never_subjects(body[verb + 1 : last])):
        return sentence  # a subject after all: the personal passive, not this module's
    participle = body[last]
    if judged_elsewhere(body, participle):
        return sentence
    if aux == "wird":
        split = _separable(participle)
        if split is None:
            return sentence
        finite_form, closing = split[0], split[1]
    else:
        if not participle.lemma or participle.lemma == participle.word or morph.takes_sein(participle.lemma):
            return sentence  # no sure infinitive, or a Perfekt with "sein"
        finite_form, closing = "hat", sentence[spans[last][0] : spans[last][1]]
    middle = sentence[spans[verb + 1][0] : spans[last - 1][1]] if last > verb + 1 else ""
    end = sentence[spans[-1][0] :] if tagged[-1].pos == "$." else "."
    if expletive:
        words = ["Man", finite_form, middle, closing]
    else:
        words = [sentence[: spans[verb - 1][1]], finite_form, "man", middle, closing]
    return " ".join(w for w in words if w) + end
