"""List sentences the list rescuer (lists.py) cannot say as written: a list after a colon, a list under a passive.

Leichte Sprache writes an enumeration as a short lead-in and one item a line (Netzwerk Leichte
Sprache, rule "Aufzählungen"). Two shapes of a press release's enumeration need more than cutting
the sentence before its first item:

- A colon list ("Das Netz besteht aus 3 Teilen: der Plattform, den Kursen und den Boxen."): the
  clause before the colon is the lead-in as it stands, the phrases after it are the items.
- A passive lead-in ("Gestohlen wurden unter anderem:"): Leichte Sprache asks for the active (rule
  book: "Vermeiden Sie Passiv"). The active needs the agent; only where the release names it
  without doubt is the lead-in turned ("Die Täter haben unter anderem gestohlen:"); else the whole
  rescue is refused, since a guessed agent is a wrong statement.

Whatever the shape, the list stays whole (a cut list can make the rest false), an "oder" list is
refused (one of the items, not all of them), and a qualifier of the list ("unter anderem", "zum
Beispiel", "vor allem") stays in the lead-in, which the verifier checks like every other sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.lists import (
    Enumeration,
    _clause_free,
    _clause_words_after,
    _fresh_np,
    _last_split,
    _pair_und,
    _segments,
    enumeration,
)
from pressconv.transforms.easy.rescue import Rescue, RescueContext

__all__ = [
    "active_intro",
    "colon_list",
    "conjunct_list",
    "enumeration_rescue",
    "fronted_list",
    "perfect_intro",
    "release_agent",
]

# Limits as in lists.py: an item is a noun phrase, a lead-in a short sentence, a list at most eight lines.
_ITEM_WORDS_MAX: Final = 8
_INTRO_WORDS_MAX: Final = 10
_ITEMS_MAX: Final = 8
# After a colon two items are already a list: the colon announces it (Duden: Doppelpunkt vor Aufzählungen).
_COLON_ITEMS_MIN: Final = 2
# Tags that open a clause of its own (STTS): a subordinating conjunction, a relative or question word.
_CLAUSE_OPENERS: Final = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT"})
# Marks that make the sentence's structure unsure: another clause after a semicolon, an insertion in
# brackets or dashes, a question or a call.
_UNSURE: Final = re.compile(r"[;()\[\]?!–—]|\s-\s")

# The police report's convention for the unknown perpetrator (Polizei-Pressestellen: "der Täter",
# "die Täter", "Unbekannte"): the noun names the one who did the deed the report is about.
_AGENT_NOUNS: Final = frozenset(
    {
        "täter",
        "täterin",
        "täterinnen",
        "einbrecher",
        "einbrecherin",
        "einbrecherinnen",
        "dieb",
        "diebe",
        "diebin",
        "diebinnen",
        "räuber",
        "räuberin",
        "räuberinnen",
        "unbekannte",
    }
)
# The verbs of taking whose agent is that perpetrator (the loot of a theft, a burglary, a robbery),
# with the plain participle Leichte Sprache uses for them: "entwenden" and "erbeuten" are "stehlen".
_TAKING: Final = {
    "gestohlen": "gestohlen",
    "entwendet": "gestohlen",
    "erbeutet": "gestohlen",
    "geraubt": "geraubt",
    "mitgenommen": "mitgenommen",
}
# Präteritum forms of the passive auxiliary; the active Perfekt says the same time (Leichte Sprache:
# Perfekt instead of Präteritum).
_PAST_WERDEN: Final = frozenset({"wurde", "wurden"})


def _items_plain(items: Sequence[str]) -> bool:
    """Every item is one short noun phrase: no clause, no second phrase of its own, at most eight words."""
    for item in items:
        words = item.split()
        if not words or len(words) > _ITEM_WORDS_MAX:
            return False
        tokens = [t for t in morph.tag(item) if not t.pos.startswith("$")]
        if not tokens or not _clause_free(tokens):
            return False
        if any(_fresh_np(tokens, i) for i in range(1, len(tokens))):
            return False
    return True


def colon_list(text: str) -> Enumeration | None:
    """A main clause, a colon and a coordinated list of noun phrases, or None when unsure.

    The clause before the colon announces the list (Duden: Doppelpunkt vor einer Aufzählung) and
    is a sentence of its own: a finite verb, no subordinate clause, no comma. After the colon stand
    only the items, split at their commas and the one coordinator before the last item.
    """
    sentence = text.strip()
    if not sentence.endswith(".") or _UNSURE.search(sentence) or sentence.count(": ") != 1 or sentence.count(":") != 1:
        return None
    if sentence.count("„") != sentence.count("“") or '"' in sentence:
        return None  # a quotation's words are the speaker's, never cut into a list
    head, body = (part.strip() for part in sentence[:-1].split(": "))
    if not head or not body or "," in head or len(head.split()) > _INTRO_WORDS_MAX:
        return None
    tagged = [t for t in morph.tag(head) if not t.pos.startswith("$")]
    verb = next((i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")), None)
    if verb is None or verb == 0 or any(t.pos in _CLAUSE_OPENERS for t in tagged[: verb + 1]):
        return None  # no main clause with its verb in second place (Duden: Verbzweitsatz)
    segments = _segments(body)
    split = _last_split(segments[-1])
    if split is None:
        return None
    before, conjunction, after = split
    if not before or not after:
        return None
    for middle in segments[:-1]:
        # A coordinator inside an earlier item may join two lists ("A und B, C und D"): unsure.
        if any(not _pair_und(middle, m.start()) for m in re.finditer(r"\b(?:und|oder|sowie)\b", middle)):
            return None
    items = (*segments[:-1], before, after)
    if not _COLON_ITEMS_MIN <= len(items) <= _ITEMS_MAX or not _items_plain(items) or not _one_reading(items):
        return None
    if _clause_words_after(items[-1], items[:-1]):
        return None  # words after the last noun may be said of every item ("…, C nicht mehr")
    return Enumeration(intro=f"{head}:", items=items, conjunction=conjunction)


# A date set off by commas after its weekday (DIN 5008: "am Montag, 4. Mai 2026, …").
_DATE_APPOSITION: Final = re.compile(r",\s*\d{1,2}\.\s+[A-ZÄÖÜ][a-zäöü]+(?:\s+\d{4})?\s*,?")
# The copulas of a state (Duden grammar: Kopulaverben): "A, B und C sind geschlossen / bleiben verboten".
_COPULAS: Final = frozenset({"sein", "bleiben"})


def _plain_statement(text: str) -> tuple[str, list[morph.Token], list[tuple[int, int]]] | None:
    """A statement without colon, quotation or doubt, tagged with each token's place; or None.

    Both the fronted and the conjunct list read such a sentence whole; a colon is the colon list's
    shape, a quotation's words are the speaker's, and a doubt ("vermutlich") is never listed.
    """
    sentence = text.strip()
    if not sentence.endswith(".") or _UNSURE.search(sentence) or ":" in sentence or "„" in sentence or '"' in sentence:
        return None
    body = sentence[:-1].strip()
    tagged = list(morph.tag(body))
    spans = morph.spans(body, [t.word for t in tagged])
    if not tagged or spans is None:
        return None
    return body, tagged, spans


def fronted_list(text: str) -> Enumeration | None:
    """A list that is the subject before the verb of a state, turned so that its predicate leads in, or None.

    "Hallenbad, Sauna und Eishalle bleiben am Montag geschlossen." names the items first; a
    Leichte-Sprache list comes after its lead-in, so the predicate moves to the front, where German
    verb second allows it (Duden grammar, Vorfeld): "Geschlossen bleiben am Montag:". Only a copula
    with an adjective or participle closes such a clause; "werden" would make it a passive, and a
    negation anywhere but right before the predicate could change its scope, so both are refused.
    """
    read = _plain_statement(text)
    if read is None:
        return None
    body, tagged, spans = read
    verb = next((i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")), None)
    if verb is None or verb < 3 or tagged[verb].lemma not in _COPULAS:
        return None
    if any(t.pos in _CLAUSE_OPENERS or t.pos.startswith(("VV", "VA", "VM")) for t in tagged[:verb]):
        return None  # a clause inside the list, or a verb before it: not a plain subject list
    # A comma after the verb opens another clause, unless it sets off a date ("am Montag, 4. Mai 2026,").
    if "," in _DATE_APPOSITION.sub(" ", body[spans[verb][1] :]):
        return None
    at = [i for i in range(verb + 1, len(tagged)) if not tagged[i].pos.startswith("$")]
    if not at or tagged[at[-1]].pos not in ("ADJ(D)", "VV(PP)"):
        return None
    predicate = len(at) - 1
    if predicate > 0 and tagged[at[predicate - 1]].pos == "PTKNEG":
        predicate -= 1  # "nicht erlaubt" moves whole: the negation keeps its scope
    middle = [tagged[i] for i in at[:predicate]]
    if any(t.pos in ("PTKNEG", "PPER", "PRF") or t.word.lower().startswith("kein") for t in middle):
        return None
    if any(t.pos in ("NN", "NE") and not _after_preposition(middle, i) for i, t in enumerate(middle)):
        return None  # a noun of its own after the verb is a predicate noun or a second subject: unsure
    segments = _segments(body[: spans[verb][0]].strip())
    split = _last_split(segments[-1])
    if len(segments) < 2 or split is None:
        return None
    before, conjunction, after = split
    for piece in segments[:-1]:
        if any(not _pair_und(piece, m.start()) for m in re.finditer(r"\b(?:und|oder|sowie)\b", piece)):
            return None
    items = (*segments[:-1], before, after)
    if not 3 <= len(items) <= _ITEMS_MAX or not _items_plain(items) or not _one_reading(items):
        return None
    if tagged[0].pos not in ("NN", "NE", "NNA"):
        # The sentence's first word ("Das Hallenbad") opens a list line now, which continues the lead-in.
        items = (items[0][:1].lower() + items[0][1:], *items[1:])
    lead = body[spans[at[predicate]][0] :].strip()
    middle_text = body[spans[verb][1] : spans[at[predicate]][0]].strip().rstrip(",")
    words = [lead[:1].upper() + lead[1:], tagged[verb].word, middle_text]
    intro = " ".join(w for w in words if w)
    if len(intro.split()) > _INTRO_WORDS_MAX:
        return None
    return Enumeration(intro=f"{intro}:", items=items, conjunction=conjunction)


def _one_reading(items: Sequence[str]) -> bool:
    """The first item governs none of the others, so each line says what the sentence says of it.

    A quantifier, number, possessive or adjective before the first noun may govern the bare nouns
    after it ("Alle Hunde, Katzen und Vögel": all of them, Duden grammar, scope of coordination),
    and a genitive attribute in the first item may hold the list ("die Polizeien der Länder A, B
    und C"); either way a line would say less or other than the sentence.
    """
    tagged = [[t for t in morph.tag(item) if not t.pos.startswith("$")] for item in items]
    first = tagged[0]
    head = []
    for token in first:
        if token.pos in ("NN", "NE", "NNA"):
            break
        head.append(token)
    governing = ("PIAT", "PIDAT", "PIS", "PPOSAT", "ADJ(A)", "CARD", "PDAT")
    if any(t.pos in governing for t in head) and any(tokens[0].pos in ("NN", "NNA") for tokens in tagged[1:]):
        return False
    return not any(
        t.word.lower() in ("der", "des", "einer", "eines") and i > 0 and first[i - 1].pos in ("NN", "NE")
        for i, t in enumerate(first)
    )


def _after_preposition(tokens: Sequence[morph.Token], index: int) -> bool:
    """The noun at ``index`` stands in a prepositional phrase ("im Kreisgebiet", "bis auf Weiteres")."""
    for before in reversed(tokens[:index]):
        if before.pos in ("APPR", "APPRART"):
            return True
        if before.pos not in ("ART", "ADJ(A)", "CARD", "PPOSAT", "PIAT", "NN", "NE"):
            return False
    return False


# Tags a plain subject noun phrase in the prefield is made of ("Die bislang unbekannten Täter").
_SUBJECT_TAGS: Final = frozenset({"ART", "ADV", "ADJ(A)", "ADJ(D)", "NN", "NE", "CARD"})


def conjunct_list(text: str) -> Enumeration | None:
    """The list in the last of several verb phrases that share one subject, said with that subject, or None.

    "Die Täter hebelten ein Fenster auf, durchsuchten das Haus und entwendeten A, B und C." joins
    three verb phrases under one subject (Duden grammar: Koordination von Verbalphrasen); each of
    them is true of the subject alone, so the last one may stand as a sentence of its own: "Die
    Täter entwendeten A, B und C." That sentence is read by lists.enumeration like any other. The
    subject must be a plain noun phrase before the first verb, and nothing but adverbials may stand
    between the last verb and its list (another subject there would be another clause).
    """
    read = _plain_statement(text)
    if read is None:
        return None
    body, tagged, spans = read
    first = next((i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")), None)
    if first is None or first == 0 or any(t.pos not in _SUBJECT_TAGS for t in tagged[:first]):
        return None
    if tagged[0].pos == "ART" and tagged[0].word.lower() not in ("der", "die", "das"):
        return None  # "den", "dem": an object in the prefield, not the subject
    if tagged[first - 1].pos not in ("NN", "NE"):
        return None
    joins = [
        i
        for i in range(first + 1, len(tagged) - 1)
        if tagged[i].pos == "KON" and tagged[i].word in ("und", "sowie") and tagged[i + 1].pos == "VV(FIN)"
    ]
    if not joins:
        return None
    last = joins[-1] + 1
    if tagged[last].lemma == "sein" or any(t.pos in _CLAUSE_OPENERS for t in tagged[first:]):
        return None
    subject = body[: spans[first - 1][1]]
    return enumeration(f"{subject} {body[spans[last][0] :]}.")


def perfect_intro(intro: str) -> str | None:
    """The lead-in with a Präteritum full verb in the Perfekt, unchanged without one, or None when unsure.

    Leichte Sprache tells the past in the Perfekt (Netzwerk Leichte Sprache; Duden grammar:
    Perfektbildung): "Die Täter entwendeten unter anderem:" becomes "Die Täter haben unter anderem
    gestohlen:", the auxiliary agreeing with the verb's number and a split-off particle ("nahmen …
    mit") joined to the participle. A verb whose auxiliary varies with its object, or whose
    participle is not known for sure, is refused.
    """
    body = intro.rstrip(":").strip()
    tagged = [t for t in morph.tag(body) if not t.pos.startswith("$")]
    finite = [i for i, t in enumerate(tagged) if t.pos == "VV(FIN)"]
    if not finite:
        return intro
    verb = tagged[finite[0]]
    if len(finite) > 1 or not morph.is_preterite(verb.word, verb.lemma):
        return intro if len(finite) == 1 else None
    particle = tagged[-1].word if tagged[-1].pos == "PTKVZ" else ""
    lemma = particle + verb.lemma if particle and not verb.lemma.startswith(particle) else verb.lemma
    built = morph.participle(lemma, particle)
    if built is None or morph.auxiliary_varies(lemma, particle):
        return None
    form, auxiliary = built
    plural = verb.word.endswith("n")
    have = {("haben", True): "haben", ("haben", False): "hat", ("sein", True): "sind", ("sein", False): "ist"}
    words = [t.word for t in (tagged[:-1] if particle else tagged)]
    words[finite[0]] = have[auxiliary, plural]
    return " ".join([*words, _TAKING.get(form, form)]) + ":"


def release_agent(sentences: Sequence[str]) -> tuple[str, bool] | None:
    """The perpetrator the release names (its phrase and whether it is plural), or None when unsure.

    Only a subject is read: the phrase at the start of a sentence or right after its finite verb
    (German verb second puts the subject there, Duden grammar), reduced to article and noun
    ("Die bislang unbekannten Täter" → "Die Täter"). Where the release names two different ones
    ("der Täter" and "die Täterin"), the agent is unsure.
    """
    found: set[tuple[str, bool]] = set()
    for sentence in sentences:
        tagged = [t for t in morph.tag(sentence) if not t.pos.startswith("$")]
        for index, token in enumerate(tagged):
            if token.word.lower() not in _AGENT_NOUNS or not token.word[:1].isupper():
                continue
            start = index
            while start > 0 and tagged[start - 1].pos in ("ADJ(A)", "ADV", "ADJ(D)"):
                start -= 1
            article = tagged[start - 1] if start > 0 and tagged[start - 1].pos == "ART" else None
            opening = start - (article is not None)
            if opening != 0 and not tagged[opening - 1].pos.endswith("(FIN)"):
                continue  # not in a subject's place: an object or inside a phrase ("mit den Tätern")
            noun = token.word
            if article is None:
                # A bare plural is a subject ("Unbekannte brachen ein"); a bare singular is not German.
                if noun.lower() != "unbekannte":
                    continue
                found.add(("Unbekannte", True))
                continue
            word = article.word.lower()
            feminine = noun.lower().endswith("in")
            plural = noun.lower().endswith(("innen", "e")) or (word == "die" and not feminine)
            if word == "der" and not feminine and not plural:
                found.add((f"Der {noun}", False))
            elif word == "die":
                found.add((f"Die {noun}", plural))
            # "den", "dem", "ein": an object, or an indefinite one not yet known; it names no subject.
    if len(found) == 2 and ("Unbekannte", True) in found:
        # A report introduces "Unbekannte" and goes on with "die Täter" (the same people, a definite
        # noun for a known referent): the definite one, if plural too, names them.
        found.discard(("Unbekannte", True))
        if not next(iter(found))[1]:
            return None
    return next(iter(found)) if len(found) == 1 else None


def active_intro(intro: str, agent: tuple[str, bool] | None) -> str | None:
    """The lead-in in the active voice, unchanged when it is no passive, or None when it cannot be turned.

    A passive of a verb of taking in the Präteritum ("Gestohlen wurden unter anderem:", "Bei dem
    Einbruch wurden gestohlen:") becomes the active Perfekt with the release's perpetrator as
    subject ("Die Täter haben unter anderem gestohlen:"). Any other passive needs an agent the
    release does not give for certain, so it is refused; a lead-in without "werden" is left for
    the verifier to judge.
    """
    body = intro.rstrip(":").strip()
    tokens = [t for t in morph.tag(body) if not t.pos.startswith("$")]
    finite = next((i for i, t in enumerate(tokens) if t.pos.endswith("(FIN)")), None)
    if finite is None or tokens[finite].lemma != "werden":
        return intro  # no passive: the verifier reads it like any lead-in
    if tokens[finite].word.lower() not in _PAST_WERDEN or agent is None:
        return None
    participles = [i for i, t in enumerate(tokens) if t.pos == "VV(PP)"]
    if len(participles) != 1 or participles[0] not in (0, len(tokens) - 1):
        return None  # the participle neither fronted nor closing the clause: another shape
    at = participles[0]
    plain = _TAKING.get(tokens[at].word.lower())
    if plain is None:
        return None  # not a verb of taking: the perpetrator is not surely its agent
    middle = tokens[finite + 1 :] if at == 0 else tokens[finite + 1 : at]
    if any(t.word.lower() in ("von", "vom", "durch") for t in middle):
        return None  # an agent phrase of its own ("von den Tätern"): said as written or not at all
    if any(t.pos in ("NN", "NE", "PPER", "PIS") and not _in_phrase(tokens, t) for t in middle):
        return None  # a noun of its own in the middle field may be the passive's subject: unsure
    phrase, plural = agent
    have = "haben" if plural else "hat"
    rest = " ".join(t.word for t in middle)
    if at == 0:
        words = [phrase, have, rest, plain]
    else:
        prefield = " ".join(t.word for t in tokens[:finite])
        subject = phrase if phrase == "Unbekannte" else phrase[:1].lower() + phrase[1:]
        words = [prefield, have, subject, rest, plain]
    return " ".join(w for w in words if w) + ":"


def _in_phrase(tokens: Sequence[morph.Token], token: morph.Token) -> bool:
    """The noun stands in a prepositional phrase ("bei dem Einbruch") or is the pronoun of "unter anderem"."""
    index = next(i for i, t in enumerate(tokens) if t is token)
    for before in reversed(tokens[:index]):
        if before.pos in ("APPR", "APPRART"):
            return True
        if before.pos not in ("ART", "ADJ(A)", "CARD", "PPOSAT", "PIAT", "NN", "NE"):
            return False
    return False


def enumeration_rescue(context: RescueContext) -> Rescue | None:
    """The refused sentence as a lead-in and its list (a colon list, a passive turned active), or None."""
    if context.source.speech or context.source.heading:
        return None  # a speaker's words are quoted, never restructured
    # The shapes lists.py does not read first; a plain enumeration last, for its lead-in's voice and tense.
    shaped = colon_list(context.text) or fronted_list(context.text) or conjunct_list(context.text)
    found = shaped or enumeration(context.text)
    if found is None or found.conjunction == "oder":
        return None  # "A, B oder C": one of them; a list would say all of them (a wrong statement)
    # The perpetrator is read from the report this sentence belongs to: a police bulletin puts several
    # reports under headings of their own, and another report's "Täter" is another person.
    start = max((i + 1 for i, s in enumerate(context.sentences[: context.index]) if s.heading), default=0)
    earlier = [s.text for s in context.sentences[start : context.index] if not s.speech]
    voiced = active_intro(found.intro, release_agent(earlier))
    intro = perfect_intro(voiced) if voiced is not None else None
    if intro is None or (shaped is None and intro == found.intro):
        return None  # lists.py has offered this very list already, and the verifier refused it
    return Rescue(sentences=(intro,), items=found.items)
