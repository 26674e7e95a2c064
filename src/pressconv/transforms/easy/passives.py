"""More passives in the active: modal passive with agent, participle in the Vorfeld, "sein + zu".

Leichte-Sprache rule books ask for active sentences. Three German passive forms that voice.py does
not cover are rewritten here, each only where every word's role and case is certain:

- modal passive with an agent (Duden grammar, Passiv mit Modalverb): "X muss von Y gerettet
  werden" -> "Y muss X retten"; the modal verb agrees with its new subject.
- the participle in the Vorfeld (German verb-second order lets any constituent open the clause,
  Duden grammar, Vorfeldbesetzung): "Geleitet wird X von Y" is put back in normal order
  "X wird von Y geleitet" for the other repairs; without a subject ("Gefeiert wird am Montag", the
  subjectless passive) the impersonal "man" takes its place.
- "sein + zu + Infinitiv" (Duden grammar, modales Passiv, Gerundiv): "Die Tonne ist an die Straße
  zu stellen" states a duty -> "Man muss die Tonne an die Straße stellen". The same form can mean
  a possibility ("ist von weitem zu sehen"), so negation and verbs of perceiving, reaching and
  getting (where "kann" is the reading) are refused.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.judgement import judged_elsewhere
from pressconv.transforms.easy.voice import (
    _DETERMINERS,
    _accusative,
    _agent,
    _attachments,
    _join,
    _noun_phrase,
    _patient_ok,
    _rival_subject,
    agent_at,
    any_agent,
    coordinated,
    date_commas_only,
)

__all__ = ["gerundive", "modal_active", "vorfeld_participle"]

# Present and past of the modal verbs by number: the new subject decides the form.
_MODALS: Final = {
    "muss": ("muss", "müssen"), "müssen": ("muss", "müssen"), "kann": ("kann", "können"),
    "können": ("kann", "können"), "soll": ("soll", "sollen"), "sollen": ("soll", "sollen"),
    "darf": ("darf", "dürfen"), "dürfen": ("darf", "dürfen"), "musste": ("musste", "mussten"),
    "mussten": ("musste", "mussten"), "konnte": ("konnte", "konnten"), "konnten": ("konnte", "konnten"),
    "durfte": ("durfte", "durften"), "durften": ("durfte", "durften"),
}  # fmt: skip
_STOPS: Final = (",", ":", ";", "–", "(", "„")
_NEGATION: Final = frozenset({"nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals"})
# Adverbs of ease and restriction make "ist … zu" a possibility ("ist gut zu erreichen", "ist nur mit
# Karte zu betreten" = "darf man nur …"): "muss" would state a wrong duty, so they are refused.
_POSSIBILITY_ADVERBS: Final = frozenset(
    {"gut", "leicht", "schwer", "kaum", "einfach", "bequem", "problemlos", "nur", "jederzeit", "auch", "sogar"}
)


def _end_mark(tagged: tuple[morph.Token, ...]) -> str:
    """The sentence's end mark, or a full stop when it has none."""
    return tagged[-1].word if tagged and tagged[-1].pos == "$." else "."


def _body(tagged: tuple[morph.Token, ...]) -> list[morph.Token]:
    """The tagged words without the end mark."""
    # Only the end mark goes; an ordinal's dot ("am 3. Mai") is tagged the same way and stays.
    return list(tagged[:-1]) if tagged and tagged[-1].pos == "$." else list(tagged)


def _subject(body: list[morph.Token], verb: int) -> tuple[list[str], list[str]] | None:
    """(leading adverbs, the subject in the accusative) of a Vorfeld that is the subject.

    A focus adverb may stand before the noun phrase ("Insgesamt zwölf Gäste"); a coordination is one
    subject ("die Mieterinnen und Mieter"). None when the Vorfeld is anything else.
    """
    lead = 0
    while lead < verb and body[lead].pos == "ADV":
        lead += 1
    end = _noun_phrase(tuple(body), lead)
    if end == lead:
        return None
    both = coordinated(tuple(body), lead, end) if end < verb else None
    if both is not None and both[1] == verb:
        patient: list[str] | None = both[0]
    elif end == verb:
        patient = _accusative(tuple(body[lead:verb]))
    else:
        return None
    if patient is None:
        return None
    adverbs = [t.word.lower() for t in body[:lead]]
    if body[lead].pos in ("ART", "ADJ(A)", *_DETERMINERS):
        patient = [patient[0].lower(), *patient[1:]]
    return adverbs, patient


