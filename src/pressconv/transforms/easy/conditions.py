"""A condition and what follows from it, as a question and its "Dann …" answer (a rescuer, rescue.py).

Press releases put what the reader must do into a conditional sentence: a free relative clause
("Wer bis Ende März keine Karte bekommen hat, wird gebeten, sich im Rathaus zu melden."), a "wenn"
or "falls" clause, a conditional "Sollten Sie …" with verb first, or a generic group with a relative
clause ("Bürgerinnen und Bürger, die …, werden gebeten, …"). Leichte Sprache (Netzwerk Leichte
Sprache, "Regeln für Leichte Sprache": no subordinate clauses, address the reader directly) writes
the condition as a yes/no question to the reader and the consequence as an answer opening with
"Dann": "Haben Sie bis Ende März keine Karte bekommen?" / "Dann melden Sie sich bitte im Rathaus.".

German grammar makes the rewrite mechanical (Duden grammar: Verberststellung im Entscheidungs-
fragesatz; freie Relativsätze): the condition's finite verb moves from the end to the front, every
other word keeps its order; "wer" is third person singular, so its verb takes the "Sie" form (the
infinitive; "ist" is "sind"), "sich" stays "sich", and "sein"/"seine" becomes "Ihr"/"Ihre" with the
same ending. A "wer" clause right before the main clause's finite verb is that clause's subject (a
different case needs a correlative pronoun: "Wer …, dem …"), so the reader is the answer's subject.

Every word of both clauses is carried over, negation and quantifiers included ("keine", "nur",
"auch"). Refused (omission over error, issue 16): reported speech (Konjunktiv I), a counterfactual,
quotes, a second comma-separated clause or list inside the condition, a pronoun other than "sich"
and the reader's "Sie", a possessive that could point at a noun of the clause, a verb form we cannot
turn with certainty, and a condition with a focus particle before its conjunction ("nur wenn").
The pipeline verifies both sentences and keeps them only together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.asked import READER_GROUP
from pressconv.transforms.easy.instructions import imperatives
from pressconv.transforms.easy.present import third_singular
from pressconv.transforms.easy.rescue import Rescue, RescueContext

__all__ = ["conditional", "conditional_text", "reader_action", "request"]

# The "Sie" form of the third person singular of the auxiliaries and modals (Duden grammar,
# Konjugation); "sollte" is the Konjunktiv II of advice, said as "sollen" (Leichte Sprache: no
# Konjunktiv; advice.py does the same for "Anwohner sollten …").
_SIE_FORM: Final = {
    "hat": "haben", "ist": "sind", "wird": "werden", "kann": "können", "muss": "müssen", "darf": "dürfen",
    "will": "wollen", "möchte": "möchten", "soll": "sollen",
}  # fmt: skip
# The Präteritum of "haben" and "sein" in a condition ("Wer Kontakt hatte, …"): Leichte Sprache keeps
# these two past forms (the rule checks allow them), so the question says them in the "Sie" form.
_PAST_SIE_FORM: Final = {"hatte": "hatten", "war": "waren"}
# In the answer only: the Konjunktiv II of advice becomes the indicative "sollen".
_ADVICE: Final = {"sollte": "sollen", "sollten": "sollen"}
# The plural finite forms that already are the "Sie" forms (a group "…, die … haben").
_PLURAL_MODALS: Final = frozenset(["können", "müssen", "dürfen", "wollen", "möchten", "sollen"])
# Konjunktiv I of reported speech and Konjunktiv II of a counterfactual (Duden grammar): the
# sentence is someone's report or no real condition; refused (the verifier lists the same forms).
_SUBJUNCTIVE: Final = frozenset(
    [
        *["wäre", "wären", "hätte", "hätten", "würde", "würden", "könnte", "könnten", "müsste", "müssten"],
        *["dürfte", "dürften", "sei", "seien", "möge", "könne", "müsse", "solle", "dürfe", "wolle", "habe", "werde"],
    ]
)
# A generic group of the public that a relative clause narrows down to the reader ("Bürgerinnen
# und Bürger, die …"): the group itself adds no restriction. A narrower group ("Anwohner",
# "Landwirte", "Eltern") would be lost in the question, so it is refused (a broader claim).
_PUBLIC: Final = re.compile(
    r"^(?:(?:Alle\s+)?(?:Bürgerinnen und Bürger|Bürger|Menschen|Personen)|Alle|Diejenigen|Interessierte)$"
)
# Witnesses asked for by a relative clause ("Zeugen, die … gesehen haben"): whoever the clause
# describes is a witness, so the group adds no restriction the question would lose.
_WITNESSES: Final = re.compile(r"^(?:Zeugen|Zeuginnen und Zeugen|Zeugen und Zeuginnen)$")
# "Die Polizei bittet Zeugen, die …, sich … zu melden": the asker, then the group asked.
_ASKER: Final = re.compile(r"^(?:Die|Der|Das)\s+[A-ZÄÖÜ][\w·\-]*\s+(?:bittet|bitten)\s+(?:alle\s+)?(?=[A-ZÄÖÜ])")
_POSSESSIVE: Final = re.compile(r"^(?:sein|ihr)(e|en|em|er|es)?$")
_WEEKDAYS: Final = frozenset(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"])
_MONTHS: Final = frozenset(
    ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
)
# Words that point at something outside the clause, or open a clause of their own (STTS tags).
_POINTERS: Final = frozenset(["PPER", "PDS", "PRELS", "PRELAT", "PIS", "PWS", "PWAV", "PROAV", "PDAT", "KOUS"])
_FINITE: Final = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
_NONFINITE: Final = ("VV(INF)", "VA(INF)", "VM(INF)", "VV(PP)", "VA(PP)", "VM(PP)", "VV(IZU)")


@dataclass(frozen=True, slots=True)
class _Words:
    """A sentence's tokens with their tags and their places in the text (to cut it without retyping it)."""

    text: str
    tags: tuple[morph.Token, ...]
    spans: tuple[tuple[int, int], ...]

    def cut(self, start: int, end: int) -> str:
        """The text of tokens ``start`` to ``end`` (exclusive) as the sentence writes it."""
        if start >= end:
            return ""
        return self.text[self.spans[start][0] : self.spans[end - 1][1]]

    def word(self, index: int) -> str:
        """The text of the word at ``index``, as it stands in the sentence."""
        return self.text[self.spans[index][0] : self.spans[index][1]]


