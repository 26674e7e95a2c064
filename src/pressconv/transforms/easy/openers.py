"""A connective opener that points back is left out, and the subject takes its place in the Vorfeld.

"Dennoch fordert der Verein mehr Geld." -> "Der Verein fordert mehr Geld.". An adverb that links to
the sentence before ("dennoch", "damit", "dort", "außerdem") points at nothing in a summary (rubric,
item 3: "Anschließend" as an opener); without it the claim is the same, only its link is gone.
German is verb-second: when the opener goes, the subject (the first noun phrase after the finite
verb, the unmarked Mittelfeld order) moves before the verb. Scope words are never dropped ("auch",
"nur", "nicht", "unter anderem" limit what is said; without them the sentence would be false), and
an answer particle ("Nein, es gibt …") stays: it answers a question the summary does not have.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["without_opener", "without_particles"]

# Connective adverbs that open a main clause (Duden grammar, Konjunktionaladverbien): they link the
# statement to the one before (cause, addition, contrast) but never limit it, so without them it is as
# true. Closed class.
_OPENERS: Final = frozenset(
    [
        "dennoch", "trotzdem", "daher", "deshalb", "deswegen", "außerdem", "zudem", "zusätzlich", "ferner",
        "weiterhin", "jedoch", "allerdings", "nun", "also", "somit", "folglich", "inzwischen", "mittlerweile",
        "schließlich", "darum", "stattdessen", "gleichzeitig",
    ]
)  # fmt: skip
# Adverbs of sequence place the statement after or before another event. In a told past ("Danach
# flüchtete er.") the event happened all the same; in a present or future statement they tie it to an
# occasion ("Anschließend zeigt ein Glasbläser sein Handwerk." happens once, after the opening), and
# without them a one-off reads as always (judged as a wrong statement): there they stay.
# "Damit"/"dadurch" (with this, thereby) tie a consequence to its means the same way: told in the past
# the consequence happened ("Damit hat die Strategie Anerkennung bekommen."); in the present it may hold
# only with that means ("Damit können Bürger online zahlen." is about one app).
# "Dabei" (in the course of it) in a police or fire report is the same: "Dabei wurde ein Mann verletzt."
# happened; in a present rule it restricts ("Dabei ist keine Beratung möglich.").
_SEQUENCE: Final = frozenset(
    ["anschließend", "danach", "daraufhin", "dann", "zuvor", "vorher", "seither", "damit", "dadurch", "dabei"]
)
# Pronominal adverbs of place and circumstance ("dort", "hier", "so") are never
# dropped: they restrict where or when the claim holds ("Dabei ist keine Beratung möglich." is about
# the help days, not the office), and the verifier or anaphora.py decides whether they point at
# something the summary says.
# Two-word openers: "darüber hinaus" is a connective; "im Anschluss" and "in der Folge" say sequence.
_PAIRS: Final = frozenset(["darüber hinaus"])
_SEQUENCE_PAIRS: Final = frozenset(["im anschluss", "in der folge"])
_SUBJECT_START: Final = ("ART", "NE", "NN", "ADJ(A)", "CARD", "PIAT")


def _phrase_end(tagged: tuple[morph.Token, ...], start: int) -> int:
    """Index after the noun phrase at ``start``: determiners and adjectives, then its nouns and names."""
    end = start
    nouns = False
    while end < len(tagged):
        pos = tagged[end].pos
        if pos in ("NN", "NE", "NNA"):
            # After a common noun only a name goes on with the phrase ("die Polizei Berlin"); a second
            # common noun is the next phrase, an object ("sucht die Polizei Zeugen", "gab der Mann Gas").
            if nouns and pos != "NE":
                break
            nouns = True
        elif nouns or pos not in ("ART", "ADJ(A)", "CARD", "PIAT") or (end > start and pos == "ART"):
            break
        end += 1
    return end


def without_opener(sentence: str) -> str:
    """The sentence without a linking opener, subject first; unchanged where the subject is unsure."""
    tagged = morph.tag(sentence)
    if len(tagged) < 4:
        return sentence
    lower = [t.word.lower() for t in tagged]
    if lower[0] in ("und", "aber") and tagged[0].pos == "KON":
        # "Und die Ämter prüfen …": a conjunction before a subject-first main clause.
        if tagged[1].pos in ("ART", "NE", "NN") and any(t.pos.endswith("(FIN)") for t in tagged[2:5]):
            rest = " ".join(t.word for t in tagged[1:])
            return _tidy(rest)
        return sentence
    pair = " ".join(lower[:2])
    sequence = pair in _SEQUENCE_PAIRS or lower[0] in _SEQUENCE
    width = 2 if pair in _PAIRS or pair in _SEQUENCE_PAIRS else 1 if lower[0] in _OPENERS or sequence else 0
    if not width or tagged[0].pos in ("KOUS", "KON") or width >= len(tagged):
        return sentence  # "Damit die Kinder …, …" is a subordinate clause, not an adverb
    verb = width
    if not tagged[verb].pos.endswith("(FIN)"):
        return sentence
    if sequence and not _told_past(tagged, verb):
        return sentence  # a present or future statement stays tied to its occasion (see _SEQUENCE)
    start = verb + 1
    if start < len(tagged) and lower[start] == "es" and tagged[verb].lemma == "geben":
        # "Darüber hinaus gibt es …": the expletive "es" of "es gibt" takes the Vorfeld.
        return _tidy(" ".join(["Es", tagged[verb].word, *[t.word for t in tagged[start + 1 :]]]))
    if start < len(tagged) and _subject_pronoun(tagged, start):
        # "Danach flüchtete er." -> "Er flüchtete.": the pronoun takes the Vorfeld; whether it points
        # at something the summary says is for the verifier and anaphora.py to decide.
        tail = [t.word for t in tagged[start + 1 :]]
        return _tidy(" ".join([tagged[start].word.capitalize(), tagged[verb].word, *tail]))
    if start >= len(tagged) or tagged[start].pos not in _SUBJECT_START:
        return sentence  # a pronoun, an expletive "es" or an adverb first: the subject is unclear
    end = _phrase_end(tagged, start)
    if end + 1 < len(tagged) and lower[end] in ("und", "oder") and tagged[end + 1].pos in _SUBJECT_START:
        # "Dort können Besucherinnen und Besucher …": a coordinated subject is one phrase; cut after
        # its first noun, the verb would land inside it ("Besucherinnen können und Besucher …").
        end = _phrase_end(tagged, end + 1)
    phrase = tagged[start:end]
    if not phrase or phrase[-1].pos not in ("NN", "NE", "NNA") or end >= len(tagged):
        return sentence
    if any(re.match(r"(?:weiter|ander|übrig)", t.word.lower()) for t in phrase):
        return sentence  # "weitere Kurse", "die anderen Gäste": the subject itself points back
    first = phrase[0].word.lower()
    if first in ("den", "dem", "des", "einen", "einem", "eines", "einer"):
        return sentence  # accusative, dative or genitive: not the subject
    if first == "der" and _feminine(phrase[-1].word):
        return sentence  # "der Stadt" after the verb is a feminine dative
    if any(t.word == "," for t in tagged[:end]):
        return sentence
    joined_nouns = (
        tagged[end].pos == "NN"
        and end + 1 < len(tagged)
        and (
            lower[end + 1] in ("und", "oder", ",")
            or tagged[end + 1].pos in ("ART", "PPOSAT", "PIAT", "PDAT", "CARD", "ADJ(A)")
        )
    )
    if joined_nouns or lower[end] == "," or (tagged[end].pos == "ART" and lower[end] in ("des", "der", "eines", "einer")):
        # "Darüber hinaus stehen Zeitungen, Spiele und … zur Verfügung": the comma goes on with a list
        # of subjects; nouns joined after the noun, or a noun before another noun phrase, may be its
        # close apposition ("die Haltestellen Marktplatz und Rathaus", "die Kreisverwaltung Nordstadt
        # eine Verfügung"); "des"/"der" after it may open its genitive attribute ("der Leiter des
        # Amtes"). Fronted without them, the verb would land inside the subject.
        return sentence
    subject = [t.word for t in phrase]
    subject[0] = subject[0][:1].upper() + subject[0][1:]
    words = [*subject, tagged[verb].word, *[t.word for t in tagged[end:]]]
    return _tidy(" ".join(words))


def _told_past(tagged: tuple[morph.Token, ...], verb: int) -> bool:
    """The clause tells a past event: a Präteritum finite verb, or "haben" with a participle.

    Not "sein" with a participle: "ist gesperrt" is a state that holds now (Zustandspassiv), and only
    the verb's class would tell it from "ist gekommen". HanTa tags a participle that looks like the
    infinitive ("hat … bekommen") as one; after "haben" no infinitive stands without "zu".
    """
    finite = tagged[verb]
    if morph.is_preterite(finite.word, finite.lemma) or finite.word.lower() in ("war", "waren", "wurde", "wurden"):
        return True
    rest = tagged[verb + 1 :]
    return (
        finite.lemma == "haben"
        and not any(t.word == "zu" for t in rest)
        and any(t.pos in ("VV(PP)", "VA(PP)", "VM(PP)", "VV(INF)") for t in rest)
    )


def _subject_pronoun(tagged: tuple[morph.Token, ...], start: int) -> bool:
    """A personal pronoun right after the finite verb that can only be the subject.

    "er" is nominative only (Duden grammar, declension of the personal pronoun). "sie" is nominative
    or accusative, so it counts only when no other noun phrase outside a prepositional phrase follows
    ("Dann hat sie die Polizei gefunden" is refused: who found whom?). Lower case only: a capitalised
    "Sie" there is the formal address ("Dort können Sie parken").
    """
    word = tagged[start].word
    if tagged[start].pos != "PPER" or word not in ("er", "sie"):
        return False
    if word == "er":
        return True
    governed = False
    for token in tagged[start + 1 :]:
        if token.pos in ("APPR", "APPRART"):
            governed = True
        elif token.pos in ("NN", "NE", "PPER", "PDS", "PIS") and not governed:
            return False
        elif token.pos in ("NN", "NE"):
            governed = False
    return True


def _feminine(noun: str) -> bool:
    """The noun is feminine and singular (lexicon.feminine_singular)."""
    from pressconv.transforms.easy.lexicon import feminine_singular

    return feminine_singular(noun)


def _tidy(text: str) -> str:
    """The text with German spacing and a capital first letter."""
    # The shared rules of German spacing (morph.join): quotation marks and brackets hug their words.
    text = morph.join([text])
    return text[:1].upper() + text[1:]


# Words after a clause-final "noch" that make it a scope word: "noch nicht", "noch kein", "noch immer".
_NOCH_KEEPS: Final = frozenset(["nicht", "kein", "keine", "keinen", "keiner", "nie", "immer", "mehr", "weitere"])


def _past_clause(body: tuple[morph.Token, ...]) -> bool:
    """Whether the clause's finite verb is a Perfekt "haben" or a Präteritum ("hatte", "wurde", "war")."""
    finite = next((t for t in body if t.pos.endswith("(FIN)")), None)
    if finite is None:
        return False
    lower = finite.word.lower()
    if finite.lemma == "haben" or lower in ("wurde", "wurden", "war", "waren"):
        return True
    return finite.pos == "VV(FIN)" and morph.is_preterite(finite.word, finite.lemma)