def modal_active(sentence: str) -> str:
    """ "Zwölf Gäste mussten von der Feuerwehr gerettet werden." -> "Die Feuerwehr musste zwölf Gäste retten."

    Only the plain form: one finite modal verb, "Partizip + werden" at the end, one "von"/"durch"
    agent whose nominative and number are certain (voice._agent), the subject in the Vorfeld, no
    comma. The agent becomes the subject, the old subject the object; the rest keeps its order.
    """
    tagged = morph.tag(sentence)
    body = _body(tagged)
    finite = [i for i, t in enumerate(body) if t.pos.endswith("(FIN)")]
    if len(finite) != 1 or any(t.word in _STOPS for t in tagged) or len(body) < 6:
        return sentence
    verb = finite[0]
    forms = _MODALS.get(body[verb].word.lower())
    if forms is None or verb == 0 or body[-1].word != "werden" or body[-2].pos != "VV(PP)":
        return sentence
    last = len(body) - 2
    by = [i for i in range(verb + 1, last) if body[i].word.lower() in ("von", "vom", "durch")]
    if len(by) != 1:
        return sentence
    found = _agent(tuple(body), by[0])
    subject = _subject(body, verb)
    infinitive = body[-2].lemma
    if found is None or subject is None or not re.fullmatch(r"[a-zäöüß]+(?:en|ern|eln)", infinitive or ""):
        return sentence
    agent, after = found
    middle = [*body[verb + 1 : by[0]], *body[after:last]]
    if after > last or _rival_subject(middle) or not _patient_ok(tuple(body[:verb]), body[-2]):
        return sentence
    # The agent's number: an article, "vom" or a name is one agent (voice.active's reading).
    head = body[by[0] + 1]
    singular = head.pos == "ART" or body[by[0]].word.lower() == "vom" or any(t.pos == "NE" for t in body[by[0] + 1 : after])
    adverbs, patient = subject
    words = [*agent, forms[0 if singular else 1], *adverbs, *patient, *[t.word for t in middle], infinitive]
    text = _join(words) + _end_mark(tagged)
    return text[:1].upper() + text[1:]


def vorfeld_participle(sentence: str) -> str:
    """ "Geleitet wird das Projekt von der Bücherei." -> "Das Projekt wird von der Bücherei geleitet.".

    With a subject (the Mittelfeld's first noun phrase in the nominative, not inside a prepositional
    phrase) the participle (and "worden") go back to the clause end and the subject to the Vorfeld,
    for voice.active and impersonal.past_passive to read. Without one (only adverbials follow) the
    subjectless passive becomes "man": present "Gefeiert wird am Montag." -> "Man feiert am Montag.",
    past "Gefeiert wurde im Saal." -> "Man hat im Saal gefeiert.".
    """
    tagged = morph.tag(sentence)
    body = _body(tagged)
    if len(body) < 4 or body[0].pos != "VV(PP)" or any(t.word in _STOPS and t.word != "," for t in tagged):
        return sentence
    if not date_commas_only(body):
        return sentence  # a comma other than a date's may open a clause or a list
    if body[1].word == "werden" and body[2].pos == "VM(FIN)":
        return _modal_vorfeld(tagged, body)
    perfect = body[1].word == "worden"
    verb = 2 if perfect else 1
    finite = body[verb]
    if not finite.pos.endswith("(FIN)") or any(t.pos.endswith("(FIN)") for t in body[verb + 1 :]):
        return sentence
    if finite.lemma != ("sein" if perfect else "werden") or any(t.pos.startswith("V") for t in body[verb + 1 :]):
        return sentence
    participle = body[0].word.lower()
    middle = body[verb + 1 :]
    start = next((i for i, t in enumerate(middle) if t.pos in ("ART", *_DETERMINERS, "NN", "NE", "NNA", "CARD")), None)
    if start is not None and (start == 0 or middle[start - 1].pos not in ("APPR", "APPRART", "APZR")):
        return _with_subject(tagged, body, verb, perfect)
    if any_agent(middle) or judged_elsewhere(body, body[0]):
        return sentence  # an agent would be hidden by "man", or a judgement made anybody's
    if any(t.pos in ("PPER", "PDS", "PIS", "PRF") for t in middle):
        return sentence  # "Gedacht wird ihrer": a pronoun object whose case may change
    rest = [middle[0].word.lower() if middle[0].pos in ("ADV", "ADJ(D)") else middle[0].word]
    rest += [t.word for t in middle[1:]]
    if finite.word.lower() == "wird" and not perfect:
        lemma = body[0].lemma
        present = _present(body[0])
        if present is None or not lemma:
            return sentence
        form, particle = present
        words = ["Man", form, *rest, *([particle] if particle else [])]
    elif finite.word.lower() == "wurde" or (perfect and finite.word.lower() in ("ist", "war")):
        # A subjectless passive's verb is intransitive: a verb of motion takes "sein" in the Perfekt
        # ("Gewandert wurde …" -> "Man ist … gewandert"); morph.participle knows which.
        built = morph.participle(body[0].lemma) if body[0].lemma else None
        if built is None or built[0] != participle:
            return sentence
        words = ["Man", "ist" if built[1] == "sein" else "hat", *rest, participle]
    else:
        return sentence  # a plural verb without a subject is no subjectless passive
    return _join(words) + _end_mark(tagged)