def _words(text: str) -> _Words | None:
    """The text's tagged words with their character spans, or None where tagging and tokens disagree."""
    tags = morph.tag(text)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for token in morph.tokens(text):
        at = text.find(token, cursor)
        if at < 0:
            return None
        spans.append((at, at + len(token)))
        cursor = at + len(token)
    if not tags or len(tags) != len(spans):
        return None
    return _Words(text, tags, tuple(spans))


def _soft_commas(words: _Words) -> frozenset[int]:
    """Commas of a date apposition ("bis Freitag, 12. Juni 2026, zu …"): they separate no clause."""
    soft: set[int] = set()
    tags = words.tags
    for index, token in enumerate(tags):
        if (
            token.word == ","
            and 0 < index < len(tags) - 1
            and tags[index - 1].word in _WEEKDAYS
            and tags[index + 1].pos == "CARD"
        ):
            soft.add(index)
            # The apposition's closing comma, after the month or the year.
            for after in range(index + 1, min(index + 6, len(tags))):
                if tags[after].word == ",":
                    if tags[after - 1].word in _MONTHS or re.fullmatch(r"\d{4}", tags[after - 1].word):
                        soft.add(after)
                    break
    return frozenset(soft)


def _clean(words: _Words) -> bool:
    """No quotes, brackets, dashes or subjunctive anywhere: each would make the rewrite unsure."""
    # A colon between digits is a time ("19:30 Uhr"); any other colon frames a list or a statement.
    if re.search(r"[„“”\"()\[\]–—;]|(?<!\d):|:(?!\d)", words.text):
        return False
    return not any(t.word.lower() in _SUBJUNCTIVE for t in words.tags)


def _split(lemma: str, word: str) -> tuple[str, str] | None:
    """(particle, base) of a verb form: ("an", "melden") for "anmeldet" (Duden grammar, trennbare Verben).

    ("", lemma) for a verb without a particle; None when the prefix may be either kind ("durch",
    "über", "um") or the lemma does not carry the particle the form shows.
    """
    particle = morph.separable_particle(word)
    if particle is None or not lemma.startswith(particle) or len(lemma) <= len(particle):
        return None
    return particle, lemma[len(particle) :]


