"""Rescuer: a sentence of several clauses cut into its clauses by German topology, each said alone.

Topologisches Feldermodell (Duden grammar): a main clause has its finite verb in second place
(Verbzweitstellung); a subordinate clause opens with a subjunction, a relative pronoun or "um"/"ohne"
before a "zu"-infinitive, and closes with its verb (Verbletztstellung); commas mark where a clause
begins and ends (Duden, Komma bei Nebensätzen). The shape rescuers (subordinate.py, relatives.py)
each read one comma; a press sentence often has three or four. This module segments the sentence at
its commas into clause units, reads each unit's kind from its opener and verb position, and keeps
the matrix clause (what the sentence states) with what each clause around it allows:

- a factual adverbial clause (Kausalsatz "weil", "da"; Temporalsatz "nachdem", "als"; "sodass") is
  said as a main clause of its own in the order of the events, through subordinate.split_adverbial,
  or left out (it only adds to the matrix, whose statement stays true without it);
- a purpose or manner clause ("um … zu", "damit", "indem", "ohne … zu") and a concession ("obwohl")
  are left out for the same reason;
- a relative clause on the matrix is cut only where relatives.split_relative reads it as
  non-restrictive (a restrictive one says whom the statement is about);
- a weiterführender Relativsatz ("wodurch", "womit", "weshalb" after a main clause, which it
  comments on as a whole) is left out; after a word of asking or knowing it is an indirect
  question, the object of the clause before, and stays;
- a condition ("wenn", "falls", "sofern"), a "dass"/"ob"/w-clause, a bare "zu"-infinitive (the
  object of the matrix verb), "oder"/"sondern" between clauses: the whole sentence is refused, since
  without that clause the matrix would state too much or lose its object.

Omission over error (issue 16): a clause whose kind or attachment the tags do not show makes the
rescuer refuse; every sentence it offers goes through the verifier like any other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.casualties import tells_a_death
from pressconv.transforms.easy.clauses import pieces, shorten
from pressconv.transforms.easy.referents import resolved_opener
from pressconv.transforms.easy.relatives import split_relative
from pressconv.transforms.easy.rescue import Rescue, RescueContext
from pressconv.transforms.easy.subordinate import split_adverbial, verb_first_as_main
from pressconv.transforms.easy.timeout import split
from pressconv.transforms.easy.verify import rule_failures, structure_failures

__all__ = ["Unit", "clauses_only", "decompose", "matrix_only", "units"]

_FINITE: Final = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
# Subordinate clauses the matrix stays true without (Duden grammar): the reason, the time, the
# consequence, the purpose, the manner and the concession only add to what the matrix states.
_DROPPABLE: Final = frozenset(
    ["weil", "da", "nachdem", "als", "sodass", "indem", "damit", "obwohl", "obgleich", "wobei", "seit", "seitdem"]
)
# Of those, the ones whose clause states a fact of its own (factive), said as a main clause by
# subordinate.split_adverbial; the others (purpose, concession, manner) are only left out.
_FACTIVE: Final = frozenset(["weil", "da", "nachdem", "als", "sodass", "wobei"])
# "um"/"ohne"/"statt" before a "zu"-infinitive (Duden grammar: Infinitivgruppe mit Einleitewort):
# a purpose or a manner, which may be left out.
# Clauses that are the subject or object of the verb before them (Duden grammar: Subjekt- und
# Objektsatz, "dass", "ob", w-clauses, a bare "zu"-infinitive): the matrix needs them, so they stay
# in it, and the cuts of clauses.pieces (a frame and its "dass" clause, a demand) read them there.
_COMPLEMENT: Final = frozenset(["dass", "ob"])
_CAUSAL: Final = frozenset(["weil", "da"])
_INFINITIVE_OPENERS: Final = frozenset(["um", "ohne", "statt", "anstatt"])
# Coordinators between main clauses (Duden grammar, Reihung): "und"/"aber" join two statements that
# each stay true, "denn" gives a reason that is itself stated; "oder" offers alternatives and
# "sondern" corrects a negated first clause: neither clause is true alone.
_JOINING: Final = frozenset(["und", "aber", "denn"])
# Openers of a weiterführender Relativsatz (Duden grammar): "wodurch", "womit", "weshalb" after a
# main clause refer to all of it and add a consequence or a reason; the main clause stays true
# without them, so they may be left out. After a verb, adjective or noun of asking or knowing
# ("prüft, wodurch …", "unklar, weshalb …") the same words open an indirect question, the object
# of the clause before (_ASKING): then the clause stays in it, as any complement does.
_CONTINUATIVE: Final = frozenset(["wodurch", "womit", "weshalb", "weswegen", "woraufhin", "worauf", "wofür", "wozu"])
_ASKING: Final = re.compile(
    r"^(?:frag\w*|wiss\w*|weiß\w*|wusst\w*|prüf\w*|geprüft|klär\w*|geklärt|untersuch\w*|ermittel\w*|ermittelt|"
    r"erforsch\w*|herausfind\w*|herausgefunden|feststell\w*|festgestellt|zeig\w*|gezeigt|erklär\w*|beschreib\w*|"
    r"beschrieben|entscheid\w*|entschieden|überleg\w*|diskutier\w*|berat\w*|informier\w*|erfahr\w*|erfuhr\w*|"
    r"bericht\w*|sag\w*|gesagt|erläuter\w*|darleg\w*|schilder\w*|nachvollzieh\w*|unklar|offen|unbekannt|bekannt|"
    r"fraglich|ungewiss|rätselhaft|frage|fragen|klar|sicher|egal|wichtig|interessant|hinweis\w*)$",
    re.IGNORECASE,
)
_RELATIVE: Final = frozenset(["der", "die", "das", "den", "dem", "denen", "deren", "dessen", "welcher", "welche", "welches"])
# Focus particles and negation right before a clause take it in their scope ("nicht, weil …",
# "erst, nachdem …", "nur, um …"; Duden grammar, Gradpartikeln): without the clause the matrix
# would say the opposite or more than the sentence did.
_SCOPE: Final = frozenset(["nicht", "nur", "erst", "auch", "gerade", "allein", "lediglich", "schon", "eben", "bloß"])
# Focus particles that take a clause after them in their scope wherever they stand in the main clause
# ("hat den Betrieb nur eingestellt, weil …": only for that reason).
_SCOPE_ANYWHERE: Final = frozenset(["nur", "erst", "lediglich", "bloß", "ausschließlich", "allein", "gerade"])
# A bracket or dash aside that restricts ("nur", "außer", "wo möglich") may not be left out.
_RESTRICTING: Final = re.compile(
    r"\b(?:nicht|nur|kein\w*|alle\w*|außer|ausgenommen|bis|ab|wenn|falls|wo|sofern|ohne|auch|jedoch|aber)\b", re.IGNORECASE
)
_TIME_COLON: Final = re.compile(r"\d:\d")


@dataclass(frozen=True, slots=True)
class Unit:
    """One clause unit of a sentence: its tokens (without the commas around it), kind and opener.

    ``kind`` is "main" (a finite verb, no opener), "fragment" (no finite verb: a list item, an
    apposition, a date), "coordinated" (a main clause after "und"/"aber"/"denn"), "adverbial",
    "relative", "infinitive" (after "um"/"ohne"), or "refuse" for a kind whose clause may not go.
    """

    tokens: tuple[morph.Token, ...]
    kind: str
    opener: str


def _segments(tagged: tuple[morph.Token, ...]) -> list[tuple[morph.Token, ...]]:
    """The tokens between commas, the end mark left off."""
    out: list[list[morph.Token]] = [[]]
    for token in tagged[:-1] if tagged and tagged[-1].pos == "$." else tagged:
        if token.word == ",":
            out.append([])
        else:
            out[-1].append(token)
    return [tuple(part) for part in out]


def _verb_final(tokens: tuple[morph.Token, ...]) -> bool:
    """The unit ends with its finite verb (Verbletztstellung)."""
    return bool(tokens) and tokens[-1].pos in _FINITE


def _closed(tokens: tuple[morph.Token, ...]) -> bool:
    """A subordinate clause ends here: with its finite verb, or with a plural present form.

    HanTa tags a plural present at the end of a clause as an infinitive ("weil die Mitarbeiter eine
    Fortbildung machen"): the same form, with no finite verb before it and no "zu", closes it too;
    so does a third person that HanTa reads as the participle of the same form ("verkürzt").
    """
    if _verb_final(tokens):
        return True
    last = tokens[-1] if tokens else None
    if last is not None and last.pos == "VV(PP)" and not any(t.pos in _FINITE for t in tokens) and len(tokens) > 2:
        # A verb with an inseparable prefix has one form for the participle and the third person
        # ("verkürzt", "erhöht"); HanTa may read the finite verb at the end as the participle.
        lemma = last.lemma.lower()
        if lemma.endswith("en") and last.word.lower() == lemma[:-2] + "t" and not lemma.startswith("ge"):
            return True
    return (
        last is not None
        and last.pos in ("VV(INF)", "VA(INF)", "VM(INF)")
        and len(tokens) > 2
        and tokens[-2].word != "zu"
        and not any(t.pos in _FINITE for t in tokens)
    )


def _zu_infinitive(tokens: tuple[morph.Token, ...]) -> bool:
    """The unit ends with a "zu"-infinitive ("zu veranschaulichen", "anzuhalten")."""
    if not tokens:
        return False
    last = tokens[-1]
    return last.pos == "VV(IZU)" or (len(tokens) > 1 and tokens[-2].word == "zu" and last.pos.endswith("(INF)"))


def _kind(tokens: tuple[morph.Token, ...], *, opening: bool) -> tuple[str, str, str]:
    """(kind, opener, how the unit ends: "final", "zu" or "") read from the unit's first words."""
    first = tokens[0]
    word = first.word.lower()
    joined = ""
    if first.pos == "KON" and len(tokens) > 1:
        joined, tokens = word, tokens[1:]
        first, word = tokens[0], tokens[0].word.lower()
    if word == "so" and len(tokens) > 1 and tokens[1].word == "dass":
        word = "sodass"
    # HanTa may tag a clause-opening "als" as a comparison particle (KOKOM); with the finite verb last
    # the unit is a Temporalsatz all the same ("Als ein Mann erschien"), never a main clause.
    temporal = word in _DROPPABLE and len(tokens) > 2 and _verb_final(tokens)
    if first.pos == "KOUS" or word == "sodass" or temporal or (word in _DROPPABLE and first.pos in ("KOUS", "KON")):
        if word in _COMPLEMENT and joined in ("", "und"):
            return "complement", word, "final"
        kind = "adverbial" if word in _DROPPABLE and joined in ("", "und") else "refuse"
        if kind == "adverbial" and tells_a_death(" ".join(t.word for t in tokens)):
            kind = "refuse"  # "…, sodass er starb": the death is the news, never a clause to leave out
        return kind, word, "final"
    if word in _INFINITIVE_OPENERS and first.pos in ("APPR", "KOUI"):
        return ("infinitive" if not joined else "refuse"), word, "zu"
    if word in _CONTINUATIVE and not joined and not opening:
        # Maybe a weiterführender Relativsatz; _read tells it from an indirect question by the clause before.
        return "continuative", word, "final"
    if first.pos in ("PWS", "PWAV", "PWAT", "KOUI"):
        return ("complement" if joined in ("", "und") else "refuse"), word, "final"
    pronoun = tokens[1] if first.pos in ("APPR", "APPRART") and len(tokens) > 1 else first
    if pronoun.pos in ("PRELS", "PRELAT") and pronoun.word.lower() in _RELATIVE:
        return ("relative" if not joined else "refuse"), pronoun.word.lower(), "final"
    if joined:
        if joined not in _JOINING:
            return "refuse", joined, ""
        return ("coordinated" if any(t.pos in _FINITE for t in tokens) else "fragment"), joined, ""
    if (
        not opening
        and _closed(tokens)
        and len(tokens) > 2
        and pronoun.word.lower() in _RELATIVE
        and pronoun.pos in ("ART", "PDS", "PDAT")
    ):
        # HanTa may tag a relative pronoun as an article (", die Hinweise geben können"): a unit that
        # opens with a d-word and closes with its finite verb is a relative clause (Verbletztstellung).
        return "relative", pronoun.word.lower(), "final"
    if _zu_infinitive(tokens) and not any(t.pos in _FINITE for t in tokens):
        return "complement", "zu", ""  # the object of the verb before ("fordert …, X zu tun")
    return ("main" if any(t.pos in _FINITE for t in tokens) else "fragment"), "", ""


def units(tagged: tuple[morph.Token, ...]) -> list[Unit] | None:
    """The clause units of a tagged sentence, or None when a subordinate clause never closes.

    A subordinate clause runs over the commas inside it (a list, a date) up to the unit that ends with
    its finite verb, or its "zu"-infinitive after "um"/"ohne" (Duden grammar, Verbletztstellung).
    """
    parts = [p for p in _segments(tagged)]
    if any(not p for p in parts):
        return None
    out: list[Unit] = []
    index = 0
    while index < len(parts):
        tokens = parts[index]
        kind, opener, closing = _kind(tokens, opening=index == 0)
        while closing and not (_closed(tokens) if closing == "final" else _zu_infinitive(tokens)):
            index += 1
            if index >= len(parts):
                return None
            tokens = (*tokens, morph.Token(",", ",", "$,"), *parts[index])
        out.append(Unit(tokens, kind, opener))
        index += 1
    return out


@dataclass(frozen=True, slots=True)
class _Reading:
    """What the rescuer makes of one sentence: its main clauses and the factual clauses said apart."""

    mains: tuple[str, ...]  # the matrix and any coordinated main clauses, each a sentence
    told: tuple[str, ...]  # sentences of the clauses around them (adverbial, relative)
    first: tuple[str, ...] = ()  # a Vorfeld clause's event, which happened before the matrix's
    alone: tuple[str, ...] = ()  # the clauses' sentences that are true without the matrix (facts)
    because: bool = False  # ``told`` is the one reason of the one main clause


def _words(tokens: tuple[morph.Token, ...]) -> list[str]:
    """The words of the tokens."""
    return [t.word for t in tokens]


def _sentence(words: list[str]) -> str:
    """The words as a sentence with German spacing, a capital first letter and an end mark."""
    text = morph.join(words).strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!")) else ".") if text else ""


def _without_asides(text: str) -> str | None:
    """The text without its bracket asides, or None when one restricts what the sentence says."""
    for aside in re.findall(r"\s*\([^()]*\)", text):
        if _RESTRICTING.search(aside):
            return None
        text = text.replace(aside, "", 1)
    return text if "(" not in text and ")" not in text else None


def _read(text: str, earlier: str) -> _Reading | None:
    """The sentence's main clauses and the clauses said apart, or None where a clause may not go."""
    if re.search(r"[;–—]", _TIME_COLON.sub("", text)) or ":" in _TIME_COLON.sub("", text):
        return None  # a frame or a list after a colon, a dash aside: their own rescuers read them
    bare = _without_asides(text)
    if bare is None or re.search(r"[„“\"»«][^„“\"»«]*,[^„“\"»«]*[„“\"»«]", bare):
        return None  # a quote with a comma inside is not cut at its commas
    tagged = morph.tag(bare)
    if any(t.word in (".", "!", "?") and t.pos == "$." and not _ordinal(tagged, i) for i, t in enumerate(tagged[:-1])):
        return None  # two sentences in one piece: the parser's cut, not a clause boundary
    found = units(tagged)
    if found is None or len(found) < 2 or any(u.kind == "refuse" for u in found):
        return None
    found = _continuatives(found)
    if all(u.kind in ("main", "fragment", "complement") for u in found):
        return None  # commas of a list or an apposition only: no clause to cut
    mains: list[list[morph.Token]] = []
    told: list[str] = []
    first: list[str] = []
    reasons: list[str] = []
    alone: list[str] = []
    because = False
    dropped_before = False
    for position, unit in enumerate(found):
        before = found[position - 1] if position else None
        if unit.kind in ("main", "fragment"):
            after_clause = dropped_before or (before is not None and before.kind == "complement")
            if after_clause and _closed(unit.tokens) and unit.tokens[0].pos not in _FINITE:
                return None  # "…, weil ein Baum, der …, umgestürzt ist": the rest of the clause that went
            finite = [i for i, t in enumerate(unit.tokens) if t.pos in _FINITE]
            if not mains:
                mains.append(list(unit.tokens))
            elif dropped_before and finite and finite[0] > 0:
                # A Vorfeld and a finite verb of its own after the clause that went ("…, weil …,
                # trotzdem blieb X"): a main clause of its own, never the rest of the one before.
                if not any(t.pos in _FINITE for t in mains[-1]):
                    return None
                mains.append(list(unit.tokens))
            elif dropped_before:
                # The matrix goes on after a clause inside it ("Die Tour, die …, ist …"): no comma.
                mains[-1].extend(unit.tokens)
            else:
                mains[-1].extend([_COMMA, *unit.tokens])
            dropped_before = False
            continue
        if unit.kind == "complement":
            if not mains:
                return None  # the clause is the subject ("Wer …, wird …"): the matrix has none of its own
            mains[-1].extend([_COMMA, *unit.tokens])
            dropped_before = False
            continue
        if unit.kind == "coordinated":
            tokens = unit.tokens[1:]
            if not mains or (dropped_before and _verb_final(tokens)):
                return None  # "…, weil A …, und B …": B may still belong to the clause that went
            if tokens[0].pos in _FINITE:
                mains[-1].extend([_COMMA, *unit.tokens])  # "…, und plant …": the verb shares the subject
            else:
                mains.append(list(tokens))
            dropped_before = False
            continue
        # A subordinate clause: in the scope of a focus particle or negation before it, it may not go.
        if before is not None and before.tokens[-1].word.lower() in _SCOPE:
            return None
        if before is not None and any(t.word.lower() in _SCOPE_ANYWHERE for t in before.tokens):
            return None
        if unit.kind == "relative":
            if before is None or before.kind not in ("main", "fragment") or not mains:
                return None  # a relative clause on a clause that goes: its noun is not said
            relative = split_relative(_with_relative(found, position), earlier)
            if relative is None:
                return None  # it may restrict the noun (relatives.py)
            told.append(relative.told)
            if relative.definite:
                alone.append(relative.told)  # its noun named with "der"/"die"/"das": it stands alone
        elif unit.kind == "adverbial" and unit.opener in _FACTIVE:
            said = _adverbial(found, position)
            if unit.opener in _CAUSAL and position and len(said) == 1:
                reasons.append(said[0])
            # "nachdem"/"als": the clause's event came first and is said first (the order of events).
            (first if position == 0 or unit.opener == "nachdem" else told).extend(said)
            alone.extend(said)  # a factive clause states a fact of its own (Duden grammar)
        dropped_before = True
    if len(mains) == 1 and len(reasons) == 1 and told == reasons:
        # With two main clauses the reason could be read as the second one's: then it stays a plain
        # sentence, and only with one it is linked to its statement (decompose).
        because = True
    reading = _finished(found, mains, told)
    return None if reading is None else _Reading(reading.mains, reading.told, tuple(first), tuple(alone), because)


_COMMA: Final = morph.Token(",", ",", "$,")


def _continuatives(found: list[Unit]) -> list[Unit]:
    """The units with a "wodurch"/"weshalb" clause read as an indirect question where it may be one.

    Only right after a main clause without a word of asking or knowing (``_ASKING``) is it a
    weiterführender Relativsatz, which may go; elsewhere it is the object of the clause before.
    """
    out: list[Unit] = []
    for unit in found:
        before = out[-1] if out else None
        if unit.kind == "continuative" and (
            before is None or before.kind != "main" or any(_ASKING.match(t.word) for t in before.tokens)
        ):
            unit = Unit(unit.tokens, "complement", unit.opener)
        out.append(unit)
    return out


def _ordinal(tagged: tuple[morph.Token, ...], index: int) -> bool:
    """The period at ``index`` marks an ordinal number ("am 24. Januar", "der 3. Platz"), not a sentence end.

    Duden (Punkt nach Ordinalzahlen): HanTa tags that period as an end mark; after a number and before
    a lower-case word or a noun it closes no sentence.
    """
    return (
        tagged[index].word == "."
        and index > 0
        and tagged[index - 1].pos == "CARD"
        and index + 1 < len(tagged)
        and tagged[index + 1].pos in ("NN", "NE", "ADJ(A)", "CARD")
    )


def _finished(found: list[Unit], mains: list[list[morph.Token]], told: list[str]) -> _Reading | None:
    """The reading with each main clause a sentence, or None where one is not a whole main clause."""
    sentences = []
    for number, tokens in enumerate(mains):
        if number == 0 and tokens and tokens[0].pos in _FINITE and found[0].kind not in ("main", "fragment"):
            # The Vorfeld clause went ("Um … zu …, hat die Stadt …"): the subject takes its place.
            made = verb_first_as_main(tuple(tokens))
            if made is None:
                return None
            tokens = list(morph.tag(made))
        if not tokens or tokens[0].pos in (*_FINITE, "KON") or not any(t.pos in _FINITE for t in tokens):
            return None
        if any(t.pos in ("PROAV", "PAV") and t.word.lower().startswith(("des", "dar", "dadurch", "dafür")) for t in tokens):
            return None  # a correlate ("deshalb", "darauf") pointed at the clause that went
        # The matrix without the clauses that went may now have the one shape a cut of clauses.pieces
        # reads (a frame and its "dass" clause, a demand, "und" between main clauses).
        sentences.extend(pieces(_sentence(_words(tuple(tokens)))))
    if not sentences:
        return None
    return _Reading(tuple(sentences), tuple(dict.fromkeys(t for t in told if t not in sentences)))


def _with_relative(found: list[Unit], position: int) -> str:
    """The matrix with only the relative clause at ``position``: what relatives.split_relative reads."""
    words: list[str] = []
    for index, unit in enumerate(found):
        if unit.kind in ("main", "fragment", "coordinated") or index == position:
            if words:
                words.append(",")
            words.extend(_words(unit.tokens))
    return _sentence(words)


def _adverbial(found: list[Unit], position: int) -> list[str]:
    """The factual adverbial clause as a main clause of its own (subordinate.split_adverbial), if it cuts.

    Read with the one main clause before it: "X fiel auf, weil Y …" -> "Y …". The matrix sentence
    itself is made by the caller; only the clause's own sentence is taken from the split.
    """
    if position == 0:
        # A Vorfeld clause ("Nachdem …, stürzte der Mann"): read with the main clause after it.
        if len(found) < 2 or found[1].kind != "main":
            return []
        pair = _sentence([*_words(found[0].tokens), ",", *_words(found[1].tokens)])
        parts = split_adverbial(pair)
        return parts[:1] if len(parts) == 2 and found[0].opener != "bevor" else []
    before = found[position - 1]
    if before.kind != "main":
        return []  # the clause may belong to a clause that went, or to a fragment of the matrix
    pair = _sentence([*_words(before.tokens), ",", *_words(found[position].tokens)])
    parts = split_adverbial(pair)
    main = _sentence(_words(before.tokens))
    if len(parts) != 2 or main not in parts:  # a main clause and the adverbial one
        return []
    return [part for part in parts if part != main]


def _offer(context: RescueContext) -> _Reading | None:
    """The reading of the refused sentence, or None for speech, headings and reported speech."""
    if context.source.speech or context.source.heading:
        return None
    if any(f.check == "rule.konjunktiv" for f in rule_failures(context.text)):
        return None  # reported speech: what the speaker said is no fact to state
    earlier = " ".join(s.text for s in context.sentences[: context.index])
    return _read(context.text, earlier)


def _said(sentence: str, context: RescueContext) -> tuple[str, ...]:
    """A piece rewritten again (the Perfekt, the active), cut by the safe cuts (clauses.shorten).

    Where it still breaks a rule, its time goes into a follower of its own ("Das ist am Montag.",
    timeout.split), which the rescue keeps right after it (rescue.whole_groups).
    """
    text = shorten(context.rewrite(_resolved(sentence, context)))
    if not [*rule_failures(text), *structure_failures(text)]:
        return (text,)
    found = split(text, context.issued)
    return (text,) if isinstance(found, str) else found


def _resolved(sentence: str, context: RescueContext) -> str:
    """The piece with its opening pronoun or demonstrative by its one antecedent (referents.py), else as it is.

    Resolved before the rewrite: the active voice would move "Er" into the object ("hat ihn …").
    """
    index = context.index
    before = context.sentences[index - 1] if index > 0 else None
    previous = None if before is None or before.speech or before.heading else before.text
    found = resolved_opener(sentence, context.source.text, previous, context.earlier)
    return sentence if found is None else found


def _all_said(sentences: tuple[str, ...], context: RescueContext) -> Rescue:
    """Every sentence said as the rescue's parts, in order."""
    return Rescue(tuple(part for sentence in sentences for part in _said(sentence, context)))


def decompose(context: RescueContext) -> Rescue | None:
    """The main clauses, then the factual clauses around them, each a sentence of its own."""
    reading = _offer(context)
    if reading is None or not (reading.told or reading.first):
        return None
    told = [part for sentence in reading.told for part in _said(sentence, context)]
    if reading.because and len(told) == 1:
        # One statement and its one reason (Kausalsatz): "Der Grund ist: …" right after it, the plain
        # Leichte-Sprache link of a reason to its statement (rewritten first: the Perfekt inside).
        told = [f"Der Grund ist: {told[0]}"]
    head = [part for sentence in (*reading.first, *reading.mains) for part in _said(sentence, context)]
    return Rescue((*head, *told))


def clauses_only(context: RescueContext) -> Rescue | None:
    """The facts the clauses around the matrix state, when the matrix itself cannot be said.

    Only the sentences that are true on their own: a factive adverbial clause's, and a relative
    clause's whose noun was definite or a name (relatives.Relative.definite).
    """
    reading = _offer(context)
    if reading is None or not reading.alone:
        return None
    return _all_said(reading.alone, context)


def matrix_only(context: RescueContext) -> Rescue | None:
    """The main clauses alone, when the clauses around them cannot be said (omission over error)."""
    reading = _offer(context)
    if reading is None:
        return None
    return _all_said(reading.mains, context)