def _with_subject(tagged: tuple[morph.Token, ...], body: list[morph.Token], verb: int, perfect: bool) -> str:
    """The active of "Participle + finite verb + subject + rest": the words keep their order.

    The subject stays where it stands (now as the object), so a prepositional phrase after it keeps
    its attachment ("Gesucht wird ein Mann mit Hut" -> "Man sucht einen Mann mit Hut"); a "von"/"durch"
    agent becomes the subject, else "man" (never for verbs of harm, impersonal.py).
    """
    sentence = _join([t.word for t in tagged])
    finite, middle = body[verb], body[verb + 1 :]
    # Focus adverbs before the subject ("Gezählt werden nur …", "nur", "auch") keep their
    # place before it as the object: their scope stays the same noun phrase.
    lead = 0
    while lead < len(middle) - 1 and middle[lead].pos == "ADV":
        lead += 1
    adverbs, middle = [t.word for t in middle[:lead]], middle[lead:]
    plural = finite.word.lower() in ("werden", "wurden", "sind", "waren")
    if middle[0].pos == "NE":
        return sentence  # a name's case shows nowhere: the roles are unclear
    if middle[0].word.lower() not in ("der", "die", "das", "ein", "eine") and not (
        plural and middle[0].pos in ("NN", "CARD", "ADJ(A)")
    ):
        # Only an article shows the nominative ("den", "dem" would be objects); a bare plural noun
        # ("Gesucht werden Helfer") is the subject the plural verb agrees with.
        return sentence
    end = _noun_phrase(tuple(middle), 0)
    both = coordinated(tuple(middle), 0, end)
    patient = both[0] if both is not None else _accusative(tuple(middle[:end]))
    end = both[1] if both is not None else end
    rest = middle[end:]
    if patient is None or _rival_subject(rest):
        return sentence
    if middle[0].pos in ("ART", *_DETERMINERS):
        patient = [patient[0].lower(), *patient[1:]]
    agents = [i for i in range(len(rest)) if agent_at(rest, i)]
    participle = body[0]
    past = perfect or finite.word.lower() in ("wurde", "wurden")
    if agents:
        found = _agent(tuple(rest), agents[0]) if len(agents) == 1 else None
        if found is None:
            return sentence
        subject, after = found
        singular = (
            rest[agents[0] + 1].pos == "ART"
            or rest[agents[0]].word.lower() == "vom"
            or any(t.pos == "NE" for t in rest[agents[0] + 1 : after])
        )
        rest = [*rest[: agents[0]], *rest[after:]]
    else:
        if not _patient_ok(tuple(middle[:end]), participle) or judged_elsewhere(body, participle):
            return sentence
        subject, singular = ["Man"], True
    words = [t.word for t in rest]
    if past:
        head = [*subject, "hat" if singular else "haben", *adverbs, *patient, *words, participle.word.lower()]
    else:
        present = _present(participle)
        if present is None or not singular:
            return sentence  # a plural agent's present form is left to voice.active
        head = [*subject, present[0], *adverbs, *patient, *words, *([present[1]] if present[1] else [])]
    text = _join(head) + _end_mark(tagged)
    return text[:1].upper() + text[1:]