def _sie_verb(token: morph.Token) -> tuple[str, str] | None:
    """("haben", "") for "hat", ("bringen", "mit") for "mitbringt": the "Sie" form of a third person singular verb."""
    if token.word in _SIE_FORM:
        return _SIE_FORM[token.word], ""
    if token.word in _PAST_SIE_FORM:
        return _PAST_SIE_FORM[token.word], ""
    if token.pos != "VV(FIN)":
        return None
    split = _split(token.lemma, token.word)
    if split is None:
        return None
    particle, base = split
    # The present tense, checked by rule (present.py): a Präteritum or a misread lemma is refused.
    present = third_singular(base)
    if present is None or particle + present != token.word:
        return None
    return base, particle


def _pronouns_ok(tags: tuple[morph.Token, ...], possessive_from: str) -> bool:
    """Only "sich", the reader's "Sie" and a possessive of the reader ("sein…"/"ihr…") that no noun before it could own."""
    noun_seen = False
    for token in tags:
        if token.pos in ("NN", "NE", "NNA"):
            noun_seen = True
        elif token.pos == "PPOSAT" and token.word.startswith("Ihr"):
            continue  # the reader's own ("Ihr Antrag"): the formal possessive points at nobody else
        elif token.pos == "PPOSAT" or _POSSESSIVE.match(token.word):
            if token.pos != "PPOSAT" or noun_seen or not token.word.startswith(possessive_from):
                return False
        elif token.pos == "PIS" and token.word in ("etwas", "nichts"):
            continue  # "etwas gesehen": an indefinite object, no pointer to a noun elsewhere
        elif token.pos in _POINTERS and not (token.word == "Sie" and token.pos == "PPER"):
            return False
    return True


def _reader_possessives(words: _Words, start: int, end: int, owner: str) -> str:
    """The text of tokens ``start``..``end`` with the reader's possessive "sein…"/"ihr…" said "Ihr…"."""
    pieces: list[str] = []
    cursor = words.spans[start][0]
    for index in range(start, end):
        word = words.word(index)
        if words.tags[index].pos == "PPOSAT" and word.startswith(owner):
            begin = words.spans[index][0]
            pieces.append(words.text[cursor:begin])
            pieces.append("Ihr" + word[len(owner) :])
            cursor = words.spans[index][1]
    pieces.append(words.text[cursor : words.spans[end - 1][1]])
    return "".join(pieces)


def _sentence(*parts: str, mark: str = ".") -> str:
    """The parts joined as one sentence: a capital first letter, no trailing comma, and the end mark."""
    text = " ".join(p.strip() for p in parts if p.strip())
    text = re.sub(r"\s*,\s*$", "", text)
    return text[:1].upper() + text[1:] + mark


@dataclass(frozen=True, slots=True)
class _Condition:
    """Where the condition ends (its comma) and how its question and its answer's subject are built."""

    question: str
    comma: int  # index of the comma after the condition
    reader: bool  # the answer's subject is the reader, not named in the main clause
    owner: str  # the possessive of the reader in the main clause ("sein", "ihr"), "" if none may be turned
    asked: bool = False  # the answer is a zu-infinitive of "bitten" ("…, sich zu melden")


# A final clause at the sentence's end ("…, um die Nachbarn zu schützen.", "…, damit …"): the purpose
# of a request or a rule (Duden grammar: Finalsatz), which the answer may leave out; the request stays.
_PURPOSE: Final = re.compile(r",\s+(?:um\s+[^,]+\s+zu\s+\w+|damit\s+[^,]+)\.$")


def _whole(context: RescueContext) -> str:
    """The whole source sentence rewritten (rewrite.py), without a closing purpose clause.

    Not the candidate's text: a shortened candidate may have lost a word that restricts the request
    ("in den sozialen Medien" cut to "in den Medien"); here every word of the sentence is carried over.
    """
    text = context.rewrite(context.source.text.strip())
    return _PURPOSE.sub(".", text)


def conditional(context: RescueContext) -> Rescue | None:
    """A condition as a yes/no question and its consequence as "Dann …", or None when unsure."""
    if context.source.speech:
        return None
    found = conditional_text(_whole(context))
    if found is None:
        return None
    return Rescue(found, question=True)


def conditional_text(text: str) -> tuple[str, str] | None:
    """(question, "Dann …" answer) of one conditional sentence as written, or None when unsure."""
    words = _words(_object_named(text))
    if words is None or not _clean(words) or words.tags[-1].word != ".":
        return None
    condition = _condition(words)
    if condition is None:
        found = _trailing(words)
        if found is None:
            return None
        question, answer = found
    else:
        question, said = condition.question, _answer(words, condition)
        if said is None:
            return None
        answer = said
    return question, _advice_imperative(answer)


