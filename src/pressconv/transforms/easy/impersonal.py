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
from pressconv.transforms.easy.judgement import judged_elsewhere
from pressconv.transforms.easy.voice import (
    _accusative,
    _attachments,
    _join,
    _noun_phrase,
    _patient_ok,
    _rival_subject,
    agent_at,
    commas_ok,
    coordinated,
    free_start,
    listed_subject,
    money_span,
)

__all__ = ["past_passive"]

# An adverbial Vorfeld (German verb-second order): a prepositional phrase, an adverb or an adverbial adjective.
_ADVERBIAL_START: Final = ("APPR", "APPRART", "ADV", "ADJ(D)")
_AGENT_WORDS: Final = ("von", "vom", "durch", "seitens")


def _first_participle(body: list[morph.Token], verb: int, end: int) -> int | None:
    """Where the chain of coordinated participles that ends at ``end`` begins (``end`` itself if none).

    German coordinates the participles of one passive ("wurden gereinigt und verpackt", Duden
    grammar: Koordination), each with its adverbs and prepositional phrases; a noun phrase of its own
    between them would be a second subject ("A wurde gereinigt und B geräumt"): None.
    """
    first = next((i for i in range(verb + 1, end) if body[i].pos == "VV(PP)"), end)
    index = first
    while index < end:
        token = body[index]
        if token.pos in ("APPR", "APPRART"):
            after = _noun_phrase(tuple(body), index + 1)
            if after == index + 1:
                return None
            index = after
        elif token.pos in ("VV(PP)", "ADV", "ADJ(D)") or token.word in ("und", "oder"):
            index += 1
        else:
            return None
    chain = body[first : end + 1]
    if (first != end) != any(t.word in ("und", "oder") for t in chain):
        return None
    return first


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
    if len(finite) != 1 or any(t.word in (":", ";", "–", "(", "„") for t in tagged) or len(body) < 3:
        return sentence
    verb = finite[0]
    if not commas_ok(body, verb):
        return sentence  # a comma other than a date's or a list's may open a clause: roles unsure
    aux = body[verb].word.lower()
    # The Plusquamperfekt "war … gesperrt worden" reports the same past event; Leichte Sprache tells
    # every past event in the Perfekt (Netzwerk Leichte Sprache), so it takes "hat" as well.
    perfect = aux in ("ist", "sind", "war", "waren") and body[-1].word == "worden"
    if verb == 0 or not (aux in ("wurde", "wurden") or perfect):
        return sentence
    end = len(body) - (2 if perfect else 1)
    if end <= verb or body[end].pos != "VV(PP)":
        return sentence
    if agent_at(body, 0) or any(agent_at(body, i) for i in range(verb + 1, end)):
        return sentence  # an agent names who acted: "man" would hide it (voice.active's case)
    if money_span(body):
        return sentence  # a price change or a fine: money.py's rescue says it plainer
    first_verb = _first_participle(body, verb, end)
    if first_verb is None or judged_elsewhere(body, body[end]):
        return sentence
    # Coordinated participles ("gereinigt und verpackt") stand at the end in the Perfekt as they
    # did in the passive: the whole chain closes the clause unchanged.
    participles = [t for t in body[first_verb : end + 1] if t.pos == "VV(PP)"]
    if any(not _patient_ok((), t) for t in participles):
        return sentence
    if any(t.word.lower() == "geboren" for t in participles):
        # "X wurde 1973 geboren" tells a birth date (Duden: "geboren werden" has no agent who acts);
        # "Man hat X geboren" would state that someone bore the person (wrongs18).
        return sentence
    closing = [t.word for t in body[first_verb : end + 1]]
    end = first_verb
    middle = body[verb + 1 : end]
    head_end = _noun_phrase(tuple(body), 0)
    words: list[str]
    both = coordinated(tuple(body), 0, head_end) if 0 < head_end < verb else None
    listed = listed_subject(body, verb) if 0 < head_end < verb else None
    if listed is not None and (both is None or both[1] != verb):
        # A list of noun phrases is the subject ("Tische, Stühle und Bänke wurden … aufgestellt").
        if not _patient_ok(tuple(body[:head_end]), body[end]) or _rival_subject(list(middle)):
            return sentence
        words = ["Man", "hat", *listed, *[t.word for t in middle]]
    elif (
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
        start = free_start(list(middle))
        if start is None:
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
    text = _join([*words, *closing]) + end_mark
    return re.sub(r"^\w", lambda m: m.group(0).upper(), text)