def without_particles(sentence: str) -> str:
    """ "Die Polizei hat den Mann noch festgenommen." -> "Die Polizei hat den Mann festgenommen."

    Temporal focus particles (Duden grammar, Gradpartikeln "bereits", "noch") place an event early
    relative to a time the source gave around them ("noch am selben Abend", "bereits nach kurzer
    Zeit"). Once a summary has cut or moved that time, the particle points at nothing; without it the
    event is stated as it happened, so the claim stays true. "bereits" goes wherever it is an adverb;
    "noch" only right before the clause's last verb form, where it cannot scope over a negation or a
    quantity ("noch nicht", "noch 3 Plätze" stay: they would turn into their opposite), and only in a
    clause about the past ("hat … noch festgenommen", "wurde … noch gelöscht"): in the present or future
    "noch" means "still" or "later" ("Die Anträge werden noch geprüft", "Der Termin wird noch bekannt
    gegeben"), and without it an unfinished act would read as done or happening now.
    """
    tagged = morph.tag(sentence)
    if len(tagged) < 4:
        return sentence
    body = tagged[:-1] if tagged[-1].pos == "$." else tagged
    drop: set[int] = set()
    for index, token in enumerate(body):
        lower = token.word.lower()
        if lower == "bereits" and token.pos == "ADV" and index + 1 < len(body):
            if body[index + 1].pos not in ("CARD",) and body[index + 1].word.lower() not in _NOCH_KEEPS:
                drop.add(index)
        elif lower == "noch" and index == len(body) - 2 and index > 0:
            last = body[-1]
            closing = last.pos in ("VV(PP)", "VV(INF)", "PTKVZ", "VA(PP)")
            if closing and body[index - 1].word.lower() not in _NOCH_KEEPS and _past_clause(body):
                drop.add(index)
    if not drop or len(drop) == len(body):
        return sentence
    words = [t.word for i, t in enumerate(tagged) if i not in drop]
    text = _tidy(" ".join(words))
    return re.sub(r"„\s+", "„", re.sub(r"\s+“", "“", text))