# "…, die das Produkt gekauft haben, werden gebeten, es nicht zu essen": the pronoun of the request
# takes up the one neuter noun the relative clause names (Duden grammar: anaphora). Said apart as a
# question and its answer, the answer names it again, as Leichte Sprache repeats a noun rather than
# point back with a pronoun (Netzwerk Leichte Sprache).
_RELATIVE_OBJECT: Final = re.compile(
    r"^(?P<head>[^,]+,\s+die\s+)(?P<clause>[^,]+)(?P<comma>,\s+)(?P<rest>(?:werden\s+gebeten,\s+|[^,]*\bbitte\w*\s+)?[^,]+)$"
)


def _object_named(text: str) -> str:
    """The text with "es"/"dieses" of its request replaced by the relative clause's one "das"-noun phrase."""
    found = _RELATIVE_OBJECT.match(text)
    if found is None:
        return text
    tags = morph.tag(found["clause"])
    nouns = [i for i, t in enumerate(tags) if t.pos in ("NN", "NE")]
    if len(nouns) != 1:
        return text
    start = nouns[0]
    while start > 0 and tags[start - 1].pos == "ADJ(A)":
        start -= 1
    if start == 0 or tags[start - 1].word != "das":
        return text
    phrase = " ".join(t.word for t in tags[start - 1 : nouns[0] + 1])
    rest = found["rest"]
    pronouns = re.findall(r"\b(?:es|dieses)\b", rest)
    if len(pronouns) != 1 or re.search(r"\b(?:sie|ihn|ihm|ihr|diese|diesen)\b", rest):
        return text
    said = re.sub(r"\b(?:es|dieses)\b", phrase, rest)
    return found["head"] + found["clause"] + found["comma"] + said


def _advice_imperative(answer: str) -> str:
    """ "Dann sollen Sie sich abduschen." -> "Dann duschen Sie sich ab.": advice said as the Sie-imperative.

    The "sollen" of a recommendation ("sollte") to the reader says what the imperative says, the form
    Leichte Sprache uses for what the reader should do (Netzwerk Leichte Sprache: address the reader
    directly). Only one instruction is turned: two would need two sentences after the one "Dann".
    """
    found = re.fullmatch(r"Dann sollen Sie (?P<rest>[^,]+)\.", answer)
    if found is None:
        return answer
    turned = imperatives(found["rest"][:1].upper() + found["rest"][1:])
    if len(turned) != 1:
        return answer
    return f"Dann {turned[0][:1].lower()}{turned[0][1:]}"


# A focus particle or a time adverb in the main clause may bind it to the condition ("nur",
# "erst", "dann", "immer"): the answer alone could not say how; refused.
_BOUND: Final = frozenset(["nur", "erst", "dann", "immer", "so", "ausschließlich", "lediglich"])


def _trailing(words: _Words) -> tuple[str, str] | None:
    """ "Holen Sie Hilfe, wenn Sie unsicher sind." -> "Sind Sie unsicher?" / "Dann holen Sie Hilfe.".

    The condition after the main clause (Duden grammar: nachgestellter Konditionalsatz) with the reader
    addressed in the main clause: a Sie-imperative, or "Sie" and its finite verb.
    """
    tags = words.tags
    soft = _soft_commas(words)
    commas = [i for i, t in enumerate(tags) if t.word == "," and i not in soft]
    end = len(tags) - 1
    if len(commas) != 1 or commas[0] + 2 >= end or tags[commas[0] + 1].word not in ("wenn", "falls"):
        return None
    comma = commas[0]
    condition = _when_clause(words, comma + 2, end)
    if condition is None or any(t.word.lower() in _BOUND for t in tags[:comma]):
        return None
    first, second = tags[0], tags[1]
    if first.word == "Bitte" and tags[1].pos in _FINITE and tags[2].word == "Sie":
        # "Bitte melden Sie sich, wenn …" -> "Dann melden Sie sich bitte."
        reflexive = 4 if tags[3].word == "sich" else 3
        verb = words.word(1).lower()
        answer = _sentence("Dann", verb, words.cut(2, reflexive), "bitte", words.cut(reflexive, comma))
    elif first.pos in ("VV(FIN)", "VA(FIN)") and second.word == "Sie":
        answer = _sentence("Dann", words.word(0).lower(), words.cut(1, comma))  # the Sie-imperative
    elif first.word == "Sie" and first.pos == "PPER" and second.pos in _FINITE:
        answer = _sentence("Dann", _ADVICE.get(words.word(1), words.word(1)), "Sie", words.cut(2, comma))
    else:
        return None
    if not _pronouns_ok(tags[1:comma], "Ihr"):
        return None
    return condition, answer


