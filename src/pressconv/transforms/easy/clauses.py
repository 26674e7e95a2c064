"""Cuts that turn one long source sentence into main clauses that each stay true on their own.

News writing packs a lead into one sentence with a frame ("X informiert: …"), relative clauses and
afterthoughts. Each cut here names the German sentence structure it relies on (Vorfeld, Mittelfeld,
Nachfeld; verb-final subordinate clauses) and refuses when the tags do not show that structure:
a sentence that cannot be cut safely is left whole, and the verifier then leaves it out.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.adjuncts import without_adjuncts
from pressconv.transforms.easy.casualties import tells_a_death, victim
from pressconv.transforms.easy.ellipsis import named_subject, shared_finite
from pressconv.transforms.easy.frequency import zipf
from pressconv.transforms.easy.rewrite import split_clauses
from pressconv.transforms.easy.shorten import alternatives, without_weekday_and_total
from pressconv.transforms.easy.subordinate import (
    NAME_ZIPF,
    definite_relative,
    denied_degree,
    relative_as_main,
    split_adverbial,
    verb_second,
)

__all__ = ["loose_relatives", "pieces", "resolve", "shorten", "trim"]

_FINITE: Final = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
_NOMINATIVE_ARTICLES: Final = frozenset(["der", "die", "das", "ein", "eine", "kein", "keine"])
_RELATIVE_PRONOUNS: Final = frozenset(["der", "die", "das", "welcher", "welche", "welches"])
_CLOSERS: Final = (",", ".", "!", "?")
_INDEFINITE: Final = frozenset(["ein", "eine", "einen", "einem", "einer", "eines"])


def _join(words: list[str]) -> str:
    """The words joined with German spacing (morph.join)."""
    return morph.join(words)


def _sentence(words: list[str]) -> str:
    """Words as a sentence: capital first letter, one end mark."""
    while words and words[-1] in (",", ";", ":"):
        words = words[:-1]
    if not words:
        return ""
    if words[-1] not in (".", "!", "?"):
        words = [*words, "."]
    text = _join(words)
    return text[:1].upper() + text[1:]


# Words that open an inserted list of examples (Duden grammar, "nachgestellte Erläuterung"): the
# sentence says the general claim, the insertion only gives examples of it.
_EXAMPLES: Final = frozenset(["darunter", "etwa", "beispielsweise", "zum"])


def without_insertions(sentence: str) -> str:
    """Drop a non-restrictive insertion between commas: examples or an apposition after a name.

    "Das Portal gibt es in mehreren Sprachen, darunter Polnisch und Arabisch, im Netz." -> without
    the examples (the general claim stays true); "Anna Berg, Vorsitzende des Vereins, eröffnete …" ->
    without the apposition (Duden grammar: a comma-enclosed apposition after a name is
    non-restrictive). Only an insertion without a finite verb, a relative pronoun, a negation or a
    scope word (restrictive relative clauses and limitations are never dropped), and only where the
    clause around it has its finite verb outside the insertion.
    """
    tagged = morph.tag(sentence)
    words = [t.word for t in tagged]
    commas = [i for i, w in enumerate(words) if w == ","]
    if len(commas) < 2:
        return sentence
    first = commas[0]
    # A list of examples has commas of its own ("darunter A, B und C,"): the insertion ends at the
    # first comma after its "und"/"oder"; the commas before that one part single-word list items.
    joint = next((i for i in range(first + 1, len(words)) if words[i] in ("und", "oder")), None)
    second = next((c for c in commas[1:] if joint is not None and c > joint), commas[1])
    inner = [c for c in commas if first < c < second]
    if any(tagged[c - 1].pos not in ("NN", "NE", "NNA") for c in inner):
        return sentence  # an inner comma after anything but a list item: not a list of examples
    if len(commas) - len(inner) != 2:
        return sentence  # another comma outside the insertion: a clause boundary, not the plain form
    inside = tagged[first + 1 : second]
    if not inside or any(t.pos in _FINITE or t.pos in ("PRELS", "PRELAT", "KOUS", "PTKNEG") for t in inside):
        return sentence
    if any(t.word.lower() in ("nicht", "kein", "keine", "nur", "alle", "auch", "ohne") for t in inside):
        return sentence
    opener = inside[0].word.lower()
    examples = opener in _EXAMPLES and (opener != "zum" or (len(inside) > 1 and inside[1].word == "Beispiel"))
    apposition = (
        first > 0
        and tagged[first - 1].pos == "NE"
        and inside[0].pos in ("NN", "NNA", "ART", "ADJ(A)")
        and tagged[second + 1].pos in _FINITE
        if second + 1 < len(tagged)
        else False
    )
    if not (examples or apposition):
        return sentence
    rest = [*words[:first], *words[second + 1 :]]
    if not any(t.pos in _FINITE for i, t in enumerate(tagged) if not first <= i <= second):
        return sentence
    return _join(rest)


def pieces(sentence: str) -> list[str]:
    """The main clauses of one sentence, each a sentence of its own (the sentence itself if none)."""
    cut = _pieces(sentence)
    if len(cut) > 1 and tells_a_death(sentence):
        # "X wurde schwer verletzt und starb später": the injury said apart from the death would be
        # read as the outcome (a wrong statement, easy-judging.md item 2); a piece that tells an
        # injury goes where the sentence tells a death, and the death is said by its own piece.
        # An injury whose victim is named and is not the one who died ("Ein Hund starb, die Halterin
        # wurde verletzt") is another person's fact and stays.
        dead = {victim(piece) for piece in cut if tells_a_death(piece)}
        cut = [
            piece
            for piece in cut
            if tells_a_death(piece) or not _INJURY.search(piece) or (None not in dead and victim(piece) not in (None, *dead))
        ]
    return cut


# An injury in any form of "verletzen"/"Verletzung" (not "unverletzt").
_INJURY: Final = re.compile(r"(?<!un)verletz", re.IGNORECASE)


def _pieces(sentence: str) -> list[str]:
    """The main clauses of one sentence (``pieces``), before the death check."""
    out: list[str] = []
    if denied_degree(sentence):
        # "nicht so groß, dass …": any cut says the consequence that did not follow (subordinate.py).
        return [sentence]
    sentence = without_insertions(_adjective_commas(sentence))
    spliced = _comma_splice(sentence)
    if spliced != [sentence]:
        return [piece for part in spliced for piece in pieces(part)]
    # A factual adverbial clause becomes a main clause of its own, not a lost reason (subordinate.py).
    adverbial = split_adverbial(sentence)
    if adverbial != [sentence]:
        return [piece for part in adverbial for piece in pieces(part)]
    for part in (p for dashed in _dashes(sentence) for p in _after_frame(_front_subject(dashed))):
        framed = _that_clause(part)
        if framed == part:
            framed = demand_infinitive(part)
        if framed != part:
            # A frame and its statement stay one sentence: cut apart, the statement would lose
            # whose demand, hope or view it is ("Der Verein fordert: …"). A frame of informing goes.
            out.extend(_after_frame(framed))
            continue
        if re.search(r":(?!\d)", part):  # a time ("21:25 Uhr") is no frame colon
            # A frame the colon cut left standing (a view, a demand): no further cuts. A clause that only
            # details the one before the colon is cut apart by the caller (select.py, colons.py).
            out.append(part)
            continue
        for clause in _relatives(part):
            for verb_phrase in (shared for listed in _verb_list(clause) for shared in shared_finite(listed)):
                for choice in alternatives(verb_phrase):
                    out.extend(split_clauses(choice))
    return out


def _adjective_commas(sentence: str) -> str:
    """ "im tiefen, nassen Graben" -> "im tiefen und nassen Graben" (Duden: gleichrangige Adjektive).

    A comma between coordinate attributive adjectives stands for "und"; written out, it no longer
    looks like a clause boundary to the cuts that follow.
    """
    tagged = morph.tag(sentence)
    words = [t.word for t in tagged]
    changed = False
    for index in range(1, len(tagged) - 2):
        if words[index] != "," or tagged[index - 1].pos != "ADJ(A)":
            continue
        after = index + 1
        while after < len(tagged) and tagged[after].pos in ("ADV", "ADJ(D)"):
            after += 1
        if after + 1 < len(tagged) and tagged[after].pos == "ADJ(A)" and tagged[after + 1].pos in ("NN", "ADJ(A)"):
            words[index] = "und"
            changed = True
    return _join(words) if changed else sentence


def _comma_splice(sentence: str) -> list[str]:
    """ "Der Beifahrer flüchtete, der Fahrer zog sich Verletzungen zu." -> two sentences.

    German may join two main clauses with a comma (Duden, Komma zwischen Hauptsätzen). The second
    clause is a main clause when an article opens it, its noun phrase follows and then its finite
    verb (verb-second); a relative clause would open with a relative pronoun and end with its verb.
    The first part must have a finite verb of its own and open no subordinate clause.
    """
    tagged = morph.tag(sentence)
    if not tagged or tagged[0].pos in ("KOUS", "KOUI", "PRELS", "PWS", "PWAV"):
        return [sentence]
    for index, token in enumerate(tagged):
        if token.word != "," or index < 2:
            continue
        left = [t for t in tagged[:index] if t.word != "."] if tagged[index - 1].word == "." else list(tagged[:index])
        if not any(t.pos in _FINITE for t in left) or any(t.word in (",", "(", "„", "–") for t in left):
            return [sentence]
        start = index + 1
        if start >= len(tagged) or tagged[start].pos != "ART":
            return [sentence]
        end = _phrase_end(tagged, start)
        if end == start + 1:
            return [sentence]
        attached = _attached_phrase_end(tagged, end)
        if attached is not None and attached + 2 < len(tagged) and tagged[attached].pos in _FINITE:
            # "die Gebühren in der Innenstadt steigen …": one prepositional phrase after the noun is its
            # attribute (the Vorfeld holds one constituent, Duden grammar). Something must follow the
            # verb: a verb-final "…, die Gebühren in der Stadt erhebt" is a relative clause.
            end = attached
        if end >= len(tagged) or tagged[end].pos not in _FINITE:
            return [sentence]
        right = tagged[start:]
        if any(t.word == "," for t in right):
            return [sentence]
        if _reported(tagged[end]):
            # "Der Richter führte aus, die Taten seien …": indirect speech (Duden grammar: Konjunktiv I
            # after a verb of saying) is the object of the first clause, not a clause of its own. Cut
            # apart, the frame loses its object ("Der Richter führte aus.") and the speech its speaker.
            return [sentence]
        # A part that opens with a pronoun or possessive ("Sein Beifahrer …") points at a person the
        # summary may not name: that part is left out, the other one stands alone.
        parts = [part for part in (left, right) if part[0].pos not in ("PPOSAT", "PPER", "PDS")]
        return [_sentence([t.word for t in part]) for part in parts] or [sentence]
    return [sentence]


def _attached_phrase_end(tagged: tuple[morph.Token, ...], end: int) -> int | None:
    """Where one prepositional phrase with an article right after a noun phrase ends ("in der Innenstadt")."""
    if end + 2 >= len(tagged) or tagged[end].pos != "APPR" or tagged[end + 1].pos != "ART":
        return None
    after = _phrase_end(tagged, end + 1)
    return after if after > end + 2 else None


# Konjunktiv I of the third person (Duden grammar, indirect speech): the forms of the modal and
# auxiliary verbs, and a verb stem with "-e" where the indicative has "-t" ("bleibe", "gebe"); a
# Präteritum in "-te"/"-de" ("hatte", "wurde") is indicative.
_REPORTED: Final = re.compile(r"^(?:sei|seien|habe|werde|könne|müsse|dürfe|solle|wolle|wisse|[a-zäöüß]+[^tdi\W]e)$")


def _reported(finite: morph.Token) -> bool:
    """True for a finite verb in the Konjunktiv I of indirect speech ("sei", "bleibe")."""
    return finite.pos in _FINITE and _REPORTED.match(finite.word) is not None


# Correlates of a Konsekutivsatz in the main clause (Duden grammar: "so", "derart", "dermaßen",
# "solch" point at the "dass" clause that states the result).
_CORRELATES: Final = frozenset(["so", "derart", "dermaßen", "solch", "solche", "solchen", "solcher"])


def _that_clause(sentence: str) -> str:
    """ "Der Verein fordert, dass die Stadt Radwege baut." -> "Der Verein fordert: Die Stadt baut Radwege."

    A main clause that frames a "dass" clause keeps its frame verb (so a demand stays a demand and
    a hope a hope), and the "dass" clause becomes a main clause after a colon: its finite verb moves
    from the end to second place, a separable particle stays at the end ("zurückkommt" -> "kommt …
    zurück", HanTa's morphemes show the particle). Only one comma, the frame first.
    """
    tagged = morph.tag(sentence)
    words = [t.word for t in tagged]
    if words.count(",") != 1 or len(tagged) < 7:
        return sentence
    comma = words.index(",")
    if comma + 1 >= len(tagged) or tagged[comma + 1].word != "dass":
        return sentence
    frame = tagged[:comma]
    if sum(t.pos in _FINITE for t in frame) != 1 or frame[0].pos in _FINITE:
        return sentence
    if any(t.word.lower() in _CORRELATES for t in frame):
        # "so heftig gestürzt, dass er starb" is a Konsekutivsatz, no frame: "X ist so heftig
        # gestürzt: Er starb." reads as a frame and its statement, cut apart later (subordinate.py).
        return sentence
    clause = [t for t in tagged[comma + 2 :] if t.pos != "$."]
    if len(clause) < 3 or clause[-1].pos not in _FINITE or sum(t.pos in _FINITE for t in clause) != 1:
        return sentence
    end = 1 if clause[0].pos == "PPER" else _phrase_end(tuple(clause), 0)
    if end == 0 or end >= len(clause) - 1 or clause[0].pos not in ("ART", "NE", "NN", "PPER", "PIAT"):
        return sentence
    if clause[end].pos == "ART" and clause[end].word in ("des", "der", "eines", "einer") and clause[0].pos != "PPER":
        # "dass der Großteil der Dienste … betrieben werde": the genitive goes on with the subject, and
        # the verb put before it would split the subject (Duden grammar, Genitivattribut).
        return sentence
    finite = clause[-1]
    demand = any(t.lemma in _DEMANDING for t in frame if t.pos in _FINITE)
    if demand and not finite.pos.startswith("VM"):
        # "fordert, dass die Stadt Radwege baut" is a demand, not a fact: after the colon "Die Stadt
        # baut Radwege" would state it as done. The modal "sollen" keeps it a demand (brief, issue 16).
        if not finite.pos.startswith("VV") or not finite.lemma or not finite.lemma.endswith("n"):
            return sentence  # an auxiliary ("gebaut wird"): a passive demand, left to the verifier whole
        modal = "sollen" if finite.word.endswith("en") else "soll"
        statement = [*[t.word for t in clause[:end]], modal, *[t.word for t in clause[end:-1]], finite.lemma]
        return _join([*[t.word for t in frame], ":"]) + " " + _sentence(statement)
    particle = _separable(finite.word)
    verb = finite.word[len(particle) :] if particle else finite.word
    statement = [*[t.word for t in clause[:end]], verb, *[t.word for t in clause[end:-1]], *([particle] if particle else [])]
    text = _join([*[t.word for t in frame], ":"]) + " " + _sentence(statement)
    return text


# Verbs of demanding: their "zu" clause says what shall be done, by nobody named (Duden grammar,
# "Infinitivgruppe als Objekt"); "man soll" says the same as a main clause.
_DEMANDING: Final = frozenset(["fordern", "verlangen"])
_FRAME_LINKS: Final = frozenset(["deswegen", "deshalb", "daher", "darum", "zudem", "außerdem", "somit", "nun"])


def demand_infinitive(sentence: str) -> str:
    """ "Der Verband fordert, Radwege schneller zu bauen." -> "Der Verband fordert: Man soll Radwege schneller bauen."

    The demand stays attributed to whoever demands it (the frame before the colon). Only the plain
    form: one comma; the frame is its subject and the finite demand verb (plus adverbs), with no object
    that could be the one who shall act ("fordert die Stadt auf, …"); the clause ends in one or more
    "zu" infinitives joined by "und"/"oder", and holds no finite verb of its own. A negation or
    scope word in the clause keeps its place.
    """
    tagged = morph.tag(sentence)
    words = [t.word for t in tagged]
    if words.count(",") != 1:
        return sentence
    comma = words.index(",")
    frame = tagged[:comma]
    finite = [i for i, t in enumerate(frame) if t.pos in _FINITE]
    if len(finite) != 1 or frame[finite[0]].lemma not in _DEMANDING or finite[0] == 0:
        return sentence
    after = frame[finite[0] + 1 :]
    if any(t.pos not in ("ADV", "ADJ(D)") and t.word.lower() not in _FRAME_LINKS for t in after):
        return sentence  # an object or particle after the verb: someone else may be meant to act
    # A connective in the frame ("fordert daher") links to the sentence before: it goes, as in rewrite.
    frame = tuple(t for t in frame if t.word.lower() not in _FRAME_LINKS)
    clause = [t for t in tagged[comma + 1 :] if t.pos != "$."]
    if any(t.pos in _FINITE or t.word in (",", ":", ";", "„") for t in clause):
        return sentence
    # The infinitives at the end: "aufzubauen", "zu fördern", joined by "und"/"oder".
    infinitives: list[str] = []
    index = len(clause)
    while index > 0:
        last = clause[index - 1]
        if last.pos == "VV(IZU)" and last.lemma and last.lemma != last.word:
            infinitives.insert(0, last.lemma)
            index -= 1
        elif last.pos in ("VV(INF)", "VA(INF)") and index >= 2 and clause[index - 2].pos == "PTKZU":
            infinitives.insert(0, last.word)
            index -= 2
        else:
            break
        if index > 0 and clause[index - 1].word in ("und", "oder") and infinitives:
            infinitives.insert(0, clause[index - 1].word)
            index -= 1
    if not infinitives or infinitives[0] in ("und", "oder") or index == 0:
        return sentence
    if any(t.pos in ("PTKZU", "VV(IZU)") for t in clause[:index]):
        return sentence  # a second "zu" clause inside: not the plain form
    text = (
        _join([*[t.word for t in frame], ":"])
        + " "
        + _sentence(["Man", "soll", *[t.word for t in clause[:index]], *infinitives])
    )
    return text


def _separable(verb: str) -> str:
    """The separable particle a finite verb starts with ("zurückkommt" -> "zurück"), else ""."""
    found = morph.analysis(verb)
    if found is None or not found[1]:
        return ""
    particle, tag = found[1][0]
    if tag.startswith("PTKVZ") and verb.startswith(particle):
        return particle
    return ""


# Openers of a part that limits or reverses the part before it (Duden grammar: adversative and
# restrictive connectives).
_LIMITING: Final = frozenset(
    ["allerdings", "aber", "jedoch", "doch", "nur", "zumindest", "wenigstens", "sofern", "falls", "wenn", "außer"]
)


def _dashes(sentence: str) -> list[str]:
    """ "Das Archiv trägt Verantwortung – es bewahrt die Geschichte." -> two sentences.

    A spaced dash between two parts that each hold a finite verb joins two main clauses (the
    dash's use as a strong comma); a range ("115 – 121") or an inserted phrase has no verb on one side.
    """
    # A semicolon joins main clauses the same way (or list items, which have no verb of their own).
    parts = re.split(r"\s[–—]\s|;\s", sentence)
    if len(parts) != 2:
        return [sentence]
    left, right = parts
    if not right[:1].isalpha() or re.search(r"\d$", left):
        return [sentence]
    if re.search(r"[–—]", right):
        # A second dash closes an insertion ("bittet alle, die … können – insbesondere den Fahrer … –,
        # sich zu melden": Duden, paariger Gedankenstrich); the sentence goes on after it, and a cut at
        # the first dash would leave its verb without the rest ("bittet alle, die … können.").
        return [sentence]
    if right.split(" ", 1)[0].lower().rstrip(",") in _LIMITING:
        # "Man kann die Tiere sehen – allerdings nur mit Glück": the part after the dash limits the
        # claim before it; the first part alone would state more than the source (rubric, item 2).
        return [sentence]
    tags = [morph.tag(left + "."), morph.tag(right)]
    if not all(any(t.pos in _FINITE for t in tagged) for tagged in tags):
        return [sentence]
    end = right[-1] if right[-1] in ".!?" else "."
    return [left.rstrip(" ,") + end, right[:1].upper() + right[1:].rstrip(".!? ") + end]


# Verbs of informing: the frame says only that the sender passes something on.
# Not "berichten"/"melden": "die Zeitung berichtet, dass …" passes on someone else's claim.
_INFORMING: Final = frozenset(["informieren", "mitteilen", "bekanntgeben"])


# Nouns of a report or result that a label frame names (a compound counts by its last part).
_REPORT_NOUNS: Final = ("meldung", "nachricht", "ergebnis", "bilanz")


def _after_frame(sentence: str) -> list[str]:
    """ "Die Stadträtin informiert: Im Rahmen … wurde …" -> the statement after the colon.

    A colon after a clause with its own finite verb introduces what that clause announces
    (a reporting frame); the announced statement is a main clause of its own. The frame says only
    that someone informs, so it is left out; a statement without its own finite verb (a list, a
    label like "Kontakt:") is no sentence and the whole is kept for the verifier to judge.
    """
    tagged = morph.tag(sentence)
    words = [t.word for t in tagged]
    if ":" not in words:
        return [sentence]
    colon = words.index(":")
    right = tagged[colon + 1 :]
    # HanTa reads a frame's verb before a colon as a participle ("…, informiert:"). Only a verb of
    # informing asserts what follows; "fordert:", "hofft:" or "kritisiert:" frame a view that must
    # stay attributed, so those sentences stay whole.
    verbs = [t for t in tagged[:colon] if t.pos in _FINITE or t.pos == "VV(PP)"]
    particles = [t.word for t in tagged[:colon] if t.pos == "PTKVZ"]  # "teilt … mit" is "mitteilen"
    lemmas = {t.lemma for t in verbs} | {p + t.lemma for t in verbs for p in particles}
    # A passive frame ("wird mitgeteilt") hides who informs: the statement then stays framed.
    passive = any(t.lemma == "werden" for t in verbs)
    informing = not passive and (bool(lemmas & _INFORMING) or any(t.word == "informiert" for t in verbs))
    # A verbless label frame that names a report ("Die gute Nachricht: Niemand wurde verletzt.",
    # "Am Abend dann die Meldung: …"): press writing puts the reported fact after the colon, and the
    # label asserts it as the sender's news, so the statement stands alone.
    nouns = [t.word.replace("·", "").lower() for t in tagged[:colon] if t.pos == "NN"]
    # A "verb" right after an article or "im"/"zum" is a noun written in lower case ("im verlaufe"):
    # an article opens a noun phrase (Duden grammar), so it does not make the label a clause.
    frame_verbs = [
        t for i, t in enumerate(tagged[:colon]) if t.pos.startswith(("VV", "VA", "VM"))
        and not (i and tagged[i - 1].pos in ("ART", "APPRART"))
    ]  # fmt: skip
    label = not frame_verbs and bool(nouns)
    informing = informing or (label and nouns[-1].endswith(_REPORT_NOUNS))
    if not informing or not any(t.pos in _FINITE for t in right):
        return [sentence]
    if not right or not right[0].word[:1].isupper() or right[0].word in ("„", '"'):
        return [sentence]  # a quotation after the colon is speech, handled with its speaker
    return [_sentence([t.word for t in right])]


# Connectives that only link to the sentence before; the statement is as true without them. Not
# "auch", "ebenfalls", "nur", "nicht": they change what is said (issue 16: scope words stay).
_LINKS: Final = frozenset(
    [
        "außerdem",
        "zudem",
        "ferner",
        "weiterhin",
        "anschließend",
        "daraufhin",
        "schließlich",
        "inzwischen",
        "mittlerweile",
        "nun",
        # Comment adverbs: they judge what is said, and it is as true without them.
        *["glücklicherweise", "erfreulicherweise", "leider", "selbstverständlich", "natürlich", "gerne", "gern"],
    ]
)


def main_clause(sentence: str) -> str:
    """The sentence's main clause with its subject first, or the sentence itself where none is cut off."""
    return _front_subject(sentence)


def _front_subject(sentence: str) -> str:
    """ "Außerdem sucht die Polizei Zeugen." -> "Die Polizei sucht Zeugen." (verb stays second).

    The connective leaves the Vorfeld and the subject after the finite verb takes its place.
    """
    tagged = morph.tag(sentence)
    if len(tagged) < 4 or tagged[0].word.lower() not in _LINKS or tagged[1].pos not in _FINITE:
        return _after_adverbial_clause(sentence, tagged)
    return _verb_second(tagged[1:]) or sentence


def _verb_second(tagged: tuple[morph.Token, ...]) -> str | None:
    """A clause that opens with its finite verb, with the subject after it moved in front of it."""
    if len(tagged) < 3 or tagged[0].pos not in _FINITE:
        return None
    start = 2 if tagged[1].pos == "PRF" else 1  # "können sich Zeugen melden": the reflexive stays put
    if start >= len(tagged) or tagged[start].pos not in ("ART", "NE", "NN", "PPER"):
        return None
    end = start + 1 if tagged[start].pos == "PPER" else _phrase_end(tagged, start)
    if end < len(tagged) and tagged[end].word == "und" and end + 1 < len(tagged) and tagged[end + 1].pos in ("NN", "ART"):
        end = _phrase_end(tagged, end + 1)  # "Zeuginnen und Zeugen"
    subject = [t.word for t in tagged[start:end]]
    following = tagged[end] if end < len(tagged) else None
    after = tagged[end + 1] if end + 1 < len(tagged) else None
    # The phrase may go on ("Bargeld in vierstelliger Höhe und eine Uhr"): no cut. A pronoun takes
    # no prepositional phrase, and "und" before a finite verb joins verbs, not nouns.
    goes_on = following is not None and (
        (following.pos in ("APPR", "APPRART") and tagged[start].pos != "PPER")
        or (following.pos in ("KON", "KOKOM") and (after is None or after.pos not in _FINITE))
        # A name after the head noun, or two nouns joined, may be a close apposition ("die Haltestellen
        # Marktplatz und Rathaus"); an article after it may open a genitive attribute ("der Leiter des
        # Amtes"). Cut there, the subject would lose its name or its attribute (Duden grammar,
        # enge Apposition, Genitivattribut); an object ("sucht die Polizei Zeugen") is not refused.
        or (following.pos == "NE" and tagged[start].pos != "PPER")
        # A noun followed by another noun phrase is the subject's name, not an object ("hat die
        # Kreisverwaltung Nordstadt eine Verfügung erlassen": two bare objects in a row are rare).
        or (
            following.pos == "NN"
            and tagged[start].pos != "PPER"
            and after is not None
            and (after.word == "und" or after.pos in ("ART", "PPOSAT", "PIAT", "PDAT", "CARD", "ADJ(A)"))
        )
        or (following.pos == "ART" and following.word in ("des", "der", "eines", "einer"))
        # A bare word no one uses right after the head noun is most often a place or company name
        # HanTa read as a noun ("hat der Landkreis Wiesental zum Schutz …"): cut before it, the name
        # would read as the object ("Der Landkreis hat Wiesental …"). Refused, whatever follows it.
        or (following.pos == "NN" and tagged[start].pos != "PPER" and zipf(following.word) < NAME_ZIPF)
    )
    # A noun phrase ends in its head noun (Duden grammar): an article and adjectives alone ("ein
    # rechtzeitiges" before a word the tagger did not read as a noun) are no subject to move.
    headless = tagged[start].pos != "PPER" and not any(t.pos in ("NN", "NE", "NNA", "NNI") for t in tagged[start:end])
    if not subject or goes_on or headless:
        return None
    return _sentence([*subject, *[t.word for t in tagged[:start]], *[t.word for t in tagged[end:]]])


# Adverbial clauses whose loss leaves the main clause true: time, reason, concession, purpose.
# Never a condition ("wenn", "falls", "sofern"): without it the main clause would be claimed outright.
# A purpose clause ("damit", "um … zu": Duden grammar, Finalsatz) and one of manner ("indem") go too:
# they say why or how, and the main clause is as true without them.
_DETACHABLE: Final = frozenset(
    ["als", "nachdem", "während", "bevor", "weil", "da", "obwohl", "sobald", "seitdem", "damit", "indem", "um"]
)


def _after_adverbial_clause(sentence: str, tagged: tuple[morph.Token, ...]) -> str:
    """ "Als er abbiegen wollte, stürzte er." -> "Er stürzte." (the main clause, verb second).

    A clause of time or reason in the Vorfeld closes with its finite verb and a comma; the main
    clause follows with its finite verb first, and takes its subject to the front.
    """
    participle = _participle_group(tagged)
    if participle is not None:
        return participle
    # HanTa may read "Als" as a preposition; the clause's verb before the comma shows it is a clause.
    if not tagged or tagged[0].word.lower() not in _DETACHABLE or tagged[0].pos not in ("KOUS", "APPR", "KOKOM"):
        return sentence
    # "Um … zu informieren," closes with its zu-infinitive, every other clause with its finite verb.
    ends = ("VV(IZU)", "VV(INF)", "VA(INF)") if tagged[0].word.lower() == "um" else _FINITE
    close = next(
        (i for i in range(2, len(tagged) - 1) if tagged[i].word == "," and tagged[i - 1].pos in ends),
        None,
    )
    if (
        close is not None
        and tagged[0].word.lower() == "um"
        and not (tagged[close - 1].pos == "VV(IZU)" or tagged[close - 2].word == "zu")
    ):
        return sentence  # "um" without its zu-infinitive is no purpose clause
    if close is None or tagged[close + 1].pos not in _FINITE:
        return sentence
    return _verb_second(tagged[close + 1 :]) or sentence


def _participle_group(tagged: tuple[morph.Token, ...]) -> str | None:
    """ "Am Einsatzort angekommen, fand die Wehr …" -> "Die Wehr fand …" (the main clause, verb second).

    A participle group in the Vorfeld (Duden grammar, Partizipialgruppe) says when or how; it has no
    finite verb and closes with its participle before the comma, and the main clause follows with
    its finite verb first. Without the group the main clause is as true; its subject goes in front.
    """
    close = next((i for i, t in enumerate(tagged) if t.word == ","), None)
    if close is None or close < 2 or close + 2 >= len(tagged):
        return None
    group = tagged[:close]
    if group[-1].pos != "VV(PP)" or any(t.pos in _FINITE or t.pos in ("KOUS", "PRELS", "KON") for t in group):
        return None
    verb = tagged[close + 1]
    if verb.pos not in _FINITE:
        return None
    # Only in a report of past events: before a present or generic statement the group may be a
    # condition ("Richtig angewendet, schützt das Mittel …"), and the statement alone would overclaim.
    past = verb.word in ("war", "waren", "wurde", "wurden", "hatte", "hatten", "konnte", "konnten", "musste", "mussten")
    if not past and not morph.is_preterite(verb.word, verb.lemma):
        return None
    return _verb_second(tagged[close + 1 :])


def _phrase_end(tagged: tuple[morph.Token, ...], start: int) -> int:
    """Index after a noun phrase of article, adjectives, numbers and nouns (a name may follow a noun)."""
    end = start
    noun = False
    # HanTa tags a nominalised infinitive "NNI" ("ein rechtzeitiges Erscheinen"): a head noun too.
    while end < len(tagged) and tagged[end].pos in ("ART", "ADJ(A)", "NN", "NE", "CARD", "NNA", "NNI"):
        pos = tagged[end].pos
        surname = end == start + 1 and tagged[start].pos == "NE" and pos == "NN"  # "Anna Muster"
        if (end > start and pos == "ART") or (noun and pos != "NE" and not surname):
            break  # after the head noun only a name continues the phrase ("die Polizei Berlin")
        noun = noun or pos in ("NN", "NE", "NNA", "NNI")
        end += 1
    return end


def _subject(tagged: tuple[morph.Token, ...], verb: int) -> str | None:
    """The subject before the finite verb, as it can open another sentence; None if not certain.

    A name ("Anna Muster", "TSV Nordheim") or a definite noun phrase ("Das Beratungsteam", "Die
    Polizei Berlin") is repeated as it stands. Anything else (a pronoun, an indefinite noun whose
    second mention needs another article) is not.
    """
    wider = named_subject(tagged, verb)
    if wider is not None and wider not in ("Man", "Wir"):
        return wider  # a nominalised adjective or two joined phrases (ellipsis.py)
    subject = tagged[:verb]
    if len(subject) == 1 and subject[0].word in ("Er", "Sie", "Es"):
        return subject[0].word  # repeated as it stands; each sentence is then resolved or refused
    if not subject or any(t.pos not in ("ART", "ADJ(A)", "NN", "NE", "CARD") for t in subject):
        return None
    if subject[0].pos == "ART" and subject[0].word.lower() not in ("der", "die", "das"):
        return None
    if subject[0].pos == "ART" and not any(t.pos in ("NN", "NE") for t in subject[1:]):
        return None
    if subject[0].pos not in ("ART", "NE"):
        return None
    text = _join([t.word for t in subject])
    return text[:1].upper() + text[1:]


def _verb_list(sentence: str) -> list[str]:
    """ "Das Team sucht Lösungen, berät zu Fragen und vermittelt Hilfen." -> one sentence per verb.

    Main clauses that share their subject (coordinated verb phrases, joined by a comma or "und",
    each opening with its finite verb) become sentences of their own, the subject repeated. Each
    part must hold something after its verb: "kontrollierte und verwarnte 20 Fahrer" shares its
    object, and a cut would leave the first verb without it.
    """
    tagged = morph.tag(sentence)
    verb = next((i for i, t in enumerate(tagged) if t.pos in _FINITE), None)
    if verb is None or verb == 0:
        return [sentence]
    cuts = [i for i in range(verb + 1, len(tagged) - 1) if tagged[i].word in (",", "und") and tagged[i + 1].pos in _FINITE]
    if not cuts:
        return [sentence]
    subject = _subject(tagged, verb)
    vorfeld: list[str] = []
    if subject is None:
        # "Zusätzlich steht die Plattform …, und ist frei …": one adverb in the Vorfeld, the subject
        # right after the finite verb (verb-second, Duden grammar). The first part keeps its order;
        # the later ones open with the subject, which the first part names the same way.
        after = _subject_after_verb(tagged, verb)
        if after is None:
            return [sentence]
        subject, skip = after
        vorfeld = [t.word for t in tagged[:verb]]
        tagged = (*tagged[: verb + 1], *tagged[skip:])
        cuts = [c - (skip - verb - 1) for c in cuts]
    bounds = [verb, *[c + 1 for c in cuts]]
    ends = [*cuts, len(tagged)]
    out: list[str] = []
    for start, end in zip(bounds, ends, strict=True):
        part = [t for t in tagged[start:end] if t.pos != "$."]
        if vorfeld and start == verb:
            # The first part as the source has it: Vorfeld, verb, subject, the rest.
            rest = [t.word for t in part[1:] if not (t.word == "," and end < len(tagged))]
            if not rest and (morph.participle(part[0].lemma) or ("", ""))[1] != "sein":
                return [sentence]  # "Heute kontrollierte die Polizei und verwarnte 20 Fahrer": a shared object
            out.append(_sentence([*vorfeld, part[0].word, subject[:1].lower() + subject[1:], *rest]))
            continue
        if end < len(tagged) and tagged[end - 1].word == "," and part:
            part = part[:-1]
        # A verb alone may stand only if it takes no object ("sein" in the Perfekt: "stürzte").
        alone = len(part) == 1 and (morph.participle(part[0].lemma) or ("", ""))[1] == "sein"
        if (len(part) < 2 and not alone) or any(t.pos in _FINITE for t in part[1:]) or any(t.word == "," for t in part):
            return [sentence]
        # "…, war aber zu schnell": the contrast "aber" points at the verb phrase before; each
        # part alone states its fact, and "aber" left inside would compare with nothing.
        out.append(_sentence([subject, *[t.word for i, t in enumerate(part) if not (i == 1 and t.word == "aber")]]))
    return out


def _subject_after_verb(tagged: tuple[morph.Token, ...], verb: int) -> tuple[str, int] | None:
    """The definite subject right after the finite verb when one adverb opens the clause, and where it ends."""
    if verb != 1 or tagged[0].pos not in ("ADV", "ADJ(D)") or verb + 1 >= len(tagged):
        return None
    start = verb + 1
    if tagged[start].pos != "ART" or tagged[start].word.lower() not in ("der", "die", "das"):
        return None
    end = _phrase_end(tagged, start)
    if end == start + 1 or end >= len(tagged) or tagged[end].pos == "ART" or tagged[end].word == ",":
        return None
    if tagged[end].pos == "KON" and (end + 1 >= len(tagged) or tagged[end + 1].pos not in _FINITE):
        return None  # "der Laden und die Bäckerei": the subject goes on
    # The phrase must be a nominative subject: "die"/"das" are, "der" only before a singular noun
    # whose verb agrees; a plural verb after "der" would mean a genitive or dative, not a subject.
    if tagged[start].word.lower() == "der" and tagged[verb].word.endswith("en"):
        return None
    words = [t.word for t in tagged[start:end]]
    return _join([words[0][:1].upper() + words[0][1:], *words[1:]]), end


def _nominative_free(clause: tuple[morph.Token, ...]) -> bool:
    """No word in the clause that could be its subject: the relative pronoun is the subject.

    A noun phrase after a preposition is not a subject; an article that is never nominative
    (den, dem, des, einen, einem) does not open one either.
    """
    inside_pp = False
    for position, token in enumerate(clause):
        if token.pos in ("APPR", "APPRART", "APPO"):
            inside_pp = True
            continue
        if token.pos in ("PPER", "PIS", "PDS"):
            return False
        if token.pos == "ART":
            if not inside_pp and token.word.lower() in _NOMINATIVE_ARTICLES:
                return False
            continue
        if token.pos in ("NN", "NE"):
            if not inside_pp:
                previous = clause[position - 1] if position else None
                # A bare noun could be the subject ("die Menschen helfen"), except a measure ("19 Jahre").
                if previous is None or previous.pos not in ("ART", "CARD", "ADJ(A)", "NN", "NE", "PPOSAT"):
                    return False
            inside_pp = False
    return True


def loose_relatives(sentence: str) -> str:
    """The sentence without the relative clauses that only add to their noun (``_relatives``), else itself."""
    cut = _relatives(sentence)
    return cut[0] if cut and cut[0] != sentence else sentence


def _relatives(sentence: str) -> list[str]:
    """Relative clauses after a name or an indefinite noun go; after a name they may become a sentence.

    A relative clause after a proper name is non-restrictive (it adds to a person already named),
    so the sentence stays true without it. After an indefinite noun ("eine Veranstaltung, zu der …")
    it narrows a new referent; without it the statement is less exact but not false. After a definite
    or quantified noun ("alle Bürger, die …") the clause restricts the statement: never cut.
    A non-restrictive clause whose pronoun is its subject becomes "Name + verb + rest."
    """
    tagged = morph.tag(sentence)
    words = [t.word for t in tagged]
    for index, token in enumerate(tagged[:-2]):
        if token.word != "," or index == 0:
            continue
        opener = index + 1
        if tagged[opener].pos in ("APPR", "APPRART") and opener + 1 < len(tagged):
            opener += 1
        if tagged[opener].pos not in ("PRELS", "PRELAT") and tagged[opener].word.lower() not in ("welcher", "welche"):
            continue
        # The clause is verb-final: it closes at the first comma or end mark after a finite verb.
        close = next(
            (j for j in range(opener + 1, len(tagged)) if tagged[j].word in _CLOSERS and tagged[j - 1].pos in _FINITE),
            None,
        )
        if close is None or any(t.word in (",",) for t in tagged[opener:close]):
            return [sentence]
        definite = _definite_subject(tagged, index, opener, close)
        if definite is not None:
            return definite
        antecedent = _antecedent(tagged, index)
        if antecedent is None:
            # "… die Versorgung der beiden Bewohner, die das Haus verlassen hatten": a definite noun
            # phrase that names all it means (subordinate.definite_relative) gets its own statement.
            both = definite_relative(
                tagged, index, opener, close, subject_only=_nominative_free(tagged[opener + 1 : close - 1])
            )
            return both or [sentence]
        start, stop, named = antecedent
        rest = words[:index] + (words[close + 1 :] if words[close] == "," else words[close:])
        kept = _sentence(rest)
        out = _relatives(kept) if kept else []
        last = close == len(tagged) - 1
        if not named and opener == index + 1 and last:
            # "… nahm einen Mann fest, der … gestohlen hatte": the clause is a statement about the man
            # (subordinate.relative_as_main), said after the sentence that introduces him.
            told = relative_as_main(
                list(tagged[:index]),
                list(tagged[start:stop]),
                tagged[opener],
                list(tagged[opener + 1 : close]),
                subject_only=_nominative_free(tagged[opener + 1 : close - 1]),
            )
            return [*out, told] if told is not None and out else out
        if not named or opener != index + 1 or tagged[opener].word.lower() not in _RELATIVE_PRONOUNS:
            return out
        owner = _owner_of_noun(tagged, start)
        if owner is not None and _may_own_clause(tagged, owner, tagged[opener].word.lower()):
            # "eine Allgemeinverfügung der Stadt Altenbrück, die … veröffentlicht wurde": a name in the
            # genitive (or "von") of a noun before it leaves two antecedents of one gender; the clause
            # may tell of the first ("Man hat Altenbrück … veröffentlicht" was wrong). It only goes.
            return out
        # "der 19 Jahre … stand und nun in den Ruhestand wechselt": each verb-final part with the pronoun
        # as its subject becomes "Name + verb + rest".
        parts: list[list[morph.Token]] = [[]]
        for item in tagged[opener + 1 : close]:
            if item.word == "und" and parts[-1] and parts[-1][-1].pos in _FINITE:
                parts.append([])
            else:
                parts[-1].append(item)
        for part in parts:
            finite = [t for t in part if t.pos in _FINITE]
            if len(finite) != 1 or part[-1].pos not in _FINITE or not _nominative_free(tuple(part[:-1])):
                continue
            verb, particle = verb_second(part[-1])
            tail = [particle] if particle else []
            out.append(_sentence([*words[start:stop], verb, *[t.word for t in part[:-1]], *tail]))
        return out
    return [sentence]


def _definite_subject(tagged: tuple[morph.Token, ...], comma: int, opener: int, close: int) -> list[str] | None:
    """ "Die Tour, die alle 2 Jahre stattfindet, ist beliebt." -> "Die Tour ist beliebt. Die Tour findet alle 2 Jahre statt."

    A relative clause after a definite singular subject at the sentence start says one more thing
    about that one referent, restrictive or not: both statements are true of it, so the sentence
    becomes two with the noun repeated (Leichte-Sprache rule books: one statement per sentence). The
    clause is never dropped, only made a sentence of its own; a plural ("Die Schüler, die krank
    waren, …") would turn a restriction into a claim about all of them and is left whole, as is
    any clause whose relative pronoun might not be its subject ("derjenige", an object pronoun).
    """
    article = tagged[0].word.lower()
    if tagged[0].pos != "ART" or article not in ("der", "die", "das") or opener != comma + 1:
        return None
    if tagged[comma - 1].pos != "NN" or any(t.pos != "ADJ(A)" for t in tagged[1 : comma - 1]):
        return None
    if tagged[opener].word.lower() != article or close >= len(tagged) or tagged[close].word != ",":
        return None
    clause = tagged[opener + 1 : close]
    main = tagged[close + 1 :]
    finite = [t for t in clause if t.pos in _FINITE]
    main_finite = [t for t in main if t.pos in _FINITE]
    if len(finite) != 1 or clause[-1].pos not in _FINITE or len(main_finite) != 1 or main[0].pos not in _FINITE:
        return None
    # Singular on both verbs: "die" may be plural, and a plural restriction must stay whole.
    if any(re.search(r"(?:en|ern|eln)$", t.word) or t.word == "sind" for t in (*finite, *main_finite)):
        return None
    if not _nominative_free(tuple(clause[:-1])) or any(t.word in (",", "und", "oder") for t in (*clause, *main)):
        return None
    subject = [t.word for t in tagged[:comma]]
    first = _sentence([*subject, *[t.word for t in main]])
    verb, particle = verb_second(clause[-1])
    second = _sentence([*subject, verb, *[t.word for t in clause[:-1]], *([particle] if particle else [])])
    return [first, second]


def _owner_of_noun(tagged: tuple[morph.Token, ...], name: int) -> int | None:
    """The noun the name at ``name`` (with a kind noun before it: "der Stadt Altenbrück") belongs to as a
    genitive or "von" attribute ("einer Verfügung der Stadt X", "die Leiterin von der Kita X"), or None."""
    start = name
    while start > 0 and tagged[start - 1].pos in ("NN", "ADJ(A)") and tagged[start - 1].word[:1].isupper():
        start -= 1
    before = [t.word.lower() for t in tagged[max(0, start - 2) : start]]
    if before[-1:] in (["der"], ["des"], ["vom"], ["von"]) and start > 1 and tagged[start - 2].pos in ("NN", "NE"):
        return start - 2  # a genitive or a "von" phrase after its noun
    if before in (["von", "der"], ["von", "dem"], ["von", "den"]) and start > 2 and tagged[start - 3].pos in ("NN", "NE"):
        return start - 3
    return None


# The genders of a singular noun each article may stand before, in any case (Duden declension tables).
_ARTICLE_GENDERS: Final = {
    "die": frozenset({"die"}), "eine": frozenset({"die"}), "einer": frozenset({"die"}), "das": frozenset({"das"}),
    "den": frozenset({"der"}), "einen": frozenset({"der"}), "dem": frozenset({"der", "das"}),
    "des": frozenset({"der", "das"}), "einem": frozenset({"der", "das"}), "eines": frozenset({"der", "das"}),
    "ein": frozenset({"der", "das"}), "der": frozenset({"der", "die"}),
}  # fmt: skip


def _may_own_clause(tagged: tuple[morph.Token, ...], owner: int, pronoun: str) -> bool:
    """The owner's noun may be what the relative pronoun points at: its gender fits or is unknown."""
    from pressconv.transforms.easy.titles import noun_gender  # titles imports this module's users

    if pronoun == "die":
        return True  # feminine or plural: any owner may be meant
    gender = noun_gender(tagged[owner].word)
    if gender is not None:
        return gender == pronoun
    # The owner's article shows the genders it may have (Duden declension tables): "die Nachfolge"
    # is feminine or plural, so "der" after "von Uwe Schaper" is his.
    article = next((t.word.lower() for t in reversed(tagged[:owner]) if t.pos in ("ART", "PPOSAT")), None)
    shown = _ARTICLE_GENDERS.get(article or "")
    return shown is None or pronoun in shown


def _attribute_of_noun(tagged: tuple[morph.Token, ...], noun: int) -> bool:
    """The noun stands in a prepositional phrase right after another noun ("Karten für Linie 5")."""
    start = noun
    while start > 0 and tagged[start - 1].pos in ("ART", "ADJ(A)", "CARD"):
        start -= 1
    return start > 1 and tagged[start - 1].pos in ("APPR", "APPRART") and tagged[start - 2].pos in ("NN", "NE")


def _indefinite_antecedent(tagged: tuple[morph.Token, ...], article: int, noun: int, comma: int) -> bool:
    """The relative pronoun after ``comma`` can only point at the indefinite noun phrase ``article``…``noun``.

    Its article fits the pronoun's gender, and every other noun of the clause between the finite verb
    and it has a gender the lexicon knows and that differs (so no definite or counted noun before it
    can be what the clause restricts). "die" may be plural and is not read here.
    """
    from pressconv.transforms.easy.titles import noun_gender  # titles imports this module's users

    pronoun = tagged[comma + 1].word.lower() if comma + 1 < len(tagged) else ""
    determiner = tagged[article].word.lower()
    if pronoun not in ("der", "das") or determiner not in _INDEFINITE:
        return False
    if pronoun not in _ARTICLE_GENDERS.get(determiner, frozenset()):
        return False  # the article shows another gender ("einen" is masculine only)
    if noun_gender(tagged[noun].word) not in (None, pronoun):
        return False
    finite = next((i for i, t in enumerate(tagged) if t.pos in _FINITE), None)
    if finite is None or finite > article:
        return False
    # Every noun of the clause before it, the subject before the verb too ("Ein Zeuge hat einen
    # Lieferwagen beobachtet, der sich … meldete": "der" is the witness).
    others = [t for t in tagged[:article] if t.pos in ("NN", "NE", "NNA")]
    return all(t.pos == "NN" and noun_gender(t.word) not in (None, pronoun) for t in others)


def _agrees(tagged: tuple[morph.Token, ...], noun: int, comma: int) -> bool:
    """The relative pronoun after ``comma`` has the gender of the noun at ``noun`` (the lexicon's)."""
    from pressconv.transforms.easy.titles import noun_gender  # titles imports this module's users

    pronoun = tagged[comma + 1].word.lower() if comma + 1 < len(tagged) else ""
    gender = noun_gender(tagged[noun].word)
    if pronoun == "die":
        # "die" is feminine or plural: only with a singular verb in the clause is it the feminine noun's.
        verb = next((t for t in tagged[comma + 2 :] if t.pos in _FINITE), None)
        if verb is None or re.search(r"(?:en|ern|eln)$", verb.word) or verb.word == "sind":
            return False
    if gender is not None:
        return {"der": "der", "die": "die", "das": "das"}.get(pronoun) == gender
    # A gender no list knows: the noun must be the only one after the finite verb, so the pronoun can
    # point at no other noun of the Mittelfeld.
    finite = next((i for i, t in enumerate(tagged) if t.pos in _FINITE), None)
    return finite is not None and [i for i in range(finite + 1, comma) if tagged[i].pos in ("NN", "NE")] == [noun]


# Approximators before a count (Duden grammar: Gradpartikel): "rund 60", "etwa 40", "über 300".
_ABOUT: Final = frozenset(["rund", "etwa", "ungefähr", "circa", "knapp", "über", "fast"])


def _antecedent(tagged: tuple[morph.Token, ...], comma: int) -> tuple[int, int, bool] | None:
    """Where the noun phrase before a relative clause starts and ends, and whether it is a name.

    None when the clause may restrict the statement (a definite or quantified noun phrase).
    """
    end = comma - 1
    # A clause extraposed after the verb's last part ("… von Uwe Schaper an, der …") still follows its noun.
    extraposed = end > 0 and tagged[end].pos == "PTKVZ"
    if extraposed:
        end -= 1
    if end > 1 and tagged[end].pos in ("VV(PP)", "VV(INF)", "VA(PP)") and tagged[end - 1].pos == "CARD":
        # "hat den Lärmaktionsplan 2027 veröffentlicht, der ab Juli gilt": a clause extraposed after the
        # participle (Duden grammar: Nachfeld) follows the numbered noun right before it. Only that
        # shape is read here: after any other word the antecedent is not certain.
        number = end - 1
        if (
            tagged[number - 1].pos == "NN"
            and tagged[number].word[:1].isdigit()
            and _agrees(tagged, number - 1, comma)
            and not _attribute_of_noun(tagged, number - 1)
        ):
            return number - 1, number + 1, False
        return None
    if end > 1 and tagged[end].pos in ("VV(PP)", "VV(INF)", "VA(PP)") and tagged[end - 1].pos == "NN":
        # "hat den Verdacht … bei einem verendeten Wildschwein bestätigt, das … gefunden worden war":
        # extraposed after the participle (Nachfeld), the clause follows the indefinite noun right
        # before it, as after a particle (below); the statement stays true without it.
        noun = end - 1
        start = noun
        while start > 0 and tagged[start - 1].pos in ("ADJ(A)", "ADJ(D)"):
            start -= 1
        if start > 0 and _indefinite_antecedent(tagged, start - 1, noun, comma):
            return start - 1, end, False
        return None
    if tagged[end].pos == "NN" and end > 0 and tagged[end - 1].pos == "NE":
        end -= 1  # "Anna Muster": HanTa may read a surname as a common noun after a first name
        stop = end + 2
    elif tagged[end].pos == "NE":
        stop = end + 1
    else:
        number = end - 2 if end > 2 and tagged[end - 1].word == "/" and tagged[end - 2].pos == "CARD" else end
        if tagged[end].pos == "CARD" and tagged[number - 1].pos == "NN" and tagged[end].word[:1].isdigit():
            # "im Schuljahr 2026/2027, das …", "die Buslinie 271, die …": a number after a noun marks
            # one referent the way a name does (Duden grammar: nachgestellte Zahl als Kennzeichnung),
            # so the clause adds to it and does not restrict it; it may go. Not where the numbered noun
            # is the attribute of a noun before it ("die Monatskarten für Linie 5, die …"): the clause
            # may belong to that noun and restrict it (review of session 29).
            if _attribute_of_noun(tagged, number - 1) or not _agrees(tagged, number - 1, comma):
                return None
            return number - 1, end + 1, False  # "2026/2027": a span of years is one number
        if tagged[end].pos != "NN":
            return None
        # Extraposed after the particle ("nahm einen Mann fest, der …"), the clause follows the noun
        # right before the particle; only an indefinite one (below) may lose or lend it.
        start = end
        while start > 0 and tagged[start - 1].pos in ("ADJ(A)", "CARD"):
            start -= 1
        if (
            tagged[start].pos == "CARD"
            and start > 0
            and (tagged[start - 1].word.lower() in _ABOUT or tagged[start - 1].pos in _FINITE)
        ):
            # "versteigert rund 60 Fahrräder, die … gefunden wurden": a count without an article is an
            # indefinite noun phrase (Duden grammar: Kardinalzahl als unbestimmtes Artikelwort); the
            # statement stays true of the count without the clause. "die 60 Fahrräder, die …" or
            # "nur 60 …" (a definite or scoped count) is not read here.
            return start, end + 1, False
        if start > 0 and tagged[start - 1].word.lower() in _INDEFINITE:
            if start > 1 and tagged[start - 2].word.lower() in ("als", "wie"):
                # "lobte die Stadt als eine Stadt, die …": the noun after "als" says nothing by itself;
                # the relative clause is what the predicate says (Duden grammar, prädikatives "als").
                return None
            return start - 1, end + 1, False
        return None
    start = end
    while start > 0 and tagged[start - 1].pos == "NE":
        start -= 1
    return start, stop, True


def trim(sentence: str) -> str:
    """Drop an afterthought after the closed clause: "… gearbeitet, zunächst als Referatsleiter."

    After the verb's last part (participle, infinitive or particle) the Nachfeld may hold a verbless
    addition behind a comma; the clause before it is complete and true on its own.
    """
    tagged = morph.tag(sentence)
    words = [t.word for t in tagged]
    for index, token in enumerate(tagged[1:-1], 1):
        if token.word != "," or tagged[index - 1].pos not in ("VV(PP)", "VV(INF)", "VA(PP)", "PTKVZ", "VA(INF)"):
            continue
        rest = tagged[index + 1 :]
        # A zu-infinitive after the comma is no afterthought but the verb's complement ("appellierte an
        # die Betriebe, auch Ungelernten eine Chance zu geben"): without it the verb says nothing.
        clause = any(t.pos in (*_FINITE, "VV(IZU)", "PTKZU", "VV(INF)", "VA(INF)") or t.word == "," for t in rest)
        if rest and rest[0].pos in ("ADV", "KOKOM") and not clause:
            return _sentence(words[:index])
    return sentence


# Personal pronouns that open a sentence and the articles that show the same gender in the nominative.
# Every article form that may show the gender (in any case), so any such noun is a rival antecedent.
_PRONOUN_GENDER: Final = {
    "Er": ("der", "den", "dem", "des", "ein", "einen", "einem", "eines", "kein", "keinen", "keinem", "ihn", "ihm"),
    "Sie": ("die", "der", "eine", "einer", "keine", "keiner", "ihr"),
}


def resolve(sentence: str, previous: str | None) -> str | None:
    """ "Er kam …" after "Uwe Schaper stand …" -> "Uwe Schaper kam …"; None when not resolvable.

    Only an opening "Er" or singular "Sie" is replaced, only by the previous sentence's subject when
    that subject is a name (its own noun phrase before the finite verb) and no other noun phrase of
    the pronoun's gender stands in that sentence. Anything less certain is left for the verifier.
    """
    first = sentence.split(" ", 1)
    if len(first) < 2 or first[0] not in _PRONOUN_GENDER or previous is None:
        return None
    tagged = morph.tag(sentence)
    if len(tagged) < 3 or tagged[1].pos not in _FINITE:
        return None
    if first[0] == "Sie" and tagged[1].word.endswith(("en", "sind")):
        return None  # "Sie haben …": plural or the reader, not one person
    before = morph.tag(previous)
    verb = next((i for i, t in enumerate(before) if t.pos in _FINITE), None)
    if verb is None or verb == 0:
        return None
    articles = _PRONOUN_GENDER[first[0]]
    if _phrase_end(before, 0) == verb and before[0].pos == "NE":
        # The subject is a name: no other noun of the pronoun's gender, and no other name, may follow.
        rest = before[verb:]
        if any(t.word.lower() in articles and t.pos in ("ART", "PIAT", "PPER") for t in rest):
            return None
        if any(a.pos == "NE" and b.pos == "NE" for a, b in pairwise(rest)):
            return None
        name = " ".join(t.word for t in before[:verb])
        return f"{name} {first[1]}"
    if first[0] != "Er":
        return None
    return _known_man(before, first[1])


def _gender(noun: str) -> str | None:
    """The noun's grammatical gender from the lexicon, if it lists the noun."""
    from pressconv.transforms.easy.lexicon import lookup

    entry = lookup(noun)
    return entry.gender if entry is not None and entry.gender in ("der", "die", "das") else None


def _known_man(before: tuple[morph.Token, ...], rest: str) -> str | None:
    """ "Ein 77-Jähriger war … unterwegs." + "Er kam …" -> "Der 77-Jährige kam …".

    The one masculine noun phrase of the previous sentence, introduced with "ein" and shown to be
    masculine by its ending (a nominalised adjective or an adjective in -er), is named again with
    the definite article. Any other noun that "er" could mean (an article of that gender, a name,
    a pronoun) makes the reference uncertain, and nothing is replaced.
    """
    found: list[tuple[int, int]] = []
    for index, token in enumerate(before):
        if token.pos == "ART" and token.word.lower() == "ein":
            end = _phrase_end(before, index)
            head = before[end - 1]
            adjectives = [t for t in before[index + 1 : end - 1] if t.pos == "ADJ(A)"]
            # "-Jähriger", "Verletzter": a capitalised adjective is a nominalised one, the head noun.
            nominal = head.pos == "NNA" or (head.pos == "ADJ(A)" and head.word.lstrip("-")[:1].isupper())
            masculine = (nominal and head.word.endswith("er")) or any(a.word.endswith("er") for a in adjectives)
            if masculine and (nominal or head.pos == "NN"):
                found.append((index, end))
    if len(found) != 1:
        return None
    start, end = found[0]
    rivals = _PRONOUN_GENDER["Er"]
    for index, token in enumerate(before):
        if start <= index < end:
            continue
        if token.pos == "NE" or (token.pos == "PPER" and token.word.lower() in rivals):
            return None
        if token.pos not in ("ART", "PIAT") or token.word.lower() not in rivals:
            continue
        if token.word.lower() == "der" and index and before[index - 1].pos in ("APPR", "APPRART"):
            continue  # "in der Straße": after a preposition "der" is feminine
        noun = next((t for t in before[index + 1 :] if t.pos in ("NN", "NNA")), None)
        if noun is None or _gender(noun.word) in (None, "der"):
            return None  # a masculine noun, or one whose gender is unknown, could be meant
    words = ["Der"]
    for token in before[start + 1 : end]:
        # After "der" the weak ending: "ein junger Mann" -> "der junge Mann", "ein 77-Jähriger" -> "der 77-Jährige".
        words.append(re.sub(r"er$", "e", token.word) if token.pos in ("ADJ(A)", "NNA") else token.word)
    return f"{_join(words)} {rest}"


# Nouns made from verbs or adjectives (Nominalstil): a PP they head states a circumstance.
_NOMINAL: Final = ("ung", "ungen", "heit", "keit", "nahme", "ion", "ionen", "erstattung")
# Evidential phrases ("nach derzeitigem Ermittlungsstand", "laut Polizei") say who knows it: kept.
_EVIDENTIAL: Final = ("stand", "angabe", "angaben", "erkenntnis", "erkenntnissen", "einschätzung", "informationen")
# Not "wegen": "ermittelt wegen Diebstahls" names the charge, the key fact of a police report.
_CIRCUMSTANCE: Final = frozenset(["aus", "nach", "aufgrund", "mit", "bei", "beim", "durch", "im", "infolge", "zur", "zum"])


def shorten(sentence: str, limit: int = 12) -> str:
    """Leave out prepositional phrases of circumstance until the sentence fits ``limit`` words.

    A phrase goes only if it names no number, date or name, is headed by a nominalisation
    ("nach Berichterstattung durch …", "im Rahmen einer Begehung") or gives a reason ("aufgrund",
    "wegen"), and does not close the sentence (where it may be the verb's own complement:
    "sucht nach dem Täter"). Negation and scope words never stand in such a phrase ("ohne" is no
    circumstance preposition here). What remains is the same statement with less detail.
    """
    words = sentence.split()
    if len(words) <= limit:
        return sentence
    sentence = _without_praise(sentence)
    if len(sentence.split()) <= limit:
        return sentence
    sentence = _without_now(sentence)
    if len(sentence.split()) <= limit:
        return sentence
    # Sentence adverbs (adjuncts.py), the weekday and "insgesamt" go only where the cuts together
    # fit the limit: a sentence left too long goes on to the kernel (select._fitted) as it was,
    # which refuses a dated apposition rather than cut the date itself.
    unshortened = sentence
    sentence = without_weekday_and_total(without_adjuncts(sentence))
    if len(sentence.split()) <= limit:
        return sentence
    tagged = list(morph.tag(sentence))
    verb = next((i for i, t in enumerate(tagged) if t.pos in _FINITE), None)
    if verb is None:
        return unshortened
    # Under a negation or a limit a circumstance phrase may be what the negation is about ("wirkt
    # bei der Bearbeitung nicht mit" is not "wirkt nicht mit"): without it the claim is broader
    # (rubric, item 2: a restriction dropped), so no phrase goes.
    if _LIMITED.search(sentence):
        return unshortened
    for _ in range(3):
        span = _circumstance(tagged, verb)
        if span is None:
            break
        start, end = span
        tagged = tagged[:start] + tagged[end:]
        text = _join([t.word for t in tagged])
        if len(text.split()) <= limit:
            return text[:1].upper() + text[1:]
    # Last, the describing adjectives of a place ("im stark bewachsenen Graben" -> "im Graben"):
    # the place stays the same place, named with less detail.
    plain = _without_place_adjectives(sentence)
    return plain if len(plain.split()) <= limit else unshortened


# Prepositions of place and direction (Duden grammar, Lokaladverbiale): their noun phrase says where.
_PLACE: Final = frozenset(["in", "im", "ins", "auf", "an", "am", "neben", "unter", "hinter", "zwischen", "aus"])
# Adjectives that say which thing is meant, or whether it is one, not how it looks (privative and
# ordering adjectives, Duden grammar): without them another place or thing would be named.
# "in den kommenden Tagen", "am frühen Morgen": a preposition of place also opens a time phrase,
# whose adjective says which time is meant; cutting it changes the time (Duden grammar: Temporalangabe).
_TIME_NOUN: Final = re.compile(
    r"^(?:Tag|Woche|Monat|Jahr|Stunde|Minute|Zeit|Nacht|Nächte|Morgen|Vormittag|Mittag|Nachmittag|Abend|"
    r"Wochenende|Ferien|Saison|Quartal|Halbjahr|Frühjahr|Frühling|Sommer|Herbst|Winter)"
)
_IDENTIFYING: Final = re.compile(
    r"^(?:ehemalig|früher|angeblich|mutmaßlich|vermeintlich|falsch|eigen|erst|zweit|dritt|letzt|nächst|"
    r"ander|einzig|gleich|selb|dortig|hiesig|link|recht|ober|unter|vorder|hinter|nördlich|südlich|"
    r"östlich|westlich|neu|alt|gesamt|ganz|jeweilig|bestimmt|\d)",
    re.IGNORECASE,
)


# Relational (classifying) adjectives, Duden grammar "Relationsadjektiv": derived from a noun with
# -isch/-lich/-al/-ell/-iv/-är/-ig ("schmal" is no derivation), they name a kind of the noun ("die
# sozialen Medien", "die gesetzliche Krankenkasse", "die freiwillige Feuerwehr"); without them the
# phrase names the whole class, a broader claim (rubric, item 2: a restriction dropped makes a claim broader).
_RELATIONAL: Final = re.compile(r"(?:isch|lich|[intrku]al|ell|iv|är|ar|ig)(?:e|er|es|en|em)?$", re.IGNORECASE)
# Articles of one place already known (definite singular; "der" after a preposition is the dative
# feminine): only there an adjective can describe the place rather than pick some places out of
# many. A bare or plural noun phrase ("unter bestimmten Voraussetzungen", "in den sozialen Medien")
# is restricted by its adjective (Duden grammar: restriktives Attribut), so it is never cut.
_ONE_PLACE: Final = frozenset(["dem", "der", "das"])


def _without_place_adjectives(sentence: str) -> str:
    """The sentence without adjectives (and their adverbs) before the noun of a place phrase."""
    if _SCOPE.search(sentence):
        return sentence
    tagged = morph.tag(sentence)
    keep: list[str] = []
    index = 0
    while index < len(tagged):
        token = tagged[index]
        keep.append(token.word)
        index += 1
        if token.pos not in ("APPR", "APPRART") or token.word.lower() not in _PLACE:
            continue
        if index < len(tagged) and tagged[index].pos == "ART":
            if tagged[index].word.lower() not in _ONE_PLACE:
                continue
            keep.append(tagged[index].word)
            index += 1
        elif token.pos != "APPRART":
            continue  # no article: the adjective says which places are meant
        end = index
        while end < len(tagged) and (
            tagged[end].pos in ("ADJ(A)", "ADV", "ADJ(D)") or (tagged[end].word in ("und", ",") and end > index)
        ):
            end += 1
        run = tagged[index:end]
        adjectives = [t for t in run if t.pos == "ADJ(A)"]
        if (
            end < len(tagged)
            and tagged[end].pos == "NN"
            and adjectives
            and run[-1].pos == "ADJ(A)"
            and not any(_IDENTIFYING.match(t.word) for t in run)
            # A capitalised adjective is part of a name ("am Geheimen Staatsarchiv").
            and not any(t.pos == "ADJ(A)" and (t.word[:1].isupper() or _RELATIONAL.search(t.word)) for t in run)
            and not _TIME_NOUN.match(tagged[end].word)
        ):
            index = end  # the run of describing words goes; the noun follows
    return _sentence(keep)


# Evaluative adjectives: the writer's praise or stress, not a fact ("ein wichtiger Schritt", "bei
# herrlichem Wetter"). Never those that change who or what is meant (mutmaßlich, ehemalig,
# stellvertretend, vorläufig) or how bad it is (schwer, leicht, tödlich): they are not listed.
_PRAISE: Final = re.compile(
    # Only after an article: "bei herrlichem Wetter" without its adjective would lose its form.
    r"\b(der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|ihre|ihren|seine|seinen)"
    r"\s(?:wichtig|herrlich|toll|wunderbar|wunderschön|spannend|interessant|vielfältig|engagiert|"
    r"hervorragend|ausgezeichnet|bemerkenswert|erfreulich|großartig|tatkräftig|herzlich|zahlreich|"
    r"abwechslungsreich|umfangreich|intensiv|erfolgreich|enorm|riesig)(?:e|er|es|en|em)?(?=\s[A-ZÄÖÜ])",
    re.IGNORECASE,
)
# Under negation or a quantifier, leaving out an adjective can make the sentence false
# ("kein großer Schaden" is not "kein Schaden").
_SCOPE: Final = re.compile(r"\b(?:nicht|kein\w*|nie|niemand|nichts|ohne|alle\w*|jede\w*|nur)\b", re.IGNORECASE)


# Adverbs that place a present-tense statement in the present (Duden grammar, Temporaladverbien):
# the present tense says it already, so the statement is as true without them.
_NOW: Final = re.compile(r"(?<=\w) (?:derzeit|zurzeit|momentan|aktuell|gegenwärtig|inzwischen)(?= \w)")


def _without_now(sentence: str) -> str:
    """ "Der Verein bietet derzeit 9 Kurse an." -> "Der Verein bietet 9 Kurse an." (present tense only)."""
    tagged = morph.tag(sentence)
    finite = [t for t in tagged if t.pos in _FINITE]
    if len(finite) != 1 or morph.is_preterite(finite[0].word, finite[0].lemma) or finite[0].word in ("war", "waren"):
        return sentence
    if any(t.pos == "VV(PP)" for t in tagged):
        return sentence  # a Perfekt or passive: "inzwischen" may say the change is new
    return _NOW.sub("", sentence)


def _without_praise(sentence: str) -> str:
    """The sentence without evaluative adjectives before nouns, unless a scope word is present."""
    if _SCOPE.search(sentence):
        return sentence
    return _PRAISE.sub(r"\1", sentence)


# Negations and limits whose scope may take in a circumstance phrase (see shorten).
_LIMITED: Final = re.compile(
    r"\b(?:nicht|kein\w*|nie|niemals|niemand|nichts|nur|ausschließlich|lediglich|erst|höchstens|mindestens|kaum)\b",
    re.IGNORECASE,
)
# Focus particles (Duden grammar, Gradpartikeln): the phrase right after one is what it is about
# ("liegt auch nach der Erhöhung im Mittelfeld"); without the phrase the particle says something else.
_FOCUS: Final = frozenset(["auch", "sogar", "selbst", "noch", "gerade", "ebenfalls", "schon", "bereits"])
# Prepositions that with a bare noun (no article) state a condition or a kind, not a circumstance
# (Duden grammar: "bei Regen" = "wenn es regnet", "nach Möglichkeit", "nach Vereinbarung", "Menschen
# mit Behinderung", "binnen einer Woche nach Verkündung"): without them the claim holds always or
# for all, a broader one (rubric, item 2).
_CONDITIONAL: Final = frozenset(["bei", "nach", "mit", "ohne"])


def _circumstance(tagged: list[morph.Token], verb: int) -> tuple[int, int] | None:
    """The first droppable circumstance phrase after the finite verb, as (start, end)."""
    for start in range(verb + 1, len(tagged)):
        token = tagged[start]
        if token.pos not in ("APPR", "APPRART") or token.word.lower() not in _CIRCUMSTANCE:
            continue
        if tagged[start - 1].word.lower() in _FOCUS:
            continue
        bare = token.word.lower() in _CONDITIONAL and start + 1 < len(tagged) and tagged[start + 1].pos in ("NN", "ADJ(A)")
        if bare and token.word.lower() != "nach":
            continue
        # "beim Eintreffen der Feuerwehr": "beim" + a nominalised infinitive is a clause of time
        # ("als die Feuerwehr eintraf", Duden grammar: substantivierter Infinitiv); it says when, not what.
        during = token.word.lower() == "beim" and start + 1 < len(tagged) and tagged[start + 1].pos == "NNI"
        end = start + 2 if during else _phrase_end(tuple(tagged), start + 1)
        # A genitive or "von"/"durch" phrase inside belongs to it ("im Rahmen einer Begehung").
        whole = True
        while end < len(tagged) and (
            (tagged[end].pos == "ART" and tagged[end].word in ("des", "der", "eines", "einer"))
            or tagged[end].word in ("von", "vom", "durch")
        ):
            after = _phrase_end(tuple(tagged), end + 1)
            if not any(t.pos in ("NN", "NE", "NNI") for t in tagged[end:after]):
                whole = False  # "des besonders schweren Diebstahls": a phrase this parse cannot close
                break
            end = after
        phrase = tagged[start:end]
        # A bare "nach" phrase is a condition ("nach Möglichkeit", "nach Vereinbarung") or the
        # attribute of a time span ("eine Woche nach Verkündung"); only one with its own agent or
        # genitive ("nach Berichterstattung durch die Leiterin") says when, as a clause of time would.
        if bare and not any(t.pos == "ART" or t.word in ("von", "vom", "durch") for t in phrase):
            continue
        following = tagged[end] if end < len(tagged) else None
        if not whole or (following is not None and (following.pos == "KON" or following.word in ("des", "eines"))):
            continue  # the phrase goes on ("mit X und Y", a genitive): cutting would leave its rest behind
        if end == start + 1 or any(t.pos in ("CARD", "NE") or t.word[:1].isdigit() for t in phrase):
            continue
        nouns = [t.word.lower() for t in phrase if t.pos in ("NN", "NNI")]
        if not nouns or any(n.endswith(_EVIDENTIAL) for n in nouns):
            continue
        # "aus gesundheitlichen Gründen", "aus Sicherheitsgründen": "aus" + "Grund" is a causal
        # adverbial (Duden grammar, Kausalangabe) like "aufgrund"; the statement holds without its reason.
        reason = token.word.lower() in ("aufgrund", "infolge") or (
            token.word.lower() == "aus" and nouns[-1].endswith(("gründen", "grund"))
        )
        framed = token.word.lower() == "im" and nouns[0] == "rahmen"
        if not (reason or framed or during or nouns[0].endswith(_NOMINAL)):
            continue
        rest = [t for t in tagged[end:] if t.pos not in ("$.", "VV(PP)", "VV(INF)", "VA(INF)", "PTKVZ", "VM(INF)")]
        closes = not rest or tagged[end].pos.startswith("$")
        if closes and not (reason and tagged[end].pos != "$,"):
            continue  # the phrase closes the clause: it may be the verb's complement (never a reason)
        return start, end
    return None