def _modal_vorfeld(tagged: tuple[morph.Token, ...], body: list[morph.Token]) -> str:
    """ "Eingereicht werden können die Bilder im Rathaus." -> "Man kann die Bilder im Rathaus einreichen."

    The modal passive with its participle in the Vorfeld (German verb-second order, Duden grammar:
    Vorfeldbesetzung) and no agent: "man" and the modal verb open the clause, the subject (the
    Mittelfeld's first free noun phrase, voice._mittelfeld_patient) becomes the object, and the
    participle's infinitive closes it. Anything unsure leaves the sentence as it is.
    """
    from pressconv.transforms.easy.voice import _infinitive, _mittelfeld_patient

    sentence = _join([t.word for t in tagged])
    modal = _MODALS.get(body[2].word.lower())
    middle = body[3:]
    infinitive = _infinitive(body[0])
    if modal is None or infinitive is None or not middle or any(t.pos.startswith("V") for t in middle):
        return sentence
    if any_agent(middle) or not _patient_ok(tuple(middle[:1]), body[0]) or judged_elsewhere(body, body[0]):
        return sentence  # an agent ("man" would hide it) or a verb of harm or with a dative object
    found = _mittelfeld_patient(middle)
    if found is None or not _patient_ok(found[3], body[0]):
        return sentence
    before, patient, after, _ = found
    text = _join(["Man", modal[0], *before, *patient, *after, infinitive]) + _end_mark(tagged)
    return text


def _present(participle: morph.Token) -> tuple[str, str] | None:
    """(present, particle) of a participle that opened the sentence and so carries a capital."""
    from pressconv.transforms.easy.voice import _separable

    return _separable(morph.Token(word=participle.word.lower(), lemma=participle.lemma, pos=participle.pos))


# Verbs whose "ist zu …" reads as a possibility ("ist zu sehen" = "kann man sehen"), not a duty:
# perceiving, finding, reaching, getting, buying, booking (Duden grammar, modales Passiv: both readings).
_POSSIBILITY: Final = re.compile(
    r"(?:sehen|hören|finden|erkennen|erreichen|erleben|bewundern|bestaunen|betrachten|besichtigen|"
    r"entdecken|erwerben|kaufen|buchen|mieten|leihen|haben|bekommen|erhalten|genießen|lesen|"
    r"schauen|verfolgen|nutzen|benutzen|beobachten|spüren|merken|vermeiden|ändern|retten|lösen)$"
)