def _first_comma(words: _Words, start: int) -> int | None:
    """The index of the first comma from ``start`` that closes a clause (no comma inside a phrase), or None."""
    soft = _soft_commas(words)
    return next((i for i in range(start, len(words.tags)) if words.tags[i].word == "," and i not in soft), None)


def _condition(words: _Words) -> _Condition | None:
    """The condition a sentence opens with ("Wer …", "Wenn …", "Sollten Sie …" or a group), or None."""
    tags = words.tags
    first = tags[0]
    if first.word == "Wer" and first.pos == "PWS":
        return _free_relative(words)
    if first.word in ("Wenn", "Falls") and first.pos == "KOUS":
        return _when(words)
    if first.word == "Sollten" and len(tags) > 2 and tags[1].word == "Sie":
        return _should_you(words)
    return _group(words)


def _verb_final(tags: tuple[morph.Token, ...], start: int, comma: int, *, plural: bool = False) -> int | None:
    """The index where the clause's verbs begin, if the clause ends in its one finite verb (verb-final order).

    With ``plural`` (the subject is "Sie"), a last verb HanTa reads as an infinitive is the finite
    verb: the plural present has the infinitive's form ("wenn Sie Fragen haben").
    """
    last = tags[comma - 1].pos if comma - start >= 2 else ""
    if last not in _FINITE and not (plural and last in ("VV(INF)", "VA(INF)", "VM(INF)")):
        return None
    if any(t.pos in _FINITE for t in tags[start : comma - 1]):
        return None  # two finite verbs: two clauses ("… ist oder … kann")
    verbs = comma - 1
    while verbs > start and tags[verbs - 1].pos in _NONFINITE:
        verbs -= 1
    if any(t.pos in _NONFINITE or t.pos == "PTKZU" for t in tags[start:verbs]):
        return None
    return verbs  # "Wer mag, …" (the finite verb alone) has no condition to ask: refused above


def _free_relative(words: _Words) -> _Condition | None:
    """ "Wer X V-t, …" -> "V-en Sie X?": "wer" is the reader."""
    tags = words.tags
    comma = _first_comma(words, 1)
    if comma is None or comma + 1 >= len(tags) or tags[comma + 1].pos not in _FINITE:
        return None  # "Wer …, dem …": a correlative names another case; or another clause follows
    verbs = _verb_final(tags, 1, comma)
    if verbs is None or not _pronouns_ok(tags[1:comma], "sein"):
        return None
    sie = _sie_verb(tags[comma - 1])
    if sie is None:
        return None
    verb, particle = sie
    middle = _reader_possessives(words, 1, verbs, "sein")
    question = _sentence(verb, "Sie", middle, words.cut(verbs, comma - 1), particle, mark="?")
    return _Condition(question, comma, reader=True, owner="sein")


def _when(words: _Words) -> _Condition | None:
    """ "Wenn X V, …" -> "V X?": the clause's own subject stays, its verb goes first."""
    comma = _first_comma(words, 1)
    if comma is None or comma + 1 >= len(words.tags):
        return None
    question = _when_clause(words, 1, comma)
    return None if question is None else _Condition(question, comma, reader=False, owner="")


def _when_clause(words: _Words, start: int, end: int) -> str | None:
    """The question of a "wenn"/"falls" clause from ``start`` (its subject) to ``end`` (after its verb)."""
    tags = words.tags
    subject = tags[start]
    verbs = _verb_final(tags, start, end, plural=subject.word == "Sie")
    if verbs is None:
        return None
    finite = tags[end - 1]
    if subject.word == "Sie" and subject.pos == "PPER":
        # The reader addressed ("Wenn Sie … haben"): the verb is the "Sie" form already.
        if not _pronouns_ok(tags[start + 1 : end], "Ihr"):
            return None
    elif subject.pos in ("PPER", "PIS", "PDS") or not _pronouns_ok(tags[start:end], "\0"):
        return None  # "Wenn er …", "Wenn man …": who it is about is not in the sentence
    word = words.word(end - 1)
    split = _split(finite.lemma, word) if finite.pos.startswith("VV") else ("", "")
    if split is None:
        return None
    particle, _ = split
    if particle:
        # "Wenn der Zug ausfällt" -> "Fällt der Zug aus?": the particle goes to the end.
        word = word[len(particle) :]
    return _sentence(word, words.cut(start, verbs), words.cut(verbs, end - 1), particle, mark="?")


