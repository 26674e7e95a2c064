"""Agentless past passive in the impersonal active: "Die Straße wurde gesperrt." -> "Man hat die Straße gesperrt.".

Leichte-Sprache rule books ask for active sentences and the Perfekt for past events. A past passive
without an agent (Präteritum "wurde … gesperrt" or Perfekt "ist … gesperrt worden") says that
something was done by nobody in particular; the impersonal active with "man" (Duden grammar: "man"
as the agent of a Passiversatz) says the same without naming anyone the source does not name. A
passive's verb is transitive, so the auxiliary is "hat" and the participle stays as it is. The old
subject becomes the accusative object; where its case form is not certain, nothing is changed.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.patients import patient_ok as _patient_ok
from pressconv.transforms.easy.voice import (
    _DETERMINERS,
    _accusative,
    _attachments,
    _join,
    _noun_phrase,
    _rival_subject,
    coordinated,
)

__all__ = ["past_passive"]

# An adverbial Vorfeld (German verb-second order): a prepositional phrase, an adverb or an adverbial adjective.
_ADVERBIAL_START: Final = ("APPR", "APPRART", "ADV", "ADJ(D)")
_AGENT_WORDS: Final = ("von", "vom", "durch", "seitens")


def past_passive(sentence: str) -> str:
    """ "Am Abend wurde der Eingang gesperrt." -> "Am Abend hat man den Eingang gesperrt."; else unchanged.

    Only the plain form: one finite verb ("wurde"/"wurden", or "ist"/"sind" with "worden" last), the
    participle at the clause end, no comma or colon, no "von"/"durch" agent (that is
    ``voice.active``'s case), and a subject that is either the Vorfeld (with prepositional phrases
    attached to it) or the first noun phrase after the verb behind an adverbial Vorfeld. A dative or
    a second noun phrase that could be the subject makes the roles uncertain: nothing is changed.
    Negation and scope words (nicht, kein, nur, auch) keep their place.
    """
    tagged = morph.tag(sentence)
    body = list(tagged[:-1]) if tagged and tagged[-1].pos == "$." else list(tagged)
    finite = [i for i, t in enumerate(body) if t.pos.endswith("(FIN)")]
    if len(finite) != 1 or any(t.word in (",", ":", ";", "–", "(", "„") for t in tagged) or len(body) < 3:
        return sentence
    verb = finite[0]
    aux = body[verb].word.lower()
    perfect = aux in ("ist", "sind") and body[-1].word == "worden"
    if verb == 0 or not (aux in ("wurde", "wurden") or perfect):
        return sentence
    end = len(body) - (2 if perfect else 1)
    if end <= verb or body[end].pos != "VV(PP)":
        return sentence
    if any(t.word.lower() in _AGENT_WORDS for t in body[verb + 1 : end]):
        return sentence  # an agent names who acted: "man" would hide it (voice.active's case)
    participle = body[end].word
    middle = body[verb + 1 : end]
    head_end = _noun_phrase(tuple(body), 0)
    words: list[str]
    both = coordinated(tuple(body), 0, head_end) if 0 < head_end < verb else None
    if (
        both is not None
        and both[1] == verb
        and _patient_ok(tuple(body[:head_end]), body[end])
        and not _rival_subject(list(middle))
    ):
        # "Die Rettung und die Bergung wurden eingeleitet": the coordinated subject becomes the object.
        joint = both[0]
        first = joint[0].lower() if body[0].pos in ("ART", "ADJ(A)", "PIAT", "PIDAT", "PDAT", "PPOSAT") else joint[0]
        words = ["Man", "hat", first, *joint[1:], *[t.word for t in middle]]
    elif head_end > 0 and _attachments(tuple(body), head_end, verb):
        # The Vorfeld is the subject, with prepositional phrases attached ("Der Halter vom Auto").
        subject = _accusative(tuple(body[:head_end]))
        if subject is None or not _patient_ok(tuple(body[:head_end]), body[end]) or _rival_subject(list(middle)):
            return sentence
        object_ = [*subject, *[t.word for t in body[head_end:verb]]]
        # An article or adjective is written small mid-sentence; a noun or name keeps its capital.
        first = object_[0].lower() if body[0].pos in ("ART", "ADJ(A)", "PIAT", "PIDAT", "PDAT", "PPOSAT") else object_[0]
        words = ["Man", "hat", first, *object_[1:], *[t.word for t in middle]]
    elif body[0].pos in _ADVERBIAL_START:
        # A determiner opens the subject as an article does ("kein Rauch" -> "keinen Rauch").
        start = next((i for i, t in enumerate(middle) if t.pos in ("ART", *_DETERMINERS, "NN", "NE", "NNA", "ADJ(A)")), None)
        if start is None or (start > 0 and middle[start - 1].pos in ("APPR", "APPRART")):
            return sentence
        if any(t.pos in ("NN", "NE", "NNA", "PPER", "PDS", "PIS") for t in middle[:start]):
            return sentence
        stop = _noun_phrase(tuple(middle), start)
        phrase = tuple(middle[start:stop])
        patient = _accusative(phrase)
        both = coordinated(tuple(middle), start, stop)
        if both is not None and patient is not None:
            patient, stop = both  # "wurde die Rettung und Bergung eingeleitet": both are the object
        if patient is None or not _patient_ok(phrase, body[end]) or _rival_subject(list(middle[stop:])):
            return sentence
        vorfeld = [t.word for t in body[:verb]]
        words = [*vorfeld, "hat", "man", *[t.word for t in middle[:start]], *patient, *[t.word for t in middle[stop:]]]
    else:
        return sentence  # a pronoun or expletive in the Vorfeld ("Es wurde …"): no subject to move
    end_mark = tagged[-1].word if tagged[-1].pos == "$." else "."
    text = _join([*words, participle]) + end_mark
    return re.sub(r"^\w", lambda m: m.group(0).upper(), text)