def gerundive(sentence: str) -> str:
    """ "Die Tonne ist am Vorabend an die Straße zu stellen." -> "Man muss die Tonne am Vorabend an die Straße stellen."

    Only the plain form: subject in the Vorfeld, finite "ist"/"sind" (present only: "war zu" may
    report a past possibility), the zu-infinitive last, no negation, no comma, and a verb that is
    not one of perceiving or getting, where the reading would be "kann".
    """
    tagged = morph.tag(sentence)
    body = _body(tagged)
    finite = [i for i, t in enumerate(body) if t.pos.endswith("(FIN)")]
    if len(finite) != 1 or any(t.word in _STOPS for t in tagged) or len(body) < 4:
        return sentence
    verb = finite[0]
    if body[verb].word.lower() not in ("ist", "sind") or verb == 0:
        return sentence
    if body[-1].pos == "VV(IZU)":
        infinitive = morph_izu(body[-1])
        middle = body[verb + 1 : -1]
    elif body[-1].pos == "VV(INF)" and body[-2].pos == "PTKZU":
        infinitive = body[-1].word
        middle = body[verb + 1 : -2]
    else:
        return sentence
    if infinitive is None or _POSSIBILITY.search(infinitive):
        return sentence
    if infinitive == "lassen" and middle and middle[-1].pos == "VV(INF)":
        # "ist zehn Minuten abkühlen zu lassen": "lassen" takes a bare infinitive (Duden grammar:
        # Verbalkomplex), which stays before it as one verb ("… abkühlen lassen").
        infinitive = f"{middle[-1].word} lassen"
        middle = middle[:-1]
    if morph.takes_sein(infinitive):
        # "sein + zu" says what must be done TO the subject, so its verb takes an object; a verb with
        # "sein" in the Perfekt takes none ("kommen", "gehen"): "sind … ins Gespräch zu kommen" is no
        # gerundive but a piece cut from "sind eingeladen, … zu kommen" (judged: an invented "Man muss").
        return sentence
    if any(
        (t.word.lower() in _POSSIBILITY_ADVERBS and not _grades_adjective(middle, i))
        or t.word.lower() in _NEGATION
        or t.pos.startswith("V")
        for i, t in enumerate(middle)
    ):
        return sentence
    if agent_in(middle):
        return sentence  # "ist von den Eltern zu zahlen": the agent must act, "man" would hide it
    subject = _subject(body, verb) or _attached_subject(body, verb)
    if subject is None or subject[0] or _rival_subject(middle):
        return sentence
    patient = subject[1]
    if body[0].pos == "ART" and body[0].word.lower() == "der":
        from pressconv.transforms.easy.lexicon import feminine_singular

        if feminine_singular(body[max(_noun_phrase(tuple(body), 0), 1) - 1].word):
            return sentence  # "der" before a feminine noun is a dative or genitive, not a subject
    words = ["Man", "muss", *patient, *[t.word for t in middle], infinitive]
    return _join(words) + _end_mark(tagged)


def _attached_subject(body: list[morph.Token], verb: int) -> tuple[list[str], list[str]] | None:
    """([], the subject in the accusative) of a Vorfeld that is a noun phrase with the prepositional
    phrases it carries ("Der Eigenanteil von der Stadt"): the Vorfeld is one constituent (German
    verb-second order), so they belong to the noun and move with it."""
    head_end = _noun_phrase(tuple(body), 0)
    if not 0 < head_end < verb or not _attachments(tuple(body), head_end, verb):
        return None
    patient = _accusative(tuple(body[:head_end]))
    if patient is None:
        return None
    if body[0].pos in ("ART", "ADJ(A)", *_DETERMINERS):
        patient = [patient[0].lower(), *patient[1:]]
    return [], [*patient, *[t.word for t in body[head_end:verb]]]


def _grades_adjective(tokens: list[morph.Token], index: int) -> bool:
    """ "gut sichtbar", "leicht erreichbar": the adverb grades the adjective right after it, not the
    ease of the action (Duden grammar: Gradpartikel/Adjektivattribut), so it says nothing of "kann"."""
    return (
        tokens[index].word.lower() in ("gut", "leicht", "schwer", "einfach")
        and index + 1 < len(tokens)
        and tokens[index + 1].pos == "ADJ(D)"
    )


def morph_izu(token: morph.Token) -> str | None:
    """ "bereitzustellen" -> "bereitstellen": the "zu" between particle and verb goes (lemma check)."""
    plain = re.sub(r"^(\w+?)zu(\w+)$", r"\1\2", token.word)
    return plain if plain == token.lemma else None


# The agent of "sein + zu" ("ist von den Eltern zu zahlen"): "man" would hide who must act.
_AGENTS: Final = frozenset({"von", "vom", "durch", "seitens"})


def agent_in(tokens: list[morph.Token]) -> bool:
    """A "von"/"durch" that may name an agent; "von" before a number is an amount ("Kaution von 500 Euro")."""
    return any(
        t.word.lower() in _AGENTS and not (t.word == "von" and i + 1 < len(tokens) and tokens[i + 1].pos == "CARD")
        for i, t in enumerate(tokens)
    )