def _should_you(words: _Words) -> _Condition | None:
    """ "Sollten Sie X V-en, …" -> "V-en Sie X?": the conditional verb-first clause (Duden grammar)."""
    tags = words.tags
    comma = _first_comma(words, 2)
    if comma is None or comma < 4 or tags[comma - 1].pos not in ("VV(INF)", "VA(INF)", "VM(INF)"):
        return None
    if any(t.pos in _FINITE for t in tags[2:comma]) or not _pronouns_ok(tags[2:comma], "Ihr"):
        return None
    verbs = comma - 1
    while verbs > 2 and tags[verbs - 1].pos in _NONFINITE:
        verbs -= 1
    if verbs == 2:
        return None
    infinitive = tags[comma - 1]
    split = _split(infinitive.lemma, words.word(comma - 1))
    if split is None or infinitive.lemma != words.word(comma - 1):
        return None
    particle, base = split
    verb = "sind" if base == "sein" else base
    question = _sentence(verb, "Sie", words.cut(2, verbs), words.cut(verbs, comma - 1), particle, mark="?")
    return _Condition(question, comma, reader=False, owner="")


def _group(words: _Words) -> _Condition | None:
    """ "Bürgerinnen und Bürger, die X V-en, …" -> "V-en Sie X?": the public narrowed down to the reader.

    Also the group as the object of a request ("Die Polizei bittet Zeugen, die X V-en, sich … zu
    melden"), whose answer is the requested act.
    """
    tags = words.tags
    asker = _ASKER.match(words.text)
    begin = 0
    if asker is not None:
        begin = next((i for i, (at, _) in enumerate(words.spans) if at >= asker.end()), len(tags))
    comma = _first_comma(words, begin + 1)
    if comma is None or comma + 2 >= len(tags):
        return None
    group = words.cut(begin, comma)
    # A group of the notice's readers (residents, visitors, passengers, customers; asked.py) narrowed
    # by the relative clause is the reader too: the question asks what the clause says of them.
    if not (_PUBLIC.match(group) or READER_GROUP.match(group) or (asker is not None and _WITNESSES.match(group))):
        return None
    if tags[comma + 1].word != "die" or tags[comma + 2].word in ("die", "der"):
        return None  # "…, die die Polizei sucht": the relative pronoun is not the subject
    end = _first_comma(words, comma + 1)
    if end is None or end + 1 >= len(tags):
        return None
    if asker is None and tags[end + 1].pos not in _FINITE:
        return None
    verbs = _verb_final(tags, comma + 2, end, plural=True)
    if verbs is None or not _pronouns_ok(tags[comma + 2 : end], "ihr"):
        return None
    finite = words.word(end - 1)
    if not _plural(tags[end - 1], finite):
        return None
    split = _split(tags[end - 1].lemma, finite) if tags[end - 1].pos.startswith("VV") else ("", "")
    if split is None:
        return None
    particle, _ = split
    verb = finite[len(particle) :]
    middle = _reader_possessives(words, comma + 2, verbs, "ihr")
    question = _sentence(verb, "Sie", middle, words.cut(verbs, end - 1), particle, mark="?")
    return _Condition(question, end, reader=True, owner="ihr", asked=asker is not None)


def _plural(token: morph.Token, word: str) -> bool:
    """A third person plural present: the infinitive's form ("haben", "wohnen"), "sind", or a plural modal."""
    if word in ("sind", "haben", "werden") or word in _PLURAL_MODALS:
        return True
    return token.pos == "VV(FIN)" and word == token.lemma and word.endswith("en")


def _answer(words: _Words, condition: _Condition) -> str | None:
    """The main clause after the condition as "Dann …", with the reader as its subject where the condition's was."""
    tags = words.tags
    start = condition.comma + 1
    end = len(tags) - 1  # the full stop
    if condition.asked:
        return _asked(words, start, end, condition.owner)
    if tags[start].word.lower() in ("dann", "so"):
        start += 1  # "Wenn …, dann …": the answer says its own "Dann"
    if start >= end or tags[start].pos not in _FINITE:
        return None
    finite = tags[start]
    word = words.word(start)
    rest = tags[start + 1 : end]
    if (
        condition.reader
        and word in ("wird", "werden")
        and len(rest) > 2
        and rest[0].word == "gebeten"
        and rest[1].word == ","
    ):
        return _asked(words, start + 3, end, condition.owner)
    end = _without_appositive(words, start, end)
    rest = tags[start + 1 : end]
    if any(t.word == "," and i + start + 1 not in _soft_commas(words) for i, t in enumerate(rest)):
        return None  # another clause follows: "…, sagte X", "…, damit …"
    if not condition.reader:
        if any(
            t.pos in ("PPER", "PDS", "PIS", "PDAT", "PROAV", "PPOSAT") and not t.word.startswith(("Sie", "Ihr"))
            for t in rest
        ):
            return None  # "Wenn das Kind krank ist, muss es …": the pronoun's noun is in the question
        plain = _ADVICE.get(word, word) if start + 1 < end and words.word(start + 1) == "Sie" else word
        return _sentence("Dann", plain, words.cut(start + 1, end))
    if condition.owner == "ihr":
        # The group's plural verb is the "Sie" form already.
        if not (_plural(finite, word) or word in _ADVICE):
            return None
        verb = _ADVICE.get(word, word)
    else:
        if word in _ADVICE and word == "sollte":
            verb = "sollen"
        elif word in _SIE_FORM:
            verb = _SIE_FORM[word]
        elif finite.pos == "VV(FIN)" and third_singular(finite.lemma) == word:
            verb = finite.lemma  # a separable verb's particle stands apart at the end already
        else:
            return None
    if not _pronouns_ok(rest, condition.owner) or any(t.word in ("man", "Sie") for t in rest):
        return None
    return _sentence(
        "Dann", verb, "Sie", _reader_possessives(words, start + 1, end, condition.owner) if end > start + 1 else ""
    )


def _without_appositive(words: _Words, start: int, end: int) -> int:
    """Where the answer ends without a closing relative clause about a name ("bei Anna Muster, die …").

    A relative clause after a proper name is non-restrictive (Duden grammar: appositive Relativsätze):
    it adds a fact about the person and restricts nothing, so the answer holds without it.
    """
    tags = words.tags
    commas = [i for i in range(start, end) if tags[i].word == ","]
    if len(commas) != 1:
        return end
    comma = commas[0]
    name = comma - 1
    while name > start and tags[name].pos in (*_NONFINITE, *_FINITE, "PTKVZ"):
        name -= 1  # the relative clause may follow the main clause's final verbs (Nachfeld)
    # A person's name: a name, or a first name and the surname HanTa may read as a noun ("Eva Kranich").
    named = tags[name].pos == "NE" or (tags[name].pos == "NN" and name > start and tags[name - 1].pos == "NE")
    if (
        named
        and comma + 2 < end
        and tags[comma + 1].word in ("der", "die", "das")
        and tags[end - 1].pos.startswith(("VV", "VA", "VM"))  # HanTa may read "leitet" as a participle
        and not any(t.pos in _FINITE for t in tags[comma + 2 : end - 1])
    ):
        return comma
    return end


def _asked(words: _Words, start: int, end: int, owner: str) -> str | None:
    """ "wird gebeten, sich X zu melden" -> "Dann melden Sie sich bitte X.": the request as a polite imperative."""
    found = _zu_infinitive(words, start, end, owner)
    if found is None:
        return None
    verb, reflexive, middle, particle = found
    return _sentence("Dann", verb, "Sie", reflexive, "bitte", middle, particle)


def _zu_infinitive(words: _Words, start: int, end: int, owner: str) -> tuple[str, str, str, str] | None:
    """(verb, "sich" or "", middle, particle) of a zu-infinitive clause "sich X zu melden" / "X anzurufen"."""
    tags = words.tags
    if end - start < 2:
        return None
    inner = tags[start:end]
    soft = _soft_commas(words)
    if any(t.word == "," and start + i not in soft for i, t in enumerate(inner)):
        return None  # "…, sondern …", "…, damit …"
    if any(t.pos in _FINITE or t.word == "sondern" for t in inner):
        return None  # a contrast ("nicht …, sondern …"): one imperative would say only half
    if sum(1 for t in inner if t.pos in ("PTKZU", "VV(IZU)")) != 1:
        return None  # two requests ("abzulesen und mitzuteilen"); a noun pair ("Fotos und Videos") is one
    last = tags[end - 1]
    if last.pos == "VV(IZU)":
        split, stop = _split(last.lemma, words.word(end - 1)), end - 1
        if split is None or not split[0]:
            return None  # "anzurufen": only a separable verb takes its "zu" inside
    elif last.pos in ("VV(INF)", "VA(INF)") and tags[end - 2].word == "zu" and tags[end - 2].pos == "PTKZU":
        split, stop = _split(last.lemma, words.word(end - 1)), end - 2
        if split is None or split[0] or words.word(end - 1) != last.lemma:
            return None
    else:
        return None
    particle, base = split
    if any(t.pos in _NONFINITE for t in tags[start:stop]):
        return None
    if not _pronouns_ok(tags[start:stop], owner) or any(t.word in ("man", "Sie") for t in tags[start:stop]):
        return None
    verb = "seien" if base == "sein" else base  # the Sie-imperative of "sein" (Duden grammar)
    reflexive = ""
    if tags[start].word == "sich":
        reflexive, start = "sich", start + 1
    middle = _reader_possessives(words, start, stop, owner) if stop > start else ""
    return verb, reflexive, middle, particle


# "Die Polizei bittet, X zu V." / "Alle werden gebeten, X zu V.": a request to anyone reading,
# without a condition; "bitten" with a named narrower group ("bittet Zeugen, …") is left out, as the
# imperative would ask everyone.
_REQUEST: Final = re.compile(
    r"^(?:(?:Die|Der|Das)\s+[A-ZÄÖÜ][\w·\-]+\s+(?:bittet|bitten)"
    r"(?:\s+darum|\s+(?:alle\s+)?(?:Bürgerinnen und Bürger|die Bevölkerung))?|"
    r"(?:Alle|Bürgerinnen und Bürger|Die Bürgerinnen und Bürger)\s+werden\s+gebeten|Es\s+wird\s+gebeten)\s*,\s"
)


# "Besucherinnen und Besucher werden gebeten, …": a named group asked; the request stays the group's.
_GROUP_ASKED: Final = re.compile(
    r"^(?P<group>(?:Die\s+)?[A-ZÄÖÜ][\w·\-]+(?:\s+und\s+[A-ZÄÖÜ][\w·\-]+)?)\s+werden\s+gebeten\s*,\s"
)


def request(context: RescueContext) -> Rescue | None:
    """A plain request without a condition as "Bitte V-en Sie X." (Leichte Sprache: address the reader).

    A request to a named group keeps the group as its subject: "Besucher werden gebeten, keine Hunde
    mitzubringen." -> "Besucher sollen keine Hunde mitbringen." ("sollen" says another's wish, the
    form advice.py gives "Anwohner sollten …"); the imperative would ask every reader.
    """
    if context.source.speech:
        return None
    text = _whole(context)
    found = _REQUEST.match(text)
    group = None if found is not None else _GROUP_ASKED.match(text)
    if found is None and group is None:
        return None
    words = _words(text)
    if words is None or not _clean(words) or words.tags[-1].word != ".":
        return None
    comma = _first_comma(words, 0)
    if comma is None:
        return None
    if group is not None:
        # The group: plural nouns only ("Besucherinnen und Besucher", "Die Vereine"), no name.
        named = words.tags[: comma - 2]  # before "werden gebeten"
        if not all(t.pos in ("NN", "NNA", "KON", "ART") for t in named) or not all(map(_plural_form, named[-1:])):
            return None
    inner = _zu_infinitive(words, comma + 1, len(words.tags) - 1, "\0" if group is None else "ihr")
    if inner is None:
        return None
    verb, reflexive, middle, particle = inner

    if group is not None:
        infinitive = particle + ("sein" if verb == "seien" else verb)
        return Rescue((_sentence(group["group"], "sollen", reflexive, middle, infinitive),))
    return Rescue((_sentence("Bitte", verb, "Sie", reflexive, middle, particle),))


def _plural_form(token: morph.Token) -> bool:
    """A plural noun by its ending beside its lemma ("Besucherinnen", "Vereine", "Eltern", "Besucher")."""
    word, lemma = token.word, token.lemma
    if word == lemma:
        return word.endswith(("er", "el", "en", "ern"))  # "die Besucher": a plural without an ending
    return word.startswith(lemma) and word[len(lemma) :] in ("e", "en", "n", "nen", "er", "s")


def reader_action(context: RescueContext) -> Rescue | None:
    """The rescuer of this module (rescue.RESCUERS): a condition as question and answer, else a plain request."""
    return conditional(context) or request(context)
